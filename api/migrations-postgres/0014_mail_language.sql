-- Mail a citizen can use (issue 16): each account remembers the language it
-- last used (registration records the form's), each queued mail its
-- language (the HTML part's `lang`), and each notification whether its
-- mail was queued (the notification mailer marks it first). Notifications
-- older than this are not mailed.
ALTER TABLE users ADD COLUMN lang TEXT NOT NULL DEFAULT 'uk' CHECK (lang IN ('uk', 'be', 'en'));
ALTER TABLE outbox ADD COLUMN lang TEXT NOT NULL DEFAULT 'uk';
ALTER TABLE notifications ADD COLUMN mailed_at TEXT;
UPDATE notifications SET mailed_at = created_at;
CREATE INDEX notifications_unmailed ON notifications (id) WHERE mailed_at IS NULL;
