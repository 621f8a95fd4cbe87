//! The cabinet's «Чернетки»: `GET /api/drafts` lists one's own drafts;
//! `DELETE /api/drafts/{id}` deletes one, and `POST /api/drafts/{id}/restore`
//! undoes that. Another user's draft is "not found", whatever the verb.

use crate::AppState;
use crate::accounts::session::CurrentSession;
use crate::error::{ApiResult, changed_one, path_id};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use portal_model::api_error::ApiErrorBody;
use portal_model::cabinet::Draft;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// Deleted drafts can be brought back this long; after that they are purged.
const UNDO_HOURS: i64 = 24;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list)).routes(routes!(remove)).routes(routes!(restore))
}

/// The user's drafts, newest first.
#[utoipa::path(get, operation_id = "list_drafts", path = "/api/drafts", tag = "cabinet", security(("session" = [])), responses(
    (status = 200, description = "The user's drafts", body = [Draft]),
))]
async fn list(State(state): State<AppState>, session: CurrentSession) -> ApiResult<Json<Vec<Draft>>> {
    sqlx::query("DELETE FROM drafts WHERE user_id = $1 AND deleted_at < $2")
        .bind(session.user_id)
        .bind(crate::clock::in_seconds(-UNDO_HOURS * 3600))
        .execute(&state.db)
        .await?;
    let rows: Vec<(i64, String, String, String)> = sqlx::query_as(
        "SELECT d.id, d.service_id, s.provider_id, d.created_at FROM drafts d JOIN services s ON s.id = d.service_id
         WHERE d.user_id = $1 AND d.deleted_at IS NULL ORDER BY d.created_at DESC, d.id DESC",
    )
    .bind(session.user_id)
    .fetch_all(&state.db)
    .await?;
    Ok(Json(
        rows.into_iter()
            .map(|(id, service_id, provider_id, created_at)| Draft { id, service_id, provider_id, created_at })
            .collect(),
    ))
}

/// Marks the draft deleted (undo brings it back), if it is the user's own.
#[utoipa::path(delete, operation_id = "delete_draft", path = "/api/drafts/{id}", tag = "cabinet", security(("session" = [], "csrf" = [])),
    params(("id" = String, Path, description = "The draft's number")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, description = "The id is not a number (`malformed_id`)", body = ApiErrorBody),
        (status = 404, description = "No such draft of this user (`not_found`)", body = ApiErrorBody),
))]
async fn remove(
    State(state): State<AppState>,
    session: CurrentSession,
    Path(raw): Path<String>,
) -> ApiResult<StatusCode> {
    let id = path_id(&raw, "draft")?;
    let done = sqlx::query("UPDATE drafts SET deleted_at = $3 WHERE id = $1 AND user_id = $2 AND deleted_at IS NULL")
        .bind(id)
        .bind(session.user_id)
        .bind(crate::clock::now())
        .execute(&state.db)
        .await?;
    changed_one(&done, "draft", id)?;
    Ok(StatusCode::NO_CONTENT)
}

/// Brings back a draft deleted in the last 24 h.
#[utoipa::path(post, operation_id = "restore_draft", path = "/api/drafts/{id}/restore", tag = "cabinet", security(("session" = [], "csrf" = [])),
    params(("id" = String, Path, description = "The draft's number")),
    responses(
        (status = 204, description = "Restored"),
        (status = 400, description = "The id is not a number (`malformed_id`)", body = ApiErrorBody),
        (status = 404, description = "No such deleted draft of this user (`not_found`)", body = ApiErrorBody),
))]
async fn restore(
    State(state): State<AppState>,
    session: CurrentSession,
    Path(raw): Path<String>,
) -> ApiResult<StatusCode> {
    let id = path_id(&raw, "draft")?;
    let done =
        sqlx::query("UPDATE drafts SET deleted_at = NULL WHERE id = $1 AND user_id = $2 AND deleted_at IS NOT NULL")
            .bind(id)
            .bind(session.user_id)
            .execute(&state.db)
            .await?;
    changed_one(&done, "deleted draft", id)?;
    Ok(StatusCode::NO_CONTENT)
}
