//! One field of an application form, drawn by its kind: its label, help and
//! error tied to the control (`aria-describedby`, `aria-invalid`), a choice
//! as radio buttons in a fieldset, a repeatable group as a fieldset per
//! entry, an attachment as a file chooser.
//!
//! The controls carry no handlers of their own: each names its answer's path
//! and kind in `data-` attributes, and the form listens once for all of them
//! (`events.rs`). Hundreds of small closures would cost the SPA's first load
//! more than the whole page.

use super::messages::problem_id;
use crate::format;
use crate::i18n::I18n;
use fluent::FluentValue;
use portal_model::draft::AttachmentInfo;
use portal_model::form::{Answers, ChoiceOption, Field, FieldKind, FormDefinition, answer_at};
use portal_model::registration::FieldProblem;
use serde_json::Value;
use yew::prelude::*;

/// The HTML id of the control of the field at `path`.
pub fn control_id(path: &str) -> String {
    format!("field-{}", path.replace('.', "-"))
}

/// What every field of the page is drawn from.
pub struct FieldContext<'a> {
    pub i18n: &'a I18n,
    pub answers: &'a Answers,
    pub problems: &'a [FieldProblem],
    /// The path of the attachment being uploaded, if any, and the share
    /// of it sent (per cent).
    pub uploading: Option<(&'a str, u8)>,
    /// The path and Fluent id of an upload that failed.
    pub upload_failed: Option<(&'a str, &'static str)>,
}

/// The parts every kind of field shares.
struct Parts {
    id: String,
    label: Html,
    help: Html,
    error: Html,
    invalid: bool,
    described: Option<String>,
    /// `aria-required`: said by screen readers (the «*» is only seen).
    required: Option<&'static str>,
}

fn parts(cx: &FieldContext, field: &Field, path: &str) -> Parts {
    let lang = cx.i18n.lang;
    let id = control_id(path);
    let message = cx.problems.iter().find(|p| p.field == path).map(|p| cx.i18n.t(problem_id(&field.kind, p.code)));
    let (help_id, error_id) = (format!("{id}-help"), format!("{id}-error"));
    let described = [field.help.as_ref().map(|_| help_id.clone()), message.as_ref().map(|_| error_id.clone())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    Parts {
        label: html! {
            <>{ field.label.get(lang) }if field.required { <span class="ep-required" aria-hidden="true">{ " *" }</span> }</>
        },
        help: field
            .help
            .as_ref()
            .map_or(Html::default(), |h| html! { <span id={help_id} class="ep-field-hint">{ h.get(lang) }</span> }),
        invalid: message.is_some(),
        error: message
            .map_or(Html::default(), |m| html! { <span id={error_id} class="ep-field-error">{ "✖ " }{ m }</span> }),
        described: (!described.is_empty()).then_some(described),
        required: field.required.then_some("true"),
        id,
    }
}

/// The id of the «Додати ще запис» button of the group at `path`.
pub fn add_button_id(path: &str) -> String {
    format!("{}-add", control_id(path))
}

/// The control of the first field a group's entry at `entry` shows
/// (`vehicles.2` → the id of `vehicles.2.plate`).
pub fn first_control_of(form: &FormDefinition, entry: &str) -> Option<String> {
    let (group, _) = entry.rsplit_once('.')?;
    let FieldKind::Group { fields, .. } = &form.field_at(group)?.kind else { return None };
    let first = fields.iter().find(|f| f.shown_when.is_none())?;
    Some(control_id(&format!("{entry}.{}", first.id)))
}

/// The fields of a step that the answers so far ask for.
pub fn step_fields(cx: &FieldContext, fields: &[Field]) -> Html {
    shown_in_place(
        fields,
        |field| field.shown_when.as_ref().is_none_or(|c| c.holds(cx.answers)),
        |field| field_view(cx, field, &field.id),
    )
}

/// Every field of `fields` in its own place, an empty one where it is not
/// shown: a field shown or hidden by a choice then leaves the others'
/// elements where they are (the list shifting made Yew draw the radio being
/// pressed anew, and focus fell to the page). Cheaper than a keyed list.
fn shown_in_place(fields: &[Field], shown: impl Fn(&Field) -> bool, view: impl Fn(&Field) -> Html) -> Html {
    fields.iter().map(|field| if shown(field) { view(field) } else { Html::default() }).collect()
}

/// The field at `path`, as its kind is asked.
pub fn field_view(cx: &FieldContext, field: &Field, path: &str) -> Html {
    let lang = cx.i18n.lang;
    let p = parts(cx, field, path);
    let value = answer_at(cx.answers, path);
    let text = value.and_then(Value::as_str).unwrap_or_default().to_owned();
    let wrapper = classes!("ep-field", p.invalid.then_some("ep-field-invalid"));
    let one_line = |kind: &'static str, mode: Option<&'static str>, auto: Option<&'static str>, hint: Option<&str>| {
        let hint = hint.map(|id| cx.i18n.t(id));
        html! {
            <div class={wrapper.clone()}>
                <label for={p.id.clone()}>{ p.label.clone() }</label>
                { p.help.clone() }
                if let Some(hint) = hint { <span class="ep-field-hint">{ hint }</span> }
                <input id={p.id.clone()} type={kind} value={text.clone()} inputmode={mode} autocomplete={auto}
                       data-path={path.to_owned()} data-kind="text" aria-invalid={p.invalid.to_string()}
                       aria-describedby={p.described.clone()} aria-required={p.required} />
                { p.error.clone() }
            </div>
        }
    };
    match &field.kind {
        FieldKind::Text { multiline: true, .. } => html! {
            <div class={wrapper}>
                <label for={p.id.clone()}>{ p.label }</label>
                { p.help }
                <textarea id={p.id} rows="5" value={text} data-path={path.to_owned()} data-kind="text"
                          aria-invalid={p.invalid.to_string()} aria-describedby={p.described} aria-required={p.required} />
                { p.error }
            </div>
        },
        FieldKind::Text { .. } | FieldKind::ByPersonalNumber => one_line("text", None, None, None),
        FieldKind::Address => one_line("text", None, Some("street-address"), None),
        FieldKind::Number { .. } | FieldKind::Rnokpp | FieldKind::Edrpou => {
            one_line("text", Some("numeric"), None, None)
        }
        FieldKind::Date => one_line("text", Some("numeric"), None, Some("application-date-hint")),
        FieldKind::Phone => one_line("tel", None, Some("tel"), None),
        FieldKind::Email => one_line("email", None, Some("email"), None),
        FieldKind::Money => one_line("text", Some("decimal"), None, Some("application-money-hint")),
        FieldKind::Choice { options } => {
            let current = value.and_then(Value::as_str);
            choices(
                p,
                path,
                "choice",
                "radio",
                options.iter().map(|o| (o.value.as_str(), o.label.get(lang), current == Some(o.value.as_str()))),
            )
        }
        FieldKind::YesNo => {
            let current = value.and_then(Value::as_bool);
            let (yes, no) = (cx.i18n.t("application-yes"), cx.i18n.t("application-no"));
            choices(
                p,
                path,
                "yesno",
                "radio",
                [("true", yes.as_str(), current == Some(true)), ("false", no.as_str(), current == Some(false))]
                    .into_iter(),
            )
        }
        FieldKind::MultiChoice { options } => {
            let chosen =
                |v: &str| value.and_then(Value::as_array).is_some_and(|a| a.iter().any(|x| x.as_str() == Some(v)));
            choices(
                p,
                path,
                "multi",
                "checkbox",
                options.iter().map(|o: &ChoiceOption| (o.value.as_str(), o.label.get(lang), chosen(&o.value))),
            )
        }
        FieldKind::Consent => html! {
            <div class={classes!(wrapper, "ep-field-check")}>
                <input id={p.id.clone()} type="checkbox" checked={value == Some(&Value::Bool(true))} data-path={path.to_owned()}
                       data-kind="consent" aria-invalid={p.invalid.to_string()} aria-describedby={p.described}
                       aria-required={p.required} />
                <label for={p.id}>{ p.label }</label>
                { p.help }
                { p.error }
            </div>
        },
        FieldKind::Group { fields, max, .. } => group(cx, p, fields, *max, path),
        FieldKind::Attachment { .. } => attachment(cx, p, path, value),
    }
}

/// A choice as radio buttons (or check boxes) in a fieldset; the first
/// carries the field's id, for the error summary's link.
fn choices<'a>(
    p: Parts,
    path: &str,
    kind: &'static str,
    input: &'static str,
    options: impl Iterator<Item = (&'a str, &'a str, bool)>,
) -> Html {
    // A radio group says it is required as a whole (not allowed on a radio).
    let (role, required) = if input == "radio" { (Some("radiogroup"), p.required) } else { (None, None) };
    html! {
        <fieldset class={classes!("ep-field", p.invalid.then_some("ep-field-invalid"))} aria-describedby={p.described}
                  {role} aria-required={required}>
            <legend>{ p.label }</legend>
            { p.help }
            { for options.enumerate().map(|(n, (value, text, checked))| {
                let id = if n == 0 { p.id.clone() } else { format!("{}-{n}", p.id) };
                html! {
                    <div class="ep-field-check">
                        <input id={id.clone()} type={input} name={p.id.clone()} value={value.to_owned()} {checked}
                               data-path={path.to_owned()} data-kind={kind} />
                        <label for={id}>{ text }</label>
                    </div>
                }
            }) }
            { p.error }
        </fieldset>
    }
}

fn group(cx: &FieldContext, p: Parts, fields: &[Field], max: u32, path: &str) -> Html {
    let entries = answer_at(cx.answers, path).and_then(Value::as_array).map_or(0, Vec::len);
    html! {
        <fieldset class={classes!("ep-field", p.invalid.then_some("ep-field-invalid"))} aria-describedby={p.described}>
            <legend>{ p.label }</legend>
            { p.help }
            { for (0..entries).map(|n| {
                let entry = format!("{path}.{n}");
                let shown = |f: &Field| {
                    let own = answer_at(cx.answers, &entry).and_then(Value::as_object);
                    f.shown_when.as_ref().is_none_or(|c| own.is_some_and(|o| c.holds(o)))
                };
                let number = FluentValue::from(n + 1);
                html! {
                    <fieldset class="ep-group-entry">
                        <legend>{ cx.i18n.t_args("application-entry", &[("n", number.clone())]) }</legend>
                        { shown_in_place(fields, shown, |f| field_view(cx, f, &format!("{entry}.{}", f.id))) }
                        <button type="button" class="ep-button" data-action="remove" data-path={entry.clone()}>
                            { cx.i18n.t_args("application-remove-entry", &[("n", number)]) }
                        </button>
                    </fieldset>
                }
            }) }
            if (entries as u32) < max {
                <button type="button" id={add_button_id(path)} class="ep-button" data-action="add" data-path={format!("{path}.{entries}")}>
                    { cx.i18n.t("application-add-entry") }
                </button>
            }
            { p.error }
        </fieldset>
    }
}

/// A file chooser: the chosen file is uploaded at once, and what the API
/// answers becomes the field's answer; an attached file can be removed.
fn attachment(cx: &FieldContext, p: Parts, path: &str, value: Option<&Value>) -> Html {
    let attached = value.and_then(AttachmentInfo::from_answer);
    let sent = cx.uploading.filter(|(at, _)| *at == path).map(|(_, sent)| sent);
    let busy = sent.is_some();
    let failed = cx.upload_failed.filter(|(at, _)| *at == path).map(|(_, id)| cx.i18n.t(id));
    html! {
        <div class={classes!("ep-field", p.invalid.then_some("ep-field-invalid"))}>
            <label for={p.id.clone()}>{ p.label }</label>
            { p.help }
            if let Some(info) = attached {
                <p class="ep-attached">
                    { "📎 " }
                    { cx.i18n.t_args("application-attached", &[
                        ("name", FluentValue::from(info.name.clone())),
                        ("size", FluentValue::from(format::file_size(cx.i18n, info.size))),
                    ]) }
                    { " " }
                    <button type="button" class="ep-button" data-action="remove-file" data-path={path.to_owned()}
                            data-file={info.id.to_string()}>
                        { cx.i18n.t_args("application-remove-file", &[("name", FluentValue::from(info.name))]) }
                    </button>
                </p>
            }
            // What it takes, before choosing.
            <span id={format!("{}-limit", p.id)} class="ep-field-hint">{ cx.i18n.t("application-file-limit") }</span>
            <input id={p.id.clone()} type="file" accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
                   data-path={path.to_owned()} data-kind="file" disabled={busy} aria-required={p.required}
                   aria-describedby={format!("{}-limit {}", p.id, p.described.unwrap_or_default())} />
            if let Some(sent) = sent {
                // Announced once; the bar tells the rest without a flood
                // of announcements.
                <p role="status">{ cx.i18n.t("application-attaching") }</p>
                <p class="ep-upload-progress">
                    <progress max="100" value={sent.to_string()} aria-label={cx.i18n.t("application-attaching")}></progress>
                    <span aria-hidden="true">{ format!(" {sent} %") }</span>
                </p>
            }
            if let Some(text) = failed { <p role="alert" class="ep-field-error">{ "✖ " }{ text }</p> }
            { p.error }
        </div>
    }
}
