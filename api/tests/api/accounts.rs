//! Accounts through the real router on a temporary SQLite file: register,
//! activate from the outbox, sign in, CSRF, sign out.

use crate::helpers::{Api, Reply, api};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use portal_api::platform::config::Config;
use serde_json::{Value, json};
use tower::ServiceExt;

use crate::helpers::registration as form;

fn session_cookie(reply: &Reply) -> String {
    let cookie = reply.headers[header::SET_COOKIE].to_str().unwrap();
    cookie.split(';').next().unwrap().to_owned()
}

#[tokio::test]
async fn every_invalid_field_gets_its_own_code() {
    let api = api().await;
    let mut bad = form("not an email");
    bad["rnokpp"] = json!("1234567890");
    bad["phone"] = json!("12345");
    let reply = api.call("POST", "/api/accounts", Some(bad), &[]).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.body["code"], "invalid_fields");
    let fields: Vec<(String, String)> = reply.body["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["field"].as_str().unwrap().to_owned(), f["code"].as_str().unwrap().to_owned()))
        .collect();
    assert!(fields.contains(&("email".into(), "format".into())), "{fields:?}");
    assert!(fields.contains(&("rnokpp".into(), "checksum".into())), "{fields:?}");
    assert!(fields.contains(&("phone".into(), "format".into())), "{fields:?}");
    let malformed = api.call("POST", "/api/accounts", None, &[("content-type", "application/json")]).await;
    assert!(malformed.status.is_client_error());
}

#[tokio::test]
async fn register_activate_sign_in_and_out() {
    let api = api().await;
    let reply = api.call("POST", "/api/accounts", Some(form("Petro@Example.ua")), &[]).await;
    assert_eq!(reply.status, StatusCode::ACCEPTED);

    let credentials = json!({"email": "petro@example.ua", "password": "correct horse battery"});
    let early = api.call("POST", "/api/sessions", Some(credentials.clone()), &[]).await;
    assert_eq!((early.status, early.body["code"].as_str()), (StatusCode::FORBIDDEN, Some("not_activated")));

    let token = api.activation_token("petro@example.ua").await;
    let activated = api
        .call("POST", "/api/accounts/activate", Some(json!({"token": token, "password": "correct horse battery"})), &[])
        .await;
    assert_eq!(activated.status, StatusCode::OK);
    let again = api
        .call("POST", "/api/accounts/activate", Some(json!({"token": token, "password": "correct horse battery"})), &[])
        .await;
    assert_eq!(
        (again.status, again.body["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_token")),
        "a link works once"
    );

    let wrong = api
        .call("POST", "/api/sessions", Some(json!({"email": "petro@example.ua", "password": "nope nope nope"})), &[])
        .await;
    assert_eq!((wrong.status, wrong.body["code"].as_str()), (StatusCode::UNAUTHORIZED, Some("bad_credentials")));
    let nobody =
        api.call("POST", "/api/sessions", Some(json!({"email": "nobody@example.ua", "password": "x"})), &[]).await;
    assert_eq!(nobody.body["code"], wrong.body["code"], "unknown and wrong look the same");

    let signed_in = api.call("POST", "/api/sessions", Some(credentials), &[]).await;
    assert_eq!(signed_in.status, StatusCode::OK);
    let set_cookie = signed_in.headers[header::SET_COOKIE].to_str().unwrap();
    assert!(set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Strict"), "{set_cookie}");
    let cookie = session_cookie(&signed_in);
    let csrf = signed_in.body["csrf_token"].as_str().unwrap().to_owned();
    assert_eq!(signed_in.body["profile"]["full_name"], "Петренко Петро Петрович");

    let me = api.call("GET", "/api/me", None, &[("cookie", &cookie)]).await;
    assert_eq!((me.status, me.body["profile"]["email"].as_str()), (StatusCode::OK, Some("petro@example.ua")));
    assert_eq!(me.body["csrf_token"].as_str(), Some(csrf.as_str()));
    let anonymous = api.call("GET", "/api/me", None, &[]).await;
    assert_eq!((anonymous.status, anonymous.body["code"].as_str()), (StatusCode::UNAUTHORIZED, Some("signed_out")));

    // Sign-out changes state: without the CSRF token it is refused.
    let forged = api.call("DELETE", "/api/sessions/current", None, &[("cookie", &cookie)]).await;
    assert_eq!((forged.status, forged.body["code"].as_str()), (StatusCode::FORBIDDEN, Some("csrf")));
    let wrong_token =
        api.call("DELETE", "/api/sessions/current", None, &[("cookie", &cookie), ("x-csrf-token", "guess")]).await;
    assert_eq!(wrong_token.status, StatusCode::FORBIDDEN);
    let out = api.call("DELETE", "/api/sessions/current", None, &[("cookie", &cookie), ("x-csrf-token", &csrf)]).await;
    assert_eq!(out.status, StatusCode::NO_CONTENT);
    let after = api.call("GET", "/api/me", None, &[("cookie", &cookie)]).await;
    assert_eq!(after.status, StatusCode::UNAUTHORIZED, "the old cookie no longer works");
}

#[tokio::test]
async fn registering_a_taken_address_reveals_nothing() {
    let api = api().await;
    let first = api.call("POST", "/api/accounts", Some(form("olena@example.ua")), &[]).await;
    let token = api.activation_token("olena@example.ua").await;
    api.call("POST", "/api/accounts/activate", Some(json!({"token": token, "password": "correct horse battery"})), &[])
        .await;
    let second = api.call("POST", "/api/accounts", Some(form("OLENA@example.ua")), &[]).await;
    assert_eq!(first.status, second.status);
    assert_eq!(first.body, second.body);
    let outbox = api.outbox().await;
    let to_olena: Vec<&Value> = outbox.iter().filter(|m| m["recipient"] == "olena@example.ua").collect();
    assert_eq!(to_olena.len(), 2, "the owner is told of the second attempt");
    let notice = to_olena[0]["body"].as_str().unwrap();
    assert!(notice.contains("Хтось намагався") && notice.contains("https://e-portal.test/forgot-password"), "{notice}");
}

#[tokio::test]
async fn the_outbox_page_is_off_unless_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::for_tests(crate::helpers::database_url(&dir).await, dir.path().into());
    config.dev_outbox = false;
    let state = portal_api::prepare(&config).await.unwrap();
    let app = portal_api::app(state, &config);
    let response = app.oneshot(Request::get("/api/dev/outbox").body(Body::empty()).unwrap()).await.unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn repeated_failures_are_throttled_per_account() {
    let api = api().await;
    api.call("POST", "/api/accounts", Some(form("taras@example.ua")), &[]).await;
    let token = api.activation_token("taras@example.ua").await;
    api.call("POST", "/api/accounts/activate", Some(json!({"token": token, "password": "correct horse battery"})), &[])
        .await;
    for _ in 0..5 {
        let reply = api
            .call(
                "POST",
                "/api/sessions",
                Some(json!({"email": "taras@example.ua", "password": "wrong wrong wrong"})),
                &[],
            )
            .await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    }
    // Now even the right password waits.
    let blocked = api
        .call(
            "POST",
            "/api/sessions",
            Some(json!({"email": "taras@example.ua", "password": "correct horse battery"})),
            &[],
        )
        .await;
    assert_eq!(
        (blocked.status, blocked.body["code"].as_str()),
        (StatusCode::TOO_MANY_REQUESTS, Some("too_many_attempts"))
    );
    assert!(blocked.headers.contains_key(header::RETRY_AFTER));
    // Another account is not affected.
    api.call("POST", "/api/accounts", Some(form("olha@example.ua")), &[]).await;
    let token = api.activation_token("olha@example.ua").await;
    api.call("POST", "/api/accounts/activate", Some(json!({"token": token, "password": "correct horse battery"})), &[])
        .await;
    let other = api
        .call(
            "POST",
            "/api/sessions",
            Some(json!({"email": "olha@example.ua", "password": "correct horse battery"})),
            &[],
        )
        .await;
    assert_eq!(other.status, StatusCode::OK);
}

#[tokio::test]
async fn personal_data_is_edited_only_by_its_owner_with_csrf() {
    let api = api().await;
    let mut sessions = Vec::new();
    for email in ["ivan@example.ua", "maria@example.ua"] {
        api.call("POST", "/api/accounts", Some(form(email)), &[]).await;
        let token = api.activation_token(email).await;
        api.call(
            "POST",
            "/api/accounts/activate",
            Some(json!({"token": token, "password": "correct horse battery"})),
            &[],
        )
        .await;
        let reply = api
            .call("POST", "/api/sessions", Some(json!({"email": email, "password": "correct horse battery"})), &[])
            .await;
        sessions.push((session_cookie(&reply), reply.body["csrf_token"].as_str().unwrap().to_owned()));
    }
    let (ivan_cookie, ivan_csrf) = &sessions[0];
    let (_, maria_csrf) = &sessions[1];
    let change = json!({"full_name": "Іваненко Іван", "region": "Львівська область", "address": "Львів, пл. Ринок, 1",
                        "postal_code": "79008", "phone": "+380322972000"});

    let no_csrf = api.call("PUT", "/api/me", Some(change.clone()), &[("cookie", ivan_cookie)]).await;
    assert_eq!(no_csrf.status, StatusCode::FORBIDDEN);
    // Another user's CSRF token does not work with Ivan's cookie.
    let foreign = api
        .call("PUT", "/api/me", Some(change.clone()), &[("cookie", ivan_cookie), ("x-csrf-token", maria_csrf)])
        .await;
    assert_eq!(foreign.status, StatusCode::FORBIDDEN);

    let mut bad = change.clone();
    bad["phone"] = json!("12345");
    bad["full_name"] = json!("  ");
    let invalid = api.call("PUT", "/api/me", Some(bad), &[("cookie", ivan_cookie), ("x-csrf-token", ivan_csrf)]).await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(invalid.body["fields"].as_array().unwrap().len(), 2);

    let saved = api.call("PUT", "/api/me", Some(change), &[("cookie", ivan_cookie), ("x-csrf-token", ivan_csrf)]).await;
    assert_eq!(saved.status, StatusCode::OK);
    assert_eq!(saved.body["region"], "Львівська область");
    assert_eq!(saved.body["email"], "ivan@example.ua", "the e-mail is not editable here");
    // Maria's data is untouched.
    let maria = api.call("GET", "/api/me", None, &[("cookie", &sessions[1].0)]).await;
    assert_eq!(maria.body["profile"]["full_name"], "Петренко Петро Петрович");
}

async fn signed_in(api: &Api, email: &str) -> (String, String) {
    let reply = api
        .call("POST", "/api/sessions", Some(json!({"email": email, "password": "correct horse battery"})), &[])
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    (session_cookie(&reply), reply.body["csrf_token"].as_str().unwrap().to_owned())
}

async fn registered(api: &Api, email: &str) {
    api.call("POST", "/api/accounts", Some(form(email)), &[]).await;
    let token = api.activation_token(email).await;
    api.call("POST", "/api/accounts/activate", Some(json!({"token": token, "password": "correct horse battery"})), &[])
        .await;
}

#[tokio::test]
async fn password_change_checks_old_and_confirm_and_ends_other_sessions() {
    let api = api().await;
    registered(&api, "roman@example.ua").await;
    let (laptop, laptop_csrf) = signed_in(&api, "roman@example.ua").await;
    let (phone, _) = signed_in(&api, "roman@example.ua").await;
    let headers = [("cookie", laptop.as_str()), ("x-csrf-token", laptop_csrf.as_str())];

    let wrong = api.call("POST", "/api/me/password", Some(json!({"old_password": "nope", "new_password": "a new long password", "confirm_password": "a new long passwort"})), &headers).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<&str> =
        wrong.body["fields"].as_array().unwrap().iter().map(|f| f["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["old_password", "confirm_password"]);

    let ok = api.call("POST", "/api/me/password", Some(json!({"old_password": "correct horse battery", "new_password": "a new long password", "confirm_password": "a new long password"})), &headers).await;
    assert_eq!(ok.status, StatusCode::NO_CONTENT);
    assert_eq!(
        api.call("GET", "/api/me", None, &[("cookie", &phone)]).await.status,
        StatusCode::UNAUTHORIZED,
        "other sessions end"
    );
    assert_eq!(
        api.call("GET", "/api/me", None, &[("cookie", &laptop)]).await.status,
        StatusCode::OK,
        "this one goes on"
    );
    let old = api
        .call(
            "POST",
            "/api/sessions",
            Some(json!({"email": "roman@example.ua", "password": "correct horse battery"})),
            &[],
        )
        .await;
    assert_eq!(old.status, StatusCode::UNAUTHORIZED);
    let new = api
        .call(
            "POST",
            "/api/sessions",
            Some(json!({"email": "roman@example.ua", "password": "a new long password"})),
            &[],
        )
        .await;
    assert_eq!(new.status, StatusCode::OK);
}

#[tokio::test]
async fn sessions_are_listed_and_ended_everywhere_but_only_ones_own() {
    let api = api().await;
    registered(&api, "anna@example.ua").await;
    registered(&api, "bohdan@example.ua").await;
    let (first, first_csrf) = signed_in(&api, "anna@example.ua").await;
    let (second, _) = signed_in(&api, "anna@example.ua").await;
    let (bohdan, _) = signed_in(&api, "bohdan@example.ua").await;

    let list = api.call("GET", "/api/sessions", None, &[("cookie", &first)]).await;
    let sessions = list.body.as_array().unwrap();
    assert_eq!(sessions.len(), 2, "only Anna's sessions: {sessions:?}");
    assert_eq!(sessions.iter().filter(|s| s["current"] == true).count(), 1);

    let forged = api.call("DELETE", "/api/sessions", None, &[("cookie", &first)]).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN, "CSRF token needed");
    let everywhere =
        api.call("DELETE", "/api/sessions", None, &[("cookie", &first), ("x-csrf-token", &first_csrf)]).await;
    assert_eq!(everywhere.status, StatusCode::NO_CONTENT);
    for cookie in [&first, &second] {
        assert_eq!(api.call("GET", "/api/me", None, &[("cookie", cookie)]).await.status, StatusCode::UNAUTHORIZED);
    }
    assert_eq!(
        api.call("GET", "/api/me", None, &[("cookie", &bohdan)]).await.status,
        StatusCode::OK,
        "Bohdan is not signed out"
    );
}

/// A citizen of Belarus registers with the Belarusian documents: the
/// personal identification number and the passport (typed in Cyrillic
/// look-alikes, kept in Latin capitals); the Ukrainian ones are not asked.
#[tokio::test]
async fn a_citizen_of_belarus_registers_with_belarusian_documents() {
    let api = api().await;
    let mut body = form("ales@example.by");
    body["country"] = json!("BY");
    body["rnokpp"] = json!("");
    body["passport"] = json!("");
    body["personal_number"] = json!("3010190а001рв1");
    body["by_passport"] = json!("мр1234567");
    body["phone"] = json!("+375291234567");
    body["postal_code"] = json!("220030");
    let reply = api.call("POST", "/api/accounts", Some(body.clone()), &[]).await;
    assert_eq!(reply.status, StatusCode::ACCEPTED, "{:?}", reply.body);
    let stored: (String, String, String) =
        sqlx::query_as("SELECT country, rnokpp, passport FROM users WHERE email = 'ales@example.by'")
            .fetch_one(&api.db)
            .await
            .unwrap();
    assert_eq!(stored, ("BY".to_owned(), "3010190A001PB1".to_owned(), "MP1234567".to_owned()));

    body["personal_number"] = json!("1234567899");
    let refused = api.call("POST", "/api/accounts", Some(body), &[]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.body["fields"][0]["field"], "personal_number", "{:?}", refused.body);
}

/// A phone is taken as people write it and kept as +380… (the usability
/// review, 2026-12: «067 123 45 67» was refused): at registration and in
/// «Персональні дані».
#[tokio::test]
async fn a_phone_written_the_everyday_way_is_stored_as_plus_380() {
    let api = api().await;
    let mut body = form("oksana@example.com");
    body["phone"] = json!("067 123 45 67");
    let reply = api.call("POST", "/api/accounts", Some(body), &[]).await;
    assert_eq!(reply.status, StatusCode::ACCEPTED, "{:?}", reply.body);
    let (phone,): (String,) =
        sqlx::query_as("SELECT phone FROM users WHERE email = 'oksana@example.com'").fetch_one(&api.db).await.unwrap();
    assert_eq!(phone, "+380671234567");

    let petro = api.demo(crate::helpers::PETRO).await;
    let me = api.as_user(&petro, "GET", "/api/me", None).await.body["profile"].clone();
    // (The documents given at registration come with the profile: the forms are prefilled with them.)
    assert_eq!(
        (&me["country"], &me["personal_number"], &me["passport"]),
        (&json!("UA"), &json!("1234567899"), &json!("АА 123456"))
    );
    let mut change = json!({"full_name": me["full_name"], "region": me["region"], "address": me["address"],
        "postal_code": me["postal_code"], "phone": "(067) 1234567"});
    let saved = api.as_user(&petro, "PUT", "/api/me", Some(change.clone())).await;
    assert_eq!(
        (saved.status, saved.body["phone"].as_str()),
        (StatusCode::OK, Some("+380671234567")),
        "{:?}",
        saved.body
    );
    change["phone"] = json!("067 123 45");
    assert_eq!(api.as_user(&petro, "PUT", "/api/me", Some(change)).await.status, StatusCode::UNPROCESSABLE_ENTITY);
}
