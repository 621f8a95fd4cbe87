//! Benchmark: how fast `/api/health` answers while passwords are being
//! guessed. Argon2 runs on a bounded blocking pool, so guesses queue there
//! and the async workers stay free; before, 48 guesses made the health
//! check's median go from 0.7 ms to 139 ms.
//!
//!     cargo run --profile server -p portal-api --example health_under_guessing
//!
//! Starts the real server on a temporary database, measures the health
//! check alone, then again while 48 guessers (each from its own loopback
//! address, 127.0.0.10 and up, so the per-address limit does not stop them
//! early) send wrong passwords for unknown addresses as fast as they are
//! answered. Prints a Markdown table.

use portal_api::config::Config;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpSocket};

const GUESSERS: u8 = 48;
/// Guesses per guesser: within the per-address limit of 20.
const GUESSES_EACH: usize = 20;
const HEALTH_SAMPLES: usize = 300;

/// One HTTP/1.1 request on a fresh connection from `source`; the status.
async fn request(server: SocketAddr, source: Ipv4Addr, method: &str, path: &str, body: &str) -> u16 {
    let socket = TcpSocket::new_v4().expect("a socket");
    socket.bind(SocketAddr::new(IpAddr::V4(source), 0)).expect("a loopback source address");
    let mut stream = socket.connect(server).await.expect("the server accepts");
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: portal\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.expect("sent");
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.expect("an answer");
    let answer = String::from_utf8_lossy(&answer);
    answer.split_whitespace().nth(1).and_then(|code| code.parse().ok()).unwrap_or(0)
}

struct Latencies(Vec<Duration>);

impl Latencies {
    fn at(&self, quantile: f64) -> Duration {
        let mut sorted = self.0.clone();
        sorted.sort();
        sorted[((sorted.len() - 1) as f64 * quantile).round() as usize]
    }
}

/// Health checks one after another (5 ms apart) until `until` says stop
/// or `samples` were taken.
async fn health_latencies(server: SocketAddr, samples: usize, busy: Option<Arc<AtomicBool>>) -> Latencies {
    let mut times = Vec::new();
    while times.len() < samples {
        if busy.as_ref().is_some_and(|b| !b.load(Ordering::Relaxed)) {
            break;
        }
        let started = Instant::now();
        assert_eq!(request(server, Ipv4Addr::LOCALHOST, "GET", "/api/health", "").await, 200);
        times.push(started.elapsed());
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    Latencies(times)
}

fn row(what: &str, latencies: &Latencies) -> String {
    let ms = |d: Duration| format!("{:.2} ms", d.as_secs_f64() * 1000.0);
    format!(
        "| {what} | {} | {} | {} | {} |",
        latencies.0.len(),
        ms(latencies.at(0.5)),
        ms(latencies.at(0.99)),
        ms(latencies.at(1.0))
    )
}

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut config =
        Config::for_tests(format!("sqlite:{}", dir.path().join("bench.sqlite3").display()), dir.path().into());
    config.demo_data = false;
    let state = portal_api::prepare(&config).await.expect("the database");
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("a port");
    let server = listener.local_addr().expect("an address");
    tokio::spawn(async move {
        portal_api::serve(listener, state, &config, std::future::pending()).await.expect("serves");
    });

    let quiet = health_latencies(server, HEALTH_SAMPLES, None).await;

    let guessing = Arc::new(AtomicBool::new(true));
    let answered = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let guessers: Vec<_> = (0..GUESSERS)
        .map(|g| {
            let answered = answered.clone();
            tokio::spawn(async move {
                let source = Ipv4Addr::new(127, 0, 0, 10 + g);
                for n in 0..GUESSES_EACH {
                    let body = format!(r#"{{"email":"guess{g}-{n}@example.ua","password":"wrong wrong wrong"}}"#);
                    assert_eq!(request(server, source, "POST", "/api/sessions", &body).await, 401);
                    answered.fetch_add(1, Ordering::Relaxed);
                }
            })
        })
        .collect();
    let loaded = {
        let busy = guessing.clone();
        tokio::spawn(health_latencies(server, usize::MAX, Some(busy)))
    };
    for guesser in guessers {
        guesser.await.expect("a guesser");
    }
    let elapsed = started.elapsed();
    guessing.store(false, Ordering::Relaxed);
    let loaded = loaded.await.expect("health checks");

    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    println!(
        "`/api/health` on {cores} cores; {} wrong passwords by {GUESSERS} guessers in {:.1} s ({:.0}/s, Argon2 at most {cores} at once)\n",
        answered.load(Ordering::Relaxed),
        elapsed.as_secs_f64(),
        answered.load(Ordering::Relaxed) as f64 / elapsed.as_secs_f64()
    );
    println!("| Health checks | n | p50 | p99 | max |\n| --- | --- | --- | --- | --- |");
    println!("{}", row("alone", &quiet));
    println!("{}", row("while passwords are guessed", &loaded));
}
