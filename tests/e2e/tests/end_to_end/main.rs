//! The portal as a user meets it: the real server on a fresh database, the
//! release build of the SPA, headless Chromium. One binary, a module per
//! area; the harness (server, browser, mail, database) is the e2e library.

mod accounts;
mod application;
mod appointments;
mod cabinet;
mod catalogue;
mod complaints;
mod focus;
mod layout;
mod payments;
mod search;
mod submission;
