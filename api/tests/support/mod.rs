//! The real router on a temporary SQLite file with the demo data, and
//! signed-in demo users, for the API tests.
// Each test file uses its own part of this.
#![allow(dead_code)]

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use http_body_util::BodyExt;
use portal_api::config::Config;
use serde_json::{json, Value};
use tower::ServiceExt;

pub struct Api {
    pub app: axum::Router,
    /// The same database, to check what is stored.
    pub db: portal_api::db::Db,
    _dir: tempfile::TempDir,
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: Value,
}

/// A signed-in user: the session cookie and the CSRF token.
pub struct User {
    pub cookie: String,
    pub csrf: String,
}

pub async fn api() -> Api {
    let dir = tempfile::tempdir().unwrap();
    let config = Config::for_tests(format!("sqlite:{}", dir.path().join("p.sqlite3").display()), dir.path().into());
    let state = portal_api::prepare(&config).await.unwrap();
    let db = state.db.clone();
    Api { app: portal_api::app(state, &config), db, _dir: dir }
}

impl Api {
    pub async fn call(&self, method: &str, uri: &str, body: Option<Value>, headers: &[(&str, &str)]) -> Reply {
        let mut request = Request::builder().method(method).uri(uri);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let request = match body {
            Some(json) => request.header("content-type", "application/json").body(Body::from(json.to_string())),
            None => request.body(Body::empty()),
        }
        .unwrap();
        let response = self.app.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        Reply { status, headers, body }
    }

    /// Signs in a demo user.
    pub async fn demo(&self, email: &str) -> User {
        let password = portal_api::demo_users::DEMO_PASSWORD;
        let reply = self.call("POST", "/api/sessions", Some(json!({"email": email, "password": password})), &[]).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        let cookie = reply.headers[header::SET_COOKIE].to_str().unwrap().split(';').next().unwrap().to_owned();
        User { cookie, csrf: reply.body["csrf_token"].as_str().unwrap().to_owned() }
    }

    /// A request as `user`, with the CSRF header.
    pub async fn as_user(&self, user: &User, method: &str, uri: &str, body: Option<Value>) -> Reply {
        self.call(method, uri, body, &[("cookie", &user.cookie), ("x-csrf-token", &user.csrf)]).await
    }

    /// The same request as `user` but without the CSRF header.
    pub async fn without_csrf(&self, user: &User, method: &str, uri: &str, body: Option<Value>) -> Reply {
        self.call(method, uri, body, &[("cookie", &user.cookie)]).await
    }
}

pub const PETRO: &str = "demo@e-portal.example";
pub const MARIA: &str = "demo2@e-portal.example";
