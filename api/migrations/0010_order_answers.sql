-- Answer files a provider attaches to an order («відповідь»), for the
-- cabinet's order page to offer as downloads. They belong to the order and
-- stay with it when a cabinet is deleted.

CREATE TABLE order_answers (
    id         INTEGER PRIMARY KEY,
    order_id   INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    file_name  TEXT NOT NULL,
    media_type TEXT NOT NULL,
    content    BLOB NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

CREATE INDEX order_answers_order ON order_answers (order_id);
