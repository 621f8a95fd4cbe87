//! The application root: contexts (style manager, theme, language,
//! catalogue), the router, and the page shell (skip link, header, main, footer).

use crate::account_context::AccountProvider;
use crate::api_client::ApiClient;
use crate::catalogue_context::CatalogueProvider;
use crate::components::footer::Footer;
use crate::components::header::Header;
use crate::embed_config::{EmbedConfig, RouterKind};
use crate::i18n::{I18nProvider, use_i18n};
use crate::idle_watch::IdleWatch;
use crate::lang_store;
use crate::pages;
use crate::routes::Route;
use crate::theme::{Theme, use_theme};
use portal_model::Lang;
use stylist::manager::StyleManager;
use stylist::yew::ManagerProvider;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: EmbedConfig,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let config = props.config.clone();
    let theme = use_memo(config.theme.clone(), |name| Theme::by_name(name));
    let initial_lang = *use_memo((), |_| crate::i18n::available(lang_store::initial(config.default_lang)));
    let standalone = config.standalone;
    use_effect_with((), move |_| {
        lang_store::showing(initial_lang);
        mark_document_language(standalone, initial_lang)
    });
    let on_lang_change = use_callback(standalone, |lang: Lang, standalone| {
        lang_store::remember(lang);
        lang_store::showing(lang);
        mark_document_language(*standalone, lang);
    });
    // Our own class prefix keeps generated class names apart from a host
    // page's styles when the portal is embedded.
    let style_manager = use_memo((), |_| {
        StyleManager::builder().prefix("e-portal".into()).build().expect("a style manager can be created in a browser")
    });
    let client = ApiClient::new(config.api_base.clone());
    let shell = html! { <Shell /> };
    html! {
        <ManagerProvider manager={(*style_manager).clone()}>
            <ContextProvider<Theme> context={(*theme).clone()}>
                <I18nProvider initial={initial_lang} on_change={on_lang_change}>
                    <CatalogueProvider client={client.clone()}>
                        <AccountProvider {client}>
                            {
                                match config.router {
                                    RouterKind::Browser => html! { <BrowserRouter>{ shell }</BrowserRouter> },
                                    RouterKind::Hash => html! { <HashRouter>{ shell }</HashRouter> },
                                }
                            }
                        </AccountProvider>
                    </CatalogueProvider>
                </I18nProvider>
            </ContextProvider<Theme>>
        </ManagerProvider>
    }
}

/// `<html lang>` belongs to our page only when we are not embedded.
fn mark_document_language(standalone: bool, lang: Lang) {
    if standalone && let Some(html) = gloo::utils::document().document_element() {
        let _ = html.set_attribute("lang", lang.code());
    }
}

#[function_component(Shell)]
fn shell() -> Html {
    let i18n = use_i18n();
    let theme = use_theme();
    let location = use_location();
    let main_ref = use_node_ref();
    // After a client-side navigation, move focus to the new page so screen
    // readers announce it (a full reload does that by itself). The new page
    // starts at the top, header in view: focusing `<main>` as such would
    // scroll the header away.
    let first_render = use_mut_ref(|| true);
    {
        let main_ref = main_ref.clone();
        let path = location.as_ref().map(|l| l.path().to_owned());
        use_effect_with(path, move |_| {
            if std::mem::replace(&mut *first_render.borrow_mut(), false) {
                return;
            }
            if let Some(main) = main_ref.cast::<web_sys::HtmlElement>() {
                let options = web_sys::FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = main.focus_with_options(&options);
                // The portal's top (the page's, unless embedded) in view.
                if let Some(root) = main.parent_element() {
                    root.scroll_into_view();
                }
            }
        });
    }
    html! {
        <div class="ep-root" lang={i18n.lang.code()} style={theme.css_variables()}>
            <a class="ep-skip-link" href="#ep-main">{ i18n.t("skip-to-content") }</a>
            <Header />
            <IdleWatch />
            <main id="ep-main" class="ep-main" tabindex="-1" ref={main_ref}>
                <Switch<Route> render={pages::render} />
            </main>
            <Footer />
        </div>
    }
}
