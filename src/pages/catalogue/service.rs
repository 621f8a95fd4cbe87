//! A service: provider, description, who may apply, cost, term, documents
//! needed, and "order online" where the service allows it.

use crate::account_context::{AccountState, use_account};
use crate::catalogue_context::use_catalogue;
use crate::catalogue_context::with_catalogue;
use crate::components::breadcrumbs::{Breadcrumbs, Crumb};
use crate::components::document_title::use_document_title;
use crate::components::not_found_message::NotFoundMessage;
use crate::format;
use crate::i18n::use_i18n;
use crate::routes::Route;
use portal_model::{AudienceId, ServiceId};
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ServicePageProps {
    pub id: String,
}

#[function_component(ServicePage)]
pub fn service_page(props: &ServicePageProps) -> Html {
    let i18n = use_i18n();
    let context = use_catalogue();
    // Only a person known to be signed out is told to sign in.
    let account = use_account();
    let signed_out = matches!(account.state, AccountState::SignedOut);
    let lang = i18n.lang;
    let id = ServiceId::parse(&props.id).ok();
    let details = context.ready().zip(id.as_ref()).and_then(|(catalogue, id)| catalogue.details(id));
    use_document_title(details.as_ref().map(|d| d.service.name.get(lang).to_owned()).unwrap_or_default());

    with_catalogue(&context, move |catalogue| {
        let Some(details) = details else {
            return html! { <NotFoundMessage /> };
        };
        let service = &details.service;
        let audience = service.audiences.first().copied().unwrap_or(AudienceId::Citizens);
        let audience_name = catalogue.audience(audience).map(|a| a.name.get(lang).to_owned()).unwrap_or_default();
        let trail = vec![
            Crumb { label: audience_name, to: Route::home_of(audience) },
            Crumb {
                label: details.category.get(lang).to_owned(),
                to: Route::Category { audience, category: service.category.clone() },
            },
        ];
        html! {
            <article class="ep-page ep-service">
                <Breadcrumbs {trail} />
                <h1>{ service.name.get(lang) }</h1>
                <p class="ep-lead">{ service.description.get(lang) }</p>
                <dl class="ep-facts">
                    <dt>{ i18n.t("service-provider") }</dt>
                    <dd>{ details.provider.name.get(lang) }</dd>
                    <dt>{ i18n.t("service-applicants") }</dt>
                    <dd>
                        <ul>{ for details.applicant_groups.iter().map(|g| html! { <li>{ g.name.get(lang) }</li> }) }</ul>
                    </dd>
                    <dt>{ i18n.t("service-cost") }</dt>
                    <dd>{ format::cost(&i18n, &service.cost) }</dd>
                    <dt>{ i18n.t("service-term") }</dt>
                    <dd>{ format::term(&i18n, &service.term) }</dd>
                    <dt>{ i18n.t("service-availability") }</dt>
                    <dd>{ i18n.t(if service.online { "service-online" } else { "service-offline" }) }</dd>
                </dl>
                <h2>{ i18n.t("service-documents") }</h2>
                <ol class="ep-documents">
                    { for details.documents.iter().map(|d| html! { <li>{ d.name.get(lang) }</li> }) }
                </ol>
                if service.online {
                    <p>
                        <Link<Route> to={Route::Apply { id: service.id.as_str().to_owned() }} classes="ep-button ep-button-primary">
                            { i18n.t("service-order-online") }
                        </Link<Route>>
                    </p>
                    if signed_out {
                        <p class="ep-note">{ i18n.t("service-order-needs-sign-in") }</p>
                    }
                } else {
                    <p class="ep-note">{ i18n.t("service-offline-explained") }</p>
                }
            </article>
        }
    })
}
