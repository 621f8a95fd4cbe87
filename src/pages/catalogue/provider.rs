//! A provider (an authority): its name, country, and the services it provides.

use crate::catalogue_context::use_catalogue;
use crate::catalogue_context::with_catalogue;
use crate::components::document_title::use_document_title;
use crate::components::not_found_message::NotFoundMessage;
use crate::components::service_list::ServiceList;
use crate::i18n::use_i18n;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProviderPageProps {
    pub id: String,
}

#[function_component(ProviderPage)]
pub fn provider_page(props: &ProviderPageProps) -> Html {
    let i18n = use_i18n();
    let context = use_catalogue();
    let lang = i18n.lang;
    let provider = context.ready().and_then(|c| c.provider(&props.id));
    use_document_title(provider.map(|p| p.name.get(lang).to_owned()).unwrap_or_default());
    let id = props.id.clone();
    with_catalogue(&context, move |catalogue| {
        let Some(provider) = catalogue.provider(&id) else {
            return html! { <NotFoundMessage /> };
        };
        let services: Vec<_> = catalogue.services.iter().filter(|s| s.provider == id).cloned().collect();
        let country = if provider.country == "BY" { "country-by" } else { "country-ua" };
        html! {
            <div class="ep-page">
                <h1>{ provider.name.get(lang) }</h1>
                <p class="ep-note">{ i18n.t(country) }</p>
                <h2>{ i18n.t("provider-services") }</h2>
                <ServiceList {services} catalogue={catalogue.clone()} />
            </div>
        }
    })
}
