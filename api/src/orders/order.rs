//! The cabinet's ordered services: `GET /api/orders` (one's own, newest
//! first), `GET /api/orders/{id}` (with its answer files, and for an
//! application sent through the portal what was sent and how to pay),
//! `GET /api/orders/{id}/answers/{file}` (an answer file) and
//! `GET /api/orders/{id}/files/{file}` (a file sent with it); each 404 for
//! anyone else's, so nobody can learn which numbers exist.

use super::OrdersState;
use crate::accounts::session::CurrentSession;
use crate::accounts::session::Sessions;
use crate::http::error::{ApiError, ApiResult, path_id};
use crate::http::file_download::own_stored_file;
use crate::payment_recipients::PaymentRecipients;
use crate::platform::db::Db;
use axum::Json;
use axum::extract::FromRef;
use axum::extract::{Path, State};
use axum::response::Response;
use portal_model::api_error::{ApiErrorBody, ErrorCode};
use portal_model::cabinet::OrderEventKind;
use portal_model::catalogue::Currency;
use portal_model::draft::AttachmentInfo;
use portal_model::order::{
    Actor, AnswerFile, CardAttempt, Complaint, ComplaintStatus, ComplaintStep, MAX_REASON_CHARS, Order, OrderEvent,
    OrderStatus, Payment, PaymentMethod, PaymentRecipient, PaymentState, Submission, WithdrawalRequest,
};
use portal_model::registration::FieldProblem;
use portal_model::validation::{self, FieldError};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes<S>() -> OpenApiRouter<S>
where
    S: Clone + Send + Sync + 'static,
    OrdersState: FromRef<S>,
    Sessions: FromRef<S>,
{
    OpenApiRouter::new()
        .routes(routes!(list))
        .routes(routes!(one))
        .routes(routes!(answer))
        .routes(routes!(sent_file))
        .routes(routes!(withdraw))
}

/// An order as stored (status and documents still as text).
#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    service_id: String,
    provider_id: String,
    status: String,
    ordered_at: String,
    registration_number: Option<String>,
    registration_date: Option<String>,
    control_date: Option<String>,
    execution_date: Option<String>,
    comment: Option<String>,
    documents_json: String,
    form_version: Option<i64>,
    answers_json: Option<String>,
    payment_code: Option<String>,
    amount_minor: Option<i64>,
    currency: Option<String>,
    payment_state: Option<String>,
    receipt_name: Option<String>,
    receipt_media_type: Option<String>,
    receipt_size: Option<i64>,
    payment_method: Option<String>,
    card_attempt: Option<String>,
    country: String,
}

const SELECT: &str = "SELECT o.id, o.service_id, s.provider_id, o.status, o.ordered_at, o.registration_number,
        o.registration_date, o.control_date, o.execution_date, o.comment, o.documents_json,
        o.form_version, o.answers_json, o.payment_code, o.amount_minor, o.currency, o.payment_state,
        o.receipt_name, o.receipt_media_type, o.receipt_size, o.payment_method,
        (SELECT c.state FROM card_payments c WHERE c.order_id = o.id ORDER BY c.id DESC LIMIT 1) AS card_attempt,
        p.country
    FROM orders o JOIN services s ON s.id = o.service_id JOIN providers p ON p.id = s.provider_id";

fn order(row: Row, recipients: &PaymentRecipients) -> Result<Order, ApiError> {
    let id = row.id;
    let corrupt = |what: &str| ApiError::Corrupt(format!("{what} of order {id}"));
    let submission = match (row.form_version, &row.answers_json) {
        (Some(form_version), Some(answers)) => Some(Submission {
            form_version,
            answers: serde_json::from_str(answers).map_err(|_| corrupt("answers"))?,
            files: Vec::new(),
        }),
        _ => None,
    };
    let receipt = match (row.receipt_name, row.receipt_media_type, row.receipt_size) {
        (Some(name), Some(media_type), Some(size)) => {
            Some(AttachmentInfo { id, field: "receipt".into(), name, media_type, size: size as u64 })
        }
        _ => None,
    };
    let method = match row.payment_method.as_deref() {
        Some("card") => PaymentMethod::Card,
        Some("order_code") | None => PaymentMethod::OrderCode,
        Some(_) => return Err(corrupt("payment method")),
    };
    let payment = match (row.payment_code, row.amount_minor, row.currency.as_deref(), row.payment_state.as_deref()) {
        (Some(code), Some(amount), Some(currency), Some(state)) => Some(Payment {
            code,
            amount_minor: amount as u64,
            currency: match currency {
                "UAH" => Currency::UAH,
                "BYN" => Currency::BYN,
                _ => return Err(corrupt("currency")),
            },
            state: payment_state(state).ok_or_else(|| corrupt("payment state"))?,
            receipt,
            method,
            recipient: (method == PaymentMethod::OrderCode)
                .then(|| recipients.of(&row.country))
                .flatten()
                .map(|r| PaymentRecipient { name: r.name.clone(), iban: r.iban.clone(), code: r.code.clone() }),
            card_attempt: match row.card_attempt.as_deref() {
                Some(code) => Some(
                    CardAttempt::ALL.into_iter().find(|a| a.code() == code).ok_or_else(|| corrupt("card attempt"))?,
                ),
                None => None,
            },
        }),
        _ => None,
    };
    Ok(Order {
        status: row.status.parse().map_err(|_| ApiError::Corrupt(format!("status of order {id}")))?,
        documents: serde_json::from_str(&row.documents_json)
            .map_err(|_| ApiError::Corrupt(format!("documents of order {id}")))?,
        id,
        service_id: row.service_id,
        provider_id: row.provider_id,
        ordered_at: row.ordered_at,
        registration_number: row.registration_number,
        registration_date: row.registration_date,
        control_date: row.control_date,
        execution_date: row.execution_date,
        comment: row.comment,
        answers: Vec::new(),
        submission,
        payment,
        timeline: Vec::new(),
        complaints: Vec::new(),
    })
}

/// The user's ordered services, newest first.
#[utoipa::path(get, operation_id = "list_orders", path = "/api/orders", tag = "cabinet", security(("session" = [])), responses(
    (status = 200, description = "The user's orders", body = [Order]),
))]
async fn list(State(state): State<OrdersState>, session: CurrentSession) -> ApiResult<Json<Vec<Order>>> {
    let rows: Vec<Row> =
        sqlx::query_as(&format!("{SELECT} WHERE o.user_id = $1 ORDER BY o.ordered_at DESC, o.id DESC"))
            .bind(session.user_id)
            .fetch_all(&state.db)
            .await?;
    // (What was sent belongs to the order's own page, not to every line
    // of the list.)
    let listed = rows.into_iter().map(|row| order(Row { answers_json: None, ..row }, &state.payment_recipients));
    Ok(Json(listed.collect::<Result<_, _>>()?))
}

/// One of the user's orders, with its answer files.
#[utoipa::path(get, operation_id = "get_order", path = "/api/orders/{id}", tag = "cabinet", security(("session" = [])),
    params(("id" = String, Path, description = "The order's number")),
    responses(
        (status = 200, description = "The order", body = Order),
        (status = 400, description = "The id is not a number (`malformed_id`)", body = ApiErrorBody),
        (status = 404, description = "No such order of this user (`not_found`)", body = ApiErrorBody),
))]
async fn one(
    State(state): State<OrdersState>,
    session: CurrentSession,
    Path(raw): Path<String>,
) -> ApiResult<Json<Order>> {
    let id = path_id(&raw, "order")?;
    Ok(Json(own_order(&state.db, &state.payment_recipients, session.user_id, id).await?))
}

/// One of the user's orders, whole: answer files, and what was sent.
pub(crate) async fn own_order(
    db: &Db,
    recipients: &PaymentRecipients,
    user_id: i64,
    id: i64,
) -> Result<Order, ApiError> {
    let row: Option<Row> = sqlx::query_as(&format!("{SELECT} WHERE o.id = $1 AND o.user_id = $2"))
        .bind(id)
        .bind(user_id)
        .fetch_optional(db)
        .await?;
    let row = row.ok_or_else(|| ApiError::NotFound(format!("order {id}")))?;
    let mut order = order(row, recipients)?;
    let answers: Vec<(i64, String, String, i64)> =
        sqlx::query_as("SELECT id, file_name, media_type, size FROM order_answers WHERE order_id = $1 ORDER BY id")
            .bind(id)
            .fetch_all(db)
            .await?;
    order.answers = answers
        .into_iter()
        .map(|(id, file_name, media_type, size)| AnswerFile { id, file_name, media_type, size: size as u64 })
        .collect();
    order.timeline = timeline(db, id).await?;
    order.complaints = complaints_of(db, id).await?;
    if let Some(submission) = &mut order.submission {
        let files: Vec<(i64, String, String, String, i64)> = sqlx::query_as(
            "SELECT id, field, file_name, media_type, size FROM order_files WHERE order_id = $1 ORDER BY id",
        )
        .bind(id)
        .fetch_all(db)
        .await?;
        submission.files = files
            .into_iter()
            .map(|(id, field, name, media_type, size)| AttachmentInfo {
                id,
                field,
                name,
                media_type,
                size: size as u64,
            })
            .collect();
    }
    Ok(order)
}

#[derive(sqlx::FromRow)]
struct ComplaintRow {
    id: i64,
    number: String,
    text: String,
    status: String,
    filed_at: String,
    withdrawn_at: Option<String>,
}

/// An order's complaints with their files, oldest first.
async fn complaints_of(db: &Db, order_id: i64) -> Result<Vec<Complaint>, ApiError> {
    let rows: Vec<ComplaintRow> = sqlx::query_as(
        "SELECT id, number, text, status, filed_at, withdrawn_at FROM complaints WHERE order_id = $1 ORDER BY id",
    )
    .bind(order_id)
    .fetch_all(db)
    .await?;
    let mut complaints = Vec::with_capacity(rows.len());
    for row in rows {
        let files: Vec<(i64, String, String, i64)> = sqlx::query_as(
            "SELECT id, file_name, media_type, size FROM complaint_files WHERE complaint_id = $1 ORDER BY id",
        )
        .bind(row.id)
        .fetch_all(db)
        .await?;
        complaints.push(Complaint {
            status: ComplaintStatus::from_code(&row.status)
                .ok_or_else(|| ApiError::Corrupt(format!("status of complaint {}", row.id)))?,
            files: files
                .into_iter()
                .map(|(id, name, media_type, size)| AttachmentInfo {
                    id,
                    field: "complaint".into(),
                    name,
                    media_type,
                    size: size as u64,
                })
                .collect(),
            id: row.id,
            number: row.number,
            text: row.text,
            filed_at: row.filed_at,
            withdrawn_at: row.withdrawn_at,
        });
    }
    Ok(complaints)
}

/// Withdraws one's own application that is not completed yet: the status
/// becomes «Відкликано», the reason goes on the timeline, and the cabinet
/// says so.
#[utoipa::path(post, operation_id = "withdraw_order", path = "/api/orders/{id}/withdraw", tag = "cabinet",
    security(("session" = [], "csrf" = [])),
    params(("id" = String, Path, description = "The order's number")),
    request_body = WithdrawalRequest,
    responses(
        (status = 200, description = "Withdrawn: the order as it is now", body = Order),
        (status = 400, description = "The id is not a number (`malformed_id`)", body = ApiErrorBody),
        (status = 404, description = "No such order of this user (`not_found`)", body = ApiErrorBody),
        (status = 409, description = "Decided or withdrawn already (`order_closed`)", body = ApiErrorBody),
        (status = 422, description = "No reason, or one too long (`invalid_fields`)", body = ApiErrorBody),
))]
async fn withdraw(
    State(state): State<OrdersState>,
    session: CurrentSession,
    Path(raw): Path<String>,
    Json(request): Json<WithdrawalRequest>,
) -> ApiResult<Json<Order>> {
    let id = path_id(&raw, "order")?;
    let reason = match validation::typed_text(&request.reason) {
        Ok(reason) if reason.is_empty() => Err(FieldError::Required),
        Ok(reason) if reason.chars().count() > MAX_REASON_CHARS => Err(FieldError::Format),
        other => other,
    }
    .map_err(|code| ApiError::InvalidFields(vec![FieldProblem { field: "reason".into(), code }]))?;
    let mut transaction = state.db.begin().await?;
    let withdrawn = sqlx::query(
        "UPDATE orders SET status = 'withdrawn' WHERE id = $1 AND user_id = $2 AND status IN ('sent', 'registered')",
    )
    .bind(id)
    .bind(session.user_id)
    .execute(&mut *transaction)
    .await?;
    if withdrawn.rows_affected() != 1 {
        drop(transaction);
        // Not one's own (404), or decided or withdrawn already (409).
        own_order(&state.db, &state.payment_recipients, session.user_id, id).await?;
        return Err(ApiError::Conflict(ErrorCode::OrderClosed, "the order is completed or withdrawn already"));
    }
    let event =
        Event { status: OrderStatus::Withdrawn, actor: Actor::Applicant, comment: Some(&reason), payment: None };
    record_event(&mut transaction, id, event).await?;
    crate::notifications::order_changed(&mut transaction, Some(session.user_id), id, OrderEventKind::Withdrawn, None)
        .await?;
    transaction.commit().await?;
    Ok(Json(own_order(&state.db, &state.payment_recipients, session.user_id, id).await?))
}

/// A timeline step as stored.
#[derive(sqlx::FromRow)]
struct EventRow {
    at: String,
    status: String,
    actor: String,
    comment: Option<String>,
    payment: Option<String>,
    complaint_number: Option<String>,
    complaint_status: Option<String>,
}

/// An order's timeline, oldest first.
async fn timeline(db: &Db, order_id: i64) -> Result<Vec<OrderEvent>, ApiError> {
    let rows: Vec<EventRow> = sqlx::query_as(
        "SELECT at, status, actor, comment, payment, complaint_number, complaint_status FROM order_events
         WHERE order_id = $1 ORDER BY at, id",
    )
    .bind(order_id)
    .fetch_all(db)
    .await?;
    rows.into_iter()
        .map(|EventRow { at, status, actor, comment, payment, complaint_number, complaint_status }| {
            let corrupt = || ApiError::Corrupt(format!("timeline of order {order_id}"));
            Ok(OrderEvent {
                at,
                status: status.parse().map_err(|_| corrupt())?,
                payment: match payment {
                    Some(state) => Some(payment_state(&state).ok_or_else(corrupt)?),
                    None => None,
                },
                actor: Actor::ALL.into_iter().find(|a| a.code() == actor).ok_or_else(corrupt)?,
                comment,
                complaint: match (complaint_number, complaint_status) {
                    (Some(number), Some(status)) => {
                        Some(ComplaintStep { number, status: ComplaintStatus::from_code(&status).ok_or_else(corrupt)? })
                    }
                    _ => None,
                },
            })
        })
        .collect()
}

fn payment_state(code: &str) -> Option<PaymentState> {
    PaymentState::ALL.into_iter().find(|state| state.code() == code)
}

/// One step on an order's timeline: the status it moved to (or kept),
/// who, why, and for a payment step where the payment stands.
pub(crate) struct Event<'a> {
    pub status: OrderStatus,
    pub actor: Actor,
    pub comment: Option<&'a str>,
    pub payment: Option<PaymentState>,
}

/// Puts a complaint step on an order's timeline: the order's status stays.
pub(crate) async fn record_complaint_step(
    connection: &mut sqlx::AnyConnection,
    order_id: i64,
    status: OrderStatus,
    step: &ComplaintStep,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO order_events (order_id, at, status, actor, complaint_number, complaint_status)
         VALUES ($1, $2, $3, 'applicant', $4, $5)",
    )
    .bind(order_id)
    .bind(crate::platform::clock::now())
    .bind(status.code())
    .bind(&step.number)
    .bind(step.status.code())
    .execute(connection)
    .await?;
    Ok(())
}

/// Puts a step on an order's timeline (inside the transaction that made it).
pub(crate) async fn record_event(
    connection: &mut sqlx::AnyConnection,
    order_id: i64,
    event: Event<'_>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO order_events (order_id, at, status, actor, comment, payment) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(order_id)
    .bind(crate::platform::clock::now())
    .bind(event.status.code())
    .bind(event.actor.code())
    .bind(event.comment)
    .bind(event.payment.map(PaymentState::code))
    .execute(connection)
    .await?;
    Ok(())
}

/// A file sent with one's own application, as a download.
#[utoipa::path(get, operation_id = "get_sent_file", path = "/api/orders/{id}/files/{file}", tag = "cabinet", security(("session" = [])),
    params(("id" = String, Path, description = "The order's number"), ("file" = String, Path, description = "The file's number")),
    responses(
        (status = 200, description = "The file as it was sent", content_type = "application/octet-stream", body = Vec<u8>),
        (status = 400, description = "An id is not a number (`malformed_id`)", body = ApiErrorBody),
        (status = 404, description = "No such file of this user's order (`not_found`)", body = ApiErrorBody),
))]
async fn sent_file(
    State(state): State<OrdersState>,
    session: CurrentSession,
    Path((raw_order, raw_file)): Path<(String, String)>,
) -> ApiResult<Response> {
    let (order_id, file_id) = (path_id(&raw_order, "order")?, path_id(&raw_file, "file")?);
    let own_row = "SELECT f.file_name, f.media_type, f.stored_as FROM order_files f JOIN orders o ON o.id = f.order_id
         WHERE f.id = $1 AND f.order_id = $2 AND o.user_id = $3";
    let ids = [file_id, order_id, session.user_id];
    own_stored_file(&state.db, &state.files, own_row, &ids, format!("file {file_id}")).await
}

/// One answer file of one's own order, as a download.
#[utoipa::path(get, operation_id = "get_answer_file", path = "/api/orders/{id}/answers/{file}", tag = "cabinet", security(("session" = [])),
    params(("id" = String, Path, description = "The order's number"), ("file" = String, Path, description = "The file's number")),
    responses(
        (status = 200, description = "The file, with `Content-Disposition` naming it", content_type = "application/octet-stream", body = Vec<u8>),
        (status = 400, description = "An id is not a number (`malformed_id`)", body = ApiErrorBody),
        (status = 404, description = "No such file of this user's order (`not_found`)", body = ApiErrorBody),
))]
async fn answer(
    State(state): State<OrdersState>,
    session: CurrentSession,
    Path((raw_order, raw_file)): Path<(String, String)>,
) -> ApiResult<Response> {
    let (order_id, file_id) = (path_id(&raw_order, "order")?, path_id(&raw_file, "answer file")?);
    // (Every row has its key once the start has moved the old ones.)
    let own_row =
        "SELECT a.file_name, a.media_type, a.stored_as FROM order_answers a JOIN orders o ON o.id = a.order_id
         WHERE a.id = $1 AND a.order_id = $2 AND o.user_id = $3 AND a.stored_as IS NOT NULL";
    let ids = [file_id, order_id, session.user_id];
    own_stored_file(&state.db, &state.files, own_row, &ids, format!("answer file {file_id}")).await
}
