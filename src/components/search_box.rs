//! One box for services, providers and service centres (seed 001:
//! «Знайти послугу, орган влади, ЦНАП»). Submitting opens the results page.

use crate::i18n::use_i18n;
use crate::pages::search::SearchQuery;
use crate::routes::Route;
use stylist::yew::styled_component;
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

#[styled_component(SearchBox)]
pub fn search_box() -> Html {
    let i18n = use_i18n();
    let navigator = use_navigator();
    let location = use_location();
    let input = use_node_ref();
    // Keep what the user searched for visible on the results page.
    let current = location
        .and_then(|l| l.query::<SearchQuery>().ok())
        .map(|q| q.q)
        .unwrap_or_default();
    let onsubmit = {
        let input = input.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(field) = input.cast::<HtmlInputElement>() else { return };
            let q = field.value().trim().to_owned();
            if let Some(navigator) = &navigator {
                let _ = navigator.push_with_query(&Route::Search, &SearchQuery { q });
            }
        })
    };
    let form = css!(
        r#"
        display: flex; gap: 0.5rem; width: 100%; max-width: 48rem;
        input {
            flex: 1; min-width: 0; font: inherit; padding: 0.625rem 0.75rem;
            border: 2px solid #ffffff; border-radius: 6px; color: #1a1a1a; background: #ffffff;
        }
        button {
            font: inherit; font-weight: 700; padding: 0.625rem 1rem; border-radius: 6px;
            border: 2px solid #ffffff; background: transparent; color: #ffffff; cursor: pointer;
        }
        button:hover { background: #ffffff; color: #0d2b52; }
        .ep-hint { display: block; font-size: 0.875rem; margin-top: 0.25rem; }
        "#
    );
    html! {
        <form role="search" class={form} action="/search" method="get" {onsubmit}>
            <label for="ep-search" class="ep-visually-hidden">{ i18n.t("search-label") }</label>
            <input id="ep-search" name="q" type="search" ref={input} value={current}
                   placeholder={i18n.t("search-placeholder")} autocomplete="off"
                   aria-describedby="ep-search-hint" />
            <button type="submit">{ i18n.t("search-button") }</button>
            <span id="ep-search-hint" class="ep-visually-hidden">{ i18n.t("search-hint") }</span>
        </form>
    }
}
