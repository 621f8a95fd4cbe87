//! The unique identifier in «Безпека» (seed 004): which one was issued,
//! changing its password, and refusing it (sign-in by it is then blocked
//! until an office restores it; the cabinet itself stays).

use super::password_form::{PasswordForm, PasswordOf};
use crate::account_context::use_account;
use crate::i18n::use_i18n;
use portal_model::account::IdentifierInfo;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct IdentifierSectionProps {
    pub csrf: String,
}

#[function_component(IdentifierSection)]
pub fn identifier_section(props: &IdentifierSectionProps) -> Html {
    let i18n = use_i18n();
    let account = use_account();
    let info = use_state(|| None::<Option<IdentifierInfo>>);
    let asking = use_state(|| false);
    let failure = use_state(|| None::<&'static str>);
    {
        let (info, client) = (info.clone(), account.client.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                // Without an answer, the section stays away rather than mislead.
                info.set(Some(client.identifier().await.ok().flatten()));
            });
        });
    }
    let Some(Some(identifier)) = &*info else { return html! {} };
    let on_refuse = {
        let (info, asking, failure, client, csrf) =
            (info.clone(), asking.clone(), failure.clone(), account.client.clone(), props.csrf.clone());
        Callback::from(move |_: MouseEvent| {
            let (info, asking, failure, client, csrf) =
                (info.clone(), asking.clone(), failure.clone(), client.clone(), csrf.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match client.refuse_identifier(&csrf).await {
                    Ok(refused) => info.set(Some(Some(refused))),
                    Err(error) => failure.set(Some(error.message_id())),
                }
                asking.set(false);
            });
        })
    };
    let toggle = |value: bool| {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(value))
    };
    html! {
        <section aria-labelledby="ep-identifier-heading">
            <h2 id="ep-identifier-heading">{ i18n.t("identifier-title") }</h2>
            <p>{ i18n.t("identifier-yours") }{ " " }<strong>{ &identifier.identifier }</strong></p>
            if let Some(message_id) = *failure {
                <p role="alert" class="ep-error-summary">{ i18n.t(message_id) }</p>
            }
            if identifier.refused_at.is_some() {
                <p role="status" class="ep-notice"><span>{ "⛔ " }{ i18n.t("identifier-refused") }</span></p>
            } else {
                <PasswordForm csrf={props.csrf.clone()} of={PasswordOf::Identifier} />
                if *asking {
                    <div class="ep-confirm" role="alertdialog" aria-labelledby="ep-refuse-question">
                        <p id="ep-refuse-question">{ i18n.t("identifier-refuse-question") }</p>
                        <button type="button" class="ep-button ep-button-danger" onclick={on_refuse}>{ i18n.t("identifier-refuse-confirm") }</button>
                        <button type="button" class="ep-button" onclick={toggle(false)}>{ i18n.t("cancel") }</button>
                    </div>
                } else {
                    <button type="button" class="ep-button ep-button-danger" onclick={toggle(true)}>{ i18n.t("identifier-refuse") }</button>
                }
            }
        </section>
    }
}
