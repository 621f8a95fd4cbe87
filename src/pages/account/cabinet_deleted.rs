//! Where deleting the cabinet ends: what happened, in words, and a way on.

use crate::components::document_title::use_document_title;
use crate::i18n::use_i18n;
use crate::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

/// Where deleting the cabinet ends: what happened, in words, and a way on.
#[function_component(CabinetDeletedPage)]
pub fn cabinet_deleted_page() -> Html {
    let i18n = use_i18n();
    use_document_title(i18n.t("cabinet-deleted-title"));
    html! {
        <div class="ep-page ep-prose">
            <h1>{ i18n.t("cabinet-deleted-title") }</h1>
            <p role="status" class="ep-success">{ "✔ " }{ i18n.t("cabinet-deleted-text") }</p>
            <p><Link<Route> to={Route::Home}>{ i18n.t("cabinet-deleted-home") }</Link<Route>></p>
        </div>
    }
}
