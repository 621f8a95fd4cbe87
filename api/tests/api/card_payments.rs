//! Paying by card through the sandbox provider (issue 13, seed 002): the
//! provider's page, its signed callback and the status query; a declined
//! card and insufficient funds change nothing; a forged or unsigned
//! callback changes nothing; a duplicate or late one pays once; a paid
//! online extract is a PDF on the order at once, which is «Виконано»; a
//! payment the order no longer waited for is given back.

use crate::helpers::{Api, MARIA, PETRO, User, api, database_url};
use axum::http::StatusCode;
use futures_util::future::BoxFuture;
use portal_api::payments::card_payments::provider::{
    Created, NewPayment, Outcome, PaymentProvider, ProviderError, Refund, Report, sign,
};
use portal_api::platform::config::Config;
use serde_json::{Value, json};
use std::sync::{Arc, Mutex};

const SECRET: &[u8] = b"test-sandbox-payment-secret-32-characters";
const SERVICE: &str = "extract-property-rights-register";

/// Petro's submitted application for a property rights extract, paid by
/// card: the order.
async fn card_order(api: &Api, user: &User) -> Value {
    let draft = api.as_user(user, "POST", "/api/drafts", Some(json!({"service_id": SERVICE}))).await.body;
    let id = draft["id"].as_i64().unwrap();
    let mut answers = portal_api::catalogue::forms::prefilled_answers();
    for (field, value) in [
        ("rnokpp", json!("1234567899")),
        ("passport_number", json!("АА 123456")),
        ("postal_code", json!("01001")),
        ("search_by", json!("address")),
        ("object_kind", json!("apartment")),
        ("object_address", json!("м. Київ, вул. Січових Стрільців, 12, кв. 5")),
        ("information_kind", json!("current")),
        ("payment_method", json!("card")),
        ("online_extract_acknowledged", json!(true)),
        ("consent", json!(true)),
    ] {
        answers.insert(field.into(), value);
    }
    let save = json!({"base_version": 1, "step": "applicant", "answers": answers});
    let saved = api.as_user(user, "PUT", &format!("/api/drafts/{id}"), Some(save)).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    let version = saved.body["version"].as_i64().unwrap();
    let submitted =
        api.as_user(user, "POST", &format!("/api/drafts/{id}/submit"), Some(json!({"base_version": version}))).await;
    assert_eq!(submitted.status, StatusCode::CREATED, "{}", submitted.body);
    assert_eq!(submitted.body["payment"]["method"], "card");
    assert_eq!(submitted.body["payment"]["amount_minor"], 4000);
    submitted.body
}

/// Starts a card payment: the sandbox page's id.
async fn start(api: &Api, user: &User, order: i64) -> String {
    let uri = format!("/api/orders/{order}/card-payment");
    let started = api.as_user(user, "POST", &uri, Some(json!({"language": "uk"}))).await;
    assert_eq!(started.status, StatusCode::CREATED, "{}", started.body);
    let url = started.body["pay_url"].as_str().unwrap();
    assert!(url.starts_with("/sandbox-pay/"), "{url}");
    url.trim_start_matches("/sandbox-pay/").split('?').next().unwrap().to_owned()
}

/// The tests' `--public-url`, which the return address starts with.
const PUBLIC_URL: &str = "https://e-portal.test";

/// Pays on the sandbox page: its status and where it sends the user (the
/// absolute return address, as the path to request here).
async fn pay(api: &Api, page: &str, number: &str, expiry: &str, cvc: &str) -> (StatusCode, String) {
    let body = format!("lang=uk&number={}&expiry={}&cvc={cvc}", number.replace(' ', "+"), expiry.replace('/', "%2F"));
    let reply = api
        .raw("POST", &format!("/sandbox-pay/{page}"), &body, &[("content-type", "application/x-www-form-urlencoded")])
        .await;
    let location = reply.headers.get("location").map(|l| l.to_str().unwrap().to_owned()).unwrap_or_default();
    assert!(location.starts_with(PUBLIC_URL), "an absolute return address: {location}");
    (reply.status, location[PUBLIC_URL.len()..].to_owned())
}

async fn order(api: &Api, user: &User, id: i64) -> Value {
    api.as_user(user, "GET", &format!("/api/orders/{id}"), None).await.body
}

/// The reference of an order's last card payment attempt.
async fn reference(api: &Api, order: i64) -> String {
    let (reference,): (String,) =
        sqlx::query_as("SELECT reference FROM card_payments WHERE order_id = $1 ORDER BY id DESC LIMIT 1")
            .bind(order)
            .fetch_one(&api.db)
            .await
            .unwrap();
    reference
}

async fn callback(api: &Api, body: &Value, signature: Option<&str>) -> StatusCode {
    let text = body.to_string();
    let mut headers = vec![("content-type", "application/json")];
    if let Some(signature) = signature {
        headers.push(("x-signature", signature));
    }
    api.raw("POST", "/api/payments/callback", &text, &headers).await.status
}

#[tokio::test]
async fn a_card_payment_completes_the_order_with_its_extract_at_once() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let submitted = card_order(&api, &petro).await;
    let id = submitted["id"].as_i64().unwrap();
    let page_id = start(&api, &petro, id).await;
    // The provider's page names the payment and the amount.
    let page = api.raw("GET", &format!("/sandbox-pay/{page_id}?lang=uk"), "", &[]).await;
    assert_eq!(page.status, StatusCode::OK);
    let (status, location) = pay(&api, &page_id, "4242 4242 4242 4242", "12/30", "123").await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(location.starts_with("/api/payments/return/"), "{location}");
    // Back from the provider: to the order's page.
    let back = api.raw("GET", &location, "", &[]).await;
    assert_eq!(back.headers["location"], format!("/cabinet/orders/{id}").as_str());
    let paid = order(&api, &petro, id).await;
    assert_eq!(paid["status"], "done", "{paid}");
    assert_eq!(
        (paid["payment"]["state"].as_str(), paid["payment"]["card_attempt"].as_str()),
        (Some("confirmed"), Some("paid"))
    );
    let steps: Vec<(&str, &str, Option<&str>)> = paid["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["status"].as_str().unwrap(), e["actor"].as_str().unwrap(), e["payment"].as_str()))
        .collect();
    assert_eq!(
        steps,
        [("sent", "applicant", None), ("sent", "payment", Some("confirmed")), ("done", "provider", None)]
    );
    // The extract: a PDF whose text a reader gets back.
    let answer = &paid["answers"][0];
    assert_eq!(answer["media_type"], "application/pdf");
    let uri = format!("/api/orders/{id}/answers/{}", answer["id"]);
    let (status, _, pdf) = api.download(&petro, &uri).await;
    assert_eq!(status, StatusCode::OK);
    let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in [
        "Витяг з Державного реєстру речових прав на нерухоме майно",
        &format!("Номер замовлення: {id}"),
        "Петренко Петро Петрович",
        "м. Київ, вул. Січових Стрільців, 12, кв. 5",
        "Онлайн платіжною карткою",
    ] {
        assert!(text.contains(expected), "«{expected}» not in {text}");
    }
    // Nobody else gets it; a notification says the answer is ready.
    let maria = api.demo(MARIA).await;
    assert_eq!(api.download(&maria, &uri).await.0, StatusCode::NOT_FOUND);
    let notes = api.as_user(&petro, "GET", "/api/notifications", None).await.body;
    assert!(notes.to_string().contains("answer_ready"), "{notes}");
    // Nothing is left to pay.
    let again =
        api.as_user(&petro, "POST", &format!("/api/orders/{id}/card-payment"), Some(json!({"language": "uk"}))).await;
    assert_eq!((again.status, again.body["code"].as_str()), (StatusCode::CONFLICT, Some("nothing_to_pay")));
}

#[tokio::test]
async fn the_extract_says_when_it_was_made_on_the_clock_of_the_services_country() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let submitted = card_order(&api, &petro).await;
    let id = submitted["id"].as_i64().unwrap();
    let page_id = start(&api, &petro, id).await;
    // Paid at the review's 18:48 UTC of a winter evening: 20:48 in Kyiv.
    let at = 1_796_669_280; // 2026-12-07T18:48:00Z
    portal_api::platform::clock::at(at, pay(&api, &page_id, "4242 4242 4242 4242", "12/30", "123")).await;
    let paid = order(&api, &petro, id).await;
    assert_eq!(paid["status"], "done", "{paid}");
    let uri = format!("/api/orders/{id}/answers/{}", paid["answers"][0]["id"]);
    let (_, _, pdf) = api.download(&petro, &uri).await;
    let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("Дата і час формування: 07.12.2026 20:48 за київським часом"), "{text}");
}

#[tokio::test]
async fn a_declined_card_or_insufficient_funds_leave_the_order_waiting_and_payable() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let id = card_order(&api, &petro).await["id"].as_i64().unwrap();
    for (card, attempt) in [("4000 0000 0000 0002", "declined"), ("4000 0000 0000 9995", "insufficient_funds")] {
        let page_id = start(&api, &petro, id).await;
        let (_, location) = pay(&api, &page_id, card, "12/30", "123").await;
        api.raw("GET", &location, "", &[]).await;
        let after = order(&api, &petro, id).await;
        assert_eq!((after["status"].as_str(), after["payment"]["state"].as_str()), (Some("sent"), Some("awaiting")));
        assert_eq!(after["payment"]["card_attempt"], attempt);
        assert!(after["answers"].as_array().unwrap().is_empty());
    }
    // Another card then pays.
    let page_id = start(&api, &petro, id).await;
    let (_, location) = pay(&api, &page_id, "5555 5555 5555 4444", "12/30", "123").await;
    api.raw("GET", &location, "", &[]).await;
    assert_eq!(order(&api, &petro, id).await["status"], "done");
}

#[tokio::test]
async fn the_sandbox_page_refuses_a_bad_card_and_keeps_what_was_typed() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let id = card_order(&api, &petro).await["id"].as_i64().unwrap();
    let page_id = start(&api, &petro, id).await;
    let body = "lang=uk&number=4242+4242+4242+4241&expiry=01%2F20&cvc=12";
    let uri = format!("/sandbox-pay/{page_id}");
    let request = axum::http::Request::post(&uri)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(axum::body::Body::from(body))
        .unwrap();
    let response = tower::ServiceExt::oneshot(api.app.clone(), request).await.unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = http_body_util::BodyExt::collect(response.into_body()).await.unwrap().to_bytes();
    let html = String::from_utf8_lossy(&html);
    assert!(html.contains("value=\"4242 4242 4242 4241\""), "the number typed stays");
    assert!(html.contains("перевірка Луна") && html.contains("role=\"alert\""), "{html}");
    assert_eq!(order(&api, &petro, id).await["payment"]["card_attempt"], "pending");
}

#[tokio::test]
async fn forged_or_unsigned_callbacks_change_nothing_and_a_duplicate_or_late_one_pays_once() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let id = card_order(&api, &petro).await["id"].as_i64().unwrap();
    let page_id = start(&api, &petro, id).await;
    let reference = reference(&api, id).await;
    let report = json!({
        "reference": reference, "payment_id": page_id, "status": "paid", "amount_minor": 4000, "currency": "UAH",
    });
    // Unsigned, signed with another key, or a signed report altered.
    assert_eq!(callback(&api, &report, None).await, StatusCode::FORBIDDEN);
    let forged = sign(b"not the provider's key", report.to_string().as_bytes());
    assert_eq!(callback(&api, &report, Some(&forged)).await, StatusCode::FORBIDDEN);
    let mut altered = report.clone();
    altered["amount_minor"] = json!(1);
    let signed_for_other = sign(SECRET, report.to_string().as_bytes());
    assert_eq!(callback(&api, &altered, Some(&signed_for_other)).await, StatusCode::FORBIDDEN);
    // A correctly signed report of a smaller amount settles nothing either.
    let signed_small = sign(SECRET, altered.to_string().as_bytes());
    assert_eq!(callback(&api, &altered, Some(&signed_small)).await, StatusCode::NO_CONTENT);
    let unchanged = order(&api, &petro, id).await;
    assert_eq!(
        (unchanged["status"].as_str(), unchanged["payment"]["state"].as_str()),
        (Some("sent"), Some("awaiting"))
    );
    // The genuine report, three times (and concurrently): paid once.
    let signature = sign(SECRET, report.to_string().as_bytes());
    let sends = (0..3).map(|_| callback(&api, &report, Some(&signature)));
    for status in futures_util::future::join_all(sends).await {
        assert_eq!(status, StatusCode::NO_CONTENT);
    }
    // Late: after the user is back and the order is done.
    assert_eq!(callback(&api, &report, Some(&signature)).await, StatusCode::NO_CONTENT);
    let paid = order(&api, &petro, id).await;
    assert_eq!(paid["status"], "done");
    assert_eq!(paid["answers"].as_array().unwrap().len(), 1, "one extract");
    let payments = paid["timeline"].as_array().unwrap().iter().filter(|e| e["actor"] == "payment").count();
    assert_eq!(payments, 1, "one payment step on the timeline");
}

#[tokio::test]
async fn a_late_callback_after_the_status_query_pays_once() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let id = card_order(&api, &petro).await["id"].as_i64().unwrap();
    let page_id = start(&api, &petro, id).await;
    // The card whose callback comes late, twice.
    let (_, location) = pay(&api, &page_id, "4000 0000 0000 0077", "12/30", "123").await;
    api.raw("GET", &location, "", &[]).await;
    assert_eq!(order(&api, &petro, id).await["status"], "done", "the status query settled it");
    tokio::time::sleep(std::time::Duration::from_secs(7)).await;
    let paid = order(&api, &petro, id).await;
    assert_eq!(paid["answers"].as_array().unwrap().len(), 1);
    let payments = paid["timeline"].as_array().unwrap().iter().filter(|e| e["actor"] == "payment").count();
    assert_eq!(payments, 1);
}

#[tokio::test]
async fn only_the_owner_pays_and_an_order_code_service_takes_no_card() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let maria = api.demo(MARIA).await;
    let id = card_order(&api, &petro).await["id"].as_i64().unwrap();
    let uri = format!("/api/orders/{id}/card-payment");
    let theirs = api.as_user(&maria, "POST", &uri, Some(json!({"language": "uk"}))).await;
    assert_eq!(theirs.status, StatusCode::NOT_FOUND);
    let without_csrf = api.without_csrf(&petro, "POST", &uri, Some(json!({"language": "uk"}))).await;
    assert_eq!(without_csrf.status, StatusCode::FORBIDDEN);
    // A demo order paid by code (the seeded ones have none): nothing to pay by card.
    let orders = api.as_user(&petro, "GET", "/api/orders", None).await.body;
    let other = orders.as_array().unwrap().iter().find(|o| o["id"].as_i64() != Some(id)).unwrap();
    let uri = format!("/api/orders/{}/card-payment", other["id"]);
    let refused = api.as_user(&petro, "POST", &uri, Some(json!({"language": "uk"}))).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    // An unknown sandbox page, an unknown return reference.
    assert_eq!(
        api.raw("GET", "/sandbox-pay/0123456789abcdef0123456789abcdef", "", &[]).await.status,
        StatusCode::NOT_FOUND
    );
    assert!(sandbox_page(&api, "0123456789abcdef0123456789abcdef").await.contains("Такої оплати немає"));
    let lost = api.raw("GET", "/api/payments/return/nothing", "", &[]).await;
    assert_eq!(lost.headers["location"], "/cabinet/orders");
}

#[tokio::test]
async fn a_second_click_gets_the_same_payment_page_and_a_payment_after_withdrawal_is_due_back() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let id = card_order(&api, &petro).await["id"].as_i64().unwrap();
    // Two clicks, two tabs: one attempt, one page.
    let first = start(&api, &petro, id).await;
    let second = start(&api, &petro, id).await;
    assert_eq!(first, second);
    let (attempts,): (i64,) = sqlx::query_as("SELECT count(*) FROM card_payments WHERE order_id = $1")
        .bind(id)
        .fetch_one(&api.db)
        .await
        .unwrap();
    assert_eq!(attempts, 1);
    // Withdrawn while the provider's page was open, then paid there: the
    // order stays withdrawn and unpaid, and the payment is given back.
    let withdrawn =
        api.as_user(&petro, "POST", &format!("/api/orders/{id}/withdraw"), Some(json!({"reason": "Передумав"}))).await;
    assert_eq!(withdrawn.status, StatusCode::OK);
    let (_, location) = pay(&api, &first, "4242 4242 4242 4242", "12/30", "123").await;
    api.raw("GET", &location, "", &[]).await;
    let after = order(&api, &petro, id).await;
    assert_eq!((after["status"].as_str(), after["payment"]["state"].as_str()), (Some("withdrawn"), Some("awaiting")));
    assert_eq!(after["payment"]["card_attempt"], "refunded");
    assert!(after["answers"].as_array().unwrap().is_empty(), "no extract");
    let (book,): (String,) = sqlx::query_as("SELECT state FROM sandbox_payments WHERE id = $1")
        .bind(&first)
        .fetch_one(&api.db)
        .await
        .unwrap();
    assert_eq!(book, "refunded", "the provider's own book says so");
}

/// `portal-admin` on the test's database: (succeeded, stdout, stderr).
fn portal_admin(url: &str, args: &[&str]) -> (bool, String, String) {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_portal-admin"))
        .env("DATABASE_URL", url)
        .args(args)
        .output()
        .unwrap();
    let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
    (output.status.success(), text(&output.stdout), text(&output.stderr))
}

#[tokio::test]
async fn a_refund_the_provider_refuses_is_listed_by_portal_admin_and_given_back_on_retry() {
    let dir = tempfile::tempdir().unwrap();
    let url = database_url(&dir).await;
    let config = Config::for_tests(url.clone(), dir.path().into());
    let api = Api::from_state(portal_api::prepare(&config).await.unwrap(), &config, dir);
    let petro = api.demo(PETRO).await;
    let id = card_order(&api, &petro).await["id"].as_i64().unwrap();
    let page_id = start(&api, &petro, id).await;
    let withdrawn =
        api.as_user(&petro, "POST", &format!("/api/orders/{id}/withdraw"), Some(json!({"reason": "Передумав"}))).await;
    assert_eq!(withdrawn.status, StatusCode::OK);
    // The test card whose first refund the sandbox's bank refuses.
    let (_, location) = pay(&api, &page_id, "4000 0000 0000 0119", "12/30", "123").await;
    api.raw("GET", &location, "", &[]).await;
    assert_eq!(order(&api, &petro, id).await["payment"]["card_attempt"], "refund_due");
    let (ok, listed, _) = portal_admin(&url, &["refunds-due"]);
    assert!(ok && listed.contains(&format!("order {id}\t40.00 UAH\tsandbox {page_id}")), "{listed}");
    let (ok, said, errors) = portal_admin(&url, &["retry-refunds"]);
    assert!(ok, "{said}{errors}");
    assert!(said.contains("refunded: 1"), "{said}");
    assert_eq!(order(&api, &petro, id).await["payment"]["card_attempt"], "refunded");
    let (ok, listed, _) = portal_admin(&url, &["refunds-due"]);
    assert!(ok && listed.contains("no card payment is due back"), "{listed}");
}

#[tokio::test]
async fn a_report_about_another_payment_at_the_provider_settles_nothing() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let id = card_order(&api, &petro).await["id"].as_i64().unwrap();
    let page_id = start(&api, &petro, id).await;
    let reference = reference(&api, id).await;
    // Signed, about this attempt's reference, but naming a payment at the
    // provider other than the one kept for it.
    let other = json!({
        "reference": reference, "payment_id": "0123456789abcdef0123456789abcdef", "status": "paid",
        "amount_minor": 4000, "currency": "UAH",
    });
    let signature = sign(SECRET, other.to_string().as_bytes());
    assert_eq!(callback(&api, &other, Some(&signature)).await, StatusCode::NO_CONTENT);
    let unchanged = order(&api, &petro, id).await;
    assert_eq!(
        (unchanged["status"].as_str(), unchanged["payment"]["card_attempt"].as_str()),
        (Some("sent"), Some("pending"))
    );
    // The report naming the kept payment settles it.
    let genuine = json!({
        "reference": reference, "payment_id": page_id, "status": "paid", "amount_minor": 4000, "currency": "UAH",
    });
    let signature = sign(SECRET, genuine.to_string().as_bytes());
    assert_eq!(callback(&api, &genuine, Some(&signature)).await, StatusCode::NO_CONTENT);
    assert_eq!(order(&api, &petro, id).await["status"], "done");
}

/// An acquirer whose first `create` never answers (the portal's request is
/// dropped meanwhile, as a crash or a cancelled request would leave it);
/// later ones answer at once with a page on the acquirer's own site.
#[derive(Default)]
struct HangsOnce {
    created: Mutex<Vec<String>>,
}

impl PaymentProvider for HangsOnce {
    fn name(&self) -> &'static str {
        "hangs-once"
    }

    fn create<'a>(&'a self, payment: NewPayment<'a>) -> BoxFuture<'a, Result<Created, ProviderError>> {
        Box::pin(async move {
            let first = {
                let mut created = self.created.lock().unwrap();
                created.push(payment.reference.to_owned());
                created.len() == 1
            };
            if first {
                std::future::pending::<()>().await;
            }
            let provider_ref = format!("acq-{}", payment.reference);
            Ok(Created { pay_url: format!("https://acquirer.test/pay/{provider_ref}"), provider_ref })
        })
    }

    fn verify_callback(&self, _: &[u8], _: Option<&str>) -> Option<Report> {
        None
    }

    fn status<'a>(&'a self, provider_ref: &'a str) -> BoxFuture<'a, Result<Report, ProviderError>> {
        Box::pin(async move {
            Ok(Report {
                reference: provider_ref.trim_start_matches("acq-").to_owned(),
                provider_ref: provider_ref.to_owned(),
                outcome: Outcome::Pending,
                amount_minor: 4000,
                currency: "UAH".into(),
            })
        })
    }

    fn refund<'a>(&'a self, _: Refund<'a>) -> BoxFuture<'a, Result<(), ProviderError>> {
        Box::pin(async { Err(ProviderError::Unknown) })
    }
}

#[tokio::test]
async fn a_start_dropped_while_the_provider_answers_leaves_no_stuck_attempt() {
    let dir = tempfile::tempdir().unwrap();
    let config = Config::for_tests(database_url(&dir).await, dir.path().into());
    let mut state = portal_api::prepare(&config).await.unwrap();
    state.payments = Some(Arc::new(HangsOnce::default()));
    let api = Api::from_state(state, &config, dir);
    let petro = api.demo(PETRO).await;
    let id = card_order(&api, &petro).await["id"].as_i64().unwrap();
    let uri = format!("/api/orders/{id}/card-payment");
    let body = Some(json!({"language": "uk"}));
    let dropped =
        tokio::time::timeout(std::time::Duration::from_millis(300), api.as_user(&petro, "POST", &uri, body.clone()));
    assert!(dropped.await.is_err(), "the first start never answers");
    // The next click gets a page, not 503 behind an attempt with no reference.
    let started = api.as_user(&petro, "POST", &uri, body).await;
    assert_eq!(started.status, StatusCode::CREATED, "{}", started.body);
    assert!(started.body["pay_url"].as_str().unwrap().starts_with("https://acquirer.test/pay/acq-"));
    let (attempts,): (i64,) = sqlx::query_as("SELECT count(*) FROM card_payments WHERE order_id = $1")
        .bind(id)
        .fetch_one(&api.db)
        .await
        .unwrap();
    assert_eq!(attempts, 1, "only the attempt the provider answered is kept");
    // A provider of its own brings no sandbox pages with it.
    assert!(!sandbox_page(&api, "0123456789abcdef0123456789abcdef").await.contains("Такої оплати немає"));
}

/// The page at `/sandbox-pay/{id}`, as text.
async fn sandbox_page(api: &Api, id: &str) -> String {
    let request = axum::http::Request::get(format!("/sandbox-pay/{id}")).body(axum::body::Body::empty()).unwrap();
    let response = tower::ServiceExt::oneshot(api.app.clone(), request).await.unwrap();
    let html = http_body_util::BodyExt::collect(response.into_body()).await.unwrap().to_bytes();
    String::from_utf8_lossy(&html).into_owned()
}

#[tokio::test]
async fn a_card_order_takes_no_receipt() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let id = card_order(&api, &petro).await["id"].as_i64().unwrap();
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    let refused = api.upload(&petro, &format!("/api/orders/{id}/receipt?name=receipt.png"), png).await;
    assert_eq!((refused.status, refused.body["code"].as_str()), (StatusCode::CONFLICT, Some("nothing_to_pay")));
    let after = order(&api, &petro, id).await;
    assert_eq!(after["payment"]["state"], "awaiting", "nothing paid, nothing pretended");
    assert!(after["timeline"].as_array().unwrap().iter().all(|e| e["payment"].is_null()));
    // Still payable by card.
    start(&api, &petro, id).await;
}

#[tokio::test]
async fn the_extract_is_made_without_waiting_for_the_database_writer() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let id = card_order(&api, &petro).await["id"].as_i64().unwrap();
    let page_id = start(&api, &petro, id).await;
    let report = json!({
        "reference": reference(&api, id).await, "payment_id": page_id, "status": "paid",
        "amount_minor": 4000, "currency": "UAH",
    });
    let signature = sign(SECRET, report.to_string().as_bytes());
    // Another writer (a catalogue refresh) holds the database for a while
    // and renames the service's provider.
    let mut writer = api.db.begin().await.unwrap();
    sqlx::query(
        "UPDATE providers SET name_uk = 'Перейменовано' WHERE id = (SELECT provider_id FROM services WHERE id = $1)",
    )
    .bind(SERVICE)
    .execute(&mut *writer)
    .await
    .unwrap();
    let app = api.app.clone();
    let delivered = tokio::spawn(async move {
        let request = axum::http::Request::post("/api/payments/callback")
            .header("content-type", "application/json")
            .header("x-signature", signature)
            .body(axum::body::Body::from(report.to_string()))
            .unwrap();
        tower::ServiceExt::oneshot(app, request).await.unwrap().status()
    });
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    writer.commit().await.unwrap();
    assert_eq!(delivered.await.unwrap(), StatusCode::NO_CONTENT);
    // The extract was laid out meanwhile, from what was committed before
    // the other writer began: its layout and font subsetting never wait for
    // SQLite's one writer, so they are not done holding it either. (On
    // PostgreSQL readers see the same either way.)
    let paid = order(&api, &petro, id).await;
    assert_eq!(paid["status"], "done");
    let uri = format!("/api/orders/{id}/answers/{}", paid["answers"][0]["id"]);
    let (_, _, pdf) = api.download(&petro, &uri).await;
    let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    assert!(!text.contains("Перейменовано"), "rendered inside the write transaction: {text}");
}
