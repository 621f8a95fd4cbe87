//! Instants as people read them: on the clock of the service's country
//! (Kyiv for Ukrainian providers, Minsk for Belarusian ones), whatever zone
//! the reader's computer keeps, and with that clock named when it is not
//! the reader's own. The API sends UTC instants (`2026-12-07T18:48:00Z`);
//! the browser's own `Intl.DateTimeFormat` and its zone database turn them
//! into local time, so the wasm carries no zone data of its own.

use crate::catalogue_context::CatalogueContext;
use crate::i18n::I18n;
use js_sys::{Array, Date, Intl::DateTimeFormat, Object, Reflect};
use wasm_bindgen::JsValue;

/// Whose clock a time is shown on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clock {
    Kyiv,
    Minsk,
    /// The reader's own (what belongs to no service: a sign-in).
    Reader,
}

impl Clock {
    /// The clock of a catalogue country (`UA`, `BY`).
    pub fn of_country(country: &str) -> Clock {
        if country == "BY" { Clock::Minsk } else { Clock::Kyiv }
    }

    /// The clock of a provider's country; the reader's while the catalogue
    /// is not loaded (the instant is right, only not yet on its clock).
    pub fn of_provider(catalogue: &CatalogueContext, provider: &str) -> Clock {
        catalogue.ready().and_then(|c| c.provider(provider)).map_or(Clock::Reader, |p| Clock::of_country(&p.country))
    }

    /// The clock of a service's provider's country.
    pub fn of_service(catalogue: &CatalogueContext, service: &str) -> Clock {
        let provider =
            catalogue.ready().and_then(|c| c.services.iter().find(|s| s.id.as_str() == service)).map(|s| &s.provider);
        provider.map_or(Clock::Reader, |provider| Clock::of_provider(catalogue, provider))
    }

    /// The IANA zone (`Europe/Kiev` is the name every browser knows; the
    /// newer `Europe/Kyiv` is its alias where tzdata is recent).
    fn zone(self) -> Option<&'static str> {
        match self {
            Clock::Kyiv => Some("Europe/Kiev"),
            Clock::Minsk => Some("Europe/Minsk"),
            Clock::Reader => None,
        }
    }
}

/// `at` (an ISO 8601 instant) on `clock`, as `dd.mm.yyyy hh:mm` (the form
/// the seeds write dates in), followed by the clock's name when the reader
/// keeps another zone: «07.12.2026 20:48 за київським часом». `at` itself
/// if it is no instant.
pub fn date_time(i18n: &I18n, at: &str, clock: Clock) -> String {
    written(i18n, at, clock, &reader_zone())
}

/// [`date_time`] for a reader whose browser keeps `reader_zone`.
pub fn written(i18n: &I18n, at: &str, clock: Clock, reader_zone: &str) -> String {
    match on_clock(at, clock.zone()) {
        Some(time) => named(i18n, time, clock, reader_zone),
        None => at.to_owned(),
    }
}

/// `time`, already on `clock` (an appointment's «14.01.2026, 09:30» at its
/// centre), with the clock's name when the reader keeps another zone.
pub fn on_its_clock(i18n: &I18n, time: String, clock: Clock) -> String {
    named(i18n, time, clock, &reader_zone())
}

fn named(i18n: &I18n, time: String, clock: Clock, reader_zone: &str) -> String {
    let id = match clock {
        Clock::Kyiv => "time-in-kyiv",
        Clock::Minsk => "time-in-minsk",
        Clock::Reader => return time,
    };
    // (Compared as the browser names both: `Europe/Kyiv` may read `Europe/Kiev`.)
    if zone_of(&formatter(clock.zone())) == reader_zone {
        return time;
    }
    i18n.t_args(id, &[("time", time.into())])
}

/// Today's day number (days since 1970-01-01) on `clock`'s calendar.
pub fn today(clock: Clock) -> i64 {
    let now = Date::new_0().to_iso_string().as_string().unwrap_or_default();
    let date = on_clock(&now, clock.zone()).unwrap_or_default();
    let iso = match (date.get(6..10), date.get(3..5), date.get(0..2)) {
        (Some(y), Some(m), Some(d)) => format!("{y}-{m}-{d}"),
        _ => String::new(),
    };
    portal_model::appointment::day_number(&iso).unwrap_or_else(|| (Date::now() / 86_400_000.0).floor() as i64)
}

/// The day `at` falls on by `clock`, as `dd.mm.yyyy`.
pub fn date(at: &str, clock: Clock) -> String {
    on_clock(at, clock.zone()).map_or_else(|| at.to_owned(), |time| time[..10].to_owned())
}

/// The zone the browser keeps, as its `Intl` names it.
pub fn reader_zone() -> String {
    zone_of(&DateTimeFormat::new(&Array::new(), &Object::new()))
}

fn zone_of(format: &DateTimeFormat) -> String {
    Reflect::get(&format.resolved_options(), &"timeZone".into()).ok().and_then(|z| z.as_string()).unwrap_or_default()
}

/// A formatter of `dd`, `mm`, `yyyy`, `hh` and `mm` in `zone` (the
/// reader's when `None`).
fn formatter(zone: Option<&str>) -> DateTimeFormat {
    let options = Object::new();
    let fields =
        [("year", "numeric"), ("month", "2-digit"), ("day", "2-digit"), ("hour", "2-digit"), ("minute", "2-digit")];
    for (key, value) in fields.into_iter().chain([("hourCycle", "h23")]).chain(zone.map(|z| ("timeZone", z))) {
        let _ = Reflect::set(&options, &key.into(), &value.into());
    }
    // (Latin digits and a 24-hour clock whatever the page's language; the
    // parts are put in the portal's own order.)
    DateTimeFormat::new(&Array::of1(&"en-GB".into()), &options)
}

/// `at` as `dd.mm.yyyy hh:mm` in `zone` (the reader's when `None`).
fn on_clock(at: &str, zone: Option<&str>) -> Option<String> {
    let date = Date::new(&JsValue::from_str(at));
    if date.get_time().is_nan() {
        return None;
    }
    let parts = formatter(zone).format_to_parts(&date);
    let value_of = |kind: &str| {
        parts.iter().find_map(|p| {
            let is = Reflect::get(&p, &"type".into()).ok()?.as_string()? == kind;
            is.then(|| Reflect::get(&p, &"value".into()).ok()?.as_string()).flatten()
        })
    };
    let (day, month, year) = (value_of("day")?, value_of("month")?, value_of("year")?);
    Some(format!("{day}.{month}.{year} {}:{}", value_of("hour")?, value_of("minute")?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use portal_model::Lang;
    use wasm_bindgen_test::wasm_bindgen_test;
    use yew::Callback;
    wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

    /// The review's «18:48 UTC» of a winter evening.
    const AT: &str = "2026-12-07T18:48:00Z";

    #[wasm_bindgen_test]
    fn a_utc_instant_reads_on_the_services_clock_named_for_a_reader_elsewhere() {
        let uk = I18n::new(Lang::Uk, Callback::noop());
        assert_eq!(written(&uk, AT, Clock::Kyiv, "Europe/Berlin"), "07.12.2026 20:48 за київським часом");
        assert_eq!(written(&uk, AT, Clock::Minsk, "UTC"), "07.12.2026 21:48 за мінським часом");
        // Summer in Kyiv (UTC+3), and a day that begins there before UTC's.
        assert_eq!(written(&uk, "2026-07-13T21:30:00Z", Clock::Kyiv, "UTC"), "14.07.2026 00:30 за київським часом");
        assert_eq!(date("2026-07-13T21:30:00Z", Clock::Kyiv), "14.07.2026");
        assert_eq!(written(&uk, "—", Clock::Kyiv, "UTC"), "—");
    }

    #[wasm_bindgen_test]
    fn a_reader_in_the_services_zone_is_not_told_its_name() {
        let uk = I18n::new(Lang::Uk, Callback::noop());
        let kyiv = zone_of(&formatter(Some("Europe/Kyiv")));
        assert_eq!(written(&uk, AT, Clock::Kyiv, &kyiv), "07.12.2026 20:48", "Europe/Kyiv read as {kyiv}");
        assert_eq!(written(&uk, AT, Clock::Minsk, "Europe/Minsk"), "07.12.2026 21:48");
        assert_eq!(written(&uk, AT, Clock::Reader, "Europe/Berlin"), date_time(&uk, AT, Clock::Reader));
        assert!(!reader_zone().is_empty());
        // An appointment's time, already on its centre's clock.
        assert_eq!(named(&uk, "14.01.2026, 09:30".into(), Clock::Minsk, "UTC"), "14.01.2026, 09:30 за мінським часом");
        assert_eq!(named(&uk, "14.01.2026, 09:30".into(), Clock::Minsk, "Europe/Minsk"), "14.01.2026, 09:30");
        let utc_day = (Date::now() / 86_400_000.0).floor() as i64;
        assert!((today(Clock::Kyiv) - utc_day).abs() <= 1 && (today(Clock::Minsk) - utc_day).abs() <= 1);
    }
}
