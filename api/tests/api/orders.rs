//! Ordered services: the demo cabinet has all four statuses, and nobody
//! reads another user's orders.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use portal_api::platform::config::Config;
use serde_json::{Value, json};
use tower::ServiceExt;

async fn call(
    app: &axum::Router,
    method: &str,
    uri: &str,
    body: Option<Value>,
    cookie: Option<&str>,
) -> (StatusCode, Value, Option<String>) {
    let mut request = Request::builder().method(method).uri(uri);
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    let request = match body {
        Some(json) => request.header("content-type", "application/json").body(Body::from(json.to_string())),
        None => request.body(Body::empty()),
    }
    .unwrap();
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let set_cookie =
        response.headers().get(header::SET_COOKIE).map(|v| v.to_str().unwrap().split(';').next().unwrap().to_owned());
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (status, serde_json::from_slice(&bytes).unwrap_or(Value::Null), set_cookie)
}

async fn sign_in(app: &axum::Router, email: &str) -> String {
    let (status, _, cookie) = call(
        app,
        "POST",
        "/api/sessions",
        Some(json!({"email": email, "password": portal_api::accounts::demo_users::DEMO_PASSWORD})),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    cookie.unwrap()
}

#[tokio::test]
async fn demo_cabinet_shows_all_four_statuses_and_only_its_own_orders() {
    let dir = tempfile::tempdir().unwrap();
    let config = Config::for_tests(crate::helpers::database_url(&dir).await, dir.path().into());
    let app = portal_api::app(portal_api::prepare(&config).await.unwrap(), &config);
    // A second start seeds nothing twice.
    portal_api::prepare(&config).await.unwrap();

    let petro = sign_in(&app, "demo@e-portal.example").await;
    let maria = sign_in(&app, "demo2@e-portal.example").await;
    let (status, orders, _) = call(&app, "GET", "/api/orders", None, Some(&petro)).await;
    assert_eq!(status, StatusCode::OK);
    let orders = orders.as_array().unwrap().clone();
    assert_eq!(orders.len(), 4);
    let mut statuses: Vec<&str> = orders.iter().map(|o| o["status"].as_str().unwrap()).collect();
    statuses.sort();
    assert_eq!(statuses, ["done", "refused", "registered", "sent"]);
    assert_eq!(orders[0]["ordered_at"], "2023-11-14", "newest first");
    let done = orders.iter().find(|o| o["status"] == "done").unwrap();
    assert_eq!(done["registration_number"], "П 2355");
    assert_eq!(done["provider_id"], "mineconomy");

    // Maria cannot read Petro's order: it does not exist for her.
    let petro_order = done["id"].as_i64().unwrap();
    let (status, _, _) = call(&app, "GET", &format!("/api/orders/{petro_order}"), None, Some(&maria)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, mine, _) = call(&app, "GET", &format!("/api/orders/{petro_order}"), None, Some(&petro)).await;
    assert_eq!((status, mine["control_date"].as_str()), (StatusCode::OK, Some("2023-05-02")));
    let (_, maria_orders, _) = call(&app, "GET", "/api/orders", None, Some(&maria)).await;
    assert_eq!(maria_orders.as_array().unwrap().len(), 1);

    let (status, _, _) = call(&app, "GET", "/api/orders", None, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, body, _) = call(&app, "GET", "/api/orders/abc", None, Some(&petro)).await;
    assert_eq!((status, body["code"].as_str()), (StatusCode::BAD_REQUEST, Some("malformed_id")));
}

#[tokio::test]
async fn answer_files_download_for_their_owner_only() {
    let dir = tempfile::tempdir().unwrap();
    let config = Config::for_tests(crate::helpers::database_url(&dir).await, dir.path().into());
    let app = portal_api::app(portal_api::prepare(&config).await.unwrap(), &config);
    let petro = sign_in(&app, "demo@e-portal.example").await;
    let maria = sign_in(&app, "demo2@e-portal.example").await;
    let (_, orders, _) = call(&app, "GET", "/api/orders", None, Some(&petro)).await;
    let done = orders.as_array().unwrap().iter().find(|o| o["status"] == "done").unwrap()["id"].as_i64().unwrap();
    let (_, detail, _) = call(&app, "GET", &format!("/api/orders/{done}"), None, Some(&petro)).await;
    let answer = &detail["answers"][0];
    assert_eq!(
        (answer["file_name"].as_str(), answer["media_type"].as_str()),
        (Some("Рішення.pdf"), Some("application/pdf"))
    );
    let uri = format!("/api/orders/{done}/answers/{}", answer["id"]);

    let request = |cookie: &str| Request::builder().uri(&uri).header("cookie", cookie).body(Body::empty()).unwrap();
    let response = app.clone().oneshot(request(&petro)).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[header::CONTENT_TYPE], "application/pdf");
    let disposition = response.headers()[header::CONTENT_DISPOSITION].to_str().unwrap().to_owned();
    assert!(disposition.starts_with("attachment;") && disposition.contains("filename*=UTF-8''%D0%A0"), "{disposition}");
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    assert!(bytes.starts_with(b"%PDF-1.4") && bytes.ends_with(b"%%EOF\n"));
    assert_eq!(bytes.len() as u64, answer["size"].as_u64().unwrap());

    // Maria: not found, whichever part of the path she guesses.
    assert_eq!(app.clone().oneshot(request(&maria)).await.unwrap().status(), StatusCode::NOT_FOUND);
    let (status, _, _) = call(&app, "GET", &format!("/api/orders/{done}/answers/x"), None, Some(&petro)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _, _) = call(&app, "GET", &uri, None, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}
