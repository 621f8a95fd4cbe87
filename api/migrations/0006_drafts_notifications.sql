-- The cabinet's drafts (applications started, not sent) and notifications.
-- Both belong to the user alone: deleting the cabinet deletes them.

CREATE TABLE drafts (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    service_id TEXT NOT NULL REFERENCES services (id),
    -- What the user has typed so far, as the application form saves it.
    data_json  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(data_json)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    -- Set by «delete»; cleared by «undo». Deleted drafts are purged later.
    deleted_at TEXT
) STRICT;

CREATE INDEX drafts_user ON drafts (user_id, created_at);

CREATE TABLE notifications (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('order_status', 'answer_ready', 'new_sign_in')),
    order_id   INTEGER REFERENCES orders (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    read_at    TEXT
) STRICT;

CREATE INDEX notifications_user ON notifications (user_id, read_at);
