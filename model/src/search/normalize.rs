//! Turning text into comparable words: lower case, one apostrophe, ё as е,
//! letters and digits only.

/// The apostrophes Ukrainians type interchangeably: ' ’ ʼ ` (and ‘ ′).
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '`' | '‘' | '′' | 'ʹ')
}

/// Lower-cases one character and folds the variants people mix up.
fn fold(c: char) -> Option<char> {
    if is_apostrophe(c) {
        // Apostrophes vanish: "сімʼя", "сім'я" and "сімя" are one word.
        return None;
    }
    let lower = c.to_lowercase().next().unwrap_or(c);
    Some(match lower {
        'ё' => 'е',
        'ґ' => 'г',
        other => other,
    })
}

/// The words of `text`, normalised. Letters and digits form words; anything
/// else separates them (apostrophes are dropped, not separators).
pub fn words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        if is_apostrophe(c) {
            continue;
        }
        if c.is_alphanumeric() {
            current.extend(fold(c));
        } else if !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
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
        if c.is_alphanumeric() {
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
        assert_eq!(words("  ID-картка (ЄДР)  "), ["id", "картка", "єдр"]);
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
