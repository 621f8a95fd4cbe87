//! Finding indexed words within one or two typos of a query word without
//! comparing it to every word: the deletion neighbourhood (as in SymSpell).
//! Two words are within `d` edits only if some word made by deleting up to
//! `d` letters from one equals some word made by deleting up to `d` letters
//! from the other; so the index keeps the deletions of every word, and a
//! query looks up its own deletions, then checks the few candidates with
//! the real distance.

use super::distance;

pub struct TypoIndex {
    /// (the 32 hash bits after the bucket's, term number) of every deletion
    /// variant, sorted: half the size of whole 64-bit hashes, and the bits
    /// kept still tell nearly all variants apart (a rare false match is
    /// dropped by the distance check or the exact comparison).
    entries: Vec<(u32, u32)>,
    /// Where the entries whose hash starts with each `BUCKET_BITS`-bit
    /// value begin (and one more for the end): a lookup searches a bucket
    /// of a few entries, a cache line or two, not the whole array.
    buckets: Vec<u32>,
}

const BUCKET_BITS: u32 = 18;

fn bucket(hash: u64) -> usize {
    (hash >> (64 - BUCKET_BITS)) as usize
}

/// The hash bits an entry keeps, after the bucket's.
fn kept_bits(hash: u64) -> u32 {
    (hash >> (64 - BUCKET_BITS - 32)) as u32
}

/// Words longer than this many letters are indexed and looked up whole
/// only (a deletion is a bit in a 64-bit mask; no real word is that long).
const MAX_LETTERS: usize = 64;

/// A word's key in the index: FNV-1a over its letters (a letter at a time,
/// not a byte), then a final mix that carries the last letters into the
/// high bits the buckets use. Cheap (a long query word hashes a hundred
/// deletion variants per keystroke) and the same on every platform, so the
/// index never depends on a random seed.
fn hash_letters(letters: impl Iterator<Item = char>) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for c in letters {
        hash = (hash ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3);
    }
    hash ^= hash >> 29;
    hash = hash.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    hash ^ (hash >> 32)
}

/// The key of `chars` without the letters in `deleted` (a bit per
/// position): a deletion variant's, computed without building the variant.
fn hash(chars: &[char], deleted: u64) -> u64 {
    hash_letters(chars.iter().enumerate().filter(|(i, _)| deleted & (1 << i) == 0).map(|(_, &c)| c))
}

/// Every word made by deleting up to `max` letters (the word itself
/// included), as hashes: each set of deleted positions once, in increasing
/// order from `from`.
fn deletions(word: &[char], deleted: u64, from: usize, max: usize, out: &mut Vec<u64>) {
    out.push(hash(word, deleted));
    if max == 0 || word.len() > MAX_LETTERS || word.len() - (deleted.count_ones() as usize) <= 1 {
        return;
    }
    for i in from..word.len() {
        // Deleting either of two equal neighbours gives the same word: the
        // other one's set of positions makes it.
        if i > 0 && word[i] == word[i - 1] && deleted & (1 << (i - 1)) == 0 {
            continue;
        }
        deletions(word, deleted | (1 << i), i + 1, max - 1, out);
    }
}

/// Buffers a typo lookup fills, kept by the caller between keystrokes so
/// that a lookup allocates nothing.
#[derive(Default)]
pub struct Lookup {
    chars: Vec<char>,
    variants: Vec<u64>,
    candidates: Vec<u32>,
}

impl TypoIndex {
    /// Indexes `terms` (term number = position) for typo search. Words
    /// shorter than four letters never take part in typo matching.
    pub fn build(terms: &[String]) -> TypoIndex {
        let mut entries = Vec::new();
        let mut variants = Vec::new();
        for (number, term) in terms.iter().enumerate() {
            let chars: Vec<char> = term.chars().collect();
            if chars.len() < 4 {
                continue;
            }
            // The most typos any query that could reach this word allows.
            let max = distance::allowed_typos(chars.len() + 2);
            variants.clear();
            deletions(&chars, 0, 0, max, &mut variants);
            crate::heap_sort::sort(&mut variants);
            variants.dedup();
            entries.extend(variants.iter().map(|v| (*v, number as u32)));
        }
        crate::heap_sort::sort(&mut entries);
        entries.dedup();
        let mut buckets = vec![0u32; (1 << BUCKET_BITS) + 1];
        for (hash, _) in &entries {
            buckets[bucket(*hash) + 1] += 1;
        }
        for i in 1..buckets.len() {
            buckets[i] += buckets[i - 1];
        }
        let entries = entries.into_iter().map(|(hash, term)| (kept_bits(hash), term)).collect();
        TypoIndex { entries, buckets }
    }

    /// Term numbers within `max` edits of `word`, with their distance (1 or
    /// 2), passed to `found`.
    pub fn near(
        &self,
        word: &str,
        max: usize,
        terms: &[String],
        lookup: &mut Lookup,
        mut found: impl FnMut(u32, usize),
    ) {
        if max == 0 {
            return;
        }
        let Lookup { chars, variants, candidates } = lookup;
        chars.clear();
        chars.extend(word.chars());
        variants.clear();
        deletions(chars, 0, 0, max, variants);
        variants.sort_unstable();
        variants.dedup();
        candidates.clear();
        for &variant in variants.iter() {
            candidates.extend(self.with_hash(variant));
        }
        candidates.sort_unstable();
        candidates.dedup();
        for &term in candidates.iter() {
            if let Some(typos) = distance::within(word, &terms[term as usize], max).filter(|d| *d > 0) {
                found(term, typos);
            }
        }
    }

    /// The terms one of whose variants has this hash.
    fn with_hash(&self, wanted: u64) -> impl Iterator<Item = u32> + '_ {
        let b = bucket(wanted);
        let in_bucket = &self.entries[self.buckets[b] as usize..self.buckets[b + 1] as usize];
        let wanted = kept_bits(wanted);
        let start = in_bucket.partition_point(|e| e.0 < wanted);
        in_bucket[start..].iter().take_while(move |e| e.0 == wanted).map(|e| e.1)
    }

    /// The number of `word` among `terms`, if it is one of at least four
    /// letters: its own hash is one of its variants, so a bucket lookup
    /// finds it without a binary search over strings.
    pub fn exact(&self, word: &str, terms: &[String]) -> Option<u32> {
        word.chars().nth(3)?;
        let hash = hash_letters(word.chars());
        self.with_hash(hash).find(|&t| terms[t as usize] == word)
    }

    /// Bytes the index holds (for the benchmark's memory figures).
    pub fn heap_bytes(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<(u32, u32)>() + self.buckets.capacity() * 4
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(words: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        v.sort();
        v
    }

    #[test]
    fn finds_one_and_two_typos() {
        let t = terms(&["видача", "посвідчення", "ліцензія", "водія"]);
        let index = TypoIndex::build(&t);
        let find = |w: &str, max| -> Vec<String> {
            let mut found = Vec::new();
            index.near(w, max, &t, &mut Lookup::default(), |n, _| found.push(t[n as usize].clone()));
            found
        };
        assert_eq!(find("видачя", 1), ["видача"]);
        assert_eq!(find("вдиача", 1), ["видача"], "swapped neighbours");
        assert_eq!(find("посвитчення", 2), ["посвідчення"], "two substitutions");
        assert_eq!(find("посвідчееня", 2), ["посвідчення"]);
        assert!(find("ліцензія", 1).is_empty(), "an exact word is not a typo");
        assert!(find("зовсім", 1).is_empty());
        assert_eq!(find("ввидача", 1), ["видача"], "a doubled letter");
    }

    /// Deleting positions by mask gives the same variants as building the
    /// shorter words.
    #[test]
    fn deletion_hashes_are_the_shorter_words_hashes() {
        let word: Vec<char> = "аабвв".chars().collect();
        let mut masked = Vec::new();
        deletions(&word, 0, 0, 2, &mut masked);
        crate::heap_sort::sort(&mut masked);
        masked.dedup();
        let mut built: Vec<u64> = Vec::new();
        for a in 0..=word.len() {
            for b in a..=word.len() {
                let shorter: Vec<char> =
                    word.iter().enumerate().filter(|(i, _)| *i != a && *i != b).map(|(_, c)| *c).collect();
                built.push(hash(&shorter, 0));
            }
        }
        crate::heap_sort::sort(&mut built);
        built.dedup();
        assert_eq!(masked, built);
    }
}
