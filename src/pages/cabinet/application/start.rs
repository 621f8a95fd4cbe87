//! `/services/{id}/apply`, behind «Замовити послугу онлайн»: a signed-out
//! visitor signs in first and comes back here; then a new draft of the
//! service is made and its form opens in its place (the back button does
//! not make a second one).

use crate::account_context::{AccountState, use_require_sign_in};
use crate::components::loading::Loading;
use crate::i18n::use_i18n;
use crate::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ApplyPageProps {
    pub id: AttrValue,
}

#[function_component(ApplyPage)]
pub fn apply_page(props: &ApplyPageProps) -> Html {
    let i18n = use_i18n();
    let account = use_require_sign_in(Route::Apply { id: props.id.to_string() });
    let navigator = use_navigator();
    let failure = use_state(|| None::<&'static str>);
    let csrf = match &account.state {
        AccountState::SignedIn(signed_in) => Some(signed_in.csrf_token.clone()),
        _ => None,
    };
    {
        let (client, failure, service) = (account.client.clone(), failure.clone(), props.id.to_string());
        use_effect_with(csrf, move |csrf| {
            if let (Some(csrf), Some(navigator)) = (csrf.clone(), navigator) {
                wasm_bindgen_futures::spawn_local(async move {
                    match client.create_draft(&service, &csrf).await {
                        Ok(draft) => navigator.replace(&Route::Application { id: draft.id }),
                        Err(error) => failure.set(Some(error.message_id())),
                    }
                });
            }
        });
    }
    match *failure {
        Some(id) => html! {
            <div class="ep-page">
                <p role="alert" class="ep-error">{ "✖ " }{ i18n.t(id) }</p>
                <p><Link<Route> to={Route::Service { id: props.id.to_string() }}>{ i18n.t("application-back-to-service") }</Link<Route>></p>
            </div>
        },
        None => html! { <Loading /> },
    }
}
