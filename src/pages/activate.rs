//! The activation link from the mail: `/activate?token=…`.

use crate::account_context::use_account;
use crate::components::document_title::use_document_title;
use crate::components::loading::Loading;
use crate::i18n::use_i18n;
use crate::routes::Route;
use serde::Deserialize;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Clone, Default, Deserialize, PartialEq)]
struct ActivationQuery {
    #[serde(default)]
    token: String,
}

#[derive(Clone, PartialEq)]
enum Outcome {
    Working,
    Done,
    Failed(&'static str),
}

#[function_component(ActivatePage)]
pub fn activate_page() -> Html {
    let i18n = use_i18n();
    let account = use_account();
    let token = use_location().and_then(|l| l.query::<ActivationQuery>().ok()).unwrap_or_default().token;
    let outcome = use_state(|| Outcome::Working);
    use_document_title(i18n.t("activate-title"));
    {
        let (outcome, client) = (outcome.clone(), account.client.clone());
        use_effect_with(token, move |token| {
            let token = token.clone();
            wasm_bindgen_futures::spawn_local(async move {
                outcome.set(match client.activate(&token).await {
                    Ok(()) => Outcome::Done,
                    Err(error) => Outcome::Failed(error.message_id()),
                });
            });
        });
    }
    html! {
        <div class="ep-page ep-prose">
            <h1>{ i18n.t("activate-title") }</h1>
            { match &*outcome {
                Outcome::Working => html! { <Loading /> },
                Outcome::Done => html! {
                    <p role="status" class="ep-success">{ "✔ " }{ i18n.t("activate-done") }{ " " }
                        <Link<Route> to={Route::SignIn}>{ i18n.t("sign-in") }</Link<Route>></p>
                },
                Outcome::Failed(message_id) => html! { <p role="alert" class="ep-error-summary">{ i18n.t(message_id) }</p> },
            } }
        </div>
    }
}
