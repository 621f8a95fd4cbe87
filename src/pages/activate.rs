//! The activation link from the mail: `/activate?token=…`.

use crate::account_context::use_account;
use crate::components::document_title::use_document_title;
use crate::components::loading::Loading;
use crate::i18n::use_i18n;
use crate::pages::mailed_links::{outcome_notice, use_token, Outcome};
use crate::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[function_component(ActivatePage)]
pub fn activate_page() -> Html {
    let i18n = use_i18n();
    let account = use_account();
    let token = use_token();
    let outcome = use_state(|| None::<Outcome>);
    use_document_title(i18n.t("activate-title"));
    {
        let (outcome, client) = (outcome.clone(), account.client.clone());
        use_effect_with(token, move |token| {
            let token = token.clone();
            wasm_bindgen_futures::spawn_local(async move {
                outcome.set(Some(match client.activate(&token).await {
                    Ok(()) => Outcome::Done,
                    Err(error) => Outcome::Failed(error.message_id()),
                }));
            });
        });
    }
    let sign_in = html! { <Link<Route> to={Route::SignIn}>{ i18n.t("sign-in") }</Link<Route>> };
    html! {
        <div class="ep-page ep-prose">
            <h1>{ i18n.t("activate-title") }</h1>
            { match &*outcome {
                None => html! { <Loading /> },
                Some(outcome) => outcome_notice(&i18n, outcome, "activate-done", sign_in),
            } }
        </div>
    }
}
