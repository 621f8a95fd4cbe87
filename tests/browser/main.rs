//! Components rendered by Yew in headless Chromium (wasm-bindgen-test).
//! Run by scripts/test.sh; `cargo test -p portal-web --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use portal_model::{Cost, Currency, Lang, Term};
use portal_web::components::error_panel::ErrorPanel;
use portal_web::components::language_switch::LanguageSwitch;
use portal_web::format;
use portal_web::i18n::{I18nProvider, use_i18n};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

mod application_form;

fn mount_point() -> Element {
    let document = gloo::utils::document();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

async fn render<C>(props: C::Properties) -> Element
where
    C: BaseComponent,
{
    let root = mount_point();
    yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

fn button_for(root: &Element, lang: &str) -> HtmlElement {
    root.query_selector(&format!("button[data-lang='{lang}']"))
        .unwrap()
        .expect("a button per language")
        .dyn_into()
        .unwrap()
}

/// Shows a translated text, the formatted cost and term, so a test can see
/// the language change.
#[function_component(Probe)]
fn probe() -> Html {
    let i18n = use_i18n();
    let fee = Cost::Fee { amount_minor: 105_000, currency: Currency::UAH };
    html! {
        <>
            <LanguageSwitch />
            <p id="probe-text">{ i18n.t("sign-in") }</p>
            <p id="probe-cost">{ format::cost(&i18n, &fee) }</p>
            <p id="probe-term-3">{ format::term(&i18n, &Term::WorkingDays { days: 3 }) }</p>
            <p id="probe-term-5">{ format::term(&i18n, &Term::WorkingDays { days: 5 }) }</p>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ProbeAppProps {
    initial: Lang,
}

#[function_component(ProbeApp)]
fn probe_app(props: &ProbeAppProps) -> Html {
    html! { <I18nProvider initial={props.initial}><Probe /></I18nProvider> }
}

fn text(root: &Element, id: &str) -> String {
    root.query_selector(&format!("#{id}")).unwrap().unwrap().text_content().unwrap_or_default()
}

/// Belarusian and English, which the app fetches when first needed, given
/// here directly (the test runner serves no `locales/`).
fn all_languages() {
    portal_web::i18n::install(Lang::Be, include_str!("../../locales/be/portal.ftl"));
    portal_web::i18n::install(Lang::En, include_str!("../../locales/en/portal.ftl"));
}

#[wasm_bindgen_test]
async fn language_switch_re_renders_in_the_chosen_language() {
    all_languages();
    let root = render::<ProbeApp>(ProbeAppProps { initial: Lang::Uk }).await;
    assert_eq!(text(&root, "probe-text"), "Увійти до кабінету");
    assert_eq!(button_for(&root, "uk").get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(button_for(&root, "be").get_attribute("aria-pressed").as_deref(), Some("false"));

    button_for(&root, "be").click();
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "probe-text"), "Увайсці ў кабінет");
    assert_eq!(button_for(&root, "be").get_attribute("aria-pressed").as_deref(), Some("true"));

    button_for(&root, "en").click();
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "probe-text"), "Sign in");
}

#[wasm_bindgen_test]
async fn plurals_and_money_follow_each_language() {
    all_languages();
    let root = render::<ProbeApp>(ProbeAppProps { initial: Lang::Be }).await;
    assert_eq!(text(&root, "probe-term-3"), "3 працоўныя дні");
    assert_eq!(text(&root, "probe-term-5"), "5 працоўных дзён");
    assert_eq!(text(&root, "probe-cost"), "1\u{a0}050,00\u{a0}грн");

    button_for(&root, "uk").click();
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "probe-term-3"), "3 робочі дні");
    assert_eq!(text(&root, "probe-term-5"), "5 робочих днів");

    button_for(&root, "en").click();
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "probe-term-3"), "3 working days");
    assert_eq!(text(&root, "probe-cost"), "UAH 1,050.00");
}

#[derive(Properties, PartialEq)]
struct ErrorAppProps {
    on_retry: Callback<()>,
}

#[function_component(ErrorApp)]
fn error_app(props: &ErrorAppProps) -> Html {
    html! {
        <I18nProvider initial={Lang::Uk}>
            <ErrorPanel message_id="error-network" on_retry={props.on_retry.clone()} />
        </I18nProvider>
    }
}

#[wasm_bindgen_test]
async fn error_panel_is_announced_translated_and_retries() {
    let retried = Rc::new(Cell::new(0));
    let on_retry = {
        let retried = retried.clone();
        Callback::from(move |()| retried.set(retried.get() + 1))
    };
    let root = render::<ErrorApp>(ErrorAppProps { on_retry }).await;
    let alert = root.query_selector("[role=alert]").unwrap().expect("an alert");
    let words = alert.text_content().unwrap();
    assert!(words.contains("Немає зв’язку із сервером"), "{words}");
    let button: HtmlElement = alert.query_selector("button").unwrap().unwrap().dyn_into().unwrap();
    assert_eq!(button.text_content().unwrap(), "Спробувати ще раз");
    button.click();
    yew::scheduler::flush().await;
    assert_eq!(retried.get(), 1);
}

#[wasm_bindgen_test]
async fn crash_notice_speaks_three_languages_and_offers_reload() {
    let host = mount_point();
    host.set_inner_html("<div class=\"ep-root\"><p>app</p></div>");
    portal_web::crash_notice::show(&host);
    let alert = host.query_selector(".ep-root > [role=alert]").unwrap().expect("notice inside the root");
    for lang in ["uk", "be", "en"] {
        assert!(alert.query_selector(&format!("p[lang={lang}] a")).unwrap().is_some(), "{lang} reload link");
    }
    let active = gloo::utils::document().active_element().unwrap();
    assert_eq!(active, alert, "focus moves to the notice so it is read out");
}

/// Who is signed in changes only through named actions: a changed profile
/// keeps the session's CSRF token, and one arriving after sign-out changes
/// nothing.
#[wasm_bindgen_test]
fn account_actions_change_who_is_signed_in() {
    use portal_model::account::{Profile, SignedIn};
    use portal_web::account_context::{AccountAction, AccountState};
    let profile = |name: &str| Profile {
        email: "petro@example.com".into(),
        full_name: name.into(),
        phone: String::new(),
        postal_code: String::new(),
        address: String::new(),
        region: String::new(),
        country: Default::default(),
        personal_number: String::new(),
        passport: String::new(),
    };
    let signed_in =
        SignedIn { csrf_token: "token".into(), profile: profile("Петренко"), public_computer: false };
    let state = Rc::new(AccountState::Unknown).reduce(AccountAction::Known(Some(signed_in.clone())));
    assert_eq!(*state, AccountState::SignedIn(signed_in.clone()));
    let changed = state.reduce(AccountAction::ProfileChanged(profile("Петренко Петро")));
    let AccountState::SignedIn(now) = &*changed else { panic!("still signed in") };
    assert_eq!((now.csrf_token.as_str(), now.profile.full_name.as_str()), ("token", "Петренко Петро"));
    let out = changed.reduce(AccountAction::SignedOut);
    assert_eq!(*out, AccountState::SignedOut);
    let late = out.reduce(AccountAction::ProfileChanged(profile("late")));
    assert_eq!(*late, AccountState::SignedOut);
    assert_eq!(*Rc::new(AccountState::Unknown).reduce(AccountAction::Known(None)), AccountState::SignedOut);
}
