//! Paying an order's fee: by order code, with its QR code and printable slip
//! (`qr`, `slip`), or by card (`card_payments`: the provider trait, the
//! sandbox provider and its page, settling and refunds). A paid online
//! extract is made here at once.
//!
//! Owns: `card_payments`, `sandbox_payments`. Routes:
//! `/api/orders/{id}/payment-qr`, `/api/orders/{id}/payment-slip`,
//! `/api/orders/{id}/card-payment`, `/api/payments/…`, `/sandbox-pay/{id}`.
//! May use: every area below it (orders, to settle one).

pub mod card_payments;
pub mod qr;
pub(crate) mod slip;

use crate::accounts::session::Sessions;
use crate::payment_recipients::PaymentRecipients;
use crate::platform::db::Db;
use axum::extract::FromRef;
use card_payments::CardPaymentsState;
use utoipa_axum::router::OpenApiRouter;

/// The payments' routes (a provider's own pages come with the provider:
/// `card_payments::provider::PaymentProvider::routes`).
pub fn routes<S>() -> OpenApiRouter<S>
where
    S: Clone + Send + Sync + 'static,
    CardPaymentsState: FromRef<S>,
    Db: FromRef<S>,
    PaymentRecipients: FromRef<S>,
    Sessions: FromRef<S>,
{
    card_payments::routes().merge(qr::routes()).merge(slip::routes())
}
