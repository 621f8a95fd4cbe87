//! Native per-keystroke timing of the search engine over a catalogue file:
//!     cargo run --release -p portal-model --example keystrokes -- target/bench/synthetic-catalogue.json
//! (the browser benchmark is scripts/bench-search.sh; this one is for quick tuning).
mod bench_input;

use portal_search::SearchIndex;
use std::time::Instant;
fn main() {
    let catalogue = bench_input::catalogue();
    let t = Instant::now();
    let index = SearchIndex::from_catalogue(&catalogue);
    eprintln!("build {:?}, heap {} MB", t.elapsed(), index.heap_bytes() / 1048576);
    let typed = bench_input::typed_queries();
    // KEYSTROKES_REPEAT=N types everything N times more first (for profiling).
    let repeat: usize = std::env::var("KEYSTROKES_REPEAT").ok().and_then(|r| r.parse().ok()).unwrap_or(0);
    for _ in 0..repeat {
        for q in &typed {
            let chars: Vec<char> = q.chars().collect();
            for i in 1..=chars.len() {
                std::hint::black_box(index.search(&chars[..i].iter().collect::<String>(), 5));
            }
        }
    }
    // As the browser benchmark: everything typed five times, a keystroke's
    // time the mean of its five.
    const TYPINGS: usize = 5;
    let mut total = std::collections::BTreeMap::<(usize, usize), f64>::new();
    for _ in 0..TYPINGS {
        for (n, q) in typed.iter().enumerate() {
            let chars: Vec<char> = q.chars().collect();
            for i in 1..=chars.len() {
                let p: String = chars[..i].iter().collect();
                let t = Instant::now();
                std::hint::black_box(index.search(&p, 5));
                *total.entry((n, i)).or_default() += t.elapsed().as_secs_f64() * 1e6;
            }
        }
    }
    let mut all = Vec::new();
    let mut by_len = std::collections::BTreeMap::<usize, Vec<f64>>::new();
    for (&(n, i), &sum) in &total {
        let us = sum / TYPINGS as f64;
        all.push((us, typed[n].chars().take(i).collect::<String>()));
        by_len.entry(i.min(6)).or_default().push(us);
    }
    all.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap());
    eprintln!(
        "n={} p50={:.1}us p99={:.1}us max={:.1}us",
        all.len(),
        all[all.len() / 2].0,
        all[all.len() * 99 / 100].0,
        all.last().unwrap().0
    );
    for (l, v) in by_len {
        let mut v = v;
        v.sort_by(|a, b| a.partial_cmp(b).unwrap());
        eprintln!("len {l}: p50 {:.1} max {:.1}", v[v.len() / 2], v.last().unwrap());
    }
    for (us, p) in all.iter().rev().take(8) {
        eprintln!("{us:.0}us {p:?}");
    }
    if std::env::var("KEYSTROKES_MEDIAN").is_ok() {
        for (us, p) in &all[all.len() / 2 - 40..all.len() / 2 + 40] {
            eprintln!("  ~p50 {us:.1}us {p:?}");
        }
    }
    // KEYSTROKES_PROFILE=N repeats the middle half of keystrokes (each after
    // the one typed before it) N times: run under `perf record` to see what
    // the median keystroke spends its time on.
    if let Some(n) = std::env::var("KEYSTROKES_PROFILE").ok().and_then(|r| r.parse::<usize>().ok()) {
        let middle: std::collections::HashSet<&str> =
            all[all.len() / 4..all.len() * 3 / 4].iter().map(|(_, p)| p.as_str()).collect();
        for _ in 0..n {
            for q in &typed {
                let prefixes: Vec<&str> = q.char_indices().skip(1).map(|(i, _)| &q[..i]).chain([q.as_str()]).collect();
                for pair in prefixes.windows(2) {
                    if middle.contains(pair[0]) && middle.contains(pair[1]) {
                        std::hint::black_box(index.search(pair[0], 5));
                        std::hint::black_box(index.search(pair[1], 5));
                    }
                }
            }
        }
    }
    // KEYSTROKES_SHOW=1 lists every keystroke in typing order.
    if std::env::var("KEYSTROKES_SHOW").is_ok() {
        for q in &typed {
            let line: Vec<String> = q
                .char_indices()
                .skip(1)
                .map(|(i, _)| &q[..i])
                .chain([q.as_str()])
                .map(|p| {
                    let t = Instant::now();
                    std::hint::black_box(index.search(p, 5));
                    format!("{:.0}", t.elapsed().as_secs_f64() * 1e6)
                })
                .collect();
            eprintln!("{q:?}: {}", line.join(" "));
        }
    }
}
