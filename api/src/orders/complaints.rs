//! Administrative complaints about a decision (issue 13, seed 004):
//! `POST /api/orders/{id}/complaints` `{text}` files one about one's own
//! decided order («Відмовлено» or «Виконано»), with its own number
//! «СК-<order>-<n>» and status «Подано»; `POST /api/complaints/{id}/files?name=…`
//! attaches files to it while it is filed (PDF, PNG, JPEG, as for drafts);
//! `GET /api/complaints/{id}/files/{file}` gives one back;
//! `POST /api/complaints/{id}/withdraw` withdraws it. One complaint open per
//! order at a time; each step goes on the order's timeline and into the
//! cabinet's notifications. Everything answers 404 for anyone else's.

use super::OrdersState;
use crate::accounts::session::CurrentSession;
use crate::accounts::session::Sessions;
use crate::applications::attachments::{FileNameQuery, receive_named_file};
use crate::http::error::{ApiError, ApiResult, path_id};
use crate::http::file_download::own_stored_file;
use crate::notifications::order_changed;
use crate::orders::order::{own_order, record_complaint_step};
use axum::Json;
use axum::body::Body;
use axum::extract::FromRef;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use portal_model::api_error::{ApiErrorBody, ErrorCode};
use portal_model::cabinet::OrderEventKind;
use portal_model::draft::AttachmentInfo;
use portal_model::order::{
    ComplaintRequest, ComplaintStatus, ComplaintStep, MAX_COMPLAINT_CHARS, MAX_COMPLAINT_FILES, Order, OrderStatus,
};
use portal_model::registration::FieldProblem;
use portal_model::validation::{self, FieldError};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// The most complaints one order gets (filed and withdrawn together), and
/// with `MAX_COMPLAINT_FILES` counted over all of them, the most storage a
/// user can take through one order's complaints.
const MAX_COMPLAINTS_PER_ORDER: i64 = 5;

pub fn routes<S>() -> OpenApiRouter<S>
where
    S: Clone + Send + Sync + 'static,
    OrdersState: FromRef<S>,
    Sessions: FromRef<S>,
{
    OpenApiRouter::new()
        .routes(routes!(file))
        .routes(routes!(attach))
        .routes(routes!(download))
        .routes(routes!(withdraw))
}

/// Files a complaint about one's own decided order.
#[utoipa::path(post, operation_id = "file_complaint", path = "/api/orders/{id}/complaints", tag = "cabinet",
    security(("session" = [], "csrf" = [])),
    params(("id" = String, Path, description = "The order's number")),
    request_body = ComplaintRequest,
    responses(
        (status = 201, description = "Filed: the order as it is now, the complaint last in `complaints`", body = Order),
        (status = 400, description = "The id is not a number (`malformed_id`)", body = ApiErrorBody),
        (status = 404, description = "No such order of this user (`not_found`)", body = ApiErrorBody),
        (status = 409, description = "Not decided, a complaint about it is open already, or it has had 5 (`complaint_not_allowed`)", body = ApiErrorBody),
        (status = 422, description = "No text, or one too long (`invalid_fields`)", body = ApiErrorBody),
))]
async fn file(
    State(state): State<OrdersState>,
    session: CurrentSession,
    Path(raw): Path<String>,
    Json(request): Json<ComplaintRequest>,
) -> ApiResult<(StatusCode, Json<Order>)> {
    let id = path_id(&raw, "order")?;
    let text = match validation::typed_text(&request.text) {
        Ok(text) if text.is_empty() => Err(FieldError::Required),
        Ok(text) if text.chars().count() > MAX_COMPLAINT_CHARS => Err(FieldError::Format),
        other => other,
    }
    .map_err(|code| ApiError::InvalidFields(vec![FieldProblem { field: "text".into(), code }]))?;
    let now = crate::platform::clock::now();
    let mut tx = state.db.begin().await?;
    // The insert comes first and decides: only a decided order of one's own,
    // and (the partial unique index) one open complaint per order.
    let filed: Option<(String, String)> = sqlx::query_as(
        "INSERT INTO complaints (order_id, number, text, filed_at)
         SELECT o.id, 'СК-' || o.id || '-' || (SELECT count(*) + 1 FROM complaints c WHERE c.order_id = o.id), $3, $4
         FROM orders o WHERE o.id = $1 AND o.user_id = $2 AND o.status IN ('refused', 'done')
           AND (SELECT count(*) FROM complaints c WHERE c.order_id = o.id) < $5
         ON CONFLICT DO NOTHING
         RETURNING number, (SELECT status FROM orders WHERE id = $1)",
    )
    .bind(id)
    .bind(session.user_id)
    .bind(&text)
    .bind(&now)
    .bind(MAX_COMPLAINTS_PER_ORDER)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((number, status)) = filed else {
        drop(tx);
        own_order(&state.db, &state.payment_recipients, session.user_id, id).await?;
        return Err(ApiError::Conflict(ErrorCode::ComplaintNotAllowed, "not decided, or a complaint is open"));
    };
    let status: OrderStatus = status.parse().map_err(|_| ApiError::Corrupt(format!("status of order {id}")))?;
    let step = ComplaintStep { number, status: ComplaintStatus::Filed };
    record_complaint_step(&mut tx, id, status, &step).await?;
    order_changed(&mut tx, Some(session.user_id), id, OrderEventKind::ComplaintFiled, Some(&step.number)).await?;
    tx.commit().await?;
    Ok((StatusCode::CREATED, Json(own_order(&state.db, &state.payment_recipients, session.user_id, id).await?)))
}

/// One's own complaint: its order and status.
async fn own_complaint(state: &OrdersState, user: i64, id: i64) -> Result<(i64, String), ApiError> {
    let row: Option<(i64, String)> = sqlx::query_as(
        "SELECT c.order_id, c.status FROM complaints c JOIN orders o ON o.id = c.order_id
         WHERE c.id = $1 AND o.user_id = $2",
    )
    .bind(id)
    .bind(user)
    .fetch_optional(&state.db)
    .await?;
    row.ok_or_else(|| ApiError::NotFound(format!("complaint {id}")))
}

/// Attaches a file to one's own complaint while it is filed.
#[utoipa::path(post, operation_id = "attach_complaint_file", path = "/api/complaints/{id}/files", tag = "cabinet",
    security(("session" = [], "csrf" = [])),
    params(("id" = String, Path, description = "The complaint's id"), FileNameQuery),
    request_body(content = Vec<u8>, content_type = "application/octet-stream", description = "PDF, PNG or JPEG, at most 10 MB"),
    responses(
        (status = 201, description = "Attached: the file", body = AttachmentInfo),
        (status = 400, description = "The id is not a number (`malformed_id`)", body = ApiErrorBody),
        (status = 404, description = "No such complaint of this user (`not_found`)", body = ApiErrorBody),
        (status = 409, description = "Withdrawn, or the order's complaints have 10 files already (`complaint_not_allowed`)", body = ApiErrorBody),
        (status = 413, description = "Over 10 MB (`payload_too_large`)", body = ApiErrorBody),
        (status = 415, description = "Not a PDF, PNG or JPEG, or named as another type (`file_type`)", body = ApiErrorBody),
        (status = 422, description = "`name` is not usable (`invalid_fields`)", body = ApiErrorBody),
))]
async fn attach(
    State(state): State<OrdersState>,
    session: CurrentSession,
    Path(raw): Path<String>,
    Query(query): Query<FileNameQuery>,
    body: Body,
) -> ApiResult<(StatusCode, Json<AttachmentInfo>)> {
    let id = path_id(&raw, "complaint")?;
    let (_, status) = own_complaint(&state, session.user_id, id).await?;
    if status != ComplaintStatus::Filed.code() {
        return Err(ApiError::Conflict(ErrorCode::ComplaintNotAllowed, "the complaint is withdrawn"));
    }
    let (received, name, media_type) = receive_named_file(&state.files, body, &query).await?;
    // Write first: the file is kept only while the complaint is filed and
    // has room.
    let kept: Option<(i64,)> = sqlx::query_as(
        "INSERT INTO complaint_files (complaint_id, file_name, media_type, size, stored_as)
         SELECT $1, $2, $3, $4, $5 FROM complaints c
         WHERE c.id = $1 AND c.status = 'filed'
           AND (SELECT count(*) FROM complaint_files f JOIN complaints k ON k.id = f.complaint_id
                WHERE k.order_id = c.order_id) < $6
         RETURNING id",
    )
    .bind(id)
    .bind(&name)
    .bind(media_type)
    .bind(received.size as i64)
    .bind(&received.key)
    .bind(MAX_COMPLAINT_FILES as i64)
    .fetch_optional(&state.db)
    .await?;
    let Some((file_id,)) = kept else {
        let _ = state.files.remove(&received.key).await;
        return Err(ApiError::Conflict(ErrorCode::ComplaintNotAllowed, "withdrawn, or no room for more files"));
    };
    let info = AttachmentInfo {
        id: file_id,
        field: "complaint".into(),
        name,
        media_type: media_type.into(),
        size: received.size,
    };
    Ok((StatusCode::CREATED, Json(info)))
}

/// A file of one's own complaint, as a download.
#[utoipa::path(get, operation_id = "get_complaint_file", path = "/api/complaints/{id}/files/{file}", tag = "cabinet", security(("session" = [])),
    params(("id" = String, Path, description = "The complaint's id"), ("file" = String, Path, description = "The file's id")),
    responses(
        (status = 200, description = "The file as it was sent", content_type = "application/octet-stream", body = Vec<u8>),
        (status = 400, description = "An id is not a number (`malformed_id`)", body = ApiErrorBody),
        (status = 404, description = "No such file of this user's complaint (`not_found`)", body = ApiErrorBody),
))]
async fn download(
    State(state): State<OrdersState>,
    session: CurrentSession,
    Path((raw_complaint, raw_file)): Path<(String, String)>,
) -> ApiResult<Response> {
    let (complaint, file) = (path_id(&raw_complaint, "complaint")?, path_id(&raw_file, "file")?);
    let own_row = "SELECT f.file_name, f.media_type, f.stored_as FROM complaint_files f
         JOIN complaints c ON c.id = f.complaint_id JOIN orders o ON o.id = c.order_id
         WHERE f.id = $1 AND c.id = $2 AND o.user_id = $3";
    let ids = [file, complaint, session.user_id];
    own_stored_file(&state.db, &state.files, own_row, &ids, format!("file {file}")).await
}

/// Withdraws one's own complaint while it is filed.
#[utoipa::path(post, operation_id = "withdraw_complaint", path = "/api/complaints/{id}/withdraw", tag = "cabinet",
    security(("session" = [], "csrf" = [])),
    params(("id" = String, Path, description = "The complaint's id")),
    responses(
        (status = 200, description = "Withdrawn: the order as it is now", body = Order),
        (status = 400, description = "The id is not a number (`malformed_id`)", body = ApiErrorBody),
        (status = 404, description = "No such complaint of this user (`not_found`)", body = ApiErrorBody),
        (status = 409, description = "Withdrawn already (`complaint_not_allowed`)", body = ApiErrorBody),
))]
async fn withdraw(
    State(state): State<OrdersState>,
    session: CurrentSession,
    Path(raw): Path<String>,
) -> ApiResult<Json<Order>> {
    let id = path_id(&raw, "complaint")?;
    let (order_id, _) = own_complaint(&state, session.user_id, id).await?;
    let mut tx = state.db.begin().await?;
    let withdrawn: Option<(String, String)> = sqlx::query_as(
        "UPDATE complaints SET status = 'withdrawn', withdrawn_at = $1 WHERE id = $2 AND status = 'filed'
         RETURNING number, (SELECT status FROM orders WHERE id = complaints.order_id)",
    )
    .bind(crate::platform::clock::now())
    .bind(id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((number, status)) = withdrawn else {
        return Err(ApiError::Conflict(ErrorCode::ComplaintNotAllowed, "the complaint is withdrawn already"));
    };
    let status: OrderStatus = status.parse().map_err(|_| ApiError::Corrupt(format!("status of order {order_id}")))?;
    let step = ComplaintStep { number, status: ComplaintStatus::Withdrawn };
    record_complaint_step(&mut tx, order_id, status, &step).await?;
    order_changed(&mut tx, Some(session.user_id), order_id, OrderEventKind::ComplaintWithdrawn, Some(&step.number))
        .await?;
    tx.commit().await?;
    Ok(Json(own_order(&state.db, &state.payment_recipients, session.user_id, order_id).await?))
}
