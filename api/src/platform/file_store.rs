//! Files users send (drafts' attachments) and providers' answers, kept outside the database rows:
//! a folder of files named by random keys, written as the request's body
//! arrives and sent back as a stream, never held whole in memory. A row
//! names its file by the key. A deployment on several machines puts a
//! shared folder or an object store behind these few functions.

use axum::body::Body;
use futures_util::StreamExt;
use std::collections::HashSet;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};
use tokio::io::AsyncWriteExt;

/// How many first bytes of a file are kept to tell its type.
const HEAD_BYTES: usize = 16;

#[derive(Clone, Debug)]
pub struct FileStore {
    dir: PathBuf,
}

/// A body written to the store.
pub struct Received {
    pub key: String,
    pub size: u64,
    /// Its first bytes, to tell its type by.
    pub head: Vec<u8>,
}

#[derive(Debug, thiserror::Error)]
pub enum ReceiveError {
    #[error("the body is over {0} bytes")]
    TooLarge(usize),
    #[error("the body broke off: {0}")]
    BrokenOff(axum::Error),
    #[error("the file store failed: {0}")]
    Store(#[from] io::Error),
}

impl FileStore {
    /// The store in `dir`, made when absent.
    pub fn open(dir: &Path) -> io::Result<FileStore> {
        std::fs::create_dir_all(dir)?;
        Ok(FileStore { dir: dir.to_owned() })
    }

    /// Writes `body` to a new file as it arrives. Over `limit` bytes, or
    /// broken off, nothing is kept.
    pub async fn receive(&self, body: Body, limit: usize) -> Result<Received, ReceiveError> {
        let key = new_key();
        let partial = self.dir.join(format!("{key}.part"));
        let written = write(&partial, body, limit).await;
        match written {
            Ok((size, head)) => {
                tokio::fs::rename(&partial, self.path(&key)?).await?;
                Ok(Received { key, size, head })
            }
            Err(error) => {
                let _ = tokio::fs::remove_file(&partial).await;
                Err(error)
            }
        }
    }

    /// Stores bytes already in memory (files kept in rows before the store).
    pub async fn put(&self, content: &[u8]) -> io::Result<String> {
        let key = new_key();
        let partial = self.dir.join(format!("{key}.part"));
        tokio::fs::write(&partial, content).await?;
        tokio::fs::rename(&partial, self.path(&key)?).await?;
        Ok(key)
    }

    /// The file as a body to send.
    pub async fn read(&self, key: &str) -> io::Result<Body> {
        let file = tokio::fs::File::open(self.path(key)?).await?;
        Ok(Body::from_stream(tokio_util::io::ReaderStream::new(file)))
    }

    pub async fn remove(&self, key: &str) -> io::Result<()> {
        match tokio::fs::remove_file(self.path(key)?).await {
            Err(error) if error.kind() != io::ErrorKind::NotFound => Err(error),
            _ => Ok(()),
        }
    }

    /// Removes files older than `age` whose key `kept` does not hold (their
    /// rows went with a deleted draft or cabinet), and unfinished uploads
    /// as old. The age leaves alone an upload whose row is being written.
    pub async fn sweep(&self, kept: &HashSet<String>, age: Duration) -> io::Result<usize> {
        let mut removed = 0;
        let mut entries = tokio::fs::read_dir(&self.dir).await?;
        while let Some(entry) = entries.next_entry().await? {
            let name = entry.file_name().to_string_lossy().into_owned();
            let key = name.trim_end_matches(".part");
            let old = entry
                .metadata()
                .await
                .and_then(|m| m.modified())
                .is_ok_and(|at| SystemTime::now().duration_since(at).unwrap_or_default() > age);
            if old && is_key(key) && (name.ends_with(".part") || !kept.contains(key)) {
                tokio::fs::remove_file(entry.path()).await?;
                removed += 1;
            }
        }
        Ok(removed)
    }

    /// A key's file; a key that is not one of ours (it would reach outside
    /// the folder) is refused.
    fn path(&self, key: &str) -> io::Result<PathBuf> {
        if is_key(key) {
            Ok(self.dir.join(key))
        } else {
            Err(io::Error::new(io::ErrorKind::InvalidInput, "not a file key"))
        }
    }
}

/// The tables whose rows kept their files' bytes (`content`) before the
/// store existed; each names its file by `stored_as` now.
pub const TABLES_WITH_MOVED_FILES: [&str; 2] = ["draft_attachments", "order_answers"];

/// Moves files kept in `table`'s rows before the file store existed into
/// it, so that every file is read one way. Runs at start (a migration
/// cannot write files); a no-op once done. The row keeps an empty
/// `content`, as new rows do.
pub async fn move_rows_into_store(db: &super::db::Db, files: &FileStore, table: &str) -> Result<(), String> {
    let unmoved = format!("SELECT id, content FROM {table} WHERE stored_as IS NULL LIMIT 50");
    let moved = format!("UPDATE {table} SET stored_as = $1, content = $2 WHERE id = $3");
    loop {
        let rows: Vec<(i64, Vec<u8>)> = sqlx::query_as(&unmoved).fetch_all(db).await.map_err(|e| e.to_string())?;
        if rows.is_empty() {
            return Ok(());
        }
        for (id, content) in rows {
            let key = files.put(&content).await.map_err(|e| e.to_string())?;
            sqlx::query(&moved)
                .bind(key)
                .bind(Vec::<u8>::new())
                .bind(id)
                .execute(db)
                .await
                .map_err(|e| e.to_string())?;
        }
    }
}

/// 128 random bits in hex: unguessable, and never a path.
pub(crate) fn new_key() -> String {
    crate::platform::random::key()
}

fn is_key(key: &str) -> bool {
    key.len() == 32 && key.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
}

/// The body into `path`: its size and first bytes. Synced before it counts
/// as stored, so a row never names a file a crash took back.
async fn write(path: &Path, body: Body, limit: usize) -> Result<(u64, Vec<u8>), ReceiveError> {
    let mut file = tokio::fs::File::create(path).await?;
    let (mut size, mut head) = (0usize, Vec::with_capacity(HEAD_BYTES));
    let mut chunks = body.into_data_stream();
    while let Some(chunk) = chunks.next().await {
        let chunk = chunk.map_err(ReceiveError::BrokenOff)?;
        size += chunk.len();
        if size > limit {
            return Err(ReceiveError::TooLarge(limit));
        }
        let wanted = HEAD_BYTES.saturating_sub(head.len()).min(chunk.len());
        head.extend_from_slice(&chunk[..wanted]);
        file.write_all(&chunk).await?;
    }
    file.sync_data().await?;
    Ok((size as u64, head))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_body_is_stored_read_back_and_refused_over_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let store = FileStore::open(dir.path()).unwrap();
        let stored = store.receive(Body::from(b"%PDF-1.4 hello".to_vec()), 100).await.unwrap();
        assert_eq!((stored.size, &stored.head[..5]), (14, &b"%PDF-"[..]));
        let body = store.read(&stored.key).await.unwrap();
        let bytes = axum::body::to_bytes(body, 1000).await.unwrap();
        assert_eq!(&bytes[..], b"%PDF-1.4 hello");

        assert!(matches!(store.receive(Body::from(vec![0u8; 101]), 100).await, Err(ReceiveError::TooLarge(100))));
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "nothing left of the refused one");
        assert!(store.read("../portal.sqlite3").await.is_err());

        let kept = HashSet::new();
        assert_eq!(store.sweep(&kept, Duration::from_secs(3600)).await.unwrap(), 0, "too young to sweep");
        assert_eq!(store.sweep(&kept, Duration::ZERO).await.unwrap(), 1);
        store.remove(&stored.key).await.unwrap();
    }
}
