//! Translations: Fluent files in `locales/{uk,be,en}/portal.ftl`, read
//! through i18n-embed. Ukrainian, the portal's first language, is embedded
//! in the wasm; Belarusian and English are fetched (`locales/…`, cached by
//! the service worker) the first time they are needed — before the first
//! render when the page starts in one of them — so nobody downloads the
//! languages they do not read. The current language lives in a Yew
//! context, so switching re-renders every component that reads it.

use fluent::FluentValue;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::{I18nAssets, LanguageLoader};
use portal_model::Lang;
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

const UKRAINIAN: &str = include_str!("../locales/uk/portal.ftl");

fn langid(lang: Lang) -> unic_langid::LanguageIdentifier {
    lang.code().parse().expect("uk, be and en are valid language ids")
}

/// One language's file, as i18n-embed asks for it (`be/portal.ftl`).
struct OneFile<'a> {
    lang: Lang,
    source: &'a str,
}

impl I18nAssets for OneFile<'_> {
    fn get_files(&self, file_path: &str) -> Vec<Cow<'_, [u8]>> {
        if file_path == format!("{}/portal.ftl", self.lang.code()) {
            vec![Cow::Borrowed(self.source.as_bytes())]
        } else {
            Vec::new()
        }
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new(std::iter::once(format!("{}/portal.ftl", self.lang.code())))
    }
}

thread_local! {
    /// The languages loaded so far (Ukrainian from the start).
    static LOADERS: RefCell<HashMap<Lang, Rc<FluentLanguageLoader>>> =
        RefCell::new(HashMap::from([(Lang::Uk, build(Lang::Uk, UKRAINIAN))]));
    /// Where the other languages' files are fetched from (the API's base).
    static SOURCE: RefCell<String> = const { RefCell::new(String::new()) };
}

fn build(lang: Lang, source: &str) -> Rc<FluentLanguageLoader> {
    let loader = FluentLanguageLoader::new("portal", langid(lang));
    if let Err(error) = loader.load_languages(&OneFile { lang, source }, &[langid(lang)]) {
        gloo::console::error!(format!("translations failed to load: {error}"));
    }
    // Values inserted into messages (names, numbers) must not be wrapped
    // in invisible direction marks; this holds only after loading.
    loader.set_use_isolating(false);
    Rc::new(loader)
}

/// Makes a language's text available (the wasm tests give it directly).
pub fn install(lang: Lang, source: &str) {
    LOADERS.with(|loaders| loaders.borrow_mut().insert(lang, build(lang, source)));
}

/// Where to fetch the languages' files: the portal's origin (`api_base`).
pub fn set_source(base: &str) {
    SOURCE.with(|source| *source.borrow_mut() = base.to_owned());
}

/// `lang` when its text is here, else Ukrainian (a start offline in a
/// language whose file was never fetched).
pub fn available(lang: Lang) -> Lang {
    if is_loaded(lang) { lang } else { Lang::Uk }
}

fn is_loaded(lang: Lang) -> bool {
    LOADERS.with(|loaders| loaders.borrow().contains_key(&lang))
}

/// Fetches a language's file unless it is here already; whether it is here
/// now (offline with no cached copy, it is not: the page stays in its
/// current language).
pub async fn ensure_loaded(lang: Lang) -> bool {
    if is_loaded(lang) {
        return true;
    }
    // From the portal's origin, else from the page's own (an embedding page
    // that serves the portal's files itself).
    let base = SOURCE.with(|source| source.borrow().clone());
    let path = format!("/locales/{}/portal.ftl", lang.code());
    for origin in [base.clone(), String::new()] {
        if let Ok(source) = crate::api_client::ApiClient::new(origin).text(&path).await {
            install(lang, &source);
            return true;
        }
        if base.is_empty() {
            break;
        }
    }
    gloo::console::error!(format!("the {} translation could not be fetched", lang.code()));
    false
}

/// A loaded language's loader; Ukrainian for one not loaded.
fn loader(lang: Lang) -> Rc<FluentLanguageLoader> {
    LOADERS.with(|loaders| {
        let loaders = loaders.borrow();
        loaders.get(&lang).or_else(|| loaders.get(&Lang::Uk)).cloned().expect("Ukrainian is always loaded")
    })
}

/// The translator components read from context.
#[derive(Clone)]
pub struct I18n {
    pub lang: Lang,
    loader: Rc<FluentLanguageLoader>,
    set_lang: Callback<Lang>,
}

impl PartialEq for I18n {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang && self.set_lang == other.set_lang
    }
}

impl I18n {
    pub fn new(lang: Lang, set_lang: Callback<Lang>) -> I18n {
        I18n { lang, loader: loader(lang), set_lang }
    }

    /// The message `id` in the current language.
    pub fn t(&self, id: &str) -> String {
        self.loader.get(id)
    }

    /// The message `id` with named arguments.
    pub fn t_args(&self, id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let args: HashMap<&str, FluentValue> = args.iter().cloned().collect();
        self.loader.get_args_concrete(id, args)
    }

    /// Switches to `lang`, once its text is here (at once when it is).
    pub fn set_lang(&self, lang: Lang) {
        if is_loaded(lang) {
            self.set_lang.emit(lang);
            return;
        }
        let set_lang = self.set_lang.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if ensure_loaded(lang).await {
                set_lang.emit(lang);
            }
        });
    }
}

/// The translator of the nearest [`I18nProvider`].
#[hook]
pub fn use_i18n() -> I18n {
    use_context::<I18n>().expect("components are rendered inside I18nProvider")
}

#[derive(Properties, PartialEq)]
pub struct I18nProviderProps {
    pub initial: Lang,
    /// Called after each switch (the app updates `<html lang>` and storage).
    #[prop_or_default]
    pub on_change: Callback<Lang>,
    pub children: Html,
}

#[function_component(I18nProvider)]
pub fn i18n_provider(props: &I18nProviderProps) -> Html {
    let lang = use_state(|| props.initial);
    let set_lang = {
        let lang = lang.clone();
        let on_change = props.on_change.clone();
        use_callback((), move |next: Lang, _| {
            lang.set(next);
            on_change.emit(next);
        })
    };
    let i18n = use_memo((*lang, set_lang), |(lang, set_lang)| I18n::new(*lang, set_lang.clone()));
    html! {
        <ContextProvider<I18n> context={(*i18n).clone()}>
            { props.children.clone() }
        </ContextProvider<I18n>>
    }
}
