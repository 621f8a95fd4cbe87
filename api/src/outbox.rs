//! Mail the portal sends. Every message is written to the `outbox` table;
//! with `--smtp-relay` the `mail_delivery` task sends it on, and with
//! `--dev-outbox` the development page `GET /api/dev/outbox` lists them
//! (tests read activation links from it).
//!
//! That page shows every activation and password-reset link, so it answers
//! only a client on this machine (a loopback connection that did not come
//! through a proxy); to anyone else it does not exist (404).

use crate::AppState;
use crate::error::{ApiError, ApiResult};
use crate::mail_letters::Letter;
use axum::extract::{ConnectInfo, State};
use axum::http::HeaderMap;
use axum::{Extension, Json};
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

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list))
}

/// Whether the request comes straight from this machine: a loopback peer,
/// and no proxy headers (a proxy on this machine would make every visitor
/// look local).
fn from_this_machine(peer: Option<&Extension<ConnectInfo<SocketAddr>>>, headers: &HeaderMap) -> bool {
    let proxied = ["forwarded", "x-forwarded-for", "x-real-ip"].iter().any(|name| headers.contains_key(*name));
    peer.is_some_and(|Extension(ConnectInfo(address))| address.ip().is_loopback()) && !proxied
}

/// Mail the portal sent, newest first (development only).
#[utoipa::path(get, operation_id = "list_outbox", path = "/api/dev/outbox", tag = "development", responses(
    (status = 200, description = "Up to 200 mails, newest first", body = [Mail]),
    (status = 404, description = "Not started with `--dev-outbox`, or not asked from this machine (`not_found`)", body = ApiErrorBody),
))]
async fn list(
    State(state): State<AppState>,
    peer: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
) -> ApiResult<Json<Vec<Mail>>> {
    if !state.dev_outbox || !from_this_machine(peer.as_ref(), &headers) {
        return Err(ApiError::NotFound("API endpoint".to_owned()));
    }
    let mail = sqlx::query_as("SELECT id, recipient, subject, body, created_at FROM outbox ORDER BY id DESC LIMIT 200")
        .fetch_all(&state.db)
        .await?;
    Ok(Json(mail))
}
