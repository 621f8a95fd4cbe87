-- Limits against abuse (the security review of 2026-11).

-- One counter per key (wrong passwords per account and per address, mail
-- per recipient and per sender), counted in one statement so parallel
-- requests cannot outrun it. Replaces the row-per-failure table.
DROP TABLE sign_in_failures;
CREATE TABLE rate_counters (
    key          TEXT PRIMARY KEY,
    window_start INTEGER NOT NULL,  -- Unix seconds
    count        INTEGER NOT NULL
) STRICT;

-- Sessions end after a while without use (the idle timeout). Sessions from
-- before this column count as idle: their users sign in again once.
ALTER TABLE sessions ADD COLUMN last_seen_at INTEGER NOT NULL DEFAULT 0;  -- Unix seconds

-- One appointment per person, centre and day. Extra ones booked before
-- this limit are cancelled (the earliest booking of each day stays).
UPDATE appointments SET cancelled_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
WHERE cancelled_at IS NULL
  AND id NOT IN (SELECT min(id) FROM appointments WHERE cancelled_at IS NULL GROUP BY user_id, centre_id, day);
CREATE UNIQUE INDEX appointments_one_per_person_day ON appointments (user_id, centre_id, day) WHERE cancelled_at IS NULL;
