//! "Not found", with the way home: the 404 page, and inside pages whose id
//! does not exist (an unknown service).

use crate::components::document_title::use_document_title;
use crate::i18n::use_i18n;
use crate::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

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
