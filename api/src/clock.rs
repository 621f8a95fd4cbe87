//! The server's clock, read in one place, and the one text form instants
//! take in the database: ISO 8601 in UTC to the second
//! (`2026-11-27T13:26:34Z`). It sorts as text, reads the same in SQLite and
//! PostgreSQL, and is what the API sends; queries bind it as a parameter
//! rather than asking the database for its own clock.

/// Seconds since 1970-01-01T00:00:00Z.
pub fn unix_now() -> i64 {
    let since = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
    since.map_or(0, |d| d.as_secs() as i64)
}

/// The stored form of the instant `unix` seconds after the epoch.
pub fn timestamp(unix: i64) -> String {
    let seconds = unix.rem_euclid(86_400);
    let date = portal_model::appointment::date_of(unix.div_euclid(86_400));
    format!("{date}T{:02}:{:02}:{:02}Z", seconds / 3600, seconds / 60 % 60, seconds % 60)
}

/// Now, in the stored form.
pub fn now() -> String {
    timestamp(unix_now())
}

/// Now plus `seconds` (a deadline), in the stored form.
pub fn in_seconds(seconds: i64) -> String {
    timestamp(unix_now() + seconds)
}

/// Today's day number (days since 1970-01-01) by the UTC calendar, as the
/// SPA counts.
pub fn today() -> i64 {
    unix_now().div_euclid(86_400)
}

/// Today as `yyyy-mm-dd` (UTC), the form appointment days are stored in.
pub fn today_date() -> String {
    portal_model::appointment::date_of(today())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_have_one_sortable_form() {
        assert_eq!(timestamp(0), "1970-01-01T00:00:00Z");
        assert_eq!(timestamp(1_795_786_394), "2026-11-27T13:33:14Z");
        assert!(timestamp(1_000) < timestamp(86_400 * 400), "text order is time order");
        assert_eq!(now().len(), 20);
    }
}
