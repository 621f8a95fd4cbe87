//! Pages: one per route. Pages read the catalogue and the URL, and hand data
//! to presentational components.

pub mod activate;
pub mod appointments;
pub mod category;
pub mod centre;
pub mod delete_cabinet;
pub mod drafts;
pub mod email_change;
pub mod mailed_links;
pub mod home;
pub mod identifier_security;
pub mod info;
pub mod not_found;
pub mod notifications;
pub mod orders;
pub mod personal_data;
pub mod provider;
pub mod register;
pub mod security;
pub mod search;
pub mod service;
pub mod sign_in;

use crate::catalogue_context::{CatalogueContext, CatalogueState};
use crate::components::error_panel::ErrorPanel;
use crate::components::loading::Loading;
use crate::routes::Route;
use portal_model::{AudienceId, Catalogue};
use std::rc::Rc;
use yew::prelude::*;

pub fn render(route: Route) -> Html {
    match route {
        Route::Home => html! { <home::Home audience={AudienceId::Citizens} /> },
        Route::BusinessHome => html! { <home::Home audience={AudienceId::Business} /> },
        Route::Category { audience, category } => {
            html! { <category::CategoryPage {audience} {category} /> }
        }
        Route::Service { id } => html! { <service::ServicePage {id} /> },
        Route::Provider { id } => html! { <provider::ProviderPage {id} /> },
        Route::Centre { id } => html! { <centre::CentrePage {id} /> },
        Route::Search => html! { <search::SearchPage /> },
        Route::SignIn => html! { <sign_in::SignInPage /> },
        Route::Register => html! { <register::RegisterPage /> },
        Route::Activate => html! { <activate::ActivatePage /> },
        Route::ForgotPassword => html! { <mailed_links::ForgotPasswordPage /> },
        Route::ResetPassword => html! { <mailed_links::ResetPasswordPage /> },
        Route::ConfirmEmail => html! { <mailed_links::ConfirmEmailPage /> },
        Route::Appointments => html! { <appointments::AppointmentsPage /> },
        Route::Orders => html! { <orders::OrdersPage /> },
        Route::OrderDetail { id } => html! { <orders::OrderDetailPage {id} /> },
        Route::Drafts => html! { <drafts::DraftsPage /> },
        Route::Notifications => html! { <notifications::NotificationsPage /> },
        Route::PersonalData => html! { <personal_data::PersonalDataPage /> },
        Route::Security => html! { <security::SecurityPage /> },
        Route::CabinetDeleted => html! { <delete_cabinet::CabinetDeletedPage /> },
        Route::Faq => html! { <info::InfoPage topic={info::Topic::Faq} /> },
        Route::Instructions => html! { <info::InfoPage topic={info::Topic::Instructions} /> },
        Route::Integration => html! { <info::InfoPage topic={info::Topic::Integration} /> },
        Route::Feedback => html! { <info::InfoPage topic={info::Topic::Feedback} /> },
        Route::NotFound => html! { <not_found::NotFound /> },
    }
}

/// Renders `ready` once the catalogue is there; until then a loading state,
/// and on failure a translated error with a retry.
pub fn with_catalogue(context: &CatalogueContext, ready: impl FnOnce(Rc<Catalogue>) -> Html) -> Html {
    match &context.state {
        CatalogueState::Loading => html! { <Loading /> },
        CatalogueState::Failed(error) => html! {
            <ErrorPanel message_id={error.message_id()} on_retry={context.retry.clone()} />
        },
        CatalogueState::Ready(catalogue) => ready(catalogue.clone()),
    }
}
