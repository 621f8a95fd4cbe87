//! The inactivity watch of a public computer's session
//! (`public_computer.rs`): a warning a minute before the end, then sign-out,
//! which wipes the browser.

use crate::account_context::{AccountAction, AccountState, use_account};
use crate::i18n::use_i18n;
use crate::public_computer::{IdleStage, idle_stage};
use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use yew::prelude::*;

fn now_secs() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}

/// Watches a public computer's session for inactivity: warns a minute
/// before the end, then signs out and wipes the browser. Renders nothing
/// for other sessions.
#[function_component(IdleWatch)]
pub fn idle_watch() -> Html {
    let i18n = use_i18n();
    let account = use_account();
    let stage = use_state_eq(|| IdleStage::Active);
    let last_activity = use_mut_ref(now_secs);
    let public = matches!(&account.state, AccountState::SignedIn(s) if s.public_computer);
    {
        let (stage, last_activity, account) = (stage.clone(), last_activity.clone(), account.clone());
        use_effect_with(public, move |public| {
            let watching = public.then(|| {
                *last_activity.borrow_mut() = now_secs();
                let document = gloo::utils::document();
                // Any key, click or touch is activity.
                let listeners: Vec<EventListener> = ["keydown", "pointerdown"]
                    .into_iter()
                    .map(|event| {
                        let last_activity = last_activity.clone();
                        EventListener::new(&document, event, move |_| *last_activity.borrow_mut() = now_secs())
                    })
                    .collect();
                let ticks = Interval::new(5_000, move || {
                    let now = idle_stage(now_secs() - *last_activity.borrow());
                    if now == IdleStage::Over {
                        if let AccountState::SignedIn(signed_in) = &account.state {
                            let (client, csrf) = (account.client.clone(), signed_in.csrf_token.clone());
                            wasm_bindgen_futures::spawn_local(async move {
                                let _ = client.sign_out(&csrf).await;
                            });
                        }
                        account.dispatch.emit(AccountAction::SignedOut);
                    }
                    stage.set(now);
                });
                (listeners, ticks)
            });
            move || drop(watching)
        });
    }
    if !public || *stage != IdleStage::Warning {
        return html! {};
    }
    html! {
        <div class="ep-idle-warning" role="alertdialog" aria-labelledby="ep-idle-title" aria-describedby="ep-idle-text">
            <h2 id="ep-idle-title">{ i18n.t("public-computer-idle-title") }</h2>
            <p id="ep-idle-text">{ i18n.t("public-computer-idle-text") }</p>
            // (The click itself is activity; the request keeps the server's session too.)
            <button type="button" class="ep-button ep-button-primary" autofocus=true onclick={account.refresh_unread.reform(|_: MouseEvent| ())}>
                { i18n.t("public-computer-idle-stay") }
            </button>
        </div>
    }
}
