-- Card payments (review findings 2 and 10): an attempt is written once, with
-- the provider's reference and page, so a crash can no longer leave a pending
-- attempt without them (which blocked every later start); and a payment the
-- order no longer waited for is given back through the provider: `refunded`
-- once it is, `refund_due` while the provider has not (portal-admin
-- refunds-due lists those, retry-refunds asks again).
DELETE FROM card_payments WHERE provider_ref IS NULL OR pay_url IS NULL;
ALTER TABLE card_payments ALTER COLUMN provider_ref SET NOT NULL, ALTER COLUMN pay_url SET NOT NULL;
ALTER TABLE card_payments DROP CONSTRAINT card_payments_state_check;
ALTER TABLE card_payments ADD CONSTRAINT card_payments_state_check
    CHECK (state IN ('pending', 'paid', 'declined', 'insufficient_funds', 'refund_due', 'refunded'));
ALTER TABLE card_payments ADD COLUMN refunded_at TEXT;
CREATE INDEX card_payments_refund_due ON card_payments (state) WHERE state = 'refund_due';

-- The sandbox's book: refunded, or a refund refused once (test card 0119).
ALTER TABLE sandbox_payments DROP CONSTRAINT sandbox_payments_state_check;
ALTER TABLE sandbox_payments ADD CONSTRAINT sandbox_payments_state_check
    CHECK (state IN ('created', 'paid', 'declined', 'insufficient_funds', 'refund_refused', 'refunded'));
