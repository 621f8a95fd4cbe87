-- «Відкликано» (issue 13): one more status.
ALTER TABLE orders DROP CONSTRAINT orders_status_check;
ALTER TABLE orders ADD CONSTRAINT orders_status_check
    CHECK (status IN ('sent', 'registered', 'refused', 'done', 'withdrawn'));
