//! Edit distance with a ceiling: how many single-letter insertions,
//! deletions, substitutions or swaps of neighbours turn one word into the
//! other, or `None` when it is more than `max`.

/// Words up to this many letters are compared in arrays on the stack (the
/// typo search compares several candidates per keystroke); longer ones,
/// which no real query word is, on the heap.
const ON_STACK: usize = 48;

pub fn within(a: &str, b: &str, max: usize) -> Option<usize> {
    let (a_len, b_len) = (a.chars().count(), b.chars().count());
    if a_len.abs_diff(b_len) > max {
        return None;
    }
    if a_len <= ON_STACK && b_len <= ON_STACK {
        let (mut a_chars, mut b_chars) = (['\0'; ON_STACK], ['\0'; ON_STACK]);
        a_chars.iter_mut().zip(a.chars()).for_each(|(slot, c)| *slot = c);
        b_chars.iter_mut().zip(b.chars()).for_each(|(slot, c)| *slot = c);
        let mut rows = [[0u16; ON_STACK + 1]; 3];
        return alignment_distance(&a_chars[..a_len], &b_chars[..b_len], max, &mut rows);
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut rows = vec![vec![0u16; b.len() + 1]; 3];
    let [before, previous, current] = &mut rows[..] else { unreachable!("three rows") };
    alignment_distance(&a, &b, max, &mut [before, previous, current])
}

/// Optimal string alignment distance in three rows (the one before the
/// previous is for swaps), giving up once a whole row exceeds `max`.
fn alignment_distance<R: AsMut<[u16]>>(a: &[char], b: &[char], max: usize, rows: &mut [R; 3]) -> Option<usize> {
    let width = b.len() + 1;
    let [before, previous, current] = rows;
    let (mut before, mut previous, mut current) =
        (&mut before.as_mut()[..width], &mut previous.as_mut()[..width], &mut current.as_mut()[..width]);
    previous.iter_mut().enumerate().for_each(|(j, v)| *v = j as u16);
    for i in 1..=a.len() {
        current[0] = i as u16;
        let mut row_min = current[0];
        for j in 1..=b.len() {
            let cost = u16::from(a[i - 1] != b[j - 1]);
            let mut value = (previous[j] + 1).min(current[j - 1] + 1).min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                value = value.min(before[j - 2] + 1);
            }
            current[j] = value;
            row_min = row_min.min(value);
        }
        if usize::from(row_min) > max {
            return None;
        }
        // The rows move up by one: current becomes previous, previous before.
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    let distance = usize::from(previous[b.len()]);
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
        let long = "а".repeat(60);
        assert_eq!(within(&long, &format!("{long}б"), 1), Some(1), "beyond the stack arrays");
    }

    #[test]
    fn typo_allowance_grows_with_length() {
        assert_eq!(allowed_typos(4), 0);
        assert_eq!(allowed_typos(5), 1);
        assert_eq!(allowed_typos(9), 2);
    }
}
