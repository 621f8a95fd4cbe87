//! The JSON body of every API error: `{ "code": "...", "message": "..." }`.
//!
//! `code` is stable and machine-readable (the SPA translates it); `message`
//! is an English explanation for developers and logs.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiErrorBody {
    pub code: String,
    pub message: String,
}

/// Error codes the API sends; the SPA has a translated message for each.
pub mod codes {
    pub const NOT_FOUND: &str = "not_found";
    pub const MALFORMED_ID: &str = "malformed_id";
    pub const INTERNAL: &str = "internal";
    pub const UNAVAILABLE: &str = "unavailable";
}
