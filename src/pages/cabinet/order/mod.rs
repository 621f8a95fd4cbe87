//! One order's page: its status and registration (seed 000), the provider's
//! answer files, and for an application sent through the portal how to pay
//! (`payment`, with the receipt: `receipt`) and what was sent (`sent`); its timeline (`timeline`); and
//! withdrawing it while it is not completed (`withdrawal`).

mod complaints;
mod payment;
mod receipt;
mod sent;
mod timeline;
mod withdrawal;

use crate::account_context::{AccountState, use_require_sign_in};
use crate::catalogue_context::use_catalogue;
use crate::catalogue_names::{provider_name, service_name};
use crate::components::cabinet_tabs::CabinetTabs;
use crate::components::document_title::use_document_title;
use crate::components::error_panel::ErrorPanel;
use crate::components::loading::Loading;
use crate::components::order_status::OrderStatusBadge;
use crate::format;
use crate::i18n::use_i18n;
use crate::local_time::Clock;
use crate::routes::Route;
use complaints::Complaints;
use payment::PaymentSection;
use portal_model::order::Order;
use sent::SentApplication;
use timeline::Timeline;
use withdrawal::WithdrawApplication;
use yew::prelude::*;
use yew_router::prelude::*;

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
    // A withdrawal answers with the order as it is now.
    let withdrawn_now = use_state(|| false);
    let on_withdrawn = {
        let (order, withdrawn_now) = (order.clone(), withdrawn_now.clone());
        Callback::from(move |now: Order| {
            order.set(Some(Ok(now)));
            withdrawn_now.set(true);
        })
    };
    // A receipt attached, a complaint filed or withdrawn: the order as it is now.
    let on_receipt = {
        let order = order.clone();
        Callback::from(move |now: Order| order.set(Some(Ok(now))))
    };
    let lang = i18n.lang;
    let dash = || "—".to_owned();
    let body = match &*order {
        None => html! { <Loading /> },
        Some(Err(message_id)) => html! { <ErrorPanel message_id={*message_id} /> },
        Some(Ok(o)) => {
            let provider = provider_name(&catalogue, lang, &o.provider_id);
            let service = service_name(&catalogue, lang, &o.service_id);
            let date = |d: &Option<String>| d.as_deref().map(format::date).unwrap_or_else(dash);
            let clock = Clock::of_provider(&catalogue, &o.provider_id);
            html! {
                <>
                    <p class="ep-lead">{ service }</p>
                    <p><OrderStatusBadge status={o.status} /></p>
                    <p role="status">{ if *withdrawn_now { i18n.t("order-withdrawn") } else { String::new() } }</p>
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
                    if let (true, AccountState::SignedIn(signed_in)) = (o.status.can_withdraw(), &account.state) {
                        <WithdrawApplication order={o.id} client={account.client.clone()}
                            csrf={signed_in.csrf_token.clone()} on_withdrawn={on_withdrawn.clone()} />
                    }
                    if let (true, AccountState::SignedIn(signed_in)) =
                        (o.status.can_complain() || !o.complaints.is_empty(), &account.state) {
                        <Complaints order={o.id} complaints={o.complaints.clone()} decided={o.status.can_complain()}
                            client={account.client.clone()} csrf={signed_in.csrf_token.clone()}
                            on_changed={on_receipt.clone()} {clock} />
                    }
                    if !o.timeline.is_empty() {
                        <Timeline events={o.timeline.clone()} {clock} />
                    }
                    if let (Some(payment), AccountState::SignedIn(signed_in)) = (&o.payment, &account.state) {
                        <PaymentSection order={o.id} payment={payment.clone()}
                            recipient={provider_name(&catalogue, lang, &o.provider_id)} client={account.client.clone()}
                            csrf={signed_in.csrf_token.clone()} on_changed={on_receipt.clone()}
                            open={o.status.can_withdraw()} />
                    }
                    if let Some(submission) = &o.submission {
                        <SentApplication order={o.id} service={o.service_id.clone()} submission={submission.clone()}
                            client={account.client.clone()} />
                    }
                </>
            }
        }
    };
    html! {
        <div class="ep-page">
            <CabinetTabs current={Route::OrderDetail { id: props.id }} />
            <h1>{ i18n.t("order-detail-title") }</h1>
            { body }
            <p><Link<Route> to={Route::Orders} classes="ep-link-block">{ i18n.t("orders-back") }</Link<Route>></p>
        </div>
    }
}
