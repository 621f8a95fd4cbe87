//! Submitting an application (issue 13): the draft becomes an order with a
//! copy of what was sent that never changes, once however often it is
//! sent; a service with a fee gets its payment code.

use crate::helpers::{Api, MARIA, PETRO, User, api};
use axum::http::StatusCode;
use futures_util::future::join_all;
use portal_model::order_code::OrderCode;
use serde_json::{Value, json};

const PDF: &[u8] = b"%PDF-1.4\n%%EOF\n";

/// A draft of the import licence (common form, a fee of 780 UAH) filled
/// in completely, its three documents attached (the fee is paid after submitting): (id, version).
pub(crate) async fn complete_draft(api: &Api, user: &User) -> (i64, i64) {
    let draft = api.as_user(user, "POST", "/api/drafts", Some(json!({"service_id": "import-licence"}))).await.body;
    let id = draft["id"].as_i64().unwrap();
    let answers = complete_answers(api, user, id).await;
    let save = json!({"base_version": 1, "step": "applicant", "answers": answers});
    let saved = api.as_user(user, "PUT", &format!("/api/drafts/{id}"), Some(save)).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    (id, saved.body["version"].as_i64().unwrap())
}

/// Complete answers for the import licence's draft `id`, its documents
/// uploaded.
pub(crate) async fn complete_answers(api: &Api, user: &User, id: i64) -> serde_json::Map<String, Value> {
    let mut answers = portal_api::catalogue::forms::prefilled_answers();
    let form = api.call("GET", "/api/services/import-licence/form", None, &[]).await.body;
    for field in form["steps"].as_array().unwrap().iter().flat_map(|s| s["fields"].as_array().unwrap()) {
        let field_id = field["id"].as_str().unwrap();
        if field["kind"].get("attachment").is_some() {
            let uri = format!("/api/drafts/{id}/attachments?field={field_id}&name={field_id}.pdf");
            let stored = api.upload(user, &uri, PDF.to_vec()).await;
            assert_eq!(stored.status, StatusCode::CREATED, "{}", stored.body);
            answers.insert(field_id.into(), stored.body);
        } else if field["kind"] == "consent" {
            answers.insert(field_id.into(), json!(true));
        }
    }
    answers
}

pub(crate) async fn submit(api: &Api, user: &User, id: i64, base_version: i64) -> (StatusCode, Value) {
    let reply = api
        .as_user(user, "POST", &format!("/api/drafts/{id}/submit"), Some(json!({"base_version": base_version})))
        .await;
    (reply.status, reply.body)
}

#[tokio::test]
async fn a_complete_draft_becomes_an_order_with_what_was_sent_and_a_payment_code() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let (id, version) = complete_draft(&api, &petro).await;
    let (status, order) = submit(&api, &petro, id, version).await;
    assert_eq!(status, StatusCode::CREATED, "{order}");
    assert_eq!((order["status"].as_str(), order["service_id"].as_str()), (Some("sent"), Some("import-licence")));
    let stored = api.as_user(&petro, "GET", &format!("/api/drafts/{id}"), None).await;
    assert_eq!(stored.status, StatusCode::NOT_FOUND, "the draft is gone from «Чернетки»");
    let submission = &order["submission"];
    assert_eq!(submission["answers"]["full_name"], "Петренко Петро Петрович");
    let attached = submission["answers"].as_object().unwrap().values().filter(|a| a.get("media_type").is_some());
    assert_eq!(submission["files"].as_array().unwrap().len(), attached.count(), "every file named is kept");
    // The 30-digit code checks, and is the order's.
    let code = order["payment"]["code"].as_str().unwrap();
    let parsed = OrderCode::parse(code).unwrap();
    assert_eq!(&parsed.digits()[8..20], &format!("{:012}", order["id"].as_i64().unwrap()));
    assert_eq!(
        (order["payment"]["amount_minor"].as_u64(), order["payment"]["currency"].as_str()),
        (Some(78000), Some("UAH"))
    );
    // Listed with the orders, the files sent read back, a notification.
    let orders = api.as_user(&petro, "GET", "/api/orders", None).await.body;
    let listed = orders.as_array().unwrap().iter().find(|o| o["id"] == order["id"]).unwrap();
    assert!(listed["submission"].is_null(), "the list does not carry every answer");
    assert_eq!(listed["payment"]["code"], order["payment"]["code"], "the code is found from the list");
    let file = submission["files"][0]["id"].as_i64().unwrap();
    let uri = format!("/api/orders/{}/files/{file}", order["id"]);
    let (status, _, bytes) = api.download(&petro, &uri).await;
    assert_eq!((status, bytes.as_slice()), (StatusCode::OK, PDF));
    let maria = api.demo(MARIA).await;
    assert_eq!(api.download(&maria, &uri).await.0, StatusCode::NOT_FOUND);
    let mine = api.as_user(&maria, "GET", &format!("/api/orders/{}", order["id"]), None).await;
    assert_eq!(mine.status, StatusCode::NOT_FOUND);
    // The timeline begins: sent, by the applicant.
    let timeline = order["timeline"].as_array().unwrap();
    assert_eq!(timeline.len(), 1);
    assert_eq!((timeline[0]["status"].as_str(), timeline[0]["actor"].as_str()), (Some("sent"), Some("applicant")));
    let notifications = api.as_user(&petro, "GET", "/api/notifications", None).await.body;
    assert!(notifications.as_array().unwrap().iter().any(|n| n["order_id"] == order["id"]), "{notifications}");
}

/// A phone answered the everyday way passes «Далі» and the submit, and
/// the order keeps it as +380… (the usability review, 2026-12).
#[tokio::test]
async fn a_phone_answered_the_everyday_way_is_sent_as_plus_380() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let draft = api.as_user(&petro, "POST", "/api/drafts", Some(json!({"service_id": "import-licence"}))).await.body;
    let id = draft["id"].as_i64().unwrap();
    let mut answers = complete_answers(&api, &petro, id).await;
    answers.insert("phone".into(), json!("067 123 45 67"));
    let save = json!({"base_version": 1, "step": "applicant", "answers": answers});
    let saved = api.as_user(&petro, "PUT", &format!("/api/drafts/{id}"), Some(save)).await;
    assert_eq!((saved.status, &saved.body["problems"]), (StatusCode::OK, &json!([])), "{}", saved.body);
    let (status, order) = submit(&api, &petro, id, saved.body["version"].as_i64().unwrap()).await;
    assert_eq!(status, StatusCode::CREATED, "{order}");
    assert_eq!(order["submission"]["answers"]["phone"], "+380671234567");
}

#[tokio::test]
async fn an_incomplete_draft_is_not_sent_and_says_what_is_missing() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let draft = api.as_user(&petro, "POST", "/api/drafts", Some(json!({"service_id": "import-licence"}))).await.body;
    let id = draft["id"].as_i64().unwrap();
    let (status, body) = submit(&api, &petro, id, 1).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body["fields"].as_array().unwrap().iter().any(|p| p["field"] == "full_name" && p["code"] == "required"));
    // A stale version is a conflict; another's draft is not found.
    let (id, version) = complete_draft(&api, &petro).await;
    assert_eq!(submit(&api, &petro, id, version - 1).await.0, StatusCode::CONFLICT);
    let maria = api.demo(MARIA).await;
    assert_eq!(submit(&api, &maria, id, version).await.0, StatusCode::NOT_FOUND);
    let orders = api.as_user(&petro, "GET", "/api/orders", None).await.body.as_array().unwrap().len();
    assert_eq!(orders, 4, "the demo's four orders, no more");
}

#[tokio::test]
async fn ten_submits_at_once_make_one_order() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let (id, version) = complete_draft(&api, &petro).await;
    let replies = join_all((0..10).map(|_| submit(&api, &petro, id, version))).await;
    let created = replies.iter().filter(|(status, _)| *status == StatusCode::CREATED).count();
    assert_eq!(created, 1, "{replies:?}");
    let first = &replies.iter().find(|(status, _)| *status == StatusCode::CREATED).unwrap().1["id"];
    assert!(
        replies.iter().all(|(status, order)| *status == StatusCode::CREATED || order["id"] == *first),
        "{replies:?}"
    );
    // Sent again later (a retried request): the same order.
    let (status, again) = submit(&api, &petro, id, version).await;
    assert_eq!((status, &again["id"]), (StatusCode::OK, first));
    // Nor can the draft be brought back and changed.
    assert_eq!(
        api.as_user(&petro, "POST", &format!("/api/drafts/{id}/restore"), None).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn what_was_submitted_never_changes() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let (id, version) = complete_draft(&api, &petro).await;
    let (_, order) = submit(&api, &petro, id, version).await;
    let order_id = order["id"].as_i64().unwrap();
    // Not through the API (the draft is closed)…
    let save = json!({"base_version": version, "step": "applicant", "answers": {"full_name": "Інше ім'я"}});
    let saved = api.as_user(&petro, "PUT", &format!("/api/drafts/{id}"), Some(save)).await;
    assert_eq!(saved.status, StatusCode::NOT_FOUND);
    // …nor in the database itself.
    for sql in [
        "UPDATE orders SET answers_json = '{}' WHERE id = $1",
        "UPDATE orders SET payment_code = '000000000000000000000000000000' WHERE id = $1",
        "UPDATE order_files SET stored_as = 'x' WHERE order_id = $1",
    ] {
        let changed = sqlx::query(sql).bind(order_id).execute(&api.db).await;
        assert!(changed.is_err(), "{sql} was refused");
    }
    // The status still moves on.
    sqlx::query("UPDATE orders SET status = 'registered' WHERE id = $1").bind(order_id).execute(&api.db).await.unwrap();
    let now = api.as_user(&petro, "GET", &format!("/api/orders/{order_id}"), None).await.body;
    assert_eq!(now["submission"], order["submission"]);
    assert_eq!(now["status"], "registered");
}

#[tokio::test]
async fn an_order_made_before_the_timeline_shows_its_history() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let orders = api.as_user(&petro, "GET", "/api/orders", None).await.body;
    let done = orders.as_array().unwrap().iter().find(|o| o["status"] == "done").unwrap();
    let order = api.as_user(&petro, "GET", &format!("/api/orders/{}", done["id"]), None).await.body;
    let steps: Vec<(&str, &str)> = order["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["status"].as_str().unwrap(), e["actor"].as_str().unwrap()))
        .collect();
    assert_eq!(steps, [("sent", "applicant"), ("registered", "provider"), ("done", "provider")]);
    assert_eq!(order["timeline"][2]["comment"], "Свідоцтво анульовано.");
}

async fn withdraw(api: &Api, user: &User, order: &Value, reason: &str) -> (StatusCode, Value) {
    let uri = format!("/api/orders/{}/withdraw", order["id"]);
    let reply = api.as_user(user, "POST", &uri, Some(json!({"reason": reason}))).await;
    (reply.status, reply.body)
}

#[tokio::test]
async fn an_application_is_withdrawn_by_its_owner_only_and_only_before_it_is_completed() {
    let api = api().await;
    let (petro, maria) = (api.demo(PETRO).await, api.demo(MARIA).await);
    let (id, version) = complete_draft(&api, &petro).await;
    let (_, order) = submit(&api, &petro, id, version).await;
    assert_eq!(withdraw(&api, &maria, &order, "Не моя").await.0, StatusCode::NOT_FOUND);
    let (status, body) = withdraw(&api, &petro, &order, "  ").await;
    assert_eq!((status, &body["fields"][0]["field"]), (StatusCode::UNPROCESSABLE_ENTITY, &json!("reason")));
    let (status, withdrawn) = withdraw(&api, &petro, &order, "Подам заяву пізніше").await;
    assert_eq!((status, withdrawn["status"].as_str()), (StatusCode::OK, Some("withdrawn")));
    let last = withdrawn["timeline"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(
        (last["status"].as_str(), last["actor"].as_str(), last["comment"].as_str()),
        (Some("withdrawn"), Some("applicant"), Some("Подам заяву пізніше"))
    );
    let (status, body) = withdraw(&api, &petro, &order, "Ще раз").await;
    assert_eq!((status, body["code"].as_str()), (StatusCode::CONFLICT, Some("order_closed")));
    // A completed order stays as it is.
    let orders = api.as_user(&petro, "GET", "/api/orders", None).await.body;
    let done = orders.as_array().unwrap().iter().find(|o| o["status"] == "done").unwrap().clone();
    assert_eq!(withdraw(&api, &petro, &done, "Передумав").await.0, StatusCode::CONFLICT);
    let still = api.as_user(&petro, "GET", &format!("/api/orders/{}", done["id"]), None).await.body;
    assert_eq!(still["status"], "done");
}

async fn timeline_of(api: &Api, user: &User, order: i64) -> (Value, Vec<(String, String)>) {
    let now = api.as_user(user, "GET", &format!("/api/orders/{order}"), None).await.body;
    let steps = now["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["status"].as_str().unwrap().to_owned(), e["actor"].as_str().unwrap().to_owned()))
        .collect();
    (now, steps)
}

#[tokio::test]
async fn the_provider_registers_completes_or_refuses_and_the_timeline_says_so() {
    use portal_api::orders::provider_actions::{self, ActionError};
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let (id, version) = complete_draft(&api, &petro).await;
    let order = submit(&api, &petro, id, version).await.1["id"].as_i64().unwrap();
    let files = portal_api::platform::file_store::FileStore::open(api.files_folder()).unwrap();
    provider_actions::register(&api.db, order, "П 2355", Some("2026-12-25")).await.unwrap();
    let again = provider_actions::register(&api.db, order, "П 2356", None).await;
    assert!(matches!(again, Err(ActionError::WrongStatus(..))), "{again:?}");
    let text = provider_actions::complete(&api.db, &files, order, "a.pdf", b"not a pdf".to_vec(), None).await;
    assert!(matches!(text, Err(ActionError::FileType)), "{text:?}");
    provider_actions::complete(&api.db, &files, order, "Рішення.pdf", PDF.to_vec(), Some("Ліцензію видано"))
        .await
        .unwrap();
    let (now, steps) = timeline_of(&api, &petro, order).await;
    let expected = [("sent", "applicant"), ("registered", "provider"), ("done", "provider")];
    assert_eq!(steps, expected.map(|(s, a)| (s.to_owned(), a.to_owned())));
    assert_eq!((now["status"].as_str(), now["registration_number"].as_str()), (Some("done"), Some("П 2355")));
    assert_eq!(now["answers"][0]["file_name"], "Рішення.pdf");
    let notifications = api.as_user(&petro, "GET", "/api/notifications", None).await.body;
    assert!(notifications.as_array().unwrap().iter().any(|n| n["kind"] == "answer_ready" && n["order_id"] == order));

    // Another is refused, with its reason; a refusal needs one.
    let (id, version) = complete_draft(&api, &petro).await;
    let order = submit(&api, &petro, id, version).await.1["id"].as_i64().unwrap();
    assert!(matches!(provider_actions::refuse(&api.db, order, " ").await, Err(ActionError::Empty)));
    provider_actions::refuse(&api.db, order, "Не додано копію свідоцтва").await.unwrap();
    let (now, steps) = timeline_of(&api, &petro, order).await;
    assert_eq!(steps.last().unwrap(), &("refused".to_owned(), "provider".to_owned()));
    assert_eq!(now["timeline"].as_array().unwrap().last().unwrap()["comment"], "Не додано копію свідоцтва");
    let missing = provider_actions::register(&api.db, 999_999, "П 1", None).await;
    assert!(matches!(missing, Err(ActionError::NoSuchOrder(999_999))));
}

#[tokio::test]
async fn portal_admin_registers_an_order_from_the_shell() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite:{}", dir.path().join("p.sqlite3").display());
    let config = portal_api::platform::config::Config::for_tests(url.clone(), dir.path().into());
    let state = portal_api::prepare(&config).await.unwrap();
    let (order,): (i64,) = sqlx::query_as("SELECT id FROM orders WHERE status = 'sent' ORDER BY id LIMIT 1")
        .fetch_one(&state.db)
        .await
        .unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_portal-admin"))
        .env("DATABASE_URL", &url)
        .args(["register-order", &order.to_string(), "П 2355", "--control-date", "2026-12-25"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let (status, number): (String, String) =
        sqlx::query_as("SELECT status, registration_number FROM orders WHERE id = $1")
            .bind(order)
            .fetch_one(&state.db)
            .await
            .unwrap();
    assert_eq!((status.as_str(), number.as_str()), ("registered", "П 2355"));
    // A second time: refused, with the reason on stderr.
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_portal-admin"))
        .env("DATABASE_URL", &url)
        .args(["register-order", &order.to_string(), "П 2356"])
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot be registered now"));
}

#[tokio::test]
async fn a_receipt_is_attached_by_content_and_the_provider_confirms_the_payment() {
    let api = api().await;
    let (petro, maria) = (api.demo(PETRO).await, api.demo(MARIA).await);
    let (id, version) = complete_draft(&api, &petro).await;
    let order = submit(&api, &petro, id, version).await.1;
    assert_eq!(order["payment"]["state"], "awaiting");
    let order_id = order["id"].as_i64().unwrap();
    let uri = |name: &str| format!("/api/orders/{order_id}/receipt?name={name}");
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    assert_eq!(api.upload(&petro, &uri("receipt.pdf"), png.clone()).await.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(
        api.upload(&petro, &uri("receipt.pdf"), b"MZ\x90\0".to_vec()).await.status,
        StatusCode::UNSUPPORTED_MEDIA_TYPE
    );
    assert_eq!(api.upload(&maria, &uri("receipt.pdf"), PDF.to_vec()).await.status, StatusCode::NOT_FOUND);
    let attached = api.upload(&petro, &uri("receipt.png"), png.clone()).await;
    assert_eq!(attached.status, StatusCode::OK, "{}", attached.body);
    let attached =
        api.upload(&petro, &uri("%D0%BA%D0%B2%D0%B8%D1%82%D0%B0%D0%BD%D1%86%D1%96%D1%8F.pdf"), PDF.to_vec()).await;
    assert_eq!(attached.status, StatusCode::OK, "a second receipt replaces the first");
    let payment = &attached.body["payment"];
    assert_eq!(
        (payment["state"].as_str(), payment["receipt"]["name"].as_str()),
        (Some("receipt_sent"), Some("квитанція.pdf"))
    );
    let (status, _, bytes) = api.download(&petro, &format!("/api/orders/{order_id}/receipt")).await;
    assert_eq!((status, bytes.as_slice()), (StatusCode::OK, PDF));
    assert_eq!(api.download(&maria, &format!("/api/orders/{order_id}/receipt")).await.0, StatusCode::NOT_FOUND);

    portal_api::orders::provider_actions::confirm_payment(&api.db, order_id).await.unwrap();
    let now = api.as_user(&petro, "GET", &format!("/api/orders/{order_id}"), None).await.body;
    assert_eq!(now["payment"]["state"], "confirmed");
    let payments: Vec<(&str, &str)> = now["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| Some((e["payment"].as_str()?, e["actor"].as_str().unwrap())))
        .collect();
    // One step for the receipt however often it was replaced.
    assert_eq!(payments, [("receipt_sent", "applicant"), ("confirmed", "provider")]);
    assert_eq!(api.upload(&petro, &uri("late.pdf"), PDF.to_vec()).await.status, StatusCode::CONFLICT);
    assert!(portal_api::orders::provider_actions::confirm_payment(&api.db, order_id).await.is_err(), "confirmed once");
}

#[tokio::test]
async fn receipts_confirmations_and_withdrawals_at_once_each_count_once() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let (id, version) = complete_draft(&api, &petro).await;
    let order = submit(&api, &petro, id, version).await.1;
    let order_id = order["id"].as_i64().unwrap();
    // Five receipts at once: each is taken in turn, the last one stays.
    let uri = format!("/api/orders/{order_id}/receipt?name=r.pdf");
    let replies = join_all((0..5).map(|_| api.upload(&petro, &uri, PDF.to_vec()))).await;
    assert!(
        replies.iter().all(|r| r.status == StatusCode::OK),
        "{:?}",
        replies.iter().map(|r| r.status).collect::<Vec<_>>()
    );
    let now = api.as_user(&petro, "GET", &format!("/api/orders/{order_id}"), None).await.body;
    assert_eq!(now["payment"]["state"], "receipt_sent");
    let sent = now["timeline"].as_array().unwrap().iter().filter(|e| e["payment"] == "receipt_sent").count();
    assert_eq!(sent, 1, "replacements do not flood the timeline");
    let (status, _, bytes) = api.download(&petro, &format!("/api/orders/{order_id}/receipt")).await;
    assert_eq!((status, bytes.as_slice()), (StatusCode::OK, PDF));
    // Five confirmations at once (two provider screens): confirmed once.
    let confirmations =
        join_all((0..5).map(|_| portal_api::orders::provider_actions::confirm_payment(&api.db, order_id))).await;
    assert_eq!(confirmations.iter().filter(|c| c.is_ok()).count(), 1, "{confirmations:?}");
    let now = api.as_user(&petro, "GET", &format!("/api/orders/{order_id}"), None).await.body;
    let confirmed = now["timeline"].as_array().unwrap().iter().filter(|e| e["payment"] == "confirmed").count();
    assert_eq!(confirmed, 1);
    // Ten withdrawals at once: one is applied, the others are told it is closed.
    let replies = join_all((0..10).map(|_| withdraw(&api, &petro, &order, "Передумав"))).await;
    let applied = replies.iter().filter(|(status, _)| *status == StatusCode::OK).count();
    assert_eq!(applied, 1, "{replies:?}");
    assert!(replies.iter().all(|(status, _)| matches!(*status, StatusCode::OK | StatusCode::CONFLICT)));
    let now = api.as_user(&petro, "GET", &format!("/api/orders/{order_id}"), None).await.body;
    let withdrawals = now["timeline"].as_array().unwrap().iter().filter(|e| e["status"] == "withdrawn").count();
    assert_eq!(withdrawals, 1);
}

/// The security review (2026-12, finding 5) found the payment QR in the
/// browser's HTTP cache after sign-out, and no `Cache-Control` on personal
/// JSON. Route by route: every personal answer (and every error) says
/// `private, no-store`; the public catalogue keeps its own rules; sign-out
/// asks the browser to clear the site's cache and storage.
#[tokio::test]
async fn personal_answers_are_never_stored_and_signing_out_clears_the_browser() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let (id, version) = complete_draft(&api, &petro).await;
    let order_id = submit(&api, &petro, id, version).await.1["id"].as_i64().unwrap();
    let draft = api.as_user(&petro, "POST", "/api/drafts", Some(json!({"service_id": "import-licence"}))).await.body;
    let draft_id = draft["id"].as_i64().unwrap();
    let personal = [
        "/api/me".to_owned(),
        "/api/me/deletion".to_owned(),
        "/api/me/identifier".to_owned(),
        "/api/sessions".to_owned(),
        "/api/orders".to_owned(),
        format!("/api/orders/{order_id}"),
        format!("/api/orders/{order_id}/payment-qr"),
        format!("/api/orders/{order_id}/payment-slip"),
        "/api/drafts".to_owned(),
        format!("/api/drafts/{draft_id}"),
        "/api/notifications".to_owned(),
        "/api/notifications/unread".to_owned(),
        "/api/appointments".to_owned(),
    ];
    for path in &personal {
        let (status, headers, _) = api.download(&petro, path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert_eq!(headers["cache-control"], "private, no-store", "{path}");
    }
    let maria = api.demo(MARIA).await;
    let errors = [
        api.call("GET", "/api/me", None, &[]).await,
        api.as_user(&maria, "GET", &format!("/api/orders/{order_id}/payment-qr"), None).await,
        api.as_user(&petro, "GET", "/api/no-such-thing", None).await,
    ];
    for reply in &errors {
        assert!(reply.status.is_client_error());
        assert_eq!(reply.headers["cache-control"], "private, no-store", "{}", reply.body);
    }
    for path in ["/api/catalogue", "/api/services/import-licence", "/api/services/import-licence/form"] {
        let reply = api.call("GET", path, None, &[]).await;
        let cache_control = reply.headers.get("cache-control").map(|v| v.to_str().unwrap().to_owned());
        assert!(!cache_control.unwrap_or_default().contains("no-store"), "{path}: the public catalogue is cached");
    }
    let out = api.as_user(&petro, "DELETE", "/api/sessions/current", None).await;
    assert_eq!(out.status, StatusCode::NO_CONTENT);
    assert_eq!(out.headers["clear-site-data"], "\"cache\", \"storage\"");
    let everywhere = api.as_user(&maria, "DELETE", "/api/sessions", None).await;
    assert_eq!(everywhere.headers["clear-site-data"], "\"cache\", \"storage\"");
}

#[tokio::test]
async fn an_order_paid_by_code_has_a_printable_slip_and_a_qr_code_for_its_owner_only() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let (id, version) = complete_draft(&api, &petro).await;
    let (_, order) = submit(&api, &petro, id, version).await;
    let order_id = order["id"].as_i64().unwrap();
    assert_eq!(order["payment"]["method"], "order_code");
    let recipient = &order["payment"]["recipient"];
    assert!(recipient["iban"].as_str().unwrap().starts_with("UA"), "{recipient}");
    let (status, headers, svg) = api.download(&petro, &format!("/api/orders/{order_id}/payment-qr")).await;
    assert_eq!((status, &headers["content-type"]), (StatusCode::OK, &"image/svg+xml".parse().unwrap()));
    assert!(String::from_utf8(svg).unwrap().starts_with("<svg"));
    // (What the QR code says: `the_payment_qr_code_decodes_to_the_nbu_format_002`.)
    let (status, _, page) = api.download(&petro, &format!("/api/orders/{order_id}/payment-slip?lang=be")).await;
    assert_eq!(status, StatusCode::OK);
    let page = String::from_utf8(page).unwrap();
    let grouped = OrderCode::parse(order["payment"]["code"].as_str().unwrap()).unwrap().grouped();
    assert!(page.contains("lang=\"be\"") && page.contains(&grouped) && page.contains("780,00"), "{page}");
    assert!(
        page.contains("<h1>Квітанцыя для аплаты</h1>") && page.contains("role=\"img\""),
        "Belarusian texts, the QR named"
    );
    assert!(page.contains(recipient["iban"].as_str().unwrap()));
    let maria = api.demo(MARIA).await;
    for path in ["payment-qr", "payment-slip"] {
        let (status, _, _) = api.download(&maria, &format!("/api/orders/{order_id}/{path}")).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path} of another's order");
    }
}

/// The keys of the files in the store that `table` names for `column` = `id`.
async fn keys(api: &Api, sql: &str, id: i64) -> Vec<String> {
    let rows: Vec<(String,)> = sqlx::query_as(sql).bind(id).fetch_all(&api.db).await.unwrap();
    rows.into_iter().map(|(key,)| key).collect()
}

#[tokio::test]
async fn the_order_keeps_the_files_its_answers_name_and_the_others_leave_the_store() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let (id, version) = complete_draft(&api, &petro).await;
    let field = api.as_user(&petro, "GET", &format!("/api/drafts/{id}"), None).await.body["answers"]
        .as_object()
        .unwrap()
        .iter()
        // (The authority document is asked of a representative only: not sent.)
        .find(|(path, answer)| answer.get("media_type").is_some() && *path != "authority_document")
        .map(|(path, _)| path.clone())
        .unwrap();
    // Files uploaded and then replaced, that no answer names.
    for n in 0..3 {
        let uri = format!("/api/drafts/{id}/attachments?field={field}&name=old{n}.pdf");
        assert_eq!(api.upload(&petro, &uri, PDF.to_vec()).await.status, StatusCode::CREATED);
    }
    let draft_keys = "SELECT stored_as FROM draft_attachments WHERE draft_id = $1";
    let before = keys(&api, draft_keys, id).await;
    let (status, order) = submit(&api, &petro, id, version).await;
    assert_eq!(status, StatusCode::CREATED, "{order}");
    let sent = keys(&api, "SELECT stored_as FROM order_files WHERE order_id = $1", order["id"].as_i64().unwrap()).await;
    assert_eq!(sent.len(), order["submission"]["files"].as_array().unwrap().len());
    assert_eq!(before.len(), sent.len() + 3 + 1, "the three replaced ones and the unasked authority document stay out");
    assert!(keys(&api, draft_keys, id).await.is_empty(), "the draft keeps no rows of its own");
    for key in &before {
        let stored = api.files_folder().join(key).exists();
        assert_eq!(stored, sent.contains(key), "{key}: in the store exactly when the order names it");
    }
}

#[tokio::test]
async fn a_person_sends_ten_applications_an_hour_at_most() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let limit = portal_api::orders::submission::SUBMISSIONS.max;
    for n in 0..limit {
        let (id, version) = complete_draft(&api, &petro).await;
        assert_eq!(submit(&api, &petro, id, version).await.0, StatusCode::CREATED, "application {n}");
        // A repeated submit of a sent draft is not another order: not counted.
        assert_eq!(submit(&api, &petro, id, version).await.0, StatusCode::OK);
    }
    let (id, version) = complete_draft(&api, &petro).await;
    let over =
        api.as_user(&petro, "POST", &format!("/api/drafts/{id}/submit"), Some(json!({"base_version": version}))).await;
    assert_eq!(
        (over.status, over.body["code"].as_str()),
        (StatusCode::TOO_MANY_REQUESTS, Some("too_many_submissions"))
    );
    let retry: i64 = over.headers["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=3600).contains(&retry), "{retry}");
    // Nothing was sent: the draft is still there, as it was.
    let draft = api.as_user(&petro, "GET", &format!("/api/drafts/{id}"), None).await;
    assert_eq!((draft.status, draft.body["version"].as_i64()), (StatusCode::OK, Some(version)));
    let maria = api.demo(MARIA).await;
    let (theirs, version) = complete_draft(&api, &maria).await;
    assert_eq!(submit(&api, &maria, theirs, version).await.0, StatusCode::CREATED, "Maria's count is her own");
}

#[tokio::test]
async fn a_file_removed_while_the_draft_is_sent_never_leaves_an_order_without_it() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let mut outcomes = std::collections::BTreeMap::new();
    for attempt in 0..40 {
        // (The hourly limits are not what this test is about.)
        sqlx::query("DELETE FROM rate_counters").execute(&api.db).await.unwrap();
        let (id, version) = complete_draft(&api, &petro).await;
        let answers = api.as_user(&petro, "GET", &format!("/api/drafts/{id}"), None).await.body["answers"].clone();
        let named =
            |(path, answer): &(&String, &Value)| answer.get("media_type").is_some() && *path != "authority_document";
        let file = answers.as_object().unwrap().iter().find(named).unwrap().1["id"].clone();
        let remove = async {
            // Each attempt lets the submit go a little further first.
            for _ in 0..attempt {
                tokio::task::yield_now().await;
            }
            api.as_user(&petro, "DELETE", &format!("/api/drafts/{id}/attachments/{file}"), None).await.status
        };
        let ((sent, order), removed) = tokio::join!(submit(&api, &petro, id, version), remove);
        *outcomes.entry((sent.as_u16(), removed.as_u16())).or_insert(0) += 1;
        if sent != StatusCode::CREATED {
            assert_eq!(removed, StatusCode::NO_CONTENT, "attempt {attempt}: refused only for a removed file: {order}");
            continue;
        }
        assert_eq!(removed, StatusCode::NOT_FOUND, "attempt {attempt}: the file was removed from a sent draft");
        let files = order["submission"]["files"].as_array().unwrap();
        for (path, answer) in order["submission"]["answers"].as_object().unwrap() {
            if answer.get("media_type").is_some() {
                let file = files.iter().find(|f| f["field"] == path.as_str());
                let file = file.unwrap_or_else(|| panic!("attempt {attempt}: the order names {path} without its file"));
                let uri = format!("/api/orders/{}/files/{}", order["id"], file["id"]);
                assert_eq!(api.download(&petro, &uri).await.0, StatusCode::OK, "attempt {attempt}: {path} is stored");
            }
        }
    }
    eprintln!("(submit, remove) statuses: {outcomes:?}");
}

/// The QR code an SVG of the endpoint's shape draws (`M{x},{y}h1v1h-1z`
/// per dark module), read back as a camera would: drawn at four pixels a
/// module and decoded by `rqrr`.
fn decode_svg_qr(svg: &str) -> String {
    let view_box = svg.split("viewBox=\"0 0 ").nth(1).unwrap().split(' ').next().unwrap();
    let modules: usize = view_box.parse().unwrap();
    let mut dark = vec![false; modules * modules];
    let path = svg.split(" d=\"").nth(1).unwrap().split('"').next().unwrap();
    for square in path.split('M').filter(|s| !s.is_empty()) {
        let corner = square.trim_end_matches("h1v1h-1z");
        let (x, y) = corner.split_once(',').unwrap();
        let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
        dark[y * modules + x] = true;
    }
    const SCALE: usize = 4;
    let side = modules * SCALE;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
        if dark[(y / SCALE) * modules + x / SCALE] { 0 } else { 255 }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code");
    grids[0].decode().unwrap().1
}

#[tokio::test]
async fn the_payment_qr_code_decodes_to_the_nbu_format_002() {
    use base64::Engine;
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let (id, version) = complete_draft(&api, &petro).await;
    let (_, order) = submit(&api, &petro, id, version).await;
    let order_id = order["id"].as_i64().unwrap();
    let code = order["payment"]["code"].as_str().unwrap();
    let recipient = &order["payment"]["recipient"];
    let (status, _, svg) = api.download(&petro, &format!("/api/orders/{order_id}/payment-qr")).await;
    assert_eq!(status, StatusCode::OK);
    let link = decode_svg_qr(&String::from_utf8(svg).unwrap());
    // Format 002: the data structure in Base64URL (RFC 4648 §5) after the
    // NBU's address.
    let encoded = link.strip_prefix("https://bank.gov.ua/qr/").unwrap_or_else(|| panic!("not an NBU link: {link}"));
    assert!(encoded.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_=".contains(&b)), "Base64URL: {encoded}");
    let data = base64::engine::general_purpose::URL_SAFE.decode(encoded).unwrap();
    let data = String::from_utf8(data).expect("encoding 1 is UTF-8");
    let elements: Vec<&str> = data.split('\n').collect();
    assert_eq!(elements.len(), 13, "thirteen elements, each on its own line: {data:?}");
    let purpose = elements[11];
    assert_eq!(
        elements,
        [
            "BCD",                               // 1 service mark
            "002",                               // 2 format version
            "1",                                 // 3 encoding: UTF-8
            "UCT",                               // 4 function: credit transfer
            "",                                  // 5 BIC (reserved)
            recipient["name"].as_str().unwrap(), // 6 recipient, at most 70 characters
            recipient["iban"].as_str().unwrap(), // 7 the recipient's IBAN
            "UAH780.00",                         // 8 currency and amount
            recipient["code"].as_str().unwrap(), // 9 ЄДРПОУ
            "",                                  // 10 purpose code (reserved)
            "",                                  // 11 reference (reserved)
            purpose,                             // 12 purpose
            "",                                  // 13 display text
        ]
    );
    assert!(elements[5].chars().count() <= 70 && purpose.chars().count() <= 140, "the NBU's field limits");
    assert!(purpose.contains(code), "the purpose carries the order code: {purpose}");
    assert!(portal_api::payment_recipients::iban_holds(elements[6]));
}

#[tokio::test]
async fn a_recipient_whose_iban_fails_its_check_stops_the_start() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("recipients.json");
    let broken = include_str!("../../seed/payment_recipients.json")
        .replace("UA218999980000000000000000001", "UA218999980000000000000000002");
    std::fs::write(&file, broken).unwrap();
    let mut config =
        portal_api::platform::config::Config::for_tests(crate::helpers::database_url(&dir).await, dir.path().into());
    config.payment_recipients = Some(file);
    let refusal = portal_api::prepare(&config).await.err().expect("the start is refused").to_string();
    assert!(
        refusal.contains("recipients.json") && refusal.contains("\"UA\"") && refusal.contains("check digits"),
        "{refusal}"
    );
}
