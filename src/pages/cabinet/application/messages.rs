//! The message of a field's problem, by the field's kind: the form's fields
//! are data, so their messages are per kind rather than per field.

use portal_model::form::FieldKind;
use portal_model::validation::FieldError;

/// The Fluent id of the message for `code` on a field of `kind`.
pub fn problem_id(kind: &FieldKind, code: FieldError) -> &'static str {
    match (code, kind) {
        (FieldError::Required, FieldKind::Attachment { .. }) => "validation-form-attachment",
        (FieldError::Required, FieldKind::Consent) => "validation-form-consent",
        (FieldError::Required, _) => "validation-required",
        (FieldError::Characters, _) => "validation-characters",
        (FieldError::Checksum, FieldKind::Edrpou) => "validation-checksum-edrpou",
        (FieldError::Checksum, _) => "validation-checksum-rnokpp",
        (_, FieldKind::Text { .. } | FieldKind::Address) => "validation-form-text",
        (_, FieldKind::Number { .. }) => "validation-form-number",
        (_, FieldKind::Date) => "validation-form-date",
        (_, FieldKind::Choice { .. } | FieldKind::MultiChoice { .. } | FieldKind::YesNo) => "validation-form-choice",
        (_, FieldKind::Consent) => "validation-form-consent",
        (_, FieldKind::Rnokpp) => "validation-format-rnokpp",
        (_, FieldKind::ByPersonalNumber) => "validation-format-personal-number",
        (_, FieldKind::Edrpou) => "validation-form-edrpou",
        (_, FieldKind::Phone) => "validation-format-phone",
        (_, FieldKind::Email) => "validation-format-email",
        (_, FieldKind::Money) => "validation-form-money",
        (_, FieldKind::Group { .. }) => "validation-form-group",
        (_, FieldKind::Attachment { .. }) => "validation-form-attachment",
    }
}
