//! «Скарги»: the administrative complaints about the order's decision
//! (seed 004), each with its number, status in words and a symbol, text and
//! files; a filed one can be withdrawn (after a confirmation). Once the
//! order is decided, a new complaint is written here — its text and files —
//! unless one is still open.

use crate::api_client::{ApiClient, ApiError};
use crate::components::field_problem::problem_message;
use crate::i18n::use_i18n;
use crate::local_time::{self, Clock};
use portal_model::order::{Complaint, ComplaintStatus, MAX_COMPLAINT_CHARS, Order};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComplaintsProps {
    pub order: i64,
    pub complaints: Vec<Complaint>,
    /// The order is decided, so a complaint may be filed.
    pub decided: bool,
    pub client: ApiClient,
    pub csrf: AttrValue,
    /// The order as it is after a complaint was filed or withdrawn.
    pub on_changed: Callback<Order>,
    /// The clock of the order's service.
    pub clock: Clock,
}

/// A complaint's status in words and a symbol (here and on the timeline).
pub(super) fn complaint_status_text(i18n: &crate::i18n::I18n, status: ComplaintStatus) -> String {
    match status {
        ComplaintStatus::Filed => format!("◷ {}", i18n.t("complaint-status-filed")),
        ComplaintStatus::Withdrawn => format!("↩ {}", i18n.t("complaint-status-withdrawn")),
    }
}

#[function_component(Complaints)]
pub fn complaints(props: &ComplaintsProps) -> Html {
    let i18n = use_i18n();
    let problem = use_state(|| None::<String>);
    let sending = use_state(|| false);
    let text = use_node_ref();
    let files = use_node_ref();
    let open = props.complaints.iter().any(|c| c.status == ComplaintStatus::Filed);
    let on_submit = {
        let (problem, sending, text, files) = (problem.clone(), sending.clone(), text.clone(), files.clone());
        let (client, csrf, order, on_changed) =
            (props.client.clone(), props.csrf.to_string(), props.order, props.on_changed.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let typed = text.cast::<HtmlTextAreaElement>().map(|t| t.value()).unwrap_or_default();
            if typed.trim().is_empty() {
                problem.set(Some("validation-required".into()));
                if let Some(text) = text.cast::<HtmlTextAreaElement>() {
                    let _ = text.focus();
                }
                return;
            }
            let chosen = files.cast::<HtmlInputElement>().and_then(|input| input.files());
            let (problem, sending, client, csrf, on_changed) =
                (problem.clone(), sending.clone(), client.clone(), csrf.clone(), on_changed.clone());
            sending.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                let filed = match client.file_complaint(order, &typed, &csrf).await {
                    Ok(filed) => filed,
                    Err(ApiError::Invalid(fields)) => {
                        problem.set(fields.first().map(problem_message));
                        sending.set(false);
                        return;
                    }
                    Err(error) => {
                        problem.set(Some(error.message_id().into()));
                        sending.set(false);
                        return;
                    }
                };
                // The files go to the complaint just filed, one by one; one
                // refused is said, and the complaint stands.
                let complaint = filed.complaints.last().map(|c| c.id).unwrap_or_default();
                let mut refused = None;
                for index in 0..chosen.as_ref().map_or(0, |list| list.length()) {
                    let Some(file) = chosen.as_ref().and_then(|list| list.get(index)) else { continue };
                    if let Err(error) = client.attach_complaint_file(complaint, &file, &csrf).await {
                        refused = Some(error.message_id().to_owned());
                    }
                }
                let now = client.order(order).await.unwrap_or(filed);
                problem.set(refused);
                sending.set(false);
                on_changed.emit(now);
            });
        })
    };
    // «Заповніть це поле» goes as soon as something is written.
    let on_input = {
        let problem = problem.clone();
        Callback::from(move |e: InputEvent| {
            let typed = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            if problem.as_deref() == Some("validation-required") && !typed.trim().is_empty() {
                problem.set(None);
            }
        })
    };
    html! {
        <section class="ep-complaints" aria-labelledby="ep-complaints-title">
            <h2 id="ep-complaints-title">{ i18n.t("complaints-title") }</h2>
            if !props.complaints.is_empty() {
                <ul class="ep-plain-list">
                    { for props.complaints.iter().map(|complaint| html! {
                        <ComplaintItem complaint={complaint.clone()} client={props.client.clone()}
                            csrf={props.csrf.clone()} on_changed={props.on_changed.clone()} clock={props.clock} />
                    }) }
                </ul>
            }
            if props.decided && !open {
                <form onsubmit={on_submit} novalidate=true>
                    <div class={classes!("ep-field", problem.is_some().then_some("ep-field-invalid"))}>
                        <label for="complaint-text">{ i18n.t("complaint-text") }</label>
                        <span id="complaint-text-hint" class="ep-field-hint">{ i18n.t("complaint-text-hint") }</span>
                        <textarea id="complaint-text" ref={text} rows="5" maxlength={MAX_COMPLAINT_CHARS.to_string()}
                            required=true aria-invalid={problem.is_some().to_string()} oninput={on_input}
                            aria-describedby={if problem.is_some() { "complaint-text-hint complaint-error" } else { "complaint-text-hint" }} />
                        if let Some(id) = &*problem {
                            <p id="complaint-error" role="alert" class="ep-field-error">{ "✖ " }{ i18n.t(id) }</p>
                        }
                    </div>
                    <div class="ep-field">
                        <label for="complaint-files">{ i18n.t("complaint-files") }</label>
                        <span id="complaint-files-limit" class="ep-field-hint">{ i18n.t("application-file-limit") }</span>
                        <input id="complaint-files" ref={files} type="file" multiple=true
                            accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
                            aria-describedby="complaint-files-limit" />
                    </div>
                    <button type="submit" class="ep-button ep-button-primary" disabled={*sending}>
                        { i18n.t("complaint-file") }
                    </button>
                </form>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ItemProps {
    complaint: Complaint,
    client: ApiClient,
    csrf: AttrValue,
    on_changed: Callback<Order>,
    clock: Clock,
}

#[function_component(ComplaintItem)]
fn complaint_item(props: &ItemProps) -> Html {
    let i18n = use_i18n();
    let failed = use_state(|| None::<&'static str>);
    let c = &props.complaint;
    let withdraw = {
        let (failed, client, csrf, id, on_changed) =
            (failed.clone(), props.client.clone(), props.csrf.to_string(), c.id, props.on_changed.clone());
        let question = i18n.t("complaint-withdraw-confirm");
        Callback::from(move |_: MouseEvent| {
            // (The browser's own dialog: a keyboard and a screen reader handle it.)
            if !gloo::utils::window().confirm_with_message(&question).unwrap_or(false) {
                return;
            }
            let (failed, client, csrf, on_changed) = (failed.clone(), client.clone(), csrf.clone(), on_changed.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match client.withdraw_complaint(id, &csrf).await {
                    Ok(now) => on_changed.emit(now),
                    Err(error) => failed.set(Some(error.message_id())),
                }
            });
        })
    };
    html! {
        <li class="ep-complaint">
            <h3>{ i18n.t_args("complaint-number", &[("number", c.number.clone().into())]) }</h3>
            <p>
                <span class="ep-status">{ complaint_status_text(&i18n, c.status) }</span>
                { " " }{ local_time::date_time(&i18n, &c.filed_at, props.clock) }
            </p>
            <p class="ep-timeline-comment">{ &c.text }</p>
            if !c.files.is_empty() {
                <ul class="ep-plain-list">
                    { for c.files.iter().map(|file| html! {
                        <li>
                            <a href={props.client.url(&format!("/api/complaints/{}/files/{}", c.id, file.id))}
                               download={file.name.clone()} class="ep-link-block">{ "📎 " }{ &file.name }</a>
                        </li>
                    }) }
                </ul>
            }
            if c.status == ComplaintStatus::Filed {
                <button type="button" class="ep-button" onclick={withdraw}>{ i18n.t("complaint-withdraw") }</button>
            }
            if let Some(id) = *failed { <p role="alert" class="ep-field-error">{ "✖ " }{ i18n.t(id) }</p> }
        </li>
    }
}
