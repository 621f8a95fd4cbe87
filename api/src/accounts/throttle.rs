//! Throttling of failed sign-ins: after 5 failures for one account, or 20
//! from one network address, within 15 minutes, sign-in answers 429 until
//! the window has passed. A success clears the account's count.

use crate::db::Db;
use crate::error::ApiError;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use std::convert::Infallible;
use std::net::SocketAddr;

/// The client's network address, when the server knows it (not in
/// router-level tests, which have no connection).
pub struct PeerAddress(pub Option<String>);

impl<S: Send + Sync> FromRequestParts<S> for PeerAddress {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Infallible> {
        let address = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip().to_string());
        Ok(PeerAddress(address))
    }
}

pub const WINDOW_MINUTES: i64 = 15;
pub const PER_ACCOUNT: i64 = 5;
pub const PER_ADDRESS: i64 = 20;

pub fn account_key(email: &str) -> String {
    format!("account:{email}")
}

pub fn address_key(address: &str) -> String {
    format!("address:{address}")
}

async fn recent(db: &Db, key: &str) -> Result<i64, sqlx::Error> {
    let (count,): (i64,) = sqlx::query_as(&format!(
        "SELECT count(*) FROM sign_in_failures
         WHERE key = ? AND at > strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-{WINDOW_MINUTES} minutes')"
    ))
    .bind(key)
    .fetch_one(db)
    .await?;
    Ok(count)
}

/// Whether this account or address has failed too often lately.
pub async fn blocked(db: &Db, email: &str, address: Option<&str>) -> Result<bool, sqlx::Error> {
    if recent(db, &account_key(email)).await? >= PER_ACCOUNT {
        return Ok(true);
    }
    match address {
        Some(address) => Ok(recent(db, &address_key(address)).await? >= PER_ADDRESS),
        None => Ok(false),
    }
}

pub async fn record_failure(db: &Db, email: &str, address: Option<&str>) -> Result<(), sqlx::Error> {
    let keys = std::iter::once(account_key(email)).chain(address.map(address_key));
    for key in keys {
        sqlx::query("INSERT INTO sign_in_failures (key) VALUES (?)").bind(key).execute(db).await?;
    }
    // Old rows are of no use: keep the table small.
    sqlx::query("DELETE FROM sign_in_failures WHERE at < strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-1 day')")
        .execute(db)
        .await?;
    Ok(())
}

pub async fn clear_account(db: &Db, email: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sign_in_failures WHERE key = ?").bind(account_key(email)).execute(db).await?;
    Ok(())
}

/// The password check of every sign-in: refused while `account` or the
/// address is blocked (429 with Retry-After), and every failure counted. An
/// unknown account (`stored` = None) costs the same time as a known one,
/// so timing does not reveal who has an account. `Err` is the answer to give.
pub async fn check_password(
    db: &Db,
    account: &str,
    address: Option<&str>,
    stored: Option<&str>,
    password: &str,
    refusal: ApiError,
) -> Result<(), Response> {
    let answer = |error: ApiError| error.into_response();
    if blocked(db, account, address).await.map_err(|e| answer(e.into()))? {
        let mut response = answer(ApiError::TooManyAttempts);
        let wait = (WINDOW_MINUTES * 60).to_string();
        response.headers_mut().insert(header::RETRY_AFTER, wait.parse().expect("digits"));
        return Err(response);
    }
    let matches = match stored {
        Some(stored) => super::secrets::password_matches(password, stored),
        None => {
            let _ = super::secrets::password_matches(password, &super::secrets::hash_password("x"));
            false
        }
    };
    if !matches {
        record_failure(db, account, address).await.map_err(|e| answer(e.into()))?;
        return Err(answer(refusal));
    }
    clear_account(db, account).await.map_err(|e| answer(e.into()))?;
    Ok(())
}
