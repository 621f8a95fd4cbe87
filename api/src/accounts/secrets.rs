//! Passwords (Argon2id), and the SHA-256 hash a random token
//! (`platform::random::token`) is stored as.
//!
//! Argon2 is slow on purpose (tens of milliseconds of CPU and 19 MiB per
//! hash). It never runs on the async worker threads: every hash and check
//! goes to tokio's blocking pool, at most as many at once as the machine has
//! cores, so a burst of password guesses queues there while every other
//! request stays fast.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng};
use base64::Engine;
use sha2::{Digest, Sha256};
use std::sync::{Arc, LazyLock};
use tokio::sync::Semaphore;

/// Room for as many Argon2 computations at once as there are cores.
static ARGON2_SLOTS: LazyLock<Arc<Semaphore>> =
    LazyLock::new(|| Arc::new(Semaphore::new(std::thread::available_parallelism().map_or(2, usize::from))));

/// A hash of a password nobody has, checked when the account is unknown:
/// the same Argon2 work on every path, so timing does not tell who has an
/// account.
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| hash_now("no account has this password"));

async fn on_argon2_pool<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> T {
    let slot = ARGON2_SLOTS.clone().acquire_owned().await.expect("the semaphore is never closed");
    // The slot goes with the work: a request that times out or whose client
    // goes away does not free it while its hash still runs.
    let work = move || {
        let value = work();
        drop(slot);
        value
    };
    match tokio::task::spawn_blocking(work).await {
        Ok(value) => value,
        Err(error) => std::panic::resume_unwind(error.into_panic()),
    }
}

fn hash_now(password: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default().hash_password(password.as_bytes(), &salt).expect("Argon2 hashes any password").to_string()
}

fn matches_now(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|hash| Argon2::default().verify_password(password.as_bytes(), &hash).is_ok())
        .unwrap_or(false)
}

/// An Argon2id hash in PHC format (salt and parameters included).
pub async fn hash_password(password: &str) -> String {
    let password = password.to_owned();
    on_argon2_pool(move || hash_now(&password)).await
}

/// Whether `password` is the one `stored` was made from. With no stored
/// hash (an unknown account) the check runs against a dummy hash, taking
/// the same time, and answers false.
pub async fn password_matches(password: &str, stored: Option<&str>) -> bool {
    let password = password.to_owned();
    let stored = stored.map(str::to_owned);
    on_argon2_pool(move || match stored {
        Some(stored) => matches_now(&password, &stored),
        None => {
            let _ = matches_now(&password, &DUMMY_HASH);
            false
        }
    })
    .await
}

pub fn token_hash(token: &str) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(Sha256::digest(token.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn passwords_verify_only_themselves_and_hashes_are_argon2id() {
        let stored = hash_password("correct horse battery").await;
        assert!(stored.starts_with("$argon2id$"));
        assert!(password_matches("correct horse battery", Some(&stored)).await);
        assert!(!password_matches("correct horse batterY", Some(&stored)).await);
        assert!(!password_matches("anything", Some("not a hash")).await);
        assert!(!password_matches("no account has this password", None).await, "the dummy never matches");
        assert_ne!(hash_password("same").await, hash_password("same").await, "salted");
    }

    #[test]
    fn tokens_are_hashed() {
        assert_eq!(token_hash("a"), token_hash("a"));
        assert_ne!(token_hash("a"), "a");
    }
}
