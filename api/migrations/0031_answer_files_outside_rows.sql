-- Providers' answer files (and online extracts) move out of the rows into
-- the file store, like every other file (0017 did it for attachments): the
-- row names its file by key and keeps its size; `content` stays empty for
-- new files. Rows written before are moved into the store at start
-- (`platform::file_store::move_rows_into_store`).
ALTER TABLE order_answers ADD COLUMN stored_as TEXT;
ALTER TABLE order_answers ADD COLUMN size INTEGER NOT NULL DEFAULT 0;
UPDATE order_answers SET size = length(content);
