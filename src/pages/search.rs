//! Search results for `?q=`: services whose name, in any of the three
//! languages, holds every word typed. (The forgiving search engine replaces
//! this matcher in its own issue.)

use crate::catalogue_context::use_catalogue;
use crate::components::document_title::use_document_title;
use crate::components::service_list::ServiceList;
use crate::i18n::use_i18n;
use crate::pages::with_catalogue;
use fluent::FluentValue;
use serde::{Deserialize, Serialize};
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    pub q: String,
}

#[function_component(SearchPage)]
pub fn search_page() -> Html {
    let i18n = use_i18n();
    let context = use_catalogue();
    let query = use_location()
        .and_then(|l| l.query::<SearchQuery>().ok())
        .unwrap_or_default()
        .q;
    use_document_title(i18n.t("search-title"));
    html! {
        <div class="ep-page">
            <h1>{ i18n.t("search-title") }</h1>
            { with_catalogue(&context, |catalogue| {
                if query.trim().is_empty() {
                    return html! { <p>{ i18n.t("search-empty-query") }</p> };
                }
                let services: Vec<_> = catalogue.find_services(&query).into_iter().cloned().collect();
                let count = i18n.t_args("search-count", &[
                    ("count", FluentValue::from(services.len())),
                    ("query", FluentValue::from(query.clone())),
                ]);
                html! {
                    <>
                        <p role="status">{ count }</p>
                        if services.is_empty() {
                            <p>{ i18n.t("search-nothing-found") }</p>
                        } else {
                            <ServiceList {services} catalogue={catalogue.clone()} />
                        }
                    </>
                }
            }) }
        </div>
    }
}
