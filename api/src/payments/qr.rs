//! The payment QR code of an order paid by order code, drawn on the server
//! as SVG (no QR code in the SPA's first load): `GET /api/orders/{id}/payment-qr`.
//!
//! - Ukrainian services: the National Bank of Ukraine's payment QR code
//!   («Правила формування та використання QR-коду для здійснення кредитових
//!   переказів», постанова НБУ № 97 of 19.08.2021), format 002: the data
//!   structure — thirteen elements, each on a line of its own — in UTF-8,
//!   Base64URL-encoded (RFC 4648 §5) behind `https://bank.gov.ua/qr/`, so a
//!   phone's camera opens it as a link and a banking app reads it into a
//!   filled-in transfer: recipient, IBAN, amount, recipient's code and the
//!   purpose, which carries the 30-digit order code. (Format 001 is the same
//!   elements as plain text with CR LF line ends, which camera apps show as
//!   text; 002 is what the NBU's own generator makes.)
//! - Belarusian services are paid through ЕРІП by the order number (seed
//!   004), and Belarus has no national transfer QR format that banking
//!   apps share; the QR carries the 30 digits alone, which a phone's camera
//!   or a bank's «pay by number» screen reads without typing.
//!
//! The recipients are configuration (`payment_recipients`).

use crate::accounts::session::CurrentSession;
use crate::accounts::session::Sessions;
use crate::http::error::{ApiError, ApiResult, path_id};
use crate::http::openapi::MalformedId;
use crate::payment_recipients::PaymentRecipients;
use crate::payment_recipients::Recipient;
use crate::platform::db::Db;
use crate::platform::locale_text::text;
use axum::extract::FromRef;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use portal_model::api_error::ApiErrorBody;
use portal_model::lang::Lang;
use qrcodegen::{QrCode, QrCodeEcc};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes<S>() -> OpenApiRouter<S>
where
    S: Clone + Send + Sync + 'static,
    Db: FromRef<S>,
    PaymentRecipients: FromRef<S>,
    Sessions: FromRef<S>,
{
    OpenApiRouter::new().routes(routes!(qr))
}

/// What a format 002 code starts with; the Base64URL data follows.
pub const NBU_LINK: &str = "https://bank.gov.ua/qr/";

/// The longest purpose of payment the format takes (element 12).
pub const MAX_PURPOSE_CHARS: usize = 140;

/// The NBU data structure, format 002, UTF-8 (encoding `1`), function
/// `UCT` (a credit transfer): service mark, version, encoding, function,
/// BIC (reserved, empty), recipient, IBAN, `UAH` and the amount with a
/// point, recipient's code, purpose code and reference (reserved, empty),
/// purpose, display text (empty) — thirteen elements, each ended by LF.
pub fn nbu_data(recipient: &Recipient, amount_minor: u64, code: &str) -> String {
    let amount = format!("UAH{}.{:02}", amount_minor / 100, amount_minor % 100);
    // (In Ukrainian whatever the reader's language: a transfer to a Ukrainian recipient.)
    let purpose = text(Lang::Uk, "payment-qr-purpose", &[("code", code.to_owned())]);
    let elements = [
        "BCD",
        "002",
        "1",
        "UCT",
        "",
        &recipient.name,
        &recipient.iban,
        &amount,
        &recipient.code,
        "",
        "",
        &purpose,
        "",
    ];
    elements.join("\n")
}

/// The text of a Ukrainian payment QR code (format 002): the link with the
/// data structure in Base64URL.
pub fn nbu_link(recipient: &Recipient, amount_minor: u64, code: &str) -> String {
    let data = nbu_data(recipient, amount_minor, code);
    format!("{NBU_LINK}{}", base64::engine::general_purpose::URL_SAFE.encode(data))
}

/// What an order's payment QR code says: the NBU link for a Ukrainian
/// service with a recipient, otherwise the 30 digits alone.
pub fn qr_text(country: &str, recipient: Option<&Recipient>, amount_minor: u64, code: &str) -> String {
    match (country, recipient) {
        ("UA", Some(recipient)) => nbu_link(recipient, amount_minor, code),
        _ => code.to_owned(),
    }
}

/// A QR code as an SVG picture: dark modules as one path, a quiet zone of
/// four modules, scalable without blur.
pub fn svg(text: &str) -> Option<String> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = qr.size();
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if qr.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + 4, y + 4));
            }
        }
    }
    let full = size + 8;
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {full} {full}\" shape-rendering=\"crispEdges\">\
         <rect width=\"{full}\" height=\"{full}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
    ))
}

/// One's own order paid by order code, as its QR code and slip show it
/// (the names in `lang`); not found for another's order or one paid
/// otherwise.
#[derive(sqlx::FromRow)]
pub(crate) struct CodePayment {
    pub payment_code: String,
    pub amount_minor: i64,
    pub currency: String,
    pub country: String,
    pub service_name: String,
    pub provider_name: String,
}

pub(crate) async fn own_code_payment(db: &Db, user_id: i64, id: i64, lang: Lang) -> ApiResult<CodePayment> {
    let (service_column, provider_column) = match lang {
        Lang::Uk => ("s.name_uk", "p.name_uk"),
        Lang::Be => ("s.name_be", "p.name_be"),
        Lang::En => ("s.name_en", "p.name_en"),
    };
    let row: Option<CodePayment> = sqlx::query_as(&format!(
        "SELECT o.payment_code, o.amount_minor, o.currency, p.country,
                {service_column} AS service_name, {provider_column} AS provider_name
         FROM orders o JOIN services s ON s.id = o.service_id JOIN providers p ON p.id = s.provider_id
         WHERE o.id = $1 AND o.user_id = $2 AND o.payment_code IS NOT NULL AND o.payment_method = 'order_code'"
    ))
    .bind(id)
    .bind(user_id)
    .fetch_optional(db)
    .await?;
    row.ok_or_else(|| ApiError::NotFound(format!("a payment by code of order {id}")))
}

/// The payment QR code of one's own order paid by order code.
#[utoipa::path(get, operation_id = "get_payment_qr", path = "/api/orders/{id}/payment-qr", tag = "cabinet", security(("session" = [])),
    params(("id" = String, Path, description = "The order's number")),
    responses(
        (status = 200, description = "The QR code, as SVG", content_type = "image/svg+xml", body = String),
        (status = 400, response = MalformedId),
        (status = 404, description = "No such order of this user, or none paid by order code (`not_found`)", body = ApiErrorBody),
))]
async fn qr(
    State(db): State<Db>,
    State(payment_recipients): State<PaymentRecipients>,
    session: CurrentSession,
    Path(raw): Path<String>,
) -> ApiResult<Response> {
    let id = path_id(&raw, "order")?;
    let row = own_code_payment(&db, session.user_id, id, Lang::Uk).await?;
    let text = qr_text(&row.country, payment_recipients.of(&row.country), row.amount_minor as u64, &row.payment_code);
    let picture = svg(&text).ok_or_else(|| ApiError::Document(format!("a QR code for order {id}")))?;
    // (Never stored by the browser: `private_answers`.)
    Ok(([(header::CONTENT_TYPE, "image/svg+xml")], picture).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_qr_code_is_an_svg_of_square_modules() {
        let picture = svg("012611270000000000420123456789").unwrap();
        assert!(picture.starts_with("<svg") && picture.contains("M4,4h1v1h-1z"), "the finder pattern's corner");
    }
}
