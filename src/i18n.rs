//! Translations: Fluent files in `locales/{uk,be,en}/portal.ftl`, embedded in
//! the wasm and read through i18n-embed. The current language lives in a Yew
//! context, so switching re-renders every component that reads it.

use fluent::FluentValue;
use i18n_embed::LanguageLoader;
use i18n_embed::fluent::FluentLanguageLoader;
use portal_model::Lang;
use rust_embed::RustEmbed;
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

#[derive(RustEmbed)]
#[folder = "locales/"]
struct Localizations;

fn langid(lang: Lang) -> unic_langid::LanguageIdentifier {
    lang.code().parse().expect("uk, be and en are valid language ids")
}

/// One loader per language, built once: all three are loaded together and
/// each is a cheap selection of the shared bundles.
struct Loaders {
    by_lang: [Rc<FluentLanguageLoader>; 3],
}

impl Loaders {
    fn build() -> Loaders {
        let all = FluentLanguageLoader::new("portal", langid(Lang::Uk));
        let ids: Vec<_> = Lang::ALL.iter().map(|l| langid(*l)).collect();
        if let Err(error) = all.load_languages(&Localizations, &ids) {
            gloo::console::error!(format!("translations failed to load: {error}"));
        }
        // Values inserted into messages (names, numbers) must not be wrapped
        // in invisible direction marks; this holds only after loading.
        all.set_use_isolating(false);
        Loaders { by_lang: Lang::ALL.map(|l| Rc::new(all.select_languages(&[langid(l)]))) }
    }
}

thread_local! {
    static LOADERS: Loaders = Loaders::build();
}

fn loader(lang: Lang) -> Rc<FluentLanguageLoader> {
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    LOADERS.with(|loaders| loaders.by_lang[index].clone())
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

    pub fn set_lang(&self, lang: Lang) {
        self.set_lang.emit(lang);
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
