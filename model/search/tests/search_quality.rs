//! The labelled queries of `tests/bench/queries.json` as regression cases.
//! Two sets: the original one (hand-written queries and queries derived from
//! catalogue names) and the everyday one (written from how people talk by
//! someone who had not seen the engine). Reports recall@5, MRR and the
//! zero-result rate of each (`-- --nocapture` prints them with the misses).

use portal_model::Catalogue;
use portal_search::{Kind, SearchIndex};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
struct Labelled {
    group: String,
    query: String,
    expected: Vec<String>,
    hand_written: bool,
    set: String,
}

fn key(kind: Kind, id: &str) -> String {
    let kind = match kind {
        Kind::Service => "service",
        Kind::Provider => "provider",
        Kind::Centre => "centre",
    };
    format!("{kind}:{id}")
}

#[derive(Default)]
struct Figures {
    queries: usize,
    found: usize,
    reciprocal: f64,
    empty: usize,
    missed: Vec<String>,
}

impl Figures {
    fn recall(&self) -> f64 {
        self.found as f64 / self.queries as f64
    }
}

fn measure<'a>(index: &SearchIndex, queries: impl Iterator<Item = &'a Labelled>) -> Figures {
    let mut f = Figures::default();
    for q in queries {
        let hits = index.search(&q.query, 5);
        f.queries += 1;
        f.empty += usize::from(hits.is_empty());
        match hits.iter().position(|hit| q.expected.contains(&key(hit.kind, &hit.id))) {
            Some(i) => {
                f.found += 1;
                f.reciprocal += 1.0 / (i + 1) as f64;
            }
            None => f.missed.push(format!(
                "[{}{}] {:?} → {:?}",
                q.group,
                if q.hand_written { ", hand" } else { "" },
                q.query,
                hits.iter().take(3).map(|h| key(h.kind, &h.id)).collect::<Vec<_>>()
            )),
        }
    }
    f
}

#[test]
fn labelled_queries_find_what_they_expect() {
    let mut catalogue: Catalogue = serde_json::from_str(include_str!("../../../api/seed/catalogue.json")).unwrap();
    catalogue.search_aids = serde_json::from_str(include_str!("../../../api/seed/search_aids.json")).unwrap();
    let queries: Vec<Labelled> = serde_json::from_str(include_str!("../../../tests/bench/queries.json")).unwrap();
    let index = SearchIndex::from_catalogue(&catalogue);
    let mut sets = BTreeMap::new();
    for set in ["original", "everyday", "held-out"] {
        let f = measure(&index, queries.iter().filter(|q| q.set == set));
        eprintln!(
            "{set}: {} queries, recall@5 {:.3}, MRR {:.3}, no result {:.1} %; missed:\n  {}",
            f.queries,
            f.recall(),
            f.reciprocal / f.queries as f64,
            f.empty as f64 * 100.0 / f.queries as f64,
            f.missed.join("\n  ")
        );
        sets.insert(set, f);
    }
    let by_group = queries.iter().filter(|q| q.set != "original").fold(BTreeMap::new(), |mut m, q| {
        let f: &mut (usize, usize) = m.entry(q.group.as_str()).or_default();
        f.0 += 1;
        f.1 += usize::from(!measure(&index, std::iter::once(q)).missed.is_empty());
        m
    });
    eprintln!("everyday and held-out misses by group (queries, missed): {by_group:?}");
    let original = &sets["original"];
    assert!(original.queries >= 100 && sets["everyday"].queries >= 60);
    let hand_missed: Vec<_> = original.missed.iter().filter(|m| m.contains(", hand]")).collect();
    assert!(hand_missed.is_empty(), "hand-written queries missed: {hand_missed:#?}");
    assert!(original.recall() >= 0.95, "recall@5 fell to {:.3}", original.recall());
    let everyday = &sets["everyday"];
    assert!(everyday.recall() >= 0.95, "everyday recall@5 fell to {:.3}", everyday.recall());
    // Never tuned on: a guard against getting worse, not a target.
    let held_out = &sets["held-out"];
    assert!(held_out.recall() >= 0.9, "held-out recall@5 fell to {:.3}", held_out.recall());
}
