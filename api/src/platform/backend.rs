//! Which database a URL names, and what can go wrong opening it: below
//! both the pool (`db`) and the start-up lock, which each need them.

/// Which database a URL names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of(url: &str) -> Result<Backend, DbError> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else {
            Err(DbError::Unsupported(url.split(':').next().unwrap_or_default().to_owned()))
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("the database URL {url:?} is not a usable sqlite URL: {source}")]
    BadUrl { url: String, source: sqlx::Error },
    #[error("the database URL scheme {0:?} is not supported: use sqlite:<file> or postgres://…")]
    Unsupported(String),
    #[error("cannot create the database folder {path}: {source}")]
    Folder { path: String, source: std::io::Error },
    #[error("cannot open the database: {0}")]
    Open(#[source] sqlx::Error),
    #[error("cannot migrate the database: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("cannot take the start-up lock beside the database: {0}")]
    Lock(#[source] std::io::Error),
}
