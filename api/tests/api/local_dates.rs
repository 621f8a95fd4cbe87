//! The dates the server decides are those of the country's calendar, not
//! UTC's: the booking window runs from the centre's tomorrow (Europe/Kyiv
//! in Ukraine, Europe/Minsk in Belarus), an appointment is upcoming until
//! the centre's day is over, and an order and its payment code carry the
//! day it is at the provider, as do its registration and decision. The
//! times the server writes for people (mail, the extract) are on the
//! clock of the service's country, named. Each request runs with the
//! clock set to an hour when the local date or time and UTC's differ.

use crate::helpers::{Api, PETRO, api};
use crate::submission::{complete_draft, submit};
use axum::http::StatusCode;
use portal_api::platform::clock;
use portal_model::order_code::OrderCode;
use serde_json::json;

/// `yyyy-mm-ddThh:mm` UTC as seconds since the epoch.
fn utc(at: &str) -> i64 {
    let day = portal_model::appointment::day_number(&at[..10]).unwrap();
    day * 86_400 + at[11..13].parse::<i64>().unwrap() * 3600 + at[14..16].parse::<i64>().unwrap() * 60
}

async fn slots_status(api: &Api, centre: &str, date: &str) -> (StatusCode, Option<String>) {
    let reply = api.call("GET", &format!("/api/centres/{centre}/slots?date={date}"), None, &[]).await;
    (reply.status, reply.body["code"].as_str().map(str::to_owned))
}

const OPEN: (StatusCode, Option<String>) = (StatusCode::OK, None);

fn outside() -> (StatusCode, Option<String>) {
    (StatusCode::BAD_REQUEST, Some("outside_window".to_owned()))
}

#[tokio::test]
async fn the_booking_window_starts_at_the_centres_tomorrow() {
    let api = api().await;
    // 23:30 UTC on Tuesday the 13th: 01:30 on Wednesday in Kyiv, 02:30 in
    // Minsk. Wednesday is today there, Thursday the first day to book, and
    // 30 days on is Friday, 13 February.
    clock::at(utc("2026-01-13T23:30"), async {
        for centre in ["cnap-kyiv", "one-window-minsk"] {
            assert_eq!(slots_status(&api, centre, "2026-01-14").await, outside(), "{centre}: today");
            assert_eq!(slots_status(&api, centre, "2026-01-15").await, OPEN, "{centre}: tomorrow");
            assert_eq!(slots_status(&api, centre, "2026-02-13").await, OPEN, "{centre}: 30 days on");
            assert_eq!(slots_status(&api, centre, "2026-02-14").await, outside(), "{centre}: 31 days on");
        }
        let petro = api.demo(PETRO).await;
        let book = |date: &str| json!({"centre_id": "cnap-kyiv", "date": date, "time": "09:00"});
        let today = api.as_user(&petro, "POST", "/api/appointments", Some(book("2026-01-14"))).await;
        assert_eq!(today.body["code"], "outside_window", "{}", today.body);
        let tomorrow = api.as_user(&petro, "POST", "/api/appointments", Some(book("2026-01-15"))).await;
        assert_eq!(tomorrow.status, StatusCode::CREATED, "{}", tomorrow.body);
    })
    .await;
    // 21:30 UTC: 23:30 still on Tuesday in Kyiv, 00:30 on Wednesday in Minsk.
    clock::at(utc("2026-01-13T21:30"), async {
        assert_eq!(slots_status(&api, "cnap-kyiv", "2026-01-14").await, OPEN, "tomorrow in Kyiv");
        assert_eq!(slots_status(&api, "one-window-minsk", "2026-01-14").await, outside(), "today in Minsk");
    })
    .await;
}

#[tokio::test]
async fn an_appointment_is_upcoming_until_its_centres_day_is_over() {
    let api = api().await;
    let book = |centre: &str, date: &str| json!({"centre_id": centre, "date": date, "time": "09:00"});
    let centres = ["cnap-kyiv", "cnap-lviv", "one-window-minsk"];
    // On Sunday the 11th, the most one may hold: three, on Tuesday the 13th.
    clock::at(utc("2026-01-11T12:00"), async {
        let petro = api.demo(PETRO).await;
        for centre in centres {
            let booked = api.as_user(&petro, "POST", "/api/appointments", Some(book(centre, "2026-01-13"))).await;
            assert_eq!(booked.status, StatusCode::CREATED, "{centre}: {}", booked.body);
        }
    })
    .await;
    let listed = |mine: serde_json::Value| -> Vec<String> {
        mine.as_array().unwrap().iter().map(|a| a["centre_id"].as_str().unwrap().to_owned()).collect()
    };
    // 21:30 UTC on the 13th: still the 13th in Kyiv, already the 14th in Minsk.
    clock::at(utc("2026-01-13T21:30"), async {
        let petro = api.demo(PETRO).await;
        let mine = api.as_user(&petro, "GET", "/api/appointments", None).await.body;
        assert_eq!(listed(mine), ["cnap-kyiv", "cnap-lviv"]);
    })
    .await;
    // 23:30 UTC: the 14th in both; none is upcoming, so a new one may be booked.
    clock::at(utc("2026-01-13T23:30"), async {
        let petro = api.demo(PETRO).await;
        let mine = api.as_user(&petro, "GET", "/api/appointments", None).await.body;
        assert_eq!(listed(mine), Vec::<String>::new());
        let booked = api.as_user(&petro, "POST", "/api/appointments", Some(book("cnap-kyiv", "2026-01-15"))).await;
        assert_eq!(booked.status, StatusCode::CREATED, "{}", booked.body);
    })
    .await;
}

#[tokio::test]
async fn an_order_and_its_payment_code_carry_the_providers_date() {
    let api = api().await;
    // 22:30 UTC on the 13th is 00:30 on the 14th in Kyiv.
    clock::at(utc("2026-01-13T22:30"), async {
        let petro = api.demo(PETRO).await;
        let (id, version) = complete_draft(&api, &petro).await;
        let (status, order) = submit(&api, &petro, id, version).await;
        assert_eq!(status, StatusCode::CREATED, "{order}");
        assert_eq!(order["ordered_at"], "2026-01-14", "{order}");
        let code = OrderCode::parse(order["payment"]["code"].as_str().unwrap()).unwrap();
        assert_eq!(&code.digits()[2..8], "260114", "the code's issue day, YYMMDD: {}", code.digits());
    })
    .await;
}

/// Petro's demo order still waiting to be registered.
async fn sent_order(api: &Api) -> i64 {
    let petro = api.demo(PETRO).await;
    let orders = api.as_user(&petro, "GET", "/api/orders", None).await.body;
    orders.as_array().unwrap().iter().find(|o| o["status"] == "sent").unwrap()["id"].as_i64().unwrap()
}

#[tokio::test]
async fn a_registration_and_a_refusal_carry_the_providers_date() {
    let api = api().await;
    let sent = sent_order(&api).await;
    // 22:30 UTC on the 13th is 00:30 on the 14th in Kyiv.
    clock::at(utc("2026-01-13T22:30"), portal_api::orders::provider_actions::register(&api.db, sent, "П 1", None))
        .await
        .unwrap();
    clock::at(utc("2026-01-13T22:30"), portal_api::orders::provider_actions::refuse(&api.db, sent, "Не додано копію"))
        .await
        .unwrap();
    let (registered, decided): (String, String) =
        sqlx::query_as("SELECT registration_date, execution_date FROM orders WHERE id = $1")
            .bind(sent)
            .fetch_one(&api.db)
            .await
            .unwrap();
    assert_eq!((registered.as_str(), decided.as_str()), ("2026-01-14", "2026-01-14"));
}

/// The newest mail to Petro, once the notifications are mailed.
async fn newest_mail(api: &Api) -> String {
    portal_api::mail::order_changes::queue_pending(&api.db, "https://e-portal.test").await.unwrap();
    let outbox = api.outbox().await;
    outbox.iter().find(|m| m["recipient"] == PETRO).unwrap()["body"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn an_orders_mail_says_when_it_changed_on_the_clock_of_the_services_country() {
    let api = api().await;
    let sent = sent_order(&api).await;
    // The review's 18:48 UTC of a winter evening: 20:48 in Kyiv…
    clock::at(utc("2026-12-07T18:48"), portal_api::orders::provider_actions::register(&api.db, sent, "П 2", None))
        .await
        .unwrap();
    let body = newest_mail(&api).await;
    assert!(body.contains("Час зміни: 07.12.2026 20:48 за київським часом"), "{body}");
    // …and 21:48 in Minsk, for a Belarusian provider's order.
    sqlx::query(
        "UPDATE orders SET service_id = (SELECT s.id FROM services s JOIN providers p ON p.id = s.provider_id
                                         WHERE p.country = 'BY' ORDER BY s.id LIMIT 1)
         WHERE id = $1",
    )
    .bind(sent)
    .execute(&api.db)
    .await
    .unwrap();
    clock::at(utc("2026-12-07T18:48"), portal_api::orders::provider_actions::refuse(&api.db, sent, "Не додано копію"))
        .await
        .unwrap();
    let body = newest_mail(&api).await;
    assert!(body.contains("Час зміни: 07.12.2026 21:48 за мінським часом"), "{body}");
}
