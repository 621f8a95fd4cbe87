-- Delivery of the outbox through an SMTP relay (when one is configured):
-- each mail is sent once, failures are retried a few times and recorded.
ALTER TABLE outbox ADD COLUMN sent_at TEXT;
ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN last_error TEXT;
