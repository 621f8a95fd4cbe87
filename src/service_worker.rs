//! The portal's service worker (`src/sw.js`) from the page's side: it is
//! registered on the portal's own site only (inside a host page the origin
//! is not ours), and pages ask it to keep public answers they loaded before
//! it was in control, so even a first visit's form opens offline.

use std::cell::Cell;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    static REGISTERED: Cell<bool> = const { Cell::new(false) };
}

fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = gloo::utils::window().navigator();
    js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false).then(|| navigator.service_worker())
}

pub fn register() {
    if let Some(container) = container() {
        let _ = container.register("/sw.js");
        REGISTERED.with(|registered| registered.set(true));
    }
}

/// Asks the worker to keep a copy of `path` (a public API answer, such as
/// a form) for offline use. Needed only while no worker controls the page:
/// a controlling worker keeps such answers as they pass through it.
pub fn keep_offline(path: &str) {
    let Some(container) = container().filter(|_| REGISTERED.with(Cell::get)) else { return };
    if container.controller().is_some() {
        return;
    }
    let path = path.to_owned();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(ready) = container.ready() else { return };
        let Ok(registration) = JsFuture::from(ready).await else { return };
        let active = registration.dyn_into::<web_sys::ServiceWorkerRegistration>().ok().and_then(|r| r.active());
        if let Some(worker) = active {
            let _ = worker.post_message(&path.into());
        }
    });
}
