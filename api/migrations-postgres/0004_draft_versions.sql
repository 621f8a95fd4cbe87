-- Drafts become editable applications (issue 12): the form version they
-- were made with, the step the user left them at, and a version that every
-- save must name (a stale save is refused, never applied over a newer one).

ALTER TABLE drafts ADD COLUMN form_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE drafts ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE drafts ADD COLUMN step TEXT NOT NULL DEFAULT '';
ALTER TABLE drafts ADD COLUMN updated_at TEXT;
