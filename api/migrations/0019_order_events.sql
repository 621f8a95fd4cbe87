-- Each order's timeline (issue 13): every status it took, when, by whom
-- (the applicant, the provider, the payment system) and the comment.
-- Orders made before it get their history from what the order row says.
CREATE TABLE order_events (
    id       INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    at       TEXT NOT NULL,
    status   TEXT NOT NULL,
    actor    TEXT NOT NULL CHECK (actor IN ('applicant', 'provider', 'payment')),
    comment  TEXT
) STRICT;
CREATE INDEX order_events_order ON order_events (order_id, at);

INSERT INTO order_events (order_id, at, status, actor)
    SELECT id, ordered_at, 'sent', 'applicant' FROM orders;
INSERT INTO order_events (order_id, at, status, actor)
    SELECT id, coalesce(registration_date, ordered_at), 'registered', 'provider' FROM orders
    WHERE status <> 'sent' AND registration_number IS NOT NULL;
INSERT INTO order_events (order_id, at, status, actor, comment)
    SELECT id, coalesce(execution_date, registration_date, ordered_at), status, 'provider', comment FROM orders
    WHERE status IN ('refused', 'done');
