//! A field's problem from the API or the shared validators, as the Fluent
//! id of its message: the forms show it beside the field and in the summary.

use portal_model::registration::FieldProblem;
use portal_model::validation::FieldError;
use yew::AttrValue;

/// The Fluent id explaining a problem with a field.
pub fn problem_message(problem: &FieldProblem) -> String {
    match problem.code {
        FieldError::Required => "validation-required".to_owned(),
        FieldError::Format => format!("validation-format-{}", problem.field.replace('_', "-")),
        FieldError::Checksum => format!("validation-checksum-{}", problem.field.replace('_', "-")),
        FieldError::Mismatch => format!("validation-mismatch-{}", problem.field.replace('_', "-")),
        FieldError::Characters => "validation-characters".to_owned(),
    }
}

/// The message id of `field`'s problem, if it has one.
pub fn error_for(problems: &[FieldProblem], field: &str) -> Option<AttrValue> {
    problems.iter().find(|p| p.field == field).map(|p| AttrValue::from(problem_message(p)))
}
