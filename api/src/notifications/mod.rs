//! The cabinet's «Повідомлення»: `GET /api/notifications` (one's own, newest
//! first), `GET /api/notifications/unread` (the count the header shows) and
//! `POST /api/notifications/{id}/read` (opened). Another user's
//! notification is "not found".
//!
//! Owns: `notifications` (`order_changed` writes one for every step of an
//! order). Routes: `/api/notifications…`.
//! May use: platform, http, accounts.

use crate::accounts::session::CurrentSession;
use crate::accounts::session::Sessions;
use crate::http::error::{ApiError, ApiResult, changed_one, path_id};
use crate::http::openapi::MalformedId;
use crate::platform::db::Db;
use axum::Json;
use axum::extract::FromRef;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use portal_model::api_error::ApiErrorBody;
use portal_model::cabinet::{Notification, OrderEventKind, UnreadCount};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes<S>() -> OpenApiRouter<S>
where
    S: Clone + Send + Sync + 'static,
    Db: FromRef<S>,
    Sessions: FromRef<S>,
{
    OpenApiRouter::new().routes(routes!(list)).routes(routes!(unread)).routes(routes!(mark_read))
}

/// Tells the cabinet of `user` (if the order still has one) what happened
/// to `order` (`event`, with its registration number, refusal reason or
/// complaint number as `detail`): its answer is ready (`answer_ready`) when
/// it is done, otherwise it changed (`order_status`). Written inside the
/// transaction that changed it; `notification_mail` mails it later.
pub(crate) async fn order_changed(
    tx: &mut sqlx::AnyConnection,
    user: Option<i64>,
    order: i64,
    event: OrderEventKind,
    detail: Option<&str>,
) -> Result<(), sqlx::Error> {
    let kind = if event == OrderEventKind::Done { "answer_ready" } else { "order_status" };
    if let Some(user) = user {
        sqlx::query(
            "INSERT INTO notifications (user_id, kind, order_id, created_at, event, detail) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(user)
        .bind(kind)
        .bind(order)
        .bind(crate::platform::clock::now())
        .bind(event.code())
        .bind(detail)
        .execute(tx)
        .await?;
    }
    Ok(())
}

/// A notification as stored, with the order it is about.
#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    kind: String,
    order_id: Option<i64>,
    order_service_id: Option<String>,
    order_status: Option<String>,
    event: Option<String>,
    detail: Option<String>,
    created_at: String,
    read_at: Option<String>,
}

/// The user's notifications, newest first.
#[utoipa::path(get, operation_id = "list_notifications", path = "/api/notifications", tag = "cabinet", security(("session" = [])), responses(
    (status = 200, description = "The user's notifications", body = [Notification]),
))]
async fn list(State(db): State<Db>, session: CurrentSession) -> ApiResult<Json<Vec<Notification>>> {
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT n.id, n.kind, n.order_id, o.service_id AS order_service_id, o.status AS order_status, n.event, n.detail, n.created_at, n.read_at
         FROM notifications n LEFT JOIN orders o ON o.id = n.order_id
         WHERE n.user_id = $1 ORDER BY n.created_at DESC, n.id DESC",
    )
    .bind(session.user_id)
    .fetch_all(&db)
    .await?;
    let notifications = rows
        .into_iter()
        .map(|row| {
            let kind = row.kind.parse().map_err(|_| ApiError::Corrupt(format!("kind of notification {}", row.id)))?;
            Ok(Notification {
                id: row.id,
                kind,
                order_id: row.order_id,
                order_service_id: row.order_service_id,
                order_status: row.order_status,
                // (An event this server does not know reads as none: worded by the status.)
                event: row.event.and_then(|event| event.parse().ok()),
                detail: row.detail,
                created_at: row.created_at,
                read_at: row.read_at,
            })
        })
        .collect::<Result<_, ApiError>>()?;
    Ok(Json(notifications))
}

/// How many of the user's notifications are unread (the header's badge).
#[utoipa::path(get, operation_id = "count_unread_notifications", path = "/api/notifications/unread", tag = "cabinet", security(("session" = [])), responses(
    (status = 200, description = "The unread count", body = UnreadCount),
))]
async fn unread(State(db): State<Db>, session: CurrentSession) -> ApiResult<Json<UnreadCount>> {
    let (unread,): (i64,) = sqlx::query_as("SELECT count(*) FROM notifications WHERE user_id = $1 AND read_at IS NULL")
        .bind(session.user_id)
        .fetch_one(&db)
        .await?;
    Ok(Json(UnreadCount { unread: u32::try_from(unread).unwrap_or(u32::MAX) }))
}

/// Marks one of the user's notifications read.
#[utoipa::path(post, operation_id = "mark_notification_read", path = "/api/notifications/{id}/read", tag = "cabinet", security(("session" = [], "csrf" = [])),
    params(("id" = String, Path, description = "The notification's number")),
    responses(
        (status = 204, description = "Marked read"),
        (status = 400, response = MalformedId),
        (status = 404, description = "No such notification of this user (`not_found`)", body = ApiErrorBody),
))]
async fn mark_read(State(db): State<Db>, session: CurrentSession, Path(raw): Path<String>) -> ApiResult<StatusCode> {
    let id = path_id(&raw, "notification")?;
    let done = sqlx::query("UPDATE notifications SET read_at = coalesce(read_at, $3) WHERE id = $1 AND user_id = $2")
        .bind(id)
        .bind(session.user_id)
        .bind(crate::platform::clock::now())
        .execute(&db)
        .await?;
    changed_one(&done, "notification", id)?;
    Ok(StatusCode::NO_CONTENT)
}
