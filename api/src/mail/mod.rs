//! Mail the portal sends: the outbox every mail is written to (`outbox`, and
//! in development `GET /api/dev/outbox`), letters in the reader's language
//! from `locales/*/mail.ftl` (`letters`), delivery through an SMTP relay
//! (`delivery`), and a mail for each change of an order, written from the
//! notifications not mailed yet (`order_changes`).
//!
//! Owns: `outbox` (and the `mailed_at` of `notifications`). Routes:
//! `GET /api/dev/outbox`.
//! May use: platform, http.

pub mod delivery;
pub mod letters;
pub mod order_changes;
pub mod outbox;
