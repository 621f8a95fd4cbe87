//! Registration by e-mail and password, with the Ministry of Justice fields
//! (seed 002): full name, РНОКПП, passport, phone, postal code, address,
//! region. A citizen of Belarus gives the Belarusian documents instead: the
//! personal identification number and the passport in its own format (the
//! form's `country`). The same rules run in the SPA (beside each field) and
//! in the API.

use crate::validation::{self, Country, FieldError};
use serde::{Deserialize, Serialize};

pub const MIN_PASSWORD_LEN: usize = 10;
/// Bytes; longer passwords are refused before any hashing.
pub const MAX_PASSWORD_LEN: usize = 1024;
pub const MAX_FIELD_LEN: usize = 200;
/// The longest e-mail address SMTP can carry (RFC 5321).
pub const MAX_EMAIL_LEN: usize = 254;

/// What the registration form sends.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RegistrationForm {
    pub email: String,
    pub password: String,
    pub full_name: String,
    /// Whose documents follow: Ukraine's (`rnokpp`, `passport`) or
    /// Belarus's (`personal_number`, `by_passport`); the others are ignored.
    pub country: Country,
    pub rnokpp: String,
    pub passport: String,
    pub personal_number: String,
    pub by_passport: String,
    pub phone: String,
    pub postal_code: String,
    pub address: String,
    pub region: String,
}

/// One field's problem: the field's name and why (the SPA shows
/// `validation-<code>`).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldProblem {
    pub field: String,
    pub code: FieldError,
}

/// A registration whose fields passed, normalised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidRegistration {
    pub email: String,
    pub password: String,
    pub full_name: String,
    pub country: Country,
    /// The РНОКПП, or for Belarus the personal identification number.
    pub rnokpp: String,
    /// The passport in its country's format.
    pub passport: String,
    pub phone: String,
    pub postal_code: String,
    pub address: String,
    pub region: String,
}

pub fn email(raw: &str) -> Result<String, FieldError> {
    let value = validation::typed_text(raw)?;
    let value = value.as_str();
    if value.is_empty() {
        return Err(FieldError::Required);
    }
    let (local, domain) = value.split_once('@').ok_or(FieldError::Format)?;
    let ok = !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !value.chars().any(char::is_whitespace)
        && value.matches('@').count() == 1
        && value.len() <= MAX_EMAIL_LEN;
    if ok { Ok(value.to_lowercase()) } else { Err(FieldError::Format) }
}

pub fn password(raw: &str) -> Result<String, FieldError> {
    if raw.is_empty() {
        return Err(FieldError::Required);
    }
    if raw.chars().count() < MIN_PASSWORD_LEN || raw.len() > MAX_PASSWORD_LEN {
        return Err(FieldError::Format);
    }
    Ok(raw.to_owned())
}

fn text(raw: &str) -> Result<String, FieldError> {
    let value = validation::typed_text(raw)?;
    if value.is_empty() {
        Err(FieldError::Required)
    } else if value.chars().count() > MAX_FIELD_LEN {
        Err(FieldError::Format)
    } else {
        Ok(value)
    }
}

/// Collects every field's problem, so a form reports all of them at once.
#[derive(Default)]
struct Checker {
    problems: Vec<FieldProblem>,
}

impl Checker {
    /// The normalised value, or an empty one with the problem noted.
    fn field(&mut self, field: &str, result: Result<String, FieldError>) -> String {
        result.unwrap_or_else(|code| {
            self.problems.push(FieldProblem { field: field.to_owned(), code });
            String::new()
        })
    }

    fn finish<T>(self, valid: T) -> Result<T, Vec<FieldProblem>> {
        if self.problems.is_empty() { Ok(valid) } else { Err(self.problems) }
    }
}

/// Belarusian numbers go with Belarusian postal codes.
fn country_of(phone: &str) -> Country {
    if phone.starts_with("+375") { Country::BY } else { Country::UA }
}

impl RegistrationForm {
    /// Every field checked; all problems at once, so each is shown beside
    /// its field.
    pub fn validate(&self) -> Result<ValidRegistration, Vec<FieldProblem>> {
        let mut check = Checker::default();
        let email = check.field("email", email(&self.email));
        let password = check.field("password", password(&self.password));
        let full_name = check.field("full_name", text(&self.full_name));
        let (rnokpp, passport) = match self.country {
            Country::UA => (
                check.field("rnokpp", validation::rnokpp(&self.rnokpp)),
                check.field("passport", validation::passport(&self.passport)),
            ),
            Country::BY => (
                check.field("personal_number", validation::by_personal_number(&self.personal_number)),
                check.field("by_passport", validation::by_passport(&self.by_passport)),
            ),
        };
        let phone = check.field("phone", validation::phone(&self.phone));
        let valid = ValidRegistration {
            email,
            password,
            full_name,
            country: self.country,
            rnokpp,
            passport,
            postal_code: check.field("postal_code", validation::postal_code(&self.postal_code, country_of(&phone))),
            address: check.field("address", text(&self.address)),
            region: check.field("region", text(&self.region)),
            phone,
        };
        check.finish(valid)
    }
}

/// What the cabinet's «Персональні дані» tab sends (the e-mail is read-only).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PersonalDataForm {
    pub full_name: String,
    pub region: String,
    pub address: String,
    pub postal_code: String,
    pub phone: String,
}

impl PersonalDataForm {
    /// Every field checked with the registration rules; normalised on success.
    pub fn validate(&self) -> Result<PersonalDataForm, Vec<FieldProblem>> {
        let mut check = Checker::default();
        let phone = check.field("phone", validation::phone(&self.phone));
        let valid = PersonalDataForm {
            full_name: check.field("full_name", text(&self.full_name)),
            region: check.field("region", text(&self.region)),
            address: check.field("address", text(&self.address)),
            postal_code: check.field("postal_code", validation::postal_code(&self.postal_code, country_of(&phone))),
            phone,
        };
        check.finish(valid)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub fn good_form() -> RegistrationForm {
        RegistrationForm {
            email: " Petro@Example.UA ".into(),
            password: "correct horse battery".into(),
            full_name: "Петренко Петро Петрович".into(),
            rnokpp: "1234567899".into(),
            passport: "АА 123456".into(),
            phone: "+380 44 253 54 85".into(),
            postal_code: "01001".into(),
            address: "Київ, вул. Хрещатик, 1".into(),
            region: "Київська область".into(),
            ..RegistrationForm::default()
        }
    }

    #[test]
    fn a_good_form_is_normalised() {
        let valid = good_form().validate().unwrap();
        assert_eq!(valid.email, "petro@example.ua");
        assert_eq!(valid.phone, "+380442535485");
    }

    #[test]
    fn every_bad_field_is_reported_at_once() {
        let form = RegistrationForm {
            email: "not-an-email".into(),
            rnokpp: "1234567890".into(),
            password: "short".into(),
            ..good_form()
        };
        let problems = form.validate().unwrap_err();
        let fields: Vec<(&str, FieldError)> = problems.iter().map(|p| (p.field.as_str(), p.code)).collect();
        assert_eq!(
            fields,
            [("email", FieldError::Format), ("password", FieldError::Format), ("rnokpp", FieldError::Checksum)]
        );
        let empty = RegistrationForm::default().validate().unwrap_err();
        assert_eq!(empty.len(), 9, "all nine fields are required");
        assert!(empty.iter().all(|p| p.code == FieldError::Required));
    }

    #[test]
    fn a_citizen_of_belarus_gives_the_belarusian_documents() {
        let form = RegistrationForm {
            country: Country::BY,
            rnokpp: String::new(),
            passport: String::new(),
            personal_number: " 3010190а001рв1 ".into(),
            by_passport: "МР 1234567".into(),
            phone: "+375 29 123 45 67".into(),
            postal_code: "220030".into(),
            ..good_form()
        };
        let valid = form.validate().unwrap();
        assert_eq!(
            (valid.country, valid.rnokpp.as_str(), valid.passport.as_str()),
            (Country::BY, "3010190A001PB1", "MP1234567")
        );
        let wrong =
            RegistrationForm { personal_number: "3010190Z001PB1".into(), by_passport: "MP123456".into(), ..form };
        let problems = wrong.validate().unwrap_err();
        let fields: Vec<(&str, FieldError)> = problems.iter().map(|p| (p.field.as_str(), p.code)).collect();
        assert_eq!(fields, [("personal_number", FieldError::Format), ("by_passport", FieldError::Format)]);
    }

    #[test]
    fn hidden_characters_are_refused_in_every_typed_field() {
        let form = RegistrationForm {
            email: "petro@example.ua\r\nRCPT TO:<x@evil.example>".into(),
            full_name: "Петренко\u{0}".into(),
            address: "Київ \u{202E}1 .лув".into(),
            region: "Київська\nобласть".into(),
            ..good_form()
        };
        let problems = form.validate().unwrap_err();
        let fields: Vec<(&str, FieldError)> = problems.iter().map(|p| (p.field.as_str(), p.code)).collect();
        assert_eq!(
            fields,
            [
                ("email", FieldError::Characters),
                ("full_name", FieldError::Characters),
                ("address", FieldError::Characters),
                ("region", FieldError::Characters)
            ]
        );
    }

    #[test]
    fn personal_data_uses_the_same_rules() {
        let form = PersonalDataForm {
            full_name: " Петренко Петро ".into(),
            region: "Київська область".into(),
            address: "Київ".into(),
            postal_code: "01001".into(),
            phone: "+380 44 253 54 85".into(),
        };
        let valid = form.validate().unwrap();
        assert_eq!((valid.full_name.as_str(), valid.phone.as_str()), ("Петренко Петро", "+380442535485"));
        let bad = PersonalDataForm { phone: "442535485".into(), ..form };
        assert_eq!(bad.validate().unwrap_err(), [FieldProblem { field: "phone".into(), code: FieldError::Format }]);
    }

    #[test]
    fn belarusian_phone_takes_a_six_digit_postal_code() {
        let form = RegistrationForm { phone: "+375291234567".into(), postal_code: "220030".into(), ..good_form() };
        assert!(form.validate().is_ok());
        let form = RegistrationForm { phone: "+375291234567".into(), postal_code: "01001".into(), ..good_form() };
        assert_eq!(form.validate().unwrap_err()[0].field, "postal_code");
    }
}
