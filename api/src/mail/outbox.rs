//! Mail the portal sends. Every message is written to the `outbox` table;
//! with `--smtp-relay` the `mail_delivery` task sends it on, and with
//! `--dev-outbox` the development page `GET /api/dev/outbox` lists them
//! (tests read activation links from it).
//!
//! That page shows every activation and password-reset link, so it answers
//! only a client on this machine (a loopback connection that did not come
//! through a proxy); to anyone else it does not exist (404).

use crate::http::error::{ApiError, ApiResult};
use crate::http::server::ServedAt;
use crate::mail::letters::Letter;
use crate::platform::db::Db;
use axum::Json;
use axum::extract::FromRef;
use axum::extract::{ConnectInfo, State};
use axum::http::header;
use axum::http::request::Parts;
use portal_model::api_error::ApiErrorBody;
use portal_model::lang::Lang;
use serde::Serialize;
use std::net::SocketAddr;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// Queues a mail written in `lang`; `db` is the pool, or a transaction when
/// the mail belongs with what it commits (an activation link with its token).
pub async fn send<'e>(
    db: impl sqlx::Executor<'e, Database = sqlx::Any>,
    recipient: &str,
    lang: Lang,
    letter: &Letter,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO outbox (recipient, subject, body, lang) VALUES ($1, $2, $3, $4)")
        .bind(recipient)
        .bind(&letter.subject)
        .bind(&letter.body)
        .bind(lang.code())
        .execute(db)
        .await?;
    tracing::info!(%recipient, subject = %letter.subject, "mail queued in the outbox");
    Ok(())
}

#[derive(Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct Mail {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub created_at: String,
}

/// Whether `GET /api/dev/outbox` answers (development and tests only).
#[derive(Clone, Copy)]
pub struct DevOutbox(pub bool);

pub fn routes<S>() -> OpenApiRouter<S>
where
    S: Clone + Send + Sync + 'static,
    Db: FromRef<S>,
    DevOutbox: FromRef<S>,
{
    OpenApiRouter::new().routes(routes!(list))
}

/// Whether the request comes straight from this machine: a loopback peer,
/// no forwarding header of any kind (a proxy on this machine would make
/// every visitor look local), and a `Host` that names this machine (a page
/// of `attacker.example` whose name was rebound to 127.0.0.1 sends its own
/// name, so DNS rebinding does not reach the links).
fn from_this_machine(peer: Option<SocketAddr>, served_at: Option<SocketAddr>, request: &Parts) -> bool {
    let proxied = request.headers.keys().any(|name| is_forwarding_header(name.as_str()));
    let host =
        request.headers.get(header::HOST).and_then(|v| v.to_str().ok()).or(request.uri.authority().map(|a| a.as_str()));
    peer.is_some_and(|address| address.ip().is_loopback())
        && !proxied
        && host.is_some_and(|host| names_this_machine(host, served_at))
}

/// Headers that proxies add (header names arrive in lower case).
fn is_forwarding_header(name: &str) -> bool {
    matches!(name, "forwarded" | "via" | "x-real-ip" | "x-client-ip" | "true-client-ip")
        || name.starts_with("x-forwarded-")
}

/// Whether `host` (the `Host` header: a name and perhaps a port) is this
/// machine's loopback name or the address the connection came in on, at
/// the port it came in on (when known: router tests have no connection).
fn names_this_machine(host: &str, served_at: Option<SocketAddr>) -> bool {
    let (name, port) = match host.rsplit_once(':') {
        Some((name, port)) if !port.contains(']') => (name, Some(port)),
        _ => (host, None),
    };
    let local_name = matches!(name.to_ascii_lowercase().as_str(), "127.0.0.1" | "localhost" | "[::1]")
        || served_at.is_some_and(|address| name == SocketAddr::new(address.ip(), 0).to_string().trim_end_matches(":0"));
    let right_port = match (served_at, port) {
        (None, _) => true,
        (Some(address), Some(port)) => port.parse() == Ok(address.port()),
        (Some(address), None) => address.port() == 80,
    };
    local_name && right_port
}

/// Mail the portal sent, newest first (development only).
#[utoipa::path(get, operation_id = "list_outbox", path = "/api/dev/outbox", tag = "development", responses(
    (status = 200, description = "Up to 200 mails, newest first", body = [Mail]),
    (status = 404, description = "Not started with `--dev-outbox`, or not asked from this machine (`not_found`)", body = ApiErrorBody),
))]
async fn list(
    State(db): State<Db>,
    State(DevOutbox(on)): State<DevOutbox>,
    request: Parts,
) -> ApiResult<Json<Vec<Mail>>> {
    let peer = request.extensions.get::<ConnectInfo<SocketAddr>>().map(|ConnectInfo(address)| *address);
    let served_at = request.extensions.get::<ServedAt>().map(|ServedAt(address)| *address);
    if !on || !from_this_machine(peer, served_at, &request) {
        return Err(ApiError::NotFound("API endpoint".to_owned()));
    }
    let mail = sqlx::query_as("SELECT id, recipient, subject, body, created_at FROM outbox ORDER BY id DESC LIMIT 200")
        .fetch_all(&db)
        .await?;
    Ok(Json(mail))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_this_machines_names_at_the_served_port_are_local() {
        let served: SocketAddr = "127.0.0.1:8080".parse().unwrap();
        for host in ["127.0.0.1:8080", "localhost:8080", "LOCALHOST:8080", "[::1]:8080"] {
            assert!(names_this_machine(host, Some(served)), "{host}");
        }
        for host in
            ["attacker.example:8080", "attacker.example", "127.0.0.1:9090", "localhost", "127.0.0.1.nip.io:8080"]
        {
            assert!(!names_this_machine(host, Some(served)), "{host}");
        }
        let lan: SocketAddr = "[fd00::5]:8080".parse().unwrap();
        assert!(names_this_machine("[fd00::5]:8080", Some(lan)), "the address it was reached at");
        assert!(names_this_machine("localhost", None), "no connection known: the name decides");
    }
}
