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
mod typo_index;

use crate::{Catalogue, Localized};
use serde::{Deserialize, Serialize};
use std::sync::Mutex;
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

/// Prefixes this short are matched against the words of names only: as the
/// first word, through the index of name starts; after other words, within
/// the entries those words already found.
const SHORT_PREFIX_LETTERS: usize = 2;
/// At most this many entries answer a one- or two-letter first word.
const SHORT_PREFIX_FIRST_WORD_CAP: usize = 400;
/// Prefixes up to this long are looked up in names only.
const NAME_ONLY_PREFIX_LETTERS: usize = 3;
/// A short prefix after other words is checked entry by entry only when
/// those words left at most this many entries.
const SHORT_PREFIX_SCAN_LIMIT: usize = 4_000;

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
    /// Per-query work space, allocated once: scoring per keystroke then
    /// touches arrays, not hash maps.
    scratch: Mutex<Scratch>,
    /// Every indexed form (word, stem, Latin form), sorted, unique.
    terms: Vec<String>,
    /// For each term, the entries holding it, with the best weight; those
    /// holding it in a name come first.
    postings: Vec<Vec<Posting>>,
    /// How many of each term's postings (at the front) are in names.
    name_postings: Vec<u32>,
    /// Whether a term is a word as written (not only a stem).
    whole_word: Vec<bool>,
    /// (first word of a name, entry), sorted: where short prefixes look.
    name_starts: Vec<(String, u32)>,
    /// Deletion neighbourhoods of the terms, for typos.
    typos: typo_index::TypoIndex,
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

    /// Approximate bytes the index holds, for the benchmark's memory figures.
    pub fn heap_bytes(&self) -> usize {
        let terms: usize = self.terms.iter().map(|t| t.capacity() + std::mem::size_of::<String>()).sum();
        let postings: usize = self
            .postings
            .iter()
            .map(|p| p.capacity() * std::mem::size_of::<Posting>() + std::mem::size_of::<Vec<Posting>>())
            .sum();
        let entries: usize = self
            .entries
            .iter()
            .map(|e| {
                std::mem::size_of::<Entry>()
                    + e.id.capacity()
                    + e.name.all().iter().map(|s| s.len()).sum::<usize>()
                    + e.name_words.iter().flatten().map(|w| w.capacity() + 24).sum::<usize>()
            })
            .sum();
        terms + postings + entries + self.typos.heap_bytes()
    }

    /// The best `limit` entries for `raw` (what the user typed), best first.
    pub fn search(&self, raw: &str, limit: usize) -> Vec<Hit> {
        // A poisoned lock only means an earlier search panicked; its scratch is reset below.
        let mut scratch = self.scratch.lock().unwrap_or_else(|p| p.into_inner());
        let scratch = &mut *scratch;
        scratch.begin_query(self.entries.len());
        let typing_last = !raw.ends_with(char::is_whitespace);
        for words in query_readings(raw) {
            self.score_reading(&words, typing_last, scratch);
        }
        let mut hits: Vec<(u32, u32)> = scratch.best.clone();
        let by_rank = |a: &(u32, u32), b: &(u32, u32)| {
            b.1.cmp(&a.1)
                .then_with(|| self.entry_length(a.0).cmp(&self.entry_length(b.0)))
                .then(a.0.cmp(&b.0))
        };
        // Only the first `limit` need sorting.
        if hits.len() > limit && limit > 0 {
            hits.select_nth_unstable_by(limit - 1, by_rank);
            hits.truncate(limit);
        }
        hits.sort_by(by_rank);
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

    /// Adds the entries matching every word of one reading of the query to
    /// `scratch.best` (keeping each entry's best score over readings).
    fn score_reading(&self, words: &[String], typing_last: bool, scratch: &mut Scratch) {
        if words.is_empty() {
            return;
        }
        scratch.begin_reading();
        for (i, word) in words.iter().enumerate() {
            let may_be_prefix = typing_last && i + 1 == words.len();
            let candidates = self.candidates(word, may_be_prefix);
            let short_prefix = may_be_prefix && word.chars().count() <= SHORT_PREFIX_LETTERS;
            scratch.begin_word();
            if short_prefix {
                self.offer_short_prefix(word, i, scratch);
            }
            let names_only = may_be_prefix && word.chars().count() <= NAME_ONLY_PREFIX_LETTERS;
            for (term, quality) in candidates {
                let postings = &self.postings[term as usize];
                // Postings list name occurrences first.
                let postings = if names_only && quality == quality::PREFIX {
                    &postings[..self.name_postings[term as usize] as usize]
                } else {
                    &postings[..]
                };
                for posting in postings {
                    // AND: after the first word, only entries that matched every earlier word.
                    if i == 0 || scratch.matched_all(posting.entry, i) {
                        scratch.offer(posting.entry, quality * posting.weight);
                    }
                }
            }
            scratch.end_word(i);
            if scratch.reading.is_empty() {
                return;
            }
        }
        // Title bonuses only where they can apply: every word met exactly in a name.
        let in_names = words.len() as u32 * quality::EXACT * NAME_WEIGHT;
        for i in 0..scratch.reading.len() {
            let entry = scratch.reading[i];
            let base = scratch.total[entry as usize];
            let bonus = if base >= in_names { self.title_bonus(entry, words) } else { 0 };
            scratch.keep_best(entry, base + bonus);
        }
    }

    /// A prefix of one or two letters: as the first word, the entries whose
    /// name starts with it; after other words, those of their entries that
    /// have a name word starting with it.
    fn offer_short_prefix(&self, prefix: &str, i: usize, scratch: &mut Scratch) {
        let score = quality::PREFIX * NAME_WEIGHT;
        if i == 0 {
            let start = self.name_starts.partition_point(|(w, _)| w.as_str() < prefix);
            // Shortest first words come first in the sorted index; beyond a few
            // hundred, one or two letters say too little to rank further.
            let matching = self.name_starts[start..].iter().take_while(|(w, _)| w.starts_with(prefix));
            for (_, entry) in matching.take(SHORT_PREFIX_FIRST_WORD_CAP) {
                scratch.offer(*entry, score);
            }
        } else if scratch.reading.len() <= SHORT_PREFIX_SCAN_LIMIT {
            for i in 0..scratch.reading.len() {
                let entry = scratch.reading[i];
                let names = &self.entries[entry as usize].name_words;
                if names.iter().flatten().any(|w| w.starts_with(prefix)) {
                    scratch.offer(entry, score);
                }
            }
        }
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
        // Short prefixes would touch nearly every entry through the postings;
        // `score_reading` matches them against names instead.
        if may_be_prefix && word.chars().count() > SHORT_PREFIX_LETTERS {
            // Stems are prefixes of their words, so whole words suffice here.
            for term in self.with_prefix(word).filter(|t| self.whole_word[*t as usize]) {
                offer(term, quality::PREFIX);
            }
        }
        let max = distance::allowed_typos(word.chars().count());
        for (term, typos) in self.typos.near(word, max, &self.terms) {
            offer(term, if typos == 1 { quality::TYPO_1 } else { quality::TYPO_2 });
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

/// Collects the words of every entry; each distinct word's forms (itself,
/// stem, Latin form) are worked out once, however often it occurs.
#[derive(Default)]
struct Builder {
    entries: Vec<Entry>,
    /// Term → its number.
    term_numbers: HashMap<String, u32>,
    terms: Vec<String>,
    /// Per term: (entry, weight), entries in order of addition.
    postings: Vec<Vec<Posting>>,
    /// Normalised word → the numbers of its forms.
    forms: HashMap<String, Vec<u32>>,
    /// Per term: whether it occurs as a word as written (or its Latin form).
    whole_word: Vec<bool>,
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
        if !self.forms.contains_key(word) {
            let mut forms = vec![(word.to_owned(), true), (stem::stem(word), false)];
            if let Some(latin) = transliteration::to_latin(word) {
                forms.push((stem::stem(&latin), false));
                forms.push((latin, true));
            }
            let mut numbers: Vec<u32> = Vec::new();
            for (form, whole) in forms {
                let n = self.term_number(form);
                self.whole_word[n as usize] |= whole;
                numbers.push(n);
            }
            numbers.sort_unstable();
            numbers.dedup();
            self.forms.insert(word.to_owned(), numbers);
        }
        for &term in &self.forms[word] {
            let list = &mut self.postings[term as usize];
            match list.last_mut() {
                Some(last) if last.entry == entry => last.weight = last.weight.max(weight),
                _ => list.push(Posting { entry, weight }),
            }
        }
    }

    fn term_number(&mut self, form: String) -> u32 {
        if let Some(&n) = self.term_numbers.get(&form) {
            return n;
        }
        let n = self.terms.len() as u32;
        self.term_numbers.insert(form.clone(), n);
        self.terms.push(form);
        self.postings.push(Vec::new());
        self.whole_word.push(false);
        n
    }

    fn finish(self) -> SearchIndex {
        // Sorted terms make prefixes a contiguous range.
        let mut order: Vec<u32> = (0..self.terms.len() as u32).collect();
        order.sort_by(|a, b| self.terms[*a as usize].cmp(&self.terms[*b as usize]));
        let mut postings_by_old: Vec<Option<Vec<Posting>>> = self.postings.into_iter().map(Some).collect();
        let whole_word_by_old = self.whole_word;
        let mut terms_by_old: Vec<Option<String>> = self.terms.into_iter().map(Some).collect();
        let mut terms = Vec::with_capacity(order.len());
        let mut postings = Vec::with_capacity(order.len());
        let mut name_postings = Vec::with_capacity(order.len());
        let mut whole_word = Vec::with_capacity(order.len());
        let whole_by_old = whole_word_by_old;
        for old in order {
            terms.push(terms_by_old[old as usize].take().expect("each term once"));
            let mut list = postings_by_old[old as usize].take().expect("each term once");
            list.sort_by_key(|p| (std::cmp::Reverse(p.weight), p.entry));
            list.shrink_to_fit();
            name_postings.push(list.iter().filter(|p| p.weight == NAME_WEIGHT).count() as u32);
            whole_word.push(whole_by_old[old as usize]);
            postings.push(list);
        }
        let typos = typo_index::TypoIndex::build(&terms);
        let scratch = Mutex::new(Scratch::default());
        let mut name_starts: Vec<(String, u32)> = self
            .entries
            .iter()
            .enumerate()
            .flat_map(|(n, e)| e.name_words.iter().filter_map(move |words| Some((words.first()?.clone(), n as u32))))
            .collect();
        name_starts.sort();
        name_starts.dedup();
        SearchIndex { entries: self.entries, scratch, terms, postings, name_postings, whole_word, name_starts, typos }
    }
}

/// Dense per-entry arrays reused by every query. A word's best score per
/// entry goes in `word`; entries that matched all words so far are listed
/// in `reading` with their running `total`; `best` collects results over
/// the readings of the query.
#[derive(Default)]
struct Scratch {
    word: Vec<u32>,
    word_touched: Vec<u32>,
    total: Vec<u32>,
    matched: Vec<u32>,
    reading: Vec<u32>,
    best_at: Vec<u32>,
    best: Vec<(u32, u32)>,
    /// Stamp of the current reading, so `matched` need not be cleared.
    stamp: u32,
}

impl Scratch {
    fn begin_query(&mut self, entries: usize) {
        if self.word.len() != entries {
            *self = Scratch {
                word: vec![0; entries],
                total: vec![0; entries],
                matched: vec![0; entries],
                best_at: vec![u32::MAX; entries],
                ..Scratch::default()
            };
        }
        for (entry, _) in self.best.drain(..) {
            self.best_at[entry as usize] = u32::MAX;
        }
    }

    fn begin_reading(&mut self) {
        self.reading.clear();
        // Each word of each reading gets its own stamp range.
        self.stamp = self.stamp.wrapping_add(64);
        if self.stamp == 0 {
            self.matched.iter_mut().for_each(|m| *m = 0);
            self.stamp = 64;
        }
    }

    fn begin_word(&mut self) {
        self.word_touched.clear();
    }

    /// Whether `entry` matched words 0..i of this reading.
    fn matched_all(&self, entry: u32, i: usize) -> bool {
        self.matched[entry as usize] == self.stamp + i as u32
    }

    fn offer(&mut self, entry: u32, score: u32) {
        let slot = &mut self.word[entry as usize];
        if *slot == 0 {
            self.word_touched.push(entry);
        }
        *slot = (*slot).max(score);
    }

    /// Folds the word's scores into the running totals.
    fn end_word(&mut self, i: usize) {
        self.reading.clear();
        for &entry in &self.word_touched {
            let e = entry as usize;
            let score = std::mem::take(&mut self.word[e]);
            if i == 0 {
                self.total[e] = score;
            } else {
                self.total[e] += score;
            }
            self.matched[e] = self.stamp + i as u32 + 1;
            self.reading.push(entry);
        }
    }

    fn keep_best(&mut self, entry: u32, score: u32) {
        match self.best_at[entry as usize] {
            u32::MAX => {
                self.best_at[entry as usize] = self.best.len() as u32;
                self.best.push((entry, score));
            }
            at => {
                let slot = &mut self.best[at as usize].1;
                *slot = (*slot).max(score);
            }
        }
    }
}
