//! How a host page configures the portal: the first element with a
//! `data-e-portal` attribute is the host (the `<body>` when there is none),
//! and its data attributes carry the settings:
//!
//! ```html
//! <div data-e-portal data-api-base="https://e.gov.example" data-lang="be"
//!      data-theme="contrast" data-router="hash"></div>
//! ```

use portal_model::Lang;
use web_sys::Element;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RouterKind {
    /// Real paths (`/services/x`): the portal owns the page's URL.
    Browser,
    /// Paths after `#` (`#/services/x`): for embedding in a host page whose
    /// own URL must stay untouched.
    Hash,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EmbedConfig {
    pub host: Element,
    /// Prefix for API calls; empty means the page's own origin.
    pub api_base: String,
    /// The host's preferred language, used when the user has not chosen one.
    pub default_lang: Option<Lang>,
    pub theme: String,
    pub router: RouterKind,
    /// Mounted into `<body>` of our own page (not embedded in someone else's).
    pub standalone: bool,
}

impl EmbedConfig {
    pub fn from_page() -> EmbedConfig {
        let document = gloo::utils::document();
        let marked = document.query_selector("[data-e-portal]").ok().flatten();
        let standalone = marked.is_none();
        let host: Element = marked.unwrap_or_else(|| gloo::utils::body().into());
        EmbedConfig::from_element(host, standalone)
    }

    pub fn from_element(host: Element, standalone: bool) -> EmbedConfig {
        let data = |name: &str| host.get_attribute(&format!("data-{name}")).filter(|v| !v.trim().is_empty());
        let router = match data("router").as_deref() {
            Some("hash") => RouterKind::Hash,
            Some("browser") => RouterKind::Browser,
            // Embedded instances default to hash routing: they must not take
            // over the host page's address.
            _ if !standalone => RouterKind::Hash,
            _ => RouterKind::Browser,
        };
        EmbedConfig {
            api_base: data("api-base").map(|b| b.trim_end_matches('/').to_owned()).unwrap_or_default(),
            default_lang: data("lang").as_deref().and_then(Lang::from_tag),
            theme: data("theme").unwrap_or_else(|| "default".to_owned()),
            router,
            standalone,
            host,
        }
    }
}
