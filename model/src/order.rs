//! Ordered services and their statuses (seed 000): grey = sent, awaiting
//! registration; blue = registered; red = refused or left without
//! consideration; green = done, answer given.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OrderStatus {
    Sent,
    Registered,
    Refused,
    Done,
    /// Withdrawn by the applicant before it was completed.
    Withdrawn,
}

impl OrderStatus {
    pub const ALL: [OrderStatus; 5] =
        [OrderStatus::Sent, OrderStatus::Registered, OrderStatus::Refused, OrderStatus::Done, OrderStatus::Withdrawn];

    /// Whether the applicant may still withdraw it: not completed (neither
    /// decided nor withdrawn already).
    pub fn can_withdraw(self) -> bool {
        matches!(self, OrderStatus::Sent | OrderStatus::Registered)
    }

    pub fn code(self) -> &'static str {
        match self {
            OrderStatus::Sent => "sent",
            OrderStatus::Registered => "registered",
            OrderStatus::Refused => "refused",
            OrderStatus::Done => "done",
            OrderStatus::Withdrawn => "withdrawn",
        }
    }
}

impl FromStr for OrderStatus {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        OrderStatus::ALL.into_iter().find(|status| status.code() == s).ok_or(())
    }
}

impl fmt::Display for OrderStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// One ordered service as the cabinet lists and details it. Dates are
/// ISO `yyyy-mm-dd`; the SPA shows them as dd.mm.yyyy.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Order {
    pub id: i64,
    pub service_id: String,
    pub provider_id: String,
    pub status: OrderStatus,
    pub ordered_at: String,
    pub registration_number: Option<String>,
    pub registration_date: Option<String>,
    pub control_date: Option<String>,
    pub execution_date: Option<String>,
    pub comment: Option<String>,
    /// Names of the documents the user signed.
    pub documents: Vec<String>,
    /// The provider's answer files, to download.
    #[serde(default)]
    pub answers: Vec<AnswerFile>,
    /// What the applicant sent through the portal, exactly as sent (none
    /// for orders made elsewhere). In the order's own page only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submission: Option<Submission>,
    /// How to pay, for a service with a fee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment: Option<Payment>,
    /// Every status it took, oldest first. In the order's own page only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub timeline: Vec<OrderEvent>,
    /// Administrative complaints about its decision, oldest first. In the
    /// order's own page only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub complaints: Vec<Complaint>,
}

impl OrderStatus {
    /// Whether a complaint may be filed: the order is decided.
    pub fn can_complain(self) -> bool {
        matches!(self, OrderStatus::Refused | OrderStatus::Done)
    }
}

/// An administrative complaint about an order's decision (seed 004).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Complaint {
    pub id: i64,
    /// Its own number, «СК-<order>-<n>».
    pub number: String,
    pub text: String,
    pub status: ComplaintStatus,
    /// `yyyy-mm-ddThh:mm:ssZ`.
    pub filed_at: String,
    #[serde(default)]
    pub withdrawn_at: Option<String>,
    #[serde(default)]
    pub files: Vec<crate::draft::AttachmentInfo>,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ComplaintStatus {
    /// «Подано»: waiting for consideration.
    Filed,
    /// «Відкликано» by the applicant.
    Withdrawn,
}

impl ComplaintStatus {
    pub fn code(self) -> &'static str {
        match self {
            ComplaintStatus::Filed => "filed",
            ComplaintStatus::Withdrawn => "withdrawn",
        }
    }

    pub fn from_code(code: &str) -> Option<ComplaintStatus> {
        [ComplaintStatus::Filed, ComplaintStatus::Withdrawn].into_iter().find(|s| s.code() == code)
    }
}

/// `POST /api/orders/{id}/complaints`: the complaint's text.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComplaintRequest {
    pub text: String,
}

/// The longest complaint text kept.
pub const MAX_COMPLAINT_CHARS: usize = 5000;

/// The most files one complaint carries.
pub const MAX_COMPLAINT_FILES: usize = 10;

/// Who moved an order on.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Actor {
    /// The applicant (submitted, withdrew, complained).
    Applicant,
    /// The providing authority (registered, refused, completed).
    Provider,
    /// The payment system (paid).
    Payment,
}

impl Actor {
    pub const ALL: [Actor; 3] = [Actor::Applicant, Actor::Provider, Actor::Payment];

    pub fn code(self) -> &'static str {
        match self {
            Actor::Applicant => "applicant",
            Actor::Provider => "provider",
            Actor::Payment => "payment",
        }
    }
}

/// One step of an order's timeline.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderEvent {
    /// `yyyy-mm-ddThh:mm:ssZ`, or a day `yyyy-mm-dd` for orders older than the timeline.
    pub at: String,
    /// The order's status then (unchanged by a payment step).
    pub status: OrderStatus,
    /// A payment step: where the payment stood after it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment: Option<PaymentState>,
    pub actor: Actor,
    pub comment: Option<String>,
    /// A complaint step: the complaint's number and where it stands after it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complaint: Option<ComplaintStep>,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComplaintStep {
    pub number: String,
    pub status: ComplaintStatus,
}

/// An application as it was submitted: never changed afterwards.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Submission {
    /// The version of the service's form it was filled in.
    pub form_version: i64,
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub answers: crate::form::Answers,
    /// The files sent with it.
    pub files: Vec<crate::draft::AttachmentInfo>,
}

/// The payment asked for: the 30-digit order code (`order_code`) a bank
/// takes, the amount, where it stands and the receipt sent.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payment {
    /// The 30 digits, without spaces.
    pub code: String,
    /// In kopiyky / kapeiki.
    pub amount_minor: u64,
    pub currency: crate::catalogue::Currency,
    pub state: PaymentState,
    /// The receipt the applicant attached, if any.
    #[serde(default)]
    pub receipt: Option<crate::draft::AttachmentInfo>,
    /// By the order code at a bank, or by card on the provider's page.
    #[serde(default)]
    pub method: PaymentMethod,
    /// Who receives a payment by order code: name, IBAN, code (ЄДРПОУ).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<PaymentRecipient>,
    /// How the last card payment attempt went, if one was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_attempt: Option<CardAttempt>,
}

/// The account a payment by order code goes to.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentRecipient {
    pub name: String,
    pub iban: String,
    /// ЄДРПОУ (Ukraine) or УНП (Belarus).
    pub code: String,
}

/// How a service is paid.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PaymentMethod {
    /// The 30-digit order code, at any bank or ЕРІП (seed 004).
    #[default]
    OrderCode,
    /// A card on the payment provider's page (seed 002: online extracts).
    Card,
}

/// Where a card payment attempt stands.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CardAttempt {
    /// Started, with no result from the provider yet.
    Pending,
    Paid,
    /// The bank declined the card.
    Declined,
    InsufficientFunds,
    /// Paid when the order no longer waited for it, and not given back yet
    /// (the provider refused or was unreachable; the portal asks again).
    RefundDue,
    /// Paid when the order no longer waited for it, and given back to the card.
    Refunded,
}

impl CardAttempt {
    pub const ALL: [CardAttempt; 6] = [
        CardAttempt::Pending,
        CardAttempt::Paid,
        CardAttempt::Declined,
        CardAttempt::InsufficientFunds,
        CardAttempt::RefundDue,
        CardAttempt::Refunded,
    ];

    pub fn code(self) -> &'static str {
        match self {
            CardAttempt::Pending => "pending",
            CardAttempt::Paid => "paid",
            CardAttempt::Declined => "declined",
            CardAttempt::InsufficientFunds => "insufficient_funds",
            CardAttempt::RefundDue => "refund_due",
            CardAttempt::Refunded => "refunded",
        }
    }
}

/// `POST /api/orders/{id}/card-payment`: the language the provider's page
/// should speak (`uk`, `be`, `en`).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardPaymentStart {
    pub language: String,
}

/// The provider's page to send the user to.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardPaymentStarted {
    pub pay_url: String,
}

/// Where a payment by order code stands.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PaymentState {
    /// «Очікує оплати».
    Awaiting,
    /// «Оплачено, очікує підтвердження»: a receipt is attached.
    ReceiptSent,
    /// «Оплату підтверджено» by the provider.
    Confirmed,
}

impl PaymentState {
    pub const ALL: [PaymentState; 3] = [PaymentState::Awaiting, PaymentState::ReceiptSent, PaymentState::Confirmed];

    pub fn code(self) -> &'static str {
        match self {
            PaymentState::Awaiting => "awaiting",
            PaymentState::ReceiptSent => "receipt_sent",
            PaymentState::Confirmed => "confirmed",
        }
    }
}

/// `POST /api/orders/{id}/withdraw`: why the applicant withdraws it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WithdrawalRequest {
    pub reason: String,
}

/// The longest reason for a withdrawal kept.
pub const MAX_REASON_CHARS: usize = 1000;

/// `POST /api/drafts/{id}/submit`: send the draft as it stands at `base_version`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmitRequest {
    pub base_version: i64,
}

/// A file the provider attached to an order as its answer.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerFile {
    pub id: i64,
    pub file_name: String,
    pub media_type: String,
    pub size: u64,
}
