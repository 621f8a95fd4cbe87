//! The cabinet's «Персональні дані» (seed 000, Fig. 4): e-mail read-only;
//! full name, region, postal address, postal code and phone editable with
//! the registration rules. Only for a signed-in user: a direct link leads
//! to sign-in and then back here.

use crate::account_context::{AccountAction, AccountState, use_account, use_require_sign_in};
use crate::api_client::ApiError;
use crate::components::cabinet_tabs::CabinetTabs;
use crate::components::document_title::use_document_title;
use crate::components::field_problem;
use crate::components::form_field::FormField;
use crate::components::loading::Loading;
use crate::i18n::use_i18n;
use crate::routes::Route;
use portal_model::account::SignedIn;
use portal_model::registration::{FieldProblem, PersonalDataForm};
use yew::prelude::*;

#[function_component(PersonalDataPage)]
pub fn personal_data_page() -> Html {
    let i18n = use_i18n();
    let account = use_require_sign_in(Route::PersonalData);
    use_document_title(i18n.t("personal-data-title"));
    match &account.state {
        AccountState::SignedIn(signed_in) => html! { <PersonalDataEditor signed_in={signed_in.clone()} /> },
        _ => html! { <Loading /> },
    }
}

#[derive(Properties, PartialEq)]
struct FormProps {
    signed_in: SignedIn,
}

/// (field, Fluent id of its label, autocomplete)
const FIELDS: [(&str, &str, &str); 5] = [
    ("full_name", "field-full-name", "name"),
    ("region", "field-region", "address-level1"),
    ("address", "field-address", "street-address"),
    ("postal_code", "field-postal-code", "postal-code"),
    ("phone", "field-phone", "tel"),
];

#[function_component(PersonalDataEditor)]
fn personal_data_form(props: &FormProps) -> Html {
    let i18n = use_i18n();
    let account = use_account();
    let profile = &props.signed_in.profile;
    let form = use_state(|| PersonalDataForm {
        full_name: profile.full_name.clone(),
        region: profile.region.clone(),
        address: profile.address.clone(),
        postal_code: profile.postal_code.clone(),
        phone: profile.phone.clone(),
    });
    let problems = use_state(Vec::<FieldProblem>::new);
    let status = use_state(|| None::<Result<(), &'static str>>);
    let onsubmit = {
        let (form, problems, status, account, csrf) =
            (form.clone(), problems.clone(), status.clone(), account.clone(), props.signed_in.csrf_token.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            status.set(None);
            if let Err(found) = form.validate() {
                problems.set(found);
                return;
            }
            problems.set(Vec::new());
            let (form, problems, status, account, csrf) =
                ((*form).clone(), problems.clone(), status.clone(), account.clone(), csrf.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match account.client.update_personal_data(&form, &csrf).await {
                    Ok(profile) => {
                        account.dispatch.emit(AccountAction::ProfileChanged(profile));
                        status.set(Some(Ok(())));
                    }
                    Err(ApiError::Invalid(found)) => problems.set(found),
                    Err(error) => status.set(Some(Err(error.message_id()))),
                }
            });
        })
    };
    let value = |field: &str| -> String {
        match field {
            "full_name" => form.full_name.clone(),
            "region" => form.region.clone(),
            "address" => form.address.clone(),
            "postal_code" => form.postal_code.clone(),
            _ => form.phone.clone(),
        }
    };
    let error_for = |field: &str| field_problem::error_for(&problems, field);
    html! {
        <div class="ep-page ep-prose">
            <CabinetTabs current={Route::PersonalData} />
            <h1>{ i18n.t("personal-data-title") }</h1>
            { match *status {
                Some(Ok(())) => html! { <p role="status" class="ep-success">{ "✔ " }{ i18n.t("personal-data-saved") }</p> },
                Some(Err(message_id)) => html! { <p role="alert" class="ep-error-summary">{ i18n.t(message_id) }</p> },
                None => html! {},
            } }
            if !problems.is_empty() {
                <p role="alert" class="ep-error-summary">{ i18n.t("form-has-errors") }</p>
            }
            <form class="ep-form" novalidate=true {onsubmit}>
                <div class="ep-field">
                    <label for="field-email">{ i18n.t("field-email") }</label>
                    <input id="field-email" type="email" value={props.signed_in.profile.email.clone()} readonly=true />
                </div>
                { for FIELDS.iter().map(|(field, label, autocomplete)| {
                    let on_change = {
                        let form = form.clone();
                        let field = *field;
                        Callback::from(move |text: String| {
                            let mut next = (*form).clone();
                            match field {
                                "full_name" => next.full_name = text,
                                "region" => next.region = text,
                                "address" => next.address = text,
                                "postal_code" => next.postal_code = text,
                                _ => next.phone = text,
                            }
                            form.set(next);
                        })
                    };
                    html! {
                        <FormField name={*field} label={i18n.t(label)} value={value(field)}
                                   autocomplete={Some(AttrValue::from(*autocomplete))} error={error_for(field)} {on_change}
                                   required=true />
                    }
                }) }
                <button type="submit" class="ep-button ep-button-primary">{ i18n.t("save") }</button>
            </form>
        </div>
    }
}
