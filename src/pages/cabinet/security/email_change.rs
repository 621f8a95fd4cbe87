//! «Зміна електронної пошти» in «Безпека»: the new address and the
//! password; a link goes to the new address, and nothing changes until it
//! is followed.

use crate::account_context::use_account;
use crate::api_client::ApiError;
use crate::components::field_problem;
use crate::components::form_field::{FormField, edits};
use crate::i18n::use_i18n;
use portal_model::account::EmailChange;
use portal_model::registration::FieldProblem;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmailChangeProps {
    pub csrf: String,
}

#[function_component(EmailChangeForm)]
pub fn email_change_form(props: &EmailChangeProps) -> Html {
    let i18n = use_i18n();
    let account = use_account();
    let change = use_state(EmailChange::default);
    let problems = use_state(Vec::<FieldProblem>::new);
    let status = use_state(|| None::<Result<String, &'static str>>);
    let onsubmit = {
        let (change, problems, status, account, csrf) =
            (change.clone(), problems.clone(), status.clone(), account.clone(), props.csrf.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            status.set(None);
            if let Err(code) = portal_model::registration::email(&change.new_email) {
                problems.set(vec![FieldProblem { field: "new_email".into(), code }]);
                return;
            }
            let (request, problems, status, account, csrf, change) =
                ((*change).clone(), problems.clone(), status.clone(), account.clone(), csrf.clone(), change.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match account.client.request_email_change(&request, &csrf).await {
                    Ok(()) => {
                        problems.set(Vec::new());
                        change.set(EmailChange::default());
                        status.set(Some(Ok(request.new_email.trim().to_owned())));
                    }
                    Err(ApiError::Invalid(found)) => problems.set(found),
                    Err(error) => status.set(Some(Err(error.message_id()))),
                }
            });
        })
    };
    let error_for = |field: &str| field_problem::error_for(&problems, field);
    html! {
        <section aria-labelledby="ep-email-heading">
            <h2 id="ep-email-heading">{ i18n.t("email-change-title") }</h2>
            { match &*status {
                Some(Ok(address)) => html! {
                    <p role="status" class="ep-success">{ "✔ " }
                        { i18n.t_args("email-change-sent", &[("email", fluent::FluentValue::from(address.clone()))]) }</p>
                },
                Some(Err(message_id)) => html! { <p role="alert" class="ep-error-summary">{ i18n.t(message_id) }</p> },
                None => html! {},
            } }
            <form class="ep-form" novalidate=true {onsubmit}>
                <FormField name="new_email" kind="email" label={i18n.t("field-new-email")} value={change.new_email.clone()}
                    autocomplete={Some(AttrValue::from("email"))} error={error_for("new_email")}
                    on_change={edits(&change, |c, t| c.new_email = t)} />
                <FormField name="password" kind="password" label={i18n.t("field-current-password")} value={change.password.clone()}
                    autocomplete={Some(AttrValue::from("current-password"))} error={error_for("password")}
                    on_change={edits(&change, |c, t| c.password = t)} />
                <button type="submit" class="ep-button ep-button-primary">{ i18n.t("email-change-send") }</button>
            </form>
        </section>
    }
}
