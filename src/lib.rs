//! The citizen e-services portal as a Yew single-page application.
//!
//! Layout: `app` wires the contexts and the router; `pages/` own routing and
//! data; `components/` are presentational; `api_client` is the only place
//! that talks HTTP; `i18n` and `theme` are contexts every component can read.

pub mod account_context;
pub mod api_client;
pub mod app;
pub mod catalogue_context;
pub mod catalogue_names;
pub mod components;
pub mod crash_notice;
pub mod draft_store;
pub mod embed_config;
pub mod focus_after_render;
pub mod format;
pub mod i18n;
pub mod idle_watch;
pub mod lang_store;
pub mod local_time;
pub mod pages;
pub mod public_computer;
pub mod routes;
pub mod service_worker;
pub mod theme;

use embed_config::EmbedConfig;

/// Mounts the portal into its host element (see [`EmbedConfig`]).
pub fn start() {
    let config = EmbedConfig::from_page();
    let host = config.host.clone();
    crash_notice::install(host.clone());
    if config.router == embed_config::RouterKind::Browser && config.api_base.is_empty() {
        service_worker::register();
    }
    i18n::set_source(&config.api_base);
    // A page that starts in Belarusian or English renders once its text is
    // here (Ukrainian is in the wasm), rather than flash Ukrainian first.
    let lang = lang_store::initial(config.default_lang);
    wasm_bindgen_futures::spawn_local(async move {
        i18n::ensure_loaded(lang).await;
        yew::Renderer::<app::App>::with_root_and_props(host, app::AppProps { config }).render();
    });
}
