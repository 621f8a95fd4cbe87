//! The real router on a temporary SQLite file with the demo data, and
//! signed-in demo users, for the API tests.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use portal_api::platform::config::Config;
use serde_json::{Value, json};
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use tower::ServiceExt;

pub struct Api {
    pub app: axum::Router,
    /// The same database, to check what is stored.
    pub db: portal_api::platform::db::Db,
    /// Where the portal keeps attached files.
    files: std::path::PathBuf,
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

/// A fresh, empty database for one test: a new database on the PostgreSQL
/// cluster that `PORTAL_TEST_POSTGRES` names (`scripts/test.sh` runs the API
/// tests a second time with it set), else an SQLite file in `dir`.
pub async fn database_url(dir: &tempfile::TempDir) -> String {
    let Ok(cluster) = std::env::var("PORTAL_TEST_POSTGRES") else {
        return format!("sqlite:{}", dir.path().join("p.sqlite3").display());
    };
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos();
    let name = format!(
        "portal_test_{}_{}_{nanos}",
        std::process::id(),
        NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    );
    let mut admin =
        <sqlx::PgConnection as sqlx::Connection>::connect(&cluster).await.expect("the test cluster answers");
    sqlx::Executor::execute(&mut admin, format!("CREATE DATABASE {name}").as_str()).await.expect("a new database");
    cluster.replacen("/postgres?", &format!("/{name}?"), 1)
}

/// Whether this run is on PostgreSQL (some checks reach into SQLite itself).
pub fn on_postgres() -> bool {
    std::env::var_os("PORTAL_TEST_POSTGRES").is_some()
}

pub async fn api() -> Api {
    let dir = tempfile::tempdir().unwrap();
    let config = Config::for_tests(database_url(&dir).await, dir.path().into());
    let state = portal_api::prepare(&config).await.unwrap();
    Api::from_state(state, &config, dir)
}

impl Api {
    /// The router of a state prepared with another configuration.
    pub fn from_state(state: portal_api::AppState, config: &Config, dir: tempfile::TempDir) -> Api {
        let db = state.db.clone();
        Api { app: portal_api::app(state, config), db, files: config.files_folder(), _dir: dir }
    }

    pub fn files_folder(&self) -> &std::path::Path {
        &self.files
    }

    /// A request with a body sent as given (not JSON-encoded here).
    pub async fn raw(&self, method: &str, uri: &str, body: &str, headers: &[(&str, &str)]) -> Reply {
        let mut request = Request::builder().method(method).uri(uri);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        self.send(request.body(Body::from(body.to_owned())).unwrap()).await
    }

    /// A signed-in request with a binary body (a file upload).
    pub async fn upload(&self, user: &User, uri: &str, content: Vec<u8>) -> Reply {
        let request = Request::post(uri)
            .header(header::COOKIE, user.cookie.as_str())
            .header("x-csrf-token", user.csrf.as_str())
            .header(header::CONTENT_TYPE, "application/octet-stream")
            .body(Body::from(content))
            .unwrap();
        self.send(request).await
    }

    /// A signed-in GET whose answer is a file: status, headers and bytes.
    pub async fn download(&self, user: &User, uri: &str) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
        let request = Request::get(uri).header(header::COOKIE, user.cookie.as_str()).body(Body::empty()).unwrap();
        let response = self.app.clone().oneshot(request).await.unwrap();
        let (status, headers) = (response.status(), response.headers().clone());
        (status, headers, response.into_body().collect().await.unwrap().to_bytes().to_vec())
    }

    async fn send(&self, request: Request<Body>) -> Reply {
        let response = self.app.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        Reply { status, headers, body }
    }

    pub async fn call(&self, method: &str, uri: &str, body: Option<Value>, headers: &[(&str, &str)]) -> Reply {
        self.call_from(None, method, uri, body, headers).await
    }

    /// A request as if it came over a connection from `peer` (router tests
    /// otherwise have none): throttling per network address, the
    /// loopback-only outbox.
    pub async fn call_from(
        &self,
        peer: Option<&str>,
        method: &str,
        uri: &str,
        body: Option<Value>,
        headers: &[(&str, &str)],
    ) -> Reply {
        let mut request = Request::builder().method(method).uri(uri);
        if let Some(peer) = peer {
            let address: std::net::SocketAddr = peer.parse().expect("ip:port");
            request = request.extension(axum::extract::ConnectInfo(address));
        }
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let request = match body {
            Some(json) => request.header("content-type", "application/json").body(Body::from(json.to_string())),
            None => request.body(Body::empty()),
        }
        .unwrap();
        self.send(request).await
    }

    /// The development outbox, newest mail first, read from this machine.
    pub async fn outbox(&self) -> Vec<Value> {
        let reply = self
            .call_from(Some("127.0.0.1:40000"), "GET", "/api/dev/outbox", None, &[("host", "127.0.0.1:8080")])
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        reply.body.as_array().expect("a list").clone()
    }

    /// The newest mail to `to` whose body contains `text`, waiting for it a
    /// little (some mail is written after the answer, e.g. reset links).
    pub async fn mail_to(&self, to: &str, text: &str) -> Option<Value> {
        for _ in 0..50 {
            let found = self
                .outbox()
                .await
                .into_iter()
                .find(|m| m["recipient"] == to && m["body"].as_str().unwrap_or("").contains(text));
            if found.is_some() {
                return found;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        None
    }

    /// The activation token from the newest mail to `email`.
    pub async fn activation_token(&self, email: &str) -> String {
        let outbox = self.outbox().await;
        let mail = outbox.iter().find(|m| m["recipient"] == email).expect("a mail");
        let body = mail["body"].as_str().unwrap();
        body.split("token=").nth(1).expect("a link").split_whitespace().next().unwrap().to_owned()
    }

    /// Registers `email` with `password` and activates it from the outbox.
    pub async fn registered(&self, email: &str, password: &str) {
        let mut form = registration(email);
        form["password"] = json!(password);
        let reply = self.call("POST", "/api/accounts", Some(form), &[]).await;
        assert_eq!(reply.status, StatusCode::ACCEPTED, "{}", reply.body);
        let token = self.activation_token(email).await;
        let reply =
            self.call("POST", "/api/accounts/activate", Some(json!({"token": token, "password": password})), &[]).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    }

    /// Signs in a demo user.
    pub async fn demo(&self, email: &str) -> User {
        let password = portal_api::accounts::demo_users::DEMO_PASSWORD;
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

/// A valid registration form for `email` (password «correct horse battery»).
pub fn registration(email: &str) -> Value {
    json!({
        "email": email, "password": "correct horse battery", "full_name": "Петренко Петро Петрович",
        "rnokpp": "1234567899", "passport": "АА 123456", "phone": "+380442535485",
        "postal_code": "01001", "address": "Київ, вул. Хрещатик, 1", "region": "Київська область"
    })
}

/// (envelope recipient, message text) of every mail accepted.
pub type Received = Arc<Mutex<Vec<(String, String)>>>;

/// A small SMTP relay on a free port that records what it is handed;
/// `refuse_rcpt` makes it answer RCPT with 451.
pub async fn smtp_relay(refuse_rcpt: bool) -> (String, Received) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap().to_string();
    let received: Received = Arc::default();
    let store = received.clone();
    tokio::spawn(async move {
        loop {
            let (stream, _) = listener.accept().await.unwrap();
            let store = store.clone();
            tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 test relay\r\n").await.unwrap();
                let (mut rcpt, mut data, mut in_data) = (String::new(), String::new(), false);
                while let Ok(Some(line)) = lines.next_line().await {
                    if in_data {
                        if line == "." {
                            in_data = false;
                            store.lock().unwrap().push((rcpt.clone(), std::mem::take(&mut data)));
                            write.write_all(b"250 queued\r\n").await.unwrap();
                        } else {
                            data.push_str(&line);
                            data.push('\n');
                        }
                        continue;
                    }
                    let reply: &[u8] = match line.split(':').next().unwrap_or("") {
                        l if l.starts_with("EHLO") => b"250-test relay\r\n250 8BITMIME\r\n",
                        "MAIL FROM" => b"250 ok\r\n",
                        "RCPT TO" if refuse_rcpt => b"451 try later\r\n",
                        "RCPT TO" => {
                            rcpt = line.trim_start_matches("RCPT TO:<").trim_end_matches('>').to_owned();
                            b"250 ok\r\n"
                        }
                        "DATA" => {
                            in_data = true;
                            b"354 go on\r\n"
                        }
                        "QUIT" => b"221 bye\r\n",
                        l if l.starts_with("NOOP") || l.starts_with("RSET") => b"250 ok\r\n",
                        _ => b"500 what?\r\n",
                    };
                    write.write_all(reply).await.unwrap();
                }
            });
        }
    });
    (address, received)
}
