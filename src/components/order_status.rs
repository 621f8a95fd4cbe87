//! An order's status in words and with its own symbol, never by colour alone.

use crate::i18n::use_i18n;
use portal_model::order::OrderStatus;
use yew::prelude::*;

pub fn symbol(status: OrderStatus) -> &'static str {
    match status {
        OrderStatus::Sent => "◷",
        OrderStatus::Registered => "●",
        OrderStatus::Refused => "✖",
        OrderStatus::Done => "✔",
        OrderStatus::Withdrawn => "↩",
    }
}

#[derive(Properties, PartialEq)]
pub struct OrderStatusProps {
    pub status: OrderStatus,
}

#[function_component(OrderStatusBadge)]
pub fn order_status_badge(props: &OrderStatusProps) -> Html {
    let i18n = use_i18n();
    let status = props.status;
    html! {
        <span class={classes!("ep-status", format!("ep-status-{}", status.code()))}>
            <span aria-hidden="true">{ symbol(status) }{ " " }</span>
            { i18n.t(&format!("order-status-{}", status.code())) }
        </span>
    }
}
