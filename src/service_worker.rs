//! The portal's service worker (`src/sw.js`) from the page's side: it is
//! registered on the portal's own site only (inside a host page the origin
//! is not ours), and pages ask it to keep public answers they loaded before
//! it was in control, so even a first visit's form opens offline.
//!
//! On a public computer it keeps no form: the page marks the session in the
//! worker's storage (an empty cache the worker looks for), and at its end
//! deletes every cache the worker made.

use std::cell::Cell;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    static REGISTERED: Cell<bool> = const { Cell::new(false) };
    static PUBLIC_COMPUTER: Cell<bool> = const { Cell::new(false) };
}

/// The cache whose existence tells the worker a public computer's session
/// is on (`PUBLIC_COMPUTER` in sw.js).
const PUBLIC_COMPUTER_MARK: &str = "portal-public-computer";

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

/// Registers the worker again if this page had registered it: the server's
/// sign-out answer clears the site's storage (`Clear-Site-Data`), the
/// worker's registration included.
pub fn register_again() {
    if REGISTERED.with(Cell::get) {
        register();
    }
}

/// The worker's storage, on the portal's own site only (inside a host page
/// the caches are the host's).
fn caches() -> Option<web_sys::CacheStorage> {
    REGISTERED.with(Cell::get).then(|| gloo::utils::window().caches().ok()).flatten()
}

/// Tells the worker whether a public computer's session is on: then it
/// keeps no form (nor does the page ask it to).
pub fn set_public_computer(on: bool) {
    PUBLIC_COMPUTER.with(|public| public.set(on));
    if let (true, Some(caches)) = (on, caches()) {
        let opened = caches.open(PUBLIC_COMPUTER_MARK);
        wasm_bindgen_futures::spawn_local(async move {
            let _ = JsFuture::from(opened).await;
        });
    }
}

/// Deletes every cache the worker keeps (the end of a public computer's
/// session: the forms opened name the services applied for), then
/// registers the worker again, which keeps only the app and the catalogue.
pub async fn forget_all() {
    let Some(caches) = caches() else { return };
    if let Ok(names) = JsFuture::from(caches.keys()).await {
        for name in js_sys::Array::from(&names).iter().filter_map(|name| name.as_string()) {
            let _ = JsFuture::from(caches.delete(&name)).await;
        }
    }
    register();
}

/// Asks the worker to keep a copy of `path` (a public API answer, such as
/// a form) for offline use. Needed only while no worker controls the page:
/// a controlling worker keeps such answers as they pass through it.
pub fn keep_offline(path: &str) {
    if PUBLIC_COMPUTER.with(Cell::get) {
        return;
    }
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
