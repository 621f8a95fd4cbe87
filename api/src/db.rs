//! The database: an SQLite file by default, created with its folder when absent;
//! migrations run at every start.

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::SqlitePool;
use std::str::FromStr;
use std::time::Duration;

pub type Db = SqlitePool;

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("the database URL {url:?} is not a usable sqlite URL: {source}")]
    BadUrl { url: String, source: sqlx::Error },
    #[error("the database URL scheme {0:?} is not supported: use sqlite:<file> (PostgreSQL support is planned, see README)")]
    Unsupported(String),
    #[error("cannot create the database folder {path}: {source}")]
    Folder { path: String, source: std::io::Error },
    #[error("cannot open the database: {0}")]
    Open(#[source] sqlx::Error),
    #[error("cannot migrate the database: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

pub async fn connect(url: &str) -> Result<Db, DbError> {
    if !url.starts_with("sqlite:") {
        return Err(DbError::Unsupported(url.split(':').next().unwrap_or_default().to_owned()));
    }
    let options = SqliteConnectOptions::from_str(url)
        .map_err(|source| DbError::BadUrl { url: url.to_owned(), source })?
        .create_if_missing(true)
        .foreign_keys(true)
        // WAL lets readers go on while one writer writes.
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .busy_timeout(Duration::from_secs(5));
    if let Some(folder) = options.get_filename().parent() {
        if !folder.as_os_str().is_empty() {
            std::fs::create_dir_all(folder).map_err(|source| DbError::Folder {
                path: folder.display().to_string(),
                source,
            })?;
        }
    }
    let pool = SqlitePoolOptions::new()
        .max_connections(8)
        .connect_with(options)
        .await
        .map_err(DbError::Open)?;
    sqlx::migrate!("./migrations").run(&pool).await?;
    Ok(pool)
}
