//! Pages behind links sent by mail: «Забули пароль?» (ask for a link),
//! `/reset-password?token=…` (set a new password) and
//! `/confirm-email?token=…` (the cabinet's new address takes effect).

use crate::account_context::{AccountAction, use_account};
use crate::api_client::ApiError;
use crate::components::document_title::use_document_title;
use crate::components::field_problem::{self, problem_message};
use crate::components::form_field::{FormField, edits};
use crate::components::loading::Loading;
use crate::i18n::use_i18n;
use crate::routes::Route;
use portal_model::account::{PasswordReset, PasswordResetRequest};
use portal_model::registration::FieldProblem;
use serde::Deserialize;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Clone, Default, Deserialize, PartialEq)]
struct TokenQuery {
    #[serde(default)]
    token: String,
}

/// The `token` of a mailed link's address.
#[hook]
pub fn use_token() -> String {
    use_location().and_then(|l| l.query::<TokenQuery>().ok()).unwrap_or_default().token
}

/// Where a form or a followed link stands.
#[derive(Clone, PartialEq)]
pub enum Outcome {
    Editing,
    Done,
    Failed(&'static str),
}

/// The announcement of an outcome: done (with `after`, e.g. a link on), or why not.
pub fn outcome_notice(i18n: &crate::i18n::I18n, outcome: &Outcome, done_id: &str, after: Html) -> Html {
    match outcome {
        Outcome::Editing => html! {},
        Outcome::Done => html! { <p role="status" class="ep-success">{ "✔ " }{ i18n.t(done_id) }{ " " }{ after }</p> },
        Outcome::Failed(message_id) => html! { <p role="alert" class="ep-error-summary">{ i18n.t(message_id) }</p> },
    }
}

#[function_component(ForgotPasswordPage)]
pub fn forgot_password_page() -> Html {
    let i18n = use_i18n();
    let account = use_account();
    use_document_title(i18n.t("forgot-password-title"));
    let email = use_state(String::new);
    let outcome = use_state(|| Outcome::Editing);
    let problem = use_state(|| None::<FieldProblem>);
    let onsubmit = {
        let (email, outcome, problem, client) =
            (email.clone(), outcome.clone(), problem.clone(), account.client.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            // The shared rule first, so a typo is pointed out before anything is sent.
            if let Err(code) = portal_model::registration::email(&email) {
                problem.set(Some(FieldProblem { field: "email".into(), code }));
                return;
            }
            problem.set(None);
            let (request, outcome, client) =
                (PasswordResetRequest { email: (*email).clone() }, outcome.clone(), client.clone());
            wasm_bindgen_futures::spawn_local(async move {
                outcome.set(match client.request_password_reset(&request).await {
                    Ok(()) => Outcome::Done,
                    Err(error) => Outcome::Failed(error.message_id()),
                });
            });
        })
    };
    html! {
        <div class="ep-page ep-prose">
            <h1>{ i18n.t("forgot-password-title") }</h1>
            <p>{ i18n.t("forgot-password-intro") }</p>
            { outcome_notice(&i18n, &outcome, "forgot-password-sent", html! {}) }
            <form class="ep-form" novalidate=true {onsubmit}>
                <FormField name="email" kind="email" label={i18n.t("field-email")} value={(*email).clone()}
                    autocomplete={Some(AttrValue::from("email"))}
                    error={problem.as_ref().map(|p| AttrValue::from(problem_message(p)))}
                    on_change={{ let e = email.clone(); Callback::from(move |t: String| e.set(t)) }} />
                <button type="submit" class="ep-button ep-button-primary">{ i18n.t("forgot-password-send") }</button>
            </form>
            <p>{ i18n.t("forgot-password-remembered") }{ " " }<Link<Route> to={Route::SignIn}>{ i18n.t("sign-in") }</Link<Route>></p>
        </div>
    }
}

#[function_component(ResetPasswordPage)]
pub fn reset_password_page() -> Html {
    let i18n = use_i18n();
    let account = use_account();
    let token = use_token();
    use_document_title(i18n.t("reset-password-title"));
    let reset = use_state(|| PasswordReset { token: token.clone(), ..PasswordReset::default() });
    let problems = use_state(Vec::<FieldProblem>::new);
    let outcome = use_state(|| Outcome::Editing);
    let onsubmit = {
        let (reset, problems, outcome, account) = (reset.clone(), problems.clone(), outcome.clone(), account.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let found = reset.problems();
            if !found.is_empty() {
                problems.set(found);
                return;
            }
            problems.set(Vec::new());
            let (request, problems, outcome, account) =
                ((*reset).clone(), problems.clone(), outcome.clone(), account.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match account.client.reset_password(&request).await {
                    Ok(()) => {
                        // Every session ended, this browser's too.
                        account.dispatch.emit(AccountAction::SignedOut);
                        outcome.set(Outcome::Done);
                    }
                    Err(ApiError::Invalid(found)) => problems.set(found),
                    Err(error) => outcome.set(Outcome::Failed(error.message_id())),
                }
            });
        })
    };
    let error_for = |field: &str| field_problem::error_for(&problems, field);
    let sign_in = html! { <Link<Route> to={Route::SignIn}>{ i18n.t("sign-in") }</Link<Route>> };
    html! {
        <div class="ep-page ep-prose">
            <h1>{ i18n.t("reset-password-title") }</h1>
            { outcome_notice(&i18n, &outcome, "reset-password-done", sign_in) }
            if *outcome != Outcome::Done {
                <form class="ep-form" novalidate=true {onsubmit}>
                    <FormField name="new_password" kind="password" label={i18n.t("field-new-password")}
                        value={reset.new_password.clone()} autocomplete={Some(AttrValue::from("new-password"))}
                        error={error_for("new_password")} on_change={edits(&reset, |r, t| r.new_password = t)} />
                    <FormField name="confirm_password" kind="password" label={i18n.t("field-confirm-password")}
                        value={reset.confirm_password.clone()} autocomplete={Some(AttrValue::from("new-password"))}
                        error={error_for("confirm_password")} on_change={edits(&reset, |r, t| r.confirm_password = t)} />
                    <button type="submit" class="ep-button ep-button-primary">{ i18n.t("save") }</button>
                </form>
            }
        </div>
    }
}

#[function_component(ConfirmEmailPage)]
pub fn confirm_email_page() -> Html {
    let i18n = use_i18n();
    let account = use_account();
    let token = use_token();
    use_document_title(i18n.t("confirm-email-title"));
    let outcome = use_state(|| None::<Outcome>);
    {
        let (outcome, account) = (outcome.clone(), account.clone());
        use_effect_with(token, move |token| {
            let token = token.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let result = account.client.confirm_email_change(&token).await;
                outcome.set(Some(match result {
                    Ok(()) => Outcome::Done,
                    Err(error) => Outcome::Failed(error.message_id()),
                }));
                // The header shows the address: ask who is signed in again.
                if let Ok(Some(signed_in)) = account.client.me().await {
                    account.dispatch.emit(AccountAction::SignedIn(signed_in));
                }
            });
        });
    }
    html! {
        <div class="ep-page ep-prose">
            <h1>{ i18n.t("confirm-email-title") }</h1>
            { match &*outcome {
                None => html! { <Loading /> },
                Some(outcome) => outcome_notice(&i18n, outcome, "confirm-email-done", html! {}),
            } }
        </div>
    }
}
