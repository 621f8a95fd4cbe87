//! The JSON body of every API error: `{ "code": "...", "message": "..." }`.
//!
//! `code` is stable and machine-readable (the SPA translates it); `message`
//! is an English explanation for developers and logs.

use crate::registration::FieldProblem;
use serde::{Deserialize, Serialize};

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiErrorBody {
    pub code: String,
    pub message: String,
    /// For `invalid_fields`: each field's problem.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldProblem>,
}

/// Error codes the API sends; the SPA has a translated message for each.
pub mod codes {
    pub const NOT_FOUND: &str = "not_found";
    pub const MALFORMED_ID: &str = "malformed_id";
    pub const INTERNAL: &str = "internal";
    pub const UNAVAILABLE: &str = "unavailable";
    pub const INVALID_FIELDS: &str = "invalid_fields";
    pub const INVALID_TOKEN: &str = "invalid_token";
    pub const BAD_CREDENTIALS: &str = "bad_credentials";
    pub const NOT_ACTIVATED: &str = "not_activated";
    pub const SIGNED_OUT: &str = "signed_out";
    pub const CSRF: &str = "csrf";
    pub const TOO_MANY_ATTEMPTS: &str = "too_many_attempts";
    pub const EMAIL_TAKEN: &str = "email_taken";
    pub const SLOT_TAKEN: &str = "slot_taken";
    pub const BAD_DATE: &str = "bad_date";
    pub const OUTSIDE_WINDOW: &str = "outside_window";
    pub const NO_SUCH_SLOT: &str = "no_such_slot";
    pub const IDENTIFIER_REFUSED: &str = "identifier_refused";
    pub const NO_IDENTIFIER: &str = "no_identifier";
    pub const TOO_MANY_MAILS: &str = "too_many_mails";
    pub const APPOINTMENT_LIMIT: &str = "appointment_limit";
    pub const APPOINTMENT_SAME_DAY: &str = "appointment_same_day";
    // Errors of the HTTP layer itself (a body that is not JSON, too large,
    // too slow), given the same JSON shape as every other error.
    pub const BAD_REQUEST: &str = "bad_request";
    pub const PAYLOAD_TOO_LARGE: &str = "payload_too_large";
    pub const UNSUPPORTED_MEDIA_TYPE: &str = "unsupported_media_type";
    pub const UNPROCESSABLE_BODY: &str = "unprocessable_body";
    pub const REQUEST_TIMEOUT: &str = "request_timeout";
    pub const METHOD_NOT_ALLOWED: &str = "method_not_allowed";
}
