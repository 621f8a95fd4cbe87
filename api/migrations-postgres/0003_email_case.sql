-- SQLite compares e-mail addresses without case (COLLATE NOCASE); here an
-- index on lower(email) keeps one cabinet per address however it is written.
CREATE UNIQUE INDEX users_email_lower ON users (lower(email));
