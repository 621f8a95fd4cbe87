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
mod heap_sort;
pub mod keyboard_layout;
mod most_words;
pub mod normalize;
pub mod russian_spelling;
mod scratch;
mod short_prefixes;
pub mod stem;
mod synonyms;
pub mod transliteration;
mod typo_index;

use portal_model::{Catalogue, Localized};
use scratch::Scratch;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::Mutex;

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

/// Whether the results matched every word of the query, or (when no entry
/// did) only most of them: the interface says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Matched {
    EveryWord,
    MostWords,
}

/// What a search found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Found {
    pub hits: Vec<Hit>,
    pub matched: Matched,
}

/// Words of a query beyond this many are ignored.
const MAX_QUERY_WORDS: usize = 32;

/// How a query word met an indexed word; the numbers are scores.
mod quality {
    pub const EXACT: u32 = 100;
    pub const STEM: u32 = 85;
    pub const PREFIX: u32 = 70;
    pub const TYPO_1: u32 = 50;
    pub const TYPO_2: u32 = 35;
}

/// A first word this short is matched against the first words of names
/// (through `name_starts`): one or two letters say too little for more.
const SHORT_PREFIX_LETTERS: usize = 2;
/// At most this many entries answer a one- or two-letter first word.
const SHORT_PREFIX_FIRST_WORD_CAP: usize = 400;
/// Prefixes up to this long are looked up in names only: as the first word
/// through the name postings, after other words by checking the names of
/// the entries those words found, best first.
const NAME_ONLY_PREFIX_LETTERS: usize = 3;

/// How the word being typed is matched as a prefix, by its place and length.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PrefixRule {
    /// A finished word: no prefix matching.
    None,
    /// A first word of one or two letters: names starting with it.
    NameStarts,
    /// A first word of three letters: name words starting with it.
    NamePostings,
    /// After other words, up to three letters: name words starting with it,
    /// among the entries found so far.
    NameScan,
    /// Four letters or more: any word starting with it.
    AllPostings,
}

impl PrefixRule {
    fn for_word(word: &str, i: usize, may_be_prefix: bool) -> PrefixRule {
        let letters = word.chars().count();
        match (may_be_prefix, i, letters) {
            (false, _, _) => PrefixRule::None,
            (true, _, n) if n > NAME_ONLY_PREFIX_LETTERS => PrefixRule::AllPostings,
            (true, 0, n) if n <= SHORT_PREFIX_LETTERS => PrefixRule::NameStarts,
            (true, 0, _) => PrefixRule::NamePostings,
            (true, _, _) => PrefixRule::NameScan,
        }
    }

    /// Whether the postings of terms the word is a prefix of are read.
    fn reads_postings(self) -> bool {
        matches!(self, PrefixRule::NamePostings | PrefixRule::AllPostings)
    }
}

/// Where a word stands in an entry: names weigh more than descriptions.
const NAME_WEIGHT: u32 = 3;
const TEXT_WEIGHT: u32 = 1;

struct Entry {
    kind: Kind,
    id: String,
    /// The words of the names in the three languages, as term numbers:
    /// comparing numbers, not strings, keeps the title bonus and the
    /// short-prefix check cheap (a term starting with a prefix is a number
    /// in that prefix's range, because terms are sorted).
    name_terms: [Box<[u32]>; 3],
    /// Every term a name word is indexed under as written (the word, and its
    /// Latin form), sorted: short prefixes after other words look here.
    name_forms: Box<[u32]>,
}

/// An entry holding a term, while the index is built; the best weight
/// is kept.
#[derive(Clone, Copy)]
struct Posting {
    entry: u32,
    weight: u32,
}

pub struct SearchIndex {
    entries: Vec<Entry>,
    /// Per entry, the length of its Ukrainian name: the shorter of two equal
    /// matches ranks first. Apart from the entries, so that ranking
    /// thousands of matches reads one small array.
    name_lens: Vec<u16>,
    /// Per-query work space, allocated once: scoring per keystroke then
    /// touches arrays, not hash maps.
    scratch: Mutex<Scratch>,
    /// Every indexed form (word, stem, Latin form), sorted, unique.
    terms: Vec<String>,
    /// For each term, the entries holding it: those holding it in a name
    /// first (`name_postings` says how many), each part in rank order. The
    /// split says the weight, so a posting is just the entry number.
    postings: Vec<Box<[u32]>>,
    /// How many of each term's postings (at the front) are in names.
    name_postings: Vec<u32>,
    /// For each term, how many name postings all terms before it have (and
    /// one more item for the total): counts over a prefix's range of terms.
    name_postings_before: Vec<u32>,
    /// Whether a term is a word as written (not only a stem).
    whole_word: Vec<bool>,
    /// (term of the first word of a name, entry), sorted by term, then
    /// shortest names first: titles starting with a word.
    name_starts: Vec<(u32, u32)>,
    /// The entries whose name starts with each one- or two-letter prefix.
    short_prefixes: short_prefixes::ShortPrefixes,
    /// (term, entry) of names that are that one word, sorted.
    one_word_names: Vec<(u32, u32)>,
    /// Deletion neighbourhoods of the terms, for typos.
    typos: typo_index::TypoIndex,
}

impl SearchIndex {
    pub fn from_catalogue(catalogue: &Catalogue) -> SearchIndex {
        let mut builder =
            Builder { synonyms: synonyms::Synonyms::new(&catalogue.search_aids.synonyms), ..Builder::default() };
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
        let postings: usize = self.postings.iter().map(|p| p.len() * 4 + std::mem::size_of::<Box<[u32]>>()).sum();
        let entries: usize = self
            .entries
            .iter()
            .map(|e| {
                std::mem::size_of::<Entry>()
                    + e.id.capacity()
                    + (e.name_terms.iter().map(|t| t.len()).sum::<usize>() + e.name_forms.len()) * 4
            })
            .sum();
        let name_starts = (self.name_starts.capacity() + self.one_word_names.capacity())
            * std::mem::size_of::<(u32, u32)>()
            + (self.name_postings.capacity() + self.name_postings_before.capacity()) * 4
            + self.whole_word.capacity();
        terms
            + postings
            + entries
            + self.name_lens.capacity() * 2
            + name_starts
            + self.short_prefixes.heap_bytes()
            + self.typos.heap_bytes()
    }

    /// Drops what recent queries left for the next keystroke to reuse
    /// (results never depend on it; the tests compare with and without).
    pub fn forget_recent_queries(&self) {
        let mut scratch = self.scratch.lock().unwrap_or_else(|p| p.into_inner());
        scratch.forget_finished_words();
    }

    /// The best `limit` entries for `raw` (what the user typed), best first;
    /// when none matches every word, those matching most of them.
    pub fn search(&self, raw: &str, limit: usize) -> Vec<Hit> {
        self.find(raw, limit).hits
    }

    /// As `search`, saying whether the hits matched every word.
    pub fn find(&self, raw: &str, limit: usize) -> Found {
        let mut found = Vec::new();
        let matched = self.search_entries(raw, limit, &mut found);
        let hits = found
            .into_iter()
            .map(|(entry, score)| {
                let e = &self.entries[entry as usize];
                Hit { kind: e.kind, id: e.id.clone(), score }
            })
            .collect();
        Found { hits, matched }
    }

    /// What an entry number from `search_entries` stands for.
    pub fn entry(&self, entry: u32) -> Option<(Kind, &str)> {
        self.entries.get(entry as usize).map(|e| (e.kind, e.id.as_str()))
    }

    /// As `find`, but (entry number, score) into `found` (cleared first):
    /// for a caller that keeps `found` and maps numbers to ids itself, as the
    /// benchmark's JavaScript side does, nothing is allocated per keystroke.
    pub fn search_entries(&self, raw: &str, limit: usize, found: &mut Vec<(u32, u32)>) -> Matched {
        found.clear();
        // A poisoned lock only means an earlier search panicked; its scratch is reset below.
        let mut scratch = self.scratch.lock().unwrap_or_else(|p| p.into_inner());
        let scratch = &mut *scratch;
        scratch.begin_query(self.entries.len());
        let typing_last = !raw.ends_with(char::is_whitespace);
        // The readings' words, lent by the scratch for this query.
        let (mut readings, mut layouts) = (std::mem::take(&mut scratch.readings), std::mem::take(&mut scratch.layouts));
        let (count, as_typed) = query_readings_into(raw, &mut readings, &mut layouts);
        for (lane, words) in readings[..as_typed].iter().enumerate() {
            self.score_reading(lane, words, typing_last, limit, Reading::AsTyped, scratch);
        }
        // Russian respellings only when a word as typed is no word of the
        // catalogue (a rule that does not depend on `limit`, so the first
        // results of a longer list are the results of a shorter one).
        if count > as_typed && self.has_unknown_word(&readings[0], typing_last) {
            for (lane, words) in readings[..count].iter().enumerate().skip(as_typed) {
                self.score_reading(lane, words, typing_last, limit, Reading::Respelt, scratch);
            }
        }
        (scratch.readings, scratch.layouts) = (readings, layouts);
        // One integer per hit orders them: higher score, then shorter name,
        // then catalogue order.
        let mut ranked = std::mem::take(&mut scratch.ranked);
        ranked.clear();
        ranked
            .extend(scratch.best.iter().map(|&(entry, score)| rank_key(score, self.name_lens[entry as usize], entry)));
        // Only the first `limit` need sorting.
        if ranked.len() > limit && limit > 0 {
            // The best `limit` (the greatest keys) to the end, then kept.
            let cut = ranked.len() - limit;
            ranked.select_nth_unstable(cut);
            ranked.drain(..cut);
        }
        // Best first. (One sort of u64 keys for every ranking: each use of
        // the standard sorts compiles to some KB of the SPA.)
        ranked.sort_unstable();
        ranked.reverse();
        found.extend(ranked.iter().take(limit).map(|&key| {
            let (score, entry) = from_rank_key(key);
            (entry, score)
        }));
        scratch.ranked = ranked;
        let several_words = scratch.readings[..count].iter().any(|words| words.len() > 1);
        if found.is_empty() && several_words && limit > 0 {
            self.most_words(&scratch.readings[..count], typing_last, limit, found);
            return Matched::MostWords;
        }
        Matched::EveryWord
    }

    /// Adds the entries matching every word of one reading of the query to
    /// `scratch.best` (keeping each entry's best score over readings).
    fn score_reading(
        &self,
        lane: usize,
        words: &[String],
        typing_last: bool,
        limit: usize,
        reading: Reading,
        scratch: &mut Scratch,
    ) {
        if words.is_empty() {
            return;
        }
        // With one word an entry's score is its best posting (plus the title
        // bonus), and postings are kept in rank order: the first `limit` of
        // each list, and of the titles starting with the word, hold the best
        // `limit` results. Typing the first word is most keystrokes.
        let top_only = words.len() == 1 && limit > 0;
        // Words before the one being typed are finished: what they matched
        // is usually known from the previous keystroke.
        let finished = words.len() - usize::from(typing_last);
        let resumed = scratch.begin_reading(lane, if top_only { &[] } else { &words[..finished] });
        for (i, word) in words.iter().enumerate().skip(resumed) {
            let prefix_rule = PrefixRule::for_word(word, i, typing_last && i + 1 == words.len());
            // Lent by the scratch for this word (and given back below).
            let mut candidates = std::mem::take(&mut scratch.candidates);
            self.candidates(word, prefix_rule.reads_postings(), &mut scratch.typo_lookup, &mut candidates);
            scratch.begin_word();
            match prefix_rule {
                PrefixRule::NameStarts => self.offer_name_starts(word, limit, scratch),
                PrefixRule::NameScan => self.offer_name_prefix_among_found(word, i, limit, scratch),
                _ => {}
            }
            if top_only {
                self.offer_titles_starting_with(word, limit, scratch);
            }
            self.offer_postings(&candidates, prefix_rule, i, top_only.then_some(limit), scratch);
            scratch.candidates = candidates;
            if i < finished {
                scratch.end_finished_word(i);
                // A top-only reading is incomplete: not one to resume from.
                if i + 1 == finished && !top_only {
                    let (reading, totals) = scratch.reading_and_totals();
                    self.sort_by_rank(reading, totals);
                    scratch.remember(&words[..finished]);
                }
                if scratch.reading.is_empty() {
                    return;
                }
            } else {
                scratch.end_word_being_typed(i);
            }
        }
        if finished == words.len() {
            scratch.results_are_reading();
        }
        self.keep_results(words, reading, scratch);
    }

    /// Offers the entries holding the word's candidate terms (after the
    /// first word, only those that matched every earlier word); with `top`,
    /// only the head of each list (see `score_reading`).
    fn offer_postings(
        &self,
        candidates: &[(u32, u32)],
        prefix_rule: PrefixRule,
        i: usize,
        top: Option<usize>,
        scratch: &mut Scratch,
    ) {
        for &(term, quality) in candidates {
            let postings = &self.postings[term as usize];
            // Postings list name occurrences first.
            let (in_names, in_texts) = postings.split_at(self.name_postings[term as usize] as usize);
            let names_only = prefix_rule == PrefixRule::NamePostings && quality == quality::PREFIX;
            let in_texts = if names_only { &[][..] } else { in_texts };
            let (in_names, in_texts) = match top {
                Some(limit) => (&in_names[..in_names.len().min(limit)], &in_texts[..in_texts.len().min(limit)]),
                None => (in_names, in_texts),
            };
            for (entries, weight) in [(in_names, NAME_WEIGHT), (in_texts, TEXT_WEIGHT)] {
                let score = quality * weight;
                if i == 0 {
                    entries.iter().for_each(|&entry| scratch.offer(entry, score));
                    continue;
                }
                // AND: after the first word, only entries that matched every earlier word.
                for &entry in entries {
                    if scratch.matched_all(entry, i) {
                        scratch.offer(entry, score);
                    }
                }
            }
        }
    }

    /// Adds the reading's results to the best over all readings, with title bonuses.
    fn keep_results(&self, words: &[String], reading: Reading, scratch: &mut Scratch) {
        // Title bonuses only where they can apply: every word met exactly in a name.
        let in_names = words.len() as u32 * quality::EXACT * NAME_WEIGHT;
        let mut word_terms = std::mem::take(&mut scratch.word_terms);
        word_terms.clear();
        let bonus_possible = scratch.results.iter().any(|&(_, base)| base >= in_names)
            && words.iter().all(|w| self.term(w).map(|term| word_terms.push(term)).is_some());
        for n in 0..scratch.results.len() {
            let (entry, base) = scratch.results[n];
            let bonus = if bonus_possible && base >= in_names { self.title_bonus(entry, &word_terms) } else { 0 };
            scratch.keep_best(entry, reading.weigh(base + bonus));
        }
        scratch.word_terms = word_terms;
    }

    /// A first word of one or two letters: the entries whose name starts
    /// with it. They all score the same, so they rank by name length and
    /// catalogue order, the order of the prepared list: only its first
    /// `limit` can reach the results.
    fn offer_name_starts(&self, prefix: &str, limit: usize, scratch: &mut Scratch) {
        let score = quality::PREFIX * NAME_WEIGHT;
        for &entry in self.short_prefixes.entries(prefix).iter().take(limit) {
            scratch.offer(entry, score);
        }
    }

    /// A short prefix after other words: of the entries those words found
    /// (kept in rank order), the first `limit` with a name word starting
    /// with it. They all gain the same score, so the first ones found are
    /// the best.
    fn offer_name_prefix_among_found(&self, prefix: &str, i: usize, limit: usize, scratch: &mut Scratch) {
        let score = quality::PREFIX * NAME_WEIGHT;
        let terms = self.with_prefix(prefix);
        // A rare prefix is quicker found through the name postings of its
        // terms than by looking through many entries that lack it.
        let postings = self.name_postings_before[terms.end as usize] - self.name_postings_before[terms.start as usize];
        if (postings as usize) < scratch.reading.len() {
            for term in terms {
                let in_names = &self.postings[term as usize][..self.name_postings[term as usize] as usize];
                for &entry in in_names {
                    if scratch.matched_all(entry, i) {
                        scratch.offer(entry, score);
                    }
                }
            }
            return;
        }
        let mut found = 0;
        for n in 0..scratch.reading.len() {
            let entry = scratch.reading[n];
            if scratch.matched_all(entry, i)
                && self.entries[entry as usize].name_forms.iter().any(|t| terms.contains(t))
            {
                scratch.offer(entry, score);
                found += 1;
                if found == limit {
                    break;
                }
            }
        }
    }

    /// Orders entries as results are ranked on the scores in `total`.
    fn sort_by_rank(&self, entries: &mut [u32], total: impl Fn(u32) -> u32) {
        // Keys computed once; each holds its entry number.
        let mut keys: Vec<u64> =
            entries.iter().map(|&entry| rank_key(total(entry), self.name_lens[entry as usize], entry)).collect();
        keys.sort_unstable();
        keys.reverse();
        for (slot, key) in entries.iter_mut().zip(keys) {
            *slot = from_rank_key(key).1;
        }
    }

    /// For a one-word query: the entries whose title bonus may lift them into
    /// the top `limit` (titles that are the word, and the shortest titles
    /// starting with it), offered at the exact-in-name score the bonus
    /// builds on.
    fn offer_titles_starting_with(&self, word: &str, limit: usize, scratch: &mut Scratch) {
        let Some(term) = self.term(word) else { return };
        let score = quality::EXACT * NAME_WEIGHT;
        // One-word titles are few; of the longer ones only the shortest can rank.
        let exact_titles = entries_for(&self.one_word_names, term);
        let longer_titles = entries_for(&self.name_starts, term).take(limit);
        for entry in exact_titles.chain(longer_titles) {
            scratch.offer(entry, score);
        }
    }

    /// Exact titles first, then titles that start with the query (`words`
    /// as term numbers).
    fn title_bonus(&self, entry: u32, words: &[u32]) -> u32 {
        let names = &self.entries[entry as usize].name_terms;
        if names.iter().any(|name| &name[..] == words) {
            10_000
        } else if names.iter().any(|name| name.starts_with(words)) {
            1_000
        } else {
            0
        }
    }

    /// Indexed terms a query word meets, with the quality of the meeting.
    /// `found` is the caller's, kept between keystrokes, as is `lookup`.
    fn candidates(
        &self,
        word: &str,
        read_prefixes: bool,
        lookup: &mut typo_index::Lookup,
        found: &mut Vec<(u32, u32)>,
    ) {
        found.clear();
        let mut offer = |term: u32, quality: u32| found.push((term, quality));
        if let Some(term) = self.term(word) {
            offer(term, quality::EXACT);
        }
        if let Some(term) = self.term(stem::stem(word)) {
            offer(term, quality::STEM);
        }
        // Short prefixes would touch nearly every entry through the postings;
        // `score_reading` matches them against names instead.
        if read_prefixes {
            // Stems are prefixes of their words, so whole words suffice here.
            for term in self.with_prefix(word).filter(|t| self.whole_word[*t as usize]) {
                offer(term, quality::PREFIX);
            }
        }
        let max = distance::allowed_typos(word.chars().count());
        self.typos.near(word, max, &self.terms, lookup, |term, typos| {
            offer(term, if typos == 1 { quality::TYPO_1 } else { quality::TYPO_2 })
        });
        // Each term once, with its best quality: sorted as u64 keys (term,
        // then best quality first), the one sort the rankings use too — each
        // further use of the standard sorts would compile to some KB of the SPA.
        let mut keys: Vec<u64> =
            found.iter().map(|&(term, quality)| u64::from(term) << 32 | u64::from(u32::MAX - quality)).collect();
        keys.sort_unstable();
        found.clear();
        found.extend(keys.into_iter().map(|key| ((key >> 32) as u32, u32::MAX - key as u32)));
        found.dedup_by_key(|(term, _)| *term);
    }

    /// Whether a word Russian may spell differently is neither an indexed
    /// word nor its stem (nor, being typed, the start of one).
    fn has_unknown_word(&self, words: &[String], typing_last: bool) -> bool {
        words.iter().enumerate().any(|(i, word)| {
            let being_typed = typing_last && i + 1 == words.len();
            let starts_a_word = being_typed && !self.with_prefix(word).is_empty();
            russian_spelling::may_differ(word)
                && self.term(word).is_none()
                && self.term(stem::stem(word)).is_none()
                && !starts_a_word
        })
    }

    fn term(&self, word: &str) -> Option<u32> {
        // Words of four letters or more are in the typo index under their
        // own hash: a bucket lookup instead of a binary search over strings.
        if word.chars().nth(3).is_some() {
            return self.typos.exact(word, &self.terms);
        }
        self.terms.binary_search_by(|t| t.as_str().cmp(word)).ok().map(|i| i as u32)
    }

    fn with_prefix(&self, prefix: &str) -> std::ops::Range<u32> {
        let start = self.terms.partition_point(|t| t.as_str() < prefix);
        // Sorted: the terms starting with `prefix` follow those before it.
        let end = self.terms.partition_point(|t| t.as_str() < prefix || t.starts_with(prefix));
        start as u32..end as u32
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
                    words.iter().enumerate().any(|(i, q)| word_meets(word, q, typing_last && i + 1 == words.len()))
                })
            })
            .map(|(_, start, end)| (start, end))
            .collect()
    }
}

/// The entries paired with `term` in a list of (term, entry) sorted by term.
fn entries_for(list: &[(u32, u32)], term: u32) -> impl Iterator<Item = u32> + '_ {
    let start = list.partition_point(|(t, _)| *t < term);
    list[start..].iter().take_while(move |(t, _)| *t == term).map(|(_, entry)| *entry)
}

/// Packs a hit's rank into one integer, greater is better: the score, then
/// the shorter name, then the earlier entry. Scores and entry numbers stay
/// far below 2^24.
#[inline(always)]
fn rank_key(score: u32, name_len: u16, entry: u32) -> u64 {
    const MASK: u64 = 0xFF_FFFF;
    let score = u64::from(score).min(MASK);
    let shortness = u64::from(u16::MAX - name_len);
    let earliness = MASK - (u64::from(entry) & MASK);
    (score << 40) | (shortness << 24) | earliness
}

#[inline(always)]
fn from_rank_key(key: u64) -> (u32, u32) {
    const MASK: u64 = 0xFF_FFFF;
    ((key >> 40) as u32, (MASK - (key & MASK)) as u32)
}

/// How a reading of the query came about.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reading {
    /// As typed, or the same keys on another keyboard layout.
    AsTyped,
    /// Respelt from Russian spelling: ranked below what the query as typed
    /// finds equally well.
    Respelt,
}

impl Reading {
    fn weigh(self, score: u32) -> u32 {
        match self {
            Reading::AsTyped => score,
            Reading::Respelt => score * 4 / 5,
        }
    }
}

/// The ways to read a query: as typed, for Latin input also as Cyrillic
/// typed on the wrong layout, for Russian spelling also respelt.
fn query_readings(raw: &str) -> Vec<Vec<String>> {
    let mut readings = Vec::new();
    let (count, _) = query_readings_into(raw, &mut readings, &mut Default::default());
    readings.truncate(count);
    readings
}

/// As `query_readings`, into `readings` (reusing the room its words have;
/// `others` holds the keyboard-layout readings or the respellings, never
/// both: one needs Latin input, the other Cyrillic); returns how many
/// readings there are, and how many of them (at the front) read the query
/// as typed. Empty readings and repeats of the one before are left out.
fn query_readings_into(raw: &str, readings: &mut Vec<Vec<String>>, others: &mut [String; 2]) -> (usize, usize) {
    let layouts = keyboard_layout::cyrillic_readings_into(raw, others);
    let respellings = if layouts == 0 { russian_spelling::respellings_into(raw, others) } else { 0 };
    let mut count = 0;
    let mut as_typed = 0;
    for (n, text) in std::iter::once(raw).chain(others[..layouts + respellings].iter().map(String::as_str)).enumerate()
    {
        if readings.len() == count {
            readings.push(Vec::new());
        }
        normalize::words_into(text, &mut readings[count]);
        // Each reading scores at most this many words (nobody types more;
        // the scratch's stamps allow 63).
        readings[count].truncate(MAX_QUERY_WORDS);
        let repeat = count > 0 && readings[count] == readings[count - 1];
        if !readings[count].is_empty() && !repeat {
            count += 1;
            if n <= layouts {
                as_typed = count;
            }
        }
    }
    // One scratch lane each; there are at most three (as typed, and the
    // Ukrainian and Belarusian layouts or respellings).
    (count.min(scratch::LANES), as_typed.min(scratch::LANES))
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
    synonyms: synonyms::Synonyms,
    entries: Vec<Entry>,
    name_lens: Vec<u16>,
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
        let name_words = [&name.uk, &name.be, &name.en].map(|text| normalize::words(text));
        let name_terms =
            name_words.clone().map(|words| words.iter().map(|word| self.add_word(entry, word, NAME_WEIGHT)).collect());
        for words in &name_words {
            self.add_synonyms(entry, words, NAME_WEIGHT);
        }
        let mut name_forms: Vec<u32> = name_words
            .iter()
            .flatten()
            .flat_map(|word| [Some(word.clone()), transliteration::to_latin(word)])
            .flatten()
            .map(|form| self.term_numbers[&form])
            .collect();
        heap_sort::sort(&mut name_forms);
        name_forms.dedup();
        for text in texts {
            for part in text.all() {
                let words = normalize::words(part);
                for word in &words {
                    self.add_word(entry, word, TEXT_WEIGHT);
                }
                self.add_synonyms(entry, &words, TEXT_WEIGHT);
            }
        }
        let name_len = name.uk.len().min(usize::from(u16::MAX)) as u16;
        self.entries.push(Entry { kind, id: id.to_owned(), name_terms, name_forms: name_forms.into() });
        self.name_lens.push(name_len);
    }

    /// Indexes the synonyms of the phrases in one text of an entry.
    fn add_synonyms(&mut self, entry: u32, words: &[String], weight: u32) {
        let synonyms = std::mem::take(&mut self.synonyms);
        for word in synonyms.extra_words(words) {
            self.add_word(entry, word, weight);
        }
        self.synonyms = synonyms;
    }

    /// Indexes one word of an entry; returns the term number of the word itself.
    fn add_word(&mut self, entry: u32, word: &str, weight: u32) -> u32 {
        if !self.forms.contains_key(word) {
            let mut forms = vec![(word.to_owned(), true), (stem::stem(word).to_owned(), false)];
            if let Some(latin) = transliteration::to_latin(word) {
                forms.push((stem::stem(&latin).to_owned(), false));
                forms.push((latin, true));
            }
            let mut numbers: Vec<u32> = Vec::new();
            for (form, whole) in forms {
                let n = self.term_number(form);
                self.whole_word[n as usize] |= whole;
                numbers.push(n);
            }
            heap_sort::sort(&mut numbers);
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
        self.term_numbers[word]
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
        heap_sort::sort_by(&mut order, |a, b| self.terms[*a as usize].cmp(&self.terms[*b as usize]));
        let mut new_number = vec![0u32; order.len()];
        for (new, &old) in order.iter().enumerate() {
            new_number[old as usize] = new as u32;
        }
        let mut entries = self.entries;
        let name_lens = self.name_lens;
        for entry in &mut entries {
            for name in &mut entry.name_terms {
                name.iter_mut().for_each(|term| *term = new_number[*term as usize]);
            }
            entry.name_forms.iter_mut().for_each(|term| *term = new_number[*term as usize]);
            heap_sort::sort(&mut entry.name_forms);
        }
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
            // In rank order: names first, then shorter names, then catalogue order.
            heap_sort::sort_by_key(&mut list, |p| (std::cmp::Reverse(p.weight), name_lens[p.entry as usize], p.entry));
            name_postings.push(list.iter().filter(|p| p.weight == NAME_WEIGHT).count() as u32);
            whole_word.push(whole_by_old[old as usize]);
            postings.push(list.iter().map(|p| p.entry).collect());
        }
        let typos = typo_index::TypoIndex::build(&terms);
        let scratch = Mutex::new(Scratch::default());
        let mut name_starts: Vec<(u32, u32)> = entries
            .iter()
            .enumerate()
            .flat_map(|(n, e)| e.name_terms.iter().filter_map(move |name| Some((*name.first()?, n as u32))))
            .collect();
        // Sorted by term, and within a term shortest names first.
        heap_sort::sort_by_key(&mut name_starts, |&(term, entry)| (term, name_lens[entry as usize], entry));
        name_starts.dedup();
        let short_prefixes = short_prefixes::ShortPrefixes::build(
            name_starts.iter().map(|&(term, entry)| (terms[term as usize].as_str(), entry)),
            |entry| name_lens[entry as usize],
            SHORT_PREFIX_FIRST_WORD_CAP,
        );
        let mut one_word_names: Vec<(u32, u32)> = entries
            .iter()
            .enumerate()
            .flat_map(|(n, e)| e.name_terms.iter().filter(|name| name.len() == 1).map(move |name| (name[0], n as u32)))
            .collect();
        heap_sort::sort(&mut one_word_names);
        one_word_names.dedup();
        let name_postings_before = std::iter::once(0)
            .chain(name_postings.iter().scan(0u32, |sum, n| {
                *sum += n;
                Some(*sum)
            }))
            .collect();
        SearchIndex {
            entries,
            name_lens,
            scratch,
            terms,
            postings,
            name_postings,
            name_postings_before,
            whole_word,
            name_starts,
            short_prefixes,
            one_word_names,
            typos,
        }
    }
}
