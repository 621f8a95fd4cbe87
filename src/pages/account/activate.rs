//! The activation link from the mail: `/activate?token=…`. The password
//! chosen at registration completes it, so a link mailed for someone
//! else's registration of one's address activates nothing.

use super::mailed_links::{Outcome, outcome_notice, use_token};
use crate::account_context::use_account;
use crate::api_client::ApiError;
use crate::components::document_title::use_document_title;
use crate::components::field_problem::problem_message;
use crate::components::form_field::FormField;
use crate::i18n::use_i18n;
use crate::routes::Route;
use portal_model::account::Activation;
use portal_model::registration::FieldProblem;
use portal_model::validation::FieldError;
use yew::prelude::*;
use yew_router::prelude::*;

#[function_component(ActivatePage)]
pub fn activate_page() -> Html {
    let i18n = use_i18n();
    let account = use_account();
    let token = use_token();
    let password = use_state(String::new);
    let problem = use_state(|| None::<FieldProblem>);
    let outcome = use_state(|| Outcome::Editing);
    use_document_title(i18n.t("activate-title"));
    let onsubmit = {
        let (password, problem, outcome, client) =
            (password.clone(), problem.clone(), outcome.clone(), account.client.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if password.is_empty() {
                problem.set(Some(FieldProblem { field: "password".into(), code: FieldError::Required }));
                return;
            }
            problem.set(None);
            let request = Activation { token: token.clone(), password: (*password).clone() };
            let (problem, outcome, client) = (problem.clone(), outcome.clone(), client.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match client.activate(&request).await {
                    Ok(()) => outcome.set(Outcome::Done),
                    Err(ApiError::Invalid(found)) => problem.set(found.into_iter().next()),
                    Err(error) => outcome.set(Outcome::Failed(error.message_id())),
                }
            });
        })
    };
    let sign_in = html! { <Link<Route> to={Route::SignIn}>{ i18n.t("sign-in") }</Link<Route>> };
    html! {
        <div class="ep-page ep-prose">
            <h1>{ i18n.t("activate-title") }</h1>
            { outcome_notice(&i18n, &outcome, "activate-done", sign_in) }
            if *outcome != Outcome::Done {
                <p>{ i18n.t("activate-intro") }</p>
                <form class="ep-form" novalidate=true {onsubmit}>
                    <FormField name="password" kind="password" label={i18n.t("field-password")} value={(*password).clone()}
                        autocomplete={Some(AttrValue::from("current-password"))}
                        error={problem.as_ref().map(|p| AttrValue::from(problem_message(p)))}
                        on_change={{ let p = password.clone(); Callback::from(move |t: String| p.set(t)) }} />
                    <button type="submit" class="ep-button ep-button-primary">{ i18n.t("activate-submit") }</button>
                </form>
            }
        </div>
    }
}
