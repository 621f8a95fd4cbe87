//! Synonyms, abbreviations and old names (the catalogue's search aids),
//! applied when the index is built: an entry whose name or text says a
//! phrase («міністерство юстиції») is also indexed under the words people
//! use for it («мінюст»), with the weight of where the phrase stands. Nothing
//! changes per keystroke.

use crate::{normalize, stem};
use portal_model::SearchSynonym;
use std::collections::HashMap;

#[derive(Default)]
pub(crate) struct Synonyms {
    /// (the phrase's stems, the words it is also found by).
    rules: Vec<(Vec<String>, Vec<String>)>,
    /// The rules by their phrase's first stem: a text's words are looked up
    /// here once each, instead of every rule scanning every text (which
    /// doubled the index build at 20,000 services).
    by_first_stem: HashMap<String, Vec<usize>>,
}

impl Synonyms {
    pub(crate) fn new(synonyms: &[SearchSynonym]) -> Synonyms {
        let rules = synonyms
            .iter()
            .filter_map(|synonym| {
                let means: Vec<String> =
                    normalize::words(&synonym.means).iter().map(|w| stem::stem(w).to_owned()).collect();
                let also: Vec<String> = synonym.also.iter().flat_map(|phrase| normalize::words(phrase)).collect();
                (!means.is_empty() && !also.is_empty()).then_some((means, also))
            })
            .collect::<Vec<(Vec<String>, Vec<String>)>>();
        let mut by_first_stem: HashMap<String, Vec<usize>> = HashMap::new();
        for (n, (means, _)) in rules.iter().enumerate() {
            by_first_stem.entry(means[0].clone()).or_default().push(n);
        }
        Synonyms { rules, by_first_stem }
    }

    /// The words to index beside `words` (one text's words, in order): those
    /// of every rule whose phrase occurs in them, in any inflected form.
    pub(crate) fn extra_words<'a>(&'a self, words: &'a [String]) -> impl Iterator<Item = &'a str> + 'a {
        let stems: Vec<&str> = words.iter().map(|w| stem::stem(w)).collect();
        let mut matched: Vec<u32> = Vec::new();
        for (at, first) in stems.iter().enumerate() {
            for &n in self.by_first_stem.get(*first).into_iter().flatten() {
                let means = &self.rules[n].0;
                if stems.len() - at >= means.len() && stems[at..at + means.len()].iter().eq(means.iter()) {
                    matched.push(n as u32);
                }
            }
        }
        // Each rule once, in the order of the aids.
        matched.sort_unstable();
        matched.dedup();
        matched.into_iter().flat_map(move |n| self.rules[n as usize].1.iter().map(String::as_str))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn synonym(means: &str, also: &[&str]) -> SearchSynonym {
        SearchSynonym { lang: "uk".into(), means: means.into(), also: also.iter().map(|s| s.to_string()).collect() }
    }

    #[test]
    fn a_phrase_in_any_form_brings_its_synonyms() {
        let synonyms =
            Synonyms::new(&[synonym("Міністерство юстиції", &["мінʼюст"]), synonym("посвідчення водія", &["права"])]);
        let words = normalize::words("Витяг Міністерства юстиції України");
        assert_eq!(synonyms.extra_words(&words).collect::<Vec<_>>(), ["мінюст"]);
        let words = normalize::words("Обмін посвідчень водіїв");
        assert_eq!(synonyms.extra_words(&words).collect::<Vec<_>>(), ["права"]);
        let words = normalize::words("водія посвідчення");
        assert_eq!(
            synonyms.extra_words(&words).count(),
            0,
            "the words of a phrase in another order are not the phrase"
        );
    }
}
