//! Mail (issue 16): written in the reader's language with absolute links,
//! sent through lettre over a real SMTP conversation with a small relay run
//! by the test (which records what it is handed), well-formed (`Date`,
//! `Message-ID`, an encoded subject, text and HTML parts); sent once,
//! retried on failure, never attempted to an address with a control
//! character; and a mail for each change of an order.

use crate::helpers::{Api, PETRO, api, smtp_relay};
use mail_parser::MessageParser;
use portal_api::mail::delivery::{Mailer, Relay, deliver_pending};
use serde_json::json;

fn mailer(address: String) -> Mailer {
    Mailer::new(&Relay { address, from: "noreply@e-portal.example".into(), starttls: false, credentials: None })
        .unwrap()
}

async fn register_in(api: &Api, email: &str, lang: &str) {
    let form = json!({
        "email": email, "password": "correct horse battery", "full_name": "Коваленко Оксана Іванівна",
        "rnokpp": "1234567899", "passport": "АА 123456", "phone": "+380442535485",
        "postal_code": "01001", "address": "Київ, вул. Хрещатик, 1", "region": "Київська область"
    });
    let reply = api.call("POST", "/api/accounts", Some(form), &[("accept-language", lang)]).await;
    assert_eq!(reply.status, axum::http::StatusCode::ACCEPTED);
}

#[tokio::test]
async fn mail_goes_out_once_well_formed_in_the_readers_language_and_failures_are_retried() {
    let api = api().await;
    register_in(&api, "oksana@example.ua", "be,uk;q=0.8").await;

    // A relay that refuses: nothing is lost, the error is kept, a retry is due.
    let (down, _) = smtp_relay(true).await;
    assert_eq!(deliver_pending(&api.db, &mailer(down)).await.unwrap(), 0);
    let (attempts, error): (i64, Option<String>) =
        sqlx::query_as("SELECT attempts, last_error FROM outbox WHERE recipient = 'oksana@example.ua'")
            .fetch_one(&api.db)
            .await
            .unwrap();
    assert_eq!(attempts, 1);
    assert!(error.unwrap().contains("451"));

    let (address, received) = smtp_relay(false).await;
    let relay = mailer(address);
    assert_eq!(deliver_pending(&api.db, &relay).await.unwrap(), 1);
    assert_eq!(deliver_pending(&api.db, &relay).await.unwrap(), 0, "sent once only");
    let mails = received.lock().unwrap().clone();
    assert_eq!(mails.len(), 1);
    let (to, raw) = &mails[0];
    assert_eq!(to, "oksana@example.ua");
    assert!(raw.lines().any(|l| l.starts_with("Subject: =?utf-8?") || l.starts_with("Subject: =?UTF-8?")), "{raw}");
    let message = MessageParser::default().parse(raw.as_bytes()).expect("a well-formed message");
    assert!(message.date().is_some(), "a Date header");
    assert!(message.message_id().is_some_and(|id| id.contains('@')), "a Message-ID");
    assert_eq!(message.subject(), Some("Актывацыя кабінета"), "in Belarusian, the form's language");
    let text = message.body_text(0).unwrap();
    assert!(text.contains("https://e-portal.test/activate?token="), "an absolute link: {text}");
    assert!(text.contains("Каб актываваць кабінет") && !text.contains("Щоб"), "one language: {text}");
    let html = message.body_html(0).unwrap();
    assert!(html.contains("lang=\"be\"") && html.contains("<a href=\"https://e-portal.test/activate?token="), "{html}");
}

#[tokio::test]
async fn a_mail_to_an_address_with_a_control_character_is_never_attempted() {
    let api = api().await;
    sqlx::query("INSERT INTO outbox (recipient, subject, body) VALUES ($1, 'Тема', 'Текст')")
        .bind("bell\u{7}@example.ua")
        .execute(&api.db)
        .await
        .unwrap();
    let (address, received) = smtp_relay(false).await;
    assert_eq!(deliver_pending(&api.db, &mailer(address)).await.unwrap(), 0);
    assert!(received.lock().unwrap().is_empty(), "nothing reached the relay");
    let (attempts, error): (i64, String) =
        sqlx::query_as("SELECT attempts, last_error FROM outbox").fetch_one(&api.db).await.unwrap();
    assert!(attempts >= 8 && error.starts_with("not sent"), "{attempts} {error}");
}

#[tokio::test]
async fn each_change_of_an_order_is_mailed_once_in_the_accounts_language() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let orders = api.as_user(&petro, "GET", "/api/orders", None).await.body;
    let sent = orders.as_array().unwrap().iter().find(|o| o["status"] == "sent").unwrap()["id"].as_i64().unwrap();
    portal_api::orders::provider_actions::register(&api.db, sent, "П 2355", None).await.unwrap();
    assert_eq!(portal_api::mail::order_changes::queue_pending(&api.db, "https://e-portal.test").await.unwrap(), 1);
    assert_eq!(portal_api::mail::order_changes::queue_pending(&api.db, "https://e-portal.test").await.unwrap(), 0);
    let mail = api.mail_to(PETRO, &format!("https://e-portal.test/cabinet/orders/{sent}")).await.expect("a mail");
    assert_eq!(mail["subject"], format!("Замовлення №\u{a0}{sent}: Зареєстровано, №\u{a0}П 2355"));
    // The account now uses Belarusian: the next change is mailed in it.
    let reply = api.call("GET", "/api/orders", None, &[("cookie", &petro.cookie), ("accept-language", "be")]).await;
    assert_eq!(reply.status, axum::http::StatusCode::OK);
    portal_api::orders::provider_actions::refuse(&api.db, sent, "Не додано копію свідоцтва").await.unwrap();
    portal_api::mail::order_changes::queue_pending(&api.db, "https://e-portal.test").await.unwrap();
    let outbox = api.outbox().await;
    let newest = outbox.iter().find(|m| m["recipient"] == PETRO).unwrap();
    assert!(newest["subject"].as_str().unwrap().starts_with(&format!("Заказ №\u{a0}{sent}: Адмоўлена")), "{newest}");
    assert!(newest["body"].as_str().unwrap().contains("Вітаем"), "{newest}");
}

/// Usability review 2026-12, problem 9: the notification and its mail name
/// what happened (the status reached with its number or reason, the
/// complaint filed with its number), as it was then; a complaint about a
/// done order was mailed «Статус: Виконано, відповідь надано».
#[tokio::test]
async fn notifications_and_mail_name_the_event_with_its_number_or_reason() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let orders = api.as_user(&petro, "GET", "/api/orders", None).await.body;
    let id_of = |status: &str| {
        orders.as_array().unwrap().iter().find(|o| o["status"] == status).unwrap()["id"].as_i64().unwrap()
    };
    let (sent, done) = (id_of("sent"), id_of("done"));
    portal_api::orders::provider_actions::register(&api.db, sent, "П 2355", None).await.unwrap();
    portal_api::orders::provider_actions::refuse(&api.db, sent, "Не додано копію свідоцтва").await.unwrap();
    let filed = api
        .as_user(&petro, "POST", &format!("/api/orders/{done}/complaints"), Some(json!({"text": "Відповідь неповна."})))
        .await;
    assert_eq!(filed.status, axum::http::StatusCode::CREATED, "{}", filed.body);
    let complaint = filed.body["complaints"].as_array().unwrap().last().unwrap()["number"].as_str().unwrap().to_owned();

    // The cabinet: each notification keeps its event and detail, newest first.
    let list = api.as_user(&petro, "GET", "/api/notifications", None).await.body;
    let events: Vec<(&str, &str)> = list.as_array().unwrap()[..3]
        .iter()
        .map(|n| (n["event"].as_str().unwrap(), n["detail"].as_str().unwrap_or("")))
        .collect();
    assert_eq!(
        events,
        [
            ("complaint_filed", complaint.as_str()),
            ("refused", "Не додано копію свідоцтва"),
            ("registered", "№\u{a0}П 2355")
        ]
    );

    // The mail: the registration with its number (though the order is
    // refused by the time it is mailed), the refusal with its reason, the
    // complaint with its number and never the order's «Виконано».
    portal_api::mail::order_changes::queue_pending(&api.db, "https://e-portal.test").await.unwrap();
    let outbox = api.outbox().await;
    let subjects: Vec<&str> =
        outbox.iter().filter(|m| m["recipient"] == PETRO).map(|m| m["subject"].as_str().unwrap()).collect();
    for expected in [
        format!("Замовлення №\u{a0}{sent}: Зареєстровано, №\u{a0}П 2355"),
        format!("Замовлення №\u{a0}{sent}: Відмовлено: Не додано копію свідоцтва"),
        format!("Замовлення №\u{a0}{done}: Скаргу №\u{a0}{complaint} подано, вона очікує розгляду"),
    ] {
        assert!(subjects.contains(&expected.as_str()), "{expected:?} in {subjects:?}");
    }
    let mail = api.mail_to(PETRO, &complaint).await.expect("the complaint's mail");
    let body = mail["body"].as_str().unwrap();
    assert!(body.contains(&format!("Скаргу №\u{a0}{complaint} подано")) && !body.contains("Виконано"), "{body}");
}
