//! A labelled input whose error, when there is one, stands beside it and is
//! tied to it (`aria-invalid`, `aria-describedby`), so screen readers read
//! the error with the field.

use crate::i18n::use_i18n;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FormFieldProps {
    /// Field name: the input's id is `field-<name>`.
    pub name: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub on_change: Callback<String>,
    #[prop_or("text".into())]
    pub kind: AttrValue,
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
    /// Fluent id of the error message, if the field is refused.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Marked `aria-required` (screen readers say it; the form checks it).
    #[prop_or_default]
    pub required: bool,
}

#[function_component(FormField)]
pub fn form_field(props: &FormFieldProps) -> Html {
    let i18n = use_i18n();
    let id = format!("field-{}", props.name);
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described: Vec<&str> =
        [props.hint.as_ref().map(|_| hint_id.as_str()), props.error.as_ref().map(|_| error_id.as_str())]
            .into_iter()
            .flatten()
            .collect();
    let oninput = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: InputEvent| on_change.emit(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    html! {
        <div class={classes!("ep-field", props.error.as_ref().map(|_| "ep-field-invalid"))}>
            <label for={id.clone()}>{ &props.label }</label>
            if let Some(hint) = &props.hint {
                <span id={hint_id.clone()} class="ep-field-hint">{ hint }</span>
            }
            <input id={id} name={props.name.clone()} type={props.kind.clone()} value={props.value.clone()}
                   autocomplete={props.autocomplete.clone()} aria-required={props.required.then_some("true")}
                   aria-invalid={props.error.is_some().to_string()}
                   aria-describedby={(!described.is_empty()).then(|| described.join(" "))}
                   {oninput} />
            if let Some(error) = &props.error {
                <span id={error_id} class="ep-field-error">{ "✖ " }{ i18n.t(error) }</span>
            }
        </div>
    }
}

/// The `on_change` of a field of a form kept whole in one state: `set`
/// writes the typed text into a copy, which replaces the state.
pub fn edits<T: Clone + 'static>(form: &UseStateHandle<T>, set: fn(&mut T, String)) -> Callback<String> {
    let form = form.clone();
    Callback::from(move |text: String| {
        let mut next = (*form).clone();
        set(&mut next, text);
        form.set(next);
    })
}
