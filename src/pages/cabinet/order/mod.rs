//! One order's page: first what the person must do next (pay, while the
//! payment waits: `payment`, with the receipt: `receipt`; or, just sent, what
//! happens now), then its status and registration (seed 000) with only the
//! rows that say something, the files sent and the provider's answer files;
//! what was sent (`sent`); its timeline (`timeline`); and withdrawing it
//! while it is not completed (`withdrawal`).

mod complaints;
mod payment;
mod receipt;
mod sent;
mod timeline;
mod withdrawal;

use crate::account_context::{AccountState, use_require_sign_in};
use crate::api_client::ApiClient;
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
use portal_model::order::{Order, OrderStatus};
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
    let body = match &*order {
        None => html! { <Loading /> },
        Some(Err(message_id)) => html! { <ErrorPanel message_id={*message_id} /> },
        Some(Ok(o)) => {
            let provider = provider_name(&catalogue, lang, &o.provider_id);
            let service = service_name(&catalogue, lang, &o.service_id);
            let clock = Clock::of_provider(&catalogue, &o.provider_id);
            // What the person must do next comes first: pay, while payment
            // waits; otherwise, just sent, what happens now.
            let payment = match (&o.payment, &account.state) {
                (Some(payment), AccountState::SignedIn(signed_in)) => Some((
                    payment::leads(payment, o.status.can_withdraw()),
                    html! {
                        <PaymentSection order={o.id} payment={payment.clone()} recipient={provider.clone()}
                            client={account.client.clone()} csrf={signed_in.csrf_token.clone()}
                            on_changed={on_receipt.clone()} status={o.status} />
                    },
                )),
                _ => None,
            };
            let (lead, rest) = match payment {
                Some((true, section)) => (section, Html::default()),
                Some((false, section)) => (just_sent(&i18n, o), section),
                None => (just_sent(&i18n, o), Html::default()),
            };
            html! {
                <>
                    <p class="ep-lead">{ service }</p>
                    { lead }
                    <p><OrderStatusBadge status={o.status} /></p>
                    <p role="status">{ if *withdrawn_now { i18n.t("order-withdrawn") } else { String::new() } }</p>
                    { facts(&i18n, o, provider, &account.client) }
                    { rest }
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
                    if let Some(submission) = &o.submission {
                        <SentApplication service={o.service_id.clone()} submission={submission.clone()}
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

/// «Заяву надіслано»: for an application sent through the portal that
/// waits for registration and for no payment, what happens now.
fn just_sent(i18n: &crate::i18n::I18n, o: &Order) -> Html {
    if o.status != OrderStatus::Sent || o.submission.is_none() {
        return Html::default();
    }
    html! {
        <section class="ep-next-step" aria-labelledby="ep-next-title">
            <h2 id="ep-next-title">{ i18n.t("order-next-sent") }</h2>
            <p>{ i18n.t("order-next-sent-text") }</p>
        </section>
    }
}

/// The order's facts: only the rows that say something (no table of dashes).
fn facts(i18n: &crate::i18n::I18n, o: &Order, provider: String, client: &ApiClient) -> Html {
    let row = |label: &str, value: Html| html! { <><dt>{ i18n.t(label) }</dt><dd>{ value }</dd></> };
    let text =
        |label: &str, value: &Option<String>| value.as_deref().map(|v| row(label, html! { { v } })).unwrap_or_default();
    let date = |label: &str, value: &Option<String>| {
        value.as_deref().map(|v| row(label, html! { { format::date(v) } })).unwrap_or_default()
    };
    let download = |href: String, name: &str, size: u64| {
        html! {
            <li>
                <a href={client.url(&href)} download={name.to_owned()} class="ep-link-block">{ "⬇ " }{ name }</a>
                { format!(" ({})", format::file_size(i18n, size)) }
            </li>
        }
    };
    // What was sent: the submission's files; for orders made elsewhere, the documents named.
    let documents = match &o.submission {
        Some(submission) if !submission.files.is_empty() => Some(html! {
            <ul class="ep-plain-list">
                { for submission.files.iter().map(|f| download(format!("/api/orders/{}/files/{}", o.id, f.id), &f.name, f.size)) }
            </ul>
        }),
        _ if !o.documents.is_empty() => Some(html! { { o.documents.join(", ") } }),
        _ => None,
    };
    html! {
        <dl class="ep-facts">
            { row("order-organisation", html! { { provider } }) }
            { text("order-registration-number", &o.registration_number) }
            { date("order-registration-date", &o.registration_date) }
            { date("order-control-date", &o.control_date) }
            { date("order-execution-date", &o.execution_date) }
            { text("order-comment", &o.comment) }
            { documents.map(|list| row("orders-col-documents", list)).unwrap_or_default() }
            if !o.answers.is_empty() {
                { row("order-answers", html! {
                    <ul class="ep-plain-list">
                        { for o.answers.iter().map(|f| download(format!("/api/orders/{}/answers/{}", o.id, f.id), &f.file_name, f.size)) }
                    </ul>
                }) }
            }
        </dl>
    }
}
