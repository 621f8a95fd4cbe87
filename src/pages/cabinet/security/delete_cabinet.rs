//! «Видалити кабінет», the last part of «Безпека»: first it says exactly
//! what will be lost (with counts) and that orders stay with their
//! providers; then the user types the cabinet's e-mail address to confirm.

use crate::account_context::{AccountAction, use_account};
use crate::api_client::ApiError;
use crate::components::field_problem::problem_message;
use crate::components::form_field::FormField;
use crate::i18n::use_i18n;
use crate::routes::Route;
use fluent::FluentValue;
use portal_model::cabinet::{DeletionRequest, DeletionSummary};
use portal_model::registration::FieldProblem;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DeleteCabinetProps {
    pub csrf: String,
    pub email: String,
}

#[function_component(DeleteCabinet)]
pub fn delete_cabinet(props: &DeleteCabinetProps) -> Html {
    let i18n = use_i18n();
    let account = use_account();
    let navigator = use_navigator();
    let summary = use_state(|| None::<Result<DeletionSummary, &'static str>>);
    let confirmation = use_state(String::new);
    let problem = use_state(|| None::<FieldProblem>);
    let failure = use_state(|| None::<&'static str>);
    let on_start = {
        let (summary, client) = (summary.clone(), account.client.clone());
        Callback::from(move |_: MouseEvent| {
            let (summary, client) = (summary.clone(), client.clone());
            wasm_bindgen_futures::spawn_local(async move {
                summary.set(Some(client.deletion_summary().await.map_err(|e| e.message_id())));
            });
        })
    };
    let on_cancel = {
        let (summary, confirmation, problem) = (summary.clone(), confirmation.clone(), problem.clone());
        Callback::from(move |_: MouseEvent| {
            summary.set(None);
            confirmation.set(String::new());
            problem.set(None);
        })
    };
    let onsubmit = {
        let (confirmation, problem, failure, account, csrf, email) = (
            confirmation.clone(),
            problem.clone(),
            failure.clone(),
            account.clone(),
            props.csrf.clone(),
            props.email.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let request = DeletionRequest { confirmation: (*confirmation).clone() };
            // The same rule the API applies, so a typo is caught at once.
            if !request.confirms(&email) {
                problem.set(Some(mismatch()));
                return;
            }
            let (problem, failure, account, csrf, navigator) =
                (problem.clone(), failure.clone(), account.clone(), csrf.clone(), navigator.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match account.client.delete_cabinet(&request, &csrf).await {
                    Ok(()) => {
                        account.dispatch.emit(AccountAction::SignedOut);
                        if let Some(navigator) = navigator {
                            navigator.push(&Route::CabinetDeleted);
                        }
                    }
                    Err(ApiError::Invalid(_)) => problem.set(Some(mismatch())),
                    Err(error) => failure.set(Some(error.message_id())),
                }
            });
        })
    };
    let count = |id: &str, n: u32| i18n.t_args(id, &[("count", FluentValue::from(n))]);
    html! {
        <section aria-labelledby="ep-delete-heading">
            <h2 id="ep-delete-heading">{ i18n.t("delete-cabinet-title") }</h2>
            { match &*summary {
                None => html! {
                    <button type="button" class="ep-button ep-button-danger" onclick={on_start}>{ i18n.t("delete-cabinet-start") }</button>
                },
                Some(Err(message_id)) => html! { <p role="alert" class="ep-error-summary">{ i18n.t(message_id) }</p> },
                Some(Ok(s)) => html! {
                    <div class="ep-confirm-block">
                        <p>{ i18n.t("delete-cabinet-will-lose") }</p>
                        <ul>
                            <li>{ count("delete-cabinet-drafts", s.drafts) }</li>
                            <li>{ count("delete-cabinet-notifications", s.notifications) }</li>
                            <li>{ count("delete-cabinet-appointments", s.appointments) }</li>
                            <li>{ count("delete-cabinet-sessions", s.sessions) }</li>
                            <li>{ i18n.t("delete-cabinet-personal-data") }</li>
                        </ul>
                        <p>{ count("delete-cabinet-orders-stay", s.orders) }</p>
                        if let Some(message_id) = *failure {
                            <p role="alert" class="ep-error-summary">{ i18n.t(message_id) }</p>
                        }
                        <form class="ep-form" novalidate=true {onsubmit}>
                            <FormField name="confirmation" kind="email"
                                label={i18n.t_args("delete-cabinet-type-email", &[("email", FluentValue::from(props.email.clone()))])}
                                value={(*confirmation).clone()}
                                autocomplete={Some(AttrValue::from("off"))}
                                error={problem.as_ref().map(|p| AttrValue::from(problem_message(p)))}
                                on_change={{ let c = confirmation.clone(); Callback::from(move |text: String| c.set(text)) }} />
                            <button type="submit" class="ep-button ep-button-danger">{ i18n.t("delete-cabinet-confirm") }</button>
                            { " " }
                            <button type="button" class="ep-button" onclick={on_cancel}>{ i18n.t("cancel") }</button>
                        </form>
                    </div>
                },
            } }
        </section>
    }
}

fn mismatch() -> FieldProblem {
    FieldProblem { field: "confirmation".into(), code: portal_model::validation::FieldError::Mismatch }
}
