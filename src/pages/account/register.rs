//! Registration with the Ministry of Justice fields. The shared rules check
//! every field on submit, each problem is shown beside its field and listed
//! at the top; nothing typed is lost, and the server's verdict is shown the
//! same way. A citizen of Belarus says so and gives the Belarusian
//! documents instead of the Ukrainian ones.

use crate::account_context::use_account;
use crate::api_client::ApiError;
use crate::components::document_title::use_document_title;
use crate::components::field_problem::{self, problem_message};
use crate::components::form_field::FormField;
use crate::focus_after_render::use_focus_after_render;
use crate::i18n::use_i18n;
use portal_model::registration::{FieldProblem, RegistrationForm};
use portal_model::validation::Country;
use yew::prelude::*;

/// (field, Fluent id of its label, input type, autocomplete)
type Field = (&'static str, &'static str, &'static str, &'static str);

const BEFORE_DOCUMENTS: [Field; 3] = [
    ("email", "field-email", "email", "email"),
    ("password", "field-password", "password", "new-password"),
    ("full_name", "field-full-name", "text", "name"),
];
const UKRAINIAN_DOCUMENTS: [Field; 2] =
    [("rnokpp", "field-rnokpp", "text", "off"), ("passport", "field-passport", "text", "off")];
const BELARUSIAN_DOCUMENTS: [Field; 2] =
    [("personal_number", "field-personal-number", "text", "off"), ("by_passport", "field-by-passport", "text", "off")];
const AFTER_DOCUMENTS: [Field; 4] = [
    ("phone", "field-phone", "tel", "tel"),
    ("postal_code", "field-postal-code", "text", "postal-code"),
    ("address", "field-address", "text", "street-address"),
    ("region", "field-region", "text", "address-level1"),
];
/// The error summary's id: focused when sending fails.
const SUMMARY_ID: &str = "register-errors";
/// Fields with a hint under their label.
const HINTED: [&str; 5] = ["password", "phone", "passport", "personal_number", "by_passport"];

/// The form's fields, in order, with the documents of `country`.
fn fields(country: Country) -> impl Iterator<Item = &'static Field> {
    let documents = match country {
        Country::UA => &UKRAINIAN_DOCUMENTS,
        Country::BY => &BELARUSIAN_DOCUMENTS,
    };
    BEFORE_DOCUMENTS.iter().chain(documents).chain(&AFTER_DOCUMENTS)
}

fn value<'a>(form: &'a RegistrationForm, field: &str) -> &'a str {
    match field {
        "email" => &form.email,
        "password" => &form.password,
        "full_name" => &form.full_name,
        "rnokpp" => &form.rnokpp,
        "passport" => &form.passport,
        "personal_number" => &form.personal_number,
        "by_passport" => &form.by_passport,
        "phone" => &form.phone,
        "postal_code" => &form.postal_code,
        "address" => &form.address,
        _ => &form.region,
    }
}

fn set(form: &mut RegistrationForm, field: &str, text: String) {
    match field {
        "email" => form.email = text,
        "password" => form.password = text,
        "full_name" => form.full_name = text,
        "rnokpp" => form.rnokpp = text,
        "passport" => form.passport = text,
        "personal_number" => form.personal_number = text,
        "by_passport" => form.by_passport = text,
        "phone" => form.phone = text,
        "postal_code" => form.postal_code = text,
        "address" => form.address = text,
        _ => form.region = text,
    }
}

#[derive(Clone, PartialEq)]
enum Outcome {
    Editing,
    Sending,
    Sent,
    Failed(&'static str),
}

#[function_component(RegisterPage)]
pub fn register_page() -> Html {
    let i18n = use_i18n();
    let account = use_account();
    let form = use_state(RegistrationForm::default);
    let problems = use_state(Vec::<FieldProblem>::new);
    let outcome = use_state(|| Outcome::Editing);
    let focus_after = use_focus_after_render();
    use_document_title(i18n.t("register-page-title"));

    let onsubmit = {
        let (form, problems, outcome, client, focus_after) =
            (form.clone(), problems.clone(), outcome.clone(), account.client.clone(), focus_after.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if let Err(found) = form.validate() {
                problems.set(found);
                outcome.set(Outcome::Editing);
                focus_after.request(SUMMARY_ID);
                return;
            }
            problems.set(Vec::new());
            outcome.set(Outcome::Sending);
            let (form, problems, outcome, client) =
                ((*form).clone(), problems.clone(), outcome.clone(), client.clone());
            let focus_after = focus_after.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match client.register(&form).await {
                    Ok(()) => outcome.set(Outcome::Sent),
                    Err(ApiError::Invalid(found)) => {
                        problems.set(found);
                        outcome.set(Outcome::Editing);
                        focus_after.request(SUMMARY_ID);
                    }
                    Err(error) => {
                        outcome.set(Outcome::Failed(error.message_id()));
                        focus_after.request(SUMMARY_ID);
                    }
                }
            });
        })
    };

    if *outcome == Outcome::Sent {
        return html! {
            <div class="ep-page ep-prose">
                <h1>{ i18n.t("register-page-title") }</h1>
                <p role="status" class="ep-success">{ "✔ " }{ i18n.t("register-sent") }</p>
            </div>
        };
    }
    let error_for = |field: &str| field_problem::error_for(&problems, field);
    let field_html = |(field, label, kind, autocomplete): &Field| -> Html {
        let on_change = {
            let (form, problems) = (form.clone(), problems.clone());
            let field = *field;
            Callback::from(move |text: String| {
                let mut next = (*form).clone();
                set(&mut next, field, text);
                // A problem shown for this field goes as soon as it is right.
                if problems.iter().any(|p| p.field == field) {
                    let now = next.validate().err().unwrap_or_default();
                    let others = problems.iter().filter(|p| p.field != field);
                    problems.set(others.chain(now.iter().filter(|p| p.field == field)).cloned().collect());
                }
                form.set(next);
            })
        };
        let hint =
            HINTED.contains(field).then(|| AttrValue::from(i18n.t(&format!("hint-{}", field.replace('_', "-")))));
        html! {
            <FormField name={*field} label={i18n.t(label)} value={value(&form, field).to_owned()}
                       kind={*kind} autocomplete={Some(AttrValue::from(*autocomplete))}
                       error={error_for(field)} {hint} {on_change} required=true />
        }
    };
    html! {
        <div class="ep-page ep-prose">
            <h1>{ i18n.t("register-page-title") }</h1>
            <p>{ i18n.t("register-intro") }</p>
            if !problems.is_empty() {
                <div id={SUMMARY_ID} class="ep-error-summary" role="alert" tabindex="-1">
                    <h2>{ i18n.t("form-has-errors") }</h2>
                    <ul>
                        { for problems.iter().map(|p| {
                            let label = fields(form.country).find(|f| f.0 == p.field).map(|f| i18n.t(f.1)).unwrap_or_default();
                            html! { <li><a href={format!("#field-{}", p.field)}>{ label }{ ": " }{ i18n.t(&problem_message(p)) }</a></li> }
                        }) }
                    </ul>
                </div>
            }
            if let Outcome::Failed(message_id) = &*outcome {
                <p id={SUMMARY_ID} class="ep-error-summary" role="alert" tabindex="-1">{ i18n.t(message_id) }</p>
            }
            <form class="ep-form" novalidate=true {onsubmit}>
                { for fields(form.country).take(BEFORE_DOCUMENTS.len()).map(&field_html) }
                <fieldset class="ep-choice">
                    <legend>{ i18n.t("register-country-legend") }</legend>
                    { for [(Country::UA, "register-country-ua"), (Country::BY, "register-country-by")].into_iter().map(|(country, label)| {
                        let onchange = {
                            let form = form.clone();
                            Callback::from(move |_: Event| form.set(RegistrationForm { country, ..(*form).clone() }))
                        };
                        html! {
                            <label class="ep-check">
                                <input type="radio" name="country" checked={form.country == country} {onchange} />
                                { i18n.t(label) }
                            </label>
                        }
                    }) }
                </fieldset>
                { for fields(form.country).skip(BEFORE_DOCUMENTS.len()).map(&field_html) }

                <button type="submit" class="ep-button ep-button-primary" disabled={*outcome == Outcome::Sending}>
                    { i18n.t("register-submit") }
                </button>
            </form>
        </div>
    }
}
