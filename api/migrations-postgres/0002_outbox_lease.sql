-- As api/migrations/0013: a lease on a mail being delivered, so that of
-- several API instances exactly one sends it.
ALTER TABLE outbox ADD COLUMN lease_until BIGINT NOT NULL DEFAULT 0;
