//! «Повідомлення»: the user's notifications, newest first, each naming what
//! happened (the status reached, the complaint filed…). Unread ones are
//! bold and say «нове» in words; opening one shows it whole and marks it
//! read, and the count in the header follows.

use crate::account_context::{AccountState, use_require_sign_in, use_signed_in_resource};
use crate::catalogue_context::use_catalogue;
use crate::catalogue_names::service_name;
use crate::components::cabinet_tabs::CabinetTabs;
use crate::components::document_title::use_document_title;
use crate::components::error_panel::ErrorPanel;
use crate::components::loading::Loading;
use crate::i18n::use_i18n;
use crate::local_time::{self, Clock};
use crate::routes::Route;
use fluent::FluentValue;
use portal_model::cabinet::{Notification, NotificationKind};
use yew::prelude::*;
use yew_router::prelude::*;

#[function_component(NotificationsPage)]
pub fn notifications_page() -> Html {
    let i18n = use_i18n();
    let account = use_require_sign_in(Route::Notifications);
    use_document_title(i18n.t("notifications-title"));
    let (list, load) = use_signed_in_resource(|client| async move { client.notifications().await });
    let open = use_state(|| None::<i64>);
    let on_toggle = {
        let (open, list, account) = (open.clone(), list.clone(), account.clone());
        Callback::from(move |notification: Notification| {
            if *open == Some(notification.id) {
                open.set(None);
                return;
            }
            open.set(Some(notification.id));
            let AccountState::SignedIn(signed_in) = &account.state else { return };
            if notification.read_at.is_some() {
                return;
            }
            // Shown as read at once; the server is told, then the header count follows.
            if let Some(Ok(items)) = &*list {
                let items = items
                    .iter()
                    .cloned()
                    .map(|mut n| {
                        if n.id == notification.id {
                            n.read_at = Some(String::new());
                        }
                        n
                    })
                    .collect();
                list.set(Some(Ok(items)));
            }
            let (client, csrf, refresh) =
                (account.client.clone(), signed_in.csrf_token.clone(), account.refresh_unread.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let _ = client.mark_notification_read(notification.id, &csrf).await;
                refresh.emit(());
            });
        })
    };
    let body = match &*list {
        None => html! { <Loading /> },
        Some(Err(message_id)) => html! { <ErrorPanel message_id={*message_id} on_retry={load.clone()} /> },
        Some(Ok(items)) if items.is_empty() => html! { <p>{ i18n.t("notifications-none") }</p> },
        Some(Ok(items)) => html! {
            <ul class="ep-notifications-list">
                { for items.iter().map(|n| html! {
                    <NotificationItem notification={n.clone()} open={*open == Some(n.id)} on_toggle={on_toggle.clone()} />
                }) }
            </ul>
        },
    };
    html! {
        <div class="ep-page ep-prose">
            <CabinetTabs current={Route::Notifications} />
            <h1>{ i18n.t("notifications-title") }</h1>
            { body }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ItemProps {
    notification: Notification,
    open: bool,
    on_toggle: Callback<Notification>,
}

#[function_component(NotificationItem)]
fn notification_item(props: &ItemProps) -> Html {
    let i18n = use_i18n();
    let catalogue = use_catalogue();
    let n = &props.notification;
    let service = n.order_service_id.as_deref().map(|id| service_name(&catalogue, i18n.lang, id)).unwrap_or_default();
    // (A sign-in belongs to no service: the reader's own clock.)
    let clock = n.order_service_id.as_deref().map_or(Clock::Reader, |id| Clock::of_service(&catalogue, id));
    let status = n.order_status.as_deref().map(|code| i18n.t(&format!("order-status-{code}"))).unwrap_or_default();
    // What happened then (older notifications: the status the order has now).
    let event = match n.event {
        Some(event) => {
            i18n.t_args(&event.message_id(), &[("detail", FluentValue::from(n.detail.clone().unwrap_or_default()))])
        }
        None => status.clone(),
    };
    let args = [
        ("service", FluentValue::from(service)),
        ("status", FluentValue::from(status)),
        ("event", FluentValue::from(event)),
    ];
    let (summary, details) = match n.kind {
        NotificationKind::OrderStatus => ("notification-order-event", "notification-order-status-details"),
        NotificationKind::AnswerReady => ("notification-answer-ready", "notification-answer-ready-details"),
        NotificationKind::NewSignIn => ("notification-new-sign-in", "notification-new-sign-in-details"),
    };
    let unread = n.read_at.is_none();
    let onclick = {
        let (on_toggle, n) = (props.on_toggle.clone(), n.clone());
        Callback::from(move |_: MouseEvent| on_toggle.emit(n.clone()))
    };
    let details_id = format!("ep-notification-{}", n.id);
    html! {
        <li class={classes!(unread.then_some("ep-notification-unread"))}>
            <button type="button" aria-expanded={props.open.to_string()} aria-controls={details_id.clone()} {onclick}>
                if unread { <span>{ "● " }{ i18n.t("notification-new") }{ ": " }</span> }
                { i18n.t_args(summary, &args) }
            </button>
            <div><small>{ local_time::date_time(&i18n, &n.created_at, clock) }</small></div>
            <div id={details_id} hidden={!props.open}>
                <p>{ i18n.t_args(details, &args) }</p>
                if let Some(order) = n.order_id {
                    <p><Link<Route> to={Route::OrderDetail { id: order }}>{ i18n.t("notification-open-order") }</Link<Route>></p>
                }
            </div>
        </li>
    }
}
