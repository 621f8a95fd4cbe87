-- Unique identifiers (seed 004): issued by an office to a citizen's cabinet,
-- with their own password. Refusing one blocks sign-in by it; restoring it
-- brings back the same cabinet with its whole history.

CREATE TABLE unique_identifiers (
    identifier    TEXT PRIMARY KEY,
    user_id       INTEGER NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
    password_hash TEXT NOT NULL,
    issued_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    refused_at    TEXT
) STRICT;
