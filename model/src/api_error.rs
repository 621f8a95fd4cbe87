//! The JSON body of every API error: `{ "code": "...", "message": "..." }`.
//!
//! `code` is stable and machine-readable (the SPA shows the translated
//! message its [`ErrorCode::message_id`] names); `message` is an English
//! explanation for developers and logs.

use crate::registration::FieldProblem;
use serde::{Deserialize, Serialize};

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiErrorBody {
    pub code: ErrorCode,
    pub message: String,
    /// For `invalid_fields`: each field's problem.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldProblem>,
}

/// Every error code the API sends, one list for the API (which sends them)
/// and the SPA (which translates them).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    NotFound,
    MalformedId,
    Internal,
    Unavailable,
    InvalidFields,
    InvalidToken,
    BadCredentials,
    NotActivated,
    SignedOut,
    Csrf,
    TooManyAttempts,
    EmailTaken,
    SlotTaken,
    BadDate,
    OutsideWindow,
    NoSuchSlot,
    IdentifierRefused,
    NoIdentifier,
    TooManyMails,
    AppointmentLimit,
    AppointmentSameDay,
    DraftConflict,
    DraftLimit,
    FileType,
    AttachmentLimit,
    /// The person's files take the whole quota (`draft::MAX_PERSON_STORAGE_BYTES`,
    /// `draft::MAX_PERSON_FILES`).
    StorageQuota,
    /// Too many files uploaded by one person within the hour.
    TooManyUploads,
    /// Too many applications sent by one person within the hour.
    TooManySubmissions,
    /// The order is completed or withdrawn already: it cannot be withdrawn.
    OrderClosed,
    /// The order waits for no (card) payment: paid already, not paid by
    /// card, or closed.
    NothingToPay,
    /// A payment provider's report whose signature is not the provider's.
    BadSignature,
    /// A complaint cannot be filed (the order is not decided, or one is
    /// open) or changed (withdrawn already).
    ComplaintNotAllowed,
    // Errors of the HTTP layer itself (a body that is not JSON, too large,
    // too slow), given the same JSON shape as every other error.
    BadRequest,
    PayloadTooLarge,
    UnsupportedMediaType,
    UnprocessableBody,
    RequestTimeout,
    MethodNotAllowed,
    /// A code this build does not know (a newer API): read, never sent.
    #[serde(other)]
    Unknown,
}

impl ErrorCode {
    /// Every code the API may send.
    pub const ALL: [ErrorCode; 38] = [
        ErrorCode::NotFound,
        ErrorCode::MalformedId,
        ErrorCode::Internal,
        ErrorCode::Unavailable,
        ErrorCode::InvalidFields,
        ErrorCode::InvalidToken,
        ErrorCode::BadCredentials,
        ErrorCode::NotActivated,
        ErrorCode::SignedOut,
        ErrorCode::Csrf,
        ErrorCode::TooManyAttempts,
        ErrorCode::EmailTaken,
        ErrorCode::SlotTaken,
        ErrorCode::BadDate,
        ErrorCode::OutsideWindow,
        ErrorCode::NoSuchSlot,
        ErrorCode::IdentifierRefused,
        ErrorCode::NoIdentifier,
        ErrorCode::TooManyMails,
        ErrorCode::AppointmentLimit,
        ErrorCode::AppointmentSameDay,
        ErrorCode::DraftConflict,
        ErrorCode::DraftLimit,
        ErrorCode::FileType,
        ErrorCode::AttachmentLimit,
        ErrorCode::StorageQuota,
        ErrorCode::TooManyUploads,
        ErrorCode::TooManySubmissions,
        ErrorCode::OrderClosed,
        ErrorCode::NothingToPay,
        ErrorCode::BadSignature,
        ErrorCode::ComplaintNotAllowed,
        ErrorCode::BadRequest,
        ErrorCode::PayloadTooLarge,
        ErrorCode::UnsupportedMediaType,
        ErrorCode::UnprocessableBody,
        ErrorCode::RequestTimeout,
        ErrorCode::MethodNotAllowed,
    ];

    /// The Fluent id of the message a user is shown for this code (the
    /// locale test checks that each exists in every language).
    pub fn message_id(self) -> &'static str {
        match self {
            ErrorCode::NotFound | ErrorCode::NoIdentifier => "error-not-found",
            ErrorCode::Internal => "error-server",
            ErrorCode::Unavailable => "error-unavailable",
            ErrorCode::InvalidFields => "error-invalid-fields",
            ErrorCode::InvalidToken => "error-invalid-token",
            ErrorCode::BadCredentials => "error-bad-credentials",
            ErrorCode::NotActivated => "error-not-activated",
            ErrorCode::SignedOut => "error-signed-out",
            ErrorCode::TooManyAttempts => "error-too-many-attempts",
            ErrorCode::EmailTaken => "error-email-taken",
            ErrorCode::SlotTaken => "error-slot-taken",
            ErrorCode::BadDate => "error-bad-date",
            ErrorCode::OutsideWindow => "error-outside-window",
            ErrorCode::NoSuchSlot => "error-no-such-slot",
            ErrorCode::IdentifierRefused => "error-identifier-refused",
            ErrorCode::TooManyMails => "error-too-many-mails",
            ErrorCode::AppointmentLimit => "error-appointment-limit",
            ErrorCode::AppointmentSameDay => "error-appointment-same-day",
            ErrorCode::DraftConflict => "error-draft-conflict",
            ErrorCode::DraftLimit => "error-draft-limit",
            ErrorCode::FileType => "error-file-type",
            ErrorCode::AttachmentLimit => "error-attachment-limit",
            ErrorCode::StorageQuota => "error-storage-quota",
            ErrorCode::TooManyUploads => "error-too-many-uploads",
            ErrorCode::TooManySubmissions => "error-too-many-submissions",
            ErrorCode::OrderClosed => "error-order-closed",
            ErrorCode::NothingToPay => "error-nothing-to-pay",
            ErrorCode::ComplaintNotAllowed => "error-complaint-not-allowed",
            ErrorCode::RequestTimeout => "error-timeout",
            // A request the portal itself made wrong: nothing the user can
            // change but to try again.
            ErrorCode::MalformedId
            | ErrorCode::Csrf
            | ErrorCode::BadRequest
            | ErrorCode::PayloadTooLarge
            | ErrorCode::UnsupportedMediaType
            | ErrorCode::UnprocessableBody
            | ErrorCode::MethodNotAllowed
            | ErrorCode::BadSignature
            | ErrorCode::Unknown => "error-request",
        }
    }
}

impl std::fmt::Display for ErrorCode {
    /// The code as sent: `slot_taken`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = serde_json::to_value(self).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
        f.write_str(&text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_read_back_as_sent_and_unknown_ones_are_tolerated() {
        for code in ErrorCode::ALL {
            let sent = serde_json::to_string(&code).unwrap();
            assert_eq!(serde_json::from_str::<ErrorCode>(&sent).unwrap(), code);
        }
        assert_eq!(ErrorCode::SlotTaken.to_string(), "slot_taken");
        assert_eq!(serde_json::from_str::<ErrorCode>("\"from_a_newer_api\"").unwrap(), ErrorCode::Unknown);
    }
}
