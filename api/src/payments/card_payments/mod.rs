//! Paying by card (issue 13, seed 002: the Ministry of Justice's online
//! extracts «сплата … проводиться онлайн за допомогою платіжної картки»).
//!
//! `POST /api/orders/{id}/card-payment` starts an attempt and answers the
//! provider's page to go to; the provider calls `POST /api/payments/callback`
//! with a signed result, and sends the user back through
//! `GET /api/payments/return/{reference}`, where the portal asks the
//! provider itself (a callback may be late, or lost). Whichever comes first
//! settles the attempt; every later report of it changes nothing, so a
//! payment counts once. A paid online extract is made at once
//! (`online_extract`) and the order is «Виконано». A payment that arrives
//! when the order no longer waits for it (withdrawn, paid already) is given
//! back through the provider (`refunds`).

pub mod provider;
pub mod refunds;
pub mod sandbox;

use crate::accounts::session::CurrentSession;
use crate::accounts::session::Sessions;
use crate::catalogue::published::PublishedCatalogue;
use crate::http::error::{ApiError, ApiResult, path_id};
use crate::http::openapi::{MalformedId, NoSuchOrder};
use crate::orders::order::{Event, own_order, record_event};
use crate::orders::provider_actions::{StoredAnswer, attach_answer};
use crate::payment_recipients::PaymentRecipients;
use crate::platform::clock;
use crate::platform::config::Config;
use crate::platform::db::Db;
use crate::platform::file_store::FileStore;
use axum::Json;
use axum::body::Bytes;
use axum::extract::FromRef;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use portal_model::api_error::{ApiErrorBody, ErrorCode};
use portal_model::cabinet::OrderEventKind;
use portal_model::lang::Lang;
use portal_model::order::{Actor, CardPaymentStart, CardPaymentStarted, OrderStatus, PaymentMethod, PaymentState};
use provider::{NewPayment, Outcome, PaymentProvider, Report};
use std::sync::Arc;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// The card payment provider the configuration names, if any: the sandbox
/// with `--dev-sandbox-payments` (a real acquirer would be chosen here by
/// its own settings).
pub fn configured_provider(config: &Config, db: &Db) -> Option<Arc<dyn PaymentProvider>> {
    let secret = config.dev_sandbox_secret.as_deref().map(str::as_bytes);
    config.dev_sandbox_payments.then(|| Arc::new(sandbox::Sandbox::new(db.clone(), secret)) as _)
}

/// What paying by card uses of the portal's state.
#[derive(Clone)]
pub struct CardPaymentsState {
    pub db: Db,
    /// The card payment provider, if one is configured (the sandbox).
    pub payments: Option<Arc<dyn PaymentProvider>>,
    /// The portal's address as users reach it: the provider sends them back to it.
    pub public_url: Arc<str>,
    /// The catalogue, for the form a paid online extract is made from.
    pub catalogue: PublishedCatalogue,
    /// Who receives fees paid by order code (an order shows it).
    pub payment_recipients: PaymentRecipients,
    /// Where a paid online extract is kept, as the order's answer.
    pub files: FileStore,
}

pub fn routes<S>() -> OpenApiRouter<S>
where
    S: Clone + Send + Sync + 'static,
    CardPaymentsState: FromRef<S>,
    Sessions: FromRef<S>,
{
    OpenApiRouter::new().routes(routes!(start)).routes(routes!(come_back)).routes(routes!(callback))
}

/// Starts paying one's own order by card.
#[utoipa::path(post, operation_id = "start_card_payment", path = "/api/orders/{id}/card-payment", tag = "cabinet",
    security(("session" = [], "csrf" = [])),
    params(("id" = String, Path, description = "The order's number")),
    request_body = CardPaymentStart,
    responses(
        (status = 201, description = "The provider's page to go to", body = CardPaymentStarted),
        (status = 400, response = MalformedId),
        (status = 404, response = NoSuchOrder),
        (status = 409, description = "Not paid by card, paid already, or closed (`nothing_to_pay`)", body = ApiErrorBody),
        (status = 503, description = "No card payment provider is configured (`unavailable`)", body = ApiErrorBody),
))]
async fn start(
    State(state): State<CardPaymentsState>,
    session: CurrentSession,
    Path(raw): Path<String>,
    Json(request): Json<CardPaymentStart>,
) -> ApiResult<(StatusCode, Json<CardPaymentStarted>)> {
    let id = path_id(&raw, "order")?;
    let order = own_order(&state.db, &state.payment_recipients, session.user_id, id).await?;
    let payable = order
        .payment
        .as_ref()
        .filter(|payment| payment.method == PaymentMethod::Card && payment.state == PaymentState::Awaiting);
    let (Some(payment), OrderStatus::Sent) = (payable, order.status) else {
        return Err(ApiError::Conflict(ErrorCode::NothingToPay, "this order waits for no card payment"));
    };
    let provider = state.payments.clone().ok_or(ApiError::PaymentsOff)?;
    if let Some(pay_url) = open_attempt(&state, id).await? {
        return Ok((StatusCode::CREATED, Json(CardPaymentStarted { pay_url })));
    }
    let reference = crate::platform::random::key();
    let currency = payment.currency.code();
    let lang = Lang::from_tag(&request.language).unwrap_or(Lang::Uk);
    let description = format!("{} № {id}", service_name(&state, &order.service_id, lang).await?);
    let created = provider
        .create(NewPayment {
            reference: &reference,
            amount_minor: payment.amount_minor as i64,
            currency,
            description: &description,
            // (Absolute: the acquirer's page is on its own site.)
            return_url: format!("{}/api/payments/return/{reference}", state.public_url),
            language: lang.code(),
        })
        .await
        .map_err(|error| {
            tracing::error!(%error, "the payment provider refused to create a payment");
            ApiError::Provider
        })?;
    // The attempt is written once, with the provider's reference: a crash
    // or a dropped request before this leaves nothing behind (the
    // provider's unpaid payment, whose page nobody was given, lapses
    // there). One pending attempt per order: a second click at the same
    // moment finds the first's.
    let inserted = sqlx::query(
        "INSERT INTO card_payments (order_id, reference, provider, provider_ref, pay_url, amount_minor, currency, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING",
    )
    .bind(id)
    .bind(&reference)
    .bind(provider.name())
    .bind(&created.provider_ref)
    .bind(&created.pay_url)
    .bind(payment.amount_minor as i64)
    .bind(currency)
    .bind(clock::now())
    .execute(&state.db)
    .await?;
    if inserted.rows_affected() == 0 {
        let pay_url = open_attempt(&state, id).await?.ok_or(ApiError::Provider)?;
        return Ok((StatusCode::CREATED, Json(CardPaymentStarted { pay_url })));
    }
    Ok((StatusCode::CREATED, Json(CardPaymentStarted { pay_url: created.pay_url })))
}

/// A service's name in the user's language, as the provider's page shows it.
async fn service_name(state: &CardPaymentsState, service_id: &str, lang: Lang) -> ApiResult<String> {
    let names: Option<(String, String, String)> =
        sqlx::query_as("SELECT name_uk, name_be, name_en FROM services WHERE id = $1")
            .bind(service_id)
            .fetch_optional(&state.db)
            .await?;
    Ok(names
        .map(|(uk, be, en)| match lang {
            Lang::Uk => uk,
            Lang::Be => be,
            Lang::En => en,
        })
        .unwrap_or_default())
}

/// The page of the order's pending attempt, if it has one the provider
/// still holds open; an attempt the provider has decided meanwhile is
/// settled first (then there is none).
async fn open_attempt(state: &CardPaymentsState, order: i64) -> ApiResult<Option<String>> {
    let pending: Option<(String, String, String)> = sqlx::query_as(
        "SELECT reference, provider_ref, pay_url FROM card_payments WHERE order_id = $1 AND state = 'pending'",
    )
    .bind(order)
    .fetch_optional(&state.db)
    .await?;
    let Some((reference, provider_ref, pay_url)) = pending else { return Ok(None) };
    let Some(provider) = &state.payments else { return Ok(None) };
    match provider.status(&provider_ref).await {
        Ok(report) if report.reference == reference && report.outcome == Outcome::Pending => Ok(Some(pay_url)),
        Ok(report) if report.reference == reference => {
            settle(state, &report).await?;
            Ok(None)
        }
        _ => Ok(Some(pay_url)),
    }
}

/// Where the provider sends the user back: the portal asks the provider
/// how the payment went, settles it, and opens the order's page.
#[utoipa::path(get, operation_id = "card_payment_return", path = "/api/payments/return/{reference}", tag = "cabinet",
    params(("reference" = String, Path, description = "The payment attempt's reference")),
    responses((status = 303, description = "To the order's page (or the list, for an unknown reference)")),
)]
async fn come_back(State(state): State<CardPaymentsState>, Path(reference): Path<String>) -> Response {
    let attempt: Result<Option<(i64, String, String)>, _> =
        sqlx::query_as("SELECT order_id, provider_ref, state FROM card_payments WHERE reference = $1")
            .bind(&reference)
            .fetch_optional(&state.db)
            .await;
    let Ok(Some((order_id, provider_ref, attempt_state))) = attempt else {
        return Redirect::to("/cabinet/orders").into_response();
    };
    if let (Some(provider), "pending") = (&state.payments, attempt_state.as_str()) {
        match provider.status(&provider_ref).await {
            // (The report must be about this attempt, not another one.)
            Ok(report) if report.reference == reference => {
                if let Err(error) = settle(&state, &report).await {
                    tracing::error!(%error, %reference, "a card payment could not be settled on return");
                }
            }
            Ok(_) => tracing::warn!(%reference, "the provider answered about another payment"),
            Err(error) => tracing::warn!(%error, %reference, "the provider did not say how the payment went"),
        }
    }
    Redirect::to(&format!("/cabinet/orders/{order_id}")).into_response()
}

/// The provider's signed report of a payment.
#[utoipa::path(post, operation_id = "card_payment_callback", path = "/api/payments/callback", tag = "cabinet",
    params(("X-Signature" = String, Header, description = "The provider's signature of the body")),
    request_body(content = String, description = "The provider's report, as it signed it", content_type = "application/json"),
    responses(
        (status = 204, description = "Taken (a report seen before changes nothing)"),
        (status = 403, description = "Unsigned or not the provider's signature (`bad_signature`); nothing changes", body = ApiErrorBody),
        (status = 503, description = "No card payment provider is configured (`unavailable`)", body = ApiErrorBody),
))]
async fn callback(State(state): State<CardPaymentsState>, headers: HeaderMap, body: Bytes) -> ApiResult<StatusCode> {
    let signature = headers.get("x-signature").and_then(|value| value.to_str().ok());
    receive_callback(&state, &body, signature).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Checks a callback's signature and settles the payment it reports.
pub(crate) async fn receive_callback(state: &CardPaymentsState, body: &[u8], signature: Option<&str>) -> ApiResult<()> {
    let provider = state.payments.clone().ok_or(ApiError::PaymentsOff)?;
    let report = provider
        .verify_callback(body, signature)
        .ok_or(ApiError::Forbidden(ErrorCode::BadSignature, "the report is not signed by the payment provider"))?;
    settle(state, &report).await
}

/// Applies a provider's report of an attempt, once: the first report of
/// its result settles it, and any later one (a duplicate or late callback,
/// a status answer after the callback) finds it settled and stops. A paid
/// online extract is made first, outside the write transaction (its layout
/// and font subsetting would hold SQLite's only writer), and attached with
/// the order's completion in the same transaction as the payment. A payment
/// the order no longer waited for is given back after the commit.
pub(crate) async fn settle(state: &CardPaymentsState, report: &Report) -> ApiResult<()> {
    if report.outcome == Outcome::Pending {
        return Ok(());
    }
    let extract = match report.outcome {
        Outcome::Paid => prepare_extract(state, &report.reference).await?,
        _ => None,
    };
    let mut tx = state.db.begin().await?;
    // The write comes first and decides (two reports at once settle once);
    // the report must be about the provider's payment kept for this attempt,
    // and the amount and currency must be what was asked.
    let settled: Option<(i64,)> = sqlx::query_as(
        "UPDATE card_payments SET state = $1, settled_at = $2
         WHERE reference = $3 AND provider_ref = $4 AND state = 'pending' AND amount_minor = $5 AND currency = $6
         RETURNING order_id",
    )
    .bind(report.outcome.code())
    .bind(clock::now())
    .bind(&report.reference)
    .bind(&report.provider_ref)
    .bind(report.amount_minor)
    .bind(&report.currency)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((order_id,)) = settled else { return Ok(()) };
    if report.outcome != Outcome::Paid {
        tx.commit().await?;
        return Ok(());
    }
    let confirmed: Option<(Option<i64>, String)> = sqlx::query_as(
        "UPDATE orders SET payment_state = 'confirmed'
         WHERE id = $1 AND payment_method = 'card' AND payment_state = 'awaiting' AND status IN ('sent', 'registered')
         RETURNING user_id, status",
    )
    .bind(order_id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((user, status)) = confirmed else {
        // Paid when the order no longer waited for it (paid already,
        // withdrawn or decided meanwhile): due back, and given back now.
        sqlx::query("UPDATE card_payments SET state = 'refund_due' WHERE reference = $1")
            .bind(&report.reference)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        if let Some(provider) = &state.payments {
            // (Refused or unreachable: it stays due, for `portal-admin retry-refunds`.)
            let _ = refunds::give_back(&state.db, provider.as_ref(), &report.reference).await;
        }
        return Ok(());
    };
    let status: OrderStatus = status.parse().map_err(|_| ApiError::Corrupt(format!("status of order {order_id}")))?;
    let paid = Event { status, actor: Actor::Payment, comment: None, payment: Some(PaymentState::Confirmed) };
    record_event(&mut tx, order_id, paid).await?;
    let event = if status == OrderStatus::Sent {
        // (Made above for an order that was sent; one that turned sent
        // since cannot be, so a missing extract is a fault, rolled back for
        // the provider to report again.)
        let extract = extract.ok_or_else(|| ApiError::Document(format!("the online extract of order {order_id}")))?;
        complete_with_extract(&mut tx, &state.files, order_id, extract).await?;
        OrderEventKind::Done
    } else {
        OrderEventKind::PaymentConfirmed
    };
    crate::notifications::order_changed(&mut tx, user, order_id, event, None).await?;
    tx.commit().await?;
    Ok(())
}

/// What an order's online extract is made from.
#[derive(sqlx::FromRow)]
struct ExtractSource {
    order_id: i64,
    service_id: String,
    service_name: String,
    provider_name: String,
    country: String,
    answers_json: Option<String>,
    payment_code: Option<String>,
}

/// The online extract of the order an attempt pays for, when that attempt
/// is still pending and its order waits, sent, for this payment; rendered
/// with plain reads before any write.
async fn prepare_extract(state: &CardPaymentsState, reference: &str) -> ApiResult<Option<Vec<u8>>> {
    let row: Option<ExtractSource> = sqlx::query_as(
        "SELECT o.id AS order_id, o.service_id, s.name_uk AS service_name, p.name_uk AS provider_name,
                p.country, o.answers_json, o.payment_code
         FROM card_payments c JOIN orders o ON o.id = c.order_id
             JOIN services s ON s.id = o.service_id JOIN providers p ON p.id = s.provider_id
         WHERE c.reference = $1 AND c.state = 'pending' AND o.status = 'sent' AND o.payment_state = 'awaiting'",
    )
    .bind(reference)
    .fetch_optional(&state.db)
    .await?;
    let Some(ExtractSource {
        order_id,
        service_id,
        service_name,
        provider_name,
        country,
        answers_json,
        payment_code: code,
    }) = row
    else {
        return Ok(None);
    };
    let corrupt = || ApiError::Corrupt(format!("answers of order {order_id}"));
    let answers = serde_json::from_str(answers_json.as_deref().ok_or_else(corrupt)?).map_err(|_| corrupt())?;
    let form =
        state.catalogue.form(&service_id).ok_or_else(|| ApiError::NotFound(format!("a form for {service_id}")))?;
    let now = clock::now();
    let extract = crate::documents::online_extract::ExtractRequest {
        service_name: &service_name,
        provider_name: &provider_name,
        order_id,
        payment_code: code.as_deref(),
        made_at: &now,
        country: &country,
        form: &form,
        answers: &answers,
    };
    let pdf = crate::documents::online_extract::render(&extract).map_err(ApiError::Document)?;
    Ok(Some(pdf))
}

/// Attaches the order's online extract as the answer and completes the
/// order (seed 002: no registrar takes part).
async fn complete_with_extract(
    tx: &mut sqlx::AnyConnection,
    files: &FileStore,
    order_id: i64,
    pdf: Vec<u8>,
) -> ApiResult<()> {
    let answer = StoredAnswer {
        key: files.put(&pdf).await.map_err(ApiError::Storage)?,
        size: pdf.len(),
        file_name: crate::documents::online_extract::file_name(order_id),
        media_type: "application/pdf",
    };
    attach_answer(&mut *tx, order_id, &answer).await?;
    let today = crate::orders::provider_actions::today_at_provider(&mut *tx, order_id).await?;
    sqlx::query("UPDATE orders SET status = 'done', execution_date = $1 WHERE id = $2")
        .bind(today)
        .bind(order_id)
        .execute(&mut *tx)
        .await?;
    let done = Event { status: OrderStatus::Done, actor: Actor::Provider, comment: None, payment: None };
    record_event(tx, order_id, done).await?;
    Ok(())
}
