//! Timing must not tell who has an account: registering a taken address
//! takes as long as a new one, and signing in to an unknown address as long
//! as to a known one (the same Argon2 work on every path). Compares the
//! medians of several tries of each, taken in turns; a test binary of its
//! own with one test, so no other test's hashing runs beside it. Before the fix the ratios were about 50
//! (registration) and 2 (sign-in).

mod support;

use serde_json::json;
use std::time::{Duration, Instant};
use support::{api, registration, Api};

const TRIES: usize = 11;
/// The slower median may be at most this much slower than the other.
const TOLERANCE: f64 = 1.5;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn assert_alike(what: &str, a: Duration, b: Duration) {
    let ratio = a.max(b).as_secs_f64() / a.min(b).as_secs_f64().max(1e-6);
    assert!(ratio < TOLERANCE, "{what}: medians {a:?} and {b:?} differ {ratio:.2}×");
}

async fn timed(api: &Api, uri: &str, body: serde_json::Value) -> Duration {
    let started = Instant::now();
    api.call("POST", uri, Some(body), &[]).await;
    started.elapsed()
}

#[tokio::test]
async fn timing_does_not_tell_who_has_an_account() {
    let api = api().await;
    registration_takes_as_long_for_a_taken_address_as_for_a_new_one(&api).await;
    sign_in_takes_as_long_for_an_unknown_address_as_for_a_known_one(&api).await;
}

async fn registration_takes_as_long_for_a_taken_address_as_for_a_new_one(api: &Api) {
    for n in 0..TRIES {
        api.registered(&format!("taken{n}@example.ua"), "correct horse battery").await;
    }
    // Warm up the hashing pool and the database.
    timed(api, "/api/accounts", registration("warm-up@example.ua")).await;
    let mut new = Vec::new();
    let mut taken = Vec::new();
    for n in 0..TRIES {
        new.push(timed(api, "/api/accounts", registration(&format!("new{n}@example.ua"))).await);
        taken.push(timed(api, "/api/accounts", registration(&format!("taken{n}@example.ua"))).await);
    }
    assert_alike("registration", median(new), median(taken));
}

async fn sign_in_takes_as_long_for_an_unknown_address_as_for_a_known_one(api: &Api) {
    for n in 0..TRIES {
        api.registered(&format!("known{n}@example.ua"), "correct horse battery").await;
    }
    let wrong = |email: String| json!({"email": email, "password": "wrong wrong wrong"});
    timed(api, "/api/sessions", wrong("warm-up@example.ua".into())).await;
    let mut known = Vec::new();
    let mut unknown = Vec::new();
    for n in 0..TRIES {
        known.push(timed(api, "/api/sessions", wrong(format!("known{n}@example.ua"))).await);
        unknown.push(timed(api, "/api/sessions", wrong(format!("unknown{n}@example.ua"))).await);
    }
    assert_alike("sign-in", median(known), median(unknown));
}
