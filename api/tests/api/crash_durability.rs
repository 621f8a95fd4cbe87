//! What an acknowledged write survives: the real `portal-api` binary saves
//! personal data again and again, is killed with SIGKILL in the middle of
//! the stream, and started again on the same database (an SQLite file, or
//! PostgreSQL in `scripts/test.sh`'s second round); every change it had
//! answered 2xx is there (the last one, or the one in flight after it).

use std::process::Stdio;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::process::{Child, Command};

struct Answer {
    status: u16,
    head: String,
    body: String,
}

/// One HTTP/1.1 request on its own connection.
async fn request(
    address: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> std::io::Result<Answer> {
    let mut stream = TcpStream::connect(address).await?;
    let mut text =
        format!("{method} {path} HTTP/1.1\r\nHost: portal\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
    for (name, value) in headers {
        text.push_str(&format!("{name}: {value}\r\n"));
    }
    text.push_str("\r\n");
    text.push_str(body);
    stream.write_all(text.as_bytes()).await?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await?;
    let raw = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
    let status = head.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    Ok(Answer { status, head: head.to_owned(), body: body.to_owned() })
}

/// Starts the server binary on `database` and waits until it answers. Its
/// files (the demo orders' answers among them) go to `files`, never into
/// the working tree.
async fn start(database: &str, address: &str, files: &std::path::Path) -> Child {
    let child = Command::new(env!("CARGO_BIN_EXE_portal-api"))
        .args(["--database-url", database, "--bind", address, "--static-dir", "/nonexistent", "--demo-data"])
        .arg("--files-dir")
        .arg(files)
        .args(["--public-url", &format!("http://{address}")])
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("the portal-api binary starts");
    for _ in 0..600 {
        if let Ok(answer) = request(address, "GET", "/api/health", &[], "").await
            && answer.status == 200
        {
            return child;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the portal did not answer within a minute");
}

fn free_address() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().to_string()
}

/// Signs in the demo user: the cookie and the CSRF token.
async fn sign_in(address: &str) -> (String, String) {
    let credentials = format!(
        r#"{{"email":"demo@e-portal.example","password":"{}"}}"#,
        portal_api::accounts::demo_users::DEMO_PASSWORD
    );
    let answer =
        request(address, "POST", "/api/sessions", &[("Content-Type", "application/json")], &credentials).await.unwrap();
    assert_eq!(answer.status, 200, "{}", answer.body);
    let cookie = answer
        .head
        .lines()
        .find_map(|line| line.strip_prefix("set-cookie: "))
        .and_then(|value| value.split(';').next())
        .expect("a session cookie")
        .to_owned();
    let csrf =
        serde_json::from_str::<serde_json::Value>(&answer.body).unwrap()["csrf_token"].as_str().unwrap().to_owned();
    (cookie, csrf)
}

fn personal_data(n: u32) -> String {
    format!(
        r#"{{"full_name":"Петренко Петро Петрович","region":"Київська область","address":"Київ, вул. Хрещатик, {n}","postal_code":"01001","phone":"+380442535485"}}"#
    )
}

#[tokio::test]
async fn every_acknowledged_change_survives_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let database = crate::helpers::database_url(&dir).await;
    let address = free_address();
    let mut portal = start(&database, &address, &dir.path().join("files")).await;
    let (cookie, csrf) = sign_in(&address).await;
    let headers = [("Content-Type", "application/json"), ("Cookie", cookie.as_str()), ("X-CSRF-Token", csrf.as_str())];

    // Writes go on in the background; the server is killed while they do.
    let writer = {
        let (address, headers) = (address.clone(), headers.map(|(k, v)| (k.to_owned(), v.to_owned())));
        tokio::spawn(async move {
            let headers: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            let mut acknowledged = 0;
            for n in 1.. {
                match request(&address, "PUT", "/api/me", &headers, &personal_data(n)).await {
                    Ok(answer) if answer.status == 200 => acknowledged = n,
                    _ => return acknowledged,
                }
            }
            acknowledged
        })
    };
    tokio::time::sleep(Duration::from_millis(1500)).await;
    portal.start_kill().expect("SIGKILL");
    portal.wait().await.unwrap();
    let acknowledged = writer.await.unwrap();
    assert!(acknowledged > 10, "the stream was under way ({acknowledged} writes)");

    let _portal = start(&database, &address, &dir.path().join("files")).await;
    let (cookie, _) = sign_in(&address).await;
    let me = request(&address, "GET", "/api/me", &[("Cookie", &cookie)], "").await.unwrap();
    let stored =
        serde_json::from_str::<serde_json::Value>(&me.body).unwrap()["profile"]["address"].as_str().unwrap().to_owned();
    let number: u32 = stored.rsplit(' ').next().unwrap().parse().unwrap();
    assert!(
        number == acknowledged || number == acknowledged + 1,
        "the last acknowledged change was {acknowledged}; after the restart the stored one is {number}"
    );
}
