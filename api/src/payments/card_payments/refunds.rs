//! Giving back a card payment that arrived when its order no longer waited
//! for it (withdrawn meanwhile, paid by another attempt, decided).
//!
//! `settle` marks such an attempt `refund_due` and asks its provider at
//! once to give the whole payment back; when the provider does, the attempt
//! reads `refunded` (and the order's page says the money went back to the
//! card). When the provider refuses or cannot be reached, the attempt stays
//! `refund_due`: `portal-admin refunds-due` lists those, and
//! `portal-admin retry-refunds` asks their providers again.

use super::provider::{PaymentProvider, Refund};
use crate::platform::clock;
use crate::platform::db::Db;

/// An attempt whose money is still to go back.
#[derive(Debug, sqlx::FromRow)]
pub struct RefundDue {
    pub order_id: i64,
    pub reference: String,
    pub provider: String,
    pub provider_ref: String,
    pub amount_minor: i64,
    pub currency: String,
    pub settled_at: Option<String>,
}

/// Every attempt still due back, oldest first.
pub async fn due(db: &Db) -> Result<Vec<RefundDue>, sqlx::Error> {
    sqlx::query_as(
        "SELECT order_id, reference, provider, provider_ref, amount_minor, currency, settled_at
         FROM card_payments WHERE state = 'refund_due' ORDER BY id",
    )
    .fetch_all(db)
    .await
}

/// Asks the provider to give an attempt's payment back; `Ok` once the
/// attempt reads `refunded`, the provider's refusal otherwise (the attempt
/// then stays due, and a WARN line says so).
pub async fn give_back(db: &Db, provider: &dyn PaymentProvider, reference: &str) -> Result<(), String> {
    let attempt: Option<(String, i64, String)> = sqlx::query_as(
        "SELECT provider_ref, amount_minor, currency FROM card_payments WHERE reference = $1 AND state = 'refund_due'",
    )
    .bind(reference)
    .fetch_optional(db)
    .await
    .map_err(|error| error.to_string())?;
    let Some((provider_ref, amount_minor, currency)) = attempt else {
        return Err(format!("no refund is due for the payment {reference}"));
    };
    let refund = Refund { provider_ref: &provider_ref, amount_minor, currency: &currency };
    if let Err(error) = provider.refund(refund).await {
        tracing::warn!(%error, %reference, "a card payment due back was not refunded: portal-admin retry-refunds");
        return Err(error.to_string());
    }
    sqlx::query(
        "UPDATE card_payments SET state = 'refunded', refunded_at = $1 WHERE reference = $2 AND state = 'refund_due'",
    )
    .bind(clock::now())
    .bind(reference)
    .execute(db)
    .await
    .map_err(|error| error.to_string())?;
    tracing::info!(%reference, amount_minor, %currency, "a card payment due back was refunded");
    Ok(())
}

/// The provider an attempt was made with, to give its money back from the
/// shell: the sandbox's refunds need only its book (a real acquirer would
/// be built here from its own settings).
pub fn provider_named(name: &str, db: &Db) -> Option<Box<dyn PaymentProvider>> {
    match name {
        "sandbox" => Some(Box::new(super::sandbox::Sandbox::new(db.clone(), None))),
        _ => None,
    }
}

/// Asks again for every refund still due: `(refunded, still due)`.
pub async fn retry_all(db: &Db) -> Result<(usize, Vec<(RefundDue, String)>), sqlx::Error> {
    let mut refunded = 0;
    let mut failed = Vec::new();
    for attempt in due(db).await? {
        let outcome = match provider_named(&attempt.provider, db) {
            Some(provider) => give_back(db, provider.as_ref(), &attempt.reference).await,
            None => Err(format!("the provider {:?} is not known to this build", attempt.provider)),
        };
        match outcome {
            Ok(()) => refunded += 1,
            Err(error) => failed.push((attempt, error)),
        }
    }
    Ok((refunded, failed))
}
