-- Administrative complaints about a decision (issue 13, seed 004: «падачу
-- (адкліканне) адміністрацыйных скаргаў»): each with its own number and
-- status, its text and files; withdrawn by the applicant while filed. One
-- complaint open per order at a time. Complaint steps go on the order's
-- timeline.
CREATE TABLE complaints (
    id           BIGSERIAL PRIMARY KEY,
    order_id     BIGINT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    number       TEXT NOT NULL UNIQUE,
    text         TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'filed' CHECK (status IN ('filed', 'withdrawn')),
    filed_at     TEXT NOT NULL,
    withdrawn_at TEXT
);
CREATE INDEX complaints_order ON complaints (order_id, id);
CREATE UNIQUE INDEX complaints_one_open ON complaints (order_id) WHERE status = 'filed';

CREATE TABLE complaint_files (
    id           BIGSERIAL PRIMARY KEY,
    complaint_id BIGINT NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
    file_name    TEXT NOT NULL,
    media_type   TEXT NOT NULL,
    size         BIGINT NOT NULL,
    stored_as    TEXT NOT NULL
);
CREATE INDEX complaint_files_complaint ON complaint_files (complaint_id);

ALTER TABLE order_events ADD COLUMN complaint_number TEXT;
ALTER TABLE order_events ADD COLUMN complaint_status TEXT;
