//! Not found: a page that says so and offers the way home.

use crate::components::not_found_message::NotFoundMessage;
use yew::prelude::*;

#[function_component(NotFound)]
pub fn not_found() -> Html {
    html! { <NotFoundMessage /> }
}
