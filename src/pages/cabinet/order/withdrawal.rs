//! «Відкликати заяву»: while the application is not completed, the
//! applicant may withdraw it — a reason, a warning and a confirmation
//! first; the order as it is then replaces the page's.

use crate::api_client::{ApiClient, ApiError};
use crate::components::field_problem::problem_message;
use crate::i18n::use_i18n;
use portal_model::order::{MAX_REASON_CHARS, Order};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WithdrawalProps {
    pub order: i64,
    pub client: ApiClient,
    pub csrf: AttrValue,
    pub on_withdrawn: Callback<Order>,
}

#[function_component(WithdrawApplication)]
pub fn withdraw_application(props: &WithdrawalProps) -> Html {
    let i18n = use_i18n();
    let asking = use_state(|| false);
    let reason = use_state(String::new);
    let problem = use_state(|| None::<String>);
    let sending = use_state(|| false);
    let textarea = use_node_ref();
    let open = {
        let (asking, textarea) = (asking.clone(), textarea.clone());
        Callback::from(move |_: MouseEvent| {
            asking.set(true);
            // Focus moves to the reason once it is shown.
            let textarea = textarea.clone();
            gloo::timers::callback::Timeout::new(0, move || {
                if let Some(field) = textarea.cast::<HtmlTextAreaElement>() {
                    let _ = field.focus();
                }
            })
            .forget();
        })
    };
    let cancel = {
        let (asking, problem) = (asking.clone(), problem.clone());
        Callback::from(move |_: MouseEvent| {
            asking.set(false);
            problem.set(None);
        })
    };
    let on_input = {
        let reason = reason.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(field) = e.target_dyn_into::<HtmlTextAreaElement>() {
                reason.set(field.value());
            }
        })
    };
    let confirm = {
        let (reason, problem, sending) = (reason.clone(), problem.clone(), sending.clone());
        let (client, csrf, id, on_withdrawn) =
            (props.client.clone(), props.csrf.to_string(), props.order, props.on_withdrawn.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if reason.trim().is_empty() {
                problem.set(Some("validation-required".into()));
                return;
            }
            let (text, problem, sending, client, csrf, on_withdrawn) = (
                (*reason).clone(),
                problem.clone(),
                sending.clone(),
                client.clone(),
                csrf.clone(),
                on_withdrawn.clone(),
            );
            sending.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                match client.withdraw_order(id, &text, &csrf).await {
                    Ok(order) => on_withdrawn.emit(order),
                    Err(ApiError::Invalid(fields)) => problem.set(fields.first().map(problem_message)),
                    Err(error) => problem.set(Some(error.message_id().into())),
                }
                sending.set(false);
            });
        })
    };
    if !*asking {
        return html! {
            <p><button type="button" class="ep-button" onclick={open}>{ i18n.t("order-withdraw") }</button></p>
        };
    }
    html! {
        <form class="ep-withdrawal" onsubmit={confirm} novalidate=true aria-labelledby="ep-withdrawal-title">
            <h2 id="ep-withdrawal-title">{ i18n.t("order-withdraw") }</h2>
            <p>{ i18n.t("order-withdraw-warning") }</p>
            <div class={classes!("ep-field", problem.is_some().then_some("ep-field-invalid"))}>
                <label for="withdrawal-reason">{ i18n.t("order-withdraw-reason") }</label>
                <textarea id="withdrawal-reason" ref={textarea} rows="3" maxlength={MAX_REASON_CHARS.to_string()}
                    required=true aria-invalid={problem.is_some().to_string()}
                    aria-describedby={problem.is_some().then_some("withdrawal-reason-error")}
                    value={(*reason).clone()} oninput={on_input} />
                if let Some(id) = &*problem {
                    <p id="withdrawal-reason-error" role="alert" class="ep-field-error">{ "✖ " }{ i18n.t(id) }</p>
                }
            </div>
            <div class="ep-form-nav">
                <button type="button" class="ep-button" onclick={cancel}>{ i18n.t("order-withdraw-cancel") }</button>
                <button type="submit" class="ep-button ep-button-primary" disabled={*sending}>
                    { i18n.t("order-withdraw-confirm") }
                </button>
            </div>
        </form>
    }
}
