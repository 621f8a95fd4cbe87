//! The server's clock, read in one place, and the one text form instants
//! take in the database: ISO 8601 in UTC to the second
//! (`2026-11-27T13:26:34Z`). It sorts as text, reads the same in SQLite and
//! PostgreSQL, and is what the API sends; queries bind it as a parameter
//! rather than asking the database for its own clock.
//!
//! The dates the server decides for people (the booking window, an order's
//! day, its payment code's day) are those of the country's calendar:
//! Europe/Kyiv for Ukraine, Europe/Minsk for Belarus ([`today_in`]).

use jiff::tz::TimeZone;

tokio::task_local! {
    /// The instant a test has set for the work it runs ([`at`]).
    static SET_NOW: i64;
}

/// Seconds since 1970-01-01T00:00:00Z.
pub fn unix_now() -> i64 {
    if let Ok(set) = SET_NOW.try_with(|now| *now) {
        return set;
    }
    let since = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
    since.map_or(0, |d| d.as_secs() as i64)
}

/// Runs `work` with the clock standing at `unix` for everything it does on
/// this task (tests of what happens at a given hour: requests sent through
/// the router run on the test's task; tasks spawned from it keep the real
/// clock).
pub async fn at<F: std::future::Future>(unix: i64, work: F) -> F::Output {
    SET_NOW.scope(unix, work).await
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

/// The zones of the two countries, from the IANA database built into the
/// binary at compile time: no machine needs its own copy, and nothing is
/// looked up (or can be missing) at run time.
static KYIV: TimeZone = jiff::tz::get!("Europe/Kyiv");
static MINSK: TimeZone = jiff::tz::get!("Europe/Minsk");

/// The zone of a country as the catalogue writes it: `BY`, else `UA` (the
/// only two the schema allows).
fn zone(country: &str) -> &'static TimeZone {
    if country == "BY" { &MINSK } else { &KYIV }
}

/// The day number (days since 1970-01-01) on `country`'s calendar at the
/// instant `unix`.
pub fn day_in(country: &str, unix: i64) -> i64 {
    let offset = jiff::Timestamp::from_second(unix).map_or(0, |instant| zone(country).to_offset(instant).seconds());
    (unix + i64::from(offset)).div_euclid(86_400)
}

/// The stored instant `at` (`yyyy-mm-ddThh:mm:ssZ`) on `country`'s clock,
/// as people write it: `dd.mm.yyyy hh:mm` (the reader is told whose clock
/// by [`zone_message`]'s words beside it).
pub fn local_time_in(country: &str, at: &str) -> Option<String> {
    let instant: jiff::Timestamp = at.parse().ok()?;
    Some(zone(country).to_datetime(instant).strftime("%d.%m.%Y %H:%M").to_string())
}

/// The Fluent message (portal.ftl) that writes a time with the name of
/// `country`'s clock: «… за київським часом», «… па мінскім часе».
pub fn zone_message(country: &str) -> &'static str {
    if country == "BY" { "time-in-minsk" } else { "time-in-kyiv" }
}

/// Today's day number in `country` (`UA` or `BY`).
pub fn today_in(country: &str) -> i64 {
    day_in(country, unix_now())
}

/// Today in `country`, as `yyyy-mm-dd`.
pub fn today_date_in(country: &str) -> String {
    portal_model::appointment::date_of(today_in(country))
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

    /// `yyyy-mm-dd` on `country`'s calendar at the UTC instant `utc`
    /// (`yyyy-mm-ddThh:mm`).
    fn local_date(country: &str, utc: &str) -> String {
        let day = portal_model::appointment::day_number(&utc[..10]).unwrap();
        let (hours, minutes): (i64, i64) = (utc[11..13].parse().unwrap(), utc[14..16].parse().unwrap());
        portal_model::appointment::date_of(day_in(country, day * 86_400 + hours * 3600 + minutes * 60))
    }

    #[test]
    fn a_day_begins_at_midnight_in_kyiv_and_in_minsk_not_in_utc() {
        // Winter: Kyiv UTC+2, Minsk UTC+3 all year.
        assert_eq!(local_date("UA", "2026-01-13T21:59"), "2026-01-13");
        assert_eq!(local_date("UA", "2026-01-13T22:00"), "2026-01-14");
        assert_eq!(local_date("BY", "2026-01-13T20:59"), "2026-01-13");
        assert_eq!(local_date("BY", "2026-01-13T21:00"), "2026-01-14");
        assert_eq!(local_date("UA", "2026-01-13T23:30"), "2026-01-14", "01:30 in Kyiv");
        assert_eq!(local_date("BY", "2026-01-13T23:30"), "2026-01-14", "02:30 in Minsk");
        // Summer (2026): Kyiv UTC+3 as well.
        assert_eq!(local_date("UA", "2026-07-13T20:59"), "2026-07-13");
        assert_eq!(local_date("UA", "2026-07-13T21:00"), "2026-07-14");
        assert_eq!(local_date("BY", "2026-07-13T21:00"), "2026-07-14");
    }

    #[test]
    fn an_instant_reads_on_the_countrys_clock() {
        // The review's 18:48 UTC: 20:48 in winter Kyiv, 21:48 in Minsk.
        assert_eq!(local_time_in("UA", "2026-12-07T18:48:00Z").as_deref(), Some("07.12.2026 20:48"));
        assert_eq!(local_time_in("BY", "2026-12-07T18:48:00Z").as_deref(), Some("07.12.2026 21:48"));
        // Summer in Kyiv, and a new day there before it begins in UTC.
        assert_eq!(local_time_in("UA", "2026-07-13T21:30:00Z").as_deref(), Some("14.07.2026 00:30"));
        assert_eq!(local_time_in("UA", "not a time"), None);
    }

    #[tokio::test]
    async fn the_clock_stands_where_a_test_sets_it_and_only_there() {
        let set = at(1_800_000_000, async { (unix_now(), now()) }).await;
        assert_eq!(set, (1_800_000_000, "2027-01-15T08:00:00Z".to_owned()));
        assert_ne!(unix_now(), 1_800_000_000, "outside, the real clock");
    }
}
