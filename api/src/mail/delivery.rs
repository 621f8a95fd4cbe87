//! Delivers the outbox through an SMTP relay, when `--smtp-relay host:port`
//! is given: every mail is first written to the `outbox` table (so nothing
//! is lost if the relay is down), then a background task hands unsent mail
//! to the relay and marks it sent; failures are retried up to
//! `MAX_ATTEMPTS` times, each recorded in `last_error`.
//!
//! Messages are built and sent with lettre: `Date`, `Message-ID`, RFC 2047
//! subjects, a plain text part and a simple HTML alternative (`lang` set,
//! links as links); connections to the relay are pooled and reused;
//! STARTTLS and authentication are there for relays that need them
//! (`--smtp-starttls`, `--smtp-user`, `PORTAL_SMTP_PASSWORD`). An address
//! lettre cannot parse (a control character, say) is never attempted.

use crate::platform::db::Db;
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::time::Duration;

const MAX_ATTEMPTS: i64 = 8;
const POLL: Duration = Duration::from_secs(2);
const TIMEOUT: Duration = Duration::from_secs(20);

#[derive(Clone, Debug)]
pub struct Relay {
    /// `host:port`
    pub address: String,
    /// The envelope and `From:` address.
    pub from: String,
    /// Upgrade the connection with STARTTLS (required, not opportunistic).
    pub starttls: bool,
    /// User name and password, for a relay that asks for them.
    pub credentials: Option<(String, String)>,
}

/// A relay ready to send through: its connections are pooled.
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl Mailer {
    pub fn new(relay: &Relay) -> Result<Mailer, String> {
        let (host, port) = relay.address.rsplit_once(':').ok_or("the relay is host:port")?;
        let port: u16 = port.parse().map_err(|_| format!("bad port in {}", relay.address))?;
        let builder = if relay.starttls {
            AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(host).map_err(|e| e.to_string())?
        } else {
            AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
        };
        let mut builder = builder.port(port).timeout(Some(TIMEOUT));
        if let Some((user, password)) = &relay.credentials {
            builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
        }
        let from = relay.from.parse().map_err(|e| format!("--mail-from {}: {e}", relay.from))?;
        Ok(Mailer { transport: builder.build(), from })
    }
}

/// Runs forever: delivers pending mail every couple of seconds.
pub async fn run(db: Db, mailer: Mailer) {
    loop {
        if let Err(error) = deliver_pending(&db, &mailer).await {
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
    lang: String,
}

/// Leases the oldest unsent mail after `after` (an id) that nobody else is
/// sending. The row's state is checked again by the UPDATE itself
/// (PostgreSQL re-reads a row it had to wait for; SQLite has one writer),
/// so two instances never lease one mail.
async fn lease_next(db: &Db, after: i64) -> Result<Option<Leased>, sqlx::Error> {
    let now = crate::platform::clock::unix_now();
    sqlx::query_as(
        "UPDATE outbox SET lease_until = $1
         WHERE id = (SELECT id FROM outbox
                     WHERE sent_at IS NULL AND attempts < $2 AND lease_until < $3 AND id > $4 ORDER BY id LIMIT 1)
           AND sent_at IS NULL AND lease_until < $3
         RETURNING id, recipient, subject, body, lang",
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
pub async fn deliver_pending(db: &Db, mailer: &Mailer) -> Result<usize, sqlx::Error> {
    let mut sent = 0;
    // Each call goes through the outbox once, oldest first: a mail that
    // fails is tried again by the next call, not at once.
    let mut after = 0;
    for _ in 0..50 {
        let Some(mail) = lease_next(db, after).await? else {
            // Another instance may have leased the one this call chose at
            // the same moment (PostgreSQL then answers no row): go on while
            // unsent mail after it remains.
            let (waiting,): (i64,) = sqlx::query_as(
                "SELECT count(*) FROM outbox WHERE sent_at IS NULL AND attempts < $1 AND lease_until < $2 AND id > $3",
            )
            .bind(MAX_ATTEMPTS)
            .bind(crate::platform::clock::unix_now())
            .bind(after)
            .fetch_one(db)
            .await?;
            if waiting == 0 {
                break;
            }
            continue;
        };
        after = mail.id;
        let message = match message(&mailer.from, &mail) {
            Ok(message) => message,
            Err(error) => {
                // Never attempted, and never again.
                tracing::warn!(recipient = %mail.recipient.escape_debug(), %error, "mail not sent: bad address");
                sqlx::query("UPDATE outbox SET attempts = $1, last_error = $2, lease_until = 0 WHERE id = $3")
                    .bind(MAX_ATTEMPTS)
                    .bind(format!("not sent: {error}"))
                    .bind(mail.id)
                    .execute(db)
                    .await?;
                continue;
            }
        };
        match mailer.transport.send(message).await {
            Ok(_) => {
                sqlx::query("UPDATE outbox SET sent_at = $2, attempts = attempts + 1 WHERE id = $1")
                    .bind(mail.id)
                    .bind(crate::platform::clock::now())
                    .execute(db)
                    .await?;
                tracing::info!(recipient = %mail.recipient, "mail delivered to the relay");
                sent += 1;
            }
            Err(error) => {
                let error = error.to_string();
                tracing::warn!(recipient = %mail.recipient, %error, "mail delivery failed; will retry");
                // The lease ends: the next call may try again.
                sqlx::query(
                    "UPDATE outbox SET attempts = attempts + 1, last_error = $1, lease_until = 0 WHERE id = $2",
                )
                .bind(&error)
                .bind(mail.id)
                .execute(db)
                .await?;
            }
        }
    }
    Ok(sent)
}

/// The mail as a message: text and HTML alternatives in the mail's language.
fn message(from: &Mailbox, mail: &Leased) -> Result<Message, String> {
    if mail.recipient.chars().any(char::is_control) {
        return Err("a control character in the address".into());
    }
    let to: Mailbox = mail.recipient.parse().map_err(|e| format!("{e}"))?;
    Message::builder()
        .from(from.clone())
        .to(to)
        .subject(mail.subject.clone())
        .message_id(None)
        .multipart(MultiPart::alternative_plain_html(mail.body.clone(), html(&mail.lang, &mail.body)))
        .map_err(|e| e.to_string())
}

/// A mail's HTML part, filled in (and escaped) by its template.
#[derive(askama::Template)]
#[template(path = "mail.html")]
struct MailPage<'a> {
    lang: &'a str,
    paragraphs: Vec<Vec<Line<'a>>>,
}

struct Line<'a> {
    text: &'a str,
    is_link: bool,
}

/// The text as simple, accessible HTML: paragraphs, lines, links as links.
pub fn html(lang: &str, body: &str) -> String {
    let paragraphs = body
        .trim_end()
        .split("\n\n")
        .map(|paragraph| {
            paragraph
                .lines()
                .map(str::trim_end)
                .map(|text| Line { text, is_link: text.starts_with("https://") || text.starts_with("http://") })
                .collect()
        })
        .collect();
    // (Rendering into a String fails only if writing does: it cannot.)
    askama::Template::render(&MailPage { lang, paragraphs }).unwrap_or_default()
}
