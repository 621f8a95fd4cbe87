-- Paying by order code (issue 13, seed 004): a service with a fee waits for
-- payment; the applicant attaches the bank's receipt («Оплачено, очікує
-- підтвердження»); the provider confirms. The receipt is a file in the file
-- store, like attachments. Payment steps go on the timeline too.
ALTER TABLE orders ADD COLUMN payment_state TEXT
    CHECK (payment_state IS NULL OR payment_state IN ('awaiting', 'receipt_sent', 'confirmed'));
ALTER TABLE orders ADD COLUMN receipt_name TEXT;
ALTER TABLE orders ADD COLUMN receipt_media_type TEXT;
ALTER TABLE orders ADD COLUMN receipt_size BIGINT;
ALTER TABLE orders ADD COLUMN receipt_stored_as TEXT;
UPDATE orders SET payment_state = 'awaiting' WHERE payment_code IS NOT NULL;
ALTER TABLE order_events ADD COLUMN payment TEXT;
