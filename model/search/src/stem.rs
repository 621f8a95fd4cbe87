//! A light stemmer: it strips common inflectional endings of Ukrainian,
//! Belarusian and English words, so that "посвідчення водіїв" meets
//! «посвідчення водія». It never leaves fewer than four letters, which keeps
//! short words whole; meeting the same stem is what matters, not linguistics.

/// Endings, longest first within each language; Ukrainian and Belarusian
/// share many.
const CYRILLIC_ENDINGS: &[&str] = &[
    // nouns in -ння / -нне (посвідчення, пасведчанне) and their cases
    "ення", "ання", "ення", "анне", "энне", "ння", "нню", "нні", "ням", "ннях", "нне", "ннем",
    // plural and oblique cases
    "ями", "ами", "ими", "іми", "ях", "ах", "ям", "ам", "ів", "їв", "оў", "аў", "яў", // adjectives
    "ого", "ому", "ага", "яга", "ий", "ій", "ая", "яя", "ое", "ые", "ых", "ым", "ою", "ею",
    // nouns in -ія / -ість
    "ії", "ія", "ію", "ість", "ості", // single letters
    "а", "я", "у", "ю", "і", "и", "ы", "о", "е", "ь",
];
const LATIN_ENDINGS: &[&str] = &["ing", "ies", "es", "ed", "ly", "s", "e", "y"];

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

    #[test]
    fn inflected_forms_meet() {
        assert_eq!(stem("водіїв"), stem("водія"));
        assert_eq!(stem("ліцензії"), stem("ліцензія"));
        assert_eq!(stem("ліцензію"), stem("ліцензія"));
        assert_eq!(stem("пасведчання"), stem("пасведчанне"));
        assert_eq!(stem("licences"), stem("licence"));
        assert_eq!(stem("permits"), stem("permit"));
    }

    #[test]
    fn short_words_stay_whole() {
        assert_eq!(stem("мвс"), "мвс");
        assert_eq!(stem("вода"), "вода");
        assert_eq!(stem("id"), "id");
    }
}
