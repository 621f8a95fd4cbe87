//! The cabinet's tabs (seed 001, Fig. 6), each its own URL; the current one
//! is marked with `aria-current`. Tabs appear here as they are built.

use crate::components::route_link::RouteLink;
use crate::i18n::use_i18n;
use crate::routes::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CabinetTabsProps {
    pub current: Route,
}

#[function_component(CabinetTabs)]
pub fn cabinet_tabs(props: &CabinetTabsProps) -> Html {
    let i18n = use_i18n();
    let tabs = [
        (Route::Appointments, "appointments-title"),
        (Route::Orders, "orders-title"),
        (Route::Drafts, "drafts-title"),
        (Route::Notifications, "notifications-title"),
        (Route::PersonalData, "personal-data-title"),
        (Route::Security, "security-title"),
    ];
    html! {
        <nav class="ep-tabs" aria-label={i18n.t("cabinet-tabs-label")}>
            <ul>
                { for tabs.into_iter().map(|(route, label)| {
                    // An order's detail page belongs to the orders tab.
                    let current = route == props.current
                        || (route == Route::Orders && matches!(props.current, Route::OrderDetail { .. }));
                    html! { <li><RouteLink {current} to={route}>{ i18n.t(label) }</RouteLink></li> }
                }) }
            </ul>
        </nav>
    }
}
