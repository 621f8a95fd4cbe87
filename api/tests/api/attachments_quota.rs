//! What one person keeps in the file store (security review 2026-12,
//! finding 1): a quota in bytes and files over their drafts, deleted
//! drafts and orders' files, and a limit on uploads an hour.

use crate::helpers::{Api, MARIA, PETRO, User, api, on_postgres};
use axum::http::{StatusCode, header};
use portal_model::draft::{MAX_PERSON_FILES, MAX_PERSON_STORAGE_BYTES};
use serde_json::{Value, json};

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

async fn new_draft(api: &Api, user: &User) -> i64 {
    let reply = api.as_user(user, "POST", "/api/drafts", Some(json!({"service_id": "import-licence"}))).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    reply.body["id"].as_i64().unwrap()
}

/// The first attachment field of the common form.
async fn attachment_field(api: &Api) -> String {
    let form = api.call("GET", "/api/services/import-licence/form", None, &[]).await.body;
    let fields = form["steps"].as_array().unwrap().iter().flat_map(|step| step["fields"].as_array().unwrap().clone());
    fields.into_iter().find(|field| field["kind"].get("attachment").is_some()).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

async fn upload(api: &Api, user: &User, draft: i64, field: &str) -> crate::helpers::Reply {
    api.upload(user, &format!("/api/drafts/{draft}/attachments?field={field}&name=scan.png"), PNG.to_vec()).await
}

/// Gives an attachment's row another size (a large file, without writing
/// one to disk).
async fn set_size(api: &Api, table: &str, id: i64, size: u64) {
    let sql = format!("UPDATE {table} SET size = $1 WHERE id = $2");
    sqlx::query(&sql).bind(size as i64).bind(id).execute(&api.db).await.unwrap();
}

fn stored_files(api: &Api) -> usize {
    std::fs::read_dir(api.files_folder()).unwrap().count()
}

#[tokio::test]
async fn a_persons_bytes_are_counted_over_drafts_deleted_drafts_and_orders() {
    let api = api().await;
    let (petro, maria) = (api.demo(PETRO).await, api.demo(MARIA).await);
    let field = attachment_field(&api).await;
    const MB: u64 = 1024 * 1024;
    // An order's file: 100 MB of it.
    let sent = new_draft(&api, &petro).await;
    assert_eq!(upload(&api, &petro, sent, &field).await.status, StatusCode::CREATED);
    // (Submitting needs the whole form filled in: here the order is made
    // from the draft as submit makes it, its file the order's.)
    let (order,): (i64,) = sqlx::query_as(
        "INSERT INTO orders (user_id, service_id, status, ordered_at, draft_id)
         SELECT user_id, service_id, 'sent', $2, id FROM drafts WHERE id = $1 RETURNING id",
    )
    .bind(sent)
    .bind(portal_api::platform::clock::today_date())
    .fetch_one(&api.db)
    .await
    .unwrap();
    let (order_file,): (i64,) = sqlx::query_as(
        "INSERT INTO order_files (order_id, field, file_name, media_type, size, stored_as)
         SELECT $1, field, file_name, media_type, $2, stored_as FROM draft_attachments WHERE draft_id = $3
         RETURNING id",
    )
    .bind(order)
    .bind((100 * MB) as i64)
    .bind(sent)
    .fetch_one(&api.db)
    .await
    .unwrap();
    sqlx::query("DELETE FROM draft_attachments WHERE draft_id = $1").bind(sent).execute(&api.db).await.unwrap();
    sqlx::query("UPDATE drafts SET order_id = $1, deleted_at = $2 WHERE id = $3")
        .bind(order)
        .bind(portal_api::platform::clock::now())
        .bind(sent)
        .execute(&api.db)
        .await
        .unwrap();
    // A deleted draft's file: 50 MB.
    let deleted = new_draft(&api, &petro).await;
    let gone = upload(&api, &petro, deleted, &field).await.body["id"].as_i64().unwrap();
    set_size(&api, "draft_attachments", gone, 50 * MB).await;
    assert_eq!(
        api.as_user(&petro, "DELETE", &format!("/api/drafts/{deleted}"), None).await.status,
        StatusCode::NO_CONTENT
    );
    // A live draft's file: the rest but one small file's room.
    let live = new_draft(&api, &petro).await;
    let kept = upload(&api, &petro, live, &field).await.body["id"].as_i64().unwrap();
    set_size(&api, "draft_attachments", kept, MAX_PERSON_STORAGE_BYTES - 150 * MB - PNG.len() as u64).await;

    // The last room is taken; one byte more is refused, and not kept.
    assert_eq!(upload(&api, &petro, live, &field).await.status, StatusCode::CREATED);
    let before = stored_files(&api);
    let over = upload(&api, &petro, live, &field).await;
    assert_eq!(
        (over.status, over.body["code"].as_str()),
        (StatusCode::CONFLICT, Some("storage_quota")),
        "{}",
        over.body
    );
    if !on_postgres() {
        assert_eq!(stored_files(&api), before, "the refused file is not kept");
    }
    // Everyone's quota is their own.
    let theirs = new_draft(&api, &maria).await;
    assert_eq!(upload(&api, &maria, theirs, &field).await.status, StatusCode::CREATED);
    // An order's files count for a year after it was sent.
    sqlx::query("UPDATE orders SET ordered_at = '2020-01-01' WHERE id = $1")
        .bind(order)
        .execute(&api.db)
        .await
        .unwrap();
    assert_eq!(upload(&api, &petro, live, &field).await.status, StatusCode::CREATED);
    sqlx::query("UPDATE orders SET ordered_at = $1 WHERE id = $2")
        .bind(portal_api::platform::clock::today_date())
        .bind(order)
        .execute(&api.db)
        .await
        .unwrap();
    assert_eq!(upload(&api, &petro, live, &field).await.status, StatusCode::CONFLICT, "order file {order_file}");
    // Removing a file makes room again.
    let removed = api.as_user(&petro, "DELETE", &format!("/api/drafts/{live}/attachments/{kept}"), None).await;
    assert_eq!(removed.status, StatusCode::NO_CONTENT);
    assert_eq!(upload(&api, &petro, live, &field).await.status, StatusCode::CREATED);
}

#[tokio::test]
async fn a_person_keeps_two_hundred_files_at_most_however_many_uploads_run_at_once() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let field = attachment_field(&api).await;
    let (live, other) = (new_draft(&api, &petro).await, new_draft(&api, &petro).await);
    let first = upload(&api, &petro, live, &field).await.body["id"].as_i64().unwrap();
    // Another draft holding all but ten of the person's files.
    for _ in 1..MAX_PERSON_FILES - 10 {
        sqlx::query(
            "INSERT INTO draft_attachments (draft_id, field, file_name, media_type, size, content, stored_as, created_at)
             SELECT $1, field, file_name, media_type, size, content, stored_as, created_at FROM draft_attachments
             WHERE id = $2",
        )
        .bind(other)
        .bind(first)
        .execute(&api.db)
        .await
        .unwrap();
    }
    let replies = futures_util::future::join_all((0..19).map(|_| upload(&api, &petro, live, &field))).await;
    let statuses: Vec<(StatusCode, Value)> =
        replies.into_iter().map(|reply| (reply.status, reply.body["code"].clone())).collect();
    let created = statuses.iter().filter(|(status, _)| *status == StatusCode::CREATED).count();
    assert_eq!(created, 10, "{statuses:?}");
    assert!(
        statuses.iter().all(|(status, code)| *status == StatusCode::CREATED || code == "storage_quota"),
        "{statuses:?}"
    );
    let (kept,): (i64,) = sqlx::query_as(
        "SELECT count(*) FROM draft_attachments a JOIN drafts d ON d.id = a.draft_id WHERE d.user_id = (
             SELECT user_id FROM drafts WHERE id = $1)",
    )
    .bind(live)
    .fetch_one(&api.db)
    .await
    .unwrap();
    assert_eq!(kept, MAX_PERSON_FILES as i64);
}

#[tokio::test]
async fn uploads_are_limited_per_person_and_hour_with_retry_after() {
    let api = api().await;
    let (petro, maria) = (api.demo(PETRO).await, api.demo(MARIA).await);
    let field = attachment_field(&api).await;
    let limit = portal_api::applications::attachments::UPLOADS.max;
    let mut draft = new_draft(&api, &petro).await;
    for n in 0..limit {
        if n > 0 && n % 20 == 0 {
            draft = new_draft(&api, &petro).await;
        }
        assert_eq!(upload(&api, &petro, draft, &field).await.status, StatusCode::CREATED, "upload {n}");
    }
    let fresh = new_draft(&api, &petro).await;
    let over = upload(&api, &petro, fresh, &field).await;
    assert_eq!((over.status, over.body["code"].as_str()), (StatusCode::TOO_MANY_REQUESTS, Some("too_many_uploads")));
    let retry: i64 = over.headers[header::RETRY_AFTER].to_str().unwrap().parse().unwrap();
    assert!((1..=3600).contains(&retry), "{retry}");
    let theirs = new_draft(&api, &maria).await;
    assert_eq!(upload(&api, &maria, theirs, &field).await.status, StatusCode::CREATED, "Maria's count is her own");
}

#[test]
fn the_quota_message_names_the_models_figures_in_every_language() {
    let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    for lang in ["uk", "be", "en"] {
        let text = std::fs::read_to_string(locales.join(lang).join("portal.ftl")).unwrap();
        let line = text.lines().find(|line| line.starts_with("error-storage-quota =")).expect("the message");
        let mb = MAX_PERSON_STORAGE_BYTES / 1024 / 1024;
        assert!(line.contains(&format!("{mb} ")) && line.contains(&format!("{MAX_PERSON_FILES} ")), "{lang}: {line}");
    }
}
