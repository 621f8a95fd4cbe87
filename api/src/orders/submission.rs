//! Submitting an application (issue 13): `POST /api/drafts/{id}/submit`
//! `{base_version}` checks the whole form once more, turns the draft into
//! an order «Надіслано, очікує реєстрації» with a copy of exactly what was
//! sent (answers, form version, files) that nothing changes afterwards (the
//! database's triggers refuse it), gives a service with a fee its 30-digit
//! payment code, and tells the user in the cabinet.
//!
//! One order per draft: a double click, a retried request or a second tab
//! finds the order the first one made (the unique `orders.draft_id` decides,
//! inside one transaction).
//!
//! The order takes the draft's files its answers name; the others are
//! deleted with their rows (nothing unreachable stays in the store). A file
//! removed while the draft is being sent makes the submit fail (409
//! `draft_conflict`) rather than send an order naming a file it lacks. One
//! person makes at most `SUBMISSIONS` orders an hour (429
//! `too_many_submissions`).

use super::OrdersState;
use crate::accounts::session::CurrentSession;
use crate::accounts::session::Sessions;
use crate::http::error::{ApiError, ApiResult, path_id};
use crate::orders::order::Event;
use crate::platform::clock;
use crate::platform::rate_limit::{self, Limit, Taken};
use axum::Json;
use axum::extract::FromRef;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use portal_model::api_error::{ApiErrorBody, ErrorCode};
use portal_model::cabinet::OrderEventKind;
use portal_model::form::{Answers, FormDefinition, Scope};
use portal_model::order::{Actor, Order, OrderStatus, PaymentMethod, SubmitRequest};
use portal_model::order_code::{CodeParts, OrderCode};
use rand::Rng;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// This deployment's number in its payment codes.
const DEPLOYMENT: u8 = 1;

/// Orders one person may send an hour (a retried or repeated submit of the
/// same draft does not count): more than anyone applies for at once, far
/// fewer than a script.
pub const SUBMISSIONS: Limit = Limit { max: 10, window_secs: 3600 };

pub fn routes<S>() -> OpenApiRouter<S>
where
    S: Clone + Send + Sync + 'static,
    OrdersState: FromRef<S>,
    Sessions: FromRef<S>,
{
    OpenApiRouter::new().routes(routes!(submit))
}

/// A draft as submitting needs it.
#[derive(sqlx::FromRow)]
struct DraftRow {
    service_id: String,
    version: i64,
    form_version: i64,
    data_json: String,
    deleted_at: Option<String>,
    order_id: Option<i64>,
}

/// Sends a draft: it becomes an order.
#[utoipa::path(post, operation_id = "submit_draft", path = "/api/drafts/{id}/submit", tag = "cabinet",
    security(("session" = [], "csrf" = [])),
    params(("id" = String, Path, description = "The draft's number")),
    request_body = SubmitRequest,
    responses(
        (status = 201, description = "Submitted: the new order", body = Order),
        (status = 200, description = "Submitted before (another click, tab or retry): the same order", body = Order),
        (status = 400, description = "The id is not a number (`malformed_id`)", body = ApiErrorBody),
        (status = 404, description = "No such draft of this user (`not_found`)", body = ApiErrorBody),
        (status = 409, description = "The draft or its files changed since `base_version` or while it was sent (`draft_conflict`)", body = ApiErrorBody),
        (status = 422, description = "The form is not complete or not valid: each problem under its path (`invalid_fields`)", body = ApiErrorBody),
        (status = 429, description = "Over 10 orders sent by this person within the hour (`too_many_submissions`, with `Retry-After`)", body = ApiErrorBody),
))]
async fn submit(
    State(state): State<OrdersState>,
    session: CurrentSession,
    Path(raw): Path<String>,
    Json(request): Json<SubmitRequest>,
) -> ApiResult<(StatusCode, Json<Order>)> {
    let draft_id = path_id(&raw, "draft")?;
    let draft: Option<DraftRow> = sqlx::query_as(
        "SELECT service_id, version, form_version, data_json, deleted_at, order_id FROM drafts
         WHERE id = $1 AND user_id = $2",
    )
    .bind(draft_id)
    .bind(session.user_id)
    .fetch_optional(&state.db)
    .await?;
    let draft = draft.ok_or_else(|| ApiError::NotFound(format!("draft {draft_id}")))?;
    if let Some(order_id) = draft.order_id {
        return Ok((
            StatusCode::OK,
            Json(
                crate::orders::order::own_order(&state.db, &state.payment_recipients, session.user_id, order_id)
                    .await?,
            ),
        ));
    }
    if draft.deleted_at.is_some() {
        return Err(ApiError::NotFound(format!("draft {draft_id}")));
    }
    if draft.version != request.base_version {
        return Err(ApiError::Conflict(ErrorCode::DraftConflict, "the draft changed since this copy was read"));
    }
    let service = draft.service_id.clone();
    let form = state.catalogue.form(&service).ok_or_else(|| ApiError::NotFound(format!("a form for {service}")))?;
    let stored: Answers = serde_json::from_str(&draft.data_json)
        .map_err(|_| ApiError::Corrupt(format!("answers of draft {draft_id}")))?;
    // What is sent: answers to the questions this form asks now (a draft
    // keeps answers to fields a newer form dropped, and to hidden ones).
    let mut answers = form.asked_answers(&stored);
    let mut problems = form.problems(&answers, Scope::Submit);
    problems.extend(crate::applications::drafts::stored_attachments(&state.db, draft_id, &form, &mut answers).await?);
    if !problems.is_empty() {
        // A parallel submit that sent it meanwhile took its files: its order.
        if let Some(order_id) = order_of(&state, session.user_id, draft_id).await? {
            return Ok((
                StatusCode::OK,
                Json(
                    crate::orders::order::own_order(&state.db, &state.payment_recipients, session.user_id, order_id)
                        .await?,
                ),
            ));
        }
        return Err(ApiError::InvalidFields(problems));
    }
    match make_order(&state, session.user_id, draft_id, &draft, &form, &answers).await? {
        Some(order_id) => {
            let order =
                crate::orders::order::own_order(&state.db, &state.payment_recipients, session.user_id, order_id)
                    .await?;
            Ok((StatusCode::CREATED, Json(order)))
        }
        // Another request submitted it meanwhile: its order.
        None => {
            let order_id = order_of(&state, session.user_id, draft_id)
                .await?
                .ok_or(ApiError::Conflict(ErrorCode::DraftConflict, "the draft changed while it was sent"))?;
            Ok((
                StatusCode::OK,
                Json(
                    crate::orders::order::own_order(&state.db, &state.payment_recipients, session.user_id, order_id)
                        .await?,
                ),
            ))
        }
    }
}

/// The order made of the user's draft, if it was sent.
async fn order_of(state: &OrdersState, user_id: i64, draft_id: i64) -> Result<Option<i64>, ApiError> {
    let order: Option<(i64,)> = sqlx::query_as("SELECT id FROM orders WHERE draft_id = $1 AND user_id = $2")
        .bind(draft_id)
        .bind(user_id)
        .fetch_optional(&state.db)
        .await?;
    Ok(order.map(|(id,)| id))
}

/// The order, its copy of the answers and files, its payment code, the
/// draft closed with its files taken and the notification: all or
/// nothing. `None` when another request made the draft's order first.
async fn make_order(
    state: &OrdersState,
    user_id: i64,
    draft_id: i64,
    draft: &DraftRow,
    form: &FormDefinition,
    answers: &Answers,
) -> Result<Option<i64>, ApiError> {
    let now = clock::now();
    // The order's day and its payment code's are the provider's country's
    // today (read before the transaction, whose first statement writes).
    let (country,): (String,) =
        sqlx::query_as("SELECT p.country FROM services s JOIN providers p ON p.id = s.provider_id WHERE s.id = $1")
            .bind(&draft.service_id)
            .fetch_one(&state.db)
            .await?;
    let today = clock::today_date_in(&country);
    let mut transaction = state.db.begin().await?;
    // Held first: no upload slips into the draft while it is sent.
    crate::applications::storage_quota::hold(&mut transaction, user_id).await?;
    // The unique draft_id makes a second submit of the draft find the
    // first's order.
    let inserted: Option<(i64,)> = sqlx::query_as(
        "INSERT INTO orders (user_id, service_id, status, ordered_at, draft_id)
         VALUES ($1, $2, 'sent', $3, $4)
         ON CONFLICT (draft_id) DO NOTHING
         RETURNING id",
    )
    .bind(user_id)
    .bind(&draft.service_id)
    .bind(&today)
    .bind(draft_id)
    .fetch_optional(&mut *transaction)
    .await?;
    let Some((order_id,)) = inserted else { return Ok(None) };
    // Counted in the transaction: only an order made counts.
    if let Taken::Refused { retry_after_secs } =
        rate_limit::take(&mut *transaction, &format!("submissions:{user_id}"), SUBMISSIONS).await?
    {
        return Err(ApiError::TooOften { code: ErrorCode::TooManySubmissions, retry_after_secs });
    }
    let fee: Option<(Option<i64>, Option<String>)> =
        sqlx::query_as("SELECT cost_amount_minor, cost_currency FROM services WHERE id = $1 AND cost_kind = 'fee'")
            .bind(&draft.service_id)
            .fetch_optional(&mut *transaction)
            .await?;
    let method = fee.as_ref().map(|_| method_for(answers));
    let (amount, currency) = fee.unwrap_or((None, None));
    let code = amount.map(|_| payment_code(order_id, &today));
    // (One UPDATE sets the copy: the triggers refuse any change after it.)
    sqlx::query(
        "UPDATE orders SET form_version = $1, answers_json = $2, payment_code = $3, amount_minor = $4, currency = $5,
             payment_state = CASE WHEN $3 IS NULL THEN NULL ELSE 'awaiting' END, payment_method = $7
         WHERE id = $6",
    )
    .bind(draft.form_version)
    .bind(serde_json::Value::Object(answers.clone()).to_string())
    .bind(code.as_ref().map(|code| code.digits().to_owned()))
    .bind(amount)
    .bind(currency)
    .bind(order_id)
    .bind(method.map(|method| match method {
        PaymentMethod::Card => "card",
        PaymentMethod::OrderCode => "order_code",
    }))
    .execute(&mut *transaction)
    .await?;
    let closed = sqlx::query(
        "UPDATE drafts SET order_id = $1, deleted_at = $2 WHERE id = $3 AND version = $4 AND deleted_at IS NULL",
    )
    .bind(order_id)
    .bind(&now)
    .bind(draft_id)
    .bind(draft.version)
    .execute(&mut *transaction)
    .await?;
    if closed.rows_affected() != 1 {
        // Saved or deleted since it was read: nothing is sent.
        return Err(ApiError::Conflict(ErrorCode::DraftConflict, "the draft changed while it was sent"));
    }
    let unnamed = take_files(&mut transaction, order_id, draft_id, form, answers).await?;
    let event = Event { status: OrderStatus::Sent, actor: Actor::Applicant, comment: None, payment: None };
    crate::orders::order::record_event(&mut transaction, order_id, event).await?;
    crate::notifications::order_changed(&mut transaction, Some(user_id), order_id, OrderEventKind::Sent, None).await?;
    transaction.commit().await?;
    state.draft_owners.forget(draft_id);
    for key in unnamed {
        // (Should this fail, the store's sweep takes the file later.)
        let _ = state.files.remove(&key).await;
    }
    Ok(Some(order_id))
}

/// A draft's file row as the submit takes it.
#[derive(sqlx::FromRow)]
struct DraftFile {
    id: i64,
    field: String,
    file_name: String,
    media_type: String,
    size: i64,
    stored_as: Option<String>,
}

/// Takes the draft's files: every row is deleted (which also holds them
/// against a parallel removal), those the answers name become the order's,
/// and the keys of the others are returned, to be removed from the store
/// once this commits. A named file that is gone (removed while the draft
/// was being sent) refuses the whole submit: 409 `draft_conflict`.
async fn take_files(
    transaction: &mut sqlx::Transaction<'_, sqlx::Any>,
    order_id: i64,
    draft_id: i64,
    form: &FormDefinition,
    answers: &Answers,
) -> Result<Vec<String>, ApiError> {
    let mut rows: Vec<DraftFile> = sqlx::query_as(
        "DELETE FROM draft_attachments WHERE draft_id = $1
         RETURNING id, field, file_name, media_type, size, stored_as",
    )
    .bind(draft_id)
    .fetch_all(&mut **transaction)
    .await?;
    for (path, answer) in form.attachment_answers(answers) {
        let id = answer.get("id").and_then(serde_json::Value::as_i64);
        let found = rows.iter().position(|row| Some(row.id) == id && row.field == path && row.stored_as.is_some());
        let Some(row) = found.map(|at| rows.swap_remove(at)) else {
            return Err(ApiError::Conflict(ErrorCode::DraftConflict, "a file the answers name was removed meanwhile"));
        };
        sqlx::query(
            "INSERT INTO order_files (order_id, field, file_name, media_type, size, stored_as)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(order_id)
        .bind(&row.field)
        .bind(&row.file_name)
        .bind(&row.media_type)
        .bind(row.size)
        .bind(&row.stored_as)
        .execute(&mut **transaction)
        .await?;
    }
    Ok(rows.into_iter().filter_map(|row| row.stored_as).collect())
}

/// A new payment code for an order: the day (`yyyy-mm-dd`), its number and
/// 8 random digits.
fn payment_code(order_id: i64, date: &str) -> OrderCode {
    let issued = format!("{}{}{}", &date[2..4], &date[5..7], &date[8..10]).parse().unwrap_or(0);
    let random = rand::thread_rng().gen_range(0..100_000_000);
    OrderCode::new(CodeParts { deployment: DEPLOYMENT, issued, order: order_id as u64, random })
}

/// How an application with a fee is paid: by card when its form offers
/// that and the applicant chose it (`payment_method` = `card`: the online
/// extracts of seed 002, made at once without a registrar), otherwise by
/// the 30-digit order code (seed 004).
fn method_for(answers: &portal_model::form::Answers) -> PaymentMethod {
    match answers.get("payment_method").and_then(serde_json::Value::as_str) {
        Some("card") => PaymentMethod::Card,
        _ => PaymentMethod::OrderCode,
    }
}
