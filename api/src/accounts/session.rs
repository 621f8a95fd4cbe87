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
use crate::http::error::ApiError;
use crate::platform::clock::{timestamp, unix_now};
use crate::platform::db::Db;
use axum::extract::FromRef;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderValue, Method, header};
use axum::response::{IntoResponse, Response};
use cookie::{Cookie, SameSite};
use portal_model::account::PUBLIC_COMPUTER_IDLE_SECS;
use portal_model::api_error::ErrorCode;
use subtle::ConstantTimeEq;

/// The cookie's name over plain http (development) …
pub const COOKIE: &str = "portal_session";
/// … and behind https.
pub const SECURE_COOKIE: &str = "__Host-portal_session";
pub const CSRF_HEADER: &str = "x-csrf-token";
pub const LIFETIME_SECS: i64 = 12 * 3600;
pub const IDLE_SECS: i64 = 30 * 60;
/// How stale the recorded last use may get before a request rewrites it.
const LAST_SEEN_STEP_SECS: i64 = 60;

/// What finding a request's session needs of the portal's state.
#[derive(Clone)]
pub struct Sessions {
    pub db: Db,
    /// Session cookies carry `Secure` (behind https).
    pub secure_cookies: bool,
}

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
    let cookie = Cookie::build((cookie_name(secure), value))
        .http_only(true)
        .same_site(SameSite::Strict)
        .path("/")
        .max_age(cookie::time::Duration::seconds(max_age))
        .secure(secure)
        .build();
    HeaderValue::from_str(&cookie.to_string()).expect("tokens are URL-safe")
}

pub fn session_cookie(token: &str, secure: bool) -> HeaderValue {
    cookie(token, LIFETIME_SECS, secure)
}

pub fn cleared_cookie(secure: bool) -> HeaderValue {
    cookie("", 0, secure)
}

/// What ends a session in the browser: the cookie cleared, and the site's
/// cache and storage with it (`Clear-Site-Data`), so the next person on
/// that browser finds nothing of this one.
pub fn end_in_browser(response: &mut Response, secure: bool) {
    response.headers_mut().insert(header::SET_COOKIE, cleared_cookie(secure));
    crate::http::private_answers::clear_site_data(response);
}

/// Why a request has no session: an [`ApiError`] (401 `signed_out`, 403
/// `csrf`, a database error), or a public computer's session that has ended
/// (by its idle time or lifetime) — then the 401 also ends it in the
/// browser, which may not have done so itself (the page was closed, or
/// reloaded and forgot it was on a public computer).
pub enum SessionRejection {
    Refused(ApiError),
    PublicComputerSessionEnded { secure: bool },
}

impl From<ApiError> for SessionRejection {
    fn from(error: ApiError) -> Self {
        SessionRejection::Refused(error)
    }
}

impl From<sqlx::Error> for SessionRejection {
    fn from(error: sqlx::Error) -> Self {
        SessionRejection::Refused(error.into())
    }
}

impl IntoResponse for SessionRejection {
    fn into_response(self) -> Response {
        match self {
            SessionRejection::Refused(error) => error.into_response(),
            SessionRejection::PublicComputerSessionEnded { secure } => {
                let mut response = signed_out().into_response();
                end_in_browser(&mut response, secure);
                response
            }
        }
    }
}

fn signed_out() -> ApiError {
    ApiError::Unauthorized(ErrorCode::SignedOut, "sign in first")
}

/// The session token from the `Cookie` header(s), parsed by the `cookie`
/// crate (quoted values, stray spaces, several headers).
fn cookie_token(parts: &Parts, secure: bool) -> Option<String> {
    let name = cookie_name(secure);
    parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|found| found.name() == name)
        .map(|found| found.value_trimmed().to_owned())
}

/// Whether the `X-CSRF-Token` sent is the session's, compared in constant
/// time: how long a wrong token takes tells nothing of the right one.
fn csrf_matches(sent: Option<&str>, expected: &str) -> bool {
    sent.is_some_and(|sent| bool::from(sent.as_bytes().ct_eq(expected.as_bytes())))
}

/// A new session row for `user_id`; returns the token for the cookie and
/// the CSRF token.
pub async fn create(db: &Db, user_id: i64, public_computer: bool) -> Result<(String, String), sqlx::Error> {
    let token = crate::platform::random::token();
    let csrf_token = crate::platform::random::token();
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

/// Why the session `hash` names is not usable: it has ended on a public
/// computer (its row stays until the purge), or it is unknown.
async fn ended(state: &Sessions, hash: &str) -> SessionRejection {
    let public: Result<Option<(i64,)>, sqlx::Error> =
        sqlx::query_as("SELECT public_computer FROM sessions WHERE token_hash = $1")
            .bind(hash)
            .fetch_optional(&state.db)
            .await;
    match public {
        Ok(Some((1,))) => SessionRejection::PublicComputerSessionEnded { secure: state.secure_cookies },
        Ok(_) => signed_out().into(),
        Err(error) => error.into(),
    }
}

impl<S> FromRequestParts<S> for CurrentSession
where
    S: Send + Sync,
    Sessions: FromRef<S>,
{
    type Rejection = SessionRejection;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, SessionRejection> {
        let state = &Sessions::from_ref(state);
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
        let Some((user_id, csrf, last_seen, public_computer, lang)) = row else {
            return Err(ended(state, &hash).await);
        };
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
            if !csrf_matches(sent, &csrf) {
                return Err(ApiError::Forbidden(ErrorCode::Csrf, "missing or wrong X-CSRF-Token").into());
            }
        }
        // (After the CSRF check.) The account remembers the language its user last used, for mail
        // (written only when it changes).
        if let Some(shown) = crate::mail::letters::shown_lang(&parts.headers)
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

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::Request;

    fn parts(cookies: &[&str]) -> Parts {
        let mut request = Request::get("/api/me");
        for cookie in cookies {
            request = request.header(header::COOKIE, *cookie);
        }
        request.body(()).unwrap().into_parts().0
    }

    #[test]
    fn the_session_cookie_is_found_as_browsers_and_proxies_send_it() {
        let token = |cookies: &[&str]| cookie_token(&parts(cookies), false);
        assert_eq!(token(&["lang=uk; portal_session=abc; theme=dark"]).as_deref(), Some("abc"));
        assert_eq!(token(&["lang=uk", "portal_session=abc"]).as_deref(), Some("abc"), "several Cookie headers");
        // RFC 6265 allows a quoted cookie-value; the quotes are not the token's.
        assert_eq!(token(&["portal_session=\"abc\""]).as_deref(), Some("abc"));
        assert_eq!(token(&["xportal_session=abc; portal_sessionx=abc"]), None, "only the exact name");
        assert_eq!(token(&["__Host-portal_session=abc"]), None, "the https name is not read over http");
        assert_eq!(cookie_token(&parts(&["__Host-portal_session=abc"]), true).as_deref(), Some("abc"));
    }

    #[test]
    fn the_written_cookie_is_strict_and_http_only() {
        let written = session_cookie("abc", true);
        let parsed = Cookie::parse(written.to_str().unwrap()).unwrap();
        assert_eq!((parsed.name(), parsed.value()), (SECURE_COOKIE, "abc"));
        assert_eq!(parsed.http_only(), Some(true));
        assert_eq!(parsed.secure(), Some(true));
        assert_eq!(parsed.same_site(), Some(SameSite::Strict));
        assert_eq!(parsed.path(), Some("/"));
        assert_eq!(parsed.max_age(), Some(cookie::time::Duration::seconds(LIFETIME_SECS)));
        assert!(cleared_cookie(false).to_str().unwrap().contains("Max-Age=0"));
    }

    #[test]
    fn the_csrf_token_must_be_the_sessions_exactly() {
        assert!(csrf_matches(Some("token-1"), "token-1"));
        for wrong in [None, Some(""), Some("token-"), Some("token-2"), Some("token-1 ")] {
            assert!(!csrf_matches(wrong, "token-1"), "{wrong:?}");
        }
    }
}
