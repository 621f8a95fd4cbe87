//! «Чернетки» (seed 001, Fig. 6): applications started but not sent, with
//! provider, service and creation date. «Продовжити» opens the application form;
//! «Видалити» asks first, and after deleting offers «Скасувати» (undo).

use crate::account_context::{AccountState, use_require_sign_in, use_signed_in_resource};
use crate::catalogue_context::use_catalogue;
use crate::catalogue_names::{provider_name, service_name};
use crate::components::cabinet_tabs::CabinetTabs;
use crate::components::document_title::use_document_title;
use crate::components::error_panel::ErrorPanel;
use crate::components::loading::Loading;
use crate::i18n::use_i18n;
use crate::local_time::{self, Clock};
use crate::routes::Route;
use fluent::FluentValue;
use portal_model::cabinet::Draft;
use yew::prelude::*;
use yew_router::prelude::*;

/// What the page is doing with one draft.
#[derive(Clone, PartialEq)]
enum Pending {
    None,
    /// «Delete this draft?» is asked about it.
    Confirming(Draft),
    /// It was deleted; «Undo» brings it back.
    Deleted(Draft),
    /// A request failed: the Fluent id of why.
    Failed(&'static str),
}

#[function_component(DraftsPage)]
pub fn drafts_page() -> Html {
    let i18n = use_i18n();
    let account = use_require_sign_in(Route::Drafts);
    use_document_title(i18n.t("drafts-title"));
    let (drafts, reload) = use_signed_in_resource(|client| async move { client.drafts().await });
    let pending = use_state(|| Pending::None);
    let csrf = match &account.state {
        AccountState::SignedIn(signed_in) => signed_in.csrf_token.clone(),
        _ => String::new(),
    };
    // Deleting or restoring: one request, then the list again.
    let act = {
        let (client, pending, reload) = (account.client.clone(), pending.clone(), reload.clone());
        move |draft: Draft, restore: bool| {
            let (client, pending, reload, csrf) = (client.clone(), pending.clone(), reload.clone(), csrf.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = if restore {
                    client.restore_draft(draft.id, &csrf).await
                } else {
                    client.delete_draft(draft.id, &csrf).await
                };
                pending.set(match (result, restore) {
                    (Ok(()), false) => Pending::Deleted(draft),
                    (Ok(()), true) => Pending::None,
                    (Err(error), _) => Pending::Failed(error.message_id()),
                });
                reload.emit(());
            });
        }
    };
    let body = match &*drafts {
        None => html! { <Loading /> },
        Some(Err(message_id)) => html! { <ErrorPanel message_id={*message_id} on_retry={reload.clone()} /> },
        Some(Ok(list)) if list.is_empty() => html! { <p>{ i18n.t("drafts-none") }</p> },
        Some(Ok(list)) => {
            let on_delete = {
                let pending = pending.clone();
                Callback::from(move |draft: Draft| pending.set(Pending::Confirming(draft)))
            };
            html! { <DraftTable drafts={list.clone()} {on_delete} /> }
        }
    };
    let catalogue = use_catalogue();
    let name_of = |draft: &Draft| service_name(&catalogue, i18n.lang, &draft.service_id);
    let notice = match &*pending {
        Pending::None => html! {},
        Pending::Confirming(draft) => {
            let (confirm, cancel) = {
                let (act, draft, pending) = (act.clone(), draft.clone(), pending.clone());
                (
                    Callback::from(move |_: MouseEvent| act(draft.clone(), false)),
                    Callback::from(move |_: MouseEvent| pending.set(Pending::None)),
                )
            };
            html! {
                <div class="ep-confirm" role="alertdialog" aria-labelledby="ep-confirm-text">
                    <p id="ep-confirm-text">
                        { i18n.t_args("drafts-delete-question", &[("service", FluentValue::from(name_of(draft)))]) }
                    </p>
                    <button type="button" class="ep-button ep-button-danger" onclick={confirm} autofocus=true>
                        { i18n.t("drafts-delete-confirm") }
                    </button>
                    <button type="button" class="ep-button" onclick={cancel}>{ i18n.t("cancel") }</button>
                </div>
            }
        }
        Pending::Deleted(draft) => {
            let undo = {
                let (act, draft) = (act.clone(), draft.clone());
                Callback::from(move |_: MouseEvent| act(draft.clone(), true))
            };
            html! {
                <div class="ep-notice" role="status">
                    <p>{ "✔ " }{ i18n.t_args("drafts-deleted", &[("service", FluentValue::from(name_of(draft)))]) }</p>
                    <button type="button" class="ep-button" onclick={undo}>{ i18n.t("undo") }</button>
                </div>
            }
        }
        Pending::Failed(message_id) => html! { <p role="alert" class="ep-error-summary">{ i18n.t(message_id) }</p> },
    };
    html! {
        <div class="ep-page">
            <CabinetTabs current={Route::Drafts} />
            <h1>{ i18n.t("drafts-title") }</h1>
            { notice }
            { body }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct DraftTableProps {
    drafts: Vec<Draft>,
    on_delete: Callback<Draft>,
}

#[function_component(DraftTable)]
fn draft_table(props: &DraftTableProps) -> Html {
    let i18n = use_i18n();
    let catalogue = use_catalogue();
    let lang = i18n.lang;
    html! {
        <table class="ep-table">
            <thead>
                <tr>
                    <th scope="col">{ i18n.t("orders-col-provider") }</th>
                    <th scope="col">{ i18n.t("orders-col-service") }</th>
                    <th scope="col">{ i18n.t("drafts-col-created") }</th>
                    <th scope="col">{ i18n.t("drafts-col-actions") }</th>
                </tr>
            </thead>
            <tbody>
                { for props.drafts.iter().map(|draft| {
                    let service = service_name(&catalogue, lang, &draft.service_id);
                    let on_delete = {
                        let (on_delete, draft) = (props.on_delete.clone(), draft.clone());
                        Callback::from(move |_: MouseEvent| on_delete.emit(draft.clone()))
                    };
                    // Buttons name their draft, so a screen-reader list of buttons makes sense.
                    let delete_label = i18n.t_args("drafts-delete-named", &[("service", FluentValue::from(service.clone()))]);
                    let continue_label = i18n.t_args("drafts-continue-named", &[("service", FluentValue::from(service.clone()))]);
                    html! {
                        <tr>
                            <td data-label={i18n.t("orders-col-provider")}>{ provider_name(&catalogue, lang, &draft.provider_id) }</td>
                            <td data-label={i18n.t("orders-col-service")}>{ service }</td>
                            <td data-label={i18n.t("drafts-col-created")}>{ local_time::date_time(&i18n, &draft.created_at, Clock::of_service(&catalogue, &draft.service_id)) }</td>
                            <td data-label={i18n.t("drafts-col-actions")} class="ep-actions">
                                <Link<Route> to={Route::Application { id: draft.id }} classes="ep-button">
                                    <span aria-hidden="true">{ i18n.t("drafts-continue") }</span>
                                    <span class="ep-visually-hidden">{ continue_label }</span>
                                </Link<Route>>
                                <button type="button" class="ep-button" onclick={on_delete} aria-label={delete_label}>
                                    { i18n.t("drafts-delete") }
                                </button>
                            </td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}
