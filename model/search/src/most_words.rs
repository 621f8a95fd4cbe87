//! When no entry matches every word of a query: the entries matching most
//! of them, so that one unknown, misspelt or chatty word («хочу», «швидко»)
//! never leaves the citizen with nothing. Ranked by how many words matched,
//! then by how well and where (a word in the name weighs three times one
//! in the description). Runs only when the exact search found nothing, so
//! it is written for clarity rather than for the keystroke budget.

use crate::{NAME_ONLY_PREFIX_LETTERS, NAME_WEIGHT, SearchIndex, TEXT_WEIGHT, from_rank_key, rank_key, typo_index};

/// Words that say nothing about a service in any of the languages people
/// type (normalised: no apostrophes, ў as у); they neither count nor score.
const STOP_WORDS: &[&str] = &[
    // Ukrainian
    "в",
    "у",
    "на",
    "про",
    "для",
    "з",
    "із",
    "зі",
    "та",
    "і",
    "й",
    "до",
    "від",
    "по",
    "як",
    "що",
    "це",
    "мені",
    "хочу",
    "треба",
    "потрібно",
    "можна",
    "де",
    "чи",
    "або",
    "мій",
    "моя",
    "моє",
    "мої",
    "свій",
    "свою",
    "після",
    "при",
    "без",
    "за",
    "під",
    "над",
    "через",
    "коли",
    "який",
    "яка",
    "яке",
    "які",
    "отримати",
    "зробити",
    "оформити",
    "швидко", // Belarusian
    "пра",
    "аб",
    "са",
    "ад",
    "па",
    "да",
    "як",
    "што",
    "мне",
    "трэба",
    "дзе",
    "ці",
    "хачу",
    "атрымаць",
    "зрабіць",
    "афарміць",
    "пасля",
    "пры",
    "без", // Russian
    "о",
    "об",
    "с",
    "со",
    "и",
    "от",
    "как",
    "что",
    "мне",
    "нужно",
    "надо",
    "хочу",
    "где",
    "или",
    "получить",
    "сделать",
    "оформить",
    "после", // English
    "the",
    "a",
    "an",
    "of",
    "for",
    "to",
    "in",
    "on",
    "and",
    "how",
    "my",
    "get",
    "i",
    "want",
    "do",
];

/// A matched word counts for more than any score a query's words can add
/// up to (32 words of at most 300 each).
const PER_WORD: u32 = 10_000;

pub(crate) fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.contains(&word)
}

/// Per-entry tallies of one reading, kept in arrays indexed by entry.
struct Tally {
    word_best: Vec<u32>,
    word_touched: Vec<u32>,
    words: Vec<u32>,
    score: Vec<u32>,
    touched: Vec<u32>,
}

impl SearchIndex {
    /// The best `limit` entries matching at least one telling word of some
    /// reading, into `found` as (entry, score), best first.
    pub(crate) fn most_words(
        &self,
        readings: &[Vec<String>],
        typing_last: bool,
        limit: usize,
        found: &mut Vec<(u32, u32)>,
    ) {
        let n = self.entries.len();
        let mut tally = Tally {
            word_best: vec![0; n],
            word_touched: Vec::new(),
            words: vec![0; n],
            score: vec![0; n],
            touched: Vec::new(),
        };
        let mut best = vec![0u32; n];
        let mut lookup = typo_index::Lookup::default();
        let mut candidates = Vec::new();
        for words in readings {
            for (i, word) in words.iter().enumerate().filter(|(_, w)| !is_stop_word(w)) {
                // Prefixes only for a word being typed that says enough.
                let prefixes = typing_last && i + 1 == words.len() && word.chars().count() > NAME_ONLY_PREFIX_LETTERS;
                self.candidates(word, prefixes, &mut lookup, &mut candidates);
                self.tally_word(&candidates, &mut tally);
            }
            for entry in tally.touched.drain(..) {
                let e = entry as usize;
                let key = tally.words[e] * PER_WORD + tally.score[e];
                best[e] = best[e].max(key);
                (tally.words[e], tally.score[e]) = (0, 0);
            }
        }
        let mut ranked: Vec<u64> =
            (0..n).filter(|&e| best[e] > 0).map(|e| rank_key(best[e], self.name_lens[e], e as u32)).collect();
        ranked.sort_unstable();
        ranked.reverse();
        found.extend(ranked.into_iter().take(limit).map(|key| {
            let (score, entry) = from_rank_key(key);
            (entry, score)
        }));
    }

    /// Adds one query word's best meeting per entry to the reading's tally.
    fn tally_word(&self, candidates: &[(u32, u32)], tally: &mut Tally) {
        for &(term, quality) in candidates {
            let postings = &self.postings[term as usize];
            let (in_names, in_texts) = postings.split_at(self.name_postings[term as usize] as usize);
            for (entries, weight) in [(in_names, NAME_WEIGHT), (in_texts, TEXT_WEIGHT)] {
                for &entry in entries {
                    let slot = &mut tally.word_best[entry as usize];
                    if *slot == 0 {
                        tally.word_touched.push(entry);
                    }
                    *slot = (*slot).max(quality * weight);
                }
            }
        }
        for entry in tally.word_touched.drain(..) {
            let e = entry as usize;
            if tally.words[e] == 0 {
                tally.touched.push(entry);
            }
            tally.words[e] += 1;
            tally.score[e] += std::mem::take(&mut tally.word_best[e]);
        }
    }
}
