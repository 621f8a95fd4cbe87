//! Sessions: a random token in an HttpOnly, SameSite=Strict cookie (behind
//! https `Secure` and named with the `__Host-` prefix, so no subdomain or
//! plain-http page can set or shadow it), its hash in the database, and a
//! CSRF token that every state-changing request of a signed-in user must
//! echo in `X-CSRF-Token`.
//!
//! A session ends 12 hours after sign-in, or after 30 minutes without a
//! request (the idle timeout), or 15 minutes for a session the user marked
//! as on a public computer (an assistance centre's, a library's).

use super::secrets::token_hash;
use crate::AppState;
use crate::clock::{timestamp, unix_now};
use crate::error::ApiError;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderValue, Method, header};
use portal_model::account::PUBLIC_COMPUTER_IDLE_SECS;
use portal_model::api_error::ErrorCode;

/// The cookie's name over plain http (development) …
pub const COOKIE: &str = "portal_session";
/// … and behind https.
pub const SECURE_COOKIE: &str = "__Host-portal_session";
pub const CSRF_HEADER: &str = "x-csrf-token";
pub const LIFETIME_SECS: i64 = 12 * 3600;
pub const IDLE_SECS: i64 = 30 * 60;
/// How stale the recorded last use may get before a request rewrites it.
const LAST_SEEN_STEP_SECS: i64 = 60;

/// The signed-in user of a request.
pub struct CurrentSession {
    pub user_id: i64,
    pub token_hash: String,
    /// Given to the SPA (same-origin JSON only) to echo on state changes.
    pub csrf_token: String,
    /// Marked at sign-in as on a public computer.
    pub public_computer: bool,
}

fn cookie_name(secure: bool) -> &'static str {
    if secure { SECURE_COOKIE } else { COOKIE }
}

fn cookie(value: &str, max_age: i64, secure: bool) -> HeaderValue {
    let name = cookie_name(secure);
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!("{name}={value}; HttpOnly; SameSite=Strict; Path=/; Max-Age={max_age}{secure}"))
        .expect("tokens are URL-safe")
}

pub fn session_cookie(token: &str, secure: bool) -> HeaderValue {
    cookie(token, LIFETIME_SECS, secure)
}

pub fn cleared_cookie(secure: bool) -> HeaderValue {
    cookie("", 0, secure)
}

fn cookie_token(parts: &Parts, secure: bool) -> Option<String> {
    let name = cookie_name(secure);
    parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(found, _)| *found == name)
        .map(|(_, value)| value.to_owned())
}

/// A new session row for `user_id`; returns the token for the cookie and
/// the CSRF token.
pub async fn create(db: &crate::db::Db, user_id: i64, public_computer: bool) -> Result<(String, String), sqlx::Error> {
    let token = super::secrets::new_token();
    let csrf_token = super::secrets::new_token();
    let now = unix_now();
    sqlx::query(
        "INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at, last_seen_at, public_computer)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(token_hash(&token))
    .bind(user_id)
    .bind(&csrf_token)
    .bind(timestamp(now + LIFETIME_SECS))
    .bind(now)
    .bind(i64::from(public_computer))
    .execute(db)
    .await?;
    Ok((token, csrf_token))
}

impl FromRequestParts<AppState> for CurrentSession {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let signed_out = || ApiError::Unauthorized(ErrorCode::SignedOut, "sign in first");
        let token = cookie_token(parts, state.secure_cookies).ok_or_else(signed_out)?;
        let hash = token_hash(&token);
        // A read on almost every request; the last use is written at most
        // once a minute (the idle timeout is counted to the minute), so
        // signed-in reads do not queue for SQLite's one writer.
        let now = unix_now();
        let row: Option<(i64, String, i64, i64, String)> = sqlx::query_as(
            "SELECT s.user_id, s.csrf_token, s.last_seen_at, s.public_computer, u.lang
             FROM sessions s JOIN users u ON u.id = s.user_id
             WHERE s.token_hash = $1 AND s.expires_at > $2
               AND s.last_seen_at > CASE WHEN s.public_computer = 1 THEN $4 ELSE $3 END",
        )
        .bind(&hash)
        .bind(timestamp(now))
        .bind(now - IDLE_SECS)
        .bind(now - PUBLIC_COMPUTER_IDLE_SECS)
        .fetch_optional(&state.db)
        .await?;
        let (user_id, csrf, last_seen, public_computer, lang) = row.ok_or_else(signed_out)?;
        if now - last_seen >= LAST_SEEN_STEP_SECS {
            // (Never backwards: another instance's clock may be behind.)
            sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2 AND last_seen_at < $1")
                .bind(now)
                .bind(&hash)
                .execute(&state.db)
                .await?;
        }
        let changes_state = !matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS);
        if changes_state {
            let sent = parts.headers.get(CSRF_HEADER).and_then(|v| v.to_str().ok());
            if sent != Some(csrf.as_str()) {
                return Err(ApiError::Forbidden(ErrorCode::Csrf, "missing or wrong X-CSRF-Token"));
            }
        }
        // (After the CSRF check.) The account remembers the language its user last used, for mail
        // (written only when it changes).
        if let Some(shown) = crate::mail_letters::shown_lang(&parts.headers)
            && shown.code() != lang
        {
            sqlx::query("UPDATE users SET lang = $1 WHERE id = $2")
                .bind(shown.code())
                .bind(user_id)
                .execute(&state.db)
                .await?;
        }
        Ok(CurrentSession { user_id, token_hash: hash, csrf_token: csrf, public_computer: public_computer == 1 })
    }
}
