//! The portal's thin API: catalogue endpoints under `/api/`, the built SPA
//! for every other path, on an embedded SQLite database.

pub mod accounts;
pub mod applications;
pub mod appointments;
pub mod catalogue;
pub mod documents;
pub mod housekeeping;
pub mod http;
pub mod mail;
pub mod notifications;
pub mod orders;
pub mod payment_recipients;
pub mod payments;
pub mod platform;

// (The e2e harness names these by their old paths.)
pub use platform::{config, db};

use accounts::session::Sessions;
use accounts::{AccountsState, TrustedProxies};
use applications::ApplicationsState;
use applications::draft_owners::DraftOwners;
use axum::Router;
use axum::extract::{DefaultBodyLimit, FromRef};
use axum::http::StatusCode;
use axum::routing::any;
use catalogue::published::PublishedCatalogue;
use mail::outbox::DevOutbox;
use orders::OrdersState;
use payment_recipients::PaymentRecipients;
use payments::card_payments::CardPaymentsState;
use payments::card_payments::provider::PaymentProvider;
use platform::config::Config;
use platform::db::{Backend, Db};
use platform::file_store::FileStore;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::timeout::{RequestBodyTimeoutLayer, TimeoutLayer};
use tower_http::trace::TraceLayer;

/// The largest request body the API reads: every form today is a few KB.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// The portal's state: the parts every area's handlers take what they need
/// of, as `State<Db>`, `State<PublishedCatalogue>`, … (derived `FromRef`), or
/// as their area's own state type, assembled here from them.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub db: Db,
    /// SQLite or PostgreSQL, for the few places where they differ.
    pub backend: Backend,
    /// `GET /api/dev/outbox` answers (development and tests only).
    pub dev_outbox: DevOutbox,
    /// Session cookies carry `Secure` (behind https).
    pub secure_cookies: bool,
    /// Proxies whose connections name the client in `X-Forwarded-For`.
    pub trusted_proxies: TrustedProxies,
    /// The catalogue, prepared for serving.
    pub catalogue: PublishedCatalogue,
    /// The files users attach, outside the database rows.
    pub files: FileStore,
    /// Drafts' owners and services, so an autosave writes without reading.
    pub draft_owners: DraftOwners,
    /// The card payment provider, if one is configured (the sandbox).
    pub payments: Option<Arc<dyn PaymentProvider>>,
    /// Who receives fees paid by order code, per country.
    pub payment_recipients: PaymentRecipients,
    /// The portal's address as users reach it: links in mail start with it.
    pub public_url: Arc<str>,
}

impl FromRef<AppState> for Sessions {
    fn from_ref(state: &AppState) -> Sessions {
        Sessions { db: state.db.clone(), secure_cookies: state.secure_cookies }
    }
}

impl FromRef<AppState> for AccountsState {
    fn from_ref(state: &AppState) -> AccountsState {
        AccountsState {
            db: state.db.clone(),
            secure_cookies: state.secure_cookies,
            public_url: state.public_url.clone(),
        }
    }
}

impl FromRef<AppState> for ApplicationsState {
    fn from_ref(state: &AppState) -> ApplicationsState {
        ApplicationsState {
            db: state.db.clone(),
            catalogue: state.catalogue.clone(),
            files: state.files.clone(),
            draft_owners: state.draft_owners.clone(),
        }
    }
}

impl FromRef<AppState> for OrdersState {
    fn from_ref(state: &AppState) -> OrdersState {
        OrdersState {
            db: state.db.clone(),
            files: state.files.clone(),
            payment_recipients: state.payment_recipients.clone(),
            catalogue: state.catalogue.clone(),
            draft_owners: state.draft_owners.clone(),
        }
    }
}

impl FromRef<AppState> for CardPaymentsState {
    fn from_ref(state: &AppState) -> CardPaymentsState {
        CardPaymentsState {
            db: state.db.clone(),
            payments: state.payments.clone(),
            public_url: state.public_url.clone(),
            catalogue: state.catalogue.clone(),
            payment_recipients: state.payment_recipients.clone(),
            files: state.files.clone(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("{0}")]
    Config(String),
    #[error(transparent)]
    Db(#[from] platform::db::DbError),
    #[error(transparent)]
    Demo(#[from] catalogue::demo::DemoError),
    #[error("the services' own forms (api/seed/forms) have problems: {0}")]
    Forms(String),
    #[error("cannot read the catalogue: {0}")]
    Catalogue(#[source] http::error::ApiError),
    #[error("cannot load the demo catalogue into the database: {0}")]
    Seed(#[source] sqlx::Error),
    #[error("cannot open the files folder {folder}: {source}")]
    Files { folder: String, source: std::io::Error },
    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: String, source: std::io::Error },
    #[error("the server failed: {0}")]
    Serve(#[source] std::io::Error),
}

/// Opens (and migrates) the database and loads demo data when asked.
pub async fn prepare(config: &Config) -> Result<AppState, StartError> {
    // (Checked before anything is opened: a bad account stops the start.)
    let payment_recipients =
        PaymentRecipients::load(config.payment_recipients.as_deref()).map_err(StartError::Config)?;
    let db = platform::db::connect(&config.database_url).await?;
    let backend = Backend::of(&config.database_url)?;
    catalogue::forms::own::forms().map_err(StartError::Forms)?;
    let folder = config.files_folder();
    let files = FileStore::open(&folder)
        .map_err(|source| StartError::Files { folder: folder.display().to_string(), source })?;
    if config.demo_data {
        load_demo_data(&db, &files, &config.database_url).await?;
    }
    let catalogue = PublishedCatalogue::load(&db).await.map_err(StartError::Catalogue)?;
    for table in platform::file_store::TABLES_WITH_MOVED_FILES {
        platform::file_store::move_rows_into_store(&db, &files, table).await.map_err(|error| {
            StartError::Config(format!("cannot move the files of {table} into {}: {error}", folder.display()))
        })?;
    }
    Ok(AppState {
        public_url: config.public_url().map_err(StartError::Config)?.into(),
        payments: payments::card_payments::configured_provider(config, &db),
        payment_recipients,
        db,
        backend,
        dev_outbox: DevOutbox(config.dev_outbox),
        secure_cookies: config.secure_cookies,
        trusted_proxies: TrustedProxies(config.trusted_proxies.iter().map(|ip| ip.to_canonical()).collect()),
        catalogue,
        files,
        draft_owners: Default::default(),
    })
}

/// The demo catalogue and citizens, loaded by one starting instance at a
/// time (`startup_lock`).
async fn load_demo_data(db: &Db, files: &FileStore, url: &str) -> Result<(), StartError> {
    let demo = catalogue::demo::catalogue()?;
    // The own forms are kept with this catalogue: they must fit it.
    let problems = catalogue::forms::own::catalogue_problems(&demo);
    if !problems.is_empty() {
        return Err(StartError::Forms(problems.join("; ")));
    }
    let lock = platform::startup_lock::StartupLock::acquire(db, url).await?;
    let loaded = async {
        catalogue::store::save(db, &demo).await?;
        accounts::demo_users::seed(db, files).await
    }
    .await;
    lock.release().await?;
    loaded.map_err(StartError::Seed)?;
    tracing::info!(services = demo.services.len(), "demo catalogue loaded");
    Ok(())
}

/// The whole HTTP application.
pub fn app(state: AppState, config: &Config) -> Router {
    let (documented, document) = http::openapi::router()
        .merge(http::health::routes())
        .merge(mail::outbox::routes())
        .merge(accounts::routes())
        .merge(catalogue::routes())
        .merge(notifications::routes())
        .merge(appointments::routes())
        .merge(applications::routes())
        .merge(orders::routes())
        .merge(payments::routes())
        .split_for_parts();
    // (A provider with pages inside the portal, the sandbox, brings them.)
    let provider_pages = match state.payments.clone() {
        Some(provider) => provider.routes().with_state(CardPaymentsState::from_ref(&state)),
        None => Router::new(),
    };
    let routes = documented
        .merge(http::openapi::serve(document))
        .merge(provider_pages)
        .route("/api", any(http::spa::api_not_found))
        .route("/api/{*rest}", any(http::spa::api_not_found))
        .method_not_allowed_fallback(http::spa::api_method_not_allowed)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .with_state(state)
        .fallback_service(http::spa::service(&config.static_dir))
        // A bug that panics in one request answers 500 (JSON under /api/).
        .layer(CatchPanicLayer::new())
        .layer(RequestBodyTimeoutLayer::new(Duration::from_secs(config.body_timeout_secs)))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(config.request_timeout_secs),
        ))
        .layer(axum::middleware::from_fn(http::json_errors::as_json))
        .layer(axum::middleware::from_fn(http::private_answers::never_stored));
    http::security_headers::apply(routes, &config.static_dir, config.secure_cookies)
        .layer(http::spa::cors(&config.embed_origins))
        // Dynamic answers are small: compressed fast. (Static files and the
        // catalogue are compressed once, at their best, beforehand.)
        .layer(CompressionLayer::new().quality(tower_http::CompressionLevel::Fastest))
        .layer(TraceLayer::new_for_http())
}

/// Serves until `shutdown` resolves, then finishes open requests.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    config: &Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), StartError> {
    if let Some(address) = &config.smtp_relay {
        let relay = mail::delivery::Relay {
            address: address.clone(),
            from: config.mail_from.clone(),
            starttls: config.smtp_starttls,
            credentials: config.smtp_user.clone().zip(config.smtp_password.clone()),
        };
        let mailer = mail::delivery::Mailer::new(&relay).map_err(StartError::Config)?;
        tracing::info!(relay = %relay.address, starttls = relay.starttls, "mail goes through the SMTP relay");
        tokio::spawn(mail::delivery::run(state.db.clone(), mailer));
    }
    let mailing = tokio::spawn(mail::order_changes::run(state.db.clone(), state.public_url.to_string()));
    let purging = tokio::spawn(housekeeping::purge::run(state.db.clone(), state.files.clone()));
    let request_timeout = Duration::from_secs(config.request_timeout_secs);
    let limits = http::server::ConnectionLimits {
        header_read_timeout: Duration::from_secs(config.header_timeout_secs),
        // Longer than any request may take, so only a stalled client meets it.
        io_timeout: request_timeout.max(Duration::from_secs(config.header_timeout_secs)) + Duration::from_secs(5),
        max_connections: config.max_connections,
        per_client: config.max_connections_per_client,
        trusted_proxies: config.trusted_proxies.iter().map(|ip| ip.to_canonical()).collect(),
        shutdown_grace: request_timeout,
    };
    http::server::serve(listener, app(state, config), limits, shutdown).await;
    purging.abort();
    mailing.abort();
    Ok(())
}

/// Runs the portal as configured until Ctrl-C or SIGTERM.
pub async fn run(config: Config) -> Result<(), StartError> {
    config.check().map_err(StartError::Config)?;
    let state = prepare(&config).await?;
    let listener = TcpListener::bind(config.bind)
        .await
        .map_err(|source| StartError::Bind { addr: config.bind.to_string(), source })?;
    tracing::info!(
        address = %format!("http://{}", listener.local_addr().map_err(StartError::Serve)?),
        static_dir = %config.static_dir.display(),
        "portal listening"
    );
    if !config.static_dir.join("index.html").exists() {
        tracing::warn!(static_dir = %config.static_dir.display(), "no index.html: only /api/* will answer; build the SPA with trunk");
    }
    serve(listener, state, &config, shutdown_signal()).await?;
    tracing::info!("portal stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing open requests");
}
