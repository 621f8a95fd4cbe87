pub mod clock;
pub mod config;
pub mod db;
pub mod file_store;
pub(crate) mod locale_text;
pub mod logging;
pub mod rate_limit;
pub(crate) mod startup_lock;
