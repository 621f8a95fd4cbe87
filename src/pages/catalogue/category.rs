//! A category of one audience: its sub-categories, each with its services.

use crate::catalogue_context::use_catalogue;
use crate::catalogue_context::with_catalogue;
use crate::components::breadcrumbs::{Breadcrumbs, Crumb};
use crate::components::document_title::use_document_title;
use crate::components::not_found_message::NotFoundMessage;
use crate::components::service_list::ServiceList;
use crate::i18n::use_i18n;
use crate::routes::Route;
use portal_model::AudienceId;
use serde::{Deserialize, Serialize};
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

/// Filters of a category page, kept in its URL (`?online=true`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CategoryFilter {
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub online: bool,
}

#[derive(Properties, PartialEq)]
pub struct CategoryPageProps {
    pub audience: AudienceId,
    pub category: String,
}

#[function_component(CategoryPage)]
pub fn category_page(props: &CategoryPageProps) -> Html {
    let i18n = use_i18n();
    let context = use_catalogue();
    let lang = i18n.lang;
    let category = context.ready().and_then(|c| c.category(&props.category));
    use_document_title(category.map(|c| c.name.get(lang).to_owned()).unwrap_or_default());
    let filter = use_location().and_then(|l| l.query::<CategoryFilter>().ok()).unwrap_or_default();
    let navigator = use_navigator();
    let on_online = {
        let route = Route::Category { audience: props.audience, category: props.category.clone() };
        Callback::from(move |event: Event| {
            let online = event.target_unchecked_into::<HtmlInputElement>().checked();
            if let Some(navigator) = &navigator {
                let _ = navigator.replace_with_query(&route, &CategoryFilter { online });
            }
        })
    };
    let audience = props.audience;
    let category_id = props.category.clone();
    with_catalogue(&context, move |catalogue| {
        let Some(category) = catalogue.grid_for(audience).into_iter().find(|c| c.id == category_id) else {
            return html! { <NotFoundMessage /> };
        };
        let audience_name = catalogue.audience(audience).map(|a| a.name.get(lang).to_owned()).unwrap_or_default();
        let trail = vec![Crumb { label: audience_name, to: Route::home_of(audience) }];
        html! {
            <div class="ep-page">
                <Breadcrumbs {trail} />
                <h1>{ category.name.get(lang) }</h1>
                <label class="ep-check">
                    <input type="checkbox" checked={filter.online} onchange={on_online} />
                    { i18n.t("search-filter-online") }
                </label>
                { for category.subcategories.iter().map(|sub| {
                    let services: Vec<_> = catalogue.services_in(audience, &category.id)
                        .filter(|s| s.subcategory == sub.id && (!filter.online || s.online))
                        .cloned()
                        .collect();
                    if services.is_empty() {
                        return html! {};
                    }
                    html! {
                        <section aria-labelledby={format!("ep-sub-{}", sub.id)}>
                            <h2 id={format!("ep-sub-{}", sub.id)}>{ sub.name.get(lang) }</h2>
                            <ServiceList {services} catalogue={catalogue.clone()} />
                        </section>
                    }
                }) }
            </div>
        }
    })
}
