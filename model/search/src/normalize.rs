//! Turning text into comparable words: lower case, one apostrophe, ё as е,
//! ґ as г, ў as у, letters and digits only.

/// The apostrophes Ukrainians type interchangeably: ' ’ ʼ ` (and ‘ ′).
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '`' | '‘' | '′' | 'ʹ')
}

/// Lower case of the letters nearly all text here is written in (Latin and
/// Cyrillic), without the general Unicode tables: this runs on every
/// keystroke and every indexed word.
fn lower_common(c: char) -> Option<char> {
    match c {
        'A'..='Z' => Some(c.to_ascii_lowercase()),
        'a'..='z' | '0'..='9' | 'а'..='я' | 'ѐ'..='џ' => Some(c),
        // А..Я
        '\u{0410}'..='\u{042F}' => char::from_u32(c as u32 + 0x20),
        // Ѐ..Џ, among them Є І Ї Ў
        '\u{0400}'..='\u{040F}' => char::from_u32(c as u32 + 0x50),
        'Ґ' => Some('ґ'),
        _ => None,
    }
}

/// Whether `c` is part of a word: letters and digits.
fn is_word_char(c: char) -> bool {
    lower_common(c).is_some() || c.is_alphanumeric()
}

/// Lower-cases one character and folds the variants people mix up.
fn fold(c: char) -> Option<char> {
    if is_apostrophe(c) {
        // Apostrophes vanish: "сімʼя", "сім'я" and "сімя" are one word.
        return None;
    }
    let lower = lower_common(c).unwrap_or_else(|| c.to_lowercase().next().unwrap_or(c));
    Some(match lower {
        'ё' => 'е',
        'ґ' => 'г',
        // Belarusian writes у as ў after a vowel, also across words («у
        // Мінску», «яна ўзяла»), and keyboards without ў type у: one letter.
        'ў' => 'у',
        other => other,
    })
}

/// The words of `text`, normalised. Letters and digits form words; anything
/// else separates them (apostrophes are dropped, not separators).
pub fn words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    words_into(text, &mut words);
    words
}

/// As `words`, into `out`, reusing the room its strings have: a query's
/// words are worked out on every keystroke.
pub fn words_into(text: &str, out: &mut Vec<String>) {
    let mut count = 0;
    let mut in_word = false;
    for c in text.chars() {
        if is_apostrophe(c) {
            continue;
        }
        if is_word_char(c) {
            if !in_word {
                if count == out.len() {
                    out.push(String::new());
                } else {
                    out[count].clear();
                }
                count += 1;
                in_word = true;
            }
            out[count - 1].extend(fold(c));
        } else {
            in_word = false;
        }
    }
    out.truncate(count);
}

/// Words with their character spans in `text` (for highlighting): each item
/// is (normalised word, start byte, end byte).
pub fn words_with_spans(text: &str) -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut start = None;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        if is_apostrophe(c) && start.is_some() {
            end = i + c.len_utf8();
            continue;
        }
        if is_word_char(c) {
            start.get_or_insert(i);
            current.extend(fold(c));
            end = i + c.len_utf8();
        } else if let Some(s) = start.take() {
            out.push((std::mem::take(&mut current), s, end));
        }
    }
    if let Some(s) = start {
        out.push((current, s, end));
    }
    out
}

pub fn is_cyrillic(word: &str) -> bool {
    word.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
}

pub fn is_latin(word: &str) -> bool {
    word.chars().all(|c| c.is_ascii_alphanumeric()) && word.chars().any(|c| c.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_apostrophes_and_yo() {
        assert_eq!(words("Сім'я"), ["сімя"]);
        assert_eq!(words("СІМ’Я та сімʼя, сім`я"), ["сімя", "та", "сімя", "сімя"]);
        assert_eq!(words("Ёлка"), ["елка"]);
        assert_eq!(words("Ґанок"), ["ганок"]);
        assert_eq!(words("ўнутраных спраў"), ["унутраных", "спрау"]);
        assert_eq!(words("  ID-картка (ЄДР)  "), ["id", "картка", "єдр"]);
    }

    #[test]
    fn the_quick_lower_case_agrees_with_unicode() {
        for c in ('\u{0}'..='\u{052F}').chain(['Ґ', 'ґ']) {
            if let Some(lower) = lower_common(c) {
                assert_eq!(Some(lower), c.to_lowercase().next(), "{c:?}");
                assert!(c.is_alphanumeric(), "{c:?}");
            }
        }
    }

    #[test]
    fn spans_point_into_the_original_text() {
        let text = "Видача сім’ї";
        let spans = words_with_spans(text);
        assert_eq!(spans.len(), 2);
        assert_eq!(&text[spans[1].1..spans[1].2], "сім’ї");
        assert_eq!(spans[1].0, "сімї");
    }
}
