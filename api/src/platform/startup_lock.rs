//! One instance at a time through the start-up work that writes the schema
//! and the demo data, when several start together on one database (behind
//! a load balancer, or restarted at once): without it both apply the same
//! migration, and the second fails on a table the first just made.
//!
//! PostgreSQL: a session advisory lock, held on one pooled connection.
//! SQLite: an OS lock on a file beside the database (`<file>-startup.lock`;
//! SQLite's own locks are per statement, and the migrator does not take one).

use super::backend::{Backend, DbError};
use sqlx::Any;
use sqlx::AnyPool;
use sqlx::pool::PoolConnection;
use sqlx::sqlite::SqliteConnectOptions;
use std::str::FromStr;

/// Any fixed number: the advisory lock's name.
const ADVISORY_LOCK: i64 = 0x5052_5441_4c53_5452;

pub enum StartupLock {
    Postgres(PoolConnection<Any>),
    File(std::fs::File),
    /// An in-memory SQLite database: nothing else can open it.
    Nothing,
}

impl StartupLock {
    /// Waits until no other instance holds the lock, then holds it.
    pub async fn acquire(db: &AnyPool, url: &str) -> Result<StartupLock, DbError> {
        match Backend::of(url)? {
            Backend::Postgres => {
                let mut connection = db.acquire().await.map_err(DbError::Open)?;
                sqlx::query("SELECT pg_advisory_lock($1)")
                    .bind(ADVISORY_LOCK)
                    .execute(&mut *connection)
                    .await
                    .map_err(DbError::Open)?;
                Ok(StartupLock::Postgres(connection))
            }
            Backend::Sqlite => {
                let options = SqliteConnectOptions::from_str(url)
                    .map_err(|source| DbError::BadUrl { url: url.to_owned(), source })?;
                let database = options.get_filename();
                if url.contains(":memory:") || database.as_os_str().is_empty() {
                    return Ok(StartupLock::Nothing);
                }
                let mut path = database.as_os_str().to_owned();
                path.push("-startup.lock");
                let file = tokio::task::spawn_blocking(move || {
                    let file = std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(&path)?;
                    file.lock()?;
                    Ok::<_, std::io::Error>(file)
                })
                .await
                .map_err(|joined| DbError::Lock(std::io::Error::other(joined)))?
                .map_err(DbError::Lock)?;
                Ok(StartupLock::File(file))
            }
        }
    }

    /// Lets the next instance go on.
    pub async fn release(self) -> Result<(), DbError> {
        match self {
            StartupLock::Postgres(mut connection) => {
                sqlx::query("SELECT pg_advisory_unlock($1)")
                    .bind(ADVISORY_LOCK)
                    .execute(&mut *connection)
                    .await
                    .map_err(DbError::Open)?;
            }
            // Closing the file releases its lock.
            StartupLock::File(file) => drop(file),
            StartupLock::Nothing => {}
        }
        Ok(())
    }
}
