//! Start-up configuration: every setting is a flag and an environment variable.

use clap::{Parser, ValueEnum};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, Parser)]
#[command(name = "portal-api", about = "Citizen e-services portal: API and SPA server")]
pub struct Config {
    /// Address and port to listen on.
    #[arg(long, env = "PORTAL_BIND", default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,

    /// Database URL. A `sqlite:` file is created when absent, with its folder.
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite:data/portal.sqlite3")]
    pub database_url: String,

    /// Folder for the files users attach (kept outside the database rows).
    /// By default `files/` beside an SQLite file, `data/files` with
    /// PostgreSQL (several instances need a folder they share).
    #[arg(long, env = "PORTAL_FILES_DIR")]
    pub files_dir: Option<PathBuf>,

    /// Folder with the built SPA (Trunk's `dist/`). `index.html` answers every
    /// path that is not a file and not under `/api/`, so client routes reload.
    #[arg(long, env = "PORTAL_STATIC_DIR", default_value = "dist")]
    pub static_dir: PathBuf,

    /// Load (or refresh) the demo catalogue shipped in `api/seed/` at start.
    #[arg(long, env = "PORTAL_DEMO_DATA")]
    pub demo_data: bool,

    /// Origins of regional portals allowed to embed the SPA and call the API
    /// from their pages (comma-separated, e.g. `https://portal.lviv.ua`).
    #[arg(long, env = "PORTAL_EMBED_ORIGINS", value_delimiter = ',')]
    pub embed_origins: Vec<String>,

    /// Serve the development page of sent mail at `/api/dev/outbox`, to
    /// loopback connections only. Never in production: it shows activation
    /// and password-reset links.
    #[arg(long, env = "PORTAL_DEV_OUTBOX")]
    pub dev_outbox: bool,

    /// Allow `--dev-outbox` with a bind address other than loopback (a
    /// development container); the page still answers loopback clients only.
    #[arg(long, env = "PORTAL_DEV_OUTBOX_ANY_BIND", requires = "dev_outbox")]
    pub dev_outbox_any_bind: bool,

    /// Seconds a client has to send a request's header (and that an idle
    /// keep-alive connection stays open).
    #[arg(long, env = "PORTAL_HEADER_TIMEOUT", default_value_t = 10)]
    pub header_timeout_secs: u64,

    /// Seconds a request body may pause between two pieces.
    #[arg(long, env = "PORTAL_BODY_TIMEOUT", default_value_t = 10)]
    pub body_timeout_secs: u64,

    /// Seconds a whole request may take, body and answer included (408 after).
    #[arg(long, env = "PORTAL_REQUEST_TIMEOUT", default_value_t = 30)]
    pub request_timeout_secs: u64,

    /// Connections served at once; more wait until one ends.
    #[arg(long, env = "PORTAL_MAX_CONNECTIONS", default_value_t = 1024)]
    pub max_connections: usize,

    /// Connections from one network address at once; more are closed.
    #[arg(long, env = "PORTAL_MAX_CONNECTIONS_PER_CLIENT", default_value_t = 64)]
    pub max_connections_per_client: usize,

    /// Addresses of reverse proxies or load balancers in front of the portal
    /// that append each client's address to `X-Forwarded-For` (nginx:
    /// `proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for`), e.g.
    /// `127.0.0.1` for a proxy on this machine. For their connections the
    /// client is the address they forwarded: limits count per client, and
    /// the per-client connection cap does not apply to them.
    #[arg(long, env = "PORTAL_TRUSTED_PROXIES", value_delimiter = ',')]
    pub trusted_proxies: Vec<std::net::IpAddr>,

    /// Deliver mail through this SMTP relay (`host:port`, plain SMTP to a
    /// local MTA); without it mail stays in the outbox table.
    #[arg(long, env = "PORTAL_SMTP_RELAY")]
    pub smtp_relay: Option<String>,

    /// The sender address of the portal's mail.
    #[arg(long, env = "PORTAL_MAIL_FROM", default_value = "noreply@e-portal.example")]
    pub mail_from: String,

    /// Mark session cookies `Secure` (set when the portal is behind https).
    #[arg(long, env = "PORTAL_SECURE_COOKIES")]
    pub secure_cookies: bool,

    /// Log lines as JSON (for collectors) or as readable text.
    #[arg(long, env = "PORTAL_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,

    /// The portal's address as its users reach it (`https://e.gov.example`):
    /// links in mail start with it. Required unless `--dev-outbox` is on
    /// (development), where it defaults to `http://` and the bind address.
    #[arg(long, env = "PORTAL_PUBLIC_URL")]
    pub public_url: Option<String>,

    /// Upgrade connections to the SMTP relay with STARTTLS (required, not
    /// opportunistic), for a relay outside this machine.
    #[arg(long, env = "PORTAL_SMTP_STARTTLS")]
    pub smtp_starttls: bool,

    /// The user name for a relay that asks for authentication (the password
    /// in `PORTAL_SMTP_PASSWORD`).
    #[arg(long, env = "PORTAL_SMTP_USER", requires = "smtp_password")]
    pub smtp_user: Option<String>,

    #[arg(long, env = "PORTAL_SMTP_PASSWORD", hide_env_values = true, hide = true)]
    pub smtp_password: Option<String>,

    /// Development only: take card payments through the sandbox provider
    /// inside the portal (`/sandbox-pay/`, test cards in README), which
    /// counts any Luhn-valid number as paid. Refused with an https
    /// `--public-url` or `--secure-cookies`. Without it (and without a real
    /// acquirer) card payments answer 503.
    #[arg(long, env = "PORTAL_DEV_SANDBOX_PAYMENTS")]
    pub dev_sandbox_payments: bool,

    /// The key the sandbox provider signs its callbacks with (at least 32
    /// characters); a random one per start when not given.
    #[arg(long, env = "PORTAL_DEV_SANDBOX_SECRET", hide_env_values = true, requires = "dev_sandbox_payments")]
    pub dev_sandbox_secret: Option<String>,

    /// Who receives fees paid by order code: a JSON file shaped like
    /// `api/seed/payment_recipients.json` (the demonstration accounts used
    /// without it). Checked at start: a bad IBAN stops the portal.
    #[arg(long, env = "PORTAL_PAYMENT_RECIPIENTS")]
    pub payment_recipients: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

impl Config {
    /// Settings that contradict each other, refused at start.
    pub fn check(&self) -> Result<(), String> {
        if self.dev_outbox && !self.bind.ip().is_loopback() && !self.dev_outbox_any_bind {
            return Err(format!(
                "--dev-outbox shows every activation and reset link: it needs a loopback bind address, not {} \
                 (add --dev-outbox-any-bind to insist; the page still answers loopback clients only)",
                self.bind
            ));
        }
        if self.dev_outbox && self.secure_cookies {
            return Err(
                "--dev-outbox is for development: it cannot run with --secure-cookies (an https deployment)".into()
            );
        }
        self.check_sandbox()?;
        if self.smtp_user.is_some() && !self.smtp_starttls {
            return Err("--smtp-user sends a password: it needs --smtp-starttls, so it never crosses in clear".into());
        }
        self.public_url()?;
        Ok(())
    }

    /// The sandbox provider pays for any test card: development only, never
    /// where users arrive over https (a deployment behind a TLS proxy that
    /// forgot `--secure-cookies` still names its https address).
    fn check_sandbox(&self) -> Result<(), String> {
        if !self.dev_sandbox_payments {
            return Ok(());
        }
        let refusal = |why: &str| {
            Err(format!(
                "--dev-sandbox-payments takes any test card as payment: it is for development and cannot run {why}; \
                 plug in a real acquirer instead"
            ))
        };
        if self.secure_cookies {
            return refusal("with --secure-cookies (an https deployment)");
        }
        if self.public_url.as_deref().is_some_and(|url| url.trim().to_ascii_lowercase().starts_with("https://")) {
            return refusal("with an https --public-url (users reach this portal over https)");
        }
        if self.dev_sandbox_secret.as_ref().is_some_and(|secret| secret.len() < 32) {
            return Err("--dev-sandbox-secret (PORTAL_DEV_SANDBOX_SECRET) must be at least 32 characters".into());
        }
        Ok(())
    }

    /// The address links in mail start with (see `public_url`), without a
    /// trailing slash.
    pub fn public_url(&self) -> Result<String, String> {
        match &self.public_url {
            Some(url) if url.starts_with("https://") || url.starts_with("http://") => {
                Ok(url.trim_end_matches('/').to_owned())
            }
            Some(url) => Err(format!("--public-url must start with https:// (or http://), not {url:?}")),
            None if self.dev_outbox => Ok(format!("http://{}", self.bind)),
            None => Err("--public-url (PORTAL_PUBLIC_URL) is required: the address users reach the portal at, \
                 which links in mail start with (e.g. https://e.gov.example)"
                .into()),
        }
    }

    /// Where users' files go (see `files_dir`).
    pub fn files_folder(&self) -> PathBuf {
        files_folder(&self.database_url, self.files_dir.as_deref())
    }

    /// A configuration for tests: given database and static folder, demo data on.
    pub fn for_tests(database_url: String, static_dir: PathBuf) -> Config {
        // Files beside an SQLite file (in the test's folder); otherwise in
        // the system's temporary folder, never in the working tree.
        let on_file = database_url.starts_with("sqlite:") && !database_url.contains(":memory:");
        let files_dir = (!on_file).then(|| std::env::temp_dir().join("portal-test-files"));
        Config {
            bind: "127.0.0.1:0".parse().expect("valid address"),
            database_url,
            files_dir,
            static_dir,
            demo_data: true,
            embed_origins: Vec::new(),
            dev_outbox: true,
            dev_outbox_any_bind: false,
            header_timeout_secs: 10,
            body_timeout_secs: 10,
            request_timeout_secs: 30,
            max_connections: 1024,
            max_connections_per_client: 64,
            trusted_proxies: Vec::new(),
            smtp_relay: None,
            mail_from: "noreply@e-portal.example".into(),
            secure_cookies: false,
            log_format: LogFormat::Text,
            dev_sandbox_payments: true,
            // (The end-to-end harness puts its server's real address here.
            // With https, `check` refuses the sandbox: tests that check a
            // configuration turn one of the two off.)
            public_url: Some("https://e-portal.test".into()),
            smtp_starttls: false,
            smtp_user: None,
            smtp_password: None,
            dev_sandbox_secret: Some("test-sandbox-payment-secret-32-characters".into()),
            payment_recipients: None,
        }
    }
}

/// Where users' files go: `files_dir` when given, else `files/` beside an
/// SQLite file, else `data/files` (shared with `portal-admin`, which writes
/// answer files into the same store).
pub fn files_folder(database_url: &str, files_dir: Option<&Path>) -> PathBuf {
    if let Some(dir) = files_dir {
        return dir.to_owned();
    }
    let sqlite_file = database_url.strip_prefix("sqlite:").map(|rest| rest.split('?').next().unwrap_or(rest));
    match sqlite_file.map(|file| PathBuf::from(file.trim_start_matches("//"))) {
        Some(file) if !file.as_os_str().is_empty() && !file.ends_with(":memory:") => {
            file.parent().map(|folder| folder.join("files")).unwrap_or_else(|| "files".into())
        }
        _ => PathBuf::from("data/files"),
    }
}
