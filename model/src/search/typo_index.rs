//! Finding indexed words within one or two typos of a query word without
//! comparing it to every word: the deletion neighbourhood (as in SymSpell).
//! Two words are within `d` edits only if some word made by deleting up to
//! `d` letters from one equals some word made by deleting up to `d` letters
//! from the other; so the index keeps the deletions of every word, and a
//! query looks up its own deletions, then checks the few candidates with
//! the real distance.

use super::distance;

pub struct TypoIndex {
    /// (hash of a deletion variant, term number), sorted.
    entries: Vec<(u64, u32)>,
    /// Where the entries whose hash starts with each 16-bit value begin (and
    /// one more for the end): a lookup searches one small bucket, not the
    /// whole array, which saves a dozen cache misses per variant.
    buckets: Vec<u32>,
}

const BUCKET_BITS: u32 = 16;

fn bucket(hash: u64) -> usize {
    (hash >> (64 - BUCKET_BITS)) as usize
}

/// FNV-1a over the letters: a deletion variant's key. Cheap (queries hash
/// dozens of variants per keystroke) and the same on every platform, so
/// the index never depends on a random seed.
fn hash(chars: &[char]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &c in chars {
        for byte in (c as u32).to_le_bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

/// Every word made by deleting up to `max` letters (the word itself included).
fn deletions(word: &[char], max: usize, out: &mut Vec<u64>) {
    out.push(hash(word));
    if max == 0 || word.len() <= 1 {
        return;
    }
    let mut shorter = Vec::with_capacity(word.len() - 1);
    for i in 0..word.len() {
        // Deleting either of two equal neighbours gives the same word.
        if i > 0 && word[i] == word[i - 1] {
            continue;
        }
        shorter.clear();
        shorter.extend_from_slice(&word[..i]);
        shorter.extend_from_slice(&word[i + 1..]);
        deletions(&shorter, max - 1, out);
    }
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
            deletions(&chars, max, &mut variants);
            variants.sort_unstable();
            variants.dedup();
            entries.extend(variants.iter().map(|v| (*v, number as u32)));
        }
        entries.sort_unstable();
        entries.dedup();
        entries.shrink_to_fit();
        let mut buckets = vec![0u32; (1 << BUCKET_BITS) + 1];
        for (hash, _) in &entries {
            buckets[bucket(*hash) + 1] += 1;
        }
        for i in 1..buckets.len() {
            buckets[i] += buckets[i - 1];
        }
        TypoIndex { entries, buckets }
    }

    /// Term numbers within `max` edits of `word`, with their distance (1 or 2).
    pub fn near(&self, word: &str, max: usize, terms: &[String]) -> Vec<(u32, usize)> {
        if max == 0 {
            return Vec::new();
        }
        let chars: Vec<char> = word.chars().collect();
        let mut variants = Vec::new();
        deletions(&chars, max, &mut variants);
        variants.sort_unstable();
        variants.dedup();
        let mut candidates: Vec<u32> = Vec::new();
        for variant in variants {
            let b = bucket(variant);
            let in_bucket = &self.entries[self.buckets[b] as usize..self.buckets[b + 1] as usize];
            let start = in_bucket.partition_point(|e| e.0 < variant);
            candidates.extend(in_bucket[start..].iter().take_while(|e| e.0 == variant).map(|e| e.1));
        }
        candidates.sort_unstable();
        candidates.dedup();
        candidates
            .into_iter()
            .filter_map(|term| {
                distance::within(word, &terms[term as usize], max)
                    .filter(|d| *d > 0)
                    .map(|d| (term, d))
            })
            .collect()
    }

    /// The number of `word` among `terms`, if it is one of at least four
    /// letters: its own hash is one of its variants, so a bucket lookup
    /// finds it without a binary search over strings.
    pub fn exact(&self, word: &str, terms: &[String]) -> Option<u32> {
        let chars: Vec<char> = word.chars().collect();
        if chars.len() < 4 {
            return None;
        }
        let wanted = hash(&chars);
        let b = bucket(wanted);
        let in_bucket = &self.entries[self.buckets[b] as usize..self.buckets[b + 1] as usize];
        let start = in_bucket.partition_point(|e| e.0 < wanted);
        in_bucket[start..].iter().take_while(|e| e.0 == wanted).map(|e| e.1).find(|&t| terms[t as usize] == word)
    }

    /// Bytes the index holds (for the benchmark's memory figures).
    pub fn heap_bytes(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<(u64, u32)>() + self.buckets.capacity() * 4
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
            index.near(w, max, &t).into_iter().map(|(n, _)| t[n as usize].clone()).collect()
        };
        assert_eq!(find("видачя", 1), ["видача"]);
        assert_eq!(find("вдиача", 1), ["видача"], "swapped neighbours");
        assert_eq!(find("посвитчення", 2), ["посвідчення"], "two substitutions");
        assert_eq!(find("посвідчееня", 2), ["посвідчення"]);
        assert!(find("ліцензія", 1).is_empty(), "an exact word is not a typo");
        assert!(find("зовсім", 1).is_empty());
    }
}
