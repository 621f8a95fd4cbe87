//! Appointments at a service centre: a date, a 30-minute slot within the
//! centre's opening hours, and the rules both sides check. Two people can
//! never hold one slot: the API's database enforces that (a unique index
//! over the centre and the slot of every appointment not cancelled).

use crate::catalogue::OpeningHours;
use serde::{Deserialize, Serialize};

/// Minutes per slot.
pub const SLOT_MINUTES: u32 = 30;
/// How far ahead one may book, in days.
pub const BOOKING_DAYS_AHEAD: i64 = 30;

/// A booked visit, as the cabinet lists it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Appointment {
    pub id: i64,
    pub centre_id: String,
    /// `yyyy-mm-dd`
    pub date: String,
    /// `hh:mm`
    pub time: String,
}

/// What the user asks to book.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BookingRequest {
    pub centre_id: String,
    pub date: String,
    pub time: String,
}

/// One slot of a day, and whether it is still free.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    pub time: String,
    pub free: bool,
}

/// Why a date or a time cannot be booked.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BookingProblem {
    /// Not a date written `yyyy-mm-dd`.
    BadDate,
    /// Today or earlier, or beyond the booking window.
    OutsideWindow,
    /// Not one of the slots of that day (the centre is closed then).
    NoSuchSlot,
}

/// Days since 1970-01-01 of a `yyyy-mm-dd` date, if it is a real date.
pub fn day_number(date: &str) -> Option<i64> {
    let mut parts = date.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (i64, i64, i64) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let month_days = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if !(1..=12).contains(&m) || d < 1 || d > month_days[(m - 1) as usize] {
        return None;
    }
    // Days from civil (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The `yyyy-mm-dd` date of a day number (the inverse of [`day_number`]).
pub fn date_of(day_number: i64) -> String {
    // Civil from days (Howard Hinnant's algorithm).
    let z = day_number + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// ISO weekday of a day number: 1 = Monday … 7 = Sunday.
pub fn weekday(day_number: i64) -> u8 {
    // 1970-01-01 was a Thursday.
    ((day_number + 3).rem_euclid(7) + 1) as u8
}

fn minutes(hh_mm: &str) -> Option<u32> {
    let (h, m) = hh_mm.split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// The slots of a day at a centre with these opening hours.
pub fn slots_of_day(hours: &[OpeningHours], day_number: i64) -> Vec<String> {
    let day = weekday(day_number);
    // In order and each once, by minute of the day (a set rather than a
    // sort: each use of the standard sorts costs the SPA some KB).
    let mut starts = std::collections::BTreeSet::new();
    for span in hours.iter().filter(|h| (h.from_day..=h.to_day).contains(&day)) {
        let (Some(open), Some(close)) = (minutes(&span.open), minutes(&span.close)) else { continue };
        if close >= open + SLOT_MINUTES {
            starts.extend((open..=close - SLOT_MINUTES).step_by(SLOT_MINUTES as usize));
        }
    }
    starts.into_iter().map(|start| format!("{:02}:{:02}", start / 60, start % 60)).collect()
}

/// Checks a date against the booking window, `today` being a day number.
pub fn check_date(date: &str, today: i64) -> Result<i64, BookingProblem> {
    let day = day_number(date).ok_or(BookingProblem::BadDate)?;
    if day <= today || day > today + BOOKING_DAYS_AHEAD {
        return Err(BookingProblem::OutsideWindow);
    }
    Ok(day)
}

/// Checks a whole request: the date, and a time that is one of its slots.
pub fn check_booking(request: &BookingRequest, hours: &[OpeningHours], today: i64) -> Result<(), BookingProblem> {
    let day = check_date(&request.date, today)?;
    if slots_of_day(hours, day).contains(&request.time) { Ok(()) } else { Err(BookingProblem::NoSuchSlot) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hours() -> Vec<OpeningHours> {
        vec![
            OpeningHours { from_day: 1, to_day: 1, open: "08:00".into(), close: "10:00".into() },
            OpeningHours { from_day: 2, to_day: 5, open: "09:00".into(), close: "10:15".into() },
        ]
    }

    #[test]
    fn dates_and_weekdays() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2026-11-23").map(weekday), Some(1), "a Monday");
        assert_eq!(day_number("2024-02-29").map(weekday), Some(4), "a Thursday in a leap year");
        for day in [-1, 0, 59, 10_000, 20_415, 20_780] {
            assert_eq!(day_number(&date_of(day)), Some(day));
        }
        for bad in ["2023-02-29", "2026-13-01", "2026-1-01", "tomorrow", "2026-11-23-01", ""] {
            assert_eq!(day_number(bad), None, "{bad}");
        }
    }

    #[test]
    fn slots_follow_the_opening_hours() {
        let monday = day_number("2026-11-23").unwrap();
        assert_eq!(slots_of_day(&hours(), monday), ["08:00", "08:30", "09:00", "09:30"]);
        assert_eq!(slots_of_day(&hours(), monday + 1), ["09:00", "09:30"], "a slot must end by closing");
        assert!(slots_of_day(&hours(), monday + 5).is_empty(), "closed on Saturday");
    }

    #[test]
    fn only_future_days_within_the_window_and_real_slots_are_bookable() {
        let today = day_number("2026-11-23").unwrap();
        let request =
            |date: &str, time: &str| BookingRequest { centre_id: "c".into(), date: date.into(), time: time.into() };
        assert_eq!(check_booking(&request("2026-11-24", "09:30"), &hours(), today), Ok(()));
        assert_eq!(check_booking(&request("2026-11-23", "09:30"), &hours(), today), Err(BookingProblem::OutsideWindow));
        assert_eq!(check_booking(&request("2027-01-30", "09:30"), &hours(), today), Err(BookingProblem::OutsideWindow));
        assert_eq!(check_booking(&request("2026-11-24", "09:45"), &hours(), today), Err(BookingProblem::NoSuchSlot));
        assert_eq!(check_booking(&request("2026-11-28", "09:00"), &hours(), today), Err(BookingProblem::NoSuchSlot));
        assert_eq!(check_booking(&request("24.11.2026", "09:00"), &hours(), today), Err(BookingProblem::BadDate));
    }
}
