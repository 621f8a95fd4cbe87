//! The application form of every service that can be ordered online
//! (`GET /api/services/{id}/form`). A service with a form of its own, made
//! from its paper form, gets that one, kept as data with the catalogue
//! (`own`, `seed/forms/<service-id>.json`); every other one gets the common
//! form built here — who applies (for oneself, as a representative, for a
//! legal entity with its ЄДРПОУ), the applicant's data (prefilled from the
//! cabinet by the SPA, editable), the service's documents from the
//! catalogue as attachments (but no receipt of a fee the portal takes after
//! submitting: `paid_through_portal`), and a last step with a comment and
//! the consent; its texts, like the own forms', are data
//! (`seed/common_form.json`). Forms are built with the catalogue and
//! replaced with it.

pub mod own;

use portal_model::Localized;
use portal_model::account::Profile;
use portal_model::catalogue::{Catalogue, Cost, Service};
use portal_model::form::{Answers, Field, FieldKind, FormDefinition, Scope, Step};
use portal_model::validation::Country;
use serde_json::Value;

/// The common form's first version: raise a service's common form's
/// version (`common_version`) when what it asks changes, so that drafts
/// made with an older one are told apart.
pub const COMMON_VERSION: u32 = 1;

/// The version of a service's common form: 2 for a service paid through
/// the portal, whose form stopped asking for the receipt.
pub fn common_version(service: &Service) -> u32 {
    if paid_through_portal(service) { COMMON_VERSION + 1 } else { COMMON_VERSION }
}

/// The catalogue's document that proves a payment (`documents[].id`).
pub const PAYMENT_DOCUMENT: &str = "payment";

/// Whether the portal takes the service's payment itself: a service with a
/// fee gets its payment code (and may be paid by card) once the
/// application is submitted (`submission`), so its form asks for no proof
/// of payment — the code does not exist before — and the receipt is
/// attached on the order's page (`receipts`).
pub fn paid_through_portal(service: &Service) -> bool {
    matches!(service.cost, Cost::Fee { .. })
}

/// The form of `service`, if it can be ordered online: its own, or the
/// common one.
pub fn for_service(service: &Service, catalogue: &Catalogue) -> Option<FormDefinition> {
    if !service.online {
        return None;
    }
    if let Some(form) = own::form(service.id.as_str()) {
        return Some(form.clone());
    }
    Some(FormDefinition {
        service_id: service.id.as_str().to_owned(),
        version: common_version(service),
        steps: vec![
            common_form().applicant.clone(),
            documents_step(service, catalogue),
            common_form().confirmation.clone(),
        ],
    })
}

/// The common form's fixed parts, kept as data beside the own forms
/// (`seed/common_form.json`, compiled in): who applies and the applicant's
/// data, the documents step's title with the field asked when the catalogue
/// lists no documents, and the last step.
#[derive(serde::Deserialize)]
struct CommonForm {
    applicant: Step,
    documents: Step,
    confirmation: Step,
}

const COMMON_FORM_JSON: &str = include_str!("../../../seed/common_form.json");

fn common_form() -> &'static CommonForm {
    static FORM: std::sync::OnceLock<CommonForm> = std::sync::OnceLock::new();
    // (Compiled in and parsed by the tests: it cannot fail in a built portal.)
    FORM.get_or_init(|| serde_json::from_str(COMMON_FORM_JSON).expect("seed/common_form.json is a common form"))
}

fn field(id: &str, label: Localized, kind: FieldKind, required: bool) -> Field {
    Field { id: id.into(), label, help: None, kind, required, shown_when: None }
}

/// The service's documents from the catalogue as attachments (but not the
/// receipt of a fee the portal takes), or, with none listed, anything else
/// the applicant wants the provider to see.
fn documents_step(service: &Service, catalogue: &Catalogue) -> Step {
    let fields: Vec<Field> = service
        .documents
        .iter()
        .filter(|id| !(paid_through_portal(service) && *id == PAYMENT_DOCUMENT))
        .filter_map(|id| catalogue.documents.iter().find(|kind| &kind.id == id))
        .map(|kind| {
            field(
                &format!("document_{}", kind.id.replace('-', "_")),
                kind.name.clone(),
                FieldKind::Attachment { document: Some(kind.id.clone()) },
                true,
            )
        })
        .collect();
    let common = &common_form().documents;
    Step { fields: if fields.is_empty() { common.fields.clone() } else { fields }, ..common.clone() }
}

/// The sample cabinet every form is checked against (`seed/sample_cabinet.json`,
/// compiled in: a citizen's data, kept as data): its prefill, and the
/// profile of a Ukrainian and of a Belarusian.
#[derive(serde::Deserialize)]
struct SampleCabinet {
    prefilled_answers: Answers,
    ukrainian: Profile,
    belarusian: Profile,
}

const SAMPLE_CABINET_JSON: &str = include_str!("../../../seed/sample_cabinet.json");

fn sample_cabinet() -> &'static SampleCabinet {
    static CABINET: std::sync::OnceLock<SampleCabinet> = std::sync::OnceLock::new();
    // (Compiled in and read by the tests: it cannot fail in a built portal.)
    CABINET.get_or_init(|| {
        serde_json::from_str(SAMPLE_CABINET_JSON).expect("seed/sample_cabinet.json is a sample cabinet")
    })
}

/// The part of the cabinet's prefill (`FormDefinition::prefilled`) every
/// form takes (`applicant_kind`, `full_name`, `phone`, `email`, `address`):
/// a form without one of these fields, or refusing its answer, could not
/// save a new draft the way the SPA starts it.
pub fn prefilled_answers() -> Answers {
    sample_cabinet().prefilled_answers.clone()
}

/// A cabinet as the forms' check takes it: a Ukrainian's, or a
/// Belarusian's with the Belarusian documents.
pub fn demo_profile(country: Country) -> Profile {
    match country {
        Country::UA => sample_cabinet().ukrainian.clone(),
        Country::BY => sample_cabinet().belarusian.clone(),
    }
}

/// Every problem of a form's definition: its structure
/// (`FormDefinition::structure_problems`: ids, three languages, limits),
/// conditions that can never hold or that hang on a field which is itself
/// shown only sometimes (whose stale answer would then decide), and a
/// cabinet prefill it would refuse — a Ukrainian's for every form, a
/// Belarusian's too for a form asking for the Belarusian personal number.
/// Checked for every form.
pub fn form_problems(form: &FormDefinition) -> Vec<String> {
    let mut problems = form.structure_problems();
    let top: Vec<&Field> = form.steps.iter().flat_map(|step| &step.fields).collect();
    condition_problems(&top, &form.service_id, &mut problems);
    let core = prefilled_answers();
    let mut refused: Vec<String> = form
        .save_problems(&core, false)
        .into_iter()
        .chain(form.problems(&core, Scope::Draft))
        .map(|problem| problem.field)
        .collect();
    let belarusian = top.iter().any(|field| field.id == "personal_number");
    let people = [Some(Country::UA), belarusian.then_some(Country::BY)];
    for profile in people.into_iter().flatten().map(demo_profile) {
        refused.extend(form.prefill_refused(&profile).into_iter().map(str::to_owned));
        let prefill = form.prefilled(&profile);
        refused.extend(form.save_problems(&prefill, false).into_iter().map(|problem| problem.field));
        refused.extend(form.problems(&prefill, Scope::Draft).into_iter().map(|problem| problem.field));
    }
    refused.sort();
    refused.dedup();
    for field in refused {
        problems.push(format!("{}: the cabinet's prefill of {field} is refused", form.service_id));
    }
    problems
}

/// Problems of a form with its service: a form never asks for proof of a
/// payment the portal has not asked for yet, so for a service paid through
/// the portal no attachment is a payment document (the catalogue's, or one
/// named as a payment or a receipt). Checked for every form.
pub fn payment_problems(form: &FormDefinition, service: &Service) -> Vec<String> {
    let mut problems = Vec::new();
    if paid_through_portal(service) {
        let top: Vec<&Field> = form.steps.iter().flat_map(|step| &step.fields).collect();
        payment_attachments(&top, &form.service_id, &mut problems);
    }
    problems
}

fn payment_attachments(scope: &[&Field], at: &str, problems: &mut Vec<String>) {
    for field in scope {
        let here = format!("{at}, field {}", field.id);
        match &field.kind {
            FieldKind::Attachment { document } => {
                let named = ["payment", "receipt"].iter().any(|word| field.id.contains(word));
                if named || document.as_deref() == Some(PAYMENT_DOCUMENT) {
                    problems
                        .push(format!("{here}: asks for proof of a payment the portal asks for only after submitting"));
                }
            }
            FieldKind::Group { fields, .. } => {
                payment_attachments(&fields.iter().collect::<Vec<_>>(), &here, problems);
            }
            _ => {}
        }
    }
}

fn condition_problems(scope: &[&Field], at: &str, problems: &mut Vec<String>) {
    for field in scope {
        let here = format!("{at}, field {}", field.id);
        if let Some(condition) = &field.shown_when {
            let on = scope.iter().find(|other| other.id == condition.field);
            let wanted = condition.equals.as_str();
            let can_hold = match on.map(|other| &other.kind) {
                Some(FieldKind::Choice { options } | FieldKind::MultiChoice { options }) => {
                    options.iter().any(|option| wanted == Some(option.value.as_str()))
                }
                Some(FieldKind::YesNo) => condition.equals.is_boolean(),
                Some(FieldKind::Consent) => condition.equals == Value::Bool(true),
                _ => false,
            };
            if !can_hold {
                problems.push(format!(
                    "{here}: shown when {} is {}, which it cannot be",
                    condition.field, condition.equals
                ));
            }
            if on.is_some_and(|other| other.shown_when.is_some()) {
                problems.push(format!("{here}: shown on {}, which is itself shown only sometimes", condition.field));
            }
        }
        if let FieldKind::Group { fields, .. } = &field.kind {
            condition_problems(&fields.iter().collect::<Vec<_>>(), &here, problems);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_cabinet_is_a_ukrainians_and_a_belarusians() {
        assert_eq!(demo_profile(Country::UA).country, Country::UA);
        assert_eq!(demo_profile(Country::BY).country, Country::BY);
        assert_eq!(demo_profile(Country::BY).personal_number, "3140582A001PB3");
        assert_eq!(prefilled_answers()["full_name"], demo_profile(Country::UA).full_name.as_str());
        assert_eq!(prefilled_answers()["applicant_kind"], "self");
    }

    /// Every form of the demo catalogue, common or own, asks for no proof
    /// of a payment the portal asks for only after submitting, and the
    /// common form still asks for the other documents.
    #[test]
    fn no_form_asks_for_the_receipt_of_a_payment_the_portal_takes() {
        let catalogue = crate::catalogue::demo::catalogue().expect("the demo catalogue");
        let mut paid = 0;
        for service in catalogue.services.iter().filter(|service| service.online) {
            let form = for_service(service, &catalogue).unwrap();
            assert_eq!(payment_problems(&form, service), Vec::<String>::new());
            paid += usize::from(paid_through_portal(service));
        }
        assert!(paid > 100, "{paid} services paid through the portal");
        let import = catalogue.services.iter().find(|service| service.id.as_str() == "import-licence").unwrap();
        let documents = &for_service(import, &catalogue).unwrap().steps[1];
        let asked: Vec<&str> = documents.fields.iter().map(|field| field.id.as_str()).collect();
        assert_eq!(asked, ["document_application", "document_contract", "document_constituent_documents"]);

        // A free service's common form keeps a payment document it lists
        // (paid elsewhere, before): the rule is for the portal's payments.
        let mut free = import.clone();
        free.cost = Cost::Free;
        let form = for_service(&free, &catalogue).unwrap();
        assert_eq!(form.version, COMMON_VERSION);
        assert!(form.steps[1].fields.iter().any(|field| field.id == "document_payment"));
        assert_eq!(payment_problems(&form, &free), Vec::<String>::new());
        assert_eq!(payment_problems(&form, import).len(), 1);
    }

    #[test]
    fn the_common_forms_texts_parse_in_three_languages() {
        let common: CommonForm = serde_json::from_str(COMMON_FORM_JSON).expect("seed/common_form.json parses");
        let steps = [&common.applicant, &common.documents, &common.confirmation];
        assert_eq!(steps.map(|step| step.id.as_str()), ["applicant", "documents", "confirmation"]);
        for step in steps {
            let texts = std::iter::once(&step.title).chain(step.fields.iter().map(|field| &field.label));
            for text in texts {
                assert!([&text.uk, &text.be, &text.en].iter().all(|t| !t.is_empty()), "{}", step.id);
            }
        }
    }

    /// A Belarusian's personal number (14 characters) in a field that takes
    /// 13, as the Belarusian forms' did: the check says so.
    #[test]
    fn a_form_refusing_the_cabinets_documents_is_told() {
        let json = own::FILES.iter().find(|(id, _)| *id == "residence-registration-by").unwrap().1;
        let mut form: FormDefinition = serde_json::from_str(json).unwrap();
        assert_eq!(form_problems(&form), Vec::<String>::new());
        for field in form.steps.iter_mut().flat_map(|step| &mut step.fields) {
            if field.id == "personal_number" {
                field.kind = FieldKind::Text { max_len: 13, multiline: false };
            }
        }
        assert_eq!(
            form_problems(&form),
            ["residence-registration-by: the cabinet's prefill of personal_number is refused"]
        );
    }
}
