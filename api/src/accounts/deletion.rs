//! Deleting the cabinet: `GET /api/me/deletion` counts what would go;
//! `DELETE /api/me` with the account's e-mail typed as confirmation does it.
//! Afterwards nothing of the user remains but what providers must keep:
//! orders stay, detached from the account (their `user_id` becomes NULL).

use super::AccountsState;
use super::session::{CurrentSession, end_in_browser};
use crate::http::error::{ApiError, ApiResult};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use portal_model::api_error::ApiErrorBody;
use portal_model::cabinet::{DeletionRequest, DeletionSummary};
use portal_model::registration::FieldProblem;
use portal_model::validation::FieldError;

/// What deleting the cabinet would remove, counted in one statement.
#[derive(sqlx::FromRow)]
struct Counts {
    orders: i64,
    drafts: i64,
    notifications: i64,
    appointments: i64,
    sessions: i64,
}

#[utoipa::path(get, operation_id = "deletion_summary", path = "/api/me/deletion", tag = "accounts", security(("session" = [])), responses(
    (status = 200, description = "What deleting the cabinet would remove", body = DeletionSummary),
))]
pub async fn summary(State(state): State<AccountsState>, session: CurrentSession) -> ApiResult<Json<DeletionSummary>> {
    let counts: Counts = sqlx::query_as(
        "SELECT (SELECT count(*) FROM orders WHERE user_id = $1) AS orders,
                (SELECT count(*) FROM drafts WHERE user_id = $1 AND deleted_at IS NULL) AS drafts,
                (SELECT count(*) FROM notifications WHERE user_id = $1) AS notifications,
                (SELECT count(*) FROM appointments WHERE user_id = $1 AND cancelled_at IS NULL AND day >= $2) AS appointments,
                (SELECT count(*) FROM sessions WHERE user_id = $1) AS sessions",
    )
    .bind(session.user_id)
    .bind(crate::platform::clock::today_date())
    .fetch_one(&state.db)
    .await?;
    let count = |n: i64| u32::try_from(n).unwrap_or(u32::MAX);
    Ok(Json(DeletionSummary {
        orders: count(counts.orders),
        drafts: count(counts.drafts),
        notifications: count(counts.notifications),
        appointments: count(counts.appointments),
        sessions: count(counts.sessions),
    }))
}

/// Deletes the cabinet; `confirmation` must be its e-mail address.
#[utoipa::path(delete, path = "/api/me", tag = "accounts", security(("session" = [], "csrf" = [])), request_body = DeletionRequest, responses(
    (status = 204, description = "Deleted; signed out, and the browser asked to clear the site's cache and storage (`Clear-Site-Data`)"),
    (status = 422, description = "The confirmation is not the cabinet's address (`invalid_fields`)", body = ApiErrorBody),
))]
pub async fn delete_cabinet(
    State(state): State<AccountsState>,
    session: CurrentSession,
    Json(request): Json<DeletionRequest>,
) -> ApiResult<Response> {
    let (email,): (String,) =
        sqlx::query_as("SELECT email FROM users WHERE id = $1").bind(session.user_id).fetch_one(&state.db).await?;
    if !request.confirms(&email) {
        return Err(ApiError::InvalidFields(vec![FieldProblem {
            field: "confirmation".into(),
            code: FieldError::Mismatch,
        }]));
    }
    let mut tx = state.db.begin().await?;
    // Mail to an address the user asked to move to, not yet confirmed.
    sqlx::query("DELETE FROM outbox WHERE recipient IN (SELECT new_email FROM email_change_tokens WHERE user_id = $1)")
        .bind(session.user_id)
        .execute(&mut *tx)
        .await?;
    // Sessions, tokens, drafts, notifications and appointments go with the
    // user row (ON DELETE CASCADE); orders are detached (ON DELETE SET NULL).
    sqlx::query("DELETE FROM users WHERE id = $1").bind(session.user_id).execute(&mut *tx).await?;
    // The address itself must not linger in mail or throttling records.
    sqlx::query("DELETE FROM outbox WHERE lower(recipient) = $1").bind(email.to_lowercase()).execute(&mut *tx).await?;
    let mail_keys = super::mail_limits::recipient_key(&email);
    sqlx::query("DELETE FROM rate_counters WHERE key LIKE $1 || ':from:%' OR key = $2 OR key LIKE $2 || ':from:%'")
        .bind(super::throttle::Account::Email(&email).key())
        .bind(&mail_keys)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    let mut response = StatusCode::NO_CONTENT.into_response();
    end_in_browser(&mut response, state.secure_cookies);
    Ok(response)
}
