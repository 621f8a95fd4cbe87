//! The bank's receipt for a payment by order code (seed 004):
//! `POST /api/orders/{id}/receipt?name=…` with the file as the body (PDF,
//! PNG or JPEG told by its content, named as what it is, 10 MB at most)
//! attaches it — or replaces the one sent before — and the payment reads
//! «Оплачено, очікує підтвердження» until the provider confirms it (one
//! step on the timeline however often it is replaced); a card payment
//! takes no receipt (409: the provider reports it itself);
//! `GET /api/orders/{id}/receipt` gives it back. Owner only; streamed
//! through the file store like drafts' attachments.

use super::OrdersState;
use crate::accounts::session::CurrentSession;
use crate::accounts::session::Sessions;
use crate::applications::attachments::{FileNameQuery, receive_named_file};
use crate::http::error::{ApiError, ApiResult, path_id};
use crate::http::file_download::own_stored_file;
use crate::orders::order::{Event, own_order, record_event};
use axum::Json;
use axum::body::Body;
use axum::extract::FromRef;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use portal_model::api_error::{ApiErrorBody, ErrorCode};
use portal_model::order::{Actor, Order, OrderStatus, PaymentMethod, PaymentState};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes<S>() -> OpenApiRouter<S>
where
    S: Clone + Send + Sync + 'static,
    OrdersState: FromRef<S>,
    Sessions: FromRef<S>,
{
    OpenApiRouter::new().routes(routes!(attach, download))
}

/// Attaches the payment's receipt to one's own order.
#[utoipa::path(post, operation_id = "attach_receipt", path = "/api/orders/{id}/receipt", tag = "cabinet",
    security(("session" = [], "csrf" = [])),
    params(("id" = String, Path, description = "The order's number"), FileNameQuery),
    request_body(content = Vec<u8>, content_type = "application/octet-stream", description = "The receipt, PDF, PNG or JPEG, at most 10 MB"),
    responses(
        (status = 200, description = "Attached: the order as it is now", body = Order),
        (status = 400, description = "The id is not a number (`malformed_id`)", body = ApiErrorBody),
        (status = 404, description = "No such order of this user (`not_found`)", body = ApiErrorBody),
        (status = 409, description = "Paid by card, not by order code (`nothing_to_pay`); nothing to pay, the payment is confirmed already, or the order is closed (`order_closed`)", body = ApiErrorBody),
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
) -> ApiResult<Json<Order>> {
    let id = path_id(&raw, "order")?;
    let order = own_order(&state.db, &state.payment_recipients, session.user_id, id).await?;
    if order.payment.as_ref().is_some_and(|p| p.method != PaymentMethod::OrderCode) {
        return Err(ApiError::Conflict(ErrorCode::NothingToPay, "a card payment takes no receipt"));
    }
    let payable = order.payment.as_ref().is_some_and(|p| p.state != PaymentState::Confirmed)
        && !matches!(order.status, OrderStatus::Withdrawn | OrderStatus::Refused);
    if !payable {
        return Err(ApiError::Conflict(ErrorCode::OrderClosed, "there is no payment waiting for a receipt"));
    }
    let (received, name, media_type) = receive_named_file(&state.files, body, &query).await?;
    // The receipt this one replaces, read before the transaction: on SQLite
    // a transaction that reads first and then writes cannot wait its turn
    // behind another writer. (Keys are never shared, so a stale read can
    // only leave a file to the sweep, never remove one still in use.)
    let (before,): (Option<String>,) =
        sqlx::query_as("SELECT receipt_stored_as FROM orders WHERE id = $1").bind(id).fetch_one(&state.db).await?;
    let mut transaction = state.db.begin().await?;
    // The first receipt moves the payment on (one timeline step); a
    // replacement only changes the file. (The row's write lock orders
    // receipts sent at once: only one finds it awaiting.)
    let first = sqlx::query(
        "UPDATE orders SET payment_state = 'receipt_sent'
         WHERE id = $1 AND user_id = $2 AND payment_method = 'order_code' AND payment_state = 'awaiting'",
    )
    .bind(id)
    .bind(session.user_id)
    .execute(&mut *transaction)
    .await?
    .rows_affected()
        == 1;
    let attached = sqlx::query(
        "UPDATE orders SET receipt_name = $1, receipt_media_type = $2, receipt_size = $3, receipt_stored_as = $4
         WHERE id = $5 AND user_id = $6 AND payment_method = 'order_code' AND payment_state = 'receipt_sent'",
    )
    .bind(&name)
    .bind(media_type)
    .bind(received.size as i64)
    .bind(&received.key)
    .bind(id)
    .bind(session.user_id)
    .execute(&mut *transaction)
    .await?;
    if attached.rows_affected() != 1 {
        let _ = state.files.remove(&received.key).await;
        return Err(ApiError::Conflict(ErrorCode::OrderClosed, "the payment is confirmed already"));
    }
    if first {
        let event = Event {
            status: order.status,
            actor: Actor::Applicant,
            comment: None,
            payment: Some(PaymentState::ReceiptSent),
        };
        record_event(&mut transaction, id, event).await?;
    }
    transaction.commit().await?;
    if let Some(replaced) = before {
        // (Should this fail, the sweep takes it later.)
        let _ = state.files.remove(&replaced).await;
    }
    Ok(Json(own_order(&state.db, &state.payment_recipients, session.user_id, id).await?))
}

/// The receipt attached to one's own order, as a download.
#[utoipa::path(get, operation_id = "get_receipt", path = "/api/orders/{id}/receipt", tag = "cabinet", security(("session" = [])),
    params(("id" = String, Path, description = "The order's number")),
    responses(
        (status = 200, description = "The receipt as it was sent", content_type = "application/octet-stream", body = Vec<u8>),
        (status = 400, description = "The id is not a number (`malformed_id`)", body = ApiErrorBody),
        (status = 404, description = "No receipt on this user's order (`not_found`)", body = ApiErrorBody),
))]
async fn download(
    State(state): State<OrdersState>,
    session: CurrentSession,
    Path(raw): Path<String>,
) -> ApiResult<Response> {
    let id = path_id(&raw, "order")?;
    let own_row = "SELECT receipt_name, receipt_media_type, receipt_stored_as FROM orders
         WHERE id = $1 AND user_id = $2 AND receipt_stored_as IS NOT NULL";
    let ids = [id, session.user_id];
    own_stored_file(&state.db, &state.files, own_row, &ids, format!("a receipt of order {id}")).await
}
