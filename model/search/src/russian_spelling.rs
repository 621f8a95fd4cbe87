//! Ukrainian and Belarusian words spelt the Russian way: many citizens of
//! both countries type Russian, or mix it in. The portal does not speak
//! Russian, but «лицензия», «пенсия», «экспорт» and «объект» should still
//! find «ліцензія», «пенсія», «експорт» and «об'єкт»: each Cyrillic query with
//! a letter Russian spells differently gets a Ukrainian and a Belarusian
//! respelling, read like the keyboard-layout readings and ranked below the
//! query as typed. Whole Russian words («справка», «свидетельство») are
//! another vocabulary: the synonyms in the search aids cover the common ones.

/// Whether Russian and the two languages may spell `c` differently.
fn differs(c: char) -> bool {
    matches!(c, 'и' | 'И' | 'ы' | 'Ы' | 'э' | 'Э' | 'ъ' | 'Ъ' | 'щ' | 'Щ')
}

/// Whether `word` has a letter Russian may spell differently.
pub fn may_differ(word: &str) -> bool {
    word.chars().any(differs)
}

/// The respellings of `raw` into `out` (reusing its room: this runs on
/// keystrokes): Ukrainian (и → і, ы → и, э → е, ъ dropped as an
/// apostrophe) and Belarusian (и → і, щ → шч, ъ dropped). Returns how many
/// there are: none when no letter differs, one when both read alike.
pub fn respellings_into(raw: &str, out: &mut [String; 2]) -> usize {
    if !raw.chars().any(differs) {
        return 0;
    }
    let [uk, be] = out;
    uk.clear();
    be.clear();
    for c in raw.chars().flat_map(char::to_lowercase) {
        match c {
            'и' => {
                uk.push('і');
                be.push('і');
            }
            'ы' => {
                uk.push('и');
                be.push('ы');
            }
            'э' => {
                uk.push('е');
                be.push('э');
            }
            'ъ' => {}
            'щ' => {
                uk.push('щ');
                be.push_str("шч");
            }
            other => {
                uk.push(other);
                be.push(other);
            }
        }
    }
    if uk == be { 1 } else { 2 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn respellings(raw: &str) -> Vec<String> {
        let mut out = [String::new(), String::new()];
        let count = respellings_into(raw, &mut out);
        out.into_iter().take(count).collect()
    }

    #[test]
    fn russian_letters_read_as_ukrainian_and_belarusian() {
        assert_eq!(respellings("Лицензия на экспорт"), ["ліцензія на експорт", "ліцензія на экспорт"]);
        assert_eq!(respellings("объект"), ["обект"]);
        assert_eq!(respellings("выдача"), ["видача", "выдача"]);
        assert_eq!(respellings("пособие на ребенка щ"), ["пособіе на ребенка щ", "пособіе на ребенка шч"]);
        assert!(respellings("ліцензія").is_empty());
        assert!(respellings("licence").is_empty());
    }
}
