//! Every password check goes through here: sign-in by e-mail or identifier,
//! and the old password asked for when changing the password, the e-mail
//! address or the identifier's password.
//!
//! The attempt is counted before the password is verified, in one statement
//! per counter (see `rate_limit`): 5 per account and 20 per network address
//! within 15 minutes are verified; beyond that the answer is 429 with
//! `Retry-After` until the window has passed. A right password clears the
//! account's count and does not count against the address.

use super::secrets;
use crate::AppState;
use crate::db::Db;
use crate::error::ApiError;
use crate::rate_limit::{self, Limit, Taken};
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::HeaderMap;
use axum::http::request::Parts;
use portal_model::registration::MAX_PASSWORD_LEN;
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};

/// The client's network address as throttling counts it, when the server
/// knows it (not in router-level tests, which have no connection): behind a
/// trusted proxy the address it forwards; an IPv6 client by its /64
/// network (one host usually has a whole /64 to rotate through).
pub struct PeerAddress(pub Option<String>);

impl FromRequestParts<AppState> for PeerAddress {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Infallible> {
        // (An IPv4 client of a dual-stack listener arrives as ::ffff:a.b.c.d.)
        let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip().to_canonical());
        let client = match peer {
            Some(ip) if state.trusted_proxies.contains(&ip) => Some(forwarded_client(&parts.headers).unwrap_or(ip)),
            other => other,
        };
        Ok(PeerAddress(client.map(network_of)))
    }
}

/// The address a local proxy appended last to `X-Forwarded-For`.
fn forwarded_client(headers: &HeaderMap) -> Option<IpAddr> {
    let last = headers.get_all("x-forwarded-for").iter().next_back()?.to_str().ok()?;
    last.rsplit(',').next()?.trim().parse().ok()
}

fn network_of(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
    }
}

pub const WINDOW_SECS: i64 = 15 * 60;
pub const PER_ACCOUNT: Limit = Limit { max: 5, window_secs: WINDOW_SECS };
pub const PER_ADDRESS: Limit = Limit { max: 20, window_secs: WINDOW_SECS };

/// Whose password is being guessed: an e-mail account or an identifier.
pub enum Account<'a> {
    Email(&'a str),
    Identifier(&'a str),
}

impl Account<'_> {
    pub fn key(&self) -> String {
        match self {
            Account::Email(email) => format!("password:account:{}", email.to_lowercase()),
            Account::Identifier(identifier) => format!("password:id:{identifier}"),
        }
    }
}

fn address_key(address: &str) -> String {
    format!("password:address:{address}")
}

/// Checks `password` against `stored` (None: an unknown account, which
/// costs the same Argon2 work and never matches). `Err` is 429 when the
/// account or the address has had too many attempts.
pub async fn check_password(
    db: &Db,
    account: Account<'_>,
    address: Option<&str>,
    stored: Option<&str>,
    password: &str,
) -> Result<bool, ApiError> {
    let account_key = account.key();
    let address_key = address.map(address_key);
    let mut refused = rate_limit::take(db, &account_key, PER_ACCOUNT).await?;
    if let Some(key) = &address_key
        && let Taken::Refused { retry_after_secs } = rate_limit::take(db, key, PER_ADDRESS).await?
    {
        refused = Taken::Refused { retry_after_secs };
    }
    if let Taken::Refused { retry_after_secs } = refused {
        return Err(ApiError::TooManyAttempts { retry_after_secs });
    }
    // An over-long password is never right; it is not worth hashing.
    let matches = password.len() <= MAX_PASSWORD_LEN && secrets::password_matches(password, stored).await;
    if matches {
        rate_limit::forget(db, &account_key).await?;
        if let Some(key) = &address_key {
            rate_limit::give_back(db, key).await?;
        }
    }
    Ok(matches)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_clients_count_by_their_network_and_mapped_ipv4_as_ipv4() {
        assert_eq!(network_of("2001:db8:1:2:aaaa::1".parse().unwrap()), "2001:db8:1:2::/64");
        assert_eq!(network_of("2001:db8:1:2:bbbb::9".parse().unwrap()), "2001:db8:1:2::/64");
        assert_eq!(network_of("::ffff:203.0.113.9".parse().unwrap()), "203.0.113.9");
        assert_eq!(network_of("203.0.113.9".parse().unwrap()), "203.0.113.9");
    }

    #[test]
    fn the_proxys_last_forwarded_address_is_the_client() {
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", "10.0.0.1, 198.51.100.7".parse().unwrap());
        assert_eq!(
            forwarded_client(&headers),
            Some("198.51.100.7".parse().unwrap()),
            "the first entry is the client's own claim"
        );
        headers.insert("x-forwarded-for", "garbage".parse().unwrap());
        assert_eq!(forwarded_client(&headers), None);
    }
}
