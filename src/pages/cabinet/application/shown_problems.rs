//! The problems the page shows, beside their fields and in the summary.
//!
//! Changed by actions applied to the newest list, not by replacing a copy
//! taken when the page was last drawn: a field left at the moment «Далі»
//! listed the whole step used to put back the list as it was before, and a
//! missing required answer vanished from the summary.

use portal_model::registration::FieldProblem;
use std::rc::Rc;
use yew::Reducible;

#[derive(Default, PartialEq)]
pub struct ShownProblems(pub Vec<FieldProblem>);

pub enum ProblemsAction {
    /// The whole list: a step checked by «Далі», a save the API refused.
    All(Vec<FieldProblem>),
    /// The field at `path` changed: a problem shown for it goes as soon as
    /// it is right, or says what is wrong now (`step`: the step's problems,
    /// a required answer among them). None appears while it is typed.
    Typed { path: String, step: Vec<FieldProblem> },
    /// The person left the field at `path`: its format problem shows now
    /// (`format`); one shown before stays as long as it holds (`step`).
    Left { path: String, format: Vec<FieldProblem>, step: Vec<FieldProblem> },
}

/// Whether a problem is the field's at `path` (or of a field inside it).
fn under(path: &str) -> impl Fn(&FieldProblem) -> bool + '_ {
    move |p: &FieldProblem| p.field == path || p.field.strip_prefix(path).is_some_and(|rest| rest.starts_with('.'))
}

impl ShownProblems {
    /// This list with the problems of the field at `path` taken from `found`.
    fn with_field(&self, path: &str, found: Vec<FieldProblem>) -> Vec<FieldProblem> {
        let under = under(path);
        self.0.iter().filter(|p| !under(p)).cloned().chain(found.into_iter().filter(|p| under(p))).collect()
    }

    fn shows(&self, path: &str) -> bool {
        self.0.iter().any(under(path))
    }
}

impl Reducible for ShownProblems {
    type Action = ProblemsAction;

    fn reduce(self: Rc<Self>, action: ProblemsAction) -> Rc<Self> {
        let next = match action {
            ProblemsAction::All(found) => return Rc::new(ShownProblems(found)),
            ProblemsAction::Typed { path, step } if self.shows(&path) => self.with_field(&path, step),
            ProblemsAction::Typed { .. } => return self,
            ProblemsAction::Left { path, step, .. } if self.shows(&path) => self.with_field(&path, step),
            ProblemsAction::Left { path, format, .. } => self.with_field(&path, format),
        };
        if next == self.0 { self } else { Rc::new(ShownProblems(next)) }
    }
}
