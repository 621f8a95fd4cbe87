//! "Головна / Бізнесу / Транспорт": where the page sits, as links.

use crate::i18n::use_i18n;
use crate::routes::Route;
use stylist::yew::styled_component;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Clone, PartialEq)]
pub struct Crumb {
    pub label: String,
    pub to: Route,
}

#[derive(Properties, PartialEq)]
pub struct BreadcrumbsProps {
    pub trail: Vec<Crumb>,
}

#[styled_component(Breadcrumbs)]
pub fn breadcrumbs(props: &BreadcrumbsProps) -> Html {
    let i18n = use_i18n();
    let style = css!(
        r#"
        ol { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem; padding: 0; margin: 1rem 0; font-size: 0.9375rem; }
        li + li::before { content: "/"; margin-right: 0.25rem; color: var(--ep-muted); }
        "#
    );
    html! {
        <nav class={style} aria-label={i18n.t("breadcrumbs-label")}>
            <ol>
                <li><Link<Route> to={Route::Home}>{ i18n.t("breadcrumb-home") }</Link<Route>></li>
                { for props.trail.iter().map(|crumb| html! {
                    <li><Link<Route> to={crumb.to.clone()}>{ &crumb.label }</Link<Route>></li>
                }) }
            </ol>
        </nav>
    }
}
