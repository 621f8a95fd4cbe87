//! «Подати»: sends the reviewed draft as it is saved, then opens the order.
//! Offered once the draft is saved and complete; a second click while the
//! first is on its way does nothing (and the API makes one order anyway).

use crate::api_client::ApiClient;
use crate::draft_store;
use crate::i18n::use_i18n;
use crate::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SubmitProps {
    pub client: ApiClient,
    pub csrf: AttrValue,
    pub draft: i64,
    /// Whose draft the browser keeps a copy of (empty on a public computer:
    /// none).
    pub owner: AttrValue,
    /// The saved version the server holds.
    pub base_version: i64,
    /// Saved, complete, no conflict: it can go.
    pub ready: bool,
}

#[function_component(SubmitApplication)]
pub fn submit_application(props: &SubmitProps) -> Html {
    let i18n = use_i18n();
    let navigator = use_navigator();
    let sending = use_state(|| false);
    let failed = use_state(|| None::<&'static str>);
    let onclick = {
        let (sending, failed) = (sending.clone(), failed.clone());
        let (client, csrf, draft, base_version, owner) =
            (props.client.clone(), props.csrf.to_string(), props.draft, props.base_version, props.owner.to_string());
        Callback::from(move |_: MouseEvent| {
            if *sending {
                return;
            }
            sending.set(true);
            failed.set(None);
            let (sending, failed, client, csrf, navigator, owner) =
                (sending.clone(), failed.clone(), client.clone(), csrf.clone(), navigator.clone(), owner.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match client.submit_draft(draft, base_version, &csrf).await {
                    Ok(order) => {
                        draft_store::remove(draft, &owner).await;
                        if let Some(navigator) = navigator {
                            navigator.push(&Route::OrderDetail { id: order.id });
                        }
                    }
                    Err(error) => {
                        failed.set(Some(error.message_id()));
                        sending.set(false);
                    }
                }
            });
        })
    };
    html! {
        <>
            <button type="button" class="ep-button ep-button-primary" {onclick}
                    disabled={!props.ready || *sending} aria-describedby="ep-submit-note">
                { i18n.t(if *sending { "application-submitting" } else { "application-submit" }) }
            </button>
            <p id="ep-submit-note" class="ep-field-hint">{ i18n.t("application-submit-note") }</p>
            if let Some(id) = *failed {
                <p role="alert" class="ep-field-error">{ "✖ " }{ i18n.t(id) }</p>
            }
        </>
    }
}
