//! The labelled queries of `tests/bench/queries.json` as regression cases:
//! every hand-written query finds what it expects in the top five, and the
//! derived ones keep their recall.

use portal_model::Catalogue;
use portal_search::{Kind, SearchIndex};
use serde::Deserialize;

#[derive(Deserialize)]
struct Labelled {
    group: String,
    query: String,
    expected: Vec<String>,
    hand_written: bool,
}

fn key(kind: Kind, id: &str) -> String {
    let kind = match kind {
        Kind::Service => "service",
        Kind::Provider => "provider",
        Kind::Centre => "centre",
    };
    format!("{kind}:{id}")
}

/// Rank (1-based) of the first expected entry in the top five.
fn rank(index: &SearchIndex, q: &Labelled) -> Option<usize> {
    index.search(&q.query, 5).iter().position(|hit| q.expected.contains(&key(hit.kind, &hit.id))).map(|i| i + 1)
}

#[test]
fn labelled_queries_find_what_they_expect() {
    let catalogue: Catalogue = serde_json::from_str(include_str!("../../../api/seed/catalogue.json")).unwrap();
    let queries: Vec<Labelled> = serde_json::from_str(include_str!("../../../tests/bench/queries.json")).unwrap();
    assert!(queries.len() >= 100);
    let index = SearchIndex::from_catalogue(&catalogue);
    let mut missed = Vec::new();
    let mut found = 0;
    for q in &queries {
        match rank(&index, q) {
            Some(_) => found += 1,
            None => missed.push(format!(
                "[{}{}] {:?} → {:?}",
                q.group,
                if q.hand_written { ", hand" } else { "" },
                q.query,
                index.search(&q.query, 3)
            )),
        }
    }
    let recall = found as f64 / queries.len() as f64;
    eprintln!("recall@5 = {recall:.3} ({found}/{}); missed:\n{}", queries.len(), missed.join("\n"));
    let hand_missed: Vec<_> = missed.iter().filter(|m| m.contains(", hand]")).collect();
    assert!(hand_missed.is_empty(), "hand-written queries missed: {hand_missed:#?}");
    assert!(recall >= 0.95, "recall@5 fell to {recall:.3}");
}
