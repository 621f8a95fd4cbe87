-- Links mailed for «forgot password» and for changing the e-mail address.
-- As with activation, only hashes of the tokens are stored.

CREATE TABLE password_reset_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at TEXT NOT NULL
) STRICT;

CREATE TABLE email_change_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    new_email  TEXT NOT NULL,
    expires_at TEXT NOT NULL
) STRICT;
