//! Orders, from the moment a draft is submitted (`submission`): the order
//! as the cabinet shows it, with its timeline, files and answer files, and
//! its withdrawal (`order`); complaints about a decision (`complaints`);
//! payment receipts (`receipts`); and the provider's steps — register,
//! refuse, complete, confirm a payment (`provider_actions`, called by
//! `portal-admin` and the tests).
//!
//! Owns: `orders`, `order_events`, `order_files`, `order_answers`,
//! `complaints`, `complaint_files`. Routes: `/api/orders…` (but the
//! payment's), `/api/drafts/{id}/submit`, `/api/complaints…`.
//! May use: platform, http, mail, accounts, catalogue, payment_recipients,
//! documents, notifications, applications.

pub mod complaints;
pub mod order;
pub mod provider_actions;
pub(crate) mod receipts;
pub mod submission;

use crate::accounts::session::Sessions;
use crate::applications::draft_owners::DraftOwners;
use crate::catalogue::published::PublishedCatalogue;
use crate::payment_recipients::PaymentRecipients;
use crate::platform::db::Db;
use crate::platform::file_store::FileStore;
use axum::extract::FromRef;
use utoipa_axum::router::OpenApiRouter;

/// What the orders' handlers use of the portal's state.
#[derive(Clone)]
pub struct OrdersState {
    pub db: Db,
    /// The files sent with applications, receipts, complaints and answers.
    pub files: FileStore,
    /// Who receives fees paid by order code, per country.
    pub payment_recipients: PaymentRecipients,
    /// The catalogue, for the form an application is checked against.
    pub catalogue: PublishedCatalogue,
    /// Drafts' owners: a submitted draft is forgotten.
    pub draft_owners: DraftOwners,
}

/// The orders' routes.
pub fn routes<S>() -> OpenApiRouter<S>
where
    S: Clone + Send + Sync + 'static,
    OrdersState: FromRef<S>,
    Sessions: FromRef<S>,
{
    order::routes().merge(submission::routes()).merge(receipts::routes()).merge(complaints::routes())
}
