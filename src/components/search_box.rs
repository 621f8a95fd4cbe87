//! One box for services and authorities (seed 001: «Знайти послугу, орган
//! влади, ЦНАП»), with suggestions as you type: the ARIA 1.2 combobox
//! pattern. Arrows move through the suggestions, Enter opens one (or the
//! full results page when none is chosen), Escape closes the list, and a
//! live region says how many suggestions there are. Below 600 px the list
//! spans the header, the screen's width (styles/base.css).

use crate::catalogue_context::{CatalogueState, use_catalogue};
use crate::components::highlighted::Highlighted;
use crate::i18n::use_i18n;
use crate::routes::Route;
use crate::routes::SearchQuery;
use fluent::FluentValue;
use portal_model::Lang;
use portal_search::{Kind, Matched};
use stylist::yew::styled_component;
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

/// Suggestions shown per kind.
const PER_KIND: usize = 6;

#[derive(Clone, PartialEq)]
struct Suggestion {
    kind: Kind,
    label: String,
    ranges: Vec<(usize, usize)>,
    route: Route,
}

/// The suggestions for what is typed, and whether they match only some of
/// its words (no entry matched them all): the live region says so.
#[derive(Default)]
struct Suggestions {
    items: Vec<Suggestion>,
    similar: bool,
}

impl std::ops::Deref for Suggestions {
    type Target = Vec<Suggestion>;

    fn deref(&self) -> &Vec<Suggestion> {
        &self.items
    }
}

#[styled_component(SearchBox)]
pub fn search_box() -> Html {
    let i18n = use_i18n();
    let catalogue = use_catalogue();
    let navigator = use_navigator();
    let url_query = use_location().and_then(|l| l.query::<SearchQuery>().ok()).map(|q| q.q).unwrap_or_default();
    let text = use_state(|| url_query.clone());
    let open = use_state(|| false);
    let active = use_state(|| None::<usize>);
    {
        // Show what was searched for when a results page opens.
        let text = text.clone();
        use_effect_with(url_query, move |q| text.set(q.clone()));
    }
    let suggestions = {
        let ready = match (&catalogue.state, &catalogue.index) {
            (CatalogueState::Ready(c), Some(index)) => Some((c.clone(), index.clone())),
            _ => None,
        };
        use_memo(((*text).clone(), i18n.lang, ready), |(text, lang, ready)| match ready {
            Some((catalogue, index)) if !text.trim().is_empty() => suggest(catalogue, &index.0, text, *lang),
            _ => Suggestions::default(),
        })
    };
    let shown = *open && !suggestions.is_empty();

    let go = {
        let navigator = navigator.clone();
        let open = open.clone();
        let active = active.clone();
        Callback::from(move |route: Route| {
            open.set(false);
            active.set(None);
            if let Some(navigator) = &navigator {
                navigator.push(&route);
            }
        })
    };
    let submit_query = {
        let navigator = navigator.clone();
        let open = open.clone();
        let text = text.clone();
        Callback::from(move |()| {
            open.set(false);
            if let Some(navigator) = &navigator {
                let _ = navigator
                    .push_with_query(&Route::Search, &SearchQuery { q: text.trim().to_owned(), ..Default::default() });
            }
        })
    };
    let oninput = {
        let text = text.clone();
        let open = open.clone();
        let active = active.clone();
        Callback::from(move |event: InputEvent| {
            text.set(event.target_unchecked_into::<HtmlInputElement>().value());
            open.set(true);
            active.set(None);
        })
    };
    let onkeydown = {
        let suggestions = suggestions.clone();
        let (open, active, text, go, submit_query) =
            (open.clone(), active.clone(), text.clone(), go.clone(), submit_query.clone());
        Callback::from(move |event: KeyboardEvent| {
            let count = suggestions.len();
            match event.key().as_str() {
                "ArrowDown" if count > 0 => {
                    event.prevent_default();
                    open.set(true);
                    active.set(Some(active.map_or(0, |i| (i + 1) % count)));
                }
                "ArrowUp" if count > 0 => {
                    event.prevent_default();
                    open.set(true);
                    active.set(Some(active.map_or(count - 1, |i| (i + count - 1) % count)));
                }
                "Enter" => {
                    event.prevent_default();
                    match active.and_then(|i| suggestions.get(i)).filter(|_| *open) {
                        Some(choice) => go.emit(choice.route.clone()),
                        None => submit_query.emit(()),
                    }
                }
                "Escape" => {
                    if *open {
                        open.set(false);
                        active.set(None);
                    } else {
                        text.set(String::new());
                    }
                }
                _ => {}
            }
        })
    };
    let onblur = {
        let open = open.clone();
        Callback::from(move |_: FocusEvent| open.set(false))
    };
    let onsubmit = {
        let submit_query = submit_query.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            submit_query.emit(());
        })
    };

    let style = css!(
        r#"
        display: flex; gap: 0.5rem; width: 100%; max-width: 48rem; position: relative;
        .ep-combo { flex: 1; min-width: 0; position: relative; }
        input {
            width: 100%; font: inherit; padding: 0.625rem 0.75rem;
            border: 2px solid #ffffff; border-radius: 6px; color: #1a1a1a; background: #ffffff;
        }
        button {
            font: inherit; font-weight: 700; padding: 0.625rem 1rem; border-radius: 6px;
            border: 2px solid #ffffff; background: transparent; color: #ffffff; cursor: pointer;
        }
        button:hover { background: #ffffff; color: #0d2b52; }
        [role="listbox"] {
            position: absolute; z-index: 20; left: 0; right: 0; top: calc(100% + 4px);
            background: #ffffff; color: #1a1a1a; border: 2px solid #0d2b52; border-radius: 6px;
            box-shadow: 0 6px 18px rgba(0, 0, 0, 0.25); max-height: 70vh; overflow-y: auto;
        }
        .ep-group-title {
            font-size: 0.8125rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em;
            padding: 0.5rem 0.75rem 0.25rem; color: #4d4d4d;
        }
        [role="option"] { padding: 0.5rem 0.75rem; cursor: pointer; border-left: 4px solid transparent; }
        [role="option"][aria-selected="true"] { background: #e3ecf8; border-left-color: #0b4fa3; }
        [role="option"]:hover { background: #f3f5f8; }
        mark { background: #ffe08a; color: inherit; padding: 0; }
        "#
    );

    let count_text = if text.trim().is_empty() || !*open {
        String::new()
    } else if suggestions.is_empty() {
        i18n.t("search-suggestions-none")
    } else if suggestions.similar {
        i18n.t_args("search-suggestions-similar", &[("count", FluentValue::from(suggestions.len()))])
    } else {
        i18n.t_args("search-suggestions-count", &[("count", FluentValue::from(suggestions.len()))])
    };
    let active_id = active.filter(|_| shown).map(|i| format!("ep-search-option-{i}"));
    let group = |kind: Kind, title_id: &str| -> Html {
        let items: Vec<(usize, &Suggestion)> = suggestions.iter().enumerate().filter(|(_, s)| s.kind == kind).collect();
        if items.is_empty() {
            return html! {};
        }
        let heading_id = format!("ep-search-group-{title_id}");
        html! {
            <div role="group" aria-labelledby={heading_id.clone()}>
                <div id={heading_id} class="ep-group-title" role="presentation">{ i18n.t(title_id) }</div>
                { for items.into_iter().map(|(i, s)| {
                    let go = go.clone();
                    let route = s.route.clone();
                    html! {
                        <div role="option" id={format!("ep-search-option-{i}")}
                             aria-selected={(*active == Some(i)).to_string()}
                             onmousedown={Callback::from(|e: MouseEvent| e.prevent_default())}
                             onclick={Callback::from(move |_| go.emit(route.clone()))}>
                            <Highlighted text={s.label.clone()} ranges={s.ranges.clone()} />
                        </div>
                    }
                }) }
            </div>
        }
    };

    html! {
        <form role="search" class={style} action="/search" method="get" {onsubmit}>
            <label for="ep-search" class="ep-visually-hidden">{ i18n.t("search-label") }</label>
            <div class="ep-combo">
                <input id="ep-search" name="q" type="text" value={(*text).clone()}
                       role="combobox" aria-autocomplete="list" aria-expanded={shown.to_string()}
                       aria-controls="ep-search-listbox" aria-activedescendant={active_id}
                       aria-describedby="ep-search-hint"
                       placeholder={i18n.t("search-placeholder")} autocomplete="off" spellcheck="false"
                       {oninput} {onkeydown} {onblur} />
                <div id="ep-search-listbox" role="listbox" aria-label={i18n.t("search-suggestions-label")}
                     hidden={!shown}>
                    { group(Kind::Service, "search-group-services") }
                    { group(Kind::Provider, "search-group-providers") }
                    { group(Kind::Centre, "search-group-centres") }
                </div>
            </div>
            <button type="submit">{ i18n.t("search-button") }</button>
            <span id="ep-search-hint" class="ep-visually-hidden">{ i18n.t("search-hint") }</span>
            <div role="status" aria-live="polite" class="ep-visually-hidden">{ count_text }</div>
        </form>
    }
}

/// The suggestions for `text`: services, then authorities, then service
/// centres, each name
/// in the interface language with the matched words marked.
fn suggest(
    catalogue: &portal_model::Catalogue,
    index: &portal_search::SearchIndex,
    text: &str,
    lang: Lang,
) -> Suggestions {
    let found = index.find(text, 40);
    let hits = found.hits;
    let mut out = Vec::new();
    for kind in [Kind::Service, Kind::Provider, Kind::Centre] {
        for hit in hits.iter().filter(|h| h.kind == kind).take(PER_KIND) {
            let (label, route) = match kind {
                Kind::Service => {
                    let Some(service) = catalogue.services.iter().find(|s| s.id.as_str() == hit.id) else { continue };
                    (service.name.get(lang).to_owned(), Route::Service { id: hit.id.clone() })
                }
                Kind::Provider => {
                    let Some(provider) = catalogue.provider(&hit.id) else { continue };
                    (provider.name.get(lang).to_owned(), Route::Provider { id: hit.id.clone() })
                }
                Kind::Centre => {
                    let Some(centre) = catalogue.centre(&hit.id) else { continue };
                    (centre.name.get(lang).to_owned(), Route::Centre { id: hit.id.clone() })
                }
            };
            let ranges = index.highlight(&label, text);
            out.push(Suggestion { kind, label, ranges, route });
        }
    }
    Suggestions { items: out, similar: found.matched == Matched::MostWords }
}
