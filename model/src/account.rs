//! What the API says about the signed-in user.

use serde::{Deserialize, Serialize};

/// The user's own data, as the cabinet shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub email: String,
    pub full_name: String,
    pub phone: String,
    pub postal_code: String,
    pub address: String,
    pub region: String,
}

/// A signed-in session as the SPA holds it: the profile and the CSRF token
/// to send with every state-changing request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedIn {
    pub csrf_token: String,
    pub profile: Profile,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInRequest {
    pub email: String,
    pub password: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivationRequest {
    pub token: String,
}

/// «Зміна паролю»: old, new, confirm (seed 000, Fig. 5).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PasswordChange {
    pub old_password: String,
    pub new_password: String,
    pub confirm_password: String,
}

/// One active session, for «sign out everywhere».
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionInfo {
    /// A stable, non-secret handle (a prefix of the token's hash).
    pub id: String,
    pub created_at: String,
    pub current: bool,
}
