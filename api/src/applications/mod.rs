//! Applications being written: drafts (`drafts`; each draft's owner and
//! form remembered in memory, `draft_owners`), the files attached to them
//! (`attachments`), and what one person keeps in the file store
//! (`storage_quota`). Submitting a draft makes an order: that is the orders'.
//!
//! Owns: `drafts`, `draft_attachments`. Routes: `/api/drafts…`,
//! `/api/drafts/{id}/attachments…`.
//! May use: platform, http, accounts, catalogue.

pub mod attachments;
pub(crate) mod draft_owners;
pub mod drafts;
pub mod storage_quota;

use crate::accounts::session::Sessions;
use crate::catalogue::published::PublishedCatalogue;
use crate::platform::db::Db;
use crate::platform::file_store::FileStore;
use axum::extract::FromRef;
use utoipa_axum::router::OpenApiRouter;

/// What the applications' handlers use of the portal's state.
#[derive(Clone)]
pub struct ApplicationsState {
    pub db: Db,
    /// The catalogue, for each service's form.
    pub catalogue: PublishedCatalogue,
    /// The files users attach, outside the database rows.
    pub files: FileStore,
    /// Drafts' owners and services, so an autosave writes without reading.
    pub draft_owners: draft_owners::DraftOwners,
}

/// The applications' routes.
pub fn routes<S>() -> OpenApiRouter<S>
where
    S: Clone + Send + Sync + 'static,
    ApplicationsState: FromRef<S>,
    Sessions: FromRef<S>,
{
    drafts::routes().merge(attachments::routes())
}
