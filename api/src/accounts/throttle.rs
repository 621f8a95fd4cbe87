//! Every password check goes through here: sign-in by e-mail or identifier,
//! and the old password asked for when changing the password, the e-mail
//! address or the identifier's password.
//!
//! The attempt is counted before the password is verified, in one statement
//! per counter (see `rate_limit`): 5 per account from one network address,
//! and 20 per network address, within 15 minutes are verified; beyond that
//! the answer is 429 with `Retry-After` until the window has passed. Each
//! further lock of the same account from the same address within a day
//! lasts twice as long as the one before (30 minutes, an hour, … up to a
//! day). A right password clears the account's count from that address and
//! its locks, and does not count against the address.
//!
//! The account is counted per address, not as a whole, so that a stranger's
//! wrong guesses lock only the stranger out: the owner's right password
//! from another address still works. Guessing one account from many
//! addresses is bounded by what each address may try.

use super::secrets;
use crate::http::error::ApiError;
use crate::platform::db::Db;
use crate::platform::rate_limit::{self, Limit, Taken};
use axum::extract::FromRef;
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

/// Proxies whose connections name the client in `X-Forwarded-For`.
#[derive(Clone)]
pub struct TrustedProxies(pub std::sync::Arc<[IpAddr]>);

impl<S> FromRequestParts<S> for PeerAddress
where
    S: Send + Sync,
    TrustedProxies: FromRef<S>,
{
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Infallible> {
        let TrustedProxies(trusted_proxies) = TrustedProxies::from_ref(state);
        // (An IPv4 client of a dual-stack listener arrives as ::ffff:a.b.c.d.)
        let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip().to_canonical());
        let client = match peer {
            Some(ip) if trusted_proxies.contains(&ip) => Some(forwarded_client(&parts.headers).unwrap_or(ip)),
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
/// Attempts on one account from one address within a window.
pub const PER_ACCOUNT_AND_ADDRESS: i64 = 5;
pub const PER_ADDRESS: Limit = Limit { max: 20, window_secs: WINDOW_SECS };
/// How long the locks of an account from an address are remembered, and
/// the longest a lock lasts.
const LOCK_MEMORY_SECS: i64 = 24 * 3600;

/// Whose password is being guessed: an e-mail account or an identifier.
pub enum Account<'a> {
    Email(&'a str),
    Identifier(&'a str),
}

impl Account<'_> {
    /// The account's own part of its counters' keys (deleting a cabinet
    /// deletes every key that starts with it).
    pub fn key(&self) -> String {
        match self {
            Account::Email(email) => format!("password:account:{}", email.to_lowercase()),
            Account::Identifier(identifier) => format!("password:id:{identifier}"),
        }
    }

    /// The key of its attempts from `address` (unknown in router tests).
    fn key_from(&self, address: Option<&str>) -> String {
        format!("{}:from:{}", self.key(), address.unwrap_or("unknown"))
    }
}

fn address_key(address: &str) -> String {
    format!("password:address:{address}")
}

/// How long the window of the `locks`-th lock within a day lasts: 15
/// minutes for the first, then twice the one before, up to a day.
fn lock_window_secs(locks: i64) -> i64 {
    let doublings = u32::try_from((locks - 1).clamp(0, 10)).unwrap_or(0);
    (WINDOW_SECS << doublings).min(LOCK_MEMORY_SECS)
}

/// Checks `password` against `stored` (None: an unknown account, which
/// costs the same Argon2 work and never matches). `Err` is 429 when the
/// account from this address, or the address, has had too many attempts.
pub async fn check_password(
    db: &Db,
    account: Account<'_>,
    address: Option<&str>,
    stored: Option<&str>,
    password: &str,
) -> Result<bool, ApiError> {
    let account_key = account.key_from(address);
    let locks_key = format!("{account_key}:locks");
    let address_key = address.map(address_key);
    // The address first: an attempt it refuses is no attempt on the account.
    if let Some(key) = &address_key
        && let Taken::Refused { retry_after_secs } = rate_limit::take(db, key, PER_ADDRESS).await?
    {
        return Err(ApiError::TooManyAttempts { retry_after_secs });
    }
    if let Some(retry_after_secs) = account_refusal(db, &account_key, &locks_key).await? {
        return Err(ApiError::TooManyAttempts { retry_after_secs });
    }
    // An over-long password is never right; it is not worth hashing.
    let matches = password.len() <= MAX_PASSWORD_LEN && secrets::password_matches(password, stored).await;
    if matches {
        rate_limit::forget(db, &account_key).await?;
        rate_limit::forget(db, &locks_key).await?;
        if let Some(key) = &address_key {
            rate_limit::give_back(db, key).await?;
        }
    }
    Ok(matches)
}

/// Counts an attempt on the account from this address; `Some(retry after)`
/// when it is over the limit. The attempt that first goes over records a
/// lock, which makes the window (and so the wait) of this one grow.
async fn account_refusal(db: &Db, account_key: &str, locks_key: &str) -> Result<Option<i64>, ApiError> {
    let window = lock_window_secs(rate_limit::current(db, locks_key, LOCK_MEMORY_SECS).await?);
    let counted = rate_limit::count(db, account_key, window).await?;
    if counted.count <= PER_ACCOUNT_AND_ADDRESS {
        return Ok(None);
    }
    let window = if counted.count == PER_ACCOUNT_AND_ADDRESS + 1 {
        // (One statement: of parallel attempts exactly one is the first over.)
        lock_window_secs(rate_limit::count(db, locks_key, LOCK_MEMORY_SECS).await?.count)
    } else {
        window
    };
    Ok(Some(counted.retry_after_secs(window)))
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
    fn each_lock_within_a_day_lasts_twice_the_one_before() {
        let minutes: Vec<i64> = (0..=8).map(|locks| lock_window_secs(locks) / 60).collect();
        assert_eq!(minutes, [15, 15, 30, 60, 120, 240, 480, 960, 1440]);
        assert_eq!(lock_window_secs(1000), LOCK_MEMORY_SECS, "never longer than a day");
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
