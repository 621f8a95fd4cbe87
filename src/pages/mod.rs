//! Pages: one per route, in folders by area. Pages own routing and data
//! loading and hand data to presentational components (`components/`).
//!
//! - `catalogue/`: the home pages, categories, a service, a provider, a
//!   service centre, search;
//! - `account/`: sign-in, registration and activation, the mailed links
//!   (forgotten password, new address), the page after deleting a cabinet;
//! - `cabinet/`: the signed-in user's pages, `cabinet/security/` with its
//!   sections;
//! - `info` (help pages) and `not_found`.
//!
//! A page may import components, contexts, `routes` and `api_client`, and a
//! sibling section of its own folder; never another area's page.

pub mod account;
pub mod cabinet;
pub mod catalogue;
pub mod info;
pub mod not_found;

use crate::routes::Route;
use account::{activate, cabinet_deleted, mailed_links, register, sign_in};
use cabinet::{application, appointments, drafts, notifications, order, orders, personal_data, security};
use catalogue::{category, centre, home, provider, search, service};
use portal_model::AudienceId;
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
        Route::OrderDetail { id } => html! { <order::OrderDetailPage {id} /> },
        Route::Drafts => html! { <drafts::DraftsPage /> },
        Route::Application { id } => html! { <application::ApplicationPage {id} /> },
        Route::Apply { id } => html! { <application::start::ApplyPage id={AttrValue::from(id)} /> },
        Route::Notifications => html! { <notifications::NotificationsPage /> },
        Route::PersonalData => html! { <personal_data::PersonalDataPage /> },
        Route::Security => html! { <security::SecurityPage /> },
        Route::CabinetDeleted => html! { <cabinet_deleted::CabinetDeletedPage /> },
        Route::Faq => html! { <info::InfoPage topic={info::Topic::Faq} /> },
        Route::Instructions => html! { <info::InfoPage topic={info::Topic::Instructions} /> },
        Route::Integration => html! { <info::InfoPage topic={info::Topic::Integration} /> },
        Route::Feedback => html! { <info::InfoPage topic={info::Topic::Feedback} /> },
        Route::NotFound => html! { <not_found::NotFound /> },
    }
}
