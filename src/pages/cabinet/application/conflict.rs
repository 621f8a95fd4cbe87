//! «Конфлікт»: the answers on this page and the version saved elsewhere
//! (another tab, another device, an old offline copy), side by side, field
//! by field. The user keeps either answer per field, or all of one side;
//! nothing is dropped until they choose, and what they choose is saved over
//! the newer version.

use super::review::shown_answer;
use crate::i18n::use_i18n;
use portal_model::form::{Answers, FormDefinition};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConflictProps {
    pub form: Rc<FormDefinition>,
    pub mine: Answers,
    pub theirs: Answers,
    /// The answers chosen.
    pub on_choose: Callback<Answers>,
}

/// The ids of the form's fields whose answers differ (a group is one field).
pub fn differing(form: &FormDefinition, mine: &Answers, theirs: &Answers) -> Vec<String> {
    let fields = form.steps.iter().flat_map(|step| &step.fields);
    fields.filter(|f| mine.get(&f.id) != theirs.get(&f.id)).map(|f| f.id.clone()).collect()
}

/// `mine`, with the saved version's answer for each field in `theirs_for`.
pub fn merged(mine: &Answers, theirs: &Answers, theirs_for: &[String]) -> Answers {
    let mut answers = mine.clone();
    for id in theirs_for {
        match theirs.get(id) {
            Some(value) => answers.insert(id.clone(), value.clone()),
            None => answers.remove(id),
        };
    }
    answers
}

#[function_component(ConflictChoice)]
pub fn conflict_choice(props: &ConflictProps) -> Html {
    let i18n = use_i18n();
    let lang = i18n.lang;
    let ids = differing(&props.form, &props.mine, &props.theirs);
    // The fields for which the saved version's answer is chosen.
    let chosen = use_state(Vec::<String>::new);
    let on_change = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let id = input.name().trim_start_matches("conflict-").to_owned();
            let mut next: Vec<String> = chosen.iter().filter(|chosen| **chosen != id).cloned().collect();
            if input.value() == "theirs" {
                next.push(id);
            }
            chosen.set(next);
        })
    };
    let choose = |take: Option<bool>| {
        let (mine, theirs, on_choose, chosen, ids) =
            (props.mine.clone(), props.theirs.clone(), props.on_choose.clone(), chosen.clone(), ids.clone());
        Callback::from(move |_: MouseEvent| {
            let theirs_for: Vec<String> = match take {
                Some(true) => ids.clone(),
                Some(false) => Vec::new(),
                None => ids.iter().filter(|id| chosen.contains(id)).cloned().collect(),
            };
            on_choose.emit(merged(&mine, &theirs, &theirs_for));
        })
    };
    let rows = ids.iter().filter_map(|id| {
        let field = props.form.steps.iter().flat_map(|s| &s.fields).find(|f| &f.id == id)?;
        let take_theirs = chosen.contains(id);
        let name = format!("conflict-{id}");
        Some(html! {
            <tr>
                <th scope="row">{ field.label.get(lang) }</th>
                <td>
                    <label>
                        <input type="radio" name={name.clone()} value="mine" checked={!take_theirs} />
                        { " " }{ shown_answer(&i18n, lang, field, props.mine.get(id)) }
                    </label>
                </td>
                <td>
                    <label>
                        <input type="radio" {name} value="theirs" checked={take_theirs} />
                        { " " }{ shown_answer(&i18n, lang, field, props.theirs.get(id)) }
                    </label>
                </td>
            </tr>
        })
    });
    html! {
        <section class="ep-conflict" aria-labelledby="conflict-title">
            <h2 id="conflict-title">{ i18n.t("application-conflict-title") }</h2>
            <p>{ i18n.t("application-conflict-intro") }</p>
            <table class="ep-table">
                <thead>
                    <tr>
                        <th scope="col">{ i18n.t("application-conflict-field") }</th>
                        <th scope="col">{ i18n.t("application-conflict-mine") }</th>
                        <th scope="col">{ i18n.t("application-conflict-theirs") }</th>
                    </tr>
                </thead>
                <tbody onchange={on_change}>{ for rows }</tbody>
            </table>
            <p class="ep-form-nav">
                <button type="button" class="ep-button ep-button-primary" onclick={choose(None)}>
                    { i18n.t("application-conflict-apply") }
                </button>
                <button type="button" class="ep-button" onclick={choose(Some(false))}>
                    { i18n.t("application-conflict-keep-mine") }
                </button>
                <button type="button" class="ep-button" onclick={choose(Some(true))}>
                    { i18n.t("application-conflict-take-saved") }
                </button>
            </p>
        </section>
    }
}
