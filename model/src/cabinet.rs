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

/// What happened to an order, as a notification and its mail name it
/// (issue 24: never just "the status changed").
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrderEventKind {
    /// Submitted through the portal.
    Sent,
    /// Registered (the detail: its registration number).
    Registered,
    /// Refused (the detail: the reason).
    Refused,
    /// Completed, the answer given.
    Done,
    /// Withdrawn by the applicant.
    Withdrawn,
    /// The provider or the payment system confirmed the payment.
    PaymentConfirmed,
    /// A complaint filed (the detail: its number).
    ComplaintFiled,
    /// A complaint withdrawn (the detail: its number).
    ComplaintWithdrawn,
}

impl OrderEventKind {
    pub const ALL: [OrderEventKind; 8] = [
        OrderEventKind::Sent,
        OrderEventKind::Registered,
        OrderEventKind::Refused,
        OrderEventKind::Done,
        OrderEventKind::Withdrawn,
        OrderEventKind::PaymentConfirmed,
        OrderEventKind::ComplaintFiled,
        OrderEventKind::ComplaintWithdrawn,
    ];

    pub fn code(self) -> &'static str {
        match self {
            OrderEventKind::Sent => "sent",
            OrderEventKind::Registered => "registered",
            OrderEventKind::Refused => "refused",
            OrderEventKind::Done => "done",
            OrderEventKind::Withdrawn => "withdrawn",
            OrderEventKind::PaymentConfirmed => "payment_confirmed",
            OrderEventKind::ComplaintFiled => "complaint_filed",
            OrderEventKind::ComplaintWithdrawn => "complaint_withdrawn",
        }
    }

    /// The Fluent message (in `portal.ftl`) that names it, with `$detail`.
    pub fn message_id(self) -> String {
        format!("notification-event-{}", self.code().replace('_', "-"))
    }
}

impl std::str::FromStr for OrderEventKind {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        OrderEventKind::ALL.into_iter().find(|kind| kind.code() == s).ok_or(())
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
    /// What happened (none for notifications older than issue 24, and for sign-ins).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<OrderEventKind>,
    /// The event's registration number, refusal reason or complaint number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
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
        for event in OrderEventKind::ALL {
            assert_eq!(event.code().parse(), Ok(event));
        }
        assert_eq!(OrderEventKind::ComplaintFiled.message_id(), "notification-event-complaint-filed");
    }
}
