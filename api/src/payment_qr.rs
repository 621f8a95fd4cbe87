//! The payment QR code of an order paid by order code, drawn on the server
//! as SVG (no QR code in the SPA's first load): `GET /api/orders/{id}/payment-qr`.
//!
//! - Ukrainian services: the National Bank of Ukraine's payment QR format
//!   (version 002, UTF-8, function UCT), which Ukrainian banking apps read
//!   into a filled-in transfer: recipient, IBAN, amount, recipient's code
//!   and the purpose, which carries the 30-digit order code.
//! - Belarusian services are paid through ЕРІП by the order number (seed
//!   004), and Belarus has no national transfer QR format that banking
//!   apps share; the QR carries the 30 digits alone, which a phone's camera
//!   or a bank's «pay by number» screen reads without typing.
//!
//! The recipient (`api/seed/payment_recipients.json`) is a demonstration
//! account per country: the catalogue names no accounts.

use crate::AppState;
use crate::accounts::session::CurrentSession;
use crate::error::{ApiError, ApiResult, path_id};
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use portal_model::api_error::ApiErrorBody;
use qrcodegen::{QrCode, QrCodeEcc};
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::LazyLock;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(qr))
}

/// Who receives a country's fees.
#[derive(Clone, Debug, Deserialize)]
pub struct Recipient {
    pub name: String,
    pub iban: String,
    pub code: String,
}

static RECIPIENTS: LazyLock<HashMap<String, Recipient>> = LazyLock::new(|| {
    let all: HashMap<String, serde_json::Value> =
        serde_json::from_str(include_str!("../seed/payment_recipients.json")).unwrap_or_default();
    all.into_iter().filter_map(|(country, value)| Some((country, serde_json::from_value(value).ok()?))).collect()
});

pub fn recipient(country: &str) -> Option<&'static Recipient> {
    RECIPIENTS.get(country)
}

/// The NBU payment QR text (version 002): thirteen lines.
pub fn nbu_payload(recipient: &Recipient, amount_minor: u64, code: &str) -> String {
    let amount = format!("UAH{}.{:02}", amount_minor / 100, amount_minor % 100);
    let purpose = format!("Оплата адміністративної послуги, код замовлення {code}");
    ["BCD", "002", "1", "UCT", "", &recipient.name, &recipient.iban, &amount, &recipient.code, "", "", &purpose, ""]
        .join("\n")
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

/// The payment QR code of one's own order paid by order code.
#[utoipa::path(get, operation_id = "get_payment_qr", path = "/api/orders/{id}/payment-qr", tag = "cabinet", security(("session" = [])),
    params(("id" = String, Path, description = "The order's number")),
    responses(
        (status = 200, description = "The QR code, as SVG", content_type = "image/svg+xml", body = String),
        (status = 400, description = "The id is not a number (`malformed_id`)", body = ApiErrorBody),
        (status = 404, description = "No such order of this user, or none paid by order code (`not_found`)", body = ApiErrorBody),
))]
async fn qr(State(state): State<AppState>, session: CurrentSession, Path(raw): Path<String>) -> ApiResult<Response> {
    let id = path_id(&raw, "order")?;
    let row: Option<(String, i64, String)> = sqlx::query_as(
        "SELECT o.payment_code, o.amount_minor, p.country
         FROM orders o JOIN services s ON s.id = o.service_id JOIN providers p ON p.id = s.provider_id
         WHERE o.id = $1 AND o.user_id = $2 AND o.payment_code IS NOT NULL AND o.payment_method = 'order_code'",
    )
    .bind(id)
    .bind(session.user_id)
    .fetch_optional(&state.db)
    .await?;
    let (code, amount, country) = row.ok_or_else(|| ApiError::NotFound(format!("a payment by code of order {id}")))?;
    let text = match (country.as_str(), recipient(&country)) {
        ("UA", Some(recipient)) => nbu_payload(recipient, amount as u64, &code),
        _ => code,
    };
    let picture = svg(&text).ok_or_else(|| ApiError::Document(format!("a QR code for order {id}")))?;
    // (Never stored by the browser: `private_answers`.)
    Ok(([(header::CONTENT_TYPE, "image/svg+xml")], picture).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nbu_payload_has_its_thirteen_lines_in_order() {
        let recipient = recipient("UA").unwrap();
        let code = "012611270000000000420123456789";
        let payload = nbu_payload(recipient, 78000, code);
        let lines: Vec<&str> = payload.split('\n').collect();
        assert_eq!(lines.len(), 13);
        assert_eq!(&lines[..5], ["BCD", "002", "1", "UCT", ""]);
        assert_eq!((lines[6], lines[7], lines[8]), (recipient.iban.as_str(), "UAH780.00", recipient.code.as_str()));
        assert!(lines[11].contains(code));
        assert!(lines[11].chars().count() <= 140 && lines[5].chars().count() <= 70, "NBU field limits");
    }

    #[test]
    fn the_demo_iban_checks() {
        let iban = &recipient("UA").unwrap().iban;
        let moved = format!("{}{}", &iban[4..], &iban[..4]);
        let digits: String = moved
            .chars()
            .map(|c| if c.is_ascii_alphabetic() { (c as u32 - 55).to_string() } else { c.to_string() })
            .collect();
        let remainder = digits.bytes().fold(0u32, |r, b| (r * 10 + u32::from(b - b'0')) % 97);
        assert_eq!(remainder, 1);
    }

    #[test]
    fn a_qr_code_is_an_svg_of_square_modules() {
        let picture = svg("012611270000000000420123456789").unwrap();
        assert!(picture.starts_with("<svg") && picture.contains("M4,4h1v1h-1z"), "the finder pattern's corner");
    }
}
