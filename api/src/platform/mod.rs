//! The platform, the lowest area: what every other area stands on. The
//! database pool, its migrations and the start-up lock (`db`, `backend`,
//! `startup_lock`), instants and the countries' calendars (`clock`), the
//! file store, rate counters, the configuration, logging, the interface's
//! Fluent texts on the server (`locale_text`), and every random key and
//! token (`random`).
//!
//! Owns: the `rate_counters` table, the files folder. No routes.
//! May use: nothing of the portal's but the model.

pub mod backend;
pub mod clock;
pub mod config;
pub mod db;
pub mod file_store;
pub(crate) mod locale_text;
pub mod logging;
pub mod random;
pub mod rate_limit;
pub(crate) mod startup_lock;
