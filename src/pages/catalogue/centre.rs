//! An administrative service centre: address and opening hours.

use crate::catalogue_context::use_catalogue;
use crate::catalogue_context::with_catalogue;
use crate::components::document_title::use_document_title;
use crate::components::not_found_message::NotFoundMessage;
use crate::format;
use crate::i18n::use_i18n;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CentrePageProps {
    pub id: String,
}

#[function_component(CentrePage)]
pub fn centre_page(props: &CentrePageProps) -> Html {
    let i18n = use_i18n();
    let context = use_catalogue();
    let lang = i18n.lang;
    let centre = context.ready().and_then(|c| c.centre(&props.id));
    use_document_title(centre.map(|c| c.name.get(lang).to_owned()).unwrap_or_default());
    let id = props.id.clone();
    with_catalogue(&context, move |catalogue| {
        let Some(centre) = catalogue.centre(&id) else {
            return html! { <NotFoundMessage /> };
        };
        html! {
            <article class="ep-page">
                <h1>{ centre.name.get(lang) }</h1>
                <dl class="ep-facts">
                    <dt>{ i18n.t("centre-address") }</dt>
                    <dd>{ centre.address.get(lang) }{ ", " }{ centre.city.get(lang) }</dd>
                    <dt>{ i18n.t("centre-hours") }</dt>
                    <dd>
                        <ul>
                            { for centre.hours.iter().map(|h| html! { <li>{ format::opening_hours(&i18n, h) }</li> }) }
                        </ul>
                        <p class="ep-note">{ i18n.t("centre-closed-other-days") }</p>
                    </dd>
                </dl>
            </article>
        }
    })
}
