//! Portal name, search, language switch, sign-in and registration; offline,
//! who was signed in here last and that there is no connection. Below 600 px
//! the language switch and the account's links fold behind «Меню» (the
//! search stays in view): the header then keeps one row and the search
//! (styles/base.css).

use crate::account_context::{AccountAction, AccountState, use_account};
use crate::components::language_switch::LanguageSwitch;
use crate::components::search_box::SearchBox;
use crate::i18n::use_i18n;
use crate::routes::Route;
use crate::theme::use_theme;
use stylist::yew::styled_component;
use yew::prelude::*;
use yew_router::prelude::*;

#[styled_component(Header)]
pub fn header() -> Html {
    let i18n = use_i18n();
    let theme = use_theme();
    let account = use_account();
    let on_sign_out = {
        let account = account.clone();
        Callback::from(move |_: MouseEvent| {
            let AccountState::SignedIn(signed_in) = &account.state else { return };
            let (account, csrf) = (account.clone(), signed_in.csrf_token.clone());
            wasm_bindgen_futures::spawn_local(async move {
                // Signed out on the server or not, the page forgets the session.
                let _ = account.client.sign_out(&csrf).await;
                account.dispatch.emit(AccountAction::SignedOut);
            });
        })
    };
    // The menu is open on the page it was opened on: following a link from
    // it leaves it closed on the next page.
    let path = use_location().map(|l| l.path().to_owned());
    let opened_on = use_state(|| None);
    let menu_open = path.is_some() && *opened_on == path;
    let menu_button = use_node_ref();
    let on_menu = {
        let opened_on = opened_on.clone();
        Callback::from(move |_: MouseEvent| opened_on.set(if menu_open { None } else { path.clone() }))
    };
    // Escape closes the menu and gives focus back to its button.
    let on_menu_key = {
        let (opened_on, menu_button) = (opened_on.clone(), menu_button.clone());
        Callback::from(move |e: KeyboardEvent| {
            if menu_open && e.key() == "Escape" {
                opened_on.set(None);
                if let Some(button) = menu_button.cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        })
    };
    let offline_owner =
        matches!(account.state, AccountState::Unreachable).then(crate::draft_store::last_owner).flatten();
    let offline = offline_owner.is_some();
    let bar = css!(
        r#"
        background: ${bg}; color: ${fg};
        a { color: ${fg}; }
        .ep-header-inner {
            max-width: 72rem; margin: 0 auto; padding: ${s} ${m};
            display: flex; flex-wrap: wrap; align-items: center; gap: ${s} ${m};
        }
        .ep-brand { font-weight: 700; font-size: ${h3}; text-decoration: none; margin-right: auto; }
        .ep-brand:hover { text-decoration: underline; }
        .ep-account { display: flex; flex-wrap: wrap; gap: ${s}; }
        .ep-account a, .ep-account button {
            font: inherit; color: inherit; background: transparent; cursor: pointer;
            display: inline-flex; align-items: center; min-height: 2.75rem; padding: 0 ${s};
            border: 1px solid ${fg}; border-radius: ${radius}; text-decoration: none;
        }
        .ep-account a:hover, .ep-account button:hover { text-decoration: underline; }
        .ep-account .ep-user { display: inline-flex; align-items: center; font-weight: 700; }
        .ep-unread {
            display: inline-block; min-width: 1.5em; margin-left: 0.4em; padding: 0 0.35em;
            border-radius: 1em; background: ${fg}; color: ${bg}; font-weight: 700; text-align: center;
        }
        .ep-search-row { flex-basis: 100%; min-width: 0; }
        "#,
        bg = theme.colors.header_bg,
        fg = theme.colors.on_header,
        s = theme.space[1],
        m = theme.space[2],
        h3 = theme.font_size[2],
        radius = theme.radius,
    );
    html! {
        <header class={bar}>
            <div class="ep-header-inner">
                <Link<Route> to={Route::Home} classes="ep-brand">{ i18n.t("portal-name") }</Link<Route>>
                <button type="button" class="ep-menu-button" ref={menu_button} aria-controls="ep-header-menu"
                        aria-expanded={menu_open.to_string()} onclick={on_menu} onkeydown={on_menu_key.clone()}>
                    <span aria-hidden="true">{ "☰ " }</span>{ i18n.t("header-menu") }
                </button>
                // On a phone the menu is folded: the offline state stays in view
                // beside its button (in the menu otherwise).
                if offline {
                    <span class="ep-offline-badge">{ "⚠ " }{ i18n.t("header-offline") }</span>
                }
                <div id="ep-header-menu" class={classes!("ep-header-menu", menu_open.then_some("ep-open"))}
                     onkeydown={on_menu_key}>
                    <LanguageSwitch />
                    <nav class="ep-account" aria-label={i18n.t("account-nav-label")}>
                        if let AccountState::SignedIn(signed_in) = &account.state {
                            <Link<Route> to={Route::PersonalData} classes="ep-user">{ &signed_in.profile.email }</Link<Route>>
                            <Link<Route> to={Route::Notifications} classes="ep-notifications">
                                { i18n.t("notifications-title") }
                                if let Some(unread) = account.unread.filter(|n| *n > 0) {
                                    // The number is in words for screen readers, as a badge for the eye.
                                    <span class="ep-unread" aria-hidden="true">{ unread }</span>
                                    <span class="ep-visually-hidden">
                                        { i18n.t_args("notifications-unread", &[("count", fluent::FluentValue::from(unread))]) }
                                    </span>
                                }
                            </Link<Route>>
                            <button type="button" onclick={on_sign_out}>{ i18n.t("sign-out") }</button>
                        } else if let Some(email) = offline_owner {
                            // No answer from the API: whoever signed in here last
                            // stays shown (the browser's knowledge), offline beside it.
                            <span class="ep-user">{ email }</span>
                            <span class="ep-user ep-offline">{ "⚠ " }{ i18n.t("header-offline") }</span>
                        } else {
                            <Link<Route> to={Route::SignIn}>{ i18n.t("sign-in") }</Link<Route>>
                            <Link<Route> to={Route::Register}>{ i18n.t("register") }</Link<Route>>
                        }
                    </nav>
                </div>
                <div class="ep-search-row"><SearchBox /></div>
            </div>
        </header>
    }
}
