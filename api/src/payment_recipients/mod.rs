//! Who receives the fees paid by order code, per country: the account a
//! payment slip, the order's page and the payment QR code name.
//!
//! The catalogue names no accounts, so they are configuration: a JSON file
//! (`--payment-recipients`, e.g. the treasury accounts of a deployment's
//! providers) or, without one, the demonstration accounts shipped in
//! `api/seed/payment_recipients.json`. Every recipient is checked at start
//! (an IBAN whose check digits fail, an unknown key, a missing field) and a
//! bad one stops the portal with the reason: a slip must never name an
//! account a bank refuses, nor silently lose the IBAN.
//!
//! Its own area, below orders (whose page names the recipient) and
//! payments (the slip and the QR code).
//!
//! Owns: no table (a file read at start). No routes.
//! May use: nothing of the portal's but the model.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

/// The demonstration recipients, used without `--payment-recipients`.
const DEMO: &str = include_str!("../../seed/payment_recipients.json");

/// Longest recipient name the NBU payment QR code carries (element 6).
pub const MAX_NAME_CHARS: usize = 70;

/// Who receives a country's fees.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Recipient {
    pub name: String,
    pub iban: String,
    /// ЄДРПОУ (Ukraine, 8 digits; or a РНОКПП, 10) or УНП (Belarus, 9).
    pub code: String,
}

/// Every country's recipient, checked.
#[derive(Clone, Debug, Default)]
pub struct PaymentRecipients(Arc<BTreeMap<String, Recipient>>);

impl PaymentRecipients {
    /// The file given, or the demonstration accounts without one.
    pub fn load(file: Option<&Path>) -> Result<PaymentRecipients, String> {
        match file {
            None => {
                PaymentRecipients::parse(DEMO).map_err(|problem| format!("api/seed/payment_recipients.json: {problem}"))
            }
            Some(file) => {
                let text = std::fs::read_to_string(file)
                    .map_err(|error| format!("cannot read the payment recipients {}: {error}", file.display()))?;
                PaymentRecipients::parse(&text).map_err(|problem| format!("{}: {problem}", file.display()))
            }
        }
    }

    /// Reads and checks recipients: an object of two-letter country codes
    /// (keys starting with `_` are comments).
    pub fn parse(text: &str) -> Result<PaymentRecipients, String> {
        let all: BTreeMap<String, serde_json::Value> =
            serde_json::from_str(text).map_err(|error| format!("not a JSON object of recipients: {error}"))?;
        let mut recipients = BTreeMap::new();
        for (country, value) in all.into_iter().filter(|(key, _)| !key.starts_with('_')) {
            let recipient: Recipient = serde_json::from_value(value)
                .map_err(|error| format!("the recipient for {country:?} is malformed: {error}"))?;
            check(&country, &recipient).map_err(|problem| format!("the recipient for {country:?}: {problem}"))?;
            recipients.insert(country, recipient);
        }
        Ok(PaymentRecipients(Arc::new(recipients)))
    }

    /// The recipient of a country's fees (`UA`, `BY`), if one is configured.
    pub fn of(&self, country: &str) -> Option<&Recipient> {
        self.0.get(country)
    }
}

/// What is wrong with a country's recipient, if anything.
fn check(country: &str, recipient: &Recipient) -> Result<(), String> {
    let (iban_length, code_lengths): (usize, &[usize]) = match country {
        "UA" => (29, &[8, 10]),
        "BY" => (28, &[9]),
        _ => return Err("only UA and BY are known countries".into()),
    };
    let name = recipient.name.trim();
    if name.is_empty() || name.chars().count() > MAX_NAME_CHARS || name.chars().any(char::is_control) {
        return Err(format!("the name must be 1 to {MAX_NAME_CHARS} characters on one line"));
    }
    let iban = &recipient.iban;
    if !iban.starts_with(country) || iban.len() != iban_length {
        return Err(format!("the IBAN {iban:?} must start with {country} and have {iban_length} characters"));
    }
    if !iban_holds(iban) {
        return Err(format!("the IBAN {iban:?} fails its check digits (ISO 13616, MOD 97-10)"));
    }
    let code = &recipient.code;
    if !code_lengths.contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("the code {code:?} must be {code_lengths:?} digits"));
    }
    Ok(())
}

/// Whether an IBAN's check digits hold: capitals and digits only, the
/// first four characters moved to the end, letters as 10–35, mod 97 is 1.
pub fn iban_holds(iban: &str) -> bool {
    if iban.len() < 5 || !iban.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()) {
        return false;
    }
    let (head, rest) = iban.split_at(4);
    let remainder = rest.chars().chain(head.chars()).fold(0u32, |remainder, c| {
        let value = c.to_digit(36).unwrap_or(0);
        let shift = if value >= 10 { 100 } else { 10 };
        (remainder * shift + value) % 97
    });
    remainder == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demonstration_recipients_check_and_none_is_lost() {
        let recipients = PaymentRecipients::load(None).unwrap();
        for country in ["UA", "BY"] {
            let recipient = recipients.of(country).unwrap_or_else(|| panic!("{country} has a recipient"));
            assert!(iban_holds(&recipient.iban), "{country}: {}", recipient.iban);
        }
    }

    #[test]
    fn iban_check_digits_catch_a_wrong_digit() {
        assert!(iban_holds("UA218999980000000000000000001"));
        assert!(iban_holds("GB82WEST12345698765432"), "the ISO 13616 example");
        assert!(!iban_holds("UA218999980000000000000000002"));
        assert!(!iban_holds("BY00DEMO00000000000000000000"), "the demo IBAN before the fix");
        assert!(!iban_holds("ua218999980000000000000000001"));
    }

    #[test]
    fn a_bad_recipient_is_refused_with_its_reason() {
        let refused = |text: &str| PaymentRecipients::parse(text).unwrap_err();
        let good = r#""name": "Казначейство", "iban": "UA218999980000000000000000001", "code": "00000000""#;
        assert!(PaymentRecipients::parse(&format!("{{\"_comment\": \"x\", \"UA\": {{{good}}}}}")).is_ok());
        let bad_iban = good.replace("001\"", "002\"");
        assert!(refused(&format!("{{\"UA\": {{{bad_iban}}}}}")).contains("check digits"));
        let no_iban = r#"{"UA": {"name": "Казначейство", "code": "00000000"}}"#;
        assert!(refused(no_iban).contains("malformed"), "a missing IBAN is not dropped silently");
        let extra = format!("{{\"UA\": {{{good}, \"ibna\": \"x\"}}}}");
        assert!(refused(&extra).contains("unknown field"));
        assert!(refused(&format!("{{\"PL\": {{{good}}}}}")).contains("known countries"));
        assert!(refused(&format!("{{\"UA\": {{{}}}}}", good.replace("00000000\"", "123\""))).contains("digits"));
        assert!(refused("[1, 2]").contains("JSON object"));
    }
}
