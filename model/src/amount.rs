//! An amount of money as each language writes it: `1 234,50` in Ukrainian
//! and Belarusian (a no-break space between thousands), `1,234.50` in
//! English. Used by the SPA and by the pages the server renders.

use crate::lang::Lang;

pub fn written(lang: Lang, amount_minor: u64) -> String {
    let (group, decimal) = match lang {
        Lang::En => (',', '.'),
        Lang::Uk | Lang::Be => ('\u{a0}', ','),
    };
    let whole = (amount_minor / 100).to_string();
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(group);
        }
        grouped.push(digit);
    }
    format!("{grouped}{decimal}{:02}", amount_minor % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_and_decimals_follow_the_language() {
        assert_eq!(written(Lang::Uk, 123_450), "1\u{a0}234,50");
        assert_eq!(written(Lang::En, 123_450), "1,234.50");
        assert_eq!(written(Lang::Be, 5), "0,05");
    }
}
