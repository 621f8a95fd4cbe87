//! Drafts, notifications and deleting the cabinet, through the real router
//! on a temporary SQLite file: each only for its owner, CSRF on changes.

use crate::helpers::{MARIA, PETRO, api};
use axum::http::StatusCode;
use serde_json::{Value, json};

fn ids(list: &Value) -> Vec<i64> {
    list.as_array().unwrap().iter().map(|item| item["id"].as_i64().unwrap()).collect()
}

#[tokio::test]
async fn drafts_are_listed_deleted_and_restored_by_their_owner_only() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let maria = api.demo(MARIA).await;
    let list = api.as_user(&petro, "GET", "/api/drafts", None).await;
    assert_eq!(list.status, StatusCode::OK);
    let drafts = list.body.as_array().unwrap().clone();
    assert_eq!(drafts.len(), 2);
    assert_eq!(drafts[0]["service_id"], "extract-property-rights-register", "newest first");
    assert_eq!(drafts[0]["provider_id"].as_str().map(|p| !p.is_empty()), Some(true));
    let draft = drafts[0]["id"].as_i64().unwrap();
    let uri = format!("/api/drafts/{draft}");

    // Maria can neither delete nor restore Petro's draft: it does not exist for her.
    assert_eq!(api.as_user(&maria, "DELETE", &uri, None).await.status, StatusCode::NOT_FOUND);
    assert_eq!(api.without_csrf(&petro, "DELETE", &uri, None).await.status, StatusCode::FORBIDDEN);
    assert_eq!(api.as_user(&petro, "DELETE", &uri, None).await.status, StatusCode::NO_CONTENT);
    assert_eq!(api.as_user(&petro, "DELETE", &uri, None).await.status, StatusCode::NOT_FOUND, "already deleted");
    assert_eq!(ids(&api.as_user(&petro, "GET", "/api/drafts", None).await.body).len(), 1);

    // Undo.
    let restore = format!("{uri}/restore");
    assert_eq!(api.as_user(&maria, "POST", &restore, None).await.status, StatusCode::NOT_FOUND);
    assert_eq!(api.without_csrf(&petro, "POST", &restore, None).await.status, StatusCode::FORBIDDEN);
    assert_eq!(api.as_user(&petro, "POST", &restore, None).await.status, StatusCode::NO_CONTENT);
    assert!(ids(&api.as_user(&petro, "GET", "/api/drafts", None).await.body).contains(&draft));
    assert_eq!(api.as_user(&petro, "POST", &restore, None).await.status, StatusCode::NOT_FOUND, "not deleted now");

    // Maria's list never shows Petro's drafts.
    let theirs = ids(&api.as_user(&maria, "GET", "/api/drafts", None).await.body);
    assert_eq!(theirs.len(), 1);
    assert!(!theirs.contains(&draft));

    let bad = api.as_user(&petro, "DELETE", "/api/drafts/abc", None).await;
    assert_eq!((bad.status, bad.body["code"].as_str()), (StatusCode::BAD_REQUEST, Some("malformed_id")));
    assert_eq!(api.call("GET", "/api/drafts", None, &[]).await.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn notifications_count_unread_and_are_marked_read_by_their_owner_only() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let maria = api.demo(MARIA).await;
    let list = api.as_user(&petro, "GET", "/api/notifications", None).await;
    assert_eq!(list.status, StatusCode::OK);
    let notifications = list.body.as_array().unwrap().clone();
    assert_eq!(notifications.len(), 4);
    let unread = |api_reply: Value| api_reply["unread"].as_u64().unwrap();
    assert_eq!(unread(api.as_user(&petro, "GET", "/api/notifications/unread", None).await.body), 2);
    let first_unread = notifications.iter().find(|n| n["read_at"].is_null()).unwrap();
    assert_eq!(first_unread["order_status"].as_str().map(|s| !s.is_empty()), Some(true), "{first_unread}");
    let uri = format!("/api/notifications/{}/read", first_unread["id"]);

    assert_eq!(api.as_user(&maria, "POST", &uri, None).await.status, StatusCode::NOT_FOUND);
    assert_eq!(api.without_csrf(&petro, "POST", &uri, None).await.status, StatusCode::FORBIDDEN);
    assert_eq!(unread(api.as_user(&petro, "GET", "/api/notifications/unread", None).await.body), 2);
    assert_eq!(api.as_user(&petro, "POST", &uri, None).await.status, StatusCode::NO_CONTENT);
    assert_eq!(api.as_user(&petro, "POST", &uri, None).await.status, StatusCode::NO_CONTENT, "opening twice is fine");
    assert_eq!(unread(api.as_user(&petro, "GET", "/api/notifications/unread", None).await.body), 1);
    assert_eq!(unread(api.as_user(&maria, "GET", "/api/notifications/unread", None).await.body), 1, "Maria's own");
    let maria_ids = ids(&api.as_user(&maria, "GET", "/api/notifications", None).await.body);
    assert!(maria_ids.iter().all(|id| !ids(&Value::Array(notifications.clone())).contains(id)));
    let bad = api.as_user(&petro, "POST", "/api/notifications/x/read", None).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn deleting_the_cabinet_says_what_goes_asks_for_the_address_and_keeps_orders_detached() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let _other_device = api.demo(PETRO).await;
    let maria = api.demo(MARIA).await;
    let summary = api.as_user(&petro, "GET", "/api/me/deletion", None).await;
    assert_eq!(summary.status, StatusCode::OK);
    assert_eq!(summary.body, json!({"orders": 4, "drafts": 2, "notifications": 4, "appointments": 0, "sessions": 2}));
    let orders = ids(&api.as_user(&petro, "GET", "/api/orders", None).await.body);

    // A wrong confirmation deletes nothing and says which field is wrong.
    let wrong = api.as_user(&petro, "DELETE", "/api/me", Some(json!({"confirmation": "так"}))).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(wrong.body["fields"][0]["field"], "confirmation");
    let no_csrf = api.without_csrf(&petro, "DELETE", "/api/me", Some(json!({"confirmation": PETRO}))).await;
    assert_eq!(no_csrf.status, StatusCode::FORBIDDEN);
    assert_eq!(api.as_user(&petro, "GET", "/api/me", None).await.status, StatusCode::OK);

    let done = api.as_user(&petro, "DELETE", "/api/me", Some(json!({"confirmation": " DEMO@e-portal.example "}))).await;
    assert_eq!(done.status, StatusCode::NO_CONTENT);

    // Nothing of Petro remains but the orders, detached from any account.
    let state = &api.db;
    let mut left: Vec<(Option<i64>,)> = Vec::new();
    for id in &orders {
        left.push(sqlx::query_as("SELECT user_id FROM orders WHERE id = $1").bind(id).fetch_one(state).await.unwrap());
    }
    assert_eq!(left.len(), 4);
    assert!(left.iter().all(|(user,)| user.is_none()));
    for table in ["users", "outbox", "rate_counters"] {
        let column = match table {
            "users" => "email",
            "outbox" => "recipient",
            _ => "key",
        };
        let (n,): (i64,) =
            sqlx::query_as(&format!("SELECT count(*) FROM {table} WHERE {column} LIKE '%demo@e-portal.example%'"))
                .fetch_one(state)
                .await
                .unwrap();
        assert_eq!(n, 0, "{table}");
    }
    let (drafts, notifications): (i64, i64) =
        sqlx::query_as("SELECT (SELECT count(*) FROM drafts), (SELECT count(*) FROM notifications)")
            .fetch_one(state)
            .await
            .unwrap();
    assert_eq!((drafts, notifications), (1, 1), "only Maria's are left");

    // Every session ended; signing in again fails; Maria is untouched.
    assert_eq!(api.as_user(&petro, "GET", "/api/me", None).await.status, StatusCode::UNAUTHORIZED);
    let password = portal_api::accounts::demo_users::DEMO_PASSWORD;
    let again = api.call("POST", "/api/sessions", Some(json!({"email": PETRO, "password": password})), &[]).await;
    assert_eq!(again.status, StatusCode::UNAUTHORIZED);
    assert_eq!(api.as_user(&maria, "GET", "/api/orders", None).await.body.as_array().unwrap().len(), 1);
}
