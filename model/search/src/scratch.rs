//! The per-query work space of the search index, allocated once: scoring a
//! keystroke touches arrays indexed by entry number, not hash maps. It also
//! keeps what the finished words of recent queries matched, because typing
//! "видача посвідчення" repeats "видача" on every keystroke.
//!
//! The SPA is built for size (opt-level "z"), which would leave the
//! per-posting calls below as calls; `#[inline(always)]` keeps the hot loops
//! as fast as a speed build (the search benchmark measures the difference).

/// Readings of one query (as typed, and on the other keyboard layouts)
/// each score in their own lane, so each keeps its finished words' matches
/// from one keystroke to the next.
pub(super) const LANES: usize = 3;

/// What one entry holds during a query; kept together so that scoring an
/// entry touches one cache line.
#[derive(Clone, Copy)]
struct Slot {
    /// Per lane, `stamp + i` when the entry matched the first `i` words of
    /// the lane's reading (stamps mean nothing needs clearing between queries).
    matched: [u32; LANES],
    /// Per lane, the running total over the finished words matched so far.
    total: [u32; LANES],
    /// Best score of the word being scored (0: not met).
    word: u32,
    /// Position in `best`, or `u32::MAX`.
    best_at: u32,
}

const EMPTY: Slot = Slot { matched: [0; LANES], total: [0; LANES], word: 0, best_at: u32::MAX };

/// Readings of a query get stamp ranges this wide (so at most this many words count).
const STAMP_RANGE: u32 = 64;

/// How many finished-word results are kept (one per reading of the last few
/// queries is plenty).
const FINISHED_WORDS_KEPT: usize = 6;

/// The entries matching every one of some finished query words, in rank
/// order, with their totals.
struct FinishedWords {
    words: Vec<String>,
    entries: Vec<u32>,
    totals: Vec<u32>,
}

#[derive(Default)]
pub(super) struct Scratch {
    slots: Vec<Slot>,
    word_touched: Vec<u32>,
    /// Entries that matched every finished word so far (in rank order once
    /// all finished words are scored).
    pub(super) reading: Vec<u32>,
    /// The reading's matches with their scores, before title bonuses.
    pub(super) results: Vec<(u32, u32)>,
    /// Results over all readings of the query: (entry, best score).
    pub(super) best: Vec<(u32, u32)>,
    /// The lane of the current reading.
    lane: usize,
    stamps: [u32; LANES],
    finished: Vec<FinishedWords>,
    /// Per lane, the finished words whose matches the slots hold right now:
    /// the next keystroke with the same finished words starts from them at
    /// no cost.
    live: [Option<Vec<String>>; LANES],
    /// The indexed terms the word being scored meets (see `candidates`).
    pub(super) candidates: Vec<(u32, u32)>,
    pub(super) typo_lookup: super::typo_index::Lookup,
    /// The query's readings (see `query_readings_into`), kept for their room.
    pub(super) readings: Vec<Vec<String>>,
    pub(super) layouts: [String; 2],
    /// The query's words as terms, for title bonuses.
    pub(super) word_terms: Vec<u32>,
    /// Rank keys of `best`, for ordering the results.
    pub(super) ranked: Vec<u64>,
    /// Which remembered list `reading` holds right now (lent, not copied:
    /// it may be thousands of entries, on every keystroke).
    lent: Option<usize>,
}

impl Scratch {
    pub(super) fn begin_query(&mut self, entries: usize) {
        if self.slots.len() != entries {
            *self = Scratch { slots: vec![EMPTY; entries], ..Scratch::default() };
        }
        for (entry, _) in self.best.drain(..) {
            self.slots[entry as usize].best_at = u32::MAX;
        }
    }

    /// Starts a reading whose first words `finished` will not change as the
    /// user types on; returns how many of them are already scored (from the
    /// previous keystroke, or restored from an earlier one).
    pub(super) fn begin_reading(&mut self, lane: usize, finished: &[String]) -> usize {
        self.give_back();
        self.results.clear();
        self.lane = lane;
        let live = !finished.is_empty() && self.live[lane].as_deref() == Some(finished);
        if let Some(k) = self.finished.iter().position(|f| f.words == finished).filter(|_| live) {
            std::mem::swap(&mut self.reading, &mut self.finished[k].entries);
            self.lent = Some(k);
            return finished.len();
        }
        self.live[lane] = None;
        self.reading.clear();
        self.stamps[lane] = self.stamps[lane].wrapping_add(STAMP_RANGE);
        if self.stamps[lane] == 0 {
            self.slots.iter_mut().for_each(|slot| slot.matched[lane] = 0);
            self.stamps[lane] = STAMP_RANGE;
        }
        let stamp = self.stamps[lane];
        // The longest remembered run of these words.
        let known = self
            .finished
            .iter()
            .filter(|f| !f.words.is_empty() && finished.starts_with(&f.words))
            .max_by_key(|f| f.words.len());
        let Some(known) = known else { return 0 };
        let words = known.words.len();
        for (&entry, &total) in known.entries.iter().zip(&known.totals) {
            let slot = &mut self.slots[entry as usize];
            slot.total[lane] = total;
            slot.matched[lane] = stamp + words as u32;
        }
        self.reading.extend_from_slice(&known.entries);
        if words == finished.len() {
            self.live[lane] = Some(finished.to_vec());
        }
        words
    }

    /// Returns a lent list to the remembered ones.
    fn give_back(&mut self) {
        if let Some(k) = self.lent.take() {
            std::mem::swap(&mut self.reading, &mut self.finished[k].entries);
        }
    }

    /// The reading's entries and a way to read their totals, for sorting.
    pub(super) fn reading_and_totals(&mut self) -> (&mut [u32], impl Fn(u32) -> u32 + '_) {
        let (slots, lane) = (&self.slots, self.lane);
        (&mut self.reading[..], move |entry: u32| slots[entry as usize].total[lane])
    }

    /// Keeps what `words` (all the finished words, just scored, the reading
    /// in rank order) matched; the slots now hold them.
    pub(super) fn remember(&mut self, words: &[String]) {
        // Only a reading that scored its finished words itself remembers
        // them, and such a reading never borrowed a list.
        debug_assert!(self.lent.is_none());
        self.live[self.lane] = Some(words.to_vec());
        if self.finished.iter().any(|f| f.words == words) {
            return;
        }
        if self.finished.len() == FINISHED_WORDS_KEPT {
            self.finished.remove(0);
        }
        let totals = self.reading.iter().map(|&entry| self.slots[entry as usize].total[self.lane]).collect();
        self.finished.push(FinishedWords { words: words.to_vec(), entries: self.reading.clone(), totals });
    }

    pub(super) fn forget_finished_words(&mut self) {
        self.give_back();
        self.finished.clear();
        self.live = Default::default();
    }

    pub(super) fn begin_word(&mut self) {
        self.word_touched.clear();
    }

    /// Whether `entry` matched words 0..i of this reading.
    #[inline(always)]
    pub(super) fn matched_all(&self, entry: u32, i: usize) -> bool {
        self.slots[entry as usize].matched[self.lane] == self.stamps[self.lane] + i as u32
    }

    #[inline(always)]
    pub(super) fn offer(&mut self, entry: u32, score: u32) {
        let slot = &mut self.slots[entry as usize].word;
        if *slot == 0 {
            self.word_touched.push(entry);
        }
        *slot = (*slot).max(score);
    }

    /// Folds a finished word's scores into the running totals.
    pub(super) fn end_finished_word(&mut self, i: usize) {
        self.reading.clear();
        let (lane, stamp) = (self.lane, self.stamps[self.lane]);
        for &entry in &self.word_touched {
            let slot = &mut self.slots[entry as usize];
            let score = std::mem::take(&mut slot.word);
            slot.total[lane] = if i == 0 { score } else { slot.total[lane] + score };
            slot.matched[lane] = stamp + i as u32 + 1;
            self.reading.push(entry);
        }
    }

    /// Scores the word being typed into `results`, leaving the finished
    /// words' totals as they are for the next keystroke.
    pub(super) fn end_word_being_typed(&mut self, i: usize) {
        for &entry in &self.word_touched {
            let slot = &mut self.slots[entry as usize];
            let score = std::mem::take(&mut slot.word);
            let total = if i == 0 { score } else { slot.total[self.lane] + score };
            self.results.push((entry, total));
        }
    }

    /// When every word is finished, the results are the reading itself.
    pub(super) fn results_are_reading(&mut self) {
        let (slots, lane) = (&self.slots, self.lane);
        self.results.extend(self.reading.iter().map(|&entry| (entry, slots[entry as usize].total[lane])));
    }

    #[inline(always)]
    pub(super) fn keep_best(&mut self, entry: u32, score: u32) {
        let slot = &mut self.slots[entry as usize];
        match slot.best_at {
            u32::MAX => {
                slot.best_at = self.best.len() as u32;
                self.best.push((entry, score));
            }
            at => {
                let best = &mut self.best[at as usize].1;
                *best = (*best).max(score);
            }
        }
    }
}
