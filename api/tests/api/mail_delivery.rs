//! Mail through an SMTP relay: a real SMTP conversation with a small relay
//! run by the test, which records what it is handed.

use base64::Engine;
use portal_api::mail_delivery::{Relay, deliver_pending};
use serde_json::json;

#[tokio::test]
async fn the_outbox_goes_out_through_the_relay_once_and_failures_are_retried() {
    let api = crate::helpers::api().await;
    // A registration queues an activation mail (Ukrainian, Belarusian, English text).
    let form = json!({
        "email": "oksana@example.ua", "password": "correct horse battery", "full_name": "Коваленко Оксана Іванівна",
        "rnokpp": "1234567899", "passport": "АА 123456", "phone": "+380442535485",
        "postal_code": "01001", "address": "Київ, вул. Хрещатик, 1", "region": "Київська область"
    });
    api.call("POST", "/api/accounts", Some(form), &[]).await;

    // A relay that refuses: nothing is lost, the error is kept, a retry is due.
    let (down, _) = crate::helpers::smtp_relay(true).await;
    let refused = Relay { address: down, from: "noreply@e-portal.example".into() };
    assert_eq!(deliver_pending(&api.db, &refused).await.unwrap(), 0);
    let (attempts, error): (i64, Option<String>) =
        sqlx::query_as("SELECT attempts, last_error FROM outbox WHERE recipient = 'oksana@example.ua'")
            .fetch_one(&api.db)
            .await
            .unwrap();
    assert_eq!(attempts, 1);
    assert!(error.unwrap().contains("451"));

    let (address, received) = crate::helpers::smtp_relay(false).await;
    let relay = Relay { address, from: "noreply@e-portal.example".into() };
    assert_eq!(deliver_pending(&api.db, &relay).await.unwrap(), 1);
    assert_eq!(deliver_pending(&api.db, &relay).await.unwrap(), 0, "sent once only");
    let mails = received.lock().unwrap().clone();
    assert_eq!(mails.len(), 1);
    let (to, text) = &mails[0];
    assert_eq!(to, "oksana@example.ua");
    assert!(
        text.contains("From: noreply@e-portal.example") && text.contains("Content-Type: text/plain; charset=utf-8")
    );
    let subject = text.lines().find_map(|l| l.strip_prefix("Subject: =?UTF-8?B?")).unwrap().trim_end_matches("?=");
    let subject = String::from_utf8(base64::engine::general_purpose::STANDARD.decode(subject).unwrap()).unwrap();
    assert!(subject.contains("Активація кабінету"), "{subject}");
    let body: String = text.split("\n\n").nth(1).unwrap().lines().collect();
    let body = String::from_utf8(base64::engine::general_purpose::STANDARD.decode(body).unwrap()).unwrap();
    assert!(body.contains("/activate?token="), "{body}");
}
