-- Paying by card (issue 13, seed 002): a payment provider (a real acquirer,
-- or the sandbox inside the portal) takes the card; the portal keeps each
-- attempt by its own random reference and settles it once, whether the
-- signed callback or the status query brings the result first.
ALTER TABLE orders ADD COLUMN payment_method TEXT
    CHECK (payment_method IS NULL OR payment_method IN ('order_code', 'card'));
UPDATE orders SET payment_method = 'order_code' WHERE payment_code IS NOT NULL;

CREATE TABLE card_payments (
    id           INTEGER PRIMARY KEY,
    order_id     INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    -- Ours, sent to the provider: 128 random bits in hex.
    reference    TEXT NOT NULL UNIQUE,
    provider     TEXT NOT NULL,
    provider_ref TEXT,
    -- The provider's page for it, offered again while it is pending.
    pay_url      TEXT,
    amount_minor INTEGER NOT NULL,
    currency     TEXT NOT NULL,
    state        TEXT NOT NULL DEFAULT 'pending'
        -- refund_due: paid when the order no longer waited for it (paid by an
        -- earlier attempt, withdrawn, decided): the money goes back.
        CHECK (state IN ('pending', 'paid', 'declined', 'insufficient_funds', 'refund_due')),
    created_at   TEXT NOT NULL,
    settled_at   TEXT
) STRICT;
CREATE INDEX card_payments_order ON card_payments (order_id, id);
-- One attempt open per order: a second tab or click gets the same page.
CREATE UNIQUE INDEX card_payments_one_pending ON card_payments (order_id) WHERE state = 'pending';

-- The sandbox provider's own book: what a bank keeps on its side.
CREATE TABLE sandbox_payments (
    id           TEXT PRIMARY KEY,
    reference    TEXT NOT NULL,
    amount_minor INTEGER NOT NULL,
    currency     TEXT NOT NULL,
    description  TEXT NOT NULL,
    return_url   TEXT NOT NULL,
    state        TEXT NOT NULL DEFAULT 'created'
        CHECK (state IN ('created', 'paid', 'declined', 'insufficient_funds')),
    card_last4   TEXT,
    created_at   TEXT NOT NULL
) STRICT;
