//! The active sessions, with «sign out everywhere».

use crate::account_context::AccountAction;
use crate::components::loading::Loading;
use crate::i18n::use_i18n;
use crate::local_time::{self, Clock};
use fluent::FluentValue;
use portal_model::account::SessionInfo;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CsrfProps {
    pub csrf: String,
}

#[function_component(Sessions)]
pub fn sessions(props: &CsrfProps) -> Html {
    let i18n = use_i18n();
    let account = crate::account_context::use_account();
    let list = use_state(|| None::<Vec<SessionInfo>>);
    {
        let (list, client) = (list.clone(), account.client.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                list.set(client.sessions().await.ok());
            });
        });
    }
    let everywhere = {
        let (account, csrf) = (account.clone(), props.csrf.clone());
        Callback::from(move |_: MouseEvent| {
            let (account, csrf) = (account.clone(), csrf.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let _ = account.client.sign_out_everywhere(&csrf).await;
                account.dispatch.emit(AccountAction::SignedOut);
            });
        })
    };
    html! {
        <section aria-labelledby="ep-sessions-heading">
            <h2 id="ep-sessions-heading">{ i18n.t("sessions-title") }</h2>
            { match &*list {
                None => html! { <Loading /> },
                Some(sessions) => html! {
                    <>
                        <p>{ i18n.t_args("sessions-count", &[("count", FluentValue::from(sessions.len()))]) }</p>
                        <ul>
                            { for sessions.iter().map(|s| html! {
                                <li>
                                    { local_time::date_time(&i18n, &s.created_at, Clock::Reader) }
                                    if s.current { { " — " }<strong>{ i18n.t("session-current") }</strong> }
                                </li>
                            }) }
                        </ul>
                    </>
                },
            } }
            <button type="button" class="ep-button" onclick={everywhere}>{ i18n.t("sign-out-everywhere") }</button>
        </section>
    }
}
