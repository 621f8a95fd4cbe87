//! «Замовлені послуги» (seed 000, Fig. 1–2): the user's orders as a table
//! (cards on narrow screens), sortable by date and filterable by status.
//! One order's page is `order/`.

use crate::account_context::{use_require_sign_in, use_signed_in_resource};
use crate::catalogue_context::use_catalogue;
use crate::catalogue_names::{provider_name, service_name};
use crate::components::cabinet_tabs::CabinetTabs;
use crate::components::document_title::use_document_title;
use crate::components::error_panel::ErrorPanel;
use crate::components::loading::Loading;
use crate::components::order_status::OrderStatusBadge;
use crate::format;
use crate::i18n::use_i18n;
use crate::routes::Route;
use fluent::FluentValue;
use portal_model::order::{Order, OrderStatus};
use portal_model::order_code::{CodeError, OrderCode};
use yew::prelude::*;
use yew_router::prelude::*;

#[function_component(OrdersPage)]
pub fn orders_page() -> Html {
    let i18n = use_i18n();
    // Signed out: off to sign-in and back.
    use_require_sign_in(Route::Orders);
    use_document_title(i18n.t("orders-title"));
    let (orders, _) = use_signed_in_resource(|client| async move { client.orders().await });
    let newest_first = use_state(|| true);
    let only = use_state(|| None::<OrderStatus>);
    let body = match &*orders {
        None => html! { <Loading /> },
        Some(Err(message_id)) => html! { <ErrorPanel message_id={*message_id} /> },
        Some(Ok(list)) if list.is_empty() => html! { <p>{ i18n.t("orders-none") }</p> },
        Some(Ok(list)) => {
            let mut shown: Vec<&Order> = list.iter().filter(|o| only.is_none_or(|s| o.status == s)).collect();
            // The API lists them newest first.
            if !*newest_first {
                shown.reverse();
            }
            html! {
                <>
                    <FindByCode orders={list.clone()} />
                    <OrderTable orders={shown.into_iter().cloned().collect::<Vec<_>>()} newest_first={*newest_first}
                        on_sort={{ let n = newest_first.clone(); Callback::from(move |_| n.set(!*n)) }} />
                </>
            }
        }
    };
    let on_filter = {
        let only = only.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            only.set(value.parse().ok());
        })
    };
    html! {
        <div class="ep-page">
            <CabinetTabs current={Route::Orders} />
            <h1>{ i18n.t("orders-title") }</h1>
            <div class="ep-filters">
                <label for="ep-order-filter">{ i18n.t("orders-filter-status") }</label>
                <select id="ep-order-filter" onchange={on_filter}>
                    <option value="" selected={only.is_none()}>{ i18n.t("search-filter-all") }</option>
                    { for OrderStatus::ALL.into_iter().map(|s| html! {
                        <option value={s.code()} selected={*only == Some(s)}>{ i18n.t(&format!("order-status-{}", s.code())) }</option>
                    }) }
                </select>
            </div>
            { body }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct FindByCodeProps {
    orders: Vec<Order>,
}

/// «Знайти за кодом оплати»: a payment code as read from a receipt or a
/// bank's screen (spaces and dashes welcome) opens its order; a mistyped
/// one is caught by its check digits, naming the group to look at.
#[function_component(FindByCode)]
fn find_by_code(props: &FindByCodeProps) -> Html {
    let i18n = use_i18n();
    let navigator = use_navigator();
    let typed = use_state(String::new);
    let problem = use_state(|| None::<String>);
    let on_input = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| typed.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))
    };
    let on_submit = {
        let (typed, problem, orders, i18n) = (typed.clone(), problem.clone(), props.orders.clone(), i18n.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let found = match OrderCode::parse(&typed) {
                Err(CodeError::NotDigits) => Err(i18n.t("order-code-not-digits")),
                Err(CodeError::Length(count)) => {
                    Err(i18n.t_args("order-code-length", &[("count", FluentValue::from(count))]))
                }
                Err(CodeError::Check { suspect_groups }) => {
                    let groups: Vec<String> = suspect_groups.iter().map(|g| (g + 1).to_string()).collect();
                    Err(i18n.t_args("order-code-check", &[("groups", FluentValue::from(groups.join(", ")))]))
                }
                Ok(code) => orders
                    .iter()
                    .find(|o| o.payment.as_ref().is_some_and(|p| p.code == code.digits()))
                    .map(|o| o.id)
                    .ok_or_else(|| i18n.t("order-code-unknown")),
            };
            match (found, &navigator) {
                (Ok(id), Some(navigator)) => navigator.push(&Route::OrderDetail { id }),
                (Ok(_), None) => {}
                (Err(message), _) => problem.set(Some(message)),
            }
        })
    };
    html! {
        <form class="ep-filters" onsubmit={on_submit} novalidate=true>
            <label for="ep-order-code">{ i18n.t("order-code-find") }</label>
            <input id="ep-order-code" type="text" inputmode="numeric" autocomplete="off" value={(*typed).clone()}
                   oninput={on_input} aria-invalid={problem.is_some().to_string()}
                   aria-describedby={problem.is_some().then_some("ep-order-code-error")} />
            <button type="submit" class="ep-button">{ i18n.t("order-code-open") }</button>
            if let Some(message) = &*problem {
                <p id="ep-order-code-error" role="alert" class="ep-field-error">{ "✖ " }{ message }</p>
            }
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct OrderTableProps {
    orders: Vec<Order>,
    newest_first: bool,
    on_sort: Callback<()>,
}

#[function_component(OrderTable)]
fn order_table(props: &OrderTableProps) -> Html {
    let i18n = use_i18n();
    let catalogue = use_catalogue();
    let lang = i18n.lang;
    let names =
        |o: &Order| (service_name(&catalogue, lang, &o.service_id), provider_name(&catalogue, lang, &o.provider_id));
    let on_sort = props.on_sort.clone();
    let sort = if props.newest_first { "descending" } else { "ascending" };
    html! {
        <table class="ep-table">
            <thead>
                <tr>
                    <th scope="col">{ i18n.t("orders-col-status") }</th>
                    <th scope="col">{ i18n.t("orders-col-documents") }</th>
                    <th scope="col">{ i18n.t("orders-col-provider") }</th>
                    <th scope="col">{ i18n.t("orders-col-service") }</th>
                    <th scope="col" aria-sort={sort}>
                        <button type="button" class="ep-sort" onclick={move |_| on_sort.emit(())}>
                            { i18n.t("orders-col-date") }{ if props.newest_first { " ↓" } else { " ↑" } }
                        </button>
                    </th>
                </tr>
            </thead>
            <tbody>
                { for props.orders.iter().map(|o| {
                    let (service, provider) = names(o);
                    html! {
                        <tr>
                            <td data-label={i18n.t("orders-col-status")}>
                                <Link<Route> to={Route::OrderDetail { id: o.id }}><OrderStatusBadge status={o.status} /></Link<Route>>
                            </td>
                            <td data-label={i18n.t("orders-col-documents")}>{ o.documents.join(", ") }</td>
                            <td data-label={i18n.t("orders-col-provider")}>{ provider }</td>
                            <td data-label={i18n.t("orders-col-service")}>{ service }</td>
                            <td data-label={i18n.t("orders-col-date")}>{ format::date(&o.ordered_at) }</td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}
