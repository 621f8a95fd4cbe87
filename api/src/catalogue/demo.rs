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

/// Parses and checks the demo catalogue.
pub fn catalogue() -> Result<Catalogue, DemoError> {
    let catalogue: Catalogue = serde_json::from_str(DEMO_CATALOGUE_JSON)?;
    let problems = catalogue.check();
    if !problems.is_empty() {
        let list: Vec<String> = problems.into_iter().map(|p| p.0).collect();
        return Err(DemoError::Integrity(list.join("; ")));
    }
    Ok(catalogue)
}
