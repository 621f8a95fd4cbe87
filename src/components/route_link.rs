//! A link to a route that can say it is the current page (`aria-current`),
//! which yew-router's `Link` cannot. Works with both browser and hash routers.

use crate::routes::Route;
use yew::prelude::*;
use yew_router::navigator::NavigatorKind;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RouteLinkProps {
    pub to: Route,
    #[prop_or_default]
    pub current: bool,
    #[prop_or_default]
    pub classes: Classes,
    pub children: Html,
}

#[function_component(RouteLink)]
pub fn route_link(props: &RouteLinkProps) -> Html {
    let Some(navigator) = use_navigator() else {
        return html! {};
    };
    let mut href = format!("{}{}", navigator.basename().unwrap_or_default(), props.to.to_path());
    if navigator.kind() == NavigatorKind::Hash {
        href.insert(0, '#');
    }
    let onclick = {
        let to = props.to.clone();
        Callback::from(move |event: MouseEvent| {
            // Let the browser open new tabs and windows itself.
            if event.meta_key() || event.ctrl_key() || event.shift_key() || event.alt_key() {
                return;
            }
            event.prevent_default();
            navigator.push(&to);
        })
    };
    html! {
        <a {href} class={props.classes.clone()} {onclick}
           aria-current={props.current.then_some("page")}>
            { props.children.clone() }
        </a>
    }
}
