//! Clearing away what has expired: sessions past their lifetime or idle
//! timeout, links (activation, password reset, change of e-mail) past their
//! time, registrations never activated within the 48 hours of their link,
//! and rate counters whose window has long passed; drafts deleted more
//! than 24 h ago, with their files; and attached files no row names any
//! more (their cabinet was deleted). Runs at start and every ten minutes.

use crate::accounts::{ACTIVATION_HOURS, session};
use crate::platform::clock::{timestamp, unix_now};
use crate::platform::db::Db;
use crate::platform::file_store::FileStore;
use std::time::Duration;

const EVERY: Duration = Duration::from_secs(600);

/// Rows removed by one purge, per kind.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Purged {
    pub sessions: u64,
    pub links: u64,
    pub pending_accounts: u64,
    pub rate_counters: u64,
}

/// One purge.
pub async fn purge_once(db: &Db) -> Result<Purged, sqlx::Error> {
    let now = unix_now();
    // A public computer's session that ended idle stays until its lifetime
    // ends, as long as its cookie may: a browser that comes back with it is
    // told to clear the site's data (`session::SessionRejection`).
    let sessions = sqlx::query(
        "DELETE FROM sessions
         WHERE expires_at <= $1 OR (last_seen_at <= $2 AND public_computer = 0)",
    )
    .bind(timestamp(now))
    .bind(now - session::IDLE_SECS)
    .execute(db)
    .await?
    .rows_affected();
    let mut links = 0;
    for sql in [
        "DELETE FROM activation_tokens WHERE expires_at <= $1",
        "DELETE FROM password_reset_tokens WHERE expires_at <= $1",
        "DELETE FROM email_change_tokens WHERE expires_at <= $1",
    ] {
        links += sqlx::query(sql).bind(timestamp(now)).execute(db).await?.rows_affected();
    }
    let pending_accounts = sqlx::query("DELETE FROM users WHERE activated_at IS NULL AND created_at <= $1")
        .bind(timestamp(now - ACTIVATION_HOURS * 3600))
        .execute(db)
        .await?
        .rows_affected();
    let rate_counters = crate::platform::rate_limit::purge(db).await?;
    Ok(Purged { sessions, links, pending_accounts, rate_counters })
}

/// Deletes the drafts deleted more than `drafts::UNDO_HOURS` ago (past
/// undoing) with their attachments' rows, then their files from the
/// store; returns how many drafts. (A submitted draft stays: its order
/// names it.)
pub async fn purge_deleted_drafts(db: &Db, files: &FileStore) -> Result<u64, sqlx::Error> {
    let before = timestamp(unix_now() - crate::applications::drafts::UNDO_HOURS * 3600);
    let mut transaction = db.begin().await?;
    let keys: Vec<(String,)> = sqlx::query_as(
        "SELECT a.stored_as FROM draft_attachments a JOIN drafts d ON d.id = a.draft_id
         WHERE d.deleted_at < $1 AND d.order_id IS NULL AND a.stored_as IS NOT NULL",
    )
    .bind(&before)
    .fetch_all(&mut *transaction)
    .await?;
    // (The attachments' rows go with their drafts: ON DELETE CASCADE.)
    let drafts = sqlx::query("DELETE FROM drafts WHERE deleted_at < $1 AND order_id IS NULL")
        .bind(&before)
        .execute(&mut *transaction)
        .await?
        .rows_affected();
    transaction.commit().await?;
    for (key,) in keys {
        // (Should this fail, the sweep below takes the file later.)
        let _ = files.remove(&key).await;
    }
    Ok(drafts)
}

/// A file no row names is removed only when older than this, so an upload
/// whose row is being written is left alone.
const UNNAMED_FILE_AGE: Duration = Duration::from_secs(3600);

/// Removes the attached files no row names any more.
pub async fn sweep_files(db: &Db, files: &FileStore) -> Result<usize, String> {
    let kept = crate::applications::attachments::stored_keys(db).await.map_err(|e| e.to_string())?;
    files.sweep(&kept, UNNAMED_FILE_AGE).await.map_err(|e| e.to_string())
}

/// Purges now and every ten minutes, for as long as the server runs.
pub async fn run(db: Db, files: FileStore) {
    let mut ticks = tokio::time::interval(EVERY);
    loop {
        ticks.tick().await;
        match purge_once(&db).await {
            Ok(purged) => tracing::debug!(?purged, "purged expired rows"),
            Err(error) => tracing::warn!(%error, "purge failed; trying again later"),
        }
        match purge_deleted_drafts(&db, &files).await {
            Ok(drafts) => tracing::debug!(drafts, "purged deleted drafts"),
            Err(error) => tracing::warn!(%error, "purging deleted drafts failed; trying again later"),
        }
        if let Err(error) = sweep_files(&db, &files).await {
            tracing::warn!(%error, "sweeping unnamed files failed; trying again later");
        }
    }
}
