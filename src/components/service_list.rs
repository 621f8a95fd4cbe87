//! A list of services: name (a link), provider, and whether it can be
//! ordered online, said in words and not by colour alone.

use crate::i18n::use_i18n;
use crate::routes::Route;
use crate::theme::use_theme;
use portal_model::{Catalogue, Service};
use stylist::yew::styled_component;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ServiceListProps {
    pub services: Vec<Service>,
    pub catalogue: std::rc::Rc<Catalogue>,
}

#[styled_component(ServiceList)]
pub fn service_list(props: &ServiceListProps) -> Html {
    let i18n = use_i18n();
    let theme = use_theme();
    let list = css!(
        r#"
        list-style: none; padding: 0; margin: 0 0 1.5rem;
        > li { padding: ${pad} 0; border-bottom: 1px solid ${border}; }
        .ep-service-name { font-size: ${h3}; font-weight: 600; }
        .ep-service-meta { color: ${muted}; margin: 0.25rem 0 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
        "#,
        pad = theme.space[2],
        border = theme.colors.border,
        h3 = theme.font_size[2],
        muted = theme.colors.muted_text,
    );
    let lang = i18n.lang;
    html! {
        <ul class={list}>
            { for props.services.iter().map(|service| {
                let provider = props.catalogue.provider(&service.provider)
                    .map(|p| p.name.get(lang).to_owned())
                    .unwrap_or_default();
                html! {
                    <li>
                        <Link<Route> to={Route::Service { id: service.id.to_string() }} classes="ep-service-name">
                            { service.name.get(lang) }
                        </Link<Route>>
                        <p class="ep-service-meta">
                            <span>{ provider }</span>
                            if service.online {
                                <span class="ep-badge ep-badge-online">{ "● " }{ i18n.t("service-online") }</span>
                            } else {
                                <span class="ep-badge">{ i18n.t("service-offline") }</span>
                            }
                        </p>
                    </li>
                }
            }) }
        </ul>
    }
}
