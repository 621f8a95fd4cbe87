//! A light stemmer: it strips the inflectional endings of Ukrainian,
//! Belarusian and English words, so that "посвідчення водіїв" meets
//! «посвідчення водія» and «пасведчанні кіроўцаў» meets «пасведчанне
//! кіроўцы». It works on normalised words (see `normalize`: ў is у, ё is е,
//! ґ is г, no apostrophes) and never leaves fewer than `MIN_STEM` letters,
//! which keeps short words whole. Meeting the same stem is what matters, not
//! linguistics: `tests/stemmer_families.rs` measures how often the forms of
//! one word reduce to one stem over the paradigms of the catalogue's words.

/// Endings of Ukrainian and Belarusian (many shared); the longest that
/// fits is stripped.
const CYRILLIC_ENDINGS: &[&str] = &[
    // Nouns in -ння / -нне (посвідчення, пасведчанне): every case reduces
    // to the letters before нн (посвідче-, пасведча-), the genitive plural
    // «посвідчень» included.
    "ння",
    "нню",
    "нням",
    "нні",
    "ннями",
    "ннях",
    "нь",
    "нне",
    "ннем",
    "ннеу",
    "нняу",
    "ннямі",
    // Abstract nouns in -ість / -асць and their cases.
    "ість",
    "ості",
    "істю",
    "остей",
    "остям",
    "остями",
    "остях",
    "асць",
    "асці",
    "асцю",
    "асцей",
    "асцям",
    "асцямі",
    "асцях", // Nouns in -ія / -ыя (ліцензія, ліцэнзія) and their cases.
    "ія",
    "ії",
    "ію",
    "ією",
    "ій",
    "іям",
    "іями",
    "іях",
    "іяй",
    "іі",
    "ыя",
    "ыі",
    "ыю",
    "ыяй",
    "ый",
    "ыям",
    "ыямі",
    "ыях", // Noun cases (plural and oblique).
    "ові",
    "еві",
    "єві",
    "ом",
    "ем",
    "єм",
    "ою",
    "ею",
    "єю",
    "ам",
    "ям",
    "ами",
    "ями",
    "ах",
    "ях",
    "ів",
    "їв",
    "ей",
    "ой",
    "ай",
    "яй",
    "ау",
    "яу",
    "оу",
    "еу",
    "амі",
    "ямі", //
    // Adjectives, Ukrainian and Belarusian, every gender, case and number.
    "ий",
    "ого",
    "ього",
    "ому",
    "ьому",
    "им",
    "ім",
    "ої",
    "ьої",
    "ими",
    "іми",
    "их",
    "іх",
    "ая",
    "яя",
    "ое",
    "ае",
    "яе",
    "ага",
    "яга",
    "ога",
    "аму",
    "яму",
    "ым",
    "ую",
    "юю",
    "ыя",
    "ых",
    "ымі",
    "імі", //
    // Verbs: infinitives, past, present and imperative forms.
    "ти",
    "ть",
    "ться",
    "тися",
    "ся",
    "сь",
    "ити",
    "ати",
    "яти",
    "ув",
    "ив",
    "ав",
    "яв",
    "ла",
    "ло",
    "ли",
    "ила",
    "ило",
    "или",
    "ала",
    "ало",
    "али",
    "ить",
    "ять",
    "уть",
    "ють",
    "ать",
    "еш",
    "иш",
    "имо",
    "ите",
    "емо",
    "ете",
    "ємо",
    "єте",
    "ує",
    "ую",
    "ують",
    "уєш",
    "увати",
    "ував",
    "увала",
    "ували",
    "ці",
    "ць",
    "цца",
    "іць",
    "аць",
    "яць",
    "уць",
    "юць",
    "ыць",
    "ецца",
    "ацца",
    "іцца", //
    // Single letters: case and gender endings.
    "а",
    "я",
    "у",
    "ю",
    "і",
    "ї",
    "и",
    "ы",
    "о",
    "е",
    "є",
    "ь",
    "в",
    "й",
];
const LATIN_ENDINGS: &[&str] = &["ing", "ies", "es", "ed", "ly", "s", "e", "y"];

/// Letters a stem keeps at least.
const MIN_STEM: usize = 4;

/// The word without its ending (a prefix of it, so nothing is allocated:
/// this runs for every word of every keystroke).
pub fn stem(word: &str) -> &str {
    let cyrillic = super::normalize::is_cyrillic(word);
    let endings: &[&str] = if cyrillic { CYRILLIC_ENDINGS } else { LATIN_ENDINGS };
    // Every letter of an ending list takes as many bytes as the others
    // (two in Cyrillic, one in Latin): letters counted from bytes.
    let bytes_per_letter = if cyrillic { 2 } else { 1 };
    let letters = word.chars().count();
    let mut best: &str = "";
    for ending in endings {
        if ending.len() > best.len() && letters >= MIN_STEM + ending.len() / bytes_per_letter && word.ends_with(ending)
        {
            best = ending;
        }
    }
    &word[..word.len() - best.len()]
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[track_caller]
    fn one_stem(forms: &[&str]) {
        let first = stem(forms[0]);
        for form in forms {
            assert_eq!(stem(form), first, "{form} and {}", forms[0]);
        }
    }

    #[test]
    fn inflected_forms_meet() {
        one_stem(&["водіїв", "водія", "водій", "водієві", "водієм"]);
        one_stem(&["ліцензія", "ліцензії", "ліцензію", "ліцензією", "ліцензій", "ліцензіями"]);
        one_stem(&["посвідчення", "посвідченню", "посвідченням", "посвідченні", "посвідчень", "посвідченнями"]);
        one_stem(&["пасведчанне", "пасведчання", "пасведчанні", "пасведчаннем", "пасведчанняу", "пасведчаннямі"]);
        one_stem(&["licences", "licence"]);
        one_stem(&["permits", "permit"]);
    }

    #[test]
    fn abstract_nouns_and_adjectives_meet() {
        one_stem(&["непрацездатність", "непрацездатності", "непрацездатністю", "непрацездатностей"]);
        one_stem(&["маемасць", "маемасці", "маемасцю", "маемасцей", "маемасцях"]);
        one_stem(&["державна", "державної", "державний", "державні", "державних", "державними", "державною"]);
        one_stem(&["дзяржауны", "дзяржаунай", "дзяржауная", "дзяржаунага", "дзяржауных", "дзяржаунымі"]);
    }

    #[test]
    fn short_words_stay_whole() {
        assert_eq!(stem("мвс"), "мвс");
        assert_eq!(stem("вода"), "вода");
        assert_eq!(stem("id"), "id");
    }
}
