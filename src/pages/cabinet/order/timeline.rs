//! «Хід розгляду»: every status the order took, oldest first, with when,
//! who and the comment — an ordered list, so a screen reader hears it in
//! order; each status in words and a symbol (`OrderStatusBadge`).

use super::complaints::complaint_status_text;
use super::payment::state_text;
use crate::components::order_status::OrderStatusBadge;
use crate::format;
use crate::i18n::use_i18n;
use crate::local_time::{self, Clock};
use portal_model::order::{Actor, OrderEvent};

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub events: Vec<OrderEvent>,
    /// The clock of the order's service.
    pub clock: Clock,
}

#[function_component(Timeline)]
pub fn timeline(props: &TimelineProps) -> Html {
    let i18n = use_i18n();
    let actor = |actor: Actor| {
        i18n.t(match actor {
            Actor::Applicant => "order-actor-applicant",
            Actor::Provider => "order-actor-provider",
            Actor::Payment => "order-actor-payment",
        })
    };
    html! {
        <section class="ep-timeline" aria-labelledby="ep-timeline-title">
            <h2 id="ep-timeline-title">{ i18n.t("order-timeline-title") }</h2>
            <ol>
                { for props.events.iter().map(|event| {
                    // (Orders older than the timeline know the day only.)
                    let when = if event.at.len() > 10 {
                        local_time::date_time(&i18n, &event.at, props.clock)
                    } else {
                        format::date(&event.at)
                    };
                    html! {
                        <li>
                            <time datetime={event.at.clone()}>{ when }</time>
                            { " " }
                            if let Some(step) = &event.complaint {
                                <span class="ep-status">
                                    { i18n.t_args("complaint-number", &[("number", step.number.clone().into())]) }
                                    { ": " }{ complaint_status_text(&i18n, step.status) }
                                </span>
                            } else if let Some(payment) = event.payment {
                                <span class="ep-status">{ state_text(&i18n, payment) }</span>
                            } else {
                                <OrderStatusBadge status={event.status} />
                            }
                            { " " }
                            <span class="ep-timeline-actor">{ actor(event.actor) }</span>
                            if let Some(comment) = &event.comment {
                                <p class="ep-timeline-comment">{ comment }</p>
                            }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
