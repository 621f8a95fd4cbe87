//! The search aids shipped in `api/seed/search_aids.json` (synonyms,
//! abbreviations and old names; the most used services), served as part of
//! the catalogue: the SPA's search index applies them when it is built.
//! They are data, reviewed like the catalogue, not code.

use portal_model::{Catalogue, SearchAids};
use std::sync::OnceLock;

pub const SEARCH_AIDS_JSON: &str = include_str!("../../seed/search_aids.json");

/// The shipped aids, parsed once. The file is compiled in and checked by the
/// demo catalogue's tests; should it ever not parse, search goes on without it.
pub fn shipped() -> SearchAids {
    static AIDS: OnceLock<SearchAids> = OnceLock::new();
    AIDS.get_or_init(|| {
        serde_json::from_str(SEARCH_AIDS_JSON).unwrap_or_else(|error| {
            tracing::error!(%error, "api/seed/search_aids.json does not parse: search runs without synonyms");
            SearchAids::default()
        })
    })
    .clone()
}

/// What in the aids does not fit the catalogue: unknown services, empty
/// phrases, languages other than uk, be, en and ru (the Russian words
/// citizens of both countries type for official terms).
pub fn problems(aids: &SearchAids, catalogue: &Catalogue) -> Vec<String> {
    let mut problems = Vec::new();
    for id in &aids.most_used {
        if catalogue.service(id).is_none() {
            problems.push(format!("most used service {id} is not in the catalogue"));
        }
    }
    for synonym in &aids.synonyms {
        if !["uk", "be", "en", "ru"].contains(&synonym.lang.as_str()) {
            problems.push(format!("{:?}: language {}", synonym.means, synonym.lang));
        }
        if synonym.means.trim().is_empty()
            || synonym.also.is_empty()
            || synonym.also.iter().any(|a| a.trim().is_empty())
        {
            problems.push(format!("{:?}: an empty phrase", synonym.means));
        }
    }
    problems
}
