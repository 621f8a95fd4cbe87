//! Service identifiers: readable slugs that appear in URLs (`/services/international-driving-permit`).

use serde::{Deserialize, Serialize};
use std::fmt;

pub const MAX_SERVICE_ID_LEN: usize = 96;

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ServiceId(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ServiceIdError {
    Empty,
    TooLong,
    /// Only `a-z`, `0-9` and single inner hyphens are allowed.
    BadCharacters,
}

impl fmt::Display for ServiceIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ServiceIdError::Empty => "the service id is empty",
            ServiceIdError::TooLong => "the service id is longer than 96 characters",
            ServiceIdError::BadCharacters => "a service id has only lowercase Latin letters, digits and single hyphens",
        })
    }
}

impl std::error::Error for ServiceIdError {}

impl ServiceId {
    pub fn parse(raw: &str) -> Result<ServiceId, ServiceIdError> {
        if raw.is_empty() {
            return Err(ServiceIdError::Empty);
        }
        if raw.len() > MAX_SERVICE_ID_LEN {
            return Err(ServiceIdError::TooLong);
        }
        let allowed = raw.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !allowed || raw.starts_with('-') || raw.ends_with('-') || raw.contains("--") {
            return Err(ServiceIdError::BadCharacters);
        }
        Ok(ServiceId(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for ServiceId {
    type Error = ServiceIdError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        ServiceId::parse(&value)
    }
}

impl From<ServiceId> for String {
    fn from(id: ServiceId) -> String {
        id.0
    }
}

impl fmt::Display for ServiceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_slugs() {
        assert!(ServiceId::parse("international-driving-permit").is_ok());
        assert!(ServiceId::parse("a1").is_ok());
    }

    #[test]
    fn rejects_malformed_ids() {
        assert_eq!(ServiceId::parse(""), Err(ServiceIdError::Empty));
        assert_eq!(ServiceId::parse(&"a".repeat(97)), Err(ServiceIdError::TooLong));
        for bad in ["Upper", "with space", "-lead", "trail-", "dou--ble", "кирилиця", "a/b", "a.b"] {
            assert_eq!(ServiceId::parse(bad), Err(ServiceIdError::BadCharacters), "{bad}");
        }
    }

    #[test]
    fn deserialising_validates() {
        assert!(serde_json::from_str::<ServiceId>("\"ok-id\"").is_ok());
        assert!(serde_json::from_str::<ServiceId>("\"Not OK\"").is_err());
    }
}
