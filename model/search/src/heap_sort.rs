//! Heapsort for the index's build: the standard library's sorts are fast
//! but each use compiles to several KB of wasm (the SPA builds its index
//! in the browser, and every KB is first-load time), while this is a few
//! hundred bytes. Sorting at build is a small part of its time; the sorts
//! on the keystroke path keep the standard ones.
//!
//! Not stable: every caller sorts by a key that orders all elements that
//! are not equal.

use std::cmp::Ordering;

pub fn sort_by<T>(v: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let mut less = |a: &T, b: &T| compare(a, b) == Ordering::Less;
    let len = v.len();
    // Make a max-heap, then move its top to the end, one at a time.
    for node in (0..len / 2).rev() {
        sift_down(v, node, len, &mut less);
    }
    for end in (1..len).rev() {
        v.swap(0, end);
        sift_down(v, 0, end, &mut less);
    }
}

fn sift_down<T>(v: &mut [T], mut node: usize, end: usize, less: &mut impl FnMut(&T, &T) -> bool) {
    loop {
        let mut child = 2 * node + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && less(&v[child], &v[child + 1]) {
            child += 1;
        }
        if !less(&v[node], &v[child]) {
            return;
        }
        v.swap(node, child);
        node = child;
    }
}

pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    #[test]
    fn sorts_like_the_standard_library() {
        let mut seed = 12345u64;
        for len in [0, 1, 2, 3, 7, 64, 1000] {
            let mut v: Vec<u64> = (0..len)
                .map(|_| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    seed >> 50
                })
                .collect();
            let mut expected = v.clone();
            expected.sort();
            super::sort(&mut v);
            assert_eq!(v, expected);
        }
    }
}
