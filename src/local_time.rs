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
    let Some((time, zone)) = on_clock(at, clock.zone()) else { return at.to_owned() };
    let id = match clock {
        _ if zone == reader_zone => return time,
        Clock::Kyiv => "time-in-kyiv",
        Clock::Minsk => "time-in-minsk",
        Clock::Reader => return time,
    };
    i18n.t_args(id, &[("time", time.into())])
}

/// The day `at` falls on by `clock`, as `dd.mm.yyyy`.
pub fn date(at: &str, clock: Clock) -> String {
    on_clock(at, clock.zone()).map_or_else(|| at.to_owned(), |(time, _)| time[..10].to_owned())
}

/// The zone the browser keeps, as its `Intl` names it.
pub fn reader_zone() -> String {
    zone_of(&DateTimeFormat::new(&Array::new(), &Object::new()))
}

fn zone_of(format: &DateTimeFormat) -> String {
    Reflect::get(&format.resolved_options(), &"timeZone".into()).ok().and_then(|z| z.as_string()).unwrap_or_default()
}

/// `at` as `dd.mm.yyyy hh:mm` in `zone` (the reader's when `None`), and
/// that zone as the browser names it (so that an alias compares equal).
fn on_clock(at: &str, zone: Option<&str>) -> Option<(String, String)> {
    let date = Date::new(&JsValue::from_str(at));
    if date.get_time().is_nan() {
        return None;
    }
    let options = Object::new();
    let set = |key: &str, value: &str| Reflect::set(&options, &key.into(), &value.into());
    for (key, value) in [("year", "numeric"), ("month", "2-digit"), ("day", "2-digit")] {
        set(key, value).ok()?;
    }
    for (key, value) in [("hour", "2-digit"), ("minute", "2-digit"), ("hourCycle", "h23")] {
        set(key, value).ok()?;
    }
    if let Some(zone) = zone {
        set("timeZone", zone).ok()?;
    }
    // (Latin digits and a 24-hour clock whatever the page's language; the
    // parts are put in the portal's own order.)
    let format = DateTimeFormat::new(&Array::of1(&"en-GB".into()), &options);
    let parts = format.format_to_parts(&date);
    let value_of = |kind: &str| {
        parts.iter().find_map(|p| {
            let is = Reflect::get(&p, &"type".into()).ok()?.as_string()? == kind;
            is.then(|| Reflect::get(&p, &"value".into()).ok()?.as_string()).flatten()
        })
    };
    let time = format!(
        "{}.{}.{} {}:{}",
        value_of("day")?,
        value_of("month")?,
        value_of("year")?,
        value_of("hour")?,
        value_of("minute")?
    );
    Some((time, zone_of(&format)))
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
        let kyiv = zone_of(&DateTimeFormat::new(&Array::new(), &{
            let options = Object::new();
            Reflect::set(&options, &"timeZone".into(), &"Europe/Kyiv".into()).unwrap();
            options
        }));
        assert_eq!(written(&uk, AT, Clock::Kyiv, &kyiv), "07.12.2026 20:48", "Europe/Kyiv read as {kyiv}");
        assert_eq!(written(&uk, AT, Clock::Minsk, "Europe/Minsk"), "07.12.2026 21:48");
        assert_eq!(written(&uk, AT, Clock::Reader, "Europe/Berlin"), date_time(&uk, AT, Clock::Reader));
        assert!(!reader_zone().is_empty());
    }
}
