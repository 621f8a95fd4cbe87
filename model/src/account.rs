//! What the API says about the signed-in user.

use crate::validation::Country;
use serde::{Deserialize, Serialize};

/// The user's own data, as the cabinet shows it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub email: String,
    pub full_name: String,
    pub phone: String,
    pub postal_code: String,
    pub address: String,
    pub region: String,
    /// Whose documents the person gave at registration.
    #[serde(default)]
    pub country: Country,
    /// The РНОКПП, or for a citizen of Belarus the personal identification
    /// number (by `country`).
    #[serde(default)]
    pub personal_number: String,
    /// The passport in its country's format.
    #[serde(default)]
    pub passport: String,
}

/// A signed-in session as the SPA holds it: the profile and the CSRF token
/// to send with every state-changing request.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedIn {
    pub csrf_token: String,
    pub profile: Profile,
    /// Signed in on a public computer (an assistance centre's, a
    /// library's): the browser keeps nothing personal, and the session ends
    /// after [`PUBLIC_COMPUTER_IDLE_SECS`] without activity.
    #[serde(default)]
    pub public_computer: bool,
}

/// A public computer's session ends after this long without a request
/// (others after 30 minutes)…
pub const PUBLIC_COMPUTER_IDLE_SECS: i64 = 15 * 60;
/// …and the page warns this long before.
pub const PUBLIC_COMPUTER_WARNING_SECS: i64 = 60;

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInRequest {
    pub email: String,
    pub password: String,
    /// See [`SignedIn::public_computer`].
    #[serde(default)]
    pub public_computer: bool,
}

/// A mailed link's token (confirming a new e-mail address).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivationRequest {
    pub token: String,
}

/// Activating a registration: the mailed link's token and the password
/// chosen at registration, so that only whoever chose it can activate — a
/// link mailed for someone else's registration of one's address activates
/// nothing.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Activation {
    pub token: String,
    pub password: String,
}

/// «Зміна паролю»: old, new, confirm (seed 000, Fig. 5).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PasswordChange {
    pub old_password: String,
    pub new_password: String,
    pub confirm_password: String,
}

/// One active session, for «sign out everywhere».
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionInfo {
    /// A stable, non-secret handle (a prefix of the token's hash).
    pub id: String,
    pub created_at: String,
    pub current: bool,
}

/// «Забули пароль?»: the address to send a reset link to.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PasswordResetRequest {
    pub email: String,
}

/// The reset link's form: the token from the link, the new password twice.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PasswordReset {
    pub token: String,
    pub new_password: String,
    pub confirm_password: String,
}

impl PasswordReset {
    /// The rules of the registration form, and the two must match.
    pub fn problems(&self) -> Vec<crate::registration::FieldProblem> {
        new_password_problems(&self.new_password, &self.confirm_password)
    }
}

/// A new password follows the registration rule and is typed twice alike.
pub fn new_password_problems(new: &str, confirm: &str) -> Vec<crate::registration::FieldProblem> {
    use crate::registration::FieldProblem;
    use crate::validation::FieldError;
    if let Err(code) = crate::registration::password(new) {
        vec![FieldProblem { field: "new_password".into(), code }]
    } else if confirm != new {
        vec![FieldProblem { field: "confirm_password".into(), code: FieldError::Mismatch }]
    } else {
        Vec::new()
    }
}

/// «Зміна електронної пошти»: the new address, confirmed by the password;
/// it takes effect when the link sent to the new address is followed.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EmailChange {
    pub new_email: String,
    pub password: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::FieldError;

    #[test]
    fn a_new_password_is_checked_and_confirmed() {
        let reset = |new: &str, confirm: &str| PasswordReset {
            token: "t".into(),
            new_password: new.into(),
            confirm_password: confirm.into(),
        };
        assert!(reset("a brand new password", "a brand new password").problems().is_empty());
        let short = reset("short", "short").problems();
        assert_eq!(short[0].field, "new_password");
        let mismatch = reset("a brand new password", "a brand new passwort").problems();
        assert_eq!((mismatch[0].field.as_str(), mismatch[0].code), ("confirm_password", FieldError::Mismatch));
    }
}

/// Sign-in by a unique identifier (seed 004): issued by an office with a
/// password the citizen may change any number of times.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IdentifierSignIn {
    pub identifier: String,
    pub password: String,
    /// See [`SignedIn::public_computer`].
    #[serde(default)]
    pub public_computer: bool,
}

/// The identifier as the cabinet's «Безпека» shows it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdentifierInfo {
    pub identifier: String,
    /// Set once the citizen refused it: sign-in by it is then blocked until
    /// an office restores it.
    pub refused_at: Option<String>,
}

/// Identifiers are twelve digits, written in groups of four with hyphens;
/// spaces and hyphens as typed do not matter.
pub fn normalize_identifier(raw: &str) -> Option<String> {
    let digits: String = raw.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
    if digits.len() != 12 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(format!("{}-{}-{}", &digits[0..4], &digits[4..8], &digits[8..12]))
}

#[cfg(test)]
mod identifier_tests {
    use super::normalize_identifier;

    #[test]
    fn identifiers_are_twelve_digits_however_typed() {
        assert_eq!(normalize_identifier("1234 5678 9012").as_deref(), Some("1234-5678-9012"));
        assert_eq!(normalize_identifier("123456789012").as_deref(), Some("1234-5678-9012"));
        assert_eq!(normalize_identifier("1234-5678-901"), None);
        assert_eq!(normalize_identifier("1234-5678-901X"), None);
    }
}
