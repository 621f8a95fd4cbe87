//! «Подана заява»: the answers as they were sent, read only (the same view
//! as the form's review, without «Змінити»); the files sent with them are
//! listed among the order's facts («Подані документи»).

use crate::api_client::ApiClient;
use crate::i18n::use_i18n;
use crate::pages::cabinet::application::review::review;
use portal_model::form::FormDefinition;
use portal_model::order::Submission;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SentProps {
    pub service: String,
    pub submission: Submission,
    pub client: ApiClient,
}

#[function_component(SentApplication)]
pub fn sent_application(props: &SentProps) -> Html {
    let i18n = use_i18n();
    // The form gives the answers their labels.
    let form = use_state(|| None::<FormDefinition>);
    {
        let (form, client) = (form.clone(), props.client.clone());
        use_effect_with(props.service.clone(), move |service| {
            let service = service.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(loaded) = client.service_form(&service).await {
                    form.set(Some(loaded));
                }
            });
        });
    }
    html! {
        <section class="ep-sent" aria-labelledby="ep-sent-title">
            <h2 id="ep-sent-title">{ i18n.t("order-sent-title") }</h2>
            if let Some(form) = &*form {
                { review(&i18n, form, &props.submission.answers, false) }
            }
        </section>
    }
}
