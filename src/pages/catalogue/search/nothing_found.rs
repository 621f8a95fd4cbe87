//! What the results page offers when a query finds nothing at all: how to
//! search differently, the services people use most, and the categories to
//! browse, so that no search ends at a dead end.

use crate::i18n::use_i18n;
use crate::routes::Route;
use portal_model::{AudienceId, Catalogue};
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NothingFoundProps {
    pub catalogue: std::rc::Rc<Catalogue>,
}

#[function_component(NothingFound)]
pub fn nothing_found(props: &NothingFoundProps) -> Html {
    let i18n = use_i18n();
    let lang = i18n.lang;
    let catalogue = &props.catalogue;
    let most_used = catalogue.search_aids.most_used.iter().filter_map(|id| catalogue.service(id));
    html! {
        <div class="ep-nothing-found">
            <section aria-labelledby="ep-nothing-tips">
                <h2 id="ep-nothing-tips">{ i18n.t("search-nothing-title") }</h2>
                <ul>
                    <li>{ i18n.t("search-nothing-spelling") }</li>
                    <li>{ i18n.t("search-nothing-fewer-words") }</li>
                    <li>{ i18n.t("search-nothing-other-names") }</li>
                </ul>
            </section>
            <section aria-labelledby="ep-nothing-most-used">
                <h2 id="ep-nothing-most-used">{ i18n.t("search-most-used") }</h2>
                <ul class="ep-results">
                    { for most_used.map(|s| html! {
                        <li><Link<Route> to={Route::Service { id: s.id.to_string() }}>{ s.name.get(lang) }</Link<Route>></li>
                    }) }
                </ul>
            </section>
            <section aria-labelledby="ep-nothing-categories">
                <h2 id="ep-nothing-categories">{ i18n.t("search-browse-categories") }</h2>
                <ul class="ep-results">
                    { for catalogue.grid_for(AudienceId::Citizens).into_iter().map(|c| html! {
                        <li>
                            <Link<Route> to={Route::Category { audience: AudienceId::Citizens, category: c.id.clone() }}>
                                { c.name.get(lang) }
                            </Link<Route>>
                        </li>
                    }) }
                </ul>
            </section>
        </div>
    }
}
