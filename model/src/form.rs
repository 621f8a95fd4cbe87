//! Application forms as data (issue 12): a form is steps of fields, each
//! with its rules, some shown only when another answer says so, and
//! repeatable groups ("each vehicle"). The same definition is rendered by
//! the SPA and checked by both sides — as the user types and on «Далі» in
//! the browser, on every save and on submit in the API — with the checks
//! below: one definition, no second copy.
//!
//! Answers are JSON, keyed by field id: text-like kinds are strings (a date
//! `dd.mm.yyyy`, money `1234.50`), yes/no a boolean, a multiple choice an
//! array of option values, a group an array of answer objects, an
//! attachment an object describing the uploaded file.

use crate::localized::Localized;
use crate::registration::{self, FieldProblem};
use crate::validation::{self, FieldError};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::HashSet;

/// Answers of a form, by field id.
pub type Answers = Map<String, Value>;

/// The longest text a text field takes unless its definition says less.
pub const DEFAULT_MAX_LEN: u32 = 200;
/// The most a repeatable group holds unless its definition says less.
pub const DEFAULT_GROUP_MAX: u32 = 20;

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormDefinition {
    pub service_id: String,
    /// Changes whenever the form does; a draft remembers the version it was
    /// made with.
    pub version: u32,
    pub steps: Vec<Step>,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub id: String,
    pub title: Localized,
    pub fields: Vec<Field>,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field {
    /// Unique in the form (in a group: unique in the group).
    pub id: String,
    pub label: Localized,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<Localized>,
    pub kind: FieldKind,
    #[serde(default)]
    pub required: bool,
    /// Asked only when another answer says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shown_when: Option<Condition>,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
// Externally tagged (`{"text": {"max_len": 200}}`, `"date"`): an internal
// `type` tag would make serde buffer every field of a form before reading
// it, and that code costs the SPA's first load more than the form page.
#[serde(rename_all = "snake_case")]
pub enum FieldKind {
    Text {
        #[serde(default = "default_max_len")]
        max_len: u32,
        #[serde(default)]
        multiline: bool,
    },
    /// A whole number.
    Number {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<i64>,
    },
    /// `dd.mm.yyyy`.
    Date,
    Choice {
        options: Vec<ChoiceOption>,
    },
    MultiChoice {
        options: Vec<ChoiceOption>,
    },
    YesNo,
    /// A box the applicant must tick (the consent): only `true` counts as
    /// answered.
    Consent,
    /// A postal address, one line.
    Address,
    /// РНОКПП: 10 digits with a check digit.
    Rnokpp,
    /// The Belarusian personal identification number: 14 characters
    /// (`validation::by_personal_number`).
    ByPersonalNumber,
    /// ЄДРПОУ: 8 digits with a check digit.
    Edrpou,
    Phone,
    Email,
    /// An amount with up to two decimals (`1234.50`, a comma also read).
    Money,
    /// Repeated entries of the same fields ("each vehicle").
    Group {
        // (The schema stops here rather than describe fields in fields forever.)
        #[cfg_attr(feature = "openapi", schema(no_recursion))]
        fields: Vec<Field>,
        #[serde(default)]
        min: u32,
        #[serde(default = "default_group_max")]
        max: u32,
    },
    /// A file: one of the service's documents (`document` is its id in the
    /// catalogue).
    Attachment {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        document: Option<String>,
    },
}

fn default_max_len() -> u32 {
    DEFAULT_MAX_LEN
}

fn default_group_max() -> u32 {
    DEFAULT_GROUP_MAX
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChoiceOption {
    pub value: String,
    pub label: Localized,
}

/// Shown when the answer to `field` (in the same scope: the form, or the
/// same group entry) is `equals`, or, for a multiple choice, holds it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Condition {
    pub field: String,
    pub equals: Value,
}

impl Condition {
    pub fn holds(&self, answers: &Answers) -> bool {
        match answers.get(&self.field) {
            Some(Value::Array(values)) => values.contains(&self.equals),
            Some(value) => *value == self.equals,
            None => false,
        }
    }
}

/// How much of a form a check covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// A draft being saved: what is there must be well-formed, nothing is
    /// required yet.
    Draft,
    /// «Далі» on one step (by index): that step complete.
    Step(usize),
    /// Submitting: every step complete.
    Submit,
}

impl FormDefinition {
    /// Every problem of `answers` within `scope`, each under the path of its
    /// field (`vehicles.1.plate` inside a group). Answers of fields not shown
    /// are not checked (they are not submitted either: [`Self::asked_answers`]),
    /// nor answers to no question of this form ([`Self::save_problems`] says
    /// whether those may be kept).
    ///
    /// For a draft (`Scope::Draft`) these are advice: a draft keeps what was
    /// typed, right or not; only «Далі» and submitting refuse.
    pub fn problems(&self, answers: &Answers, scope: Scope) -> Vec<FieldProblem> {
        let mut problems = Vec::new();
        for (index, step) in self.steps.iter().enumerate() {
            let required = match scope {
                Scope::Draft => false,
                Scope::Step(current) => index == current,
                Scope::Submit => true,
            };
            if matches!(scope, Scope::Step(current) if current != index) {
                continue;
            }
            check_fields(&step.fields, answers, "", required, &mut problems);
        }
        problems
    }

    /// Why a draft's answers cannot be stored at all — not whether they are
    /// right, only whether they are answers this form can hold: the JSON
    /// type each field's kind takes (a string for a text, a list for a group
    /// or a multiple choice), within the size limits (each text up to
    /// [`MAX_STORED_TEXT`] characters, a group up to its `max` entries),
    /// without the characters refused everywhere (control and bidi marks).
    ///
    /// An answer to no question of this form is refused unless
    /// `keep_unknown`: a draft made with an earlier version of the form may
    /// hold answers to fields the form has since dropped; they are kept
    /// (checked only for size and characters), shown on the review as no
    /// longer asked, and not submitted.
    pub fn save_problems(&self, answers: &Answers, keep_unknown: bool) -> Vec<FieldProblem> {
        let fields: Vec<&Field> = self.steps.iter().flat_map(|step| &step.fields).collect();
        let mut problems = Vec::new();
        storable_answers(&fields, answers, "", keep_unknown, &mut problems);
        problems
    }

    /// The answers a submission sends: those to fields of this form that are
    /// shown (inside groups too), without answers to dropped or hidden fields,
    /// each in its kind's written form where it has one (`normal_form`).
    pub fn asked_answers(&self, answers: &Answers) -> Answers {
        let fields: Vec<&Field> = self.steps.iter().flat_map(|step| &step.fields).collect();
        asked(&fields, answers)
    }

    /// Answers to no question of this form (fields a newer version dropped),
    /// by path: the review shows them as no longer asked.
    pub fn dropped_answers<'a>(&self, answers: &'a Answers) -> Vec<(String, &'a Value)> {
        let fields: Vec<&Field> = self.steps.iter().flat_map(|step| &step.fields).collect();
        let mut found = Vec::new();
        dropped(&fields, answers, "", &mut found);
        found
    }

    /// The field a path names: `phone`, or `vehicles.1.registration` inside
    /// a repeatable group (the index within the group's limit).
    pub fn field_at(&self, path: &str) -> Option<&Field> {
        let mut parts = path.split('.');
        let mut fields: Vec<&Field> = self.steps.iter().flat_map(|step| &step.fields).collect();
        loop {
            let id = parts.next()?;
            let field = fields.into_iter().find(|field| field.id == id)?;
            match (&field.kind, parts.next()) {
                (_, None) => return Some(field),
                (FieldKind::Group { fields: inner, max, .. }, Some(index)) => {
                    let index: u32 = index.parse().ok()?;
                    if index >= *max {
                        return None;
                    }
                    fields = inner.iter().collect();
                }
                _ => return None,
            }
        }
    }

    /// Every attachment answer, with its path (inside groups too): the API
    /// checks that each names a file stored for that draft and field.
    pub fn attachment_answers<'a>(&self, answers: &'a Answers) -> Vec<(String, &'a Value)> {
        fn walk<'a>(fields: &[Field], answers: &'a Answers, prefix: &str, found: &mut Vec<(String, &'a Value)>) {
            for field in fields {
                let Some(value) = answers.get(&field.id).filter(|v| !is_blank(v)) else { continue };
                let path = format!("{prefix}{}", field.id);
                match (&field.kind, value) {
                    (FieldKind::Attachment { .. }, _) => found.push((path, value)),
                    (FieldKind::Group { fields, .. }, Value::Array(entries)) => {
                        for (n, entry) in entries.iter().enumerate() {
                            if let Value::Object(entry) = entry {
                                walk(fields, entry, &format!("{path}.{n}."), found);
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        let mut found = Vec::new();
        for step in &self.steps {
            walk(&step.fields, answers, "", &mut found);
        }
        found
    }

    /// The index of the step that holds field `id` (a top-level id, or the
    /// first part of a group path).
    pub fn step_of(&self, path: &str) -> Option<usize> {
        let id = path.split('.').next().unwrap_or(path);
        self.steps.iter().position(|step| step.fields.iter().any(|field| field.id == id))
    }

    /// The definition's own soundness: ids unique, conditions naming an
    /// earlier field of the same scope, every text in three languages,
    /// choices with options, sane limits. Checked for every form in tests.
    pub fn structure_problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.steps.is_empty() {
            problems.push(format!("{}: no steps", self.service_id));
        }
        let mut step_ids = HashSet::new();
        let mut seen = Vec::new();
        for step in &self.steps {
            if !step_ids.insert(step.id.as_str()) {
                problems.push(format!("step {}: id used twice", step.id));
            }
            if !step.title.missing().is_empty() {
                problems.push(format!("step {}: title missing in {:?}", step.id, step.title.missing()));
            }
            if step.fields.is_empty() {
                problems.push(format!("step {}: no fields", step.id));
            }
            fields_structure(&step.fields, &format!("step {}", step.id), &mut seen, &mut problems);
        }
        problems
    }
}

/// Reading a form from its JSON by hand, for the SPA: the derived
/// deserializers of these types cost its first load several KB (a visitor
/// per type and per list), more than this code. Gives the same as serde
/// (a test compares them on every form) or `None` for a malformed one.
impl FormDefinition {
    pub fn from_json(value: &Value) -> Option<FormDefinition> {
        Some(FormDefinition {
            service_id: text(value, "service_id")?,
            version: u32::try_from(value.get("version")?.as_u64()?).ok()?,
            steps: list(value, "steps", |step| {
                Some(Step { id: text(step, "id")?, title: localized(step.get("title")?)?, fields: fields(step)? })
            })?,
        })
    }
}

fn text(value: &Value, key: &str) -> Option<String> {
    value.get(key)?.as_str().map(str::to_owned)
}

fn list<T>(value: &Value, key: &str, item: impl Fn(&Value) -> Option<T>) -> Option<Vec<T>> {
    value.get(key)?.as_array()?.iter().map(item).collect()
}

fn localized(value: &Value) -> Option<Localized> {
    Some(Localized { uk: text(value, "uk")?, be: text(value, "be")?, en: text(value, "en")? })
}

fn fields(value: &Value) -> Option<Vec<Field>> {
    list(value, "fields", |field| {
        Some(Field {
            id: text(field, "id")?,
            label: localized(field.get("label")?)?,
            help: match field.get("help") {
                None | Some(Value::Null) => None,
                Some(help) => Some(localized(help)?),
            },
            kind: kind(field.get("kind")?)?,
            required: field.get("required").map_or(Some(false), Value::as_bool)?,
            shown_when: match field.get("shown_when") {
                None | Some(Value::Null) => None,
                Some(when) => Some(Condition { field: text(when, "field")?, equals: when.get("equals")?.clone() }),
            },
        })
    })
}

fn kind(value: &Value) -> Option<FieldKind> {
    // Externally tagged: `"date"`, or `{"text": {...}}`.
    if let Some(name) = value.as_str() {
        return Some(match name {
            "date" => FieldKind::Date,
            "yes_no" => FieldKind::YesNo,
            "consent" => FieldKind::Consent,
            "address" => FieldKind::Address,
            "rnokpp" => FieldKind::Rnokpp,
            "by_personal_number" => FieldKind::ByPersonalNumber,
            "edrpou" => FieldKind::Edrpou,
            "phone" => FieldKind::Phone,
            "email" => FieldKind::Email,
            "money" => FieldKind::Money,
            _ => return None,
        });
    }
    let (name, rules) = value.as_object()?.iter().next()?;
    let number = |key: &str| rules.get(key).and_then(Value::as_i64);
    let options = || {
        list(rules, "options", |o| Some(ChoiceOption { value: text(o, "value")?, label: localized(o.get("label")?)? }))
    };
    Some(match name.as_str() {
        "text" => FieldKind::Text {
            max_len: rules.get("max_len").map_or(Some(DEFAULT_MAX_LEN as u64), Value::as_u64)?.try_into().ok()?,
            multiline: rules.get("multiline").and_then(Value::as_bool).unwrap_or(false),
        },
        "number" => FieldKind::Number { min: number("min"), max: number("max") },
        "choice" => FieldKind::Choice { options: options()? },
        "multi_choice" => FieldKind::MultiChoice { options: options()? },
        "group" => FieldKind::Group {
            fields: fields(rules)?,
            min: rules.get("min").map_or(Some(0), Value::as_u64)?.try_into().ok()?,
            max: rules.get("max").map_or(Some(u64::from(DEFAULT_GROUP_MAX)), Value::as_u64)?.try_into().ok()?,
        },
        "attachment" => FieldKind::Attachment { document: text(rules, "document") },
        // A unit kind written as an object (`{"date": null}`) is read too.
        _ => kind(&Value::String(name.clone()))?,
    })
}

fn fields_structure<'a>(fields: &'a [Field], at: &str, seen: &mut Vec<&'a str>, problems: &mut Vec<String>) {
    for field in fields {
        let here = format!("{at}, field {}", field.id);
        if field.id.is_empty() || !field.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
            problems.push(format!("{here}: an id is lower-case ASCII, digits and _"));
        }
        if seen.contains(&field.id.as_str()) {
            problems.push(format!("{here}: id used twice"));
        }
        for (what, text) in [("label", Some(&field.label)), ("help", field.help.as_ref())] {
            if let Some(missing) = text.map(Localized::missing).filter(|m| !m.is_empty()) {
                problems.push(format!("{here}: {what} missing in {missing:?}"));
            }
        }
        if let Some(condition) = &field.shown_when
            && !seen.contains(&condition.field.as_str())
        {
            problems.push(format!("{here}: shown when {}, which is not an earlier field", condition.field));
        }
        match &field.kind {
            FieldKind::Choice { options } | FieldKind::MultiChoice { options } => {
                if options.is_empty() {
                    problems.push(format!("{here}: no options"));
                }
                for option in options.iter().filter(|o| !o.label.missing().is_empty()) {
                    problems.push(format!("{here}: option {} missing in {:?}", option.value, option.label.missing()));
                }
            }
            FieldKind::Group { fields, min, max } => {
                if min > max || *max == 0 {
                    problems.push(format!("{here}: group limits {min}..{max}"));
                }
                fields_structure(fields, &here, &mut Vec::new(), problems);
            }
            FieldKind::Text { max_len: 0, .. } => problems.push(format!("{here}: max_len 0")),
            FieldKind::Number { min: Some(min), max: Some(max) } if min > max => {
                problems.push(format!("{here}: number limits {min}..{max}"))
            }
            _ => {}
        }
        seen.push(&field.id);
    }
}

fn check_fields(fields: &[Field], answers: &Answers, prefix: &str, required: bool, problems: &mut Vec<FieldProblem>) {
    for field in fields {
        if field.shown_when.as_ref().is_some_and(|condition| !condition.holds(answers)) {
            continue;
        }
        let path = format!("{prefix}{}", field.id);
        let unticked = |value: &&Value| matches!(field.kind, FieldKind::Consent) && **value == Value::Bool(false);
        let value = answers.get(&field.id).filter(|value| !is_blank(value) && !unticked(value));
        match value {
            None if required && field.required => {
                problems.push(FieldProblem { field: path, code: FieldError::Required })
            }
            None => {}
            Some(value) => check_value(field, value, &path, required, problems),
        }
    }
}

/// The longest text a draft stores in any answer, whatever the field's own
/// limit (which is advice while typing, like every other rule): above the
/// longest `max_len` of any form, far below the request's size limit.
pub const MAX_STORED_TEXT: usize = 5_000;

fn storable_answers(
    fields: &[&Field],
    answers: &Answers,
    prefix: &str,
    keep_unknown: bool,
    problems: &mut Vec<FieldProblem>,
) {
    for (key, value) in answers {
        let path = format!("{prefix}{key}");
        let fits = match fields.iter().find(|field| &field.id == key) {
            Some(field) => storable_value(field, value, &path, keep_unknown, problems),
            None if keep_unknown => storable_any(value, 0),
            None => Err(FieldError::Format),
        };
        if let Err(code) = fits {
            problems.push(FieldProblem { field: path, code });
        }
    }
}

/// Whether `value` is an answer of the shape `field`'s kind takes.
fn storable_value(
    field: &Field,
    value: &Value,
    path: &str,
    keep_unknown: bool,
    problems: &mut Vec<FieldProblem>,
) -> Result<(), FieldError> {
    match (&field.kind, value) {
        (_, Value::Null) => Ok(()),
        (FieldKind::Group { fields, max, .. }, Value::Array(entries)) => {
            let inner: Vec<&Field> = fields.iter().collect();
            for (index, entry) in entries.iter().enumerate() {
                match entry {
                    Value::Object(entry) => {
                        storable_answers(&inner, entry, &format!("{path}.{index}."), keep_unknown, problems)
                    }
                    _ => problems.push(FieldProblem { field: format!("{path}.{index}"), code: FieldError::Format }),
                }
            }
            ok_if(entries.len() <= *max as usize)
        }
        (FieldKind::YesNo | FieldKind::Consent, Value::Bool(_)) => Ok(()),
        (FieldKind::MultiChoice { options }, Value::Array(values)) => {
            ok_if(values.len() <= options.len())?;
            values.iter().try_for_each(|value| storable_text(value.as_str().ok_or(FieldError::Format)?))
        }
        // What the server stored for the file replaces it (the API).
        (FieldKind::Attachment { .. }, Value::Object(_)) => Ok(()),
        (FieldKind::Group { .. } | FieldKind::MultiChoice { .. } | FieldKind::Attachment { .. }, _) => {
            Err(FieldError::Format)
        }
        (FieldKind::YesNo | FieldKind::Consent, _) => Err(FieldError::Format),
        (_, Value::String(text)) => storable_text(text),
        _ => Err(FieldError::Format),
    }
}

/// A text as typed may be stored: not too long, and no character refused
/// everywhere. Line breaks and tabs are kept (a multi-line answer has them,
/// and pasted text brings them); in a one-line field they are advice.
fn storable_text(text: &str) -> Result<(), FieldError> {
    if text.chars().count() > MAX_STORED_TEXT {
        return Err(FieldError::Format);
    }
    if text.chars().any(|c| !matches!(c, '\n' | '\r' | '\t') && validation::is_forbidden_char(c)) {
        return Err(FieldError::Characters);
    }
    Ok(())
}

/// An answer to a dropped field: any JSON, its texts storable, not nested
/// deeper than a group's entry.
fn storable_any(value: &Value, depth: usize) -> Result<(), FieldError> {
    match value {
        Value::String(text) => storable_text(text),
        Value::Array(items) if depth < 3 => items.iter().try_for_each(|item| storable_any(item, depth + 1)),
        Value::Object(entries) if depth < 3 => entries.iter().try_for_each(|(key, item)| {
            storable_text(key)?;
            storable_any(item, depth + 1)
        }),
        Value::Array(_) | Value::Object(_) => Err(FieldError::Format),
        _ => Ok(()),
    }
}

fn asked(fields: &[&Field], answers: &Answers) -> Answers {
    let mut kept = Answers::new();
    for field in fields {
        if field.shown_when.as_ref().is_some_and(|condition| !condition.holds(answers)) {
            continue;
        }
        let Some(value) = answers.get(&field.id) else { continue };
        let value = match (&field.kind, value) {
            (FieldKind::Group { fields: inner, .. }, Value::Array(entries)) => {
                let inner: Vec<&Field> = inner.iter().collect();
                Value::Array(
                    entries
                        .iter()
                        .map(|entry| match entry {
                            Value::Object(entry) => Value::Object(asked(&inner, entry)),
                            other => other.clone(),
                        })
                        .collect(),
                )
            }
            (kind, Value::String(text)) => normal_form(kind, text).map_or_else(|| value.clone(), Value::String),
            _ => value.clone(),
        };
        kept.insert(field.id.clone(), value);
    }
    kept
}

/// An answer as it is written once sent, for the kinds typed in many ways:
/// a phone as `+380XXXXXXXXX`, a Belarusian personal number in Latin
/// capitals. `None` when it is not valid (then it is sent as typed, if at
/// all) or the kind has no single written form.
fn normal_form(kind: &FieldKind, text: &str) -> Option<String> {
    match kind {
        FieldKind::Phone => validation::phone(text).ok(),
        FieldKind::ByPersonalNumber => validation::by_personal_number(text).ok(),
        _ => None,
    }
}

fn dropped<'a>(fields: &[&Field], answers: &'a Answers, prefix: &str, found: &mut Vec<(String, &'a Value)>) {
    for (key, value) in answers {
        let path = format!("{prefix}{key}");
        match fields.iter().find(|field| &field.id == key) {
            None if !is_blank(value) => found.push((path, value)),
            None => {}
            Some(field) => {
                if let (FieldKind::Group { fields: inner, .. }, Value::Array(entries)) = (&field.kind, value) {
                    let inner: Vec<&Field> = inner.iter().collect();
                    for (index, entry) in entries.iter().enumerate() {
                        if let Value::Object(entry) = entry {
                            dropped(&inner, entry, &format!("{path}.{index}."), found);
                        }
                    }
                }
            }
        }
    }
}

/// Sets the answer at `path` (`phone`, or `vehicles.1.plate` inside a
/// group, the entry made when missing); `Value::Null` removes it.
pub fn set_answer(answers: &mut Answers, path: &str, value: Value) {
    let (head, rest) = match path.split_once('.') {
        Some((head, rest)) => (head, Some(rest)),
        None => (path, None),
    };
    let Some(rest) = rest else {
        if value.is_null() {
            answers.remove(head);
        } else {
            answers.insert(head.to_owned(), value);
        }
        return;
    };
    let (index, inner) = rest.split_once('.').unwrap_or((rest, ""));
    let Ok(index) = index.parse::<usize>() else { return };
    let entries = answers.entry(head.to_owned()).or_insert_with(|| Value::Array(Vec::new()));
    if !entries.is_array() {
        *entries = Value::Array(Vec::new());
    }
    let Value::Array(entries) = entries else { return };
    while entries.len() <= index {
        entries.push(Value::Object(Map::new()));
    }
    if inner.is_empty() {
        // The entry itself: `Null` removes it.
        if value.is_null() {
            entries.remove(index);
        } else {
            entries[index] = value;
        }
    } else if let Value::Object(entry) = &mut entries[index] {
        set_answer(entry, inner, value);
    }
}

/// The answer at `path`, if given.
pub fn answer_at<'a>(answers: &'a Answers, path: &str) -> Option<&'a Value> {
    match path.split_once('.') {
        None => answers.get(path),
        Some((head, rest)) => {
            let (index, inner) = rest.split_once('.').unwrap_or((rest, ""));
            let entry = answers.get(head)?.as_array()?.get(index.parse::<usize>().ok()?)?;
            if inner.is_empty() { Some(entry) } else { answer_at(entry.as_object()?, inner) }
        }
    }
}

/// An answer that counts as not given: null, an empty or blank string, an
/// empty list.
pub fn is_blank(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(text) => text.trim().is_empty(),
        Value::Array(items) => items.is_empty(),
        _ => false,
    }
}

fn check_value(field: &Field, value: &Value, path: &str, required: bool, problems: &mut Vec<FieldProblem>) {
    let problem = match (&field.kind, value) {
        (FieldKind::Group { fields, min, max }, Value::Array(entries)) => {
            for (index, entry) in entries.iter().enumerate() {
                match entry {
                    Value::Object(entry) => {
                        check_fields(fields, entry, &format!("{path}.{index}."), required, problems)
                    }
                    _ => problems.push(FieldProblem { field: format!("{path}.{index}"), code: FieldError::Format }),
                }
            }
            let count = entries.len() as u32;
            (count > *max || (required && count < *min)).then_some(FieldError::Format)
        }
        (FieldKind::YesNo | FieldKind::Consent, Value::Bool(_)) => None,
        (FieldKind::MultiChoice { options }, Value::Array(values)) => {
            let known = values.iter().all(|v| options.iter().any(|o| v.as_str() == Some(o.value.as_str())));
            (!known).then_some(FieldError::Format)
        }
        (FieldKind::Attachment { .. }, Value::Object(file)) => {
            let named = file.get("name").and_then(Value::as_str).is_some_and(|n| !n.trim().is_empty());
            (!named).then_some(FieldError::Format)
        }
        (kind, Value::String(text)) => check_text(kind, text).err(),
        _ => Some(FieldError::Format),
    };
    if let Some(code) = problem {
        problems.push(FieldProblem { field: path.to_owned(), code });
    }
}

/// The rule of a text-like kind (the SPA runs it as the user types).
pub fn check_text(kind: &FieldKind, raw: &str) -> Result<(), FieldError> {
    if let FieldKind::Text { max_len, multiline: true } = kind {
        // Line breaks belong in a multi-line answer (`typed_text` refuses
        // them): each line is checked apart.
        for line in raw.lines() {
            validation::typed_text(line)?;
        }
        return ok_if(raw.trim().chars().count() <= *max_len as usize);
    }
    let text = validation::typed_text(raw)?;
    match kind {
        FieldKind::Text { max_len, .. } => ok_if(text.chars().count() <= *max_len as usize),
        FieldKind::Address => ok_if(text.chars().count() <= registration::MAX_FIELD_LEN),
        FieldKind::Number { min, max } => {
            let number: i64 = text.parse().map_err(|_| FieldError::Format)?;
            ok_if(min.is_none_or(|min| number >= min) && max.is_none_or(|max| number <= max))
        }
        FieldKind::Date => date(&text).map(drop),
        FieldKind::Choice { options } => ok_if(options.iter().any(|o| o.value == text)),
        FieldKind::Rnokpp => validation::rnokpp(&text).map(drop),
        FieldKind::ByPersonalNumber => validation::by_personal_number(&text).map(drop),
        FieldKind::Edrpou => edrpou(&text).map(drop),
        FieldKind::Phone => validation::phone(&text).map(drop),
        FieldKind::Email => registration::email(&text).map(drop),
        FieldKind::Money => money(&text).map(drop),
        _ => Err(FieldError::Format),
    }
}

fn ok_if(good: bool) -> Result<(), FieldError> {
    if good { Ok(()) } else { Err(FieldError::Format) }
}

/// A calendar date written `dd.mm.yyyy`, as (year, month, day).
pub fn date(text: &str) -> Result<(u32, u32, u32), FieldError> {
    let parts: Vec<&str> = text.split('.').collect();
    let [day, month, year] = parts.as_slice() else { return Err(FieldError::Format) };
    if day.len() != 2 || month.len() != 2 || year.len() != 4 {
        return Err(FieldError::Format);
    }
    let number = |s: &str| s.parse::<u32>().map_err(|_| FieldError::Format);
    let (day, month, year) = (number(day)?, number(month)?, number(year)?);
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err(FieldError::Format),
    };
    if (1..=days).contains(&day) && (1900..=2200).contains(&year) {
        Ok((year, month, day))
    } else {
        Err(FieldError::Format)
    }
}

/// An amount in minor units (kopiyky, kapeiki): `1234.50` or `1234,5`.
pub fn money(text: &str) -> Result<u64, FieldError> {
    let text = text.replace([' ', '\u{a0}'], "").replace(',', ".");
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if !digits(whole) || whole.len() > 12 || fraction.len() > 2 || (!fraction.is_empty() && !digits(fraction)) {
        return Err(FieldError::Format);
    }
    let whole: u64 = whole.parse().map_err(|_| FieldError::Format)?;
    let fraction: u64 = format!("{fraction:0<2}").parse().map_err(|_| FieldError::Format)?;
    Ok(whole * 100 + fraction)
}

/// ЄДРПОУ: 8 digits; the last is a check digit over the first seven with
/// weights 1–7 (3–9 for codes between 30,000,000 and 60,000,000), taken
/// again with weights two higher when the remainder is 10.
pub fn edrpou(raw: &str) -> Result<String, FieldError> {
    let value = raw.trim();
    if value.len() != 8 || !value.chars().all(|c| c.is_ascii_digit()) {
        return Err(FieldError::Format);
    }
    let digits: Vec<u32> = value.chars().map(|c| c.to_digit(10).unwrap_or(0)).collect();
    let number: u32 = value.parse().map_err(|_| FieldError::Format)?;
    let base = if (30_000_000..60_000_000).contains(&number) { 3 } else { 1 };
    let remainder = |start: u32| digits[..7].iter().zip(start..).map(|(d, w)| d * w).sum::<u32>() % 11;
    let mut check = remainder(base);
    if check == 10 {
        check = remainder(base + 2) % 10;
    }
    if check == digits[7] { Ok(value.to_owned()) } else { Err(FieldError::Checksum) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn text(uk: &str) -> Localized {
        Localized { uk: uk.into(), be: uk.into(), en: uk.into() }
    }

    fn field(id: &str, kind: FieldKind, required: bool) -> Field {
        Field { id: id.into(), label: text(id), help: None, kind, required, shown_when: None }
    }

    fn vehicles_form() -> FormDefinition {
        let mut plate_owner = field("owner_edrpou", FieldKind::Edrpou, true);
        plate_owner.shown_when = Some(Condition { field: "owned_by_company".into(), equals: json!(true) });
        FormDefinition {
            service_id: "test".into(),
            version: 1,
            steps: vec![
                Step {
                    id: "applicant".into(),
                    title: text("Заявник"),
                    fields: vec![
                        field("full_name", FieldKind::Text { max_len: 20, multiline: false }, true),
                        field("birth_date", FieldKind::Date, true),
                    ],
                },
                Step {
                    id: "vehicles".into(),
                    title: text("Транспорт"),
                    fields: vec![field(
                        "vehicles",
                        FieldKind::Group {
                            min: 1,
                            max: 3,
                            fields: vec![
                                field("plate", FieldKind::Text { max_len: 10, multiline: false }, true),
                                field("owned_by_company", FieldKind::YesNo, false),
                                plate_owner,
                            ],
                        },
                        true,
                    )],
                },
            ],
        }
    }

    fn answers(value: Value) -> Answers {
        value.as_object().unwrap().clone()
    }

    #[test]
    fn a_draft_may_be_incomplete_but_not_malformed() {
        let form = vehicles_form();
        assert!(form.structure_problems().is_empty(), "{:?}", form.structure_problems());
        assert_eq!(form.problems(&answers(json!({})), Scope::Draft), vec![]);
        let bad = form.problems(&answers(json!({"birth_date": "31.02.2020"})), Scope::Draft);
        assert_eq!(bad, vec![FieldProblem { field: "birth_date".into(), code: FieldError::Format }]);
    }

    #[test]
    fn a_step_requires_its_own_fields_only() {
        let form = vehicles_form();
        let first = form.problems(&answers(json!({"full_name": "Петренко"})), Scope::Step(0));
        assert_eq!(first, vec![FieldProblem { field: "birth_date".into(), code: FieldError::Required }]);
        let second = form.problems(&answers(json!({"full_name": "Петренко"})), Scope::Step(1));
        assert_eq!(second, vec![FieldProblem { field: "vehicles".into(), code: FieldError::Required }]);
    }

    #[test]
    fn a_group_entry_asks_what_its_own_answers_call_for() {
        let form = vehicles_form();
        let filled = answers(json!({
            "full_name": "Петренко", "birth_date": "29.02.2024",
            "vehicles": [
                {"plate": "AA1234BB", "owned_by_company": false},
                {"plate": "AA0001BB", "owned_by_company": true},
                {"plate": "AA0002BB", "owned_by_company": true, "owner_edrpou": "00032129"}
            ]
        }));
        let problems = form.problems(&filled, Scope::Submit);
        assert_eq!(
            problems,
            vec![FieldProblem { field: "vehicles.1.owner_edrpou".into(), code: FieldError::Required }]
        );
        assert_eq!(form.step_of("vehicles.1.owner_edrpou"), Some(1));
        let too_many = answers(json!({"vehicles": [{}, {}, {}, {}]}));
        assert!(
            form.problems(&too_many, Scope::Draft)
                .contains(&FieldProblem { field: "vehicles".into(), code: FieldError::Format })
        );
    }

    #[test]
    fn answers_to_no_question_and_an_unticked_consent_are_refused() {
        let mut form = vehicles_form();
        form.steps[0].fields.push(field("consent", FieldKind::Consent, true));
        let odd = answers(json!({"nickname": "x", "vehicles": [{"plate": "A1", "colour": "red"}], "consent": false}));
        assert_eq!(form.problems(&odd, Scope::Draft), vec![], "not the checks' concern");
        let problems = form.save_problems(&odd, false);
        assert_eq!(
            problems,
            vec![
                FieldProblem { field: "nickname".into(), code: FieldError::Format },
                FieldProblem { field: "vehicles.0.colour".into(), code: FieldError::Format },
            ]
        );
        let unticked = form.problems(&answers(json!({"consent": false})), Scope::Step(0));
        assert!(unticked.contains(&FieldProblem { field: "consent".into(), code: FieldError::Required }));
    }

    #[test]
    fn answers_are_set_and_read_by_path() {
        let mut given = Answers::new();
        set_answer(&mut given, "full_name", json!("Петренко"));
        set_answer(&mut given, "vehicles.1.plate", json!("AA0001BB"));
        assert_eq!(
            Value::Object(given.clone()),
            json!({"full_name": "Петренко", "vehicles": [{}, {"plate": "AA0001BB"}]})
        );
        assert_eq!(answer_at(&given, "vehicles.1.plate"), Some(&json!("AA0001BB")));
        assert_eq!(answer_at(&given, "vehicles.0.plate"), None);
        set_answer(&mut given, "vehicles.0", Value::Null);
        set_answer(&mut given, "full_name", Value::Null);
        assert_eq!(Value::Object(given), json!({"vehicles": [{"plate": "AA0001BB"}]}));
    }

    #[test]
    fn paths_name_fields_also_inside_groups() {
        let form = vehicles_form();
        assert_eq!(form.field_at("birth_date").map(|f| f.id.as_str()), Some("birth_date"));
        assert_eq!(form.field_at("vehicles.2.plate").map(|f| f.id.as_str()), Some("plate"));
        assert!(form.field_at("vehicles.3.plate").is_none(), "beyond the group's limit");
        assert!(form.field_at("vehicles.x.plate").is_none() && form.field_at("birth_date.0").is_none());
        assert!(form.field_at("nothing").is_none());
    }

    #[test]
    fn values_are_checked_by_kind() {
        assert_eq!(date("29.02.2023"), Err(FieldError::Format));
        assert_eq!(date("01.12.2025"), Ok((2025, 12, 1)));
        assert_eq!(date("1.12.2025"), Err(FieldError::Format));
        assert_eq!(money("1 234,5"), Ok(123_450));
        assert_eq!(money("12.345"), Err(FieldError::Format));
        assert_eq!(money("-5"), Err(FieldError::Format));
        // Oschadbank's and PrivatBank's codes.
        assert_eq!(edrpou("00032129").as_deref(), Ok("00032129"));
        assert_eq!(edrpou("14360570").as_deref(), Ok("14360570"));
        assert_eq!(edrpou("00032128"), Err(FieldError::Checksum));
        assert_eq!(edrpou("1234567"), Err(FieldError::Format));
        let number = FieldKind::Number { min: Some(1), max: Some(10) };
        assert_eq!(check_text(&number, "11"), Err(FieldError::Format));
        assert_eq!(check_text(&number, "10"), Ok(()));
        let text = FieldKind::Text { max_len: 3, multiline: false };
        assert_eq!(check_text(&text, "abc\u{202e}"), Err(FieldError::Characters));
        assert_eq!(check_text(&text, "a\nb"), Err(FieldError::Characters));
        let comment = FieldKind::Text { max_len: 10, multiline: true };
        assert_eq!(check_text(&comment, "a\r\nb\nc"), Ok(()));
        assert_eq!(check_text(&comment, "a\n\u{202e}"), Err(FieldError::Characters));
    }

    #[test]
    fn a_form_read_by_hand_is_the_form_serde_reads() {
        let mut form = vehicles_form();
        let options = vec![ChoiceOption { value: "a".into(), label: text("А") }];
        form.steps[0].fields.extend([
            field("kind", FieldKind::Choice { options: options.clone() }, true),
            field("many", FieldKind::MultiChoice { options }, false),
            field("count", FieldKind::Number { min: Some(1), max: None }, false),
            field("notes", FieldKind::Text { max_len: 2000, multiline: true }, false),
            field("scan", FieldKind::Attachment { document: Some("passport".into()) }, true),
            field("agree", FieldKind::Consent, true),
        ]);
        form.steps[0].fields[0].help = Some(text("Як у паспорті"));
        let kinds = [
            FieldKind::Address,
            FieldKind::Rnokpp,
            FieldKind::ByPersonalNumber,
            FieldKind::Phone,
            FieldKind::Email,
            FieldKind::Money,
        ];
        for (n, kind) in kinds.into_iter().enumerate() {
            form.steps[1].fields.push(field(&format!("k{n}"), kind, false));
        }
        let json = serde_json::to_value(&form).unwrap();
        assert_eq!(FormDefinition::from_json(&json), Some(form));
        assert_eq!(FormDefinition::from_json(&json!({"service_id": "x", "version": 1, "steps": [{"id": "s"}]})), None);
    }

    #[test]
    fn a_broken_definition_is_told() {
        let mut form = vehicles_form();
        form.steps[0].fields.push(field("full_name", FieldKind::Choice { options: vec![] }, false));
        form.steps[0].fields[1].shown_when = Some(Condition { field: "later".into(), equals: json!(1) });
        let problems = form.structure_problems().join("\n");
        assert!(
            problems.contains("id used twice")
                && problems.contains("no options")
                && problems.contains("not an earlier field"),
            "{problems}"
        );
    }

    #[test]
    fn a_draft_stores_what_was_typed_if_the_form_can_hold_it() {
        let form = vehicles_form();
        // Half a date, a name too long for its field: stored, the problems advice.
        let typed = answers(
            json!({"birth_date": "31.0", "full_name": "Петренко-Задунайська Оксана", "vehicles": [{"plate": "AA"}]}),
        );
        assert_eq!(form.save_problems(&typed, false), vec![]);
        assert_eq!(form.problems(&typed, Scope::Draft).len(), 2);
        // The wrong JSON type for the kind, a bidi mark, too many entries, too long a text: not stored.
        let malformed = answers(json!({
            "birth_date": 31, "full_name": "Іван\u{202E}", "vehicles": [{}, {}, {}, {}],
        }));
        let mut fields: Vec<String> = form.save_problems(&malformed, false).into_iter().map(|p| p.field).collect();
        fields.sort();
        assert_eq!(fields, ["birth_date", "full_name", "vehicles"]);
        let long = answers(json!({"full_name": "я".repeat(MAX_STORED_TEXT + 1)}));
        assert_eq!(form.save_problems(&long, false).len(), 1);
        let pasted = answers(json!({"full_name": "Петренко\tОксана\n"}));
        assert_eq!(form.save_problems(&pasted, false), vec![]);
    }

    #[test]
    fn answers_to_dropped_fields_are_kept_but_never_sent() {
        let mut form = vehicles_form();
        form.steps[0].fields[1].shown_when =
            Some(Condition { field: "full_name".into(), equals: json!("Петренко") });
        let old = answers(json!({
            "full_name": "Іваненко", "birth_date": "01.01.2000", "maiden_name": "Коваль",
            "vehicles": [{"plate": "AA1234BB", "colour": "червоний"}],
        }));
        assert_eq!(form.save_problems(&old, true), vec![]);
        let bidi = answers(json!({"maiden_name": ["\u{202E}"]}));
        assert_eq!(form.save_problems(&bidi, true).len(), 1, "dropped answers keep the character rules");
        let dropped: Vec<String> = form.dropped_answers(&old).into_iter().map(|(path, _)| path).collect();
        assert_eq!(dropped, ["maiden_name", "vehicles.0.colour"]);
        // Hidden (birth_date: the name is not Петренко) and dropped answers are not sent.
        assert_eq!(
            Value::Object(form.asked_answers(&old)),
            json!({"full_name": "Іваненко", "vehicles": [{"plate": "AA1234BB"}]})
        );
    }

    /// A phone typed the everyday way is right, and sent as +380…; a
    /// Belarusian personal number is sent in Latin capitals.
    #[test]
    fn answers_are_sent_in_their_written_form() {
        let mut form = vehicles_form();
        form.steps[0].fields.push(field("phone", FieldKind::Phone, true));
        form.steps[0].fields.push(field("personal_number", FieldKind::ByPersonalNumber, true));
        let typed =
            answers(json!({"full_name": "Іваненко", "phone": "067 123 45 67", "personal_number": "3140882а001рв5"}));
        assert_eq!(form.problems(&typed, Scope::Draft), vec![]);
        let sent = form.asked_answers(&typed);
        assert_eq!(
            (sent["phone"].as_str(), sent["personal_number"].as_str()),
            (Some("+380671234567"), Some("3140882A001PB5"))
        );
        // What is not right is not rewritten (and never passes «Далі»).
        let wrong = answers(json!({"phone": "067 123", "personal_number": "3140882A001PB"}));
        assert_eq!(Value::Object(form.asked_answers(&wrong)), Value::Object(wrong.clone()));
    }

    /// The usability review (2026-12): «Ідэнтыфікацыйны нумар» took 13
    /// characters as a text; it has 14, in its own format.
    #[test]
    fn a_belarusian_personal_number_has_fourteen_characters() {
        let kind = FieldKind::ByPersonalNumber;
        assert_eq!(check_text(&kind, "3140882A001PB5"), Ok(()));
        assert_eq!(check_text(&kind, "3140882 A001 PB5"), Ok(()), "spaces as typed");
        assert_eq!(check_text(&kind, "3140882А001РВ5"), Ok(()), "on the Cyrillic layout");
        for wrong in ["3140882A001PB", "3140882A001PB55", "31408820001PB5", "7140882A001PB5", "3140882A001P15"] {
            assert_eq!(check_text(&kind, wrong), Err(FieldError::Format), "{wrong}");
        }
    }
}
