//! Administrative complaints (issue 13, seed 004): filed about a decided
//! order of one's own, with its own number and status, files attached
//! while it is filed, withdrawn; each step on the timeline and in the
//! notifications; nobody else reaches any of it.

use crate::helpers::{Api, MARIA, PETRO, User, api};
use axum::http::StatusCode;
use serde_json::{Value, json};

const PDF: &[u8] = b"%PDF-1.4\n%%EOF\n";

/// The id of one of the user's demo orders with this status.
async fn order_with(api: &Api, user: &User, status: &str) -> i64 {
    let orders = api.as_user(user, "GET", "/api/orders", None).await.body;
    orders.as_array().unwrap().iter().find(|o| o["status"] == status).unwrap()["id"].as_i64().unwrap()
}

async fn complain(api: &Api, user: &User, order: i64, text: &str) -> (StatusCode, Value) {
    let reply =
        api.as_user(user, "POST", &format!("/api/orders/{order}/complaints"), Some(json!({"text": text}))).await;
    (reply.status, reply.body)
}

#[tokio::test]
async fn a_complaint_about_a_refusal_is_numbered_carries_files_and_is_withdrawn() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let order = order_with(&api, &petro, "refused").await;
    let (status, after) = complain(&api, &petro, order, "Прошу переглянути рішення: документи подано повністю.").await;
    assert_eq!(status, StatusCode::CREATED, "{after}");
    let complaint = &after["complaints"][0];
    assert_eq!(complaint["number"], format!("СК-{order}-1"));
    assert_eq!(complaint["status"], "filed");
    assert_eq!(after["status"], "refused", "the order's status stays");
    let id = complaint["id"].as_i64().unwrap();
    // A file, by content; another type refused; a second open complaint refused.
    let uri = format!("/api/complaints/{id}/files?name=dovidka.pdf");
    let file = api.upload(&petro, &uri, PDF.to_vec()).await;
    assert_eq!(file.status, StatusCode::CREATED, "{}", file.body);
    let bad = api.upload(&petro, &format!("/api/complaints/{id}/files?name=x.pdf"), b"MZ not a pdf".to_vec()).await;
    assert_eq!(bad.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let (status, body) = complain(&api, &petro, order, "Ще одна").await;
    assert_eq!((status, body["code"].as_str()), (StatusCode::CONFLICT, Some("complaint_not_allowed")));
    let download = format!("/api/complaints/{id}/files/{}", file.body["id"]);
    let (status, _, bytes) = api.download(&petro, &download).await;
    assert_eq!((status, bytes.as_slice()), (StatusCode::OK, PDF));
    // Withdrawn: once; then files are refused and a new complaint may be filed.
    let withdrawn = api.as_user(&petro, "POST", &format!("/api/complaints/{id}/withdraw"), None).await;
    assert_eq!(withdrawn.status, StatusCode::OK, "{}", withdrawn.body);
    assert_eq!(withdrawn.body["complaints"][0]["status"], "withdrawn");
    assert_eq!(withdrawn.body["complaints"][0]["files"].as_array().unwrap().len(), 1);
    let again = api.as_user(&petro, "POST", &format!("/api/complaints/{id}/withdraw"), None).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert_eq!(api.upload(&petro, &uri, PDF.to_vec()).await.status, StatusCode::CONFLICT);
    let (status, second) = complain(&api, &petro, order, "Нова скарга").await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(second["complaints"][1]["number"], format!("СК-{order}-2"));
    // The timeline has each step; the cabinet was told each time.
    let steps: Vec<(String, String)> = second["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| {
            Some((e["complaint"]["number"].as_str()?.to_owned(), e["complaint"]["status"].as_str()?.to_owned()))
        })
        .collect();
    let first = format!("СК-{order}-1");
    let next = format!("СК-{order}-2");
    assert_eq!(steps, [(first.clone(), "filed".into()), (first, "withdrawn".into()), (next, "filed".into())]);
    let notes = api.as_user(&petro, "GET", "/api/notifications", None).await.body;
    let about = notes.as_array().unwrap().iter().filter(|n| n["order_id"] == order).count();
    assert!(about >= 3, "{notes}");
}

#[tokio::test]
async fn complaints_are_for_decided_orders_of_ones_own_only() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let maria = api.demo(MARIA).await;
    // Not decided yet.
    let sent = order_with(&api, &petro, "sent").await;
    let (status, body) = complain(&api, &petro, sent, "Скарга").await;
    assert_eq!((status, body["code"].as_str()), (StatusCode::CONFLICT, Some("complaint_not_allowed")));
    // Someone else's order, complaint, file: not found.
    let done = order_with(&api, &petro, "done").await;
    assert_eq!(complain(&api, &maria, done, "Скарга").await.0, StatusCode::NOT_FOUND);
    let (_, filed) = complain(&api, &petro, done, "Скарга на рішення").await;
    let id = filed["complaints"][0]["id"].as_i64().unwrap();
    let theirs = api.as_user(&maria, "POST", &format!("/api/complaints/{id}/withdraw"), None).await;
    assert_eq!(theirs.status, StatusCode::NOT_FOUND);
    let upload = api.upload(&maria, &format!("/api/complaints/{id}/files?name=a.pdf"), PDF.to_vec()).await;
    assert_eq!(upload.status, StatusCode::NOT_FOUND);
    let listed = api.as_user(&maria, "GET", &format!("/api/orders/{done}"), None).await;
    assert_eq!(listed.status, StatusCode::NOT_FOUND);
    // No text, too long a text, no CSRF token.
    assert_eq!(complain(&api, &petro, done, "  ").await.0, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(complain(&api, &petro, done, &"я".repeat(5001)).await.0, StatusCode::UNPROCESSABLE_ENTITY);
    let forged = api.without_csrf(&petro, "POST", &format!("/api/complaints/{id}/withdraw"), None).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn an_order_takes_five_complaints_at_most() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let order = order_with(&api, &petro, "refused").await;
    for n in 1..=5 {
        let (status, body) = complain(&api, &petro, order, &format!("Скарга {n}")).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        let id = body["complaints"][n - 1]["id"].as_i64().unwrap();
        let withdrawn = api.as_user(&petro, "POST", &format!("/api/complaints/{id}/withdraw"), None).await;
        assert_eq!(withdrawn.status, StatusCode::OK);
    }
    let (status, body) = complain(&api, &petro, order, "Шоста").await;
    assert_eq!((status, body["code"].as_str()), (StatusCode::CONFLICT, Some("complaint_not_allowed")));
}
