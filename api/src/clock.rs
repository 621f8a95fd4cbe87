//! The server's clock, read in one place: Unix seconds for counters and
//! deadlines kept as numbers, and today's day number for appointments.

/// Seconds since 1970-01-01T00:00:00Z.
pub fn unix_now() -> i64 {
    let since = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
    since.map_or(0, |d| d.as_secs() as i64)
}

/// Today's day number (days since 1970-01-01) by the UTC calendar, as the
/// SPA and SQLite's `date('now')` count.
pub fn today() -> i64 {
    unix_now().div_euclid(86_400)
}
