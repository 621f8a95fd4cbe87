//! Edit distance with a ceiling: how many single-letter insertions,
//! deletions, substitutions or swaps of neighbours turn one word into the
//! other, or `None` when it is more than `max`.

pub fn within(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    // Optimal string alignment distance, three rows.
    let width = b.len() + 1;
    let mut before: Vec<usize> = vec![0; width];
    let mut previous: Vec<usize> = (0..width).collect();
    let mut current: Vec<usize> = vec![0; width];
    for i in 1..=a.len() {
        current[0] = i;
        let mut row_min = current[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut value = (previous[j] + 1).min(current[j - 1] + 1).min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                value = value.min(before[j - 2] + 1);
            }
            current[j] = value;
            row_min = row_min.min(value);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    let distance = previous[b.len()];
    (distance <= max).then_some(distance)
}

/// The typos allowed in a word of this many letters: one from five letters,
/// two from nine.
pub fn allowed_typos(letters: usize) -> usize {
    match letters {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_edits_up_to_the_ceiling() {
        assert_eq!(within("видача", "видача", 1), Some(0));
        assert_eq!(within("видача", "видачя", 1), Some(1));
        assert_eq!(within("видача", "вдиача", 1), Some(1), "a swap is one edit");
        assert_eq!(within("видача", "вида", 1), None);
        assert_eq!(within("посвідчення", "посвідченя", 2), Some(1));
        assert_eq!(within("посвідчення", "посвитчення", 2), Some(2));
    }

    #[test]
    fn typo_allowance_grows_with_length() {
        assert_eq!(allowed_typos(4), 0);
        assert_eq!(allowed_typos(5), 1);
        assert_eq!(allowed_typos(9), 2);
    }
}
