//! Not found: a page that says so and offers the way home and to search.

use crate::components::document_title::use_document_title;
use crate::i18n::use_i18n;
use crate::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[function_component(NotFound)]
pub fn not_found() -> Html {
    html! { <NotFoundMessage /> }
}

/// Also shown inside pages whose id does not exist (an unknown service).
#[function_component(NotFoundMessage)]
pub fn not_found_message() -> Html {
    let i18n = use_i18n();
    use_document_title(i18n.t("not-found-title"));
    html! {
        <div class="ep-page">
            <h1>{ i18n.t("not-found-title") }</h1>
            <p>{ i18n.t("not-found-text") }</p>
            <p><Link<Route> to={Route::Home}>{ i18n.t("not-found-home") }</Link<Route>></p>
        </div>
    }
}
