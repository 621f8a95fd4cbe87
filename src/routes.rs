//! Every page has a real URL; reload and back/forward work.

use portal_model::AudienceId;
use serde::{Deserialize, Serialize};
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
    #[at("/services/:id/apply")]
    Apply { id: String },
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
    #[at("/cabinet/drafts/:id")]
    Application { id: i64 },
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

/// `/sign-in?next=/cabinet/…`: where to go after signing in.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SignInQuery {
    #[serde(default)]
    pub next: String,
}

/// `/search?q=…&audience=…`: the words and the filters of a search.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    pub q: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<AudienceId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub online: bool,
}

impl SearchQuery {
    /// Whether a service passes the filters (the words are matched apart).
    pub fn admits(&self, service: &portal_model::Service) -> bool {
        self.audience.is_none_or(|a| service.audiences.contains(&a))
            && self.category.as_ref().is_none_or(|c| &service.category == c)
            && self.provider.as_ref().is_none_or(|p| &service.provider == p)
            && (!self.online || service.online)
    }
}
