//! How often the portal mails on request (registration, password reset,
//! change of e-mail): 5 mails an hour to one address and 30 an hour asked
//! from one network address (an assistance centre's workstations share
//! one). The count is the same whether or not the address has a cabinet,
//! so the 429 reveals nothing about who has one.

use crate::db::Db;
use crate::error::ApiError;
use crate::rate_limit::{self, Limit, Taken};

pub const PER_RECIPIENT: Limit = Limit { max: 5, window_secs: 3600 };
pub const PER_SENDER: Limit = Limit { max: 30, window_secs: 3600 };

pub fn recipient_key(email: &str) -> String {
    format!("mail:to:{}", email.to_lowercase())
}

/// Counts one mail to `recipient` asked from `sender`; 429 when either is
/// over its limit.
pub async fn allow(db: &Db, recipient: &str, sender: Option<&str>) -> Result<(), ApiError> {
    if let Some(sender) = sender {
        if let Taken::Refused { retry_after_secs } = rate_limit::take(db, &format!("mail:from:{sender}"), PER_SENDER).await? {
            return Err(ApiError::TooManyMails { retry_after_secs });
        }
    }
    if let Taken::Refused { retry_after_secs } = rate_limit::take(db, &recipient_key(recipient), PER_RECIPIENT).await? {
        return Err(ApiError::TooManyMails { retry_after_secs });
    }
    Ok(())
}
