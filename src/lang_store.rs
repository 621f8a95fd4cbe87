//! Which language to start in, and remembering the user's choice.
//!
//! Order: the choice the user made before (localStorage), then the host
//! page's `data-lang`, then the browser's languages, then Ukrainian.

use gloo::storage::{LocalStorage, Storage};
use portal_model::Lang;

const KEY: &str = "e-portal.lang";

pub fn initial(host_default: Option<Lang>) -> Lang {
    remembered().or(host_default).unwrap_or_else(|| Lang::negotiate(browser_languages().iter().map(String::as_str)))
}

pub fn remembered() -> Option<Lang> {
    let remembered = LocalStorage::get::<String>(KEY).ok().as_deref().and_then(Lang::from_tag);
    if remembered.is_some() {
        CHOSEN.with(|chosen| chosen.set(remembered));
    }
    remembered
}

thread_local! {
    static SHOWN: std::cell::Cell<Option<Lang>> = const { std::cell::Cell::new(None) };
    /// The user's choice, also known to this page after the browser's
    /// storage was cleared.
    static CHOSEN: std::cell::Cell<Option<Lang>> = const { std::cell::Cell::new(None) };
}

/// Notes the language the page shows now (API requests name it, so the
/// account's mail is written in it).
pub fn showing(lang: Lang) {
    SHOWN.with(|shown| shown.set(Some(lang)));
}

/// The language the page shows, once it has started.
pub fn shown() -> Option<Lang> {
    SHOWN.with(|shown| shown.get())
}

pub fn remember(lang: Lang) {
    CHOSEN.with(|chosen| chosen.set(Some(lang)));
    // Private modes may refuse storage; the switch still works for this visit.
    let _ = LocalStorage::set(KEY, lang.code());
}

/// Writes the choice this page knows again (after sign-out cleared the
/// site's storage on a computer of one's own).
pub fn remember_choice_again() {
    if let Some(lang) = CHOSEN.with(|chosen| chosen.get()) {
        remember(lang);
    }
}

fn browser_languages() -> Vec<String> {
    let navigator = gloo::utils::window().navigator();
    let mut tags: Vec<String> = navigator.languages().iter().filter_map(|value| value.as_string()).collect();
    if tags.is_empty() {
        tags.extend(navigator.language());
    }
    tags
}
