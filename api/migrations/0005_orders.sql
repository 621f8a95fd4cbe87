-- Ordered services (seed 000, Fig. 1–2). Orders stay with the provider when
-- a cabinet is deleted: user_id then becomes NULL.

CREATE TABLE orders (
    id                  INTEGER PRIMARY KEY,
    user_id             INTEGER REFERENCES users (id) ON DELETE SET NULL,
    service_id          TEXT NOT NULL REFERENCES services (id),
    status              TEXT NOT NULL CHECK (status IN ('sent', 'registered', 'refused', 'done')),
    ordered_at          TEXT NOT NULL,
    registration_number TEXT,
    registration_date   TEXT,
    control_date        TEXT,
    execution_date      TEXT,
    comment             TEXT,
    -- The documents the user signed, as a JSON list of names.
    documents_json      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(documents_json))
) STRICT;

CREATE INDEX orders_user ON orders (user_id, ordered_at);
