//! Forgiving search over the catalogue's services and providers, built once
//! and queried per keystroke. No web dependencies: the SPA runs it in wasm,
//! the tests and the `catalogue-search` command run it natively.
//!
//! A query matches an entry when every query word meets a word of the entry
//! in one of these ways, best first: the same word; the same stem (inflected
//! forms); the word being typed as a prefix; a typo (one edit in words of
//! five letters or more, two from nine). Words are compared after folding
//! case, apostrophes and ё; Latin words are also read as Cyrillic typed on the
//! wrong keyboard layout, and compared with the Latin transliteration of
//! Cyrillic words. All three languages of every entry are indexed, so the
//! interface language never hides a match.

mod distance;
pub mod keyboard_layout;
pub mod normalize;
pub mod stem;
pub mod transliteration;

use crate::{Catalogue, Localized};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Service,
    Provider,
    Centre,
}

/// One result: what it is, its id, and how well it matched.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hit {
    pub kind: Kind,
    pub id: String,
    pub score: u32,
}

/// How a query word met an indexed word; the numbers are scores.
mod quality {
    pub const EXACT: u32 = 100;
    pub const STEM: u32 = 85;
    pub const PREFIX: u32 = 70;
    pub const TYPO_1: u32 = 50;
    pub const TYPO_2: u32 = 35;
}

/// Where a word stands in an entry: names weigh more than descriptions.
const NAME_WEIGHT: u32 = 3;
const TEXT_WEIGHT: u32 = 1;

struct Entry {
    kind: Kind,
    id: String,
    name: Localized,
    /// Normalised words of the names, for the title bonus.
    name_words: [Vec<String>; 3],
}

#[derive(Clone, Copy)]
struct Posting {
    entry: u32,
    weight: u32,
}

pub struct SearchIndex {
    entries: Vec<Entry>,
    /// Every indexed form (word, stem, Latin form), sorted, unique.
    terms: Vec<String>,
    /// For each term, the entries holding it, with the best weight.
    postings: Vec<Vec<Posting>>,
    /// Term numbers by length in letters, for the typo scan.
    by_length: Vec<Vec<u32>>,
}

impl SearchIndex {
    pub fn from_catalogue(catalogue: &Catalogue) -> SearchIndex {
        let mut builder = Builder::default();
        for service in &catalogue.services {
            let provider = catalogue.provider(&service.provider).map(|p| &p.name);
            let mut texts = vec![&service.description];
            texts.extend(provider);
            builder.add(Kind::Service, service.id.as_str(), &service.name, &texts);
        }
        for provider in &catalogue.providers {
            builder.add(Kind::Provider, &provider.id, &provider.name, &[]);
        }
        for centre in &catalogue.centres {
            builder.add(Kind::Centre, &centre.id, &centre.name, &[&centre.city, &centre.address]);
        }
        builder.finish()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The best `limit` entries for `raw` (what the user typed), best first.
    pub fn search(&self, raw: &str, limit: usize) -> Vec<Hit> {
        let mut best: HashMap<u32, u32> = HashMap::new();
        for words in query_readings(raw) {
            let typing_last = !raw.ends_with(char::is_whitespace);
            for (entry, score) in self.score_reading(&words, typing_last) {
                let slot = best.entry(entry).or_insert(0);
                *slot = (*slot).max(score);
            }
        }
        let mut hits: Vec<(u32, u32)> = best.into_iter().collect();
        hits.sort_by(|a, b| {
            b.1.cmp(&a.1)
                .then_with(|| self.entry_length(a.0).cmp(&self.entry_length(b.0)))
                .then(a.0.cmp(&b.0))
        });
        hits.into_iter()
            .take(limit)
            .map(|(entry, score)| {
                let e = &self.entries[entry as usize];
                Hit { kind: e.kind, id: e.id.clone(), score }
            })
            .collect()
    }

    fn entry_length(&self, entry: u32) -> usize {
        self.entries[entry as usize].name.uk.len()
    }

    /// Scores of entries matching every word of one reading of the query.
    fn score_reading(&self, words: &[String], typing_last: bool) -> Vec<(u32, u32)> {
        let mut totals: HashMap<u32, (u32, usize)> = HashMap::new();
        for (i, word) in words.iter().enumerate() {
            let may_be_prefix = typing_last && i + 1 == words.len();
            let mut word_best: HashMap<u32, u32> = HashMap::new();
            for (term, quality) in self.candidates(word, may_be_prefix) {
                for posting in &self.postings[term as usize] {
                    let score = quality * posting.weight;
                    let slot = word_best.entry(posting.entry).or_insert(0);
                    *slot = (*slot).max(score);
                }
            }
            for (entry, score) in word_best {
                let total = totals.entry(entry).or_insert((0, 0));
                total.0 += score;
                total.1 += 1;
            }
        }
        totals
            .into_iter()
            .filter(|(_, (_, matched))| *matched == words.len())
            .map(|(entry, (score, _))| (entry, score + self.title_bonus(entry, words)))
            .collect()
    }

    /// Exact titles first, then titles that start with the query.
    fn title_bonus(&self, entry: u32, words: &[String]) -> u32 {
        let names = &self.entries[entry as usize].name_words;
        if names.iter().any(|name| name.as_slice() == words) {
            10_000
        } else if names.iter().any(|name| name.starts_with(words)) {
            1_000
        } else {
            0
        }
    }

    /// Indexed terms a query word meets, with the quality of the meeting.
    fn candidates(&self, word: &str, may_be_prefix: bool) -> Vec<(u32, u32)> {
        let mut found: HashMap<u32, u32> = HashMap::new();
        let mut offer = |term: u32, quality: u32| {
            let slot = found.entry(term).or_insert(0);
            *slot = (*slot).max(quality);
        };
        if let Some(term) = self.term(word) {
            offer(term, quality::EXACT);
        }
        if let Some(term) = self.term(&stem::stem(word)) {
            offer(term, quality::STEM);
        }
        if may_be_prefix {
            for term in self.with_prefix(word) {
                offer(term, quality::PREFIX);
            }
        }
        let letters = word.chars().count();
        let max = distance::allowed_typos(letters);
        if max > 0 {
            for length in letters.saturating_sub(max)..=letters + max {
                for &term in self.by_length.get(length).into_iter().flatten() {
                    match distance::within(word, &self.terms[term as usize], max) {
                        Some(1) => offer(term, quality::TYPO_1),
                        Some(2) => offer(term, quality::TYPO_2),
                        _ => {}
                    }
                }
            }
        }
        found.into_iter().collect()
    }

    fn term(&self, word: &str) -> Option<u32> {
        self.terms.binary_search_by(|t| t.as_str().cmp(word)).ok().map(|i| i as u32)
    }

    fn with_prefix(&self, prefix: &str) -> std::ops::Range<u32> {
        let start = self.terms.partition_point(|t| t.as_str() < prefix);
        let count = self.terms[start..].iter().take_while(|t| t.starts_with(prefix)).count();
        start as u32..(start + count) as u32
    }

    /// Byte ranges of `text` (a name as displayed) that match the query, for
    /// highlighting.
    pub fn highlight(&self, text: &str, raw: &str) -> Vec<(usize, usize)> {
        let readings = query_readings(raw);
        let typing_last = !raw.ends_with(char::is_whitespace);
        normalize::words_with_spans(text)
            .into_iter()
            .filter(|(word, _, _)| {
                readings.iter().any(|words| {
                    words.iter().enumerate().any(|(i, q)| {
                        word_meets(word, q, typing_last && i + 1 == words.len())
                    })
                })
            })
            .map(|(_, start, end)| (start, end))
            .collect()
    }
}

/// The ways to read a query: as typed, and for Latin input also as Cyrillic
/// typed on the wrong layout.
fn query_readings(raw: &str) -> Vec<Vec<String>> {
    let mut readings = vec![normalize::words(raw)];
    for reading in keyboard_layout::cyrillic_readings(raw) {
        readings.push(normalize::words(&reading));
    }
    readings.retain(|words| !words.is_empty());
    readings.dedup();
    readings
}

/// Whether an entry's word meets a query word in any of the index's ways.
fn word_meets(word: &str, query: &str, may_be_prefix: bool) -> bool {
    let forms = [Some(word.to_owned()), transliteration::to_latin(word)];
    forms.into_iter().flatten().any(|form| {
        form == query
            || stem::stem(&form) == stem::stem(query)
            || (may_be_prefix && form.starts_with(query))
            || distance::within(query, &form, distance::allowed_typos(query.chars().count())).is_some()
    })
}

#[derive(Default)]
struct Builder {
    entries: Vec<Entry>,
    postings: HashMap<String, HashMap<u32, u32>>,
}

impl Builder {
    fn add(&mut self, kind: Kind, id: &str, name: &Localized, texts: &[&Localized]) {
        let entry = self.entries.len() as u32;
        let name_words = [normalize::words(&name.uk), normalize::words(&name.be), normalize::words(&name.en)];
        for words in &name_words {
            for word in words {
                self.add_word(entry, word, NAME_WEIGHT);
            }
        }
        for text in texts {
            for part in text.all() {
                for word in normalize::words(part) {
                    self.add_word(entry, &word, TEXT_WEIGHT);
                }
            }
        }
        self.entries.push(Entry { kind, id: id.to_owned(), name: name.clone(), name_words });
    }

    fn add_word(&mut self, entry: u32, word: &str, weight: u32) {
        let mut forms = vec![word.to_owned(), stem::stem(word)];
        if let Some(latin) = transliteration::to_latin(word) {
            forms.push(stem::stem(&latin));
            forms.push(latin);
        }
        for form in forms {
            let slot = self.postings.entry(form).or_default().entry(entry).or_insert(0);
            *slot = (*slot).max(weight);
        }
    }

    fn finish(self) -> SearchIndex {
        let mut pairs: Vec<(String, HashMap<u32, u32>)> = self.postings.into_iter().collect();
        pairs.sort_by(|a, b| a.0.cmp(&b.0));
        let mut terms = Vec::with_capacity(pairs.len());
        let mut postings = Vec::with_capacity(pairs.len());
        let mut by_length: Vec<Vec<u32>> = Vec::new();
        for (i, (term, entries)) in pairs.into_iter().enumerate() {
            let letters = term.chars().count();
            if by_length.len() <= letters {
                by_length.resize(letters + 1, Vec::new());
            }
            by_length[letters].push(i as u32);
            let mut list: Vec<Posting> =
                entries.into_iter().map(|(entry, weight)| Posting { entry, weight }).collect();
            list.sort_by_key(|p| p.entry);
            terms.push(term);
            postings.push(list);
        }
        SearchIndex { entries: self.entries, terms, postings, by_length }
    }
}
