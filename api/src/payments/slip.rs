//! «Платіжка»: the payment by order code on a page of its own, to print or
//! to show at a bank's counter — the code in groups, the amount, the
//! recipient and the QR code, nothing else: `GET /api/orders/{id}/payment-slip?lang=uk`.
//!
//! The server renders it (texts from the interface's Fluent files,
//! `locale_text`), so the SPA's first load carries none of it; its print
//! stylesheet fits it to one A4 page.

use crate::accounts::session::CurrentSession;
use crate::accounts::session::Sessions;
use crate::http::error::{ApiError, ApiResult, path_id};
use crate::http::openapi::MalformedId;
use crate::payment_recipients::PaymentRecipients;
use crate::payment_recipients::Recipient;
use crate::payments::qr;
use crate::platform::db::Db;
use crate::platform::locale_text::text;
use axum::extract::FromRef;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use portal_model::api_error::ApiErrorBody;
use portal_model::lang::Lang;
use portal_model::order_code::OrderCode;
use serde::Deserialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes<S>() -> OpenApiRouter<S>
where
    S: Clone + Send + Sync + 'static,
    Db: FromRef<S>,
    PaymentRecipients: FromRef<S>,
    Sessions: FromRef<S>,
{
    OpenApiRouter::new().routes(routes!(slip)).routes(routes!(print_script))
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
struct SlipQuery {
    /// `uk`, `be` or `en` (Ukrainian otherwise).
    #[serde(default)]
    lang: String,
}

/// The printable payment slip of one's own order paid by order code.
#[utoipa::path(get, operation_id = "get_payment_slip", path = "/api/orders/{id}/payment-slip", tag = "cabinet", security(("session" = [])),
    params(("id" = String, Path, description = "The order's number"), SlipQuery),
    responses(
        (status = 200, description = "The slip, as an HTML page", content_type = "text/html", body = String),
        (status = 400, response = MalformedId),
        (status = 404, description = "No such order of this user, or none paid by order code (`not_found`)", body = ApiErrorBody),
))]
async fn slip(
    State(db): State<Db>,
    State(payment_recipients): State<PaymentRecipients>,
    session: CurrentSession,
    Path(raw): Path<String>,
    Query(query): Query<SlipQuery>,
) -> ApiResult<Response> {
    let id = path_id(&raw, "order")?;
    let lang = Lang::from_tag(&query.lang).unwrap_or(Lang::Uk);
    let row = qr::own_code_payment(&db, session.user_id, id, lang).await?;
    let recipient = payment_recipients.of(&row.country);
    let page = page(lang, id, &row, recipient)?;
    Ok(([(header::CACHE_CONTROL, "private, no-store")], Html(page)).into_response())
}

/// The slip's page, filled in (and escaped) by its template.
#[derive(askama::Template)]
#[template(path = "payment_slip.html")]
struct SlipPage<'a> {
    lang: &'static str,
    id: i64,
    title: String,
    service: &'a str,
    code_label: String,
    code: String,
    amount_label: String,
    amount: String,
    recipient_label: String,
    recipient: Option<&'a Recipient>,
    iban_label: String,
    recipient_code_label: String,
    purpose: String,
    qr_alt: String,
    /// The QR code's SVG after `<svg `, made here from the order's figures.
    qr: String,
    qr_caption: String,
    print: String,
    back: String,
}

fn page(lang: Lang, id: i64, row: &qr::CodePayment, recipient: Option<&Recipient>) -> Result<String, ApiError> {
    let t = |message: &str| text(lang, message, &[]);
    let qr_text = qr::qr_text(&row.country, recipient, row.amount_minor as u64, &row.payment_code);
    let qr = qr::svg(&qr_text).ok_or_else(|| ApiError::Document(format!("a QR code for order {id}")))?;
    // (The SVG becomes an image with a text alternative: the template opens its tag.)
    let qr = qr
        .strip_prefix("<svg ")
        .map(str::to_owned)
        .ok_or_else(|| ApiError::Document(format!("the QR code of order {id}")))?;
    let amount_id = if row.currency == "BYN" { "cost-fee-byn" } else { "cost-fee-uah" };
    let page = SlipPage {
        lang: lang.code(),
        id,
        title: t("order-payment-slip-title"),
        service: &row.service_name,
        code_label: t("order-payment-code"),
        code: OrderCode::parse(&row.payment_code).map(|c| c.grouped()).unwrap_or_else(|_| row.payment_code.clone()),
        amount_label: t("order-payment-amount"),
        amount: text(lang, amount_id, &[("amount", portal_model::amount::written(lang, row.amount_minor as u64))]),
        recipient_label: t("order-payment-recipient"),
        recipient,
        iban_label: t("order-payment-iban"),
        recipient_code_label: t("order-payment-recipient-code"),
        purpose: text(lang, "order-payment-for", &[("provider", row.provider_name.clone())]),
        qr_alt: t("order-payment-qr-alt"),
        qr,
        qr_caption: t(if row.country == "UA" { "order-payment-qr" } else { "order-payment-qr-code-only" }),
        print: t("order-payment-print-now"),
        back: t("order-back"),
    };
    askama::Template::render(&page).map_err(|error| ApiError::Document(error.to_string()))
}

/// The slip's one behaviour: its button prints (a file, since the policy
/// allows no inline script).
#[utoipa::path(get, operation_id = "get_payment_slip_script", path = "/api/payment-slip.js", tag = "cabinet",
    responses((status = 200, description = "The slip's print button", content_type = "text/javascript", body = String)),
)]
async fn print_script() -> Response {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=86400")],
        "document.getElementById('print').addEventListener('click', () => window.print());\n",
    )
        .into_response()
}
