//! The cabinet's drafts and notifications, and what deleting a cabinet
//! removes (seed 001, Fig. 6; seed 000).

use serde::{Deserialize, Serialize};

/// An application started but not sent: «Чернетки».
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub id: i64,
    pub service_id: String,
    pub provider_id: String,
    pub created_at: String,
}

/// What a notification is about; the SPA words it in the user's language.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NotificationKind {
    /// An order's status changed (to `status`).
    OrderStatus,
    /// The answer to an order is ready to download.
    AnswerReady,
    /// A sign-in from a new device or browser.
    NewSignIn,
}

impl NotificationKind {
    pub const ALL: [NotificationKind; 3] =
        [NotificationKind::OrderStatus, NotificationKind::AnswerReady, NotificationKind::NewSignIn];

    pub fn code(self) -> &'static str {
        match self {
            NotificationKind::OrderStatus => "order_status",
            NotificationKind::AnswerReady => "answer_ready",
            NotificationKind::NewSignIn => "new_sign_in",
        }
    }
}

impl std::str::FromStr for NotificationKind {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        NotificationKind::ALL.into_iter().find(|kind| kind.code() == s).ok_or(())
    }
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notification {
    pub id: i64,
    pub kind: NotificationKind,
    /// The order it is about, if any, with that order's service and status code.
    pub order_id: Option<i64>,
    pub order_service_id: Option<String>,
    pub order_status: Option<String>,
    pub created_at: String,
    /// When the user opened it; `None` while unread.
    pub read_at: Option<String>,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnreadCount {
    pub unread: u32,
}

/// What deleting the cabinet takes away, counted, to show before asking.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeletionSummary {
    /// Orders: they stay with their providers, detached from the account.
    pub orders: u32,
    pub drafts: u32,
    pub notifications: u32,
    /// Upcoming appointments: cancelled, so the slots free up.
    pub appointments: u32,
    pub sessions: u32,
}

/// The user types the cabinet's e-mail address to confirm: it reads the same
/// in every language and cannot be confirmed by a stray click.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeletionRequest {
    pub confirmation: String,
}

impl DeletionRequest {
    /// Whether the typed confirmation is the address (case and surrounding
    /// spaces aside).
    pub fn confirms(&self, email: &str) -> bool {
        !email.is_empty() && self.confirmation.trim().eq_ignore_ascii_case(email.trim())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deletion_is_confirmed_by_the_address_only() {
        let request = |text: &str| DeletionRequest { confirmation: text.into() };
        assert!(request(" Demo@E-Portal.example ").confirms("demo@e-portal.example"));
        assert!(!request("yes").confirms("demo@e-portal.example"));
        assert!(!request("").confirms(""));
    }

    #[test]
    fn notification_kinds_round_trip() {
        for kind in NotificationKind::ALL {
            assert_eq!(kind.code().parse(), Ok(kind));
        }
    }
}
