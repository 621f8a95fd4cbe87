//! Громадянам / Бізнесу: two links, the current one marked with `aria-current`.

use crate::components::route_link::RouteLink;
use crate::i18n::use_i18n;
use crate::routes::Route;
use crate::theme::use_theme;
use portal_model::{AudienceId, Catalogue};
use stylist::yew::styled_component;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AudienceSwitchProps {
    pub current: AudienceId,
    pub catalogue: std::rc::Rc<Catalogue>,
}

#[styled_component(AudienceSwitch)]
pub fn audience_switch(props: &AudienceSwitchProps) -> Html {
    let i18n = use_i18n();
    let theme = use_theme();
    let tabs = css!(
        r#"
        display: flex; gap: 0; list-style: none; padding: 0; margin: 0 0 1.5rem;
        border-bottom: 2px solid ${border};
        a {
            display: inline-block; padding: 0.75rem 1.25rem; font-size: ${h3};
            text-decoration: none; color: ${text}; border-bottom: 4px solid transparent;
            margin-bottom: -3px;
        }
        a:hover { text-decoration: underline; }
        a[aria-current="page"] { border-bottom-color: ${primary}; font-weight: 700; }
        "#,
        border = theme.colors.border,
        h3 = theme.font_size[2],
        text = theme.colors.text,
        primary = theme.colors.primary,
    );
    html! {
        <nav aria-label={i18n.t("audience-switch-label")}>
            <ul class={tabs}>
                { for AudienceId::ALL.into_iter().map(|audience| {
                    let name = props.catalogue.audience(audience)
                        .map(|a| a.name.get(i18n.lang).to_owned())
                        .unwrap_or_default();
                    html! {
                        <li>
                            <RouteLink to={Route::home_of(audience)} current={audience == props.current}>
                                { name }
                            </RouteLink>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
