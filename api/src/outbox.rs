//! Mail the portal sends. Every message is written to the `outbox` table;
//! with `--smtp-relay` the `mail_delivery` task sends it on, and with
//! `--dev-outbox` the development page `GET /api/dev/outbox` lists them
//! (tests read activation links from it).

use crate::error::{ApiError, ApiResult};
use crate::AppState;
use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;

pub async fn send(db: &crate::db::Db, recipient: &str, subject: &str, body: &str) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO outbox (recipient, subject, body) VALUES (?, ?, ?)")
        .bind(recipient)
        .bind(subject)
        .bind(body)
        .execute(db)
        .await?;
    tracing::info!(%recipient, %subject, "mail queued in the outbox");
    Ok(())
}

#[derive(Serialize, sqlx::FromRow)]
pub struct Mail {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub created_at: String,
}

pub fn routes() -> Router<AppState> {
    Router::new().route("/api/dev/outbox", get(list))
}

async fn list(State(state): State<AppState>) -> ApiResult<Json<Vec<Mail>>> {
    if !state.dev_outbox {
        return Err(ApiError::NotFound("API endpoint".to_owned()));
    }
    let mail = sqlx::query_as("SELECT id, recipient, subject, body, created_at FROM outbox ORDER BY id DESC LIMIT 200")
        .fetch_all(&state.db)
        .await?;
    Ok(Json(mail))
}
