//! The sandbox card payment provider: a stand-in for a real acquirer that
//! runs inside the portal (`--dev-sandbox-payments`, development and tests
//! only), with its own page under `/sandbox-pay/` (which it mounts itself,
//! `routes`), its own book of payments (`sandbox_payments`), callbacks
//! signed with HMAC-SHA256 under its own key (kept here, nowhere else),
//! status queries and refunds.
//!
//! Test cards (any future expiry, any three-digit CVC; README lists them):
//! - 4242 4242 4242 4242: paid;
//! - 4000 0000 0000 0002: declined by the bank;
//! - 4000 0000 0000 9995: insufficient funds;
//! - 4000 0000 0000 0077: paid, but the callback comes late (after the
//!   user is back) and twice;
//! - 4000 0000 0000 0119: paid, but the first refund of it is refused (the
//!   bank is unreachable), so it waits in `portal-admin refunds-due`;
//! - any other number that passes the Luhn check: paid.
//!
//! A number that fails the Luhn check, a past or malformed expiry or a
//! CVC that is not three digits is refused on the page with the typed
//! values kept, as a bank's page does.

use super::CardPaymentsState;
use super::provider::{self, Created, NewPayment, Outcome, PaymentProvider, ProviderError, Report};
use crate::platform::db::Db;
use crate::platform::locale_text::text;
use axum::Router;
use axum::extract::{Extension, Form, Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use futures_util::future::BoxFuture;
use portal_model::lang::Lang;
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use std::time::Duration;

pub struct Sandbox {
    db: Db,
    /// The key its callbacks are signed with.
    secret: Arc<[u8]>,
}

impl Sandbox {
    /// The sandbox on the portal's database, signing with `secret` (a
    /// random key when none is given: callbacks then verify only within
    /// this process's life, which is all the sandbox needs).
    pub fn new(db: Db, secret: Option<&[u8]>) -> Sandbox {
        let secret = match secret {
            Some(secret) => secret.into(),
            None => crate::platform::random::key().into_bytes().into(),
        };
        Sandbox { db, secret }
    }
}

/// The test card whose first refund is refused.
const REFUND_REFUSED_ONCE: &str = "4000000000000119";

/// The callback's body, as signed.
#[derive(Serialize, Deserialize)]
struct Callback {
    reference: String,
    payment_id: String,
    status: String,
    amount_minor: i64,
    currency: String,
}

impl PaymentProvider for Sandbox {
    fn name(&self) -> &'static str {
        "sandbox"
    }

    fn create<'a>(&'a self, payment: NewPayment<'a>) -> BoxFuture<'a, Result<Created, ProviderError>> {
        Box::pin(async move {
            let id = crate::platform::random::key();
            sqlx::query(
                "INSERT INTO sandbox_payments (id, reference, amount_minor, currency, description, return_url, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(&id)
            .bind(payment.reference)
            .bind(payment.amount_minor)
            .bind(payment.currency)
            .bind(payment.description)
            .bind(&payment.return_url)
            .bind(crate::platform::clock::now())
            .execute(&self.db)
            .await
            .map_err(|error| ProviderError::Failed(error.to_string()))?;
            Ok(Created { pay_url: format!("/sandbox-pay/{id}?lang={}", payment.language), provider_ref: id })
        })
    }

    fn verify_callback(&self, body: &[u8], signature: Option<&str>) -> Option<Report> {
        if !provider::signature_holds(&self.secret, body, signature?) {
            return None;
        }
        let callback: Callback = serde_json::from_slice(body).ok()?;
        Some(Report {
            reference: callback.reference,
            provider_ref: callback.payment_id,
            outcome: Outcome::from_code(&callback.status)?,
            amount_minor: callback.amount_minor,
            currency: callback.currency,
        })
    }

    fn status<'a>(&'a self, provider_ref: &'a str) -> BoxFuture<'a, Result<Report, ProviderError>> {
        Box::pin(async move {
            let payment = book_entry(&self.db, provider_ref)
                .await
                .map_err(|error| ProviderError::Failed(error.to_string()))?
                .ok_or(ProviderError::Unknown)?;
            Ok(Report {
                reference: payment.reference,
                provider_ref: provider_ref.to_owned(),
                outcome: match payment.state.as_str() {
                    "created" => Outcome::Pending,
                    // (Paid, whatever became of the money afterwards.)
                    "refunded" | "refund_refused" => Outcome::Paid,
                    other => Outcome::from_code(other).ok_or(ProviderError::Unknown)?,
                },
                amount_minor: payment.amount_minor,
                currency: payment.currency,
            })
        })
    }

    fn refund<'a>(&'a self, refund: provider::Refund<'a>) -> BoxFuture<'a, Result<(), ProviderError>> {
        Box::pin(async move {
            let failed = |error: sqlx::Error| ProviderError::Failed(error.to_string());
            let entry: Option<(String, Option<String>, i64, String)> =
                sqlx::query_as("SELECT state, card_last4, amount_minor, currency FROM sandbox_payments WHERE id = $1")
                    .bind(refund.provider_ref)
                    .fetch_optional(&self.db)
                    .await
                    .map_err(failed)?;
            let (state, last4, amount, currency) = entry.ok_or(ProviderError::Unknown)?;
            if (amount, currency.as_str()) != (refund.amount_minor, refund.currency) {
                return Err(ProviderError::Failed("a refund must be of the whole amount, in its currency".into()));
            }
            let next = match state.as_str() {
                "refunded" => return Ok(()),
                "paid" if last4.as_deref() == Some(&REFUND_REFUSED_ONCE[12..]) => "refund_refused",
                "paid" | "refund_refused" => "refunded",
                _ => return Err(ProviderError::Failed(format!("a payment {state} cannot be refunded"))),
            };
            sqlx::query("UPDATE sandbox_payments SET state = $1 WHERE id = $2 AND state = $3")
                .bind(next)
                .bind(refund.provider_ref)
                .bind(&state)
                .execute(&self.db)
                .await
                .map_err(failed)?;
            match next {
                "refunded" => Ok(()),
                _ => Err(ProviderError::Failed(
                    "the sandbox's bank is unreachable (test card 4000 0000 0000 0119)".into(),
                )),
            }
        })
    }

    fn routes(self: Arc<Self>) -> Router<CardPaymentsState> {
        Router::new()
            .route("/sandbox-pay/{id}", get(page).post(pay))
            .layer(Extension(self))
            .layer(axum::middleware::map_response(|response: Response| async { no_store(response) }))
    }
}

#[derive(sqlx::FromRow)]
struct BookEntry {
    reference: String,
    amount_minor: i64,
    currency: String,
    description: String,
    return_url: String,
    state: String,
}

async fn book_entry(db: &Db, id: &str) -> Result<Option<BookEntry>, sqlx::Error> {
    sqlx::query_as(
        "SELECT reference, amount_minor, currency, description, return_url, state FROM sandbox_payments WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(db)
    .await
}

#[derive(Deserialize)]
struct PageQuery {
    #[serde(default)]
    lang: String,
}

/// The sandbox's card page (outside `/api/`, as a bank's page would be).
async fn page(
    Extension(sandbox): Extension<Arc<Sandbox>>,
    Path(id): Path<String>,
    Query(query): Query<PageQuery>,
) -> Response {
    let words = Words::of(&query.lang);
    match book_entry(&sandbox.db, &id).await {
        Ok(Some(entry)) if entry.state == "created" => {
            Html(card_form(&words, &query.lang, &id, &entry, &CardForm::default(), &[])).into_response()
        }
        Ok(Some(entry)) => Redirect::to(&entry.return_url).into_response(),
        Ok(None) => (StatusCode::NOT_FOUND, Html(message_page(&words, &words.unknown))).into_response(),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, Html(message_page(&words, &words.unavailable))).into_response(),
    }
}

#[derive(Default, Deserialize)]
struct CardForm {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    number: String,
    #[serde(default)]
    expiry: String,
    #[serde(default)]
    cvc: String,
}

async fn pay(
    State(state): State<CardPaymentsState>,
    Extension(sandbox): Extension<Arc<Sandbox>>,
    Path(id): Path<String>,
    Form(form): Form<CardForm>,
) -> Response {
    let words = Words::of(&form.lang);
    let entry = match book_entry(&sandbox.db, &id).await {
        Ok(Some(entry)) => entry,
        Ok(None) => return (StatusCode::NOT_FOUND, Html(message_page(&words, &words.unknown))).into_response(),
        Err(_) => {
            return (StatusCode::SERVICE_UNAVAILABLE, Html(message_page(&words, &words.unavailable))).into_response();
        }
    };
    if entry.state != "created" {
        // Paid or refused already (a second click, the back button).
        return Redirect::to(&entry.return_url).into_response();
    }
    let problems = card_problems(&form, crate::platform::clock::today_date().as_str());
    if !problems.is_empty() {
        let page = card_form(&words, &form.lang, &id, &entry, &form, &problems);
        return (StatusCode::UNPROCESSABLE_ENTITY, Html(page)).into_response();
    }
    let digits: String = form.number.chars().filter(char::is_ascii_digit).collect();
    let (outcome, late) = match digits.as_str() {
        "4000000000000002" => (Outcome::Declined, false),
        "4000000000009995" => (Outcome::InsufficientFunds, false),
        "4000000000000077" => (Outcome::Paid, true),
        _ => (Outcome::Paid, false),
    };
    let booked =
        sqlx::query("UPDATE sandbox_payments SET state = $1, card_last4 = $2 WHERE id = $3 AND state = 'created'")
            .bind(outcome.code())
            .bind(&digits[digits.len() - 4..])
            .bind(&id)
            .execute(&sandbox.db)
            .await;
    match booked {
        Ok(result) if result.rows_affected() == 1 => {}
        Ok(_) => return Redirect::to(&entry.return_url).into_response(),
        Err(_) => {
            return (StatusCode::SERVICE_UNAVAILABLE, Html(message_page(&words, &words.unavailable))).into_response();
        }
    }
    let callback = Callback {
        reference: entry.reference.clone(),
        payment_id: id.clone(),
        status: outcome.code().into(),
        amount_minor: entry.amount_minor,
        currency: entry.currency.clone(),
    };
    let body = serde_json::to_vec(&callback).unwrap_or_default();
    let signature = provider::sign(&sandbox.secret, &body);
    if late {
        // After the user is back (and the portal has asked the sandbox),
        // twice, as a provider retrying would.
        tokio::spawn(async move {
            for _ in 0..2 {
                tokio::time::sleep(Duration::from_secs(3)).await;
                deliver(&state, &body, &signature).await;
            }
        });
    } else {
        deliver(&state, &body, &signature).await;
    }
    Redirect::to(&entry.return_url).into_response()
}

/// Hands a signed callback to the portal's callback handling (the same
/// path `POST /api/payments/callback` takes).
async fn deliver(state: &CardPaymentsState, body: &[u8], signature: &str) {
    if let Err(error) = super::receive_callback(state, body, Some(signature)).await {
        tracing::warn!(%error, "the sandbox's callback was not taken");
    }
}

/// What is wrong with the card as typed, as `(field, message)`.
fn card_problems(form: &CardForm, today: &str) -> Vec<(&'static str, Problem)> {
    let mut problems = Vec::new();
    let digits: String = form.number.chars().filter(char::is_ascii_digit).collect();
    let only_digits_and_spaces = form.number.chars().all(|c| c.is_ascii_digit() || c == ' ' || c == '-');
    if !only_digits_and_spaces || !(13..=19).contains(&digits.len()) || !luhn(&digits) {
        problems.push(("number", Problem::Number));
    }
    if !expiry_holds(&form.expiry, today) {
        problems.push(("expiry", Problem::Expiry));
    }
    if form.cvc.len() != 3 || !form.cvc.bytes().all(|b| b.is_ascii_digit()) {
        problems.push(("cvc", Problem::Cvc));
    }
    problems
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Problem {
    Number,
    Expiry,
    Cvc,
}

/// The Luhn check every card number carries in its last digit.
pub fn luhn(digits: &str) -> bool {
    let mut sum = 0;
    for (position, byte) in digits.bytes().rev().enumerate() {
        if !byte.is_ascii_digit() {
            return false;
        }
        let mut digit = u32::from(byte - b'0');
        if position % 2 == 1 {
            digit *= 2;
            if digit > 9 {
                digit -= 9;
            }
        }
        sum += digit;
    }
    !digits.is_empty() && sum % 10 == 0
}

/// `MM/YY`, this month or later (`today` is `yyyy-mm-dd`).
fn expiry_holds(expiry: &str, today: &str) -> bool {
    let Some((month, year)) = expiry.trim().split_once('/') else { return false };
    let (Ok(month), Ok(year)) = (month.trim().parse::<u32>(), year.trim().parse::<u32>()) else { return false };
    let (Ok(this_year), Ok(this_month)) = (today[2..4].parse::<u32>(), today[5..7].parse::<u32>()) else {
        return false;
    };
    (1..=12).contains(&month) && year < 100 && (year, month) >= (this_year, this_month)
}

/// The sandbox page's words in the user's language (`locales/*/server.ftl`;
/// Ukrainian for an unknown language).
struct Words {
    lang: &'static str,
    title: String,
    notice: String,
    amount: String,
    number: String,
    expiry: String,
    cvc: String,
    pay: String,
    cards: String,
    errors: String,
    bad_number: String,
    bad_expiry: String,
    bad_cvc: String,
    unknown: String,
    unavailable: String,
}

impl Words {
    fn of(lang: &str) -> Words {
        let lang = Lang::from_tag(lang).unwrap_or(Lang::Uk);
        let t = |id: &str| text(lang, id, &[]);
        Words {
            lang: lang.code(),
            title: t("sandbox-title"),
            notice: t("sandbox-notice"),
            amount: t("sandbox-amount"),
            number: t("sandbox-card-number"),
            expiry: t("sandbox-card-expiry"),
            cvc: t("sandbox-card-cvc"),
            pay: t("sandbox-pay"),
            cards: t("sandbox-test-cards"),
            errors: t("sandbox-check-card"),
            bad_number: t("sandbox-bad-number"),
            bad_expiry: t("sandbox-bad-expiry"),
            bad_cvc: t("sandbox-bad-cvc"),
            unknown: t("sandbox-unknown-payment"),
            unavailable: t("sandbox-unavailable"),
        }
    }

    fn problem(&self, problem: Problem) -> &str {
        match problem {
            Problem::Number => &self.bad_number,
            Problem::Expiry => &self.bad_expiry,
            Problem::Cvc => &self.bad_cvc,
        }
    }
}

/// A page with one message (an unknown payment, the service unavailable).
#[derive(askama::Template)]
#[template(path = "sandbox_message.html")]
struct MessagePage<'a> {
    words: &'a Words,
    message: &'a str,
}

fn message_page(words: &Words, message: &str) -> String {
    askama::Template::render(&MessagePage { words, message }).unwrap_or_default()
}

/// The card form, with what was typed and each problem by its field.
#[derive(askama::Template)]
#[template(path = "sandbox_card.html")]
struct CardPage<'a> {
    words: &'a Words,
    lang: &'a str,
    id: &'a str,
    description: &'a str,
    amount: String,
    problems: Vec<(&'static str, &'a str)>,
    fields: [Field<'a>; 3],
}

struct Field<'a> {
    name: &'static str,
    label: &'a str,
    value: &'a str,
    autocomplete: &'static str,
    error: Option<&'a str>,
}

fn card_form(
    words: &Words,
    lang: &str,
    id: &str,
    entry: &BookEntry,
    typed: &CardForm,
    problems: &[(&'static str, Problem)],
) -> String {
    let error =
        |name: &str| problems.iter().find(|(field, _)| *field == name).map(|(_, problem)| words.problem(*problem));
    let field =
        |name: &'static str, label, value, autocomplete| Field { name, label, value, autocomplete, error: error(name) };
    let page = CardPage {
        words,
        lang,
        id,
        description: &entry.description,
        amount: format!("{}.{:02} {}", entry.amount_minor / 100, entry.amount_minor % 100, entry.currency),
        problems: problems.iter().map(|(field, problem)| (*field, words.problem(*problem))).collect(),
        fields: [
            field("number", &words.number, &typed.number, "cc-number"),
            field("expiry", &words.expiry, &typed.expiry, "cc-exp"),
            field("cvc", &words.cvc, &typed.cvc, "cc-csc"),
        ],
    };
    askama::Template::render(&page).unwrap_or_default()
}

/// Sandbox pages are never cached (they hold what was typed).
fn no_store(mut response: Response) -> Response {
    response.headers_mut().insert(header::CACHE_CONTROL, header::HeaderValue::from_static("no-store"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_takes_test_cards_and_catches_a_wrong_digit() {
        for card in ["4242424242424242", "4000000000000002", "4000000000009995", "4000000000000077", "5555555555554444"]
        {
            assert!(luhn(card), "{card}");
        }
        assert!(!luhn("4242424242424241"));
        assert!(!luhn("4242424242424224"));
        assert!(!luhn(""));
        assert!(!luhn("42424242424242a2"));
    }

    #[test]
    fn the_page_speaks_the_users_language_and_ukrainian_otherwise() {
        assert_eq!(Words::of("be").pay, "Аплаціць");
        assert_eq!(Words::of("en").title, "Card payment — sandbox provider");
        let fallback = Words::of("xx");
        assert_eq!((fallback.lang, fallback.pay.as_str()), ("uk", "Сплатити"));
    }

    #[test]
    fn expiry_is_this_month_or_later() {
        assert!(expiry_holds("11/26", "2026-11-27"));
        assert!(expiry_holds("01/27", "2026-11-27"));
        assert!(!expiry_holds("10/26", "2026-11-27"));
        assert!(!expiry_holds("13/27", "2026-11-27"));
        assert!(!expiry_holds("1127", "2026-11-27"));
    }

    #[test]
    fn every_bad_field_is_named_and_typed_values_are_escaped_back() {
        let form = CardForm {
            lang: "uk".into(),
            number: "4242 4242 4242 4241".into(),
            expiry: "01/20".into(),
            cvc: "1".into(),
        };
        let problems = card_problems(&form, "2026-11-27");
        assert_eq!(problems.iter().map(|(f, _)| *f).collect::<Vec<_>>(), ["number", "expiry", "cvc"]);
        let entry = BookEntry {
            reference: "r".into(),
            amount_minor: 4000,
            currency: "UAH".into(),
            description: "<b>x</b>".into(),
            return_url: "/".into(),
            state: "created".into(),
        };
        let page = card_form(&Words::of("uk"), "uk", "id", &entry, &form, &problems);
        assert!(page.contains("value=\"4242 4242 4242 4241\""));
        assert!(!page.contains("<b>") && page.contains("&#60;b&#62;x&#60;/b&#62;"), "escaped: {page}");
        assert!(page.contains("aria-describedby=\"cvc-error\""));
        assert!(page.contains("40.00 UAH"));
    }
}
