//! The database: an SQLite file by default (created with its folder when
//! absent), or PostgreSQL when the URL says `postgres://`. One pool type
//! (sqlx's `Any`) and one SQL text per query serve both: the queries use
//! numbered placeholders, bound instants (`clock`), `ON CONFLICT` and
//! `RETURNING`, which both read alike. Each has its own migration set,
//! applied at every start: `migrations/` (SQLite) and `migrations-postgres/`.

use sqlx::Executor;
use sqlx::any::AnyPoolOptions;
use sqlx::sqlite::SqliteConnectOptions;
use std::str::FromStr;
use std::time::Duration;

pub type Db = sqlx::AnyPool;

pub use super::backend::{Backend, DbError};

/// Opens the pool and brings the schema up to date.
pub async fn connect(url: &str) -> Result<Db, DbError> {
    sqlx::any::install_default_drivers();
    let pool = match Backend::of(url)? {
        Backend::Sqlite => open_sqlite(url).await?,
        Backend::Postgres => AnyPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(5))
            .connect(url)
            .await
            .map_err(DbError::Open)?,
    };
    let lock = crate::platform::startup_lock::StartupLock::acquire(&pool, url).await?;
    let migrated = match Backend::of(url)? {
        Backend::Sqlite => sqlx::migrate!("./migrations").run(&pool).await,
        Backend::Postgres => sqlx::migrate!("./migrations-postgres").run(&pool).await,
    };
    lock.release().await?;
    migrated?;
    Ok(pool)
}

/// SQLite set for a server: WAL (readers go on while one writer writes),
/// `synchronous = NORMAL` (a committed write survives the process dying;
/// a power cut may lose the last moment's, never corrupt the file), a 5 s
/// busy timeout, foreign keys on.
async fn open_sqlite(url: &str) -> Result<Db, DbError> {
    let options =
        SqliteConnectOptions::from_str(url).map_err(|source| DbError::BadUrl { url: url.to_owned(), source })?;
    if let Some(folder) = options.get_filename().parent()
        && !folder.as_os_str().is_empty()
    {
        std::fs::create_dir_all(folder)
            .map_err(|source| DbError::Folder { path: folder.display().to_string(), source })?;
    }
    // `mode=rwc`: create the file when absent.
    let url = if url.contains("mode=") || url.contains(":memory:") {
        url.to_owned()
    } else if url.contains('?') {
        format!("{url}&mode=rwc")
    } else {
        format!("{url}?mode=rwc")
    };
    AnyPoolOptions::new()
        .max_connections(8)
        .acquire_timeout(Duration::from_secs(5))
        .after_connect(|connection, _| {
            Box::pin(async move {
                for pragma in [
                    "PRAGMA journal_mode = WAL",
                    "PRAGMA synchronous = NORMAL",
                    "PRAGMA busy_timeout = 5000",
                    "PRAGMA foreign_keys = ON",
                ] {
                    connection.execute(pragma).await?;
                }
                Ok(())
            })
        })
        .connect(&url)
        .await
        .map_err(DbError::Open)
}
