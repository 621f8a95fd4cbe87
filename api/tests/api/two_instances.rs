//! Two API instances on one database (as behind a load balancer): each has
//! its own pool, state and prepared catalogue, sharing only the database.
//! A session made through one works on the other, password throttling
//! counts across both, a slot booked through both at once has one winner,
//! and each outbox mail is delivered once. On SQLite here, and on
//! PostgreSQL when `scripts/test.sh` runs the API tests there.

use crate::helpers::{Api, PETRO, registration};
use axum::http::StatusCode;
use futures_util::future::join_all;
use portal_api::mail::delivery::{Mailer, Relay, deliver_pending};
use portal_api::platform::config::Config;
use serde_json::json;
use std::collections::HashMap;

/// Two instances on one fresh database, started at the same moment (both
/// migrate it and load the demo data: neither may fail for the other).
async fn two_instances() -> (Api, Api) {
    let dir = tempfile::tempdir().unwrap();
    let config = Config::for_tests(crate::helpers::database_url(&dir).await, dir.path().into());
    assert!(config.demo_data);
    let (first, second) = tokio::join!(portal_api::prepare(&config), portal_api::prepare(&config));
    let (first, second) = (first.expect("the first instance starts"), second.expect("the second instance starts"));
    let other_dir = tempfile::tempdir().unwrap();
    (Api::from_state(first, &config, dir), Api::from_state(second, &config, other_dir))
}

#[tokio::test]
async fn a_session_made_through_one_instance_works_on_the_other() {
    let (a, b) = two_instances().await;
    let petro = a.demo(PETRO).await;
    let me = b.as_user(&petro, "GET", "/api/me", None).await;
    assert_eq!((me.status, me.body["profile"]["email"].as_str()), (StatusCode::OK, Some(PETRO)));
    let changed = b.as_user(&petro, "PUT", "/api/me", Some(json!({
        "full_name": "Петренко Петро", "region": "Київська область", "address": "Київ", "postal_code": "01001", "phone": "+380442535485"
    }))).await;
    assert_eq!(changed.status, StatusCode::OK, "the CSRF token of one instance is good on the other");
    b.as_user(&petro, "DELETE", "/api/sessions/current", None).await;
    assert_eq!(a.as_user(&petro, "GET", "/api/me", None).await.status, StatusCode::UNAUTHORIZED, "signed out on both");
}

#[tokio::test]
async fn password_throttling_counts_across_instances() {
    let (a, b) = two_instances().await;
    let guess = json!({"email": PETRO, "password": "wrong wrong wrong"});
    let mut statuses = Vec::new();
    for n in 0..6 {
        let instance = if n % 2 == 0 { &a } else { &b };
        statuses.push(instance.call("POST", "/api/sessions", Some(guess.clone()), &[]).await.status.as_u16());
    }
    assert_eq!(statuses, [401, 401, 401, 401, 401, 429]);
}

#[tokio::test]
async fn a_slot_booked_through_both_instances_at_once_has_one_winner() {
    let (a, b) = two_instances().await;
    let catalogue = a.call("GET", "/api/catalogue", None, &[]).await.body;
    let centre = catalogue["centres"][0]["id"].as_str().unwrap().to_owned();
    let (date, time) = first_free_slot(&a, &centre).await;
    let (petro, maria) = (a.demo(PETRO).await, b.demo(crate::helpers::MARIA).await);
    let booking = json!({"centre_id": centre, "date": date, "time": time});
    let replies = join_all((0..10).map(|n| {
        let (instance, user) = if n % 2 == 0 { (&a, &petro) } else { (&b, &maria) };
        instance.as_user(user, "POST", "/api/appointments", Some(booking.clone()))
    }))
    .await;
    let won = replies.iter().filter(|r| r.status == StatusCode::CREATED).count();
    assert_eq!(won, 1, "{:?}", replies.iter().map(|r| r.body.clone()).collect::<Vec<_>>());
}

async fn first_free_slot(api: &Api, centre: &str) -> (String, String) {
    for ahead in 1..=30 {
        let date = portal_model::appointment::date_of(portal_api::platform::clock::today() + ahead);
        let slots = api.call("GET", &format!("/api/centres/{centre}/slots?date={date}"), None, &[]).await.body;
        if let Some(slot) = slots.as_array().and_then(|s| s.iter().find(|slot| slot["free"] == true)) {
            return (date, slot["time"].as_str().unwrap().to_owned());
        }
    }
    panic!("no free slot at {centre}");
}

#[tokio::test]
async fn each_outbox_mail_is_delivered_once_by_two_instances() {
    let (a, b) = two_instances().await;
    for n in 0..12 {
        a.call("POST", "/api/accounts", Some(registration(&format!("person{n}@example.ua"))), &[]).await;
    }
    let (address, received) = crate::helpers::smtp_relay(false).await;
    let relay = Relay { address, from: "noreply@e-portal.example".into(), starttls: false, credentials: None };
    let relay = Mailer::new(&relay).unwrap();
    // Both deliver at once, twice over.
    for _ in 0..2 {
        let (sent_a, sent_b) = tokio::join!(deliver_pending(&a.db, &relay), deliver_pending(&b.db, &relay));
        let _ = (sent_a.unwrap(), sent_b.unwrap());
    }
    let mut counts: HashMap<String, usize> = HashMap::new();
    for (recipient, _) in received.lock().unwrap().iter() {
        *counts.entry(recipient.clone()).or_default() += 1;
    }
    assert_eq!(counts.len(), 12, "{counts:?}");
    assert!(counts.values().all(|n| *n == 1), "a mail went out twice: {counts:?}");
}
