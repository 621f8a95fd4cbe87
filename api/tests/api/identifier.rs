//! Sign-in by a unique identifier (seed 004): issued by an office, its
//! password changed any number of times, refused (blocking that way in) and
//! restored with the whole history.

use crate::helpers::{Api, MARIA, PETRO, api};
use axum::http::StatusCode;
use portal_api::accounts::demo_users::{DEMO_IDENTIFIER, DEMO_PASSWORD};
use portal_api::accounts::identifier;
use serde_json::json;

async fn by_identifier(api: &Api, identifier: &str, password: &str) -> crate::helpers::Reply {
    api.call("POST", "/api/sessions/identifier", Some(json!({"identifier": identifier, "password": password})), &[])
        .await
}

#[tokio::test]
async fn an_identifier_signs_in_changes_its_password_is_refused_and_restored() {
    let api = api().await;
    // However it is typed.
    let signed_in = by_identifier(&api, " 1111 2222 3333 ", DEMO_PASSWORD).await;
    assert_eq!(signed_in.status, StatusCode::OK, "{}", signed_in.body);
    assert_eq!(signed_in.body["profile"]["email"], PETRO, "the same cabinet as the e-mail sign-in");
    assert_eq!(by_identifier(&api, DEMO_IDENTIFIER, "wrong").await.status, StatusCode::UNAUTHORIZED);
    let malformed = by_identifier(&api, "12-34", DEMO_PASSWORD).await;
    assert_eq!(
        (malformed.status, malformed.body["fields"][0]["field"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("identifier"))
    );

    let petro = api.demo(PETRO).await;
    let info = api.as_user(&petro, "GET", "/api/me/identifier", None).await;
    assert_eq!(info.body, json!({"identifier": DEMO_IDENTIFIER, "refused_at": null}));
    let maria = api.demo(MARIA).await;
    assert_eq!(
        api.as_user(&maria, "GET", "/api/me/identifier", None).await.status,
        StatusCode::NOT_FOUND,
        "Maria has none"
    );

    // The password changes, twice over.
    let change = |old: &str, new: &str| json!({"old_password": old, "new_password": new, "confirm_password": new});
    let wrong_old =
        api.as_user(&petro, "POST", "/api/me/identifier/password", Some(change("nope", "first new password"))).await;
    assert_eq!(wrong_old.body["fields"][0]["field"], "old_password");
    let no_csrf = api
        .without_csrf(&petro, "POST", "/api/me/identifier/password", Some(change(DEMO_PASSWORD, "first new password")))
        .await;
    assert_eq!(no_csrf.status, StatusCode::FORBIDDEN);
    for (old, new) in [(DEMO_PASSWORD, "first new password"), ("first new password", "second new password")] {
        assert_eq!(
            api.as_user(&petro, "POST", "/api/me/identifier/password", Some(change(old, new))).await.status,
            StatusCode::NO_CONTENT
        );
    }
    assert_eq!(by_identifier(&api, DEMO_IDENTIFIER, "second new password").await.status, StatusCode::OK);
    assert_eq!(by_identifier(&api, DEMO_IDENTIFIER, DEMO_PASSWORD).await.status, StatusCode::UNAUTHORIZED);

    // Refused: that way in is blocked; e-mail sign-in and the cabinet stay.
    let refused = api.as_user(&petro, "POST", "/api/me/identifier/refuse", None).await;
    assert_eq!(refused.status, StatusCode::OK);
    assert!(refused.body["refused_at"].is_string());
    let blocked = by_identifier(&api, DEMO_IDENTIFIER, "second new password").await;
    assert_eq!((blocked.status, blocked.body["code"].as_str()), (StatusCode::FORBIDDEN, Some("identifier_refused")));

    // An office restores it: the same cabinet, history and all.
    identifier::restore(&api.db, "111122223333").await.unwrap();
    let back = by_identifier(&api, DEMO_IDENTIFIER, "second new password").await;
    assert_eq!(back.status, StatusCode::OK);
    let cookie = back.headers["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_owned();
    let orders = api.call("GET", "/api/orders", None, &[("cookie", &cookie)]).await;
    assert_eq!(orders.body.as_array().unwrap().len(), 4);
}

#[tokio::test]
async fn offices_issue_one_identifier_per_cabinet() {
    let api = api().await;
    let (id, password) = identifier::issue(&api.db, MARIA).await.unwrap();
    assert!(portal_model::account::normalize_identifier(&id).as_deref() == Some(id.as_str()));
    assert_eq!(by_identifier(&api, &id, &password).await.body["profile"]["email"], MARIA);
    assert!(matches!(identifier::issue(&api.db, MARIA).await, Err(identifier::IssueError::AlreadyIssued)));
    assert!(matches!(
        identifier::issue(&api.db, "nobody@example.ua").await,
        Err(identifier::IssueError::NoSuchCabinet)
    ));
    assert!(matches!(
        identifier::restore(&api.db, "0000-0000-0000").await,
        Err(identifier::IssueError::NoSuchIdentifier)
    ));
}

#[tokio::test]
async fn repeated_wrong_identifier_passwords_are_throttled() {
    let api = api().await;
    for _ in 0..5 {
        assert_eq!(by_identifier(&api, DEMO_IDENTIFIER, "wrong").await.status, StatusCode::UNAUTHORIZED);
    }
    let blocked = by_identifier(&api, DEMO_IDENTIFIER, DEMO_PASSWORD).await;
    assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(blocked.headers.contains_key("retry-after"));
    // E-mail sign-in of the same cabinet is counted apart.
    api.demo(PETRO).await;
}
