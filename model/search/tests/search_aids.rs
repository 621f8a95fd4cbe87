//! The synonyms of `api/seed/search_aids.json` against the catalogue: each
//! phrase they explain occurs in some entry (a synonym for nothing would be
//! dead data), and each of its words finds the entries that say it.

use portal_model::{Catalogue, SearchAids};
use portal_search::SearchIndex;
use portal_search::normalize::words;
use portal_search::stem::stem;

fn stems(text: &str) -> Vec<String> {
    words(text).iter().map(|w| stem(w).to_owned()).collect()
}

#[test]
fn every_synonym_explains_a_phrase_of_the_catalogue_and_finds_it() {
    let mut catalogue: Catalogue = serde_json::from_str(include_str!("../../../api/seed/catalogue.json")).unwrap();
    let aids: SearchAids = serde_json::from_str(include_str!("../../../api/seed/search_aids.json")).unwrap();
    catalogue.search_aids = aids.clone();
    let index = SearchIndex::from_catalogue(&catalogue);
    // Every text of every entry, as (id, stems).
    let mut texts: Vec<(String, Vec<String>)> = Vec::new();
    for s in &catalogue.services {
        for part in s.name.all().into_iter().chain(s.description.all()) {
            texts.push((s.id.to_string(), stems(part)));
        }
    }
    for p in &catalogue.providers {
        for part in p.name.all() {
            texts.push((p.id.clone(), stems(part)));
        }
    }
    for c in &catalogue.centres {
        for part in c.name.all() {
            texts.push((c.id.clone(), stems(part)));
        }
    }
    let mut problems = Vec::new();
    for synonym in &aids.synonyms {
        let means = stems(&synonym.means);
        let saying: Vec<&str> = texts
            .iter()
            .filter(|(_, text)| text.windows(means.len()).any(|w| w == &means[..]))
            .map(|(id, _)| id.as_str())
            .collect();
        if saying.is_empty() {
            problems.push(format!("{:?} occurs nowhere in the catalogue", synonym.means));
            continue;
        }
        for also in &synonym.also {
            let found = index.search(also, usize::MAX);
            if !found.iter().any(|hit| saying.contains(&hit.id.as_str())) {
                problems.push(format!("{also:?} does not find what says {:?}", synonym.means));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}
