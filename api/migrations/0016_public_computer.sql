-- Sessions marked at sign-in as on a public computer (an assistance
-- centre's, a library's): they end after 15 minutes without a request.
ALTER TABLE sessions ADD COLUMN public_computer INTEGER NOT NULL DEFAULT 0;
