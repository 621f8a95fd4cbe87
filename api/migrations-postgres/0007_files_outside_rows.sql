-- Attached files move out of the rows into the file store (api/src/file_store.rs):
-- the row names its file by key; `content` stays empty for new files. Rows
-- written before are moved into the store at start.
ALTER TABLE draft_attachments ADD COLUMN stored_as TEXT;
