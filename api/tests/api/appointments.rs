//! Booking appointments: slots follow the centre's hours, bad dates and
//! times are refused with their own codes, nobody cancels another's
//! appointment, and of many people taking one slot at once exactly one
//! gets it.

use crate::helpers::{MARIA, PETRO, api};
use axum::http::StatusCode;
use portal_model::appointment::{day_number, slots_of_day};
use serde_json::json;

/// A date `days` ahead of today (UTC), as `yyyy-mm-dd`, that is a weekday.
fn weekday_ahead(days: i64) -> String {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64 / 86_400;
    let mut day = now + days;
    while portal_model::appointment::weekday(day) > 5 {
        day += 1;
    }
    portal_model::appointment::date_of(day)
}

#[tokio::test]
async fn slots_are_booked_listed_and_cancelled_by_their_owner_only() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let maria = api.demo(MARIA).await;
    let date = weekday_ahead(3);
    let slots = api.call("GET", &format!("/api/centres/cnap-kyiv/slots?date={date}"), None, &[]).await;
    assert_eq!(slots.status, StatusCode::OK);
    let times: Vec<&str> = slots.body.as_array().unwrap().iter().map(|s| s["time"].as_str().unwrap()).collect();
    assert!(times.len() >= 16 && times[0] == "08:00", "{times:?}");
    assert!(slots.body.as_array().unwrap().iter().all(|s| s["free"] == true));

    // Bad input, each with its own code.
    for (query, code) in [("date=tomorrow", "bad_date"), ("date=2020-01-06", "outside_window"), ("", "bad_date")] {
        let reply = api.call("GET", &format!("/api/centres/cnap-kyiv/slots?{query}"), None, &[]).await;
        assert_eq!((reply.status, reply.body["code"].as_str()), (StatusCode::BAD_REQUEST, Some(code)), "{query}");
    }
    assert_eq!(
        api.call("GET", &format!("/api/centres/nowhere/slots?date={date}"), None, &[]).await.status,
        StatusCode::NOT_FOUND
    );
    let odd = api
        .as_user(
            &petro,
            "POST",
            "/api/appointments",
            Some(json!({"centre_id": "cnap-kyiv", "date": date, "time": "08:10"})),
        )
        .await;
    assert_eq!(odd.body["code"], "no_such_slot");
    let booking = json!({"centre_id": "cnap-kyiv", "date": date, "time": "09:00"});
    assert_eq!(
        api.call("POST", "/api/appointments", Some(booking.clone()), &[]).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        api.without_csrf(&petro, "POST", "/api/appointments", Some(booking.clone())).await.status,
        StatusCode::FORBIDDEN
    );

    let booked = api.as_user(&petro, "POST", "/api/appointments", Some(booking.clone())).await;
    assert_eq!(booked.status, StatusCode::CREATED, "{}", booked.body);
    let id = booked.body["id"].as_i64().unwrap();
    let again = api.as_user(&maria, "POST", "/api/appointments", Some(booking.clone())).await;
    assert_eq!((again.status, again.body["code"].as_str()), (StatusCode::CONFLICT, Some("slot_taken")));
    let slots = api.call("GET", &format!("/api/centres/cnap-kyiv/slots?date={date}"), None, &[]).await.body;
    assert_eq!(slots.as_array().unwrap().iter().find(|s| s["time"] == "09:00").unwrap()["free"], false);

    let mine = api.as_user(&petro, "GET", "/api/appointments", None).await.body;
    assert_eq!(mine.as_array().unwrap().len(), 1);
    assert!(api.as_user(&maria, "GET", "/api/appointments", None).await.body.as_array().unwrap().is_empty());
    let uri = format!("/api/appointments/{id}");
    assert_eq!(api.as_user(&maria, "DELETE", &uri, None).await.status, StatusCode::NOT_FOUND);
    assert_eq!(api.without_csrf(&petro, "DELETE", &uri, None).await.status, StatusCode::FORBIDDEN);
    assert_eq!(api.as_user(&petro, "DELETE", &uri, None).await.status, StatusCode::NO_CONTENT);
    assert_eq!(api.as_user(&petro, "DELETE", &uri, None).await.status, StatusCode::NOT_FOUND, "already cancelled");
    // A cancelled slot is free again.
    assert_eq!(api.as_user(&maria, "POST", "/api/appointments", Some(booking)).await.status, StatusCode::CREATED);
    assert_eq!(api.as_user(&maria, "DELETE", "/api/appointments/x", None).await.status, StatusCode::BAD_REQUEST);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn of_many_taking_one_slot_at_the_same_instant_exactly_one_gets_it() {
    let api = std::sync::Arc::new(api().await);
    let petro = std::sync::Arc::new(api.demo(PETRO).await);
    let maria = std::sync::Arc::new(api.demo(MARIA).await);
    let date = weekday_ahead(5);
    let hours = vec![portal_model::catalogue::OpeningHours {
        from_day: 1,
        to_day: 5,
        open: "08:00".into(),
        close: "17:00".into(),
    }];
    assert!(!slots_of_day(&hours, day_number(&date).unwrap()).is_empty());
    let barrier = std::sync::Arc::new(tokio::sync::Barrier::new(20));
    let mut tasks = Vec::new();
    for n in 0..20 {
        let (api, barrier) = (api.clone(), barrier.clone());
        let user = if n % 2 == 0 { petro.clone() } else { maria.clone() };
        let booking = json!({"centre_id": "cnap-lviv", "date": date, "time": "10:00"});
        tasks.push(tokio::spawn(async move {
            barrier.wait().await;
            api.as_user(&user, "POST", "/api/appointments", Some(booking)).await.status
        }));
    }
    let mut statuses = Vec::new();
    for task in tasks {
        statuses.push(task.await.unwrap());
    }
    let won = statuses.iter().filter(|s| **s == StatusCode::CREATED).count();
    let lost = statuses.iter().filter(|s| **s == StatusCode::CONFLICT).count();
    assert_eq!((won, lost), (1, 19), "{statuses:?}");
}
