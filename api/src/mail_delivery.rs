//! Delivers the outbox through an SMTP relay, when `--smtp-relay host:port`
//! is given: every mail is first written to the `outbox` table (so nothing
//! is lost if the relay is down), then a background task hands unsent mail
//! to the relay and marks it sent; failures are retried up to
//! `MAX_ATTEMPTS` times, each recorded in `last_error`.
//!
//! The relay is a local MTA (Postfix, Exim, a provider's smarthost on the
//! private network) that accepts plain SMTP from this host; TLS and
//! authentication towards the Internet are its job.

use crate::db::Db;
use base64::Engine;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

const MAX_ATTEMPTS: i64 = 8;
const POLL: Duration = Duration::from_secs(2);
const TIMEOUT: Duration = Duration::from_secs(20);

#[derive(Clone, Debug)]
pub struct Relay {
    /// `host:port`
    pub address: String,
    /// The envelope and `From:` address.
    pub from: String,
}

/// Runs forever: delivers pending mail every couple of seconds.
pub async fn run(db: Db, relay: Relay) {
    loop {
        if let Err(error) = deliver_pending(&db, &relay).await {
            tracing::warn!(%error, "mail delivery: could not read the outbox");
        }
        tokio::time::sleep(POLL).await;
    }
}

/// How long an instance may take to hand one mail to the relay before
/// another instance may try it.
const LEASE_SECS: i64 = 60;

/// A mail leased for sending.
#[derive(sqlx::FromRow)]
struct Leased {
    id: i64,
    recipient: String,
    subject: String,
    body: String,
}

/// Leases the oldest unsent mail after `after` (an id) that nobody else is
/// sending. The row's state is
/// checked again by the UPDATE itself (PostgreSQL re-reads a row it had to
/// wait for; SQLite has one writer), so two instances never lease one mail.
async fn lease_next(db: &Db, after: i64) -> Result<Option<Leased>, sqlx::Error> {
    let now = crate::clock::unix_now();
    sqlx::query_as(
        "UPDATE outbox SET lease_until = $1
         WHERE id = (SELECT id FROM outbox
                     WHERE sent_at IS NULL AND attempts < $2 AND lease_until < $3 AND id > $4 ORDER BY id LIMIT 1)
           AND sent_at IS NULL AND lease_until < $3
         RETURNING id, recipient, subject, body",
    )
    .bind(now + LEASE_SECS)
    .bind(MAX_ATTEMPTS)
    .bind(now)
    .bind(after)
    .fetch_optional(db)
    .await
}

/// Sends unsent mail; with several instances delivering from one database,
/// each mail is in the hands of one instance at a time. (Delivery is at
/// least once: an instance that dies after the relay took a mail but before
/// recording it leaves it to be sent again.) Returns how many this call sent.
pub async fn deliver_pending(db: &Db, relay: &Relay) -> Result<usize, sqlx::Error> {
    let mut sent = 0;
    // Each call goes through the outbox once, oldest first: a mail that
    // fails is tried again by the next call, not at once.
    let mut after = 0;
    for _ in 0..50 {
        let Some(Leased { id, recipient, subject, body }) = lease_next(db, after).await? else {
            // Another instance may have leased the one this call chose at
            // the same moment (PostgreSQL then answers no row): go on while
            // unsent mail after it remains.
            let (waiting,): (i64,) = sqlx::query_as(
                "SELECT count(*) FROM outbox WHERE sent_at IS NULL AND attempts < $1 AND lease_until < $2 AND id > $3",
            )
            .bind(MAX_ATTEMPTS)
            .bind(crate::clock::unix_now())
            .bind(after)
            .fetch_one(db)
            .await?;
            if waiting == 0 {
                break;
            }
            continue;
        };
        after = id;
        let message = message(&relay.from, &recipient, &subject, &body);
        match tokio::time::timeout(TIMEOUT, send(&relay.address, &relay.from, &recipient, &message)).await {
            Ok(Ok(())) => {
                sqlx::query("UPDATE outbox SET sent_at = $2, attempts = attempts + 1 WHERE id = $1")
                    .bind(id)
                    .bind(crate::clock::now())
                    .execute(db)
                    .await?;
                tracing::info!(%recipient, "mail delivered to the relay");
                sent += 1;
            }
            failed => {
                let error = match failed {
                    Ok(Err(error)) => error,
                    _ => "timed out".to_owned(),
                };
                tracing::warn!(%recipient, %error, "mail delivery failed; will retry");
                // The lease ends: the next call may try again.
                sqlx::query(
                    "UPDATE outbox SET attempts = attempts + 1, last_error = $1, lease_until = 0 WHERE id = $2",
                )
                .bind(&error)
                .bind(id)
                .execute(db)
                .await?;
            }
        }
    }
    Ok(sent)
}

/// The mail as RFC 5322 text: UTF-8 subject (RFC 2047) and a base64 body,
/// so Ukrainian and Belarusian text travels intact through any relay.
pub fn message(from: &str, to: &str, subject: &str, body: &str) -> String {
    let b64 = base64::engine::general_purpose::STANDARD;
    let encoded: Vec<u8> = b64.encode(body.as_bytes()).into_bytes();
    let lines: Vec<&str> = encoded.chunks(76).map(|c| std::str::from_utf8(c).expect("base64 is ASCII")).collect();
    format!(
        "From: {from}\r\nTo: {to}\r\nSubject: =?UTF-8?B?{}?=\r\nMIME-Version: 1.0\r\n\
         Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n{}\r\n",
        b64.encode(subject.as_bytes()),
        lines.join("\r\n")
    )
}

/// One SMTP conversation: EHLO, MAIL, RCPT, DATA, QUIT.
async fn send(address: &str, from: &str, to: &str, message: &str) -> Result<(), String> {
    let stream = TcpStream::connect(address).await.map_err(|e| format!("connect {address}: {e}"))?;
    let (read, mut write) = stream.into_split();
    let mut replies = BufReader::new(read).lines();
    expect(&mut replies, "220").await?;
    for (command, code) in [
        ("EHLO e-portal\r\n".to_owned(), "250"),
        (format!("MAIL FROM:<{from}>\r\n"), "250"),
        (format!("RCPT TO:<{to}>\r\n"), "250"),
        ("DATA\r\n".to_owned(), "354"),
    ] {
        write.write_all(command.as_bytes()).await.map_err(|e| e.to_string())?;
        expect(&mut replies, code).await?;
    }
    // Base64 lines never start with "."; headers here never do either.
    write.write_all(message.as_bytes()).await.map_err(|e| e.to_string())?;
    write.write_all(b".\r\n").await.map_err(|e| e.to_string())?;
    expect(&mut replies, "250").await?;
    write.write_all(b"QUIT\r\n").await.map_err(|e| e.to_string())?;
    Ok(())
}

type Replies = tokio::io::Lines<BufReader<tokio::net::tcp::OwnedReadHalf>>;

/// Reads one reply and checks its code. Multi-line replies go on with
/// "250-"; the last line has "250 ".
async fn expect(replies: &mut Replies, code: &str) -> Result<(), String> {
    loop {
        let line = replies.next_line().await.map_err(|e| e.to_string())?.ok_or("the relay hung up")?;
        if !line.starts_with(code) {
            return Err(format!("expected {code}, got {line:?}"));
        }
        if line.as_bytes().get(3) != Some(&b'-') {
            return Ok(());
        }
    }
}
