//! What a new draft starts with: the cabinet's data put into the form's
//! fields of the same meaning, so that nobody types again what the portal
//! knows — who applies (for oneself), the name, phone, e-mail, postal code
//! and address, and the documents given at registration: a Ukrainian's
//! РНОКПП and passport, a Belarusian's personal identification number and
//! passport (into the Belarusian fields, `personal_number`).
//!
//! Only what the form asks and its field takes: an answer to no question
//! would make the new draft unsavable, and one the field refuses (a
//! Belarusian postal code in a Ukrainian form's five-digit field) is better
//! typed than shown wrong. The SPA prefills a new draft with it; the API's
//! form check (`forms::form_problems`) makes sure every form takes it.

use crate::account::Profile;
use crate::form::{Answers, FieldKind, FormDefinition, check_text};
use crate::validation::Country;
use serde_json::Value;

/// The field ids the cabinet's data goes to, with the data.
fn from_profile(profile: &Profile) -> [(&'static str, &str); 8] {
    let number_field = match profile.country {
        Country::UA => "rnokpp",
        Country::BY => "personal_number",
    };
    [
        ("applicant_kind", "self"),
        ("full_name", &profile.full_name),
        ("phone", &profile.phone),
        ("email", &profile.email),
        ("postal_code", &profile.postal_code),
        ("address", &profile.address),
        (number_field, &profile.personal_number),
        ("passport_number", &profile.passport),
    ]
}

fn takes(kind: &FieldKind, value: &str) -> bool {
    !value.trim().is_empty() && check_text(kind, value).is_ok()
}

impl FormDefinition {
    /// A new draft's answers from the cabinet's `profile` (see the module).
    pub fn prefilled(&self, profile: &Profile) -> Answers {
        let mut answers = Answers::new();
        for (id, value) in from_profile(profile) {
            let field = self.steps.iter().flat_map(|step| &step.fields).find(|field| field.id == id);
            if field.is_some_and(|field| takes(&field.kind, value)) {
                answers.insert(id.to_owned(), Value::String(value.to_owned()));
            }
        }
        answers
    }

    /// The cabinet's data this form has a field for but refuses (by id):
    /// none, for a sound form and a profile of the field's country.
    pub fn prefill_refused(&self, profile: &Profile) -> Vec<&'static str> {
        let taken = self.prefilled(profile);
        from_profile(profile)
            .into_iter()
            .filter(|(id, value)| !value.trim().is_empty() && !taken.contains_key(*id))
            .filter(|(id, _)| self.steps.iter().flat_map(|step| &step.fields).any(|field| field.id == *id))
            .map(|(id, _)| id)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::{ChoiceOption, Field, Step};
    use crate::localized::Localized;
    use serde_json::json;

    fn field(id: &str, kind: FieldKind) -> Field {
        let label = Localized { uk: id.into(), be: id.into(), en: id.into() };
        Field { id: id.into(), label, help: None, kind, required: true, shown_when: None }
    }

    fn form(fields: Vec<Field>) -> FormDefinition {
        let title = Localized { uk: "Заявник".into(), be: "Заяўнік".into(), en: "Applicant".into() };
        FormDefinition {
            service_id: "test".into(),
            version: 2,
            steps: vec![Step { id: "applicant".into(), title, fields }],
        }
    }

    fn text(max_len: u32) -> FieldKind {
        FieldKind::Text { max_len, multiline: false }
    }

    fn ukrainian() -> Profile {
        Profile {
            email: "petro@example.com".into(),
            full_name: "Петренко Петро Петрович".into(),
            phone: "+380501234567".into(),
            postal_code: "01001".into(),
            address: "м. Київ, вул. Хрещатик, 1".into(),
            region: "м. Київ".into(),
            country: Country::UA,
            personal_number: "1234567899".into(),
            passport: "АА 123456".into(),
        }
    }

    fn belarusian() -> Profile {
        Profile {
            country: Country::BY,
            personal_number: "3140582A001PB3".into(),
            passport: "MP1234567".into(),
            postal_code: "220030".into(),
            phone: "+375291234567".into(),
            ..ukrainian()
        }
    }

    /// The usability review (2026-12): the РНОКПП, passport and postal code
    /// given at registration were typed again in every form.
    #[test]
    fn a_ukrainian_form_gets_the_rnokpp_passport_and_postal_code() {
        let who =
            FieldKind::Choice { options: vec![ChoiceOption { value: "self".into(), label: Localized::default() }] };
        let form = form(vec![
            field("applicant_kind", who),
            field("full_name", text(200)),
            field("rnokpp", FieldKind::Rnokpp),
            field("passport_number", text(12)),
            field("phone", FieldKind::Phone),
            field("email", FieldKind::Email),
            field("postal_code", text(5)),
            field("address", FieldKind::Address),
        ]);
        let prefilled = serde_json::Value::Object(form.prefilled(&ukrainian()));
        assert_eq!(
            prefilled,
            json!({"applicant_kind": "self", "full_name": "Петренко Петро Петрович", "rnokpp": "1234567899",
                   "passport_number": "АА 123456", "phone": "+380501234567", "email": "petro@example.com",
                   "postal_code": "01001", "address": "м. Київ, вул. Хрещатик, 1"})
        );
        assert_eq!(form.prefill_refused(&ukrainian()), Vec::<&str>::new());
        // A Belarusian's number is no РНОКПП, and the six-digit postal code
        // does not fit: left to type, and told by the check.
        let theirs = form.prefilled(&belarusian());
        assert!(!theirs.contains_key("rnokpp") && !theirs.contains_key("postal_code"), "{theirs:?}");
        assert_eq!(theirs["passport_number"], "MP1234567");
        assert_eq!(form.prefill_refused(&belarusian()), ["postal_code"]);
    }

    #[test]
    fn a_belarusian_form_gets_a_belarusians_personal_number() {
        let form = form(vec![
            field("full_name", text(200)),
            field("personal_number", FieldKind::ByPersonalNumber),
            field("passport_number", text(12)),
        ]);
        let prefilled = serde_json::Value::Object(form.prefilled(&belarusian()));
        assert_eq!(
            prefilled,
            json!({"full_name": "Петренко Петро Петрович", "personal_number": "3140582A001PB3",
                   "passport_number": "MP1234567"})
        );
        // A Ukrainian's РНОКПП goes to no Belarusian field; nothing blank is put.
        let mut ukrainian = ukrainian();
        ukrainian.passport = " ".into();
        assert_eq!(
            serde_json::Value::Object(form.prefilled(&ukrainian)),
            json!({"full_name": "Петренко Петро Петрович"})
        );
    }
}
