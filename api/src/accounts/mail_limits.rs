//! How often the portal mails on request (registration, password reset,
//! change of e-mail). Three counters, all counted alike whether or not the
//! address has a cabinet, so a 429 reveals nothing about who has one:
//!
//! - 5 an hour to one address asked from one network address: someone
//!   else asking for mail to your address does not use up yours;
//! - 20 an hour to one address in all: nobody floods a mailbox;
//! - 30 an hour asked from one network address (an assistance centre's
//!   workstations share one).

use crate::http::error::ApiError;
use crate::platform::db::Db;
use crate::platform::rate_limit::{self, Limit, Taken};

pub const PER_RECIPIENT_AND_SENDER: Limit = Limit { max: 5, window_secs: 3600 };
pub const PER_RECIPIENT: Limit = Limit { max: 20, window_secs: 3600 };
pub const PER_SENDER: Limit = Limit { max: 30, window_secs: 3600 };

pub fn recipient_key(email: &str) -> String {
    format!("mail:to:{}", email.to_lowercase())
}

/// Counts one mail to `recipient` asked from `sender`; 429 when any
/// counter is over its limit.
pub async fn allow(db: &Db, recipient: &str, sender: Option<&str>) -> Result<(), ApiError> {
    let recipient = recipient_key(recipient);
    // (No sender is known only to router-level tests; they count as one.)
    let sender_counter = sender.map(|sender| (format!("mail:from:{sender}"), PER_SENDER));
    let sender = sender.unwrap_or("unknown");
    let counters = [(format!("{recipient}:from:{sender}"), PER_RECIPIENT_AND_SENDER), (recipient, PER_RECIPIENT)];
    for (key, limit) in sender_counter.into_iter().chain(counters) {
        if let Taken::Refused { retry_after_secs } = rate_limit::take(db, &key, limit).await? {
            return Err(ApiError::TooManyMails { retry_after_secs });
        }
    }
    Ok(())
}
