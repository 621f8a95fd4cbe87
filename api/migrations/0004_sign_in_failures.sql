-- Failed sign-ins, for throttling per account and per network address.
CREATE TABLE sign_in_failures (
    key TEXT NOT NULL,
    at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX sign_in_failures_key_at ON sign_in_failures (key, at);
