//! Sessions: a random token in an HttpOnly, SameSite=Strict cookie (Secure
//! behind https), its hash in the database, and a CSRF token that every
//! state-changing request of a signed-in user must echo in `X-CSRF-Token`.

use super::secrets::token_hash;
use crate::error::ApiError;
use crate::AppState;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, Method};
use portal_model::api_error::codes;

pub const COOKIE: &str = "portal_session";
pub const CSRF_HEADER: &str = "x-csrf-token";
pub const LIFETIME_DAYS: i64 = 14;

/// The signed-in user of a request.
pub struct CurrentSession {
    pub user_id: i64,
    pub token_hash: String,
    /// Given to the SPA (same-origin JSON only) to echo on state changes.
    pub csrf_token: String,
}

pub fn session_cookie(token: &str, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    let max_age = LIFETIME_DAYS * 24 * 3600;
    HeaderValue::from_str(&format!("{COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/; Max-Age={max_age}{secure}"))
        .expect("tokens are URL-safe")
}

pub fn cleared_cookie(secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!("{COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0{secure}"))
        .expect("ASCII")
}

fn cookie_token(parts: &Parts) -> Option<String> {
    parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.to_owned())
}

impl FromRequestParts<AppState> for CurrentSession {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let signed_out = || ApiError::Unauthorized(codes::SIGNED_OUT, "sign in first");
        let token = cookie_token(parts).ok_or_else(signed_out)?;
        let hash = token_hash(&token);
        let row: Option<(i64, String)> = sqlx::query_as(
            "SELECT user_id, csrf_token FROM sessions
             WHERE token_hash = ? AND expires_at > strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
        )
        .bind(&hash)
        .fetch_optional(&state.db)
        .await?;
        let (user_id, csrf) = row.ok_or_else(signed_out)?;
        let changes_state = !matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS);
        if changes_state {
            let sent = parts.headers.get(CSRF_HEADER).and_then(|v| v.to_str().ok());
            if sent != Some(csrf.as_str()) {
                return Err(ApiError::Forbidden(codes::CSRF, "missing or wrong X-CSRF-Token"));
            }
        }
        Ok(CurrentSession { user_id, token_hash: hash, csrf_token: csrf })
    }
}
