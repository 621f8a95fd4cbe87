//! Deleted drafts (code review 2026-12, finding 12): brought back within
//! 24 hours only, then purged with their files by the purge job — not by
//! listing the drafts.

use crate::helpers::{Api, PETRO, User, api};
use axum::http::StatusCode;
use serde_json::json;

const PDF: &[u8] = b"%PDF-1.4\n%%EOF\n";

/// A new draft of the common form with one file attached: (draft, the
/// file's key in the store).
async fn draft_with_file(api: &Api, user: &User) -> (i64, String) {
    let draft = api.as_user(user, "POST", "/api/drafts", Some(json!({"service_id": "import-licence"}))).await.body;
    let id = draft["id"].as_i64().unwrap();
    let form = api.call("GET", "/api/services/import-licence/form", None, &[]).await.body;
    let fields = form["steps"].as_array().unwrap().iter().flat_map(|step| step["fields"].as_array().unwrap().clone());
    let field = fields.into_iter().find(|field| field["kind"].get("attachment").is_some()).unwrap()["id"].clone();
    let uri = format!("/api/drafts/{id}/attachments?field={}&name=scan.pdf", field.as_str().unwrap());
    let file = api.upload(user, &uri, PDF.to_vec()).await;
    assert_eq!(file.status, StatusCode::CREATED, "{}", file.body);
    let (key,): (String,) = sqlx::query_as("SELECT stored_as FROM draft_attachments WHERE id = $1")
        .bind(file.body["id"].as_i64().unwrap())
        .fetch_one(&api.db)
        .await
        .unwrap();
    (id, key)
}

/// Deletes the draft through the API, then dates its deletion `hours` back.
async fn deleted_hours_ago(api: &Api, user: &User, id: i64, hours: i64) {
    assert_eq!(api.as_user(user, "DELETE", &format!("/api/drafts/{id}"), None).await.status, StatusCode::NO_CONTENT);
    sqlx::query("UPDATE drafts SET deleted_at = $1 WHERE id = $2")
        .bind(portal_api::platform::clock::in_seconds(-hours * 3600))
        .bind(id)
        .execute(&api.db)
        .await
        .unwrap();
}

async fn restore(api: &Api, user: &User, id: i64) -> StatusCode {
    api.as_user(user, "POST", &format!("/api/drafts/{id}/restore"), None).await.status
}

async fn drafts_stored(api: &Api, ids: [i64; 2]) -> i64 {
    let (count,): (i64,) = sqlx::query_as("SELECT count(*) FROM drafts WHERE id IN ($1, $2)")
        .bind(ids[0])
        .bind(ids[1])
        .fetch_one(&api.db)
        .await
        .unwrap();
    count
}

#[tokio::test]
async fn a_deleted_draft_comes_back_within_24_hours_only_and_is_then_purged_with_its_files() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let (recent, recent_key) = draft_with_file(&api, &petro).await;
    let (old, old_key) = draft_with_file(&api, &petro).await;
    deleted_hours_ago(&api, &petro, recent, 23).await;
    deleted_hours_ago(&api, &petro, old, 25).await;

    // Listing the drafts deletes nothing (it stays a read).
    assert_eq!(api.as_user(&petro, "GET", "/api/drafts", None).await.status, StatusCode::OK);
    assert_eq!(drafts_stored(&api, [recent, old]).await, 2);
    // Past 24 hours it is not brought back, purged or not yet.
    assert_eq!(restore(&api, &petro, old).await, StatusCode::NOT_FOUND);

    // The purge job takes it, its rows and its file; the recent one stays.
    let store = portal_api::platform::file_store::FileStore::open(api.files_folder()).unwrap();
    assert_eq!(portal_api::housekeeping::purge::purge_deleted_drafts(&api.db, &store).await.unwrap(), 1);
    assert_eq!(drafts_stored(&api, [recent, old]).await, 1);
    let (rows,): (i64,) = sqlx::query_as("SELECT count(*) FROM draft_attachments WHERE draft_id = $1")
        .bind(old)
        .fetch_one(&api.db)
        .await
        .unwrap();
    assert_eq!(rows, 0);
    assert!(!api.files_folder().join(&old_key).exists(), "its file is gone from the store");
    assert!(api.files_folder().join(&recent_key).exists());

    // Within 24 hours: back, with its file.
    assert_eq!(restore(&api, &petro, recent).await, StatusCode::NO_CONTENT);
    let listed = api.as_user(&petro, "GET", "/api/drafts", None).await.body;
    assert!(listed.as_array().unwrap().iter().any(|draft| draft["id"] == recent), "{listed}");
}
