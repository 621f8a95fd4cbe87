//! «Оплата»: the 30-digit order code a bank takes (seed 004), in six
//! groups of five to read aloud and type, a button that copies the digits
//! only, the amount and the recipient; where the payment stands, in words
//! and a symbol; and the receipt, attached here until the provider confirms.
//! While the payment waits for the person it leads the order's page, as
//! what to do next («Заяву надіслано. Сплатіть …»); on an order closed
//! (withdrawn, refused, done) nothing invites paying, and one that was paid
//! says what happens to the money.

use super::receipt::ReceiptInput;
use crate::api_client::ApiClient;
use crate::format;
use crate::i18n::use_i18n;
use portal_model::catalogue::Currency;
use portal_model::order::{CardAttempt, Order, OrderStatus, Payment, PaymentMethod, PaymentState};
use portal_model::order_code::OrderCode;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PaymentProps {
    pub order: i64,
    pub payment: Payment,
    pub recipient: String,
    pub client: ApiClient,
    pub csrf: AttrValue,
    /// The order as it is after a receipt was attached.
    pub on_changed: Callback<Order>,
    /// The order's status: it takes payment while it can be withdrawn.
    pub status: OrderStatus,
}

/// Whether the payment leads the order's page: it waits for the person.
pub(super) fn leads(payment: &Payment, open: bool) -> bool {
    open && payment.state == PaymentState::Awaiting
}

/// Whether a closed order has anything to say of its payment: money was
/// paid (and what happens to it), or a card payment is being given back.
fn worth_showing(payment: &Payment, open: bool) -> bool {
    open || payment.state != PaymentState::Awaiting
        || matches!(payment.card_attempt, Some(CardAttempt::RefundDue | CardAttempt::Refunded))
}

/// A payment state in words and a symbol (here and on the timeline).
pub(super) fn state_text(i18n: &crate::i18n::I18n, state: PaymentState) -> String {
    let (symbol, id) = match state {
        PaymentState::Awaiting => ("◷", "payment-state-awaiting"),
        PaymentState::ReceiptSent => ("●", "payment-state-receipt-sent"),
        PaymentState::Confirmed => ("✔", "payment-state-confirmed"),
    };
    format!("{symbol} {}", i18n.t(id))
}

#[function_component(PaymentSection)]
pub fn payment_section(props: &PaymentProps) -> Html {
    let i18n = use_i18n();
    let copied = use_state(|| None::<bool>);
    let payment = &props.payment;
    let open = props.status.can_withdraw();
    let grouped = OrderCode::parse(&payment.code).map(|code| code.grouped()).unwrap_or_else(|_| payment.code.clone());
    let copy = {
        let (copied, digits) = (copied.clone(), payment.code.clone());
        Callback::from(move |_: MouseEvent| {
            let (copied, digits) = (copied.clone(), digits.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let clipboard = gloo::utils::window().navigator().clipboard();
                copied.set(Some(JsFuture::from(clipboard.write_text(&digits)).await.is_ok()));
            });
        })
    };
    let amount_id = match payment.currency {
        Currency::UAH => "cost-fee-uah",
        Currency::BYN => "cost-fee-byn",
    };
    let amount = format::amount(i18n.lang, payment.amount_minor);
    // (Hryvnia fees are Ukrainian services, whose QR code is the NBU's
    // transfer; a Belarusian service's carries the order code alone.)
    let qr_caption = match payment.currency {
        Currency::UAH => "order-payment-qr",
        Currency::BYN => "order-payment-qr-code-only",
    };
    if !worth_showing(payment, open) {
        return Html::default();
    }
    let amount_text = i18n.t_args(amount_id, &[("amount", amount.into())]);
    let lead = leads(payment, open);
    let title = match (lead, payment.method) {
        (false, _) => i18n.t("order-payment-title"),
        (true, PaymentMethod::OrderCode) => {
            i18n.t_args("order-next-pay-code", &[("amount", amount_text.clone().into())])
        }
        (true, PaymentMethod::Card) => i18n.t_args("order-next-pay-card", &[("amount", amount_text.clone().into())]),
    };
    let class = classes!("ep-payment", lead.then_some("ep-next-step"));
    // Paid, and the order closed without an answer: where the money goes.
    let paid_back = match payment.card_attempt {
        Some(CardAttempt::RefundDue) => Some("order-card-refund"),
        Some(CardAttempt::Refunded) => Some("order-card-refunded"),
        _ => None,
    };
    let paid_and_closed = !open && payment.state != PaymentState::Awaiting && paid_back.is_none();
    let money = html! {
        <>
            if let Some(id) = paid_back {
                <p role="status" class="ep-notice">{ "↩ " }{ i18n.t(id) }</p>
            }
            if paid_and_closed && matches!(props.status, OrderStatus::Withdrawn | OrderStatus::Refused) {
                <p class="ep-notice">{ "ⓘ " }
                    { i18n.t_args("order-payment-paid-closed", &[("provider", props.recipient.clone().into())]) }
                </p>
            }
        </>
    };
    if payment.method == PaymentMethod::Card {
        return html! {
            <section {class} aria-labelledby="ep-payment-title">
                <h2 id="ep-payment-title">{ title }</h2>
                <dl class="ep-facts">
                    <dt>{ i18n.t("order-payment-amount") }</dt>
                    <dd>{ amount_text }</dd>
                    <dt>{ i18n.t("order-payment-state") }</dt>
                    <dd>{ state_text(&i18n, payment.state) }</dd>
                </dl>
                { money }
                if payment.state == PaymentState::Awaiting && open {
                    <p class="ep-notice">{ "ⓘ " }{ i18n.t("order-extract-demo") }</p>
                    <PayByCard order={props.order} attempt={payment.card_attempt} client={props.client.clone()}
                        csrf={props.csrf.clone()} />
                }
            </section>
        };
    }
    html! {
        <section {class} aria-labelledby="ep-payment-title">
            <h2 id="ep-payment-title">{ title }</h2>
            <dl class="ep-facts">
                <dt>{ i18n.t("order-payment-code") }</dt>
                <dd>
                    <span class="ep-payment-code">{ grouped }</span>
                    { " " }
                    <button type="button" class="ep-button" onclick={copy}>{ i18n.t("order-payment-copy") }</button>
                    <span role="status">
                        { match *copied {
                            Some(true) => i18n.t("order-payment-copied"),
                            Some(false) => i18n.t("order-payment-copy-failed"),
                            None => String::new(),
                        } }
                    </span>
                </dd>
                <dt>{ i18n.t("order-payment-amount") }</dt>
                <dd>{ amount_text }</dd>
                <dt>{ i18n.t("order-payment-recipient") }</dt>
                <dd>
                    if let Some(r) = &payment.recipient {
                        { &r.name }<br />{ i18n.t("order-payment-iban") }{ " " }{ &r.iban }<br />
                        { i18n.t("order-payment-recipient-code") }{ " " }{ &r.code }<br />
                    }
                    { i18n.t_args("order-payment-for", &[("provider", props.recipient.clone().into())]) }
                </dd>
                <dt>{ i18n.t("order-payment-state") }</dt>
                <dd>{ state_text(&i18n, payment.state) }</dd>
            </dl>
            { money }
            if payment.state != PaymentState::Confirmed && open {
                <figure class="ep-payment-qr">
                    <img src={props.client.url(&format!("/api/orders/{}/payment-qr", props.order))}
                        alt={i18n.t("order-payment-qr-alt")} width="180" height="180" />
                    <figcaption>{ i18n.t(qr_caption) }</figcaption>
                </figure>
                <p>
                    <a href={props.client.url(&format!("/api/orders/{}/payment-slip?lang={}", props.order, i18n.lang.code()))}
                        class="ep-link-block">{ "🖶 " }{ i18n.t("order-payment-print") }</a>
                </p>
                <p>{ i18n.t("order-payment-how") }</p>
                <ReceiptInput order={props.order} receipt={payment.receipt.clone()} client={props.client.clone()}
                    csrf={props.csrf.clone()} on_changed={props.on_changed.clone()} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PayByCardProps {
    order: i64,
    attempt: Option<CardAttempt>,
    client: ApiClient,
    csrf: AttrValue,
}

/// «Сплатити карткою»: to the payment provider's page, which sends the
/// user back here; a refused card is said in words, and another can be tried.
#[function_component(PayByCard)]
fn pay_by_card(props: &PayByCardProps) -> Html {
    let i18n = use_i18n();
    let error = use_state(|| None::<&'static str>);
    let busy = use_state(|| false);
    let pay = {
        let (error, busy, client, csrf, order, lang) =
            (error.clone(), busy.clone(), props.client.clone(), props.csrf.clone(), props.order, i18n.lang);
        Callback::from(move |_: MouseEvent| {
            let (error, busy, client, csrf) = (error.clone(), busy.clone(), client.clone(), csrf.clone());
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                match client.start_card_payment(order, lang, &csrf).await {
                    Ok(url) => {
                        let _ = gloo::utils::window().location().assign(&url);
                    }
                    Err(e) => {
                        error.set(Some(e.message_id()));
                        busy.set(false);
                    }
                }
            });
        })
    };
    let refused = match props.attempt {
        Some(CardAttempt::Declined) => Some("order-card-declined"),
        Some(CardAttempt::InsufficientFunds) => Some("order-card-insufficient"),
        _ => None,
    };
    // Back from the provider with the card refused, the page opens at why.
    let message = use_node_ref();
    {
        let message = message.clone();
        use_effect_with(refused, move |refused| {
            if refused.is_some()
                && let Some(element) = message.cast::<web_sys::HtmlElement>()
            {
                let _ = element.focus();
            }
        });
    }
    html! {
        <>
            if let Some(id) = refused {
                <p class="ep-error-summary" role="alert" tabindex="-1" ref={message}>{ "⚠ " }{ i18n.t(id) }</p>
            }
            <p>{ i18n.t("order-card-how") }</p>
            <button type="button" class="ep-button ep-button-primary" onclick={pay} disabled={*busy}>
                { i18n.t("order-card-pay") }
            </button>
            <p role="status">{ error.map(|id| i18n.t(id)).unwrap_or_default() }</p>
        </>
    }
}
