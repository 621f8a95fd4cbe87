//! Sign-in by e-mail and password, and by unique identifier (seed 004).
//! (Sign-in by qualified signature will sit beside these forms.)

use crate::account_context::{AccountAction, AccountState, use_account};
use crate::api_client::ApiError;
use crate::components::document_title::use_document_title;
use crate::components::form_field::FormField;
use crate::i18n::use_i18n;
use crate::routes::{Route, SignInQuery};
use portal_model::account::{IdentifierSignIn, SignInRequest, SignedIn};
use yew::prelude::*;
use yew_router::prelude::*;

/// Only paths of this portal: `next` never leads to another site.
fn route_after(next: &str) -> Route {
    if next.starts_with('/') && !next.starts_with("//") {
        Route::recognize(next).filter(|r| *r != Route::NotFound).unwrap_or(Route::Home)
    } else {
        Route::Home
    }
}

#[function_component(SignInPage)]
pub fn sign_in_page() -> Html {
    let i18n = use_i18n();
    let account = use_account();
    let navigator = use_navigator();
    let next = use_location().and_then(|l| l.query::<SignInQuery>().ok()).unwrap_or_default().next;
    let request = use_state(SignInRequest::default);
    let failure = use_state(|| None::<&'static str>);
    let sending = use_state(|| false);
    // «Чужий комп'ютер»: applies to either way of signing in.
    let public = use_state(|| false);
    use_document_title(i18n.t("sign-in-page-title"));

    if let AccountState::SignedIn(signed_in) = &account.state {
        return html! {
            <div class="ep-page ep-prose">
                <h1>{ i18n.t("sign-in-page-title") }</h1>
                <p role="status">{ i18n.t("signed-in-as") }{ " " }<strong>{ &signed_in.profile.email }</strong></p>
                <p><Link<Route> to={Route::Home}>{ i18n.t("back-to-catalogue") }</Link<Route>></p>
            </div>
        };
    }
    let by_identifier = use_state(IdentifierSignIn::default);
    // Either form ends the same way: into the cabinet (or `next`), or a message.
    let finish = {
        let (failure, sending, account) = (failure.clone(), sending.clone(), account.clone());
        let after = route_after(&next);
        move |result: Result<SignedIn, ApiError>| {
            match result {
                Ok(signed_in) => {
                    failure.set(None);
                    account.dispatch.emit(AccountAction::SignedIn(signed_in));
                    if let Some(navigator) = &navigator {
                        navigator.push(&after);
                    }
                }
                Err(error) => failure.set(Some(error.message_id())),
            }
            sending.set(false);
        }
    };
    let onsubmit = {
        let (request, sending, client, finish, public) =
            (request.clone(), sending.clone(), account.client.clone(), finish.clone(), public.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            sending.set(true);
            let request = SignInRequest { public_computer: *public, ..(*request).clone() };
            let (client, finish) = (client.clone(), finish.clone());
            wasm_bindgen_futures::spawn_local(async move { finish(client.sign_in(&request).await) });
        })
    };
    let on_identifier_submit = {
        let (request, sending, client, public) =
            (by_identifier.clone(), sending.clone(), account.client.clone(), public.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            sending.set(true);
            let request = IdentifierSignIn { public_computer: *public, ..(*request).clone() };
            let (client, finish) = (client.clone(), finish.clone());
            wasm_bindgen_futures::spawn_local(async move { finish(client.sign_in_identifier(&request).await) });
        })
    };
    let on_identifier = {
        let r = by_identifier.clone();
        Callback::from(move |identifier: String| r.set(IdentifierSignIn { identifier, ..(*r).clone() }))
    };
    let on_identifier_password = {
        let r = by_identifier.clone();
        Callback::from(move |password: String| r.set(IdentifierSignIn { password, ..(*r).clone() }))
    };
    let on_email = {
        let request = request.clone();
        Callback::from(move |email: String| request.set(SignInRequest { email, ..(*request).clone() }))
    };
    let on_password = {
        let request = request.clone();
        Callback::from(move |password: String| request.set(SignInRequest { password, ..(*request).clone() }))
    };
    html! {
        <div class="ep-page ep-prose">
            <h1>{ i18n.t("sign-in-page-title") }</h1>
            if let Some(message_id) = *failure {
                <p class="ep-error-summary" role="alert">{ i18n.t(message_id) }</p>
            }
            <div class="ep-field-check">
                <input id="public-computer" type="checkbox" checked={*public} aria-describedby="public-computer-hint"
                       onchange={let public = public.clone(); move |_: Event| public.set(!*public)} />
                <label for="public-computer">{ i18n.t("sign-in-public-computer") }</label>
                <span id="public-computer-hint" class="ep-field-hint">{ i18n.t("sign-in-public-computer-hint") }</span>
            </div>
            <form class="ep-form" novalidate=true {onsubmit}>
                <FormField name="email" label={i18n.t("field-email")} kind="email" value={request.email.clone()}
                           autocomplete={Some(AttrValue::from("username"))} on_change={on_email} />
                <FormField name="password" label={i18n.t("field-password")} kind="password" value={request.password.clone()}
                           autocomplete={Some(AttrValue::from("current-password"))} on_change={on_password} />
                <button type="submit" class="ep-button ep-button-primary" disabled={*sending}>{ i18n.t("sign-in") }</button>
            </form>
            <p><Link<Route> to={Route::ForgotPassword} classes="ep-link-block">{ i18n.t("forgot-password-link") }</Link<Route>></p>
            <p>{ i18n.t("sign-in-no-account") }{ " " }<Link<Route> to={Route::Register}>{ i18n.t("register") }</Link<Route>></p>
            <section aria-labelledby="ep-identifier-heading">
                <h2 id="ep-identifier-heading">{ i18n.t("identifier-sign-in-title") }</h2>
                <p>{ i18n.t("identifier-sign-in-intro") }</p>
                <form class="ep-form" novalidate=true onsubmit={on_identifier_submit}>
                    <FormField name="identifier" label={i18n.t("field-identifier")} value={by_identifier.identifier.clone()}
                               hint={Some(AttrValue::from(i18n.t("field-identifier-hint")))}
                               autocomplete={Some(AttrValue::from("username"))} on_change={on_identifier} />
                    <FormField name="identifier_password" label={i18n.t("field-password")} kind="password"
                               value={by_identifier.password.clone()}
                               autocomplete={Some(AttrValue::from("current-password"))} on_change={on_identifier_password} />
                    <button type="submit" class="ep-button ep-button-primary" disabled={*sending}>{ i18n.t("sign-in") }</button>
                </form>
            </section>
        </div>
    }
}
