-- Notifications say what changed (issue 24): the event itself (a status
-- reached, a payment confirmed, a complaint filed or withdrawn) and its
-- detail (the registration number, the refusal's reason, the complaint's
-- number), kept as it was then; the order's status today may be another.
-- Older notifications have neither and are worded by the order's status.
ALTER TABLE notifications ADD COLUMN event TEXT CHECK (event IN (
    'sent', 'registered', 'refused', 'done', 'withdrawn', 'payment_confirmed', 'complaint_filed', 'complaint_withdrawn'));
ALTER TABLE notifications ADD COLUMN detail TEXT;
