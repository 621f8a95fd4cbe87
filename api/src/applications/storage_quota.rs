//! What one person keeps in the file store, and the quota on it: at most
//! `MAX_PERSON_STORAGE_BYTES` and `MAX_PERSON_FILES` (portal-model, so the
//! SPA's message says the same figures), counted over the files of their
//! drafts — deleted ones too, until the purge takes them 24 h after
//! deletion, so deleting a draft does not make room at once — and of the
//! orders they sent in the last `ORDER_FILES_COUNT_DAYS` (an order's files
//! are never deleted; counting them for a year bounds what an account adds
//! a year without locking out someone who applies now and then for years).
//!
//! Receipts and complaint files are not counted: each order holds one
//! receipt and a bounded number of complaint files, and orders are limited
//! per person and hour (`submission::SUBMISSIONS`).

use crate::http::error::ApiError;
use portal_model::api_error::ErrorCode;
use portal_model::draft::{MAX_PERSON_FILES, MAX_PERSON_STORAGE_BYTES, ORDER_FILES_COUNT_DAYS};

/// What a person keeps: bytes and files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Usage {
    pub bytes: i64,
    pub files: i64,
}

impl Usage {
    /// Whether one more file of `size` bytes stays within the quota.
    pub fn has_room_for(self, size: u64) -> bool {
        self.files < MAX_PERSON_FILES as i64
            && self.bytes.saturating_add(size as i64) <= MAX_PERSON_STORAGE_BYTES as i64
    }

    /// The answer when it has none.
    pub fn full() -> ApiError {
        ApiError::Conflict(ErrorCode::StorageQuota, "the person's files fill their quota: remove some first")
    }
}

/// What `user_id` keeps now, read in one statement (one snapshot, also on
/// PostgreSQL).
pub async fn usage<'e, E>(db: E, user_id: i64) -> Result<Usage, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let since = portal_model::appointment::date_of(crate::platform::clock::today() - ORDER_FILES_COUNT_DAYS);
    let (bytes, files): (i64, i64) = sqlx::query_as(
        "SELECT CAST(coalesce(sum(size), 0) AS BIGINT), count(*) FROM (
             SELECT a.size FROM draft_attachments a JOIN drafts d ON d.id = a.draft_id WHERE d.user_id = $1
             UNION ALL
             SELECT f.size FROM order_files f JOIN orders o ON o.id = f.order_id
             WHERE o.user_id = $1 AND o.ordered_at >= $2
         ) AS kept",
    )
    .bind(user_id)
    .bind(since)
    .fetch_one(db)
    .await?;
    Ok(Usage { bytes, files })
}

/// Takes the person's row for the rest of `transaction`: whatever changes
/// their files (an upload, a submission) holds it first, so that two
/// parallel uploads cannot both find room for the last file, and an upload
/// cannot slip into a draft while it is being sent. (SQLite has one writer
/// anyway; on PostgreSQL the row lock waits for the other transaction.)
pub async fn hold(transaction: &mut sqlx::Transaction<'_, sqlx::Any>, user_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET files_changed_at = $1 WHERE id = $2")
        .bind(crate::platform::clock::now())
        .bind(user_id)
        .execute(&mut **transaction)
        .await?;
    Ok(())
}
