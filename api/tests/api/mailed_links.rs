//! «Forgot password» and changing the e-mail address: links from the
//! outbox, no account enumeration, every session ended by a reset, and the
//! new address only after its link is followed.

use crate::helpers::{Api, MARIA, PETRO, api};
use axum::http::StatusCode;
use serde_json::json;

/// The token of the newest mail to `to` whose link starts with `path`.
async fn link_token(api: &Api, to: &str, path: &str) -> Option<String> {
    let link = format!("{path}?token=");
    let mail = api.mail_to(to, &link).await?;
    let absolute = format!("https://e-portal.test{link}");
    let line = mail["body"].as_str()?.lines().find(|l| l.starts_with(&absolute))?;
    Some(line.split("token=").nth(1)?.to_owned())
}

async fn sign_in(api: &Api, email: &str, password: &str) -> StatusCode {
    api.call("POST", "/api/sessions", Some(json!({"email": email, "password": password})), &[]).await.status
}

#[tokio::test]
async fn a_forgotten_password_is_reset_by_the_mailed_link_only() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    // Unknown addresses get the same answer and no mail.
    let unknown =
        api.call("POST", "/api/accounts/password-reset", Some(json!({"email": "nobody@example.ua"})), &[]).await;
    assert_eq!(unknown.status, StatusCode::ACCEPTED);
    assert!(link_token(&api, "nobody@example.ua", "/reset-password").await.is_none());
    let known =
        api.call("POST", "/api/accounts/password-reset", Some(json!({"email": " Demo@E-Portal.example "})), &[]).await;
    assert_eq!(known.status, StatusCode::ACCEPTED);
    let token = link_token(&api, PETRO, "/reset-password").await.expect("a reset link");

    // Bad input: each field its own problem; a wrong token changes nothing.
    let confirm = "/api/accounts/password-reset/confirm";
    let short = api
        .call("POST", confirm, Some(json!({"token": token, "new_password": "short", "confirm_password": "short"})), &[])
        .await;
    assert_eq!(
        (short.status, short.body["fields"][0]["field"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("new_password"))
    );
    let mismatch =
        json!({"token": token, "new_password": "a brand new password", "confirm_password": "a brand new passwort"});
    let mismatch = api.call("POST", confirm, Some(mismatch), &[]).await;
    assert_eq!(mismatch.body["fields"][0]["field"], "confirm_password");
    let forged =
        json!({"token": "forged", "new_password": "a brand new password", "confirm_password": "a brand new password"});
    let forged = api.call("POST", confirm, Some(forged), &[]).await;
    assert_eq!((forged.status, forged.body["code"].as_str()), (StatusCode::BAD_REQUEST, Some("invalid_token")));

    let good =
        json!({"token": token, "new_password": "a brand new password", "confirm_password": "a brand new password"});
    assert_eq!(api.call("POST", confirm, Some(good.clone()), &[]).await.status, StatusCode::NO_CONTENT);
    assert_eq!(api.call("POST", confirm, Some(good), &[]).await.status, StatusCode::BAD_REQUEST, "a link works once");
    // The old session ended; the old password no longer works; the new one does.
    assert_eq!(api.as_user(&petro, "GET", "/api/me", None).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(sign_in(&api, PETRO, portal_api::accounts::demo_users::DEMO_PASSWORD).await, StatusCode::UNAUTHORIZED);
    assert_eq!(sign_in(&api, PETRO, "a brand new password").await, StatusCode::OK);
}

#[tokio::test]
async fn the_email_changes_only_when_the_link_to_the_new_address_is_followed() {
    let api = api().await;
    let petro = api.demo(PETRO).await;
    let password = portal_api::accounts::demo_users::DEMO_PASSWORD;
    let uri = "/api/me/email";
    let bad = api.as_user(&petro, "POST", uri, Some(json!({"new_email": "not an address", "password": "wrong"}))).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<&str> =
        bad.body["fields"].as_array().unwrap().iter().map(|f| f["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["new_email", "password"]);
    let no_csrf = api
        .without_csrf(&petro, "POST", uri, Some(json!({"new_email": "petro@example.ua", "password": password})))
        .await;
    assert_eq!(no_csrf.status, StatusCode::FORBIDDEN);
    assert_eq!(
        api.call("POST", uri, Some(json!({"new_email": "x@example.ua", "password": password})), &[]).await.status,
        StatusCode::UNAUTHORIZED
    );

    let asked =
        api.as_user(&petro, "POST", uri, Some(json!({"new_email": "Petro@Example.ua", "password": password}))).await;
    assert_eq!(asked.status, StatusCode::ACCEPTED);
    // Nothing changes until the link is followed.
    assert_eq!(api.as_user(&petro, "GET", "/api/me", None).await.body["profile"]["email"], PETRO);
    let token = link_token(&api, "petro@example.ua", "/confirm-email").await.expect("a link to the new address");
    let forged = api.call("POST", "/api/accounts/email-confirm", Some(json!({"token": "forged"})), &[]).await;
    assert_eq!(forged.status, StatusCode::BAD_REQUEST);
    let done = api.call("POST", "/api/accounts/email-confirm", Some(json!({"token": token})), &[]).await;
    assert_eq!(done.status, StatusCode::NO_CONTENT);
    assert_eq!(api.as_user(&petro, "GET", "/api/me", None).await.body["profile"]["email"], "petro@example.ua");
    assert_eq!(sign_in(&api, "petro@example.ua", password).await, StatusCode::OK);
    assert_eq!(sign_in(&api, PETRO, password).await, StatusCode::UNAUTHORIZED);
    // The old address was told.
    let outbox = api.outbox().await;
    assert!(
        outbox.iter().any(|m| m["recipient"] == PETRO && m["subject"].as_str().unwrap().contains("Адресу змінено"))
    );

    // Maria asks for Petro's new address: the link cannot take it from him.
    let maria = api.demo(MARIA).await;
    let asked =
        api.as_user(&maria, "POST", uri, Some(json!({"new_email": "petro@example.ua", "password": password}))).await;
    assert_eq!(asked.status, StatusCode::ACCEPTED);
    let token = link_token(&api, "petro@example.ua", "/confirm-email").await.unwrap();
    let taken = api.call("POST", "/api/accounts/email-confirm", Some(json!({"token": token})), &[]).await;
    assert_eq!((taken.status, taken.body["code"].as_str()), (StatusCode::BAD_REQUEST, Some("email_taken")));
    assert_eq!(api.as_user(&maria, "GET", "/api/me", None).await.body["profile"]["email"], MARIA);
}
