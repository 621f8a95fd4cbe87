//! Names of services and providers in the interface language, for cabinet
//! pages that hold only ids (orders, drafts). While the catalogue is not
//! loaded, or for an id it lacks, the id itself is shown.

use crate::catalogue_context::CatalogueContext;
use portal_model::Lang;

pub fn service_name(catalogue: &CatalogueContext, lang: Lang, id: &str) -> String {
    catalogue
        .ready()
        .and_then(|c| c.services.iter().find(|s| s.id.as_str() == id))
        .map(|s| s.name.get(lang).to_owned())
        .unwrap_or_else(|| id.to_owned())
}

pub fn provider_name(catalogue: &CatalogueContext, lang: Lang, id: &str) -> String {
    catalogue.ready().and_then(|c| c.provider(id)).map(|p| p.name.get(lang).to_owned()).unwrap_or_else(|| id.to_owned())
}
