//! Changing a password, the cabinet's or the unique identifier's: old, new
//! and the new one again.

use crate::api_client::ApiError;
use crate::components::field_problem;
use crate::components::form_field::FormField;
use crate::i18n::use_i18n;
use portal_model::account::PasswordChange;
use portal_model::registration::FieldProblem;
use yew::prelude::*;

/// Whose password a [`PasswordForm`] changes.
#[derive(Clone, Copy, PartialEq)]
pub enum PasswordOf {
    /// The cabinet's (e-mail sign-in).
    Account,
    /// The unique identifier's.
    Identifier,
}

#[derive(Properties, PartialEq)]
pub struct PasswordFormProps {
    pub csrf: String,
    pub of: PasswordOf,
}

#[function_component(PasswordForm)]
pub fn password_form(props: &PasswordFormProps) -> Html {
    let i18n = use_i18n();
    let account = crate::account_context::use_account();
    let change = use_state(PasswordChange::default);
    let problems = use_state(Vec::<FieldProblem>::new);
    let status = use_state(|| None::<Result<(), &'static str>>);
    let onsubmit = {
        let (change, problems, status, account, csrf, of) =
            (change.clone(), problems.clone(), status.clone(), account.clone(), props.csrf.clone(), props.of);
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let (request, problems, status, account, csrf, change) =
                ((*change).clone(), problems.clone(), status.clone(), account.clone(), csrf.clone(), change.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = match of {
                    PasswordOf::Account => account.client.change_password(&request, &csrf).await,
                    PasswordOf::Identifier => account.client.change_identifier_password(&request, &csrf).await,
                };
                match result {
                    Ok(()) => {
                        problems.set(Vec::new());
                        change.set(PasswordChange::default());
                        status.set(Some(Ok(())));
                    }
                    Err(ApiError::Invalid(found)) => {
                        status.set(None);
                        problems.set(found);
                    }
                    Err(error) => status.set(Some(Err(error.message_id()))),
                }
            });
        })
    };
    let error_for = |field: &str| field_problem::error_for(&problems, field);
    // Two of these forms may share a page: their fields need their own ids.
    let prefix = if props.of == PasswordOf::Identifier { "identifier_" } else { "" };
    let field = |name: &'static str, label: &'static str, value: String, autocomplete: &'static str| {
        let change = change.clone();
        let on_change = Callback::from(move |text: String| {
            let mut next = (*change).clone();
            match name {
                "old_password" => next.old_password = text,
                "new_password" => next.new_password = text,
                _ => next.confirm_password = text,
            }
            change.set(next);
        });
        html! {
            <FormField name={format!("{prefix}{name}")} label={i18n.t(label)} kind="password" {value}
                       autocomplete={Some(AttrValue::from(autocomplete))} error={error_for(name)} {on_change} />
        }
    };
    html! {
        <section aria-labelledby={format!("ep-{prefix}password-heading")}>
            <h2 id={format!("ep-{prefix}password-heading")}>
                { i18n.t(if props.of == PasswordOf::Identifier { "identifier-password-title" } else { "password-change-title" }) }
            </h2>
            { match *status {
                Some(Ok(())) => html! { <p role="status" class="ep-success">{ "✔ " }{ i18n.t("password-changed") }</p> },
                Some(Err(message_id)) => html! { <p role="alert" class="ep-error-summary">{ i18n.t(message_id) }</p> },
                None => html! {},
            } }
            <form class="ep-form" novalidate=true {onsubmit}>
                { field("old_password", "field-old-password", change.old_password.clone(), "current-password") }
                { field("new_password", "field-new-password", change.new_password.clone(), "new-password") }
                { field("confirm_password", "field-confirm-password", change.confirm_password.clone(), "new-password") }
                <button type="submit" class="ep-button ep-button-primary">{ i18n.t("save") }</button>
            </form>
        </section>
    }
}
