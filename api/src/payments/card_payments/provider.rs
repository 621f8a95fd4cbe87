//! What the portal needs from a card acquirer, shaped like the Ukrainian
//! ones (LiqPay, WayForPay, Monobank acquiring): the portal creates a
//! payment and sends the user to the provider's page; the provider calls
//! back with a signed result; and the portal can ask for a payment's status
//! (when the user comes back before the callback, or it never comes), and
//! give back a payment that came when the order no longer waited for it.
//!
//! A real acquirer implements this trait with its own API and signature
//! scheme (README, "Card payments"); the sandbox (`sandbox.rs`) is the one
//! this repository ships.

use super::CardPaymentsState;
use axum::Router;
use futures_util::future::BoxFuture;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::sync::Arc;

/// A payment to create.
pub struct NewPayment<'a> {
    /// The portal's own reference for this attempt (random, unique).
    pub reference: &'a str,
    pub amount_minor: i64,
    pub currency: &'a str,
    /// What is paid for, as the provider's page shows it.
    pub description: &'a str,
    /// Where the provider sends the user back: an absolute URL under the
    /// portal's `--public-url` (an acquirer's page is on another site).
    pub return_url: String,
    /// The language of the user's portal (`uk`, `be`, `en`).
    pub language: &'a str,
}

/// The provider's answer to a new payment.
pub struct Created {
    pub provider_ref: String,
    /// Its page, where the user enters the card.
    pub pay_url: String,
}

/// Where a payment stands at the provider.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Not paid yet (or the user left the page).
    Pending,
    Paid,
    Declined,
    InsufficientFunds,
}

impl Outcome {
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Pending => "pending",
            Outcome::Paid => "paid",
            Outcome::Declined => "declined",
            Outcome::InsufficientFunds => "insufficient_funds",
        }
    }

    pub fn from_code(code: &str) -> Option<Outcome> {
        [Outcome::Pending, Outcome::Paid, Outcome::Declined, Outcome::InsufficientFunds]
            .into_iter()
            .find(|outcome| outcome.code() == code)
    }
}

/// A result the provider reported (in a callback or a status answer).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub reference: String,
    pub provider_ref: String,
    pub outcome: Outcome,
    pub amount_minor: i64,
    pub currency: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ProviderError {
    #[error("the payment provider is unreachable or failed: {0}")]
    Failed(String),
    #[error("the payment provider does not know this payment")]
    Unknown,
}

pub trait PaymentProvider: Send + Sync {
    /// Its name, kept with each payment.
    fn name(&self) -> &'static str;
    fn create<'a>(&'a self, payment: NewPayment<'a>) -> BoxFuture<'a, Result<Created, ProviderError>>;
    /// The result a callback carries, if its signature is the provider's;
    /// `None` for anything unsigned, forged or malformed.
    fn verify_callback(&self, body: &[u8], signature: Option<&str>) -> Option<Report>;
    /// Asks the provider where a payment stands.
    fn status<'a>(&'a self, provider_ref: &'a str) -> BoxFuture<'a, Result<Report, ProviderError>>;
    /// Gives a paid payment back to the card, in full. Asking again for one
    /// given back already succeeds and gives nothing more.
    fn refund<'a>(&'a self, refund: Refund<'a>) -> BoxFuture<'a, Result<(), ProviderError>>;
    /// Pages the provider serves inside the portal, with whatever they need
    /// (its key included) kept in the provider: the sandbox's card page. A
    /// real acquirer's pages are on its own site: none.
    fn routes(self: Arc<Self>) -> Router<CardPaymentsState> {
        Router::new()
    }
}

/// A payment to give back.
pub struct Refund<'a> {
    pub provider_ref: &'a str,
    pub amount_minor: i64,
    pub currency: &'a str,
}

type HmacSha256 = Hmac<Sha256>;

/// HMAC-SHA256 of `body` under `secret`, base64: the signature the sandbox
/// puts in `X-Signature` (WayForPay and LiqPay sign the same way with their
/// own hashes).
pub fn sign(secret: &[u8], body: &[u8]) -> String {
    use base64::Engine;
    let mut mac = HmacSha256::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(body);
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

/// Whether `signature` is `body`'s under `secret` (compared in constant time).
pub fn signature_holds(secret: &[u8], body: &[u8], signature: &str) -> bool {
    use base64::Engine;
    let Ok(given) = base64::engine::general_purpose::STANDARD.decode(signature.trim()) else { return false };
    let mut mac = HmacSha256::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(body);
    mac.verify_slice(&given).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_secret_holder_signs() {
        let signature = sign(b"secret", b"{\"a\":1}");
        assert!(signature_holds(b"secret", b"{\"a\":1}", &signature));
        assert!(!signature_holds(b"secret", b"{\"a\":2}", &signature));
        assert!(!signature_holds(b"other", b"{\"a\":1}", &signature));
        assert!(!signature_holds(b"secret", b"{\"a\":1}", "not base64!"));
        assert!(!signature_holds(b"secret", b"{\"a\":1}", ""));
    }
}
