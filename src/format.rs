//! Numbers, money and terms as people read them in each language.

use crate::i18n::I18n;
use fluent::FluentValue;
use portal_model::{Cost, Currency, Lang, OpeningHours, Term};

/// "1 050,00" in Ukrainian and Belarusian, "1,050.00" in English.
pub fn amount(lang: Lang, amount_minor: u64) -> String {
    portal_model::amount::written(lang, amount_minor)
}

pub fn cost(i18n: &I18n, cost: &Cost) -> String {
    match cost {
        Cost::Free => i18n.t("cost-free"),
        Cost::Fee { amount_minor, currency } => {
            let id = match currency {
                Currency::UAH => "cost-fee-uah",
                Currency::BYN => "cost-fee-byn",
            };
            i18n.t_args(id, &[("amount", FluentValue::from(amount(i18n.lang, *amount_minor)))])
        }
    }
}

pub fn term(i18n: &I18n, term: &Term) -> String {
    match term {
        Term::Immediate => i18n.t("term-immediate"),
        Term::WorkingDays { days } => i18n.t_args("term-working-days", &[("days", FluentValue::from(*days))]),
        Term::CalendarDays { days } => i18n.t_args("term-calendar-days", &[("days", FluentValue::from(*days))]),
    }
}

/// "2023-04-04" as "04.04.2023" (dd.mm.yyyy in every language).
pub fn date(iso: &str) -> String {
    match (iso.get(0..4), iso.get(5..7), iso.get(8..10)) {
        (Some(y), Some(m), Some(d)) => format!("{d}.{m}.{y}"),
        _ => iso.to_owned(),
    }
}

/// "Пн–Пт 08:00–20:00": weekday names from Fluent (`weekday-1` … `weekday-7`).
pub fn opening_hours(i18n: &I18n, hours: &OpeningHours) -> String {
    let day = |n: u8| i18n.t(&format!("weekday-{n}"));
    let days = if hours.from_day == hours.to_day {
        day(hours.from_day)
    } else {
        format!("{}–{}", day(hours.from_day), day(hours.to_day))
    };
    format!("{days} {}–{}", hours.open, hours.close)
}

/// A file size for people, in the page's language: «600 Б», «2,9 МБ»,
/// "2.9 MB" (bytes, KB or MB, one decimal at most).
pub fn file_size(i18n: &I18n, bytes: u64) -> String {
    // Tenths of the unit in whole numbers: formatting floats would bring
    // the standard library's float printing into the SPA (about 2 KB).
    let one_decimal = |unit: u64| {
        let tenths = (bytes * 10 + unit / 2) / unit;
        let sign = if i18n.lang == Lang::En { '.' } else { ',' };
        format!("{}{sign}{}", tenths / 10, tenths % 10)
    };
    let (id, n) = match bytes {
        0..1_024 => ("file-size-bytes", bytes.to_string()),
        1_024..1_048_576 => ("file-size-kb", one_decimal(1_024)),
        _ => ("file-size-mb", one_decimal(1_048_576)),
    };
    i18n.t_args(id, &[("n", FluentValue::from(n))])
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;
    wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

    #[wasm_bindgen_test]
    fn groups_thousands_per_language() {
        assert_eq!(amount(Lang::En, 105_000), "1,050.00");
        assert_eq!(amount(Lang::Uk, 105_000), "1\u{a0}050,00");
        assert_eq!(amount(Lang::Be, 4_000), "40,00");
        assert_eq!(amount(Lang::En, 5_000_000), "50,000.00");
        assert_eq!(amount(Lang::En, 7), "0.07");
    }
}
