//! Slow or hostile clients against the real server over TCP: half a
//! header, half a body and idle connections are closed by the timeouts,
//! and connections beyond the cap wait rather than pile up. The server runs
//! with one-second timeouts so the tests are quick; each bound asserted is
//! a generous multiple of them.

use portal_api::platform::config::Config;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// Time within which a timed-out connection must have been closed.
const CLOSED_WITHIN: Duration = Duration::from_secs(8);

struct Server {
    address: String,
    _stop: tokio::sync::oneshot::Sender<()>,
    _dir: tempfile::TempDir,
}

async fn server(max_connections: usize) -> Server {
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::for_tests(format!("sqlite:{}", dir.path().join("p.sqlite3").display()), dir.path().into());
    config.demo_data = false;
    config.header_timeout_secs = 1;
    config.body_timeout_secs = 1;
    config.request_timeout_secs = 3;
    config.max_connections = max_connections;
    let state = portal_api::prepare(&config).await.unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap().to_string();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(async move {
        portal_api::serve(listener, state, &config, async {
            let _ = stopped.await;
        })
        .await
        .unwrap();
    });
    Server { address, _stop: stop, _dir: dir }
}

/// Reads until the server closes the connection; what it sent, or `None`
/// if it was still open after `CLOSED_WITHIN`.
async fn read_until_closed(stream: &mut TcpStream) -> Option<String> {
    let mut answer = Vec::new();
    match tokio::time::timeout(CLOSED_WITHIN, stream.read_to_end(&mut answer)).await {
        Ok(_) => Some(String::from_utf8_lossy(&answer).into_owned()),
        Err(_) => None,
    }
}

#[tokio::test]
async fn half_a_header_is_closed() {
    let server = server(16).await;
    let mut stream = TcpStream::connect(&server.address).await.unwrap();
    stream.write_all(b"GET /api/health HTTP/1.1\r\nHost: portal\r\nX-Slow: ").await.unwrap();
    assert!(read_until_closed(&mut stream).await.is_some(), "the connection is still open");
}

#[tokio::test]
async fn a_connection_that_sends_nothing_is_closed() {
    let server = server(16).await;
    let mut stream = TcpStream::connect(&server.address).await.unwrap();
    assert!(read_until_closed(&mut stream).await.is_some(), "the connection is still open");
}

#[tokio::test]
async fn half_a_body_gets_a_json_error_and_is_closed() {
    let server = server(16).await;
    let mut stream = TcpStream::connect(&server.address).await.unwrap();
    let head = "POST /api/sessions HTTP/1.1\r\nHost: portal\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"email\":";
    stream.write_all(head.as_bytes()).await.unwrap();
    let answer = read_until_closed(&mut stream).await.expect("the connection is still open");
    let status: u16 = answer.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    assert!(matches!(status, 400 | 408), "{answer}");
    assert!(answer.contains("application/json") && answer.contains("\"code\""), "{answer}");
}

#[tokio::test]
async fn connections_beyond_the_cap_wait_for_a_free_one() {
    let server = server(3).await;
    // Three connections that say nothing take every place …
    let mut idle = Vec::new();
    for _ in 0..3 {
        idle.push(TcpStream::connect(&server.address).await.unwrap());
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    // … so a fourth is served only once the header timeout has freed one.
    let started = Instant::now();
    let mut fourth = TcpStream::connect(&server.address).await.unwrap();
    fourth.write_all(b"GET /api/health HTTP/1.1\r\nHost: portal\r\nConnection: close\r\n\r\n").await.unwrap();
    let answer = read_until_closed(&mut fourth).await.expect("served once a place is free");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(
        started.elapsed() >= Duration::from_millis(500),
        "served at once: the cap did not hold ({:?})",
        started.elapsed()
    );
    for mut stream in idle {
        assert!(read_until_closed(&mut stream).await.is_some(), "idle connections are closed");
    }
}
