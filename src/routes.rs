//! Every page has a real URL; reload and back/forward work.

use portal_model::AudienceId;
use yew_router::prelude::*;

#[derive(Clone, Debug, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/business")]
    BusinessHome,
    #[at("/:audience/categories/:category")]
    Category { audience: AudienceId, category: String },
    #[at("/services/:id")]
    Service { id: String },
    #[at("/providers/:id")]
    Provider { id: String },
    #[at("/centres/:id")]
    Centre { id: String },
    #[at("/search")]
    Search,
    #[at("/sign-in")]
    SignIn,
    #[at("/register")]
    Register,
    #[at("/activate")]
    Activate,
    #[at("/forgot-password")]
    ForgotPassword,
    #[at("/reset-password")]
    ResetPassword,
    #[at("/confirm-email")]
    ConfirmEmail,
    #[at("/cabinet/appointments")]
    Appointments,
    #[at("/cabinet/orders")]
    Orders,
    #[at("/cabinet/orders/:id")]
    OrderDetail { id: i64 },
    #[at("/cabinet/drafts")]
    Drafts,
    #[at("/cabinet/notifications")]
    Notifications,
    #[at("/cabinet/personal-data")]
    PersonalData,
    #[at("/cabinet/security")]
    Security,
    #[at("/cabinet-deleted")]
    CabinetDeleted,
    #[at("/help/faq")]
    Faq,
    #[at("/help/instructions")]
    Instructions,
    #[at("/help/integration")]
    Integration,
    #[at("/help/feedback")]
    Feedback,
    #[not_found]
    #[at("/404")]
    NotFound,
}

impl Route {
    pub fn home_of(audience: AudienceId) -> Route {
        match audience {
            AudienceId::Citizens => Route::Home,
            AudienceId::Business => Route::BusinessHome,
        }
    }
}
