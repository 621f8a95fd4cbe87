//! Draft saves for the API benchmark (`scripts/bench-api.sh`, next to the
//! raw SQLite writes of `raw_sqlite_writes.rs`): the portal on a fresh
//! SQLite file, the demo citizen with 64 drafts of the carrier licence, and
//! 64 tasks each saving its own draft over one keep-alive HTTP connection
//! for 8 s — every save the whole draft with 220 answers (25 vehicles, 20
//! of them leased, each with its lease contract attached: 20 attachments'
//! metadata, the files uploaded beforehand) and the version it was based
//! on, as the form's autosave sends it.
//! Prints `saves_per_second p50_ms p99_ms payload_bytes`.

use portal_api::config::Config;
use serde_json::{Value, json};
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

const TASKS: usize = 64;
const SECONDS: u64 = 8;
const VEHICLES: usize = 25;
/// Vehicles leased, each with its contract attached.
const LEASED: usize = 20;

/// One HTTP/1.1 exchange on a kept-alive connection: (status, JSON body).
async fn exchange(
    stream: &mut BufReader<TcpStream>,
    method: &str,
    path: &str,
    headers: &str,
    body: &str,
) -> (u16, Value) {
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\nContent-Length: {}\r\n{headers}\r\n{body}",
        body.len()
    );
    stream.get_mut().write_all(request.as_bytes()).await.expect("the request goes");
    let mut line = String::new();
    stream.read_line(&mut line).await.expect("a status line");
    let status: u16 = line.split(' ').nth(1).and_then(|s| s.parse().ok()).expect("a status");
    let mut length = 0;
    let mut set_cookie = String::new();
    loop {
        line.clear();
        stream.read_line(&mut line).await.expect("a header");
        let header = line.trim_end();
        if header.is_empty() {
            break;
        }
        let (name, value) = header.split_once(':').unwrap_or((header, ""));
        match name.to_ascii_lowercase().as_str() {
            "content-length" => length = value.trim().parse().unwrap_or(0),
            "set-cookie" => set_cookie = value.trim().split(';').next().unwrap_or_default().to_owned(),
            _ => {}
        }
    }
    let mut bytes = vec![0; length];
    stream.read_exact(&mut bytes).await.expect("the body");
    let mut value: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    if !set_cookie.is_empty() {
        value["set_cookie"] = json!(set_cookie);
    }
    (status, value)
}

/// The answers of one save; `contracts` the attachment answers of the
/// leased vehicles' contracts.
fn answers(round: usize, contracts: &[Value]) -> Value {
    let vehicles: Vec<Value> = (0..VEHICLES)
        .map(|n| {
            let mut vehicle = json!({
                "make": "Богдан", "model": format!("А092-{round}"), "plate": format!("АА{:04}ВВ", n),
                "vin": "Y6LA0920000123456", "manufacture_year": "2015", "seats": "32", "ownership": "own"
            });
            if let Some(contract) = contracts.get(n) {
                vehicle["ownership"] = json!("lease");
                vehicle["lease_until"] = json!("31.12.2030");
                vehicle["lease_contract"] = contract.clone();
            }
            vehicle
        })
        .collect();
    json!({ "applicant_kind": "self", "full_name": "Петренко Петро Петрович", "vehicles": vehicles })
}

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let url = format!("sqlite:{}", dir.path().join("portal.sqlite3").display());
    let config = Config::for_tests(url, dir.path().into());
    let state = portal_api::prepare(&config).await.expect("the portal prepares");
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("a port");
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { portal_api::serve(listener, state, &config, std::future::pending()).await });

    let connect = || async { BufReader::new(TcpStream::connect(address).await.expect("connects")) };
    let mut first = connect().await;
    let credentials = json!({"email": "demo@e-portal.example", "password": "demo-password-2026"}).to_string();
    let (status, signed_in) = exchange(&mut first, "POST", "/api/sessions", "", &credentials).await;
    assert_eq!(status, 200, "{signed_in}");
    let headers = format!(
        "Cookie: {}\r\nX-CSRF-Token: {}\r\n",
        signed_in["set_cookie"].as_str().unwrap(),
        signed_in["csrf_token"].as_str().unwrap()
    );
    let mut payload_bytes = 0;
    let (mut tasks, mut ready) = (Vec::new(), Vec::new());
    // (The sign-in's connection is the first task's: 64 connections in all,
    // the most one client may open.)
    let mut first = Some(first);
    for _ in 0..TASKS {
        let headers = headers.clone();
        let mut stream = match first.take() {
            Some(stream) => stream,
            None => connect().await,
        };
        let new = json!({"service_id": "carrier-licence"}).to_string();
        let (status, draft) = exchange(&mut stream, "POST", "/api/drafts", &headers, &new).await;
        assert_eq!(status, 201, "{draft}");
        let id = draft["id"].as_i64().unwrap();
        let version = draft["version"].as_i64().unwrap();
        let mut contracts = Vec::new();
        for n in 0..LEASED {
            let path = format!("/api/drafts/{id}/attachments?field=vehicles.{n}.lease_contract&name=lease-{n}.pdf");
            let (status, stored) = exchange(&mut stream, "POST", &path, &headers, "%PDF-1.4\n%%EOF\n").await;
            assert_eq!(status, 201, "{stored}");
            contracts.push(stored);
        }
        payload_bytes = answers(0, &contracts).to_string().len();
        // Two sets of answers made beforehand and saved in turn, so the
        // client's own JSON work does not take the server's CPU.
        let rounds = [answers(0, &contracts).to_string(), answers(1, &contracts).to_string()];
        ready.push((stream, headers, id, version, rounds));
    }
    // Every draft made and its files uploaded: now all save at once.
    let until = Instant::now() + Duration::from_secs(SECONDS);
    for (mut stream, headers, id, mut version, rounds) in ready {
        tasks.push(tokio::spawn(async move {
            let mut times = Vec::new();
            let mut round = 0;
            while Instant::now() < until {
                let save = format!(r#"{{"base_version":{version},"step":"vehicles","answers":{}}}"#, rounds[round % 2]);
                let started = Instant::now();
                let (status, saved) = exchange(&mut stream, "PUT", &format!("/api/drafts/{id}"), &headers, &save).await;
                assert_eq!(status, 200, "{saved}");
                times.push(started.elapsed());
                version = saved["version"].as_i64().unwrap();
                round += 1;
            }
            times
        }));
    }
    let started = Instant::now();
    let mut times = Vec::new();
    for task in tasks {
        times.extend(task.await.expect("a task ends"));
    }
    let seconds = started.elapsed().as_secs_f64();
    times.sort();
    let at = |q: f64| times[((times.len() as f64 - 1.0) * q) as usize].as_secs_f64() * 1000.0;
    println!("{:.0} {:.2} {:.2} {payload_bytes}", times.len() as f64 / seconds, at(0.5), at(0.99));
}
