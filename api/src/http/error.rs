//! The API's error type: each variant maps to an HTTP status and a stable
//! `code`, sent as JSON `{ "code": ..., "message": ... }`.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use portal_model::api_error::{ApiErrorBody, ErrorCode};
use portal_model::registration::FieldProblem;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{0} not found")]
    NotFound(String),
    #[error("malformed id: {0}")]
    MalformedId(String),
    #[error("some fields are not valid")]
    InvalidFields(Vec<FieldProblem>),
    /// 400 with its code.
    #[error("{1}")]
    BadRequest(ErrorCode, &'static str),
    /// 401 with its code.
    #[error("{1}")]
    Unauthorized(ErrorCode, &'static str),
    /// 403 with its code.
    #[error("{1}")]
    Forbidden(ErrorCode, &'static str),
    /// 409 with its code: the request lost a race (a slot taken).
    #[error("{1}")]
    Conflict(ErrorCode, &'static str),
    /// 415: a file that is not of a type the portal takes, or whose name
    /// says another type than its content.
    #[error("only PDF, PNG and JPEG files named as what they are")]
    UnsupportedFile,
    /// 413: a body over the route's limit, found while it streamed in.
    #[error("the file is larger than the portal takes")]
    TooLarge,
    /// 429: too many password attempts for an account or from an address.
    #[error("too many failed attempts; try again later")]
    TooManyAttempts { retry_after_secs: i64 },
    /// 429: too many mails asked for, to one address or from one network
    /// address (the same answer whether or not the address has a cabinet).
    #[error("too many messages asked for; try again later")]
    TooManyMails { retry_after_secs: i64 },
    /// 429 with its code: one person doing something (uploading,
    /// submitting) more often than the portal allows.
    #[error("done too often; try again later")]
    TooOften { code: ErrorCode, retry_after_secs: i64 },
    /// 503: the database is busy or unreachable; worth retrying.
    #[error("the database is unavailable")]
    Unavailable(#[source] sqlx::Error),
    #[error("internal error")]
    Internal(#[source] sqlx::Error),
    /// The file store failed (disk full, permissions).
    #[error("internal error")]
    Storage(#[source] std::io::Error),
    /// Stored data that cannot be read back (a bug or a hand-edited database).
    #[error("internal error")]
    Corrupt(String),
    /// 503: no card payment provider is configured.
    #[error("card payments are not available")]
    PaymentsOff,
    /// Trouble with the payment provider (its detail is logged, not sent),
    /// answered as 503: worth retrying later.
    #[error("the payment provider failed")]
    Provider,
    /// A document (an extract) could not be made.
    #[error("internal error")]
    Document(String),
}

impl ApiError {
    fn status_and_code(&self) -> (StatusCode, ErrorCode) {
        match self {
            ApiError::NotFound(_) => (StatusCode::NOT_FOUND, ErrorCode::NotFound),
            ApiError::MalformedId(_) => (StatusCode::BAD_REQUEST, ErrorCode::MalformedId),
            ApiError::InvalidFields(_) => (StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidFields),
            ApiError::BadRequest(code, _) => (StatusCode::BAD_REQUEST, *code),
            ApiError::Conflict(code, _) => (StatusCode::CONFLICT, *code),
            ApiError::TooManyAttempts { .. } => (StatusCode::TOO_MANY_REQUESTS, ErrorCode::TooManyAttempts),
            ApiError::TooManyMails { .. } => (StatusCode::TOO_MANY_REQUESTS, ErrorCode::TooManyMails),
            ApiError::TooOften { code, .. } => (StatusCode::TOO_MANY_REQUESTS, *code),
            ApiError::Unauthorized(code, _) => (StatusCode::UNAUTHORIZED, *code),
            ApiError::Forbidden(code, _) => (StatusCode::FORBIDDEN, *code),
            ApiError::Unavailable(_) => (StatusCode::SERVICE_UNAVAILABLE, ErrorCode::Unavailable),
            ApiError::UnsupportedFile => (StatusCode::UNSUPPORTED_MEDIA_TYPE, ErrorCode::FileType),
            ApiError::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::PayloadTooLarge),
            ApiError::PaymentsOff | ApiError::Provider => (StatusCode::SERVICE_UNAVAILABLE, ErrorCode::Unavailable),
            ApiError::Internal(_) | ApiError::Storage(_) | ApiError::Corrupt(_) | ApiError::Document(_) => {
                (StatusCode::INTERNAL_SERVER_ERROR, ErrorCode::Internal)
            }
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code) = self.status_and_code();
        if status.is_server_error() {
            // Details go to the log, never to the client.
            tracing::error!(error = ?self, "request failed");
        }
        let fields = match &self {
            ApiError::InvalidFields(fields) => fields.clone(),
            _ => Vec::new(),
        };
        let retry_after = match &self {
            ApiError::TooManyAttempts { retry_after_secs }
            | ApiError::TooManyMails { retry_after_secs }
            | ApiError::TooOften { retry_after_secs, .. } => Some(*retry_after_secs),
            ApiError::Unavailable(_) => Some(UNAVAILABLE_RETRY_SECS),
            _ => None,
        };
        let body = ApiErrorBody { code, message: self.to_string(), fields };
        let mut response = (status, Json(body)).into_response();
        if let Some(seconds) = retry_after {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

/// When a client may try again after a 503.
const UNAVAILABLE_RETRY_SECS: i64 = 5;

impl From<sqlx::Error> for ApiError {
    /// A busy or unreachable database is 503 (try again); anything else 500.
    fn from(error: sqlx::Error) -> ApiError {
        if is_temporary(&error) { ApiError::Unavailable(error) } else { ApiError::Internal(error) }
    }
}

/// Whether `error` says "not now" rather than "never": the pool had no free
/// connection in time, the connection broke, or the database was locked by
/// another writer for longer than the busy timeout.
pub fn is_temporary(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) | sqlx::Error::Tls(_) => true,
        sqlx::Error::Database(database) => {
            let Some(code) = database.code() else { return false };
            if code.len() == 5 {
                // PostgreSQL's SQLSTATE (always five characters): connection
                // exceptions (08…), the server shutting down or starting
                // (57P01–57P03), too many connections (53300), serialization
                // failure and deadlock.
                code.starts_with("08")
                    || matches!(code.as_ref(), "57P01" | "57P02" | "57P03" | "53300" | "40001" | "40P01")
            } else {
                // SQLite's numeric codes: SQLITE_BUSY (5) and SQLITE_LOCKED
                // (6), with their extended codes in the upper bits.
                code.parse::<i64>().is_ok_and(|sqlite| matches!(sqlite & 0xff, 5 | 6))
            }
        }
        _ => false,
    }
}

pub type ApiResult<T> = Result<T, ApiError>;

/// A numeric id from the path (`what` names it in the message): 400
/// `malformed_id` otherwise.
pub fn path_id(raw: &str, what: &str) -> Result<i64, ApiError> {
    raw.parse().map_err(|_| ApiError::MalformedId(format!("{what} id {raw:?} is not a number")))
}

/// An UPDATE meant for one of the user's own rows: 404 when it touched none
/// (the row is someone else's, does not exist, or is not in that state).
pub fn changed_one(done: &sqlx::any::AnyQueryResult, what: &str, id: i64) -> Result<(), ApiError> {
    if done.rows_affected() == 0 {
        return Err(ApiError::NotFound(format!("{what} {id}")));
    }
    Ok(())
}
