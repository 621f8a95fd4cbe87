//! Application forms and the drafts behind them (issue 12): every service
//! ordered online has a sound form in three languages, its own (made from
//! its paper form, `api/seed/forms/`) or the common one; a draft is saved
//! whole with the version it was based on, a stale save is refused and
//! changes nothing, answers that do not fit the form — its own form, for a
//! service that has one — are refused under their path, and nobody reaches
//! another person's draft.

use crate::helpers::{Api, MARIA, PETRO, User, api, on_postgres};
use axum::http::StatusCode;
use futures_util::future::join_all;
use portal_model::form::FormDefinition;
use portal_model::validation::Country;
use serde_json::{Value, json};

#[tokio::test]
async fn every_service_ordered_online_has_a_sound_form_in_three_languages() {
    let api = api().await;
    let catalogue = api.call("GET", "/api/catalogue", None, &[]).await.body;
    let model: portal_model::catalogue::Catalogue = serde_json::from_value(catalogue.clone()).unwrap();
    let services = catalogue["services"].as_array().unwrap();
    let online: Vec<&Value> = services.iter().filter(|s| s["online"] == true).collect();
    assert_eq!(online.len(), 388, "the catalogue's services marked online");
    for service in &online {
        let id = service["id"].as_str().unwrap();
        let reply = api.call("GET", &format!("/api/services/{id}/form"), None, &[]).await;
        assert_eq!(reply.status, StatusCode::OK, "{id}");
        let form: FormDefinition = serde_json::from_value(reply.body.clone()).unwrap();
        // The SPA reads it by hand: the same form.
        assert_eq!(FormDefinition::from_json(&reply.body).as_ref(), Some(&form), "{id}");
        assert_eq!(form.service_id, id);
        assert_eq!(form.structure_problems(), Vec::<String>::new(), "{id}");
        // Conditions that can hold, on fields always asked; the cabinet's
        // prefill taken.
        assert_eq!(portal_api::catalogue::forms::form_problems(&form), Vec::<String>::new(), "{id}");
        // No proof of a payment the portal asks for only after submitting.
        let listed = model.services.iter().find(|s| s.id.as_str() == id).unwrap();
        assert_eq!(portal_api::catalogue::forms::payment_problems(&form, listed), Vec::<String>::new(), "{id}");
        let paid_after = portal_api::catalogue::forms::paid_through_portal(listed);
        // Each of the service's other documents is asked for as an attachment.
        let asked: Vec<String> = serde_json::to_value(&form).unwrap()["steps"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|step| step["fields"].as_array().unwrap().clone())
            .filter_map(|field| field["kind"]["attachment"]["document"].as_str().map(str::to_owned))
            .collect();
        for document in service["documents"].as_array().unwrap() {
            if paid_after && document == portal_api::catalogue::forms::PAYMENT_DOCUMENT {
                assert!(!asked.iter().any(|a| a == document.as_str().unwrap()), "{id} asks for a receipt");
                continue;
            }
            assert!(asked.iter().any(|a| a == document.as_str().unwrap()), "{id} does not ask for {document}");
        }
    }
    let offline = services.iter().find(|s| s["online"] == false).unwrap()["id"].as_str().unwrap();
    assert_eq!(
        api.call("GET", &format!("/api/services/{offline}/form"), None, &[]).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(api.call("GET", "/api/services/no-such-service/form", None, &[]).await.status, StatusCode::NOT_FOUND);
}

/// The services the issue names for forms of their own: the export
/// licence, the high-risk works permit, the international driving permit,
/// «єМалятко», an extract from a Ministry of Justice register (seed 002)
/// and Belarusian administrative procedures (seed 004).
const NAMED: [&str; 7] = [
    "export-licence",
    "high-risk-works-permit",
    "international-driving-permit",
    "emalyatko",
    "extract-property-rights-register",
    "residence-registration-by",
    "child-care-benefit-by",
];

fn field_ids(form: &Value) -> Vec<String> {
    form["steps"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|step| step["fields"].as_array().unwrap().clone())
        .map(|field| field["id"].as_str().unwrap().to_owned())
        .collect()
}

/// Every text of a form (titles, labels, help, options: whatever has a
/// `uk`), with where it is.
fn texts<'a>(value: &'a Value, at: String, found: &mut Vec<(String, &'a Value)>) {
    match value {
        Value::Object(map) if map.contains_key("uk") => found.push((at, value)),
        Value::Object(map) => map.iter().for_each(|(key, inner)| texts(inner, format!("{at}/{key}"), found)),
        Value::Array(items) => items.iter().enumerate().for_each(|(n, inner)| texts(inner, format!("{at}/{n}"), found)),
        _ => {}
    }
}

#[tokio::test]
async fn services_have_their_own_forms_made_from_their_paper_forms() {
    let api = api().await;
    let catalogue = api.call("GET", "/api/catalogue", None, &[]).await.body;
    let service = |id: &str| catalogue["services"].as_array().unwrap().iter().find(|s| s["id"] == id).unwrap().clone();
    let country = |id: &str| {
        let provider = service(id)["provider"].clone();
        let providers = catalogue["providers"].as_array().unwrap();
        providers.iter().find(|p| p["id"] == provider).unwrap()["country"].as_str().unwrap().to_owned()
    };
    let common = api.call("GET", "/api/services/import-licence/form", None, &[]).await.body;
    let common_ids = field_ids(&common);

    let own: Vec<&str> = portal_api::catalogue::forms::own::FILES.iter().map(|(id, _)| *id).collect();
    assert!(own.len() >= 12, "{own:?}");
    let (mut countries, mut business_groups) = (std::collections::BTreeSet::new(), Vec::new());
    for id in &own {
        let json = api.call("GET", &format!("/api/services/{id}/form"), None, &[]).await.body;
        let form: FormDefinition = serde_json::from_value(json.clone()).unwrap();
        assert!(form.version > portal_api::catalogue::forms::COMMON_VERSION, "{id}: an own form starts at 2");
        assert!((3..=6).contains(&form.steps.len()), "{id}: {} steps", form.steps.len());
        assert_eq!(form.steps[0].id, "applicant", "{id}");
        let last = form.steps.last().unwrap();
        assert!(last.fields.iter().any(|f| f.id == "consent" && f.required), "{id} ends with the consent");
        // Its own questions, beyond the common form's.
        let ids = field_ids(&json);
        assert!(ids.iter().filter(|f| !common_ids.contains(f)).count() >= 5, "{id}: {ids:?}");
        // Every text in all three languages.
        let mut found = Vec::new();
        texts(&json, id.to_string(), &mut found);
        for (at, text) in found {
            for lang in ["uk", "be", "en"] {
                assert!(text[lang].as_str().is_some_and(|t| !t.trim().is_empty()), "{at} in {lang}");
            }
        }
        countries.insert(country(id));
        let has_group = json.to_string().contains(r#""group":"#);
        if has_group && service(id)["audiences"].as_array().unwrap().contains(&json!("business")) {
            business_groups.push(*id);
        }
    }
    assert_eq!(countries.into_iter().collect::<Vec<_>>(), ["BY", "UA"]);
    assert!(!business_groups.is_empty(), "a business service with a repeatable group");
    for id in NAMED {
        assert!(own.contains(&id), "{id} has its own form");
    }
    assert_eq!(service("extract-property-rights-register")["provider"], "minjust-ua");
    assert!(own.iter().filter(|id| country(id) == "BY").count() >= 2);

    // «єМалятко»: several sections, some asked only when a service is
    // chosen, the other children of a large family as a group.
    let emalyatko = api.call("GET", "/api/services/emalyatko/form", None, &[]).await.body;
    let emalyatko: FormDefinition = serde_json::from_value(emalyatko).unwrap();
    assert!(emalyatko.steps.len() >= 5);
    let children = emalyatko.field_at("other_children").unwrap();
    assert!(matches!(children.kind, portal_model::form::FieldKind::Group { .. }));
    assert_eq!(children.shown_when.as_ref().map(|c| c.field.as_str()), Some("services"));

    // The import licence keeps the common form (version 2: no receipt).
    assert_eq!(common["version"], 2);
    let steps: Vec<&str> = common["steps"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(steps, ["applicant", "documents", "confirmation"]);
}

#[tokio::test]
async fn a_draft_of_a_service_with_its_own_form_is_checked_against_that_form() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    // The cabinet's prefill is taken by every own form.
    for (service, _) in portal_api::catalogue::forms::own::FILES {
        let draft = new_draft_of(&api, &petro, service).await;
        // (Version 3 for the carrier licence: a lease contract per leased
        // vehicle; one more for each form that stopped asking for a receipt.)
        let json: Value = serde_json::from_str(
            portal_api::catalogue::forms::own::FILES.iter().find(|(id, _)| id == service).unwrap().1,
        )
        .unwrap();
        let version = json["version"].as_i64().unwrap();
        assert!(version >= 2, "{service}");
        assert_eq!(draft["form_version"], version, "{service}: made with its own form's version");
        // A Ukrainian's cabinet, and a Belarusian's for a Belarusian procedure.
        let form = portal_api::catalogue::forms::own::form(service).unwrap();
        let belarusian = form.field_at("personal_number").is_some();
        let country = if belarusian { Country::BY } else { Country::UA };
        let prefilled = form.prefilled(&portal_api::catalogue::forms::demo_profile(country));
        let (status, body) = save(&api, &petro, draft["id"].as_i64().unwrap(), 1, Value::Object(prefilled)).await;
        assert_eq!((status, advice(&body)), (StatusCode::OK, vec![]), "{service}: {body}");
    }
    // The documents given at registration are among it (the usability
    // review, 2026-12): a Ukrainian's РНОКПП, passport and postal code, a
    // Belarusian's personal number and passport in the Belarusian fields.
    let form = portal_api::catalogue::forms::own::form("extract-property-rights-register").unwrap();
    let prefilled = form.prefilled(&portal_api::catalogue::forms::demo_profile(Country::UA));
    let documents = ["rnokpp", "passport_number", "postal_code"].map(|id| prefilled.get(id).and_then(Value::as_str));
    assert_eq!(documents, [Some("1234567899"), Some("АА 123456"), Some("01001")]);
    let form = portal_api::catalogue::forms::own::form("residence-registration-by").unwrap();
    let prefilled = form.prefilled(&portal_api::catalogue::forms::demo_profile(Country::BY));
    let documents = ["personal_number", "passport_number"].map(|id| prefilled.get(id).and_then(Value::as_str));
    assert_eq!(documents, [Some("3140582A001PB3"), Some("MP1234567")]);

    let id = new_draft_of(&api, &petro, "export-licence").await["id"].as_i64().unwrap();
    // Each of the goods is checked by its fields' kinds, under its path:
    // stored as typed, the problems told as advice.
    let typed = json!({"applicant_kind": "legal_entity", "edrpou": "00032129", "contract_date": "31.02.2024",
               "goods": [{"hs_code": "1001990000", "quantity": "багато", "value": "12.345"}]});
    let (status, body) = save(&api, &petro, id, 1, typed.clone()).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(advice(&body), ["contract_date", "goods.0.quantity", "goods.0.value"]);
    let stored = api.as_user(&petro, "GET", &format!("/api/drafts/{id}"), None).await.body;
    assert_eq!(stored["answers"], typed);
    let answers = json!({"applicant_kind": "legal_entity", "edrpou": "00032129", "licence_type": "one_time",
        "contract_date": "29.02.2024", "contract_currency": "USD",
        "goods": [{"hs_code": "1001990000", "description": "Пшениця м'яка", "unit": "t", "quantity": "1200",
                   "value": "264000,00"}]});
    let (status, body) = save(&api, &petro, id, 2, answers.clone()).await;
    assert_eq!((status, advice(&body)), (StatusCode::OK, Vec::<String>::new()), "{body}");
    let stored = api.as_user(&petro, "GET", &format!("/api/drafts/{id}"), None).await.body;
    assert_eq!(stored["answers"], answers);

    // The import licence's common form asks for no goods.
    let common = new_draft(&api, &petro).await["id"].as_i64().unwrap();
    let (status, body) = save(&api, &petro, common, 1, json!({"goods": answers["goods"]})).await;
    assert_eq!(
        (status, &body["fields"]),
        (StatusCode::UNPROCESSABLE_ENTITY, &json!([{"field": "goods", "code": "format"}]))
    );

    // A Belarusian procedure asks for the identification number, not a
    // РНОКПП; the children registered along are checked entry by entry.
    let by = new_draft_of(&api, &petro, "residence-registration-by").await["id"].as_i64().unwrap();
    let children = json!([{"child_full_name": "Петрэнка Алеся", "child_birth_date": "01.13.2020"}]);
    let (status, body) = save(
        &api,
        &petro,
        by,
        1,
        json!({"rnokpp": "3006808696", "personal_number": "3140582A001PB3", "children": children}),
    )
    .await;
    assert_eq!(
        (status, &body["fields"]),
        (StatusCode::UNPROCESSABLE_ENTITY, &json!([{"field": "rnokpp", "code": "format"}])),
        "no such question"
    );
    let (status, body) =
        save(&api, &petro, by, 1, json!({"personal_number": "3140582A001PB3", "children": children})).await;
    assert_eq!((status, advice(&body)), (StatusCode::OK, vec!["children.0.child_birth_date".to_owned()]));
    // The identification number has 14 characters: 13 is advice (and
    // refused by «Далі»), as is a 15th.
    for (version, short) in [(2, "3140582A001PB"), (3, "3140582A001PB33")] {
        let (status, body) = save(&api, &petro, by, version, json!({"personal_number": short})).await;
        assert_eq!((status, advice(&body)), (StatusCode::OK, vec!["personal_number".to_owned()]), "{short}");
    }
}

/// The paths of a save's advice, sorted.
fn advice(saved: &Value) -> Vec<String> {
    let mut paths: Vec<String> =
        saved["problems"].as_array().unwrap().iter().map(|p| p["field"].as_str().unwrap().to_owned()).collect();
    paths.sort();
    paths
}

/// A new draft of the import licence, a service with the common form.
async fn new_draft(api: &Api, user: &User) -> Value {
    new_draft_of(api, user, "import-licence").await
}

async fn new_draft_of(api: &Api, user: &User, service: &str) -> Value {
    let reply = api.as_user(user, "POST", "/api/drafts", Some(json!({"service_id": service}))).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    reply.body
}

async fn save(api: &Api, user: &User, id: i64, base_version: i64, answers: Value) -> (StatusCode, Value) {
    let body = json!({"base_version": base_version, "step": "applicant", "answers": answers});
    let reply = api.as_user(user, "PUT", &format!("/api/drafts/{id}"), Some(body)).await;
    (reply.status, reply.body)
}

#[tokio::test]
async fn a_draft_is_saved_with_its_version_and_a_stale_save_changes_nothing() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let draft = new_draft(&api, &petro).await;
    let id = draft["id"].as_i64().unwrap();
    assert_eq!((draft["version"].as_i64(), draft["form_version"].as_i64()), (Some(1), Some(2)));
    assert!(
        api.as_user(&petro, "GET", "/api/drafts", None).await.body.as_array().unwrap().iter().any(|d| d["id"] == id)
    );

    let (status, saved) =
        save(&api, &petro, id, 1, json!({"full_name": "Петренко Петро", "applicant_kind": "self"})).await;
    assert_eq!((status, saved["version"].as_i64()), (StatusCode::OK, Some(2)));
    // Another tab still holding version 1 is refused, whatever it sends.
    let (status, refused) = save(&api, &petro, id, 1, json!({"full_name": "Інший текст"})).await;
    assert_eq!((status, refused["code"].as_str()), (StatusCode::CONFLICT, Some("draft_conflict")));
    let stored = api.as_user(&petro, "GET", &format!("/api/drafts/{id}"), None).await.body;
    assert_eq!(stored["answers"], json!({"full_name": "Петренко Петро", "applicant_kind": "self"}));
    assert_eq!((stored["version"].as_i64(), stored["step"].as_str()), (Some(2), Some("applicant")));

    // Ten saves from version 2 at once: exactly one is applied.
    let replies =
        join_all((0..10).map(|n| save(&api, &petro, id, 2, json!({"full_name": format!("Варіант {n}")})))).await;
    let applied = replies.iter().filter(|(status, _)| *status == StatusCode::OK).count();
    assert_eq!(applied, 1, "{replies:?}");
    assert!(replies.iter().all(|(status, _)| matches!(*status, StatusCode::OK | StatusCode::CONFLICT)));
}

#[tokio::test]
async fn answers_the_form_cannot_hold_are_refused_under_their_path_and_not_stored() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let id = new_draft(&api, &petro).await["id"].as_i64().unwrap();
    let (status, body) = save(
        &api,
        &petro,
        id,
        1,
        json!({"birth_date": "31.02.2001", "favourite_colour": "red", "consent": "yes", "phone": 380501234567_i64,
               "full_name": "Петренко\u{202E}", "address": "я".repeat(portal_model::form::MAX_STORED_TEXT + 1)}),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let mut refused: Vec<(String, String)> = body["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["field"].as_str().unwrap().to_owned(), p["code"].as_str().unwrap().to_owned()))
        .collect();
    refused.sort();
    let expected = [
        ("address", "format"),
        ("consent", "format"),
        ("favourite_colour", "format"),
        ("full_name", "characters"),
        ("phone", "format"),
    ];
    assert_eq!(refused, expected.map(|(f, c)| (f.to_owned(), c.to_owned())), "(a wrong date is advice)");
    let stored = api.as_user(&petro, "GET", &format!("/api/drafts/{id}"), None).await.body;
    assert_eq!((stored["answers"].clone(), stored["version"].as_i64()), (json!({}), Some(1)));
    // Wrong answers of the right shape are stored, each problem told.
    let (status, body) = save(
        &api,
        &petro,
        id,
        1,
        json!({"birth_date": "31.02.2001", "applicant_kind": "alien", "full_name": "x".repeat(201),
               "edrpou": "00032128"}),
    )
    .await;
    assert_eq!(
        (status, advice(&body)),
        (
            StatusCode::OK,
            vec!["applicant_kind", "birth_date", "full_name"].into_iter().map(str::to_owned).collect::<Vec<_>>()
        ),
        "(the ЄДРПОУ is not asked of a person)"
    );
    // As a legal entity, the code is asked and its check digit checked.
    let (status, body) =
        save(&api, &petro, id, 2, json!({"applicant_kind": "legal_entity", "edrpou": "00032128"})).await;
    assert_eq!((status, &body["problems"]), (StatusCode::OK, &json!([{"field": "edrpou", "code": "checksum"}])));
    let (status, body) =
        save(&api, &petro, id, 3, json!({"applicant_kind": "legal_entity", "edrpou": "00032129"})).await;
    assert_eq!((status, &body["problems"]), (StatusCode::OK, &json!([])));
    // No such service, and one that cannot be ordered online.
    let none = api.as_user(&petro, "POST", "/api/drafts", Some(json!({"service_id": "no-such"}))).await;
    assert_eq!(none.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn nobody_reaches_another_persons_draft() {
    let api = api().await;
    let (petro, maria) = (api.demo(PETRO).await, api.demo(MARIA).await);
    let id = new_draft(&api, &petro).await["id"].as_i64().unwrap();
    assert_eq!(api.as_user(&maria, "GET", &format!("/api/drafts/{id}"), None).await.status, StatusCode::NOT_FOUND);
    let (status, _) = save(&api, &maria, id, 1, json!({"full_name": "Марія"})).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let signed_out = api.call("GET", &format!("/api/drafts/{id}"), None, &[]).await;
    assert_eq!(signed_out.status, StatusCode::UNAUTHORIZED);
    let stored = api.as_user(&petro, "GET", &format!("/api/drafts/{id}"), None).await.body;
    assert_eq!(stored["answers"], json!({}));
}

#[tokio::test]
async fn a_deleted_draft_is_not_saved_even_after_saves_that_went_through() {
    // (Saves remember a draft's owner and service to skip a read; a
    // deletion must still stop the next save.)
    let api = api().await;
    let (petro, maria) = (api.demo(PETRO).await, api.demo(MARIA).await);
    let id = new_draft(&api, &petro).await["id"].as_i64().unwrap();
    let (status, _) = save(&api, &petro, id, 1, json!({"full_name": "Петренко Петро"})).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = save(&api, &maria, id, 2, json!({"full_name": "Марія"})).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(api.as_user(&petro, "DELETE", &format!("/api/drafts/{id}"), None).await.status, StatusCode::NO_CONTENT);
    let (status, _) = save(&api, &petro, id, 2, json!({"full_name": "Після видалення"})).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = save(&api, &petro, id, 2, json!({"favourite_colour": "red"})).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "a deleted draft is not found, whatever the answers");
    assert_eq!(
        api.as_user(&petro, "POST", &format!("/api/drafts/{id}/restore"), None).await.status,
        StatusCode::NO_CONTENT
    );
    let stored = api.as_user(&petro, "GET", &format!("/api/drafts/{id}"), None).await.body;
    assert_eq!(
        (stored["answers"].clone(), stored["version"].as_i64()),
        (json!({"full_name": "Петренко Петро"}), Some(2))
    );
}

/// The first attachment field of a draft's form.
async fn attachment_field(api: &Api) -> String {
    let form = api.call("GET", "/api/services/import-licence/form", None, &[]).await.body;
    form["steps"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|step| step["fields"].as_array().unwrap().clone())
        .find(|field| field["kind"].get("attachment").is_some())
        .map(|field| field["id"].as_str().unwrap().to_owned())
        .unwrap()
}

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

#[tokio::test]
async fn a_file_is_attached_when_its_content_is_what_its_name_says() {
    let api = api().await;
    let demo_files = std::fs::read_dir(api.files_folder()).unwrap().count();
    let (petro, maria) = (api.demo(PETRO).await, api.demo(MARIA).await);
    let id = new_draft(&api, &petro).await["id"].as_i64().unwrap();
    let field = attachment_field(&api).await;
    let uri = |name: &str| format!("/api/drafts/{id}/attachments?field={field}&name={name}");

    let stored = api.upload(&petro, &uri("%D1%81%D0%BA%D0%B0%D0%BD.pdf"), PDF.to_vec()).await;
    assert_eq!(stored.status, StatusCode::CREATED, "{}", stored.body);
    assert_eq!(
        (stored.body["name"].as_str(), stored.body["media_type"].as_str()),
        (Some("скан.pdf"), Some("application/pdf"))
    );
    let file = stored.body["id"].as_i64().unwrap();
    // The file is kept outside the row, in the files folder.
    let (content, key): (Vec<u8>, String) =
        sqlx::query_as("SELECT content, stored_as FROM draft_attachments WHERE id = $1")
            .bind(file)
            .fetch_one(&api.db)
            .await
            .unwrap();
    assert!(content.is_empty());
    assert_eq!(std::fs::read(api.files_folder().join(&key)).unwrap(), PDF);
    // A PNG named .pdf, an executable renamed .pdf, and text: refused by content.
    for (name, content) in
        [("scan.pdf", PNG.to_vec()), ("scan.pdf", b"MZ\x90\0\x03\0\0\0".to_vec()), ("a.pdf", b"hello".to_vec())]
    {
        let refused = api.upload(&petro, &uri(name), content).await;
        assert_eq!(
            (refused.status, refused.body["code"].as_str()),
            (StatusCode::UNSUPPORTED_MEDIA_TYPE, Some("file_type"))
        );
    }
    // Over 10 MB is refused before it is read whole; 9 MB of PDF is taken.
    let mut large = PDF.to_vec();
    large.resize(10 * 1024 * 1024 + 1, b' ');
    assert_eq!(api.upload(&petro, &uri("big.pdf"), large).await.status, StatusCode::PAYLOAD_TOO_LARGE);
    let mut fits = PDF.to_vec();
    fits.resize(9 * 1024 * 1024, b' ');
    assert_eq!(api.upload(&petro, &uri("big.pdf"), fits).await.status, StatusCode::CREATED);
    // A field that is no attachment, and a name with a path in it.
    let wrong =
        api.upload(&petro, &format!("/api/drafts/{id}/attachments?field=full_name&name=a.pdf"), PDF.to_vec()).await;
    assert_eq!((wrong.status, &wrong.body["fields"][0]["field"]), (StatusCode::UNPROCESSABLE_ENTITY, &json!("field")));
    let path = api.upload(&petro, &uri("..%2Fetc%2Fpasswd.pdf"), PDF.to_vec()).await;
    assert_eq!((path.status, &path.body["fields"][0]["field"]), (StatusCode::UNPROCESSABLE_ENTITY, &json!("name")));

    // Back as it was sent, to its owner only.
    let (status, headers, bytes) = api.download(&petro, &format!("/api/drafts/{id}/attachments/{file}")).await;
    assert_eq!((status, bytes.as_slice()), (StatusCode::OK, PDF));
    assert_eq!(headers["content-type"], "application/pdf");
    assert!(headers["content-disposition"].to_str().unwrap().contains("filename*=UTF-8''%D1%81%D0%BA%D0%B0%D0%BD.pdf"));
    let (status, _, _) = api.download(&maria, &format!("/api/drafts/{id}/attachments/{file}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(api.upload(&maria, &uri("m.pdf"), PDF.to_vec()).await.status, StatusCode::NOT_FOUND);
    let gone = api.as_user(&maria, "DELETE", &format!("/api/drafts/{id}/attachments/{file}"), None).await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    // The owner removes it.
    let removed = api.as_user(&petro, "DELETE", &format!("/api/drafts/{id}/attachments/{file}"), None).await;
    assert_eq!(removed.status, StatusCode::NO_CONTENT);
    let (status, _, _) = api.download(&petro, &format!("/api/drafts/{id}/attachments/{file}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(!api.files_folder().join(&key).exists(), "its file went with it");
    if !on_postgres() {
        // (This test's own folder: the refused files left nothing behind.)
        let files = std::fs::read_dir(api.files_folder()).unwrap().count();
        assert_eq!(files - demo_files, 1, "the 9 MB file alone (beside the demo orders' answers)");
    }
}

#[tokio::test]
async fn a_draft_holds_twenty_files_at_most() {
    let api = api().await;
    let demo_files = std::fs::read_dir(api.files_folder()).unwrap().count();
    let petro = api.demo(PETRO).await;
    let id = new_draft(&api, &petro).await["id"].as_i64().unwrap();
    let field = attachment_field(&api).await;
    for n in 0..20 {
        let reply =
            api.upload(&petro, &format!("/api/drafts/{id}/attachments?field={field}&name={n}.png"), PNG.to_vec()).await;
        assert_eq!(reply.status, StatusCode::CREATED);
    }
    let over =
        api.upload(&petro, &format!("/api/drafts/{id}/attachments?field={field}&name=21.png"), PNG.to_vec()).await;
    assert_eq!((over.status, over.body["code"].as_str()), (StatusCode::CONFLICT, Some("attachment_limit")));
    if !on_postgres() {
        // (This test's own folder: the refused file is not kept.)
        assert_eq!(std::fs::read_dir(api.files_folder()).unwrap().count() - demo_files, 20);
    }
}

#[tokio::test]
async fn a_person_keeps_a_hundred_drafts_at_most() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let kept = api.as_user(&petro, "GET", "/api/drafts", None).await.body.as_array().unwrap().len();
    for _ in kept..100 {
        new_draft(&api, &petro).await;
    }
    let over = api.as_user(&petro, "POST", "/api/drafts", Some(json!({"service_id": "import-licence"}))).await;
    assert_eq!((over.status, over.body["code"].as_str()), (StatusCode::CONFLICT, Some("draft_limit")));
    // Deleting one makes room again.
    let first = api.as_user(&petro, "GET", "/api/drafts", None).await.body[0]["id"].as_i64().unwrap();
    assert_eq!(
        api.as_user(&petro, "DELETE", &format!("/api/drafts/{first}"), None).await.status,
        StatusCode::NO_CONTENT
    );
    new_draft(&api, &petro).await;
}

#[tokio::test]
async fn an_attachment_answer_must_name_a_file_stored_for_that_draft_and_field() {
    let api = api().await;
    let (petro, maria) = (api.demo(PETRO).await, api.demo(MARIA).await);
    let field = attachment_field(&api).await;
    let mine = new_draft(&api, &petro).await["id"].as_i64().unwrap();
    let theirs = new_draft(&api, &maria).await["id"].as_i64().unwrap();
    let uri = |draft: i64| format!("/api/drafts/{draft}/attachments?field={field}&name=scan.pdf");
    let stored = api.upload(&petro, &uri(mine), PDF.to_vec()).await.body;
    let maria_file = api.upload(&maria, &uri(theirs), PDF.to_vec()).await.body;
    let made_up = json!({"id": 999_999, "field": field, "name": "x.pdf", "media_type": "application/pdf", "size": 1});
    // Made up, or Maria's: refused under the field's path.
    for answer in [made_up, maria_file] {
        let body = json!({"base_version": 1, "step": "documents", "answers": {field.clone(): answer}});
        let reply = api.as_user(&petro, "PUT", &format!("/api/drafts/{mine}"), Some(body)).await;
        assert_eq!(
            (reply.status, &reply.body["fields"][0]["field"]),
            (StatusCode::UNPROCESSABLE_ENTITY, &json!(field))
        );
    }
    // Its own stored file: saved.
    let body = json!({"base_version": 1, "step": "documents", "answers": {field.clone(): stored}});
    assert_eq!(api.as_user(&petro, "PUT", &format!("/api/drafts/{mine}"), Some(body)).await.status, StatusCode::OK);
}

#[tokio::test]
async fn files_kept_in_rows_before_the_file_store_are_moved_into_it() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let id = new_draft(&api, &petro).await["id"].as_i64().unwrap();
    let field = attachment_field(&api).await;
    let (file,): (i64,) = sqlx::query_as(
        "INSERT INTO draft_attachments (draft_id, field, file_name, media_type, size, content, created_at)
         VALUES ($1, $2, 'old.pdf', 'application/pdf', $3, $4, '2026-11-26T10:00:00Z') RETURNING id",
    )
    .bind(id)
    .bind(&field)
    .bind(PDF.len() as i64)
    .bind(PDF.to_vec())
    .fetch_one(&api.db)
    .await
    .unwrap();
    let store = portal_api::platform::file_store::FileStore::open(api.files_folder()).unwrap();
    portal_api::platform::file_store::move_rows_into_store(&api.db, &store, "draft_attachments").await.unwrap();
    let (status, _, bytes) = api.download(&petro, &format!("/api/drafts/{id}/attachments/{file}")).await;
    assert_eq!((status, bytes.as_slice()), (StatusCode::OK, PDF));
    let (content,): (Vec<u8>,) = sqlx::query_as("SELECT content FROM draft_attachments WHERE id = $1")
        .bind(file)
        .fetch_one(&api.db)
        .await
        .unwrap();
    assert!(content.is_empty(), "the row no longer holds it");
}
