//! The application form of every service that can be ordered online
//! (`GET /api/services/{id}/form`). A service with a form of its own, made
//! from its paper form, gets that one, kept as data with the catalogue
//! (`own`, `seed/forms/<service-id>.json`); every other one gets the common
//! form built here — who applies (for oneself, as a representative, for a
//! legal entity with its ЄДРПОУ), the applicant's data (prefilled from the
//! cabinet by the SPA, editable), the service's documents from the
//! catalogue as attachments, and a last step with a comment and the
//! consent. Forms are built with the catalogue and replaced with it.

pub mod own;

use portal_model::Localized;
use portal_model::catalogue::{Catalogue, Service};
use portal_model::form::{Answers, ChoiceOption, Condition, Field, FieldKind, FormDefinition, Scope, Step};
use serde_json::{Value, json};

/// The common form's version: raise it when the common part changes, so
/// that drafts made with an older one are told apart.
pub const COMMON_VERSION: u32 = 1;

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
        version: COMMON_VERSION,
        steps: vec![applicant_step(), documents_step(service, catalogue), final_step()],
    })
}

fn t(uk: &str, be: &str, en: &str) -> Localized {
    Localized { uk: uk.into(), be: be.into(), en: en.into() }
}

fn field(id: &str, label: Localized, kind: FieldKind, required: bool) -> Field {
    Field { id: id.into(), label, help: None, kind, required, shown_when: None }
}

fn text(max_len: u32) -> FieldKind {
    FieldKind::Text { max_len, multiline: false }
}

fn when(mut field: Field, on: &str, equals: &str) -> Field {
    field.shown_when = Some(Condition { field: on.into(), equals: json!(equals) });
    field
}

fn applicant_step() -> Step {
    let who = FieldKind::Choice {
        options: vec![
            ChoiceOption { value: "self".into(), label: t("Для себе", "Для сябе", "For myself") },
            ChoiceOption {
                value: "representative".into(),
                label: t(
                    "Як представник іншої особи",
                    "Як прадстаўнік іншай асобы",
                    "As another person's representative",
                ),
            },
            ChoiceOption {
                value: "legal_entity".into(),
                label: t("Від імені юридичної особи", "Ад імя юрыдычнай асобы", "On behalf of a legal entity"),
            },
        ],
    };
    let mut applicant_kind = field("applicant_kind", t("Хто звертається", "Хто звяртаецца", "Who applies"), who, true);
    applicant_kind.help = Some(t(
        "Представник додає документ, що підтверджує його повноваження.",
        "Прадстаўнік дадае дакумент, які пацвярджае яго паўнамоцтвы.",
        "A representative attaches the document that confirms the authority.",
    ));
    Step {
        id: "applicant".into(),
        title: t("Заявник", "Заяўнік", "Applicant"),
        fields: vec![
            applicant_kind,
            field(
                "full_name",
                t("Прізвище, ім’я, по батькові", "Прозвішча, імя, імя па бацьку", "Full name"),
                text(200),
                true,
            ),
            field(
                "rnokpp",
                t(
                    "РНОКПП (реєстраційний номер облікової картки платника податків)",
                    "РНУКП (украінскі рэгістрацыйны нумар уліковай карткі падаткаплацельшчыка)",
                    "Ukrainian taxpayer number (RNOKPP)",
                ),
                FieldKind::Rnokpp,
                false,
            ),
            field("birth_date", t("Дата народження", "Дата нараджэння", "Date of birth"), FieldKind::Date, false),
            field("phone", t("Номер телефону", "Нумар тэлефона", "Phone number"), FieldKind::Phone, true),
            field("email", t("Електронна пошта", "Электронная пошта", "E-mail"), FieldKind::Email, true),
            field("address", t("Адреса", "Адрас", "Address"), FieldKind::Address, true),
            when(
                field(
                    "represented_full_name",
                    t(
                        "Прізвище, ім’я, по батькові особи, яку представляєте",
                        "Прозвішча, імя, імя па бацьку асобы, якую прадстаўляеце",
                        "Full name of the person you represent",
                    ),
                    text(200),
                    true,
                ),
                "applicant_kind",
                "representative",
            ),
            when(
                field(
                    "authority_document",
                    t(
                        "Документ, що підтверджує повноваження представника",
                        "Дакумент, які пацвярджае паўнамоцтвы прадстаўніка",
                        "Document confirming the representative's authority",
                    ),
                    FieldKind::Attachment { document: None },
                    true,
                ),
                "applicant_kind",
                "representative",
            ),
            when(
                field(
                    "company_name",
                    t("Найменування юридичної особи", "Найменне юрыдычнай асобы", "Name of the legal entity"),
                    text(300),
                    true,
                ),
                "applicant_kind",
                "legal_entity",
            ),
            when(
                field("edrpou", t("Код ЄДРПОУ", "Код АДРПАУ", "EDRPOU code"), FieldKind::Edrpou, true),
                "applicant_kind",
                "legal_entity",
            ),
        ],
    }
}

fn documents_step(service: &Service, catalogue: &Catalogue) -> Step {
    let mut fields: Vec<Field> = service
        .documents
        .iter()
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
    if fields.is_empty() {
        // A service without listed documents still takes anything else the
        // applicant wants the provider to see.
        fields.push(field(
            "other_documents",
            t("Інші документи (за бажанням)", "Іншыя дакументы (па жаданні)", "Other documents (optional)"),
            FieldKind::Attachment { document: None },
            false,
        ));
    }
    Step { id: "documents".into(), title: t("Документи", "Дакументы", "Documents"), fields }
}

fn final_step() -> Step {
    Step {
        id: "confirmation".into(),
        title: t("Підтвердження", "Пацвярджэнне", "Confirmation"),
        fields: vec![
            field(
                "comment",
                t("Коментар до заяви", "Каментарый да заявы", "Comment on the application"),
                FieldKind::Text { max_len: 2000, multiline: true },
                false,
            ),
            field(
                "consent",
                t(
                    "Підтверджую, що відомості правдиві, і даю згоду на обробку персональних даних",
                    "Пацвярджаю, што звесткі праўдзівыя, і даю згоду на апрацоўку персанальных даных",
                    "I confirm the information is true and consent to the processing of personal data",
                ),
                FieldKind::Consent,
                true,
            ),
        ],
    }
}

/// What the SPA puts in a new draft from the cabinet (`applicant_kind`,
/// `full_name`, `phone`, `email`, `address`): every form must take it, or
/// a new draft could not be saved.
pub fn prefilled_answers() -> Answers {
    let prefilled = json!({
        "applicant_kind": "self",
        "full_name": "Петренко Петро Петрович",
        "phone": "+380501234567",
        "email": "petro@example.com",
        "address": "м. Київ, вул. Хрещатик, 1",
    });
    prefilled.as_object().cloned().unwrap_or_default()
}

/// Every problem of a form's definition: its structure
/// (`FormDefinition::structure_problems`: ids, three languages, limits),
/// conditions that can never hold or that hang on a field which is itself
/// shown only sometimes (whose stale answer would then decide), and a
/// cabinet prefill it would refuse. Checked for every form.
pub fn form_problems(form: &FormDefinition) -> Vec<String> {
    let mut problems = form.structure_problems();
    let top: Vec<&Field> = form.steps.iter().flat_map(|step| &step.fields).collect();
    condition_problems(&top, &form.service_id, &mut problems);
    let prefill = prefilled_answers();
    for problem in form.save_problems(&prefill, false).into_iter().chain(form.problems(&prefill, Scope::Draft)) {
        problems.push(format!("{}: the cabinet's prefill of {} is refused", form.service_id, problem.field));
    }
    problems
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
