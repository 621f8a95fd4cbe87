-- Files attached to a draft (issue 12): kept with it, gone with it.
CREATE TABLE draft_attachments (
    id         INTEGER PRIMARY KEY,
    draft_id   INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    -- The path of the form field it answers.
    field      TEXT NOT NULL,
    file_name  TEXT NOT NULL,
    -- Told by the content (PDF, PNG, JPEG), never by the name.
    media_type TEXT NOT NULL,
    size       INTEGER NOT NULL,
    content    BLOB NOT NULL,
    created_at TEXT NOT NULL
) STRICT;

CREATE INDEX draft_attachments_draft ON draft_attachments (draft_id);
