-- Whose documents an account gave at registration (issue 15): Ukraine's
-- (РНОКПП and passport) or Belarus's (the personal identification number,
-- kept in `rnokpp`, and the passport in its own format).
ALTER TABLE users ADD COLUMN country TEXT NOT NULL DEFAULT 'UA' CHECK (country IN ('UA', 'BY'));
