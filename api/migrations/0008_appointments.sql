-- Appointments at service centres. The partial unique index is what makes
-- booking race-free: of two people taking one slot at the same instant,
-- SQLite lets exactly one insert succeed.

CREATE TABLE appointments (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    centre_id    TEXT NOT NULL REFERENCES centres (id),
    day          TEXT NOT NULL,  -- yyyy-mm-dd, the centre's local date
    time         TEXT NOT NULL,  -- hh:mm, the start of a 30-minute slot
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    cancelled_at TEXT
) STRICT;

CREATE UNIQUE INDEX appointments_one_per_slot ON appointments (centre_id, day, time) WHERE cancelled_at IS NULL;
CREATE INDEX appointments_user ON appointments (user_id, day, time);
