-- A quota on what one person keeps in the file store; see the SQLite
-- migration 0028_storage_quota.sql for the why.

-- Set by whatever changes a person's files (an upload, a submission): the
-- statement that sets it holds the person's row, so two parallel uploads
-- cannot both take the last room (on PostgreSQL; SQLite has one writer).
ALTER TABLE users ADD COLUMN files_changed_at TEXT;

-- A submitted draft keeps no files of its own any more: the order has
-- copies of the rows its answers name, and the rest were unreachable. The
-- file store's sweep removes the files no row names now.
DELETE FROM draft_attachments WHERE draft_id IN (SELECT id FROM drafts WHERE order_id IS NOT NULL);

-- Deleted drafts are purged by the purge job 24 h after deletion, found here.
CREATE INDEX drafts_deleted ON drafts (deleted_at) WHERE deleted_at IS NOT NULL AND order_id IS NULL;
