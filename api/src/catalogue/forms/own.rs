//! Services' own application forms, made from their real paper forms and
//! kept as data with the catalogue: `api/seed/forms/<service-id>.json`, one
//! file per form, each a `FormDefinition` as serde writes it. Like
//! `seed/catalogue.json` they are compiled into the binary, so the API
//! needs no files beside it; a service with a form here gets it instead of
//! the common one (`super::for_service`).
//!
//! **Versions.** Each file carries its form's `version`, and a draft
//! remembers the version it was made with. A changed form must raise its
//! version (any change: a field, an option, a rule, a text), so a draft made
//! with the older one is told apart. Version 1 of every service's form was
//! the common one (`super::COMMON_VERSION`), so an own form starts at 2.
//!
//! **Adding one.** Put the file in `seed/forms/` and its service id in
//! `FILES` below (a test fails for a file left out). Every form is checked
//! when the API starts — it parses, names the service its file is named
//! after, is sound (`super::form_problems`), has 3 to 6 steps and ends with
//! the consent — and, with the demo catalogue, that its service is ordered
//! online, that it asks for exactly the service's documents — but no proof
//! of a payment the portal takes itself (`super::payment_problems`) — and
//! that its version is above the service's common form's.

use super::{COMMON_VERSION, PAYMENT_DOCUMENT, common_version, form_problems, paid_through_portal, payment_problems};
use portal_model::catalogue::Catalogue;
use portal_model::form::{Field, FieldKind, FormDefinition};
use std::collections::HashMap;
use std::sync::OnceLock;

macro_rules! form_files {
    ($($id:literal),* $(,)?) => {
        &[$(($id, include_str!(concat!("../../../seed/forms/", $id, ".json")))),*]
    };
}

/// Every own form: (service id, the file's JSON).
pub const FILES: &[(&str, &str)] = form_files![
    "business-registration-by",
    "carrier-licence",
    "child-care-benefit-by",
    "criminal-record-by",
    "deferment-of-employees",
    "emalyatko",
    "entrepreneur-registration",
    "export-licence",
    "extract-civil-status-register",
    "extract-property-rights-register",
    "extract-unified-state-register",
    "high-risk-works-permit",
    "international-driving-permit",
    "residence-registration-by",
];

/// The fewest and most steps a form of its own has.
pub const STEPS: std::ops::RangeInclusive<usize> = 3..=6;

static FORMS: OnceLock<Result<HashMap<String, FormDefinition>, String>> = OnceLock::new();

/// Every own form by service id, read and checked once; the error lists
/// every problem of every file.
pub fn forms() -> Result<&'static HashMap<String, FormDefinition>, String> {
    FORMS.get_or_init(read_all).as_ref().map_err(Clone::clone)
}

/// The own form of a service, if it has one (and the forms are sound: the
/// API does not start otherwise).
pub fn form(service_id: &str) -> Option<&'static FormDefinition> {
    forms().ok()?.get(service_id)
}

fn read_all() -> Result<HashMap<String, FormDefinition>, String> {
    let mut forms = HashMap::new();
    let mut problems = Vec::new();
    for (id, json) in FILES {
        match read(id, json) {
            Ok(form) => {
                forms.insert(form.service_id.clone(), form);
            }
            Err(found) => problems.extend(found.into_iter().map(|p| format!("seed/forms/{id}.json: {p}"))),
        }
    }
    if problems.is_empty() { Ok(forms) } else { Err(problems.join("; ")) }
}

/// One file read and checked on its own (without the catalogue).
pub fn read(id: &str, json: &str) -> Result<FormDefinition, Vec<String>> {
    let form: FormDefinition = serde_json::from_str(json).map_err(|e| vec![e.to_string()])?;
    let mut problems = form_problems(&form);
    if form.service_id != id {
        problems.push(format!("names service {}, not the one it is named after", form.service_id));
    }
    if form.version <= COMMON_VERSION {
        problems.push(format!("version {}: an own form starts above the common form's", form.version));
    }
    if !STEPS.contains(&form.steps.len()) {
        problems.push(format!("{} steps, not {STEPS:?}", form.steps.len()));
    }
    let consent = form
        .steps
        .last()
        .is_some_and(|last| last.fields.iter().any(|field| matches!(field.kind, FieldKind::Consent) && field.required));
    if !consent {
        problems.push("the last step asks for no consent".into());
    }
    if problems.is_empty() { Ok(form) } else { Err(problems) }
}

/// Problems of the own forms with `catalogue`: each names a service of it
/// that is ordered online, and asks for that service's documents — each of
/// them but the receipt of a payment the portal takes, and no document the
/// service does not list.
pub fn catalogue_problems(catalogue: &Catalogue) -> Vec<String> {
    let forms = match forms() {
        Ok(forms) => forms,
        Err(problems) => return vec![problems],
    };
    let mut problems = Vec::new();
    let mut ids: Vec<&String> = forms.keys().collect();
    ids.sort();
    for id in ids {
        problems.extend(form_catalogue_problems(&forms[id], catalogue));
    }
    problems
}

/// Problems of one form with `catalogue` (see `catalogue_problems`).
pub fn form_catalogue_problems(form: &FormDefinition, catalogue: &Catalogue) -> Vec<String> {
    let id = &form.service_id;
    let Some(service) = catalogue.services.iter().find(|service| service.id.as_str() == id) else {
        return vec![format!("{id}: no such service in the catalogue")];
    };
    let mut problems = Vec::new();
    if !service.online {
        problems.push(format!("{id}: the service is not ordered online"));
    }
    if form.version <= common_version(service) {
        problems.push(format!("{id}: version {}, not above its common form's", form.version));
    }
    problems.extend(payment_problems(form, service));
    let mut asked = Vec::new();
    for step in &form.steps {
        documents_asked(&step.fields, &mut asked);
    }
    for document in &asked {
        if !catalogue.documents.iter().any(|known| &known.id == document) {
            problems.push(format!("{id}: attachment of {document}, which the catalogue does not know"));
        } else if !service.documents.contains(document) {
            problems.push(format!("{id}: attachment of {document}, which the service does not list"));
        }
    }
    let paid_after = |document: &String| paid_through_portal(service) && document == PAYMENT_DOCUMENT;
    for document in service.documents.iter().filter(|document| !asked.contains(document) && !paid_after(document)) {
        problems.push(format!("{id}: does not ask for {document}"));
    }
    problems
}

fn documents_asked(fields: &[Field], asked: &mut Vec<String>) {
    for field in fields {
        match &field.kind {
            FieldKind::Attachment { document: Some(document) } => asked.push(document.clone()),
            FieldKind::Group { fields, .. } => documents_asked(fields, asked),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    fn demo() -> Catalogue {
        crate::catalogue::demo::catalogue().expect("the demo catalogue")
    }

    #[test]
    fn every_file_in_the_forms_directory_is_compiled_in_and_sound() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seed/forms");
        let mut on_disk: Vec<String> =
            std::fs::read_dir(&dir).unwrap().map(|entry| entry.unwrap().file_name().into_string().unwrap()).collect();
        on_disk.sort();
        let listed: Vec<String> = FILES.iter().map(|(id, _)| format!("{id}.json")).collect();
        assert_eq!(on_disk, listed, "seed/forms/ and FILES (sorted) name the same forms");
        let forms = forms().unwrap_or_else(|problems| panic!("{problems}"));
        assert_eq!(forms.len(), FILES.len());
        assert_eq!(catalogue_problems(&demo()), Vec::<String>::new());
    }

    #[test]
    fn a_service_with_an_own_form_gets_it_and_the_others_the_common_one() {
        let catalogue = demo();
        let service = |id: &str| catalogue.services.iter().find(|s| s.id.as_str() == id).unwrap();
        let own = crate::catalogue::forms::for_service(service("export-licence"), &catalogue).unwrap();
        assert_eq!(Some(&own), form("export-licence"));
        assert!(own.version > COMMON_VERSION);
        let common = crate::catalogue::forms::for_service(service("import-licence"), &catalogue).unwrap();
        // (Paid through the portal: version 2 asks for no receipt.)
        assert_eq!(common.version, COMMON_VERSION + 1);
        assert_eq!(common.version, common_version(service("import-licence")));
        assert_eq!(
            common.steps.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
            ["applicant", "documents", "confirmation"]
        );
    }

    /// A sound own form, to break in the tests below.
    fn sound() -> Value {
        serde_json::from_str(FILES.iter().find(|(id, _)| *id == "export-licence").unwrap().1).unwrap()
    }

    fn problems_of(form: Value) -> String {
        match read("export-licence", &form.to_string()) {
            Ok(form) => form_catalogue_problems(&form, &demo()).join("\n"),
            Err(problems) => problems.join("\n"),
        }
    }

    #[test]
    fn a_broken_form_is_told_why() {
        assert_eq!(problems_of(sound()), "");
        let mut form = sound();
        form["version"] = json!(1);
        form["service_id"] = json!("import-licence");
        let problems = problems_of(form);
        assert!(problems.contains("starts above") && problems.contains("not the one it is named after"), "{problems}");

        // A condition on a value its field cannot take, on a field shown
        // only sometimes, and on no field at all.
        let mut form = sound();
        let fields = form["steps"][1]["fields"].as_array_mut().unwrap();
        fields[0]["shown_when"] = json!({"field": "applicant_kind", "equals": "alien"});
        fields[1]["shown_when"] = json!({"field": "edrpou", "equals": "x"});
        let problems = problems_of(form);
        assert!(problems.contains(r#"applicant_kind is "alien", which it cannot be"#), "{problems}");
        assert!(problems.contains("edrpou, which is itself shown only sometimes"), "{problems}");

        // A text missing in one language.
        let mut form = sound();
        form["steps"][0]["title"]["be"] = json!(" ");
        form["steps"][1]["fields"][2]["help"] = json!({"uk": "Так", "be": "Так", "en": ""});
        let problems = problems_of(form);
        assert!(problems.contains("title missing in [Be]"), "{problems}");
        assert!(problems.contains("contract_date: help missing in [En]"), "{problems}");

        // An attachment of an unknown document, and so a service document
        // not asked for.
        let mut form = sound();
        let documents = form["steps"][3]["fields"].as_array_mut().unwrap();
        documents[1]["kind"] = json!({"attachment": {"document": "no-such-document"}});
        let problems = problems_of(form);
        assert!(problems.contains("no-such-document, which the catalogue does not know"), "{problems}");
        assert!(problems.contains("does not ask for contract"), "{problems}");

        // A receipt asked of a service the portal takes the payment of
        // (after submitting), and a version not above the common form's.
        let mut form = sound();
        form["version"] = json!(2);
        let documents = form["steps"][3]["fields"].as_array_mut().unwrap();
        documents
            .push(json!({"id": "document_payment", "label": {"uk": "Квитанція", "be": "Квітанцыя", "en": "Receipt"},
            "kind": {"attachment": {"document": "payment"}}, "required": true}));
        documents.push(json!({"id": "fee_receipt", "label": {"uk": "Квитанція", "be": "Квітанцыя", "en": "Receipt"},
            "kind": {"attachment": {}}}));
        let problems = problems_of(form);
        assert!(problems.contains("field document_payment: asks for proof of a payment"), "{problems}");
        assert!(problems.contains("field fee_receipt: asks for proof of a payment"), "{problems}");
        assert!(problems.contains("version 2, not above its common form's"), "{problems}");

        // Too many steps, the last without the consent; a prefill it would
        // refuse.
        let mut form = sound();
        let steps = form["steps"].as_array_mut().unwrap();
        for n in 0..2 {
            steps.push(json!({"id": format!("extra{n}"), "title": {"uk": "Ще", "be": "Яшчэ", "en": "More"},
                "fields": [{"id": format!("extra{n}"), "label": {"uk": "Ще", "be": "Яшчэ", "en": "More"}, "kind": "date"}]}));
        }
        steps[0]["fields"][1]["kind"] = json!("date");
        let problems = problems_of(form);
        assert!(problems.contains("asks for no consent") && problems.contains("7 steps"), "{problems}");
        assert!(problems.contains("prefill of full_name is refused"), "{problems}");
    }
}
