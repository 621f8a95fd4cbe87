//! Each page names itself in the browser tab: "Page — Portal".

use crate::i18n::use_i18n;
use yew::prelude::*;

#[hook]
pub fn use_document_title(page: String) {
    let i18n = use_i18n();
    let title = if page.is_empty() { i18n.t("portal-name") } else { format!("{page} — {}", i18n.t("portal-name")) };
    use_effect_with(title, |title| gloo::utils::document().set_title(title));
}
