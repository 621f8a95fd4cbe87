//! The receipt for a payment by order code: chosen, it is uploaded at once
//! (PDF, PNG or JPEG, 10 MB; the limit said before choosing), with the share
//! sent; a wrong file is explained beside the field.

use crate::api_client::{ApiClient, ApiError};
use crate::format;
use crate::i18n::use_i18n;
use fluent::FluentValue;
use portal_model::api_error::ErrorCode;
use portal_model::draft::AttachmentInfo;
use portal_model::order::Order;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReceiptProps {
    pub order: i64,
    pub receipt: Option<AttachmentInfo>,
    pub client: ApiClient,
    pub csrf: AttrValue,
    pub on_changed: Callback<Order>,
}

#[function_component(ReceiptInput)]
pub fn receipt_input(props: &ReceiptProps) -> Html {
    let i18n = use_i18n();
    let sent = use_state(|| None::<u8>);
    let failed = use_state(|| None::<&'static str>);
    let on_change = {
        let (sent, failed) = (sent.clone(), failed.clone());
        let (client, csrf, order, on_changed) =
            (props.client.clone(), props.csrf.to_string(), props.order, props.on_changed.clone());
        Callback::from(move |e: Event| {
            let input = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
            let Some(file) = input.and_then(|i| i.files()).and_then(|files| files.get(0)) else { return };
            if file.size() > portal_model::draft::MAX_ATTACHMENT_BYTES as f64 {
                failed.set(Some("error-file-too-large"));
                return;
            }
            failed.set(None);
            sent.set(Some(0));
            let (sent, failed, client, csrf, on_changed) =
                (sent.clone(), failed.clone(), client.clone(), csrf.clone(), on_changed.clone());
            let progress = {
                let sent = sent.clone();
                move |share| sent.set(Some(share))
            };
            wasm_bindgen_futures::spawn_local(async move {
                match client.attach_receipt(order, &file, &csrf, progress).await {
                    Ok(now) => on_changed.emit(now),
                    Err(ApiError::Status { code: ErrorCode::PayloadTooLarge, .. }) => {
                        failed.set(Some("error-file-too-large"))
                    }
                    Err(error) => failed.set(Some(error.message_id())),
                }
                sent.set(None);
            });
        })
    };
    html! {
        <div class={classes!("ep-field", failed.is_some().then_some("ep-field-invalid"))}>
            <label for="order-receipt">{ i18n.t("order-receipt") }</label>
            if let Some(receipt) = &props.receipt {
                <p class="ep-attached">
                    <a href={props.client.url(&format!("/api/orders/{}/receipt", props.order))} download={receipt.name.clone()}
                       class="ep-link-block">
                        { "📎 " }
                        { i18n.t_args("application-attached", &[
                            ("name", FluentValue::from(receipt.name.clone())),
                            ("size", FluentValue::from(format::file_size(&i18n, receipt.size))),
                        ]) }
                    </a>
                </p>
            }
            <span id="order-receipt-limit" class="ep-field-hint">{ i18n.t("application-file-limit") }</span>
            <input id="order-receipt" type="file" accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
                   aria-describedby="order-receipt-limit" disabled={sent.is_some()} onchange={on_change} />
            if let Some(share) = *sent {
                <p role="status">{ i18n.t("application-attaching") }</p>
                <p class="ep-upload-progress">
                    <progress max="100" value={share.to_string()} aria-label={i18n.t("application-attaching")}></progress>
                    <span aria-hidden="true">{ format!(" {share} %") }</span>
                </p>
            }
            if let Some(id) = *failed { <p role="alert" class="ep-field-error">{ "✖ " }{ i18n.t(id) }</p> }
        </div>
    }
}
