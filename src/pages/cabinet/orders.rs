//! «Замовлені послуги» (seed 000, Fig. 1–2): the user's orders as a table
//! (cards on narrow screens), sortable by date and filterable by status; and
//! one order's detail page.

use crate::account_context::{AccountState, use_require_sign_in, use_signed_in_resource};
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
use portal_model::order::{Order, OrderStatus};
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
            shown.sort_by(|a, b| {
                if *newest_first { b.ordered_at.cmp(&a.ordered_at) } else { a.ordered_at.cmp(&b.ordered_at) }
            });
            html! { <OrderTable orders={shown.into_iter().cloned().collect::<Vec<_>>()} newest_first={*newest_first}
            on_sort={{ let n = newest_first.clone(); Callback::from(move |_| n.set(!*n)) }} /> }
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

#[derive(Properties, PartialEq)]
pub struct OrderDetailProps {
    pub id: i64,
}

#[function_component(OrderDetailPage)]
pub fn order_detail_page(props: &OrderDetailProps) -> Html {
    let i18n = use_i18n();
    let account = use_require_sign_in(Route::OrderDetail { id: props.id });
    let catalogue = use_catalogue();
    use_document_title(i18n.t("order-detail-title"));
    let order = use_state(|| None::<Result<Order, &'static str>>);
    {
        let (order, client, signed_in) =
            (order.clone(), account.client.clone(), matches!(account.state, AccountState::SignedIn(_)));
        use_effect_with((signed_in, props.id), move |(signed_in, id)| {
            if *signed_in {
                let id = *id;
                wasm_bindgen_futures::spawn_local(async move {
                    order.set(Some(client.order(id).await.map_err(|e| e.message_id())));
                });
            }
        });
    }
    let lang = i18n.lang;
    let dash = || "—".to_owned();
    let body = match &*order {
        None => html! { <Loading /> },
        Some(Err(message_id)) => html! { <ErrorPanel message_id={*message_id} /> },
        Some(Ok(o)) => {
            let provider = provider_name(&catalogue, lang, &o.provider_id);
            let service = service_name(&catalogue, lang, &o.service_id);
            let date = |d: &Option<String>| d.as_deref().map(format::date).unwrap_or_else(dash);
            html! {
                <>
                    <p class="ep-lead">{ service }</p>
                    <p><OrderStatusBadge status={o.status} /></p>
                    <dl class="ep-facts">
                        <dt>{ i18n.t("order-organisation") }</dt><dd>{ provider }</dd>
                        <dt>{ i18n.t("order-registration-number") }</dt><dd>{ o.registration_number.clone().unwrap_or_else(dash) }</dd>
                        <dt>{ i18n.t("order-registration-date") }</dt><dd>{ date(&o.registration_date) }</dd>
                        <dt>{ i18n.t("order-control-date") }</dt><dd>{ date(&o.control_date) }</dd>
                        <dt>{ i18n.t("order-execution-date") }</dt><dd>{ date(&o.execution_date) }</dd>
                        <dt>{ i18n.t("order-comment") }</dt><dd>{ o.comment.clone().unwrap_or_else(dash) }</dd>
                        <dt>{ i18n.t("orders-col-documents") }</dt><dd>{ o.documents.join(", ") }</dd>
                        <dt>{ i18n.t("order-answers") }</dt>
                        <dd>
                            if o.answers.is_empty() {
                                { i18n.t("order-no-answers") }
                            } else {
                                <ul class="ep-plain-list">
                                    { for o.answers.iter().map(|file| html! {
                                        <li>
                                            <a href={account.client.url(&format!("/api/orders/{}/answers/{}", o.id, file.id))}
                                               download={file.file_name.clone()} class="ep-link-block">
                                                { "⬇ " }{ &file.file_name }
                                            </a>
                                            { format!(" ({})", format::file_size(file.size)) }
                                        </li>
                                    }) }
                                </ul>
                            }
                        </dd>
                    </dl>
                </>
            }
        }
    };
    html! {
        <div class="ep-page">
            <CabinetTabs current={Route::OrderDetail { id: props.id }} />
            <h1>{ i18n.t("order-detail-title") }</h1>
            { body }
            <p><Link<Route> to={Route::Orders}>{ i18n.t("orders-back") }</Link<Route>></p>
        </div>
    }
}
