-- Several API instances may deliver the outbox: an instance leases a mail
-- (until this Unix second) before sending it, so no other instance sends it too.
ALTER TABLE outbox ADD COLUMN lease_until INTEGER NOT NULL DEFAULT 0;
