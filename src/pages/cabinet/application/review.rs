//! «Перевірка заяви»: every answer of every shown field, step by step, each
//! with a «Змінити» link that opens its step with the field in focus.

use super::field_input::control_id;
use crate::i18n::I18n;
use fluent::FluentValue;
use portal_model::Lang;
use portal_model::draft::AttachmentInfo;
use portal_model::form::{Answers, Field, FieldKind, FormDefinition, answer_at};
use serde_json::Value;
use yew::prelude::*;

/// (A function, not a component: it holds no state of its own.) Without
/// `change_links`, the answers as sent, read only (the order's page).
pub fn review(i18n: &I18n, form: &FormDefinition, answers: &Answers, change_links: bool) -> Html {
    let lang = i18n.lang;
    html! {
        <>
            { for form.steps.iter().map(|step| html! {
                <section class="ep-review-step">
                    <h3>{ step.title.get(lang) }</h3>
                    <dl>
                        { for step.fields.iter().filter(|f| f.shown_when.as_ref().is_none_or(|c| c.holds(answers))).map(|field| {
                            let label = field.label.get(lang).to_owned();
                            html! {
                                <>
                                    <dt>{ &label }</dt>
                                    <dd>
                                        { shown_answer(i18n, lang, field, answer_at(answers, &field.id)) }
                                        if change_links {
                                            { " " }
                                            <a href={format!("#{}", control_id(&field.id))} data-action="show" data-path={field.id.clone()}
                                               aria-label={i18n.t_args("application-change-named", &[("field", FluentValue::from(label))])}>
                                                { i18n.t("application-change") }
                                            </a>
                                        }
                                    </dd>
                                </>
                            }
                        }) }
                    </dl>
                </section>
            }) }
        </>
    }
}

/// Answers to questions the form no longer asks (it changed since the
/// draft was begun): kept with the draft, shown here, never sent.
pub fn dropped(i18n: &I18n, form: &FormDefinition, answers: &Answers) -> Html {
    let dropped = form.dropped_answers(answers);
    if dropped.is_empty() {
        return Html::default();
    }
    html! {
        <section class="ep-review-step ep-review-dropped">
            <h3>{ i18n.t("application-dropped-title") }</h3>
            <p class="ep-note">{ i18n.t("application-dropped-note") }</p>
            <dl>
                { for dropped.into_iter().map(|(path, value)| html! {
                    <>
                        <dt>{ path }</dt>
                        <dd>{ value.as_str().map(str::to_owned).unwrap_or_else(|| value.to_string()) }</dd>
                    </>
                }) }
            </dl>
        </section>
    }
}

/// An answer in words.
pub(super) fn shown_answer(i18n: &crate::i18n::I18n, lang: Lang, field: &Field, value: Option<&Value>) -> Html {
    let none = || html! { <em>{ i18n.t("application-no-answer") }</em> };
    let Some(value) = value.filter(|v| !portal_model::form::is_blank(v)) else { return none() };
    let label_of = |options: &[portal_model::form::ChoiceOption], v: &str| {
        options.iter().find(|o| o.value == v).map(|o| o.label.get(lang).to_owned()).unwrap_or_else(|| v.to_owned())
    };
    match (&field.kind, value) {
        (FieldKind::Choice { options }, Value::String(v)) => html! { { label_of(options, v) } },
        (FieldKind::MultiChoice { options }, Value::Array(values)) => {
            let words: Vec<String> = values.iter().filter_map(Value::as_str).map(|v| label_of(options, v)).collect();
            html! { { words.join(", ") } }
        }
        (FieldKind::YesNo | FieldKind::Consent, Value::Bool(yes)) => {
            html! { { i18n.t(if *yes { "application-yes" } else { "application-no" }) } }
        }
        (FieldKind::Attachment { .. }, file) => match AttachmentInfo::from_answer(file) {
            Some(info) => html! { { format!("📎 {}", info.name) } },
            None => none(),
        },
        (FieldKind::Group { fields, .. }, Value::Array(entries)) => html! {
            <ol>
                { for entries.iter().map(|entry| html! {
                    <li>
                        { for fields.iter().filter_map(|inner| {
                            let shown = entry.as_object().and_then(|e| e.get(&inner.id)).filter(|v| !portal_model::form::is_blank(v))?;
                            let text = shown.as_str().map(str::to_owned).unwrap_or_else(|| shown.to_string());
                            Some(html! { <span>{ format!("{}: {}; ", inner.label.get(lang), text) }</span> })
                        }) }
                    </li>
                }) }
            </ol>
        },
        (_, Value::String(text)) => html! { { text.clone() } },
        (_, other) => html! { { other.to_string() } },
    }
}
