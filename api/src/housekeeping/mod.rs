//! Clearing away what has expired (`purge`, at start and every ten
//! minutes): sessions, links, registrations never activated, rate counters,
//! drafts deleted past undoing, and files no row names any more.
//!
//! Owns: no table of its own (it deletes from the accounts' and the
//! applications' tables). No routes.
//! May use: every area below it.

pub mod purge;
