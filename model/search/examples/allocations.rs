//! Heap allocations per keystroke of the search engine's `search_entries`
//! (what the benchmark calls; `search` adds the hits it returns). Each costs
//! more in wasm than natively, and the hot path is meant to make almost none:
//!     cargo run --release -p portal-model --example allocations -- target/bench/synthetic-catalogue.json
mod bench_input;

use portal_search::SearchIndex;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
/// The system allocator, counting allocations.
struct Counting;
static N: AtomicUsize = AtomicUsize::new(0);
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        N.fetch_add(1, Ordering::Relaxed);
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, s: usize) -> *mut u8 {
        N.fetch_add(1, Ordering::Relaxed);
        unsafe { System.realloc(p, l, s) }
    }
}
#[global_allocator]
static A: Counting = Counting;
fn main() {
    let catalogue = bench_input::catalogue();
    let index = SearchIndex::from_catalogue(&catalogue);
    let typed = bench_input::typed_queries();
    let mut counts = Vec::new();
    let mut found = Vec::new();
    // Typed twice: the second time is counted (what was cached is warm).
    for _ in 0..2 {
        counts.clear();
        for q in &typed {
            let prefixes: Vec<&str> = q.char_indices().skip(1).map(|(i, _)| &q[..i]).chain([q.as_str()]).collect();
            for p in prefixes {
                let before = N.load(Ordering::Relaxed);
                index.search_entries(p, 5, &mut found);
                std::hint::black_box(&found);
                counts.push((N.load(Ordering::Relaxed) - before, p.to_owned()));
            }
        }
    }
    let mut c: Vec<usize> = counts.iter().map(|c| c.0).collect();
    c.sort();
    eprintln!(
        "allocs per keystroke: p50 {} p90 {} max {} mean {:.1}",
        c[c.len() / 2],
        c[c.len() * 9 / 10],
        c[c.len() - 1],
        c.iter().sum::<usize>() as f64 / c.len() as f64
    );
    for (n, p) in counts.iter().step_by(40) {
        eprintln!("{n} {p:?}");
    }
}
