//! The demo catalogue shipped in `api/seed/catalogue.json`, compiled into the
//! binary so `--demo-data` works wherever the binary is copied.

use portal_model::Catalogue;

pub const DEMO_CATALOGUE_JSON: &str = include_str!("../../seed/catalogue.json");

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error("the demo catalogue is not valid JSON of the catalogue format: {0}")]
    Format(#[from] serde_json::Error),
    #[error("the demo catalogue has problems: {0}")]
    Integrity(String),
}

/// Parses and checks the demo catalogue, with the search aids shipped
/// beside it (as the catalogue is served).
pub fn catalogue() -> Result<Catalogue, DemoError> {
    let mut catalogue: Catalogue = serde_json::from_str(DEMO_CATALOGUE_JSON)?;
    catalogue.search_aids = super::search_aids::shipped();
    let mut problems = catalogue.check();
    problems.extend(
        super::search_aids::problems(&catalogue.search_aids, &catalogue)
            .into_iter()
            .map(portal_model::catalogue::CatalogueProblem),
    );
    if !problems.is_empty() {
        let list: Vec<String> = problems.into_iter().map(|p| p.0).collect();
        return Err(DemoError::Integrity(list.join("; ")));
    }
    Ok(catalogue)
}

#[cfg(test)]
mod tests {
    use super::catalogue;
    use crate::catalogue::search_aids::{SEARCH_AIDS_JSON, problems};
    use portal_model::SearchAids;

    #[test]
    fn the_shipped_search_aids_parse_and_fit_the_demo_catalogue() {
        let aids: SearchAids = serde_json::from_str(SEARCH_AIDS_JSON).expect("search_aids.json parses");
        let catalogue = catalogue().expect("the demo catalogue");
        assert_eq!(problems(&aids, &catalogue), Vec::<String>::new());
        assert!(aids.most_used.len() >= 6);
        for lang in ["uk", "be", "en"] {
            assert!(aids.synonyms.iter().filter(|s| s.lang == lang).count() >= 5, "{lang}");
        }
    }
}
