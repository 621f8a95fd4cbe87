//! Moving focus to an element the next render draws or redraws: an error
//! summary that opens, a record just added, the form after a conflict. A
//! callback asks for it ([`FocusAfterRender::request`]); the effect after
//! the render does it, once the element is in the page.
//!
//! Asking from the callback and focusing at once would find the old page
//! (the summary not there yet), which is why focus used to stay on «Далі».

use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Moves focus to the element with `id`; whether there was one.
pub fn focus_by_id(id: &str) -> bool {
    let element = gloo::utils::document().get_element_by_id(id);
    match element.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()) {
        Some(element) => element.focus().is_ok(),
        None => false,
    }
}

/// The id to focus after the next render, if one was asked for.
#[derive(Clone)]
pub struct FocusAfterRender(Rc<RefCell<Option<String>>>);

impl FocusAfterRender {
    /// Focus the element with `id` once the page has been drawn again (the
    /// caller changes some state, which draws it).
    pub fn request(&self, id: impl Into<String>) {
        *self.0.borrow_mut() = Some(id.into());
    }
}

#[hook]
pub fn use_focus_after_render() -> FocusAfterRender {
    let pending = use_mut_ref(|| None::<String>);
    {
        let pending = pending.clone();
        use_effect(move || {
            let id = pending.borrow_mut().take();
            if let Some(id) = id {
                focus_by_id(&id);
            }
        });
    }
    FocusAfterRender(pending)
}
