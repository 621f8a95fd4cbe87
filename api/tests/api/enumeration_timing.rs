//! Timing must not tell who has an account: registering a taken address
//! takes as long as a new one, and signing in to an unknown address as long
//! as to a known one (the same Argon2 work on every path). Compares the
//! medians of several tries of each, taken in turns. One test in a module
//! of the API tests' binary that `scripts/test.sh` runs by itself after the
//! others (`--skip enumeration_timing::`, then `enumeration_timing::`), so
//! no other test's hashing runs beside it. Before the fix the ratios were
//! about 50 (registration) and 2 (sign-in).

use crate::helpers::{Api, api, registration};
use serde_json::json;
use std::time::{Duration, Instant};

const TRIES: usize = 11;
/// The slower median may be at most this much slower than the other.
const TOLERANCE: f64 = 1.5;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// How many times the medians of one case may be measured again before the
/// test gives up: a burst of work elsewhere on the machine (a database's
/// checkpoint, a build beside the tests) can spoil one measurement; a real
/// difference spoils all, and always the same way round.
const ROUNDS: usize = 4;

fn ratio(a: Duration, b: Duration) -> f64 {
    a.max(b).as_secs_f64() / a.min(b).as_secs_f64().max(1e-6)
}

async fn timed(api: &Api, uri: &str, body: serde_json::Value) -> Duration {
    let started = Instant::now();
    api.call("POST", uri, Some(body), &[]).await;
    started.elapsed()
}

#[tokio::test]
async fn timing_does_not_tell_who_has_an_account() {
    let api = api().await;
    alike_in_some_round("registration (new vs taken)", async |round| registration_times(&api, round).await).await;
    alike_in_some_round("sign-in (known vs unknown)", async |round| sign_in_times(&api, round).await).await;
}

/// Passes when one of `ROUNDS` measurements finds the two medians alike, or
/// when they differ one way in one round and the other way in another: a
/// leak makes the same path slower every time, noise does not (seen under
/// load: 28 vs 18 ms, then 18 vs 29 ms).
async fn alike_in_some_round(what: &str, measure: impl AsyncFn(usize) -> (Duration, Duration)) {
    let mut seen = Vec::new();
    let mut first_slower = Vec::new();
    for round in 0..ROUNDS {
        let (a, b) = measure(round).await;
        if ratio(a, b) < TOLERANCE {
            return;
        }
        seen.push(format!("{a:?} vs {b:?}"));
        first_slower.push(a > b);
        if first_slower.contains(&true) && first_slower.contains(&false) {
            return;
        }
    }
    panic!("{what}: the medians differ the same way in every round: {seen:?}");
}

/// Median times of registering new and taken addresses, in turns.
async fn registration_times(api: &Api, round: usize) -> (Duration, Duration) {
    for n in 0..TRIES {
        api.registered(&format!("taken{round}-{n}@example.ua"), "correct horse battery").await;
    }
    // Warm up the hashing pool and the database.
    timed(api, "/api/accounts", registration(&format!("warm-up{round}@example.ua"))).await;
    let mut new = Vec::new();
    let mut taken = Vec::new();
    for n in 0..TRIES {
        new.push(timed(api, "/api/accounts", registration(&format!("new{round}-{n}@example.ua"))).await);
        taken.push(timed(api, "/api/accounts", registration(&format!("taken{round}-{n}@example.ua"))).await);
    }
    (median(new), median(taken))
}

/// Median times of wrong passwords for known and unknown addresses, in turns.
async fn sign_in_times(api: &Api, round: usize) -> (Duration, Duration) {
    for n in 0..TRIES {
        api.registered(&format!("known{round}-{n}@example.ua"), "correct horse battery").await;
    }
    let wrong = |email: String| json!({"email": email, "password": "wrong wrong wrong"});
    timed(api, "/api/sessions", wrong(format!("warm-up{round}@example.ua"))).await;
    let mut known = Vec::new();
    let mut unknown = Vec::new();
    for n in 0..TRIES {
        known.push(timed(api, "/api/sessions", wrong(format!("known{round}-{n}@example.ua"))).await);
        unknown.push(timed(api, "/api/sessions", wrong(format!("unknown{round}-{n}@example.ua"))).await);
    }
    (median(known), median(unknown))
}
