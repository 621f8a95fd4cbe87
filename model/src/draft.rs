//! A draft as the application form edits it (issue 12): the answers so far,
//! the step the user left it at, the form version it was made with, and
//! its own version, which every save names.

use crate::form::Answers;
use serde::{Deserialize, Serialize};

/// `GET /api/drafts/{id}` (and what creating one answers).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DraftDocument {
    pub id: i64,
    pub service_id: String,
    /// The version of the service's form the draft was made with.
    pub form_version: i64,
    /// Raised by every save; a save names the version it was based on.
    pub version: i64,
    /// The id of the step the user was on ("" before the first save).
    pub step: String,
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub answers: Answers,
    pub created_at: String,
    pub updated_at: Option<String>,
}

/// `POST /api/drafts`: start an application for a service.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewDraft {
    pub service_id: String,
}

/// `PUT /api/drafts/{id}`: the whole draft as the form holds it now.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DraftSave {
    /// The version this save was made from: the server's must still be it.
    pub base_version: i64,
    #[serde(default)]
    pub step: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub answers: Answers,
}

/// What a save answers: the draft's new version.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftSaved {
    pub version: i64,
    pub updated_at: String,
}
