//! Sign-in throttling per network address needs a real connection (router
//! tests have no peer address): the real server, plain HTTP from here.

use portal_e2e::{Portal, dist_dir};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// POSTs JSON and returns the status code.
async fn post(base: &str, path: &str, json: &str) -> u16 {
    let address = base.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
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
