//! A visible, announced loading state.

use crate::i18n::use_i18n;
use stylist::yew::styled_component;
use yew::prelude::*;

#[styled_component(Loading)]
pub fn loading() -> Html {
    let i18n = use_i18n();
    let spinner = css!(
        r#"
        display: flex; align-items: center; gap: 0.75rem; padding: 2rem 0;
        &::before {
            content: ""; width: 1.25rem; height: 1.25rem; border-radius: 50%;
            border: 3px solid var(--ep-border); border-top-color: var(--ep-primary);
            animation: e-portal-spin 0.8s linear infinite;
        }
        @media (prefers-reduced-motion: reduce) { &::before { animation: none; } }
        "#
    );
    html! {
        <div class={spinner} role="status" aria-live="polite">{ i18n.t("loading") }</div>
    }
}
