//! Providers' answer files (and paid online extracts) live in the file
//! store like every other file: the row names the file, and answers kept in
//! rows before (migration 0031 / PostgreSQL 0021) are moved at start.

use crate::helpers::{Api, PETRO, api, database_url, on_postgres};
use axum::http::StatusCode;
use portal_api::orders::provider_actions;
use portal_api::platform::config::Config;
use portal_api::platform::file_store::FileStore;

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";

/// One of Petro's orders still open (sent), for the provider to complete.
async fn sent_order(api: &Api) -> i64 {
    let (id,): (i64,) = sqlx::query_as(
        "SELECT o.id FROM orders o JOIN users u ON u.id = o.user_id
         WHERE u.email = $1 AND o.status IN ('sent', 'registered') ORDER BY o.id LIMIT 1",
    )
    .bind(PETRO)
    .fetch_one(&api.db)
    .await
    .unwrap();
    id
}

/// The answer row's stored bytes and file key.
async fn answer_row(api: &Api, answer: i64) -> (Vec<u8>, Option<String>) {
    sqlx::query_as("SELECT content, stored_as FROM order_answers WHERE id = $1")
        .bind(answer)
        .fetch_one(&api.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_provider_s_answer_is_kept_in_the_file_store_and_streamed_back() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let order = sent_order(&api).await;
    let files = FileStore::open(api.files_folder()).unwrap();
    provider_actions::complete(&api.db, &files, order, "Рішення.pdf", PDF.to_vec(), None).await.unwrap();

    let detail = api.as_user(&petro, "GET", &format!("/api/orders/{order}"), None).await.body;
    let answer = &detail["answers"][0];
    assert_eq!(answer["size"].as_u64(), Some(PDF.len() as u64));
    let id = answer["id"].as_i64().unwrap();
    let (content, key) = answer_row(&api, id).await;
    assert!(content.is_empty(), "the row holds no bytes");
    let key = key.expect("the row names its file");
    assert_eq!(std::fs::read(api.files_folder().join(&key)).unwrap(), PDF);
    let kept = portal_api::applications::attachments::stored_keys(&api.db).await.unwrap();
    assert!(kept.contains(&key), "the store's sweep keeps it");
    let (status, _, bytes) = api.download(&petro, &format!("/api/orders/{order}/answers/{id}")).await;
    assert_eq!((status, bytes.as_slice()), (StatusCode::OK, PDF));
}

#[tokio::test]
async fn a_refused_completion_leaves_no_file_in_the_store() {
    let api = api().await;
    // (A store of its own: on PostgreSQL the tests share one folder.)
    let folder = tempfile::tempdir().unwrap();
    let files = FileStore::open(folder.path()).unwrap();
    let missing = provider_actions::complete(&api.db, &files, 999_999, "a.pdf", PDF.to_vec(), None).await;
    assert!(matches!(missing, Err(provider_actions::ActionError::NoSuchOrder(999_999))), "{missing:?}");
    assert_eq!(std::fs::read_dir(folder.path()).unwrap().count(), 0);
}

#[tokio::test]
async fn answers_kept_in_rows_before_the_move_are_downloadable_after_it() {
    let dir = tempfile::tempdir().unwrap();
    let config = Config::for_tests(database_url(&dir).await, dir.path().into());
    let old = Api::from_state(portal_api::prepare(&config).await.unwrap(), &config, dir);
    // Back to the schema before the move: the migration undone, as if
    // never applied, and an answer kept the old way, its bytes in the row.
    let migration: i64 = if on_postgres() { 21 } else { 31 };
    for undo in [
        "DELETE FROM order_answers",
        "ALTER TABLE order_answers DROP COLUMN stored_as",
        "ALTER TABLE order_answers DROP COLUMN size",
    ] {
        sqlx::query(undo).execute(&old.db).await.unwrap();
    }
    sqlx::query("DELETE FROM _sqlx_migrations WHERE version = $1").bind(migration).execute(&old.db).await.unwrap();
    let order = sent_order(&old).await;
    let (answer,): (i64,) = sqlx::query_as(
        "INSERT INTO order_answers (order_id, file_name, media_type, content)
         VALUES ($1, 'Рішення.pdf', 'application/pdf', $2) RETURNING id",
    )
    .bind(order)
    .bind(PDF.to_vec())
    .fetch_one(&old.db)
    .await
    .unwrap();

    // The next start migrates and moves the row's file into the store.
    let restarted = portal_api::prepare(&config).await.unwrap();
    let api = Api::from_state(restarted, &config, tempfile::tempdir().unwrap());
    let petro = api.demo(PETRO).await;
    let detail = api.as_user(&petro, "GET", &format!("/api/orders/{order}"), None).await.body;
    assert_eq!(detail["answers"][0]["id"].as_i64(), Some(answer));
    assert_eq!(detail["answers"][0]["size"].as_u64(), Some(PDF.len() as u64), "the size is kept");
    let (status, headers, bytes) = api.download(&petro, &format!("/api/orders/{order}/answers/{answer}")).await;
    assert_eq!((status, bytes.as_slice()), (StatusCode::OK, PDF));
    assert_eq!(headers["content-type"], "application/pdf");
    let (content, key) = answer_row(&api, answer).await;
    assert!(content.is_empty() && key.is_some(), "the row no longer holds it");
}

#[tokio::test]
async fn portal_admin_completes_an_order_into_the_portal_s_file_store() {
    let dir = tempfile::tempdir().unwrap();
    let url = database_url(&dir).await;
    let config = Config::for_tests(url.clone(), dir.path().into());
    let answer_file = dir.path().join("Рішення.pdf");
    std::fs::write(&answer_file, PDF).unwrap();
    let api = Api::from_state(portal_api::prepare(&config).await.unwrap(), &config, dir);
    let order = sent_order(&api).await;
    let mut admin = std::process::Command::new(env!("CARGO_BIN_EXE_portal-admin"));
    admin.env("DATABASE_URL", &url).args(["complete-order", &order.to_string()]).arg(&answer_file);
    // (On SQLite it finds the store beside the database file, as the portal does.)
    match on_postgres() {
        true => admin.env("PORTAL_FILES_DIR", api.files_folder()),
        false => admin.env_remove("PORTAL_FILES_DIR"),
    };
    let output = admin.output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));

    let petro = api.demo(PETRO).await;
    let detail = api.as_user(&petro, "GET", &format!("/api/orders/{order}"), None).await.body;
    let (name, id) = (&detail["answers"][0]["file_name"], detail["answers"][0]["id"].as_i64().unwrap());
    assert_eq!(name, "Рішення.pdf");
    let (status, _, bytes) = api.download(&petro, &format!("/api/orders/{order}/answers/{id}")).await;
    assert_eq!((status, bytes.as_slice()), (StatusCode::OK, PDF));
}
