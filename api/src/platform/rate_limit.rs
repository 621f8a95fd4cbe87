//! Counters that limit how often something may happen: wrong passwords per
//! account and per network address, mail per recipient and per sender,
//! uploads and submissions per person.
//!
//! Each key has one row: a fixed window (its start, in Unix seconds) and a
//! count. [`take`] counts an attempt and reads the new count in one
//! statement, so parallel requests cannot all read "not yet blocked" before
//! any of them is recorded: of 40 simultaneous attempts against a limit of
//! 5, exactly 5 are allowed.

use crate::platform::clock::unix_now;
use crate::platform::db::Db;

#[derive(Clone, Copy, Debug)]
pub struct Limit {
    /// Attempts allowed per window.
    pub max: i64,
    pub window_secs: i64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Taken {
    Allowed,
    /// Over the limit until the window ends, `retry_after_secs` from now.
    Refused {
        retry_after_secs: i64,
    },
}

/// Counts one attempt under `key` and says whether it is within `limit`.
/// Given a transaction, the count stands only if it commits (a submission
/// counts only when its order is made).
pub async fn take<'e, E>(db: E, key: &str, limit: Limit) -> Result<Taken, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let counted = count(db, key, limit.window_secs).await?;
    if counted.count <= limit.max {
        return Ok(Taken::Allowed);
    }
    Ok(Taken::Refused { retry_after_secs: counted.retry_after_secs(limit.window_secs) })
}

/// A key's count in its current window, as [`count`] left it.
#[derive(Clone, Copy, Debug)]
pub struct Counted {
    pub count: i64,
    /// When the window began (Unix seconds).
    pub window_start: i64,
}

impl Counted {
    /// Seconds until a window of `window_secs` from this one's start ends.
    pub fn retry_after_secs(&self, window_secs: i64) -> i64 {
        (self.window_start + window_secs - unix_now()).max(1)
    }
}

/// Counts one attempt under `key` in one statement (a window of
/// `window_secs` that has ended starts again) and returns the new count.
pub async fn count<'e, E>(db: E, key: &str, window_secs: i64) -> Result<Counted, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let now = unix_now();
    let (count, window_start): (i64, i64) = sqlx::query_as(
        "INSERT INTO rate_counters (key, window_start, count) VALUES ($1, $2, 1)
         ON CONFLICT (key) DO UPDATE SET
             count = CASE WHEN rate_counters.window_start <= $3 THEN 1 ELSE rate_counters.count + 1 END,
             window_start = CASE WHEN rate_counters.window_start <= $3 THEN $2 ELSE rate_counters.window_start END
         RETURNING count, window_start",
    )
    .bind(key)
    .bind(now)
    .bind(now - window_secs)
    .fetch_one(db)
    .await?;
    Ok(Counted { count, window_start })
}

/// A key's count within a window of `window_secs`, without counting (0 when
/// there is none, or its window has ended).
pub async fn current(db: &Db, key: &str, window_secs: i64) -> Result<i64, sqlx::Error> {
    let found: Option<(i64,)> = sqlx::query_as("SELECT count FROM rate_counters WHERE key = $1 AND window_start > $2")
        .bind(key)
        .bind(unix_now() - window_secs)
        .fetch_optional(db)
        .await?;
    Ok(found.map_or(0, |(count,)| count))
}

/// Takes back one counted attempt (a right password does not count against
/// the network address it came from).
pub async fn give_back(db: &Db, key: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE rate_counters SET count = count - 1 WHERE key = $1 AND count > 0")
        .bind(key)
        .execute(db)
        .await?;
    Ok(())
}

/// Clears a key's count (a right password clears its account's).
pub async fn forget(db: &Db, key: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM rate_counters WHERE key = $1").bind(key).execute(db).await?;
    Ok(())
}

/// Drops counters whose window ended more than a day ago (longer than any
/// limit's window); returns how many.
pub async fn purge(db: &Db) -> Result<u64, sqlx::Error> {
    let done =
        sqlx::query("DELETE FROM rate_counters WHERE window_start < $1").bind(unix_now() - 86_400).execute(db).await?;
    Ok(done.rows_affected())
}
