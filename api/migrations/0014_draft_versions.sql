-- Drafts become editable applications (issue 12): the form version they
-- were made with, the step the user left them at, and a version that every
-- save must name (a stale save — another tab, another device, an old
-- offline copy — is refused, never applied over a newer one).

ALTER TABLE drafts ADD COLUMN form_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE drafts ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE drafts ADD COLUMN step TEXT NOT NULL DEFAULT '';
ALTER TABLE drafts ADD COLUMN updated_at TEXT;
