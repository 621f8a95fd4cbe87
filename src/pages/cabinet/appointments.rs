//! «Запис на прийом» (seed 001, Fig. 6): the user's upcoming appointments
//! with «cancel», and booking a new one: a centre, a date, then one of the
//! day's free slots. If someone takes the slot first, the user is told and
//! the day's slots are shown afresh; the choices made stay.

use crate::account_context::{AccountState, use_require_sign_in, use_signed_in_resource};
use crate::catalogue_context::use_catalogue;
use crate::components::cabinet_tabs::CabinetTabs;
use crate::components::document_title::use_document_title;
use crate::components::error_panel::ErrorPanel;
use crate::components::loading::Loading;
use crate::format;
use crate::i18n::use_i18n;
use crate::local_time::{self, Clock};
use crate::routes::Route;
use fluent::FluentValue;
use portal_model::appointment::{Appointment, BOOKING_DAYS_AHEAD, BookingRequest, Slot, date_of};
use yew::prelude::*;

/// The clock of a centre's country (the booking window and the slots are
/// its days and hours).
fn centre_clock(catalogue: &crate::catalogue_context::CatalogueContext, id: &str) -> Clock {
    let country = catalogue.ready().and_then(|c| c.centres.iter().find(|x| x.id == id).map(|c| c.country.clone()));
    country.map_or(Clock::Reader, |country| Clock::of_country(&country))
}

#[function_component(AppointmentsPage)]
pub fn appointments_page() -> Html {
    let i18n = use_i18n();
    let account = use_require_sign_in(Route::Appointments);
    use_document_title(i18n.t("appointments-title"));
    let (list, load) = use_signed_in_resource(|client| async move { client.appointments().await });
    let notice = use_state(|| None::<Result<String, &'static str>>);
    let AccountState::SignedIn(signed_in) = &account.state else {
        return html! { <Loading /> };
    };
    let csrf = signed_in.csrf_token.clone();
    let on_cancel = {
        let (client, csrf, notice, load, i18n) =
            (account.client.clone(), csrf.clone(), notice.clone(), load.clone(), i18n.clone());
        Callback::from(move |appointment: Appointment| {
            let (client, csrf, notice, load, i18n) =
                (client.clone(), csrf.clone(), notice.clone(), load.clone(), i18n.clone());
            wasm_bindgen_futures::spawn_local(async move {
                notice.set(Some(match client.cancel_appointment(appointment.id, &csrf).await {
                    Ok(()) => Ok(i18n.t_args("appointment-cancelled", &when(&appointment))),
                    Err(error) => Err(error.message_id()),
                }));
                load.emit(());
            });
        })
    };
    let on_booked = {
        let (notice, load, i18n) = (notice.clone(), load.clone(), i18n.clone());
        Callback::from(move |appointment: Appointment| {
            notice.set(Some(Ok(i18n.t_args("appointment-booked", &when(&appointment)))));
            load.emit(());
        })
    };
    html! {
        <div class="ep-page ep-prose">
            <CabinetTabs current={Route::Appointments} />
            <h1>{ i18n.t("appointments-title") }</h1>
            { match &*notice {
                Some(Ok(text)) => html! { <p role="status" class="ep-success">{ "✔ " }{ text }</p> },
                Some(Err(message_id)) => html! { <p role="alert" class="ep-error-summary">{ i18n.t(message_id) }</p> },
                None => html! {},
            } }
            <section aria-labelledby="ep-upcoming-heading">
                <h2 id="ep-upcoming-heading">{ i18n.t("appointments-upcoming") }</h2>
                { match &*list {
                    None => html! { <Loading /> },
                    Some(Err(message_id)) => html! { <ErrorPanel message_id={*message_id} on_retry={load.clone()} /> },
                    Some(Ok(items)) if items.is_empty() => html! { <p>{ i18n.t("appointments-none") }</p> },
                    Some(Ok(items)) => html! { <AppointmentList items={items.clone()} {on_cancel} /> },
                } }
            </section>
            <BookingForm {csrf} {on_booked} />
        </div>
    }
}

fn when(appointment: &Appointment) -> [(&'static str, FluentValue<'static>); 2] {
    [
        ("date", FluentValue::from(format::date(&appointment.date))),
        ("time", FluentValue::from(appointment.time.clone())),
    ]
}

#[derive(Properties, PartialEq)]
struct ListProps {
    items: Vec<Appointment>,
    on_cancel: Callback<Appointment>,
}

#[function_component(AppointmentList)]
fn appointment_list(props: &ListProps) -> Html {
    let i18n = use_i18n();
    let catalogue = use_catalogue();
    let centre = |id: &str| catalogue.ready().and_then(|c| c.centres.iter().find(|x| x.id == id).cloned());
    html! {
        <ul class="ep-notifications-list">
            { for props.items.iter().map(|a| {
                let place = centre(&a.centre_id)
                    .map(|c| format!("{}, {}, {}", c.name.get(i18n.lang), c.city.get(i18n.lang), c.address.get(i18n.lang)))
                    .unwrap_or_else(|| a.centre_id.clone());
                let onclick = { let (cb, a) = (props.on_cancel.clone(), a.clone()); Callback::from(move |_: MouseEvent| cb.emit(a.clone())) };
                let label = i18n.t_args("appointment-cancel-named", &when(a));
                html! {
                    <li class="ep-actions">
                        <span><strong>{ local_time::on_its_clock(&i18n, format!("{}, {}", format::date(&a.date), a.time), centre_clock(&catalogue, &a.centre_id)) }</strong>{ " — " }{ place }</span>
                        <button type="button" class="ep-button" {onclick} aria-label={label}>{ i18n.t("appointment-cancel") }</button>
                    </li>
                }
            }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
struct BookingProps {
    csrf: String,
    on_booked: Callback<Appointment>,
}

#[function_component(BookingForm)]
fn booking_form(props: &BookingProps) -> Html {
    let i18n = use_i18n();
    let catalogue = use_catalogue();
    let account = crate::account_context::use_account();
    let request = use_state(|| BookingRequest {
        date: date_of(local_time::today(Clock::Reader) + 1),
        ..BookingRequest::default()
    });
    let slots = use_state(|| None::<Result<Vec<Slot>, &'static str>>);
    let failure = use_state(|| None::<&'static str>);
    let load_slots = {
        let (slots, client) = (slots.clone(), account.client.clone());
        Callback::from(move |request: BookingRequest| {
            let (slots, client) = (slots.clone(), client.clone());
            if request.centre_id.is_empty() {
                slots.set(None);
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                slots.set(Some(client.slots(&request.centre_id, &request.date).await.map_err(|e| e.message_id())));
            });
        })
    };
    let set = |change: fn(&mut BookingRequest, String), reload: bool| {
        let (request, load_slots, failure) = (request.clone(), load_slots.clone(), failure.clone());
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            let mut next = (*request).clone();
            change(&mut next, value);
            if reload {
                next.time.clear();
                load_slots.emit(next.clone());
            }
            failure.set(None);
            request.set(next);
        })
    };
    let onsubmit = {
        let (request, failure, client, csrf, on_booked, load_slots) = (
            request.clone(),
            failure.clone(),
            account.client.clone(),
            props.csrf.clone(),
            props.on_booked.clone(),
            load_slots.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if request.time.is_empty() {
                failure.set(Some("appointment-choose-time"));
                return;
            }
            let (current, request, failure, client, csrf, on_booked, load_slots) = (
                (*request).clone(),
                request.clone(),
                failure.clone(),
                client.clone(),
                csrf.clone(),
                on_booked.clone(),
                load_slots.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match client.book(&current, &csrf).await {
                    Ok(appointment) => {
                        failure.set(None);
                        let mut next = current.clone();
                        next.time.clear();
                        request.set(next.clone());
                        load_slots.emit(next);
                        on_booked.emit(appointment);
                    }
                    Err(error) => {
                        // Taken meanwhile: show the day afresh, keep centre and date.
                        failure.set(Some(error.message_id()));
                        load_slots.emit(current);
                    }
                }
            });
        })
    };
    let centres = catalogue.ready().map(|c| c.centres.clone()).unwrap_or_default();
    // The window the API keeps: from the centre's tomorrow.
    let today = local_time::today(centre_clock(&catalogue, &request.centre_id));
    let (min, max) = (date_of(today + 1), date_of(today + BOOKING_DAYS_AHEAD));
    html! {
        <section aria-labelledby="ep-booking-heading">
            <h2 id="ep-booking-heading">{ i18n.t("appointments-book") }</h2>
            if let Some(message_id) = *failure {
                <p role="alert" class="ep-error-summary">{ i18n.t(message_id) }</p>
            }
            <form class="ep-form" novalidate=true {onsubmit}>
                <div class="ep-field">
                    <label for="ep-centre">{ i18n.t("appointment-centre") }</label>
                    <select id="ep-centre" onchange={set(|r, v| r.centre_id = v, true)}>
                        <option value="" selected={request.centre_id.is_empty()}>{ i18n.t("appointment-choose-centre") }</option>
                        { for centres.iter().map(|c| html! {
                            <option value={c.id.clone()} selected={c.id == request.centre_id}>
                                { format!("{} — {}", c.city.get(i18n.lang), c.name.get(i18n.lang)) }
                            </option>
                        }) }
                    </select>
                </div>
                <div class="ep-field">
                    <label for="ep-date">{ i18n.t("appointment-date") }</label>
                    <input id="ep-date" type="date" value={request.date.clone()} min={min} max={max}
                           onchange={set(|r, v| r.date = v, true)} />
                </div>
                { match &*slots {
                    None => html! {},
                    Some(Err(message_id)) => html! { <p role="alert" class="ep-field-error">{ i18n.t(message_id) }</p> },
                    Some(Ok(day)) if day.is_empty() => html! { <p role="status">{ i18n.t("appointment-closed") }</p> },
                    Some(Ok(day)) => html! {
                        <fieldset class="ep-slots">
                            <legend>{ i18n.t("appointment-time") }</legend>
                            { for day.iter().map(|slot| {
                                let id = format!("ep-slot-{}", slot.time.replace(':', ""));
                                html! {
                                    <label for={id.clone()} class={classes!((!slot.free).then_some("ep-slot-taken"))}>
                                        <input type="radio" id={id} name="time" value={slot.time.clone()}
                                               disabled={!slot.free} checked={request.time == slot.time}
                                               onchange={set(|r, v| r.time = v, false)} />
                                        { &slot.time }
                                        if !slot.free { { " — " }{ i18n.t("appointment-taken") } }
                                    </label>
                                }
                            }) }
                        </fieldset>
                    },
                } }
                <button type="submit" class="ep-button ep-button-primary">{ i18n.t("appointment-submit") }</button>
            </form>
        </section>
    }
}
