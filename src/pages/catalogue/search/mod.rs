//! The full results page: `/search?q=…&audience=business&online=true`. The
//! query and the filters live in the URL, so a link can be shared. When no
//! entry matches every word, the entries matching most of them are shown
//! under a note saying so; when nothing matches, `nothing_found` helps on.

mod nothing_found;

use crate::catalogue_context::with_catalogue;
use crate::catalogue_context::{CatalogueState, use_catalogue};
use crate::components::document_title::use_document_title;
use crate::components::highlighted::Highlighted;
use crate::i18n::use_i18n;
use crate::routes::{Route, SearchQuery};
use fluent::FluentValue;
use nothing_found::NothingFound;
use portal_model::AudienceId;
use portal_search::{Kind, Matched};
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

const LIMIT: usize = 200;

/// One line of results: a name to mark, where it leads, and a note under it.
struct ResultItem {
    name: String,
    route: Route,
    note: String,
}

impl ResultItem {
    fn new(name: &str, route: Route, note: String) -> ResultItem {
        ResultItem { name: name.to_owned(), route, note }
    }
}

#[function_component(SearchPage)]
pub fn search_page() -> Html {
    let i18n = use_i18n();
    let context = use_catalogue();
    let navigator = use_navigator();
    let query = use_location().and_then(|l| l.query::<SearchQuery>().ok()).unwrap_or_default();
    use_document_title(i18n.t("search-title"));

    let set_filters = {
        let query = query.clone();
        Callback::from(move |next: SearchQuery| {
            if let Some(navigator) = &navigator {
                let _ = navigator.replace_with_query(&Route::Search, &SearchQuery { q: query.q.clone(), ..next });
            }
        })
    };
    let on_audience = {
        let (query, set_filters) = (query.clone(), set_filters.clone());
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            set_filters.emit(SearchQuery { audience: value.parse().ok(), ..query.clone() });
        })
    };
    let on_category = {
        let (query, set_filters) = (query.clone(), set_filters.clone());
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            set_filters.emit(SearchQuery { category: Some(value).filter(|v| !v.is_empty()), ..query.clone() });
        })
    };
    let on_provider = {
        let (query, set_filters) = (query.clone(), set_filters.clone());
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            set_filters.emit(SearchQuery { provider: Some(value).filter(|v| !v.is_empty()), ..query.clone() });
        })
    };
    let on_online = {
        let (query, set_filters) = (query.clone(), set_filters.clone());
        Callback::from(move |event: Event| {
            let online = event.target_unchecked_into::<HtmlInputElement>().checked();
            set_filters.emit(SearchQuery { online, ..query.clone() });
        })
    };

    let index = context.index.clone();
    let lang = i18n.lang;
    let body = with_catalogue(&context, |catalogue| {
        let (Some(index), false) = (index, query.q.trim().is_empty()) else {
            return html! { <p>{ i18n.t("search-empty-query") }</p> };
        };
        let found = index.0.find(&query.q, LIMIT);
        let similar = found.matched == Matched::MostWords;
        let hits = found.hits;
        let service_items: Vec<ResultItem> = hits
            .iter()
            .filter(|h| h.kind == Kind::Service)
            .filter_map(|h| catalogue.services.iter().find(|s| s.id.as_str() == h.id))
            .filter(|s| query.admits(s))
            .map(|s| {
                let provider = catalogue.provider(&s.provider).map(|p| p.name.get(lang)).unwrap_or_default();
                let availability = i18n.t(if s.online { "service-online" } else { "service-offline" });
                ResultItem::new(
                    s.name.get(lang),
                    Route::Service { id: s.id.to_string() },
                    format!("{provider} · {availability}"),
                )
            })
            .collect();
        let provider_items: Vec<ResultItem> = hits
            .iter()
            .filter(|h| h.kind == Kind::Provider)
            .filter_map(|h| catalogue.provider(&h.id))
            .map(|p| ResultItem::new(p.name.get(lang), Route::Provider { id: p.id.clone() }, String::new()))
            .collect();
        let centre_items: Vec<ResultItem> = hits
            .iter()
            .filter(|h| h.kind == Kind::Centre)
            .filter_map(|h| catalogue.centre(&h.id))
            .map(|c| {
                let place = format!("{}, {}", c.address.get(lang), c.city.get(lang));
                ResultItem::new(c.name.get(lang), Route::Centre { id: c.id.clone() }, place)
            })
            .collect();
        let count = i18n.t_args(
            if similar { "search-similar-count" } else { "search-count" },
            &[("count", FluentValue::from(service_items.len())), ("query", FluentValue::from(query.q.clone()))],
        );
        let nothing = service_items.is_empty() && provider_items.is_empty() && centre_items.is_empty();
        let section = |kind: &str, items: Vec<ResultItem>| -> Html {
            if items.is_empty() {
                return html! {};
            }
            let heading = format!("ep-results-{kind}");
            html! {
                <section aria-labelledby={heading.clone()}>
                    <h2 id={heading}>{ i18n.t(&format!("search-group-{kind}")) }</h2>
                    <ul class="ep-results">
                        { for items.into_iter().map(|item| {
                            let ranges = index.0.highlight(&item.name, &query.q);
                            html! {
                                <li>
                                    <Link<Route> to={item.route}><Highlighted text={item.name} {ranges} /></Link<Route>>
                                    if !item.note.is_empty() {
                                        <p class="ep-note">{ item.note }</p>
                                    }
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }
        };
        html! {
            <>
                <p role="status">{ count }</p>
                if nothing {
                    <p>{ i18n.t("search-nothing-found") }</p>
                    <NothingFound catalogue={catalogue.clone()} />
                } else if similar {
                    <p class="ep-similar-note">{ i18n.t("search-no-exact-matches") }</p>
                }
                { section("services", service_items) }
                { section("providers", provider_items) }
                { section("centres", centre_items) }
            </>
        }
    });
    let (categories, providers) = match &context.state {
        CatalogueState::Ready(c) => (
            c.categories.iter().map(|x| (x.id.clone(), x.name.get(lang).to_owned())).collect::<Vec<_>>(),
            c.providers.iter().map(|x| (x.id.clone(), x.name.get(lang).to_owned())).collect::<Vec<_>>(),
        ),
        _ => (Vec::new(), Vec::new()),
    };
    let ready = matches!(context.state, CatalogueState::Ready(_));
    let options = |items: &[(String, String)], chosen: &Option<String>| -> Html {
        html! {
            <>
                <option value="" selected={chosen.is_none()}>{ i18n.t("search-filter-all") }</option>
                { for items.iter().map(|(id, name)| html! {
                    <option value={id.clone()} selected={chosen.as_deref() == Some(id.as_str())}>{ name }</option>
                }) }
            </>
        }
    };
    html! {
        <div class="ep-page">
            <h1>{ i18n.t("search-title") }</h1>
            if ready {
                <fieldset class="ep-filters">
                    <legend>{ i18n.t("search-filters") }</legend>
                    <label for="ep-filter-audience">{ i18n.t("search-filter-audience") }</label>
                    <select id="ep-filter-audience" onchange={on_audience}>
                        <option value="" selected={query.audience.is_none()}>{ i18n.t("search-filter-all") }</option>
                        <option value="citizens" selected={query.audience == Some(AudienceId::Citizens)}>{ i18n.t("audience-citizens") }</option>
                        <option value="business" selected={query.audience == Some(AudienceId::Business)}>{ i18n.t("audience-business") }</option>
                    </select>
                    <label for="ep-filter-category">{ i18n.t("search-filter-category") }</label>
                    <select id="ep-filter-category" onchange={on_category}>
                        { options(&categories, &query.category) }
                    </select>
                    <label for="ep-filter-provider">{ i18n.t("search-filter-provider") }</label>
                    <select id="ep-filter-provider" onchange={on_provider}>
                        { options(&providers, &query.provider) }
                    </select>
                    <label class="ep-check">
                        <input type="checkbox" checked={query.online} onchange={on_online} />
                        { i18n.t("search-filter-online") }
                    </label>
                </fieldset>
            }
            { body }
        </div>
    }
}
