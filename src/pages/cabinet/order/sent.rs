//! «Подана заява»: the answers as they were sent, read only (the same view
//! as the form's review, without «Змінити»), and the files sent with them.

use crate::api_client::ApiClient;
use crate::format;
use crate::i18n::use_i18n;
use crate::pages::cabinet::application::review::review;
use portal_model::form::FormDefinition;
use portal_model::order::Submission;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SentProps {
    pub order: i64,
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
    let files = &props.submission.files;
    html! {
        <section class="ep-sent" aria-labelledby="ep-sent-title">
            <h2 id="ep-sent-title">{ i18n.t("order-sent-title") }</h2>
            if let Some(form) = &*form {
                { review(&i18n, form, &props.submission.answers, false) }
            }
            if !files.is_empty() {
                <h3>{ i18n.t("order-sent-files") }</h3>
                <ul class="ep-plain-list">
                    { for files.iter().map(|file| html! {
                        <li>
                            <a href={props.client.url(&format!("/api/orders/{}/files/{}", props.order, file.id))}
                               download={file.name.clone()} class="ep-link-block">
                                { "⬇ " }{ &file.name }
                            </a>
                            { format!(" ({})", format::file_size(file.size)) }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
