//! The answer to a first word of one or two letters, prepared when the
//! index is built: for each such prefix of the names' first words, the
//! entries whose name starts with it, shortest names first. Typing the
//! first letter of a query is the commonest keystroke, and it would
//! otherwise gather hundreds of entries only to rank them by length.

/// A prefix of one or two letters as one number: the letters' code points.
fn key(prefix: &str) -> Option<u64> {
    let mut letters = prefix.chars();
    let first = letters.next()?;
    let second = letters.next().map_or(0, u64::from);
    letters.next().is_none().then_some((u64::from(first) << 32) | second)
}

pub(super) struct ShortPrefixes {
    /// (prefix key, where its entries start in `entries`), sorted by key;
    /// a last item marks the end.
    starts: Vec<(u64, u32)>,
    entries: Vec<u32>,
}

impl ShortPrefixes {
    /// From (first word of a name, entry) pairs; `name_len` ranks entries
    /// of one prefix (then their number); each prefix keeps at most `cap`.
    pub(super) fn build<'a>(
        first_words: impl Iterator<Item = (&'a str, u32)>,
        name_len: impl Fn(u32) -> u16,
        cap: usize,
    ) -> ShortPrefixes {
        let mut pairs: Vec<(u64, u16, u32)> = Vec::new();
        for (word, entry) in first_words {
            let mut ends = word.char_indices().map(|(i, _)| i).skip(1).chain([word.len()]);
            for end in [ends.next(), ends.next()].into_iter().flatten() {
                if let Some(key) = key(&word[..end]) {
                    pairs.push((key, name_len(entry), entry));
                }
            }
        }
        crate::heap_sort::sort(&mut pairs);
        pairs.dedup();
        let mut starts = Vec::new();
        let mut entries = Vec::new();
        for group in pairs.chunk_by(|a, b| a.0 == b.0) {
            starts.push((group[0].0, entries.len() as u32));
            entries.extend(group.iter().take(cap).map(|&(_, _, entry)| entry));
        }
        starts.push((u64::MAX, entries.len() as u32));
        starts.shrink_to_fit();
        entries.shrink_to_fit();
        ShortPrefixes { starts, entries }
    }

    /// The entries whose name starts with `prefix`, best first (empty for
    /// an unknown prefix or one longer than two letters).
    pub(super) fn entries(&self, prefix: &str) -> &[u32] {
        let Some(key) = key(prefix) else { return &[] };
        match self.starts.binary_search_by_key(&key, |&(k, _)| k) {
            Ok(n) if n + 1 < self.starts.len() => {
                &self.entries[self.starts[n].1 as usize..self.starts[n + 1].1 as usize]
            }
            _ => &[],
        }
    }

    pub(super) fn heap_bytes(&self) -> usize {
        self.starts.capacity() * std::mem::size_of::<(u64, u32)>() + self.entries.capacity() * 4
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortest_names_first_per_prefix() {
        let words = [("видача", 0), ("виплата", 1), ("видача", 2), ("в", 3), ("реєстрація", 4)];
        let lengths = [30, 10, 20, 50, 5];
        let index = ShortPrefixes::build(words.into_iter(), |e| lengths[e as usize], 2);
        assert_eq!(index.entries("в"), [1, 2], "shortest two of four");
        assert_eq!(index.entries("ви"), [1, 2]);
        assert_eq!(index.entries("р"), [4]);
        assert_eq!(index.entries("ре"), [4]);
        assert!(index.entries("вид").is_empty(), "only one or two letters");
        assert!(index.entries("x").is_empty());
        assert!(index.entries("").is_empty());
    }
}
