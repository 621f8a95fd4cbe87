//! A draft keeps whatever was typed (issue 23): answers of the right shape
//! are stored whether right or not, their problems told as advice, and only
//! submitting refuses them; answers to fields a newer form dropped survive
//! saves and are never sent; an attachment's answer is what the portal
//! stored, whatever the client claims.

use crate::helpers::{Api, PETRO, api};
use crate::submission::{complete_answers, complete_draft, submit};
use axum::http::StatusCode;
use serde_json::{Value, json};

async fn draft_answers(api: &Api, user: &crate::helpers::User, id: i64) -> Value {
    api.as_user(user, "GET", &format!("/api/drafts/{id}"), None).await.body["answers"].clone()
}

async fn save(api: &Api, user: &crate::helpers::User, id: i64, version: i64, answers: &Value) -> (StatusCode, Value) {
    let body = json!({"base_version": version, "step": "applicant", "answers": answers});
    let reply = api.as_user(user, "PUT", &format!("/api/drafts/{id}"), Some(body)).await;
    (reply.status, reply.body)
}

#[tokio::test]
async fn half_a_rnokpp_is_saved_with_its_problem_and_submitting_refuses_it() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let (id, version) = complete_draft(&api, &petro).await;
    let mut answers = draft_answers(&api, &petro, id).await;
    answers["rnokpp"] = json!("30068");
    let (status, saved) = save(&api, &petro, id, version, &answers).await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    assert_eq!(saved["problems"], json!([{"field": "rnokpp", "code": "format"}]));
    assert_eq!(draft_answers(&api, &petro, id).await["rnokpp"], "30068", "the server's copy has it");
    let (status, refused) = submit(&api, &petro, id, version + 1).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused["fields"], json!([{"field": "rnokpp", "code": "format"}]));
    // Finished, it goes.
    answers["rnokpp"] = json!("1234567899");
    let (status, saved) = save(&api, &petro, id, version + 1, &answers).await;
    assert_eq!((status, &saved["problems"]), (StatusCode::OK, &json!([])));
    assert_eq!(submit(&api, &petro, id, version + 2).await.0, StatusCode::CREATED);
}

#[tokio::test]
async fn an_answer_to_a_field_a_newer_form_dropped_survives_saves_and_is_not_submitted() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let (id, version) = complete_draft(&api, &petro).await;
    let mut answers = draft_answers(&api, &petro, id).await;
    answers["maiden_name"] = json!("Коваль");
    // Made with the form as it is now: a question it never asked is refused.
    let (status, _) = save(&api, &petro, id, version, &answers).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    // Made with an earlier version (which asked it): kept.
    let draft = api.as_user(&petro, "POST", "/api/drafts", Some(json!({"service_id": "import-licence"}))).await;
    let id = draft.body["id"].as_i64().unwrap();
    sqlx::query("UPDATE drafts SET form_version = 0 WHERE id = $1").bind(id).execute(&api.db).await.unwrap();
    let mut answers = Value::Object(complete_answers(&api, &petro, id).await);
    answers["maiden_name"] = json!("Коваль");
    let (status, saved) = save(&api, &petro, id, 1, &answers).await;
    assert_eq!((status, &saved["problems"]), (StatusCode::OK, &json!([])), "{saved}");
    assert_eq!(draft_answers(&api, &petro, id).await["maiden_name"], "Коваль");
    // Still only within the character rules.
    answers["maiden_name"] = json!("Коваль\u{202E}");
    assert_eq!(save(&api, &petro, id, 2, &answers).await.0, StatusCode::UNPROCESSABLE_ENTITY);
    let version = 1;
    let (status, order) = submit(&api, &petro, id, version + 1).await;
    assert_eq!(status, StatusCode::CREATED, "{order}");
    let sent = order["submission"]["answers"].as_object().unwrap();
    assert!(!sent.contains_key("maiden_name"), "not sent: {sent:?}");
    assert_eq!(sent["full_name"], "Петренко Петро Петрович");
}

/// The import licence's form asked for «Документ про оплату» until
/// version 2 (its fee is paid after submitting): a draft made with
/// version 1 keeps that answer, is saved and sent without it.
#[tokio::test]
async fn a_receipt_attached_to_a_draft_of_the_earlier_form_is_kept_but_not_sent() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let draft = api.as_user(&petro, "POST", "/api/drafts", Some(json!({"service_id": "import-licence"}))).await;
    let id = draft.body["id"].as_i64().unwrap();
    sqlx::query("UPDATE drafts SET form_version = 1 WHERE id = $1").bind(id).execute(&api.db).await.unwrap();
    let mut answers = Value::Object(complete_answers(&api, &petro, id).await);
    assert!(answers.get("document_payment").is_none(), "version 2 asks for no receipt");
    answers["document_payment"] = answers["document_contract"].clone();
    let (status, saved) = save(&api, &petro, id, 1, &answers).await;
    assert_eq!((status, &saved["problems"]), (StatusCode::OK, &json!([])), "{saved}");
    assert_eq!(draft_answers(&api, &petro, id).await["document_payment"], answers["document_contract"]);
    let (status, order) = submit(&api, &petro, id, 2).await;
    assert_eq!(status, StatusCode::CREATED, "{order}");
    assert!(order["submission"]["answers"].get("document_payment").is_none(), "{order}");
    assert_eq!(order["submission"]["files"].as_array().unwrap().len(), 3, "the three documents asked");
}

#[tokio::test]
async fn an_attachment_answer_is_what_the_portal_stored_whatever_the_client_sends() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let (id, version) = complete_draft(&api, &petro).await;
    let mut answers = draft_answers(&api, &petro, id).await;
    let (field, real) = answers
        .as_object()
        .unwrap()
        .iter()
        // (The authority document is asked of a representative only.)
        .find(|(field, answer)| answer.get("media_type").is_some() && *field != "authority_document")
        .map(|(field, answer)| (field.clone(), answer.clone()))
        .unwrap();
    answers[&field] = json!({
        "id": real["id"], "field": field, "name": "Диплом\u{202E}FDP.exe\u{0007}\n<img src=x onerror=alert(1)>",
        "media_type": "text/html", "size": -1, "nested": {"deeper": ["x", "x", "x"]},
    });
    let (status, saved) = save(&api, &petro, id, version, &answers).await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    assert_eq!(draft_answers(&api, &petro, id).await[&field], real, "the stored row, nothing else");
    let (status, order) = submit(&api, &petro, id, version + 1).await;
    assert_eq!(status, StatusCode::CREATED, "{order}");
    assert_eq!(order["submission"]["answers"][&field], real);
}
