-- Submitting an application (issue 13). The order keeps a copy of exactly
-- what was sent — the answers, the form's version and the files — which
-- the triggers below keep from ever changing; the draft it came from names
-- it (a second submit of that draft finds the same order: one order per
-- draft, whatever the retries). A service with a fee gets its 30-digit
-- payment code (portal_model::order_code), unique.
ALTER TABLE orders ADD COLUMN draft_id INTEGER;
ALTER TABLE orders ADD COLUMN form_version INTEGER;
ALTER TABLE orders ADD COLUMN answers_json TEXT CHECK (answers_json IS NULL OR json_valid(answers_json));
ALTER TABLE orders ADD COLUMN payment_code TEXT;
ALTER TABLE orders ADD COLUMN amount_minor INTEGER;
ALTER TABLE orders ADD COLUMN currency TEXT;
CREATE UNIQUE INDEX orders_draft ON orders (draft_id);
CREATE UNIQUE INDEX orders_payment_code ON orders (payment_code);

ALTER TABLE drafts ADD COLUMN order_id INTEGER REFERENCES orders (id);

-- The files sent with an application: the file store's files the draft
-- had (keys are written once, never changed), now the order's.
CREATE TABLE order_files (
    id         INTEGER PRIMARY KEY,
    order_id   INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    field      TEXT NOT NULL,
    file_name  TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size       INTEGER NOT NULL,
    stored_as  TEXT NOT NULL
) STRICT;
CREATE INDEX order_files_order ON order_files (order_id);

CREATE TRIGGER orders_submission_immutable BEFORE UPDATE OF draft_id, form_version, answers_json, payment_code,
    amount_minor, currency, service_id ON orders
    WHEN OLD.answers_json IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'what was submitted is never changed');
END;
CREATE TRIGGER order_files_immutable BEFORE UPDATE ON order_files
BEGIN
    SELECT RAISE(ABORT, 'what was submitted is never changed');
END;
