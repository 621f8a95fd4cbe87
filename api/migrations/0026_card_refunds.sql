-- Card payments (review findings 2 and 10): an attempt is written once, with
-- the provider's reference and page, so a crash can no longer leave a pending
-- attempt without them (which blocked every later start); and a payment the
-- order no longer waited for is given back through the provider: `refunded`
-- once it is, `refund_due` while the provider has not (portal-admin
-- refunds-due lists those, retry-refunds asks again). SQLite changes a CHECK
-- by rebuilding the table.
DELETE FROM card_payments WHERE provider_ref IS NULL OR pay_url IS NULL;

CREATE TABLE card_payments_new (
    id           INTEGER PRIMARY KEY,
    order_id     INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    -- Ours, sent to the provider: 128 random bits in hex.
    reference    TEXT NOT NULL UNIQUE,
    provider     TEXT NOT NULL,
    provider_ref TEXT NOT NULL,
    -- The provider's page for it, offered again while it is pending.
    pay_url      TEXT NOT NULL,
    amount_minor INTEGER NOT NULL,
    currency     TEXT NOT NULL,
    state        TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'paid', 'declined', 'insufficient_funds', 'refund_due', 'refunded')),
    created_at   TEXT NOT NULL,
    settled_at   TEXT,
    refunded_at  TEXT
) STRICT;
INSERT INTO card_payments_new
    (id, order_id, reference, provider, provider_ref, pay_url, amount_minor, currency, state, created_at, settled_at)
    SELECT id, order_id, reference, provider, provider_ref, pay_url, amount_minor, currency, state, created_at, settled_at
    FROM card_payments;
DROP TABLE card_payments;
ALTER TABLE card_payments_new RENAME TO card_payments;
CREATE INDEX card_payments_order ON card_payments (order_id, id);
CREATE UNIQUE INDEX card_payments_one_pending ON card_payments (order_id) WHERE state = 'pending';
CREATE INDEX card_payments_refund_due ON card_payments (state) WHERE state = 'refund_due';

-- The sandbox's book: refunded, or a refund refused once (test card 0119).
CREATE TABLE sandbox_payments_new (
    id           TEXT PRIMARY KEY,
    reference    TEXT NOT NULL,
    amount_minor INTEGER NOT NULL,
    currency     TEXT NOT NULL,
    description  TEXT NOT NULL,
    return_url   TEXT NOT NULL,
    state        TEXT NOT NULL DEFAULT 'created'
        CHECK (state IN ('created', 'paid', 'declined', 'insufficient_funds', 'refund_refused', 'refunded')),
    card_last4   TEXT,
    created_at   TEXT NOT NULL
) STRICT;
INSERT INTO sandbox_payments_new SELECT id, reference, amount_minor, currency, description, return_url, state,
    card_last4, created_at FROM sandbox_payments;
DROP TABLE sandbox_payments;
ALTER TABLE sandbox_payments_new RENAME TO sandbox_payments;
