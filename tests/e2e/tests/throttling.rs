//! Sign-in throttling per network address needs a real connection (router
//! tests have no peer address): the real server, plain HTTP from here, from
//! 127.0.0.1 and from 127.0.0.2 as two clients.

use portal_e2e::{Portal, dist_dir};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// POSTs JSON and returns the status code.
async fn post(base: &str, path: &str, json: &str) -> u16 {
    post_from("127.0.0.1", base, path, json).await
}

/// POSTs JSON from the local address `from` (any of 127.0.0.0/8: to the
/// server each is another client) and returns the status code.
async fn post_from(from: &str, base: &str, path: &str, json: &str) -> u16 {
    let address = base.trim_start_matches("http://");
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind(format!("{from}:0").parse().unwrap()).unwrap();
    let mut stream = socket.connect(address.parse().unwrap()).await.unwrap();
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{json}",
        json.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).await.unwrap();
    response.split_whitespace().nth(1).and_then(|code| code.parse().ok()).unwrap_or(0)
}

#[tokio::test]
async fn twenty_failures_from_one_address_block_it_for_any_account() {
    let portal = Portal::start(dist_dir()).await;
    for n in 0..20 {
        // Different accounts each time: the per-account limit never trips.
        let body = format!(r#"{{"email":"guess{n}@example.ua","password":"wrong wrong wrong"}}"#);
        assert_eq!(post(&portal.base_url, "/api/sessions", &body).await, 401, "attempt {n}");
    }
    let body = r#"{"email":"someone-new@example.ua","password":"wrong wrong wrong"}"#;
    assert_eq!(post(&portal.base_url, "/api/sessions", body).await, 429, "the address is throttled");
}

/// The security review (2026-12, finding 9): 40 parallel wrong guesses
/// locked the owner's right password out from a fresh address. Now they
/// lock out only the address they came from (exactly 5 of them checked).
#[tokio::test]
async fn forty_guesses_from_a_strangers_address_do_not_lock_the_owner_out() {
    let portal = Portal::start(dist_dir()).await;
    let wrong = r#"{"email":"demo@e-portal.example","password":"wrong wrong wrong"}"#;
    let guesses: Vec<_> = (0..40)
        .map(|_| {
            let base = portal.base_url.clone();
            tokio::spawn(async move { post_from("127.0.0.2", &base, "/api/sessions", wrong).await })
        })
        .collect();
    let mut statuses = Vec::new();
    for guess in guesses {
        statuses.push(guess.await.unwrap());
    }
    let count = |status: u16| statuses.iter().filter(|s| **s == status).count();
    assert_eq!((count(401), count(429)), (5, 35), "{statuses:?}");
    let right = r#"{"email":"demo@e-portal.example","password":"demo-password-2026"}"#;
    assert_eq!(
        post_from("127.0.0.2", &portal.base_url, "/api/sessions", right).await,
        429,
        "the stranger's address waits"
    );
    assert_eq!(post(&portal.base_url, "/api/sessions", right).await, 200, "the owner from another address signs in");
}
