//! The page's few listeners, for all of its controls at once: each control
//! says in `data-path` which answer it holds and in `data-kind` how to read
//! it; buttons say in `data-action` what they do. (One listener instead of
//! one closure per control keeps the page small.)

use portal_model::form::{Answers, answer_at};
use serde_json::{Value, json};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, EventTarget};

fn property(target: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(target, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn data(element: &Element, name: &str) -> Option<String> {
    element.get_attribute(&format!("data-{name}"))
}

/// The answer a control now holds, by its path: `Value::Null` when emptied.
pub fn answer_of(target: Option<EventTarget>, answers: &Answers) -> Option<(String, Value)> {
    let target = target?;
    let element = target.dyn_ref::<Element>()?;
    let path = data(element, "path")?;
    let value = property(&target, "value").as_string().unwrap_or_default();
    let checked = property(&target, "checked").as_bool().unwrap_or(false);
    let answer = match data(element, "kind")?.as_str() {
        "text" if value.is_empty() => Value::Null,
        "text" => json!(value),
        "choice" if checked => json!(value),
        "yesno" if checked => json!(value == "true"),
        "consent" => json!(checked),
        "multi" => {
            let mut chosen: Vec<Value> = answer_at(answers, &path)
                .and_then(Value::as_array)
                .map(|a| a.iter().filter(|v| v.as_str() != Some(value.as_str())).cloned().collect())
                .unwrap_or_default();
            if checked {
                chosen.push(json!(value));
            }
            if chosen.is_empty() { Value::Null } else { Value::Array(chosen) }
        }
        _ => return None,
    };
    Some((path, answer))
}

/// The path of the answer a control holds (not of a button's entry).
pub fn control_path(target: Option<EventTarget>) -> Option<String> {
    let element = target?.dyn_into::<Element>().ok()?;
    data(&element, "kind")?;
    data(&element, "path")
}

/// A file chosen in an attachment's control, with the field's path.
pub fn chosen_file(target: Option<EventTarget>) -> Option<(String, web_sys::File)> {
    let input = target?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    if data(&input, "kind").as_deref() != Some("file") {
        return None;
    }
    let file = input.files()?.get(0)?;
    input.set_value("");
    Some((data(&input, "path")?, file))
}

/// What a pressed button (or link) asks for.
pub enum Action {
    /// A new entry of a group, at this path (`vehicles.2`).
    Add(String),
    /// Remove a group's entry.
    Remove(String),
    /// Remove an attached file (the field's path, the file's id).
    RemoveFile(String, i64),
    /// Go to a step, focusing a control (a review's «Змінити», a summary's link).
    Show(String),
}

pub fn action_of(target: Option<EventTarget>) -> Option<Action> {
    let element = target?.dyn_into::<Element>().ok()?.closest("[data-action]").ok()??;
    let path = data(&element, "path")?;
    Some(match data(&element, "action")?.as_str() {
        "add" => Action::Add(path),
        "remove" => Action::Remove(path),
        "remove-file" => Action::RemoveFile(path, data(&element, "file")?.parse().ok()?),
        "show" => Action::Show(path),
        _ => return None,
    })
}
