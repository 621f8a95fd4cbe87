//! Accounts: registration with an activation link, sign-in and sign-out,
//! and the signed-in user's own data.
//!
//! Registration never says whether an address is already registered (that
//! would let anyone probe for accounts): the owner of a registered address
//! gets a mail saying so instead of an activation link, and both paths do
//! the same Argon2 work. A registration not yet activated holds nothing:
//! registering the address again replaces it, a password reset activates
//! it, and after 48 hours it is purged.
//!
//! Owns: `users`, `sessions`, `sign_in_failures`, `unique_identifiers`, the
//! mailed links' tokens; the demo citizens (`demo_users`). Routes:
//! `/api/accounts…`, `/api/sessions…`, `/api/me…`. Gives every area the
//! signed-in user (`session::CurrentSession`, from `session::Sessions`).
//! May use: platform, http, mail.

mod deletion;
pub mod demo_users;
pub mod identifier;
mod mail_limits;
mod mailed_links;
mod secrets;
pub use secrets::hash_password;
pub mod session;
mod throttle;
pub use throttle::TrustedProxies;

use crate::http::error::{ApiError, ApiResult};
use crate::http::openapi::InvalidFields;
use crate::mail::letters::{letter, link};
use crate::mail::outbox;
use crate::platform::clock;
use crate::platform::db::Db;
use axum::Json;
use axum::extract::FromRef;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use portal_model::account::{Activation, PasswordChange, Profile, SessionInfo, SignInRequest, SignedIn};
use portal_model::api_error::ApiErrorBody;
use portal_model::api_error::ErrorCode;
use portal_model::registration::FieldProblem;
use portal_model::registration::{MAX_EMAIL_LEN, PersonalDataForm, RegistrationForm};
use portal_model::validation::{Country, FieldError};
use serde::Serialize;
use session::{CurrentSession, Sessions};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// How long an activation link works.
pub const ACTIVATION_HOURS: i64 = 48;

/// What the accounts' handlers use of the portal's state.
#[derive(Clone)]
pub struct AccountsState {
    pub db: Db,
    /// Session cookies carry `Secure` (behind https).
    pub secure_cookies: bool,
    /// The portal's address as users reach it: links in mail start with it.
    pub public_url: std::sync::Arc<str>,
}

pub fn routes<S>() -> OpenApiRouter<S>
where
    S: Clone + Send + Sync + 'static,
    AccountsState: FromRef<S>,
    Sessions: FromRef<S>,
    TrustedProxies: FromRef<S>,
{
    OpenApiRouter::new()
        .routes(routes!(register))
        .routes(routes!(activate))
        .routes(routes!(sign_in, list_sessions, sign_out_everywhere))
        .routes(routes!(sign_out))
        .routes(routes!(change_password))
        .routes(routes!(me, update_personal_data, deletion::delete_cabinet))
        .routes(routes!(deletion::summary))
        .routes(routes!(mailed_links::request_email_change))
        .routes(routes!(identifier::sign_in))
        .routes(routes!(identifier::info))
        .routes(routes!(identifier::change_password))
        .routes(routes!(identifier::refuse))
        .routes(routes!(mailed_links::confirm_email_change))
        .routes(routes!(mailed_links::request_password_reset))
        .routes(routes!(mailed_links::reset_password))
}

/// What a registration or activation did.
#[derive(Serialize, utoipa::ToSchema)]
struct Accepted {
    /// `activation_sent` or `activated`.
    status: &'static str,
}

/// Registers a cabinet: an activation link goes to the address (or, for a
/// taken address, a notice to its owner: the answer is the same).
#[utoipa::path(post, path = "/api/accounts", tag = "accounts", request_body = RegistrationForm, responses(
    (status = 202, description = "A mail is on its way", body = Accepted),
    (status = 422, response = InvalidFields),
    (status = 429, description = "Beyond the mail limits (`too_many_mails`, with `Retry-After`)", body = ApiErrorBody),
))]
async fn register(
    State(state): State<AccountsState>,
    throttle::PeerAddress(address): throttle::PeerAddress,
    headers: axum::http::HeaderMap,
    Json(form): Json<RegistrationForm>,
) -> ApiResult<(StatusCode, Json<Accepted>)> {
    // The language of the form: the new account's, and its mail's.
    let lang = crate::mail::letters::request_lang(&headers);
    let valid = form.validate().map_err(ApiError::InvalidFields)?;
    mail_limits::allow(&state.db, &valid.email, address.as_deref()).await?;
    // Hashed on every path, taken address or not: the same time either way.
    let password_hash = secrets::hash_password(&valid.password).await;
    let mut tx = state.db.begin().await?;
    // A new address is inserted; a pending (never activated) registration
    // of it is replaced — new password, new data, older links dead — so
    // nobody can hold an address by registering it first; an activated
    // cabinet is left alone. One statement, so parallel registrations of
    // one address cannot collide.
    let pending: Option<(i64,)> = sqlx::query_as(
        "INSERT INTO users (email, password_hash, full_name, rnokpp, passport, phone, postal_code, address, region, created_at, lang, country)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         ON CONFLICT (email) DO UPDATE SET
             password_hash = excluded.password_hash, full_name = excluded.full_name, rnokpp = excluded.rnokpp,
             passport = excluded.passport, phone = excluded.phone, postal_code = excluded.postal_code,
             address = excluded.address, region = excluded.region, lang = excluded.lang,
             country = excluded.country, created_at = $10
         WHERE users.activated_at IS NULL
         RETURNING id",
    )
    .bind(&valid.email)
    .bind(&password_hash)
    .bind(&valid.full_name)
    .bind(&valid.rnokpp)
    .bind(&valid.passport)
    .bind(&valid.phone)
    .bind(&valid.postal_code)
    .bind(&valid.address)
    .bind(&valid.region)
    .bind(clock::now())
    .bind(lang.code())
    .bind(match valid.country {
        Country::UA => "UA",
        Country::BY => "BY",
    })
    .fetch_optional(&mut *tx)
    .await?;
    let Some((user_id,)) = pending else {
        tx.rollback().await?;
        let args = [("link", link(&state.public_url, "/forgot-password"))];
        outbox::send(&state.db, &valid.email, lang, &letter(lang, "registration-again", &args)).await?;
        return Ok((StatusCode::ACCEPTED, Json(Accepted { status: "activation_sent" })));
    };
    sqlx::query("DELETE FROM activation_tokens WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
    let token = crate::platform::random::token();
    sqlx::query("INSERT INTO activation_tokens (token_hash, user_id, expires_at) VALUES ($1, $2, $3)")
        .bind(secrets::token_hash(&token))
        .bind(user_id)
        .bind(clock::in_seconds(ACTIVATION_HOURS * 3600))
        .execute(&mut *tx)
        .await?;
    let args = [
        ("link", link(&state.public_url, &format!("/activate?token={token}"))),
        ("hours", ACTIVATION_HOURS.to_string()),
    ];
    // In the same transaction: of parallel registrations, the newest mail
    // carries the link that works.
    outbox::send(&mut *tx, &valid.email, lang, &letter(lang, "activation", &args)).await?;
    tx.commit().await?;
    Ok((StatusCode::ACCEPTED, Json(Accepted { status: "activation_sent" })))
}

/// Activation needs the link and the password chosen at registration: a
/// link that reached the address's owner for someone else's registration
/// activates nothing (and the owner can register again, replacing it).
#[utoipa::path(post, path = "/api/accounts/activate", tag = "accounts", request_body = Activation, responses(
    (status = 200, description = "The cabinet is active", body = Accepted),
    (status = 400, description = "The link is unknown, used, replaced or expired (`invalid_token`)", body = ApiErrorBody),
    (status = 422, description = "Not the password chosen at registration (`invalid_fields`, `password`: `mismatch`)", body = ApiErrorBody),
    (status = 429, description = "Too many wrong passwords for the account or from the address (`too_many_attempts`, with `Retry-After`)", body = ApiErrorBody),
))]
async fn activate(
    State(state): State<AccountsState>,
    throttle::PeerAddress(address): throttle::PeerAddress,
    Json(request): Json<Activation>,
) -> ApiResult<Json<Accepted>> {
    let invalid = || ApiError::BadRequest(ErrorCode::InvalidToken, "the link is invalid, used or expired");
    let hash = secrets::token_hash(&request.token);
    let pending: Option<(i64, String, String)> = sqlx::query_as(
        "SELECT users.id, users.password_hash, users.email FROM activation_tokens JOIN users ON users.id = activation_tokens.user_id
         WHERE activation_tokens.token_hash = $1 AND activation_tokens.expires_at > $2",
    )
    .bind(&hash)
    .bind(clock::now())
    .fetch_optional(&state.db)
    .await?;
    let (user_id, stored, email) = pending.ok_or_else(invalid)?;
    // A wrong password leaves the link working (and counts as a guess).
    if !throttle::check_password(
        &state.db,
        throttle::Account::Email(&email),
        address.as_deref(),
        Some(&stored),
        &request.password,
    )
    .await?
    {
        return Err(ApiError::InvalidFields(vec![FieldProblem {
            field: "password".into(),
            code: FieldError::Mismatch,
        }]));
    }
    let mut tx = state.db.begin().await?;
    let used = sqlx::query("DELETE FROM activation_tokens WHERE token_hash = $1").bind(&hash).execute(&mut *tx).await?;
    // The password checked must still be the registration's: a registration
    // replaced meanwhile is not activated by the older link.
    let activated =
        sqlx::query("UPDATE users SET activated_at = $3 WHERE id = $1 AND activated_at IS NULL AND password_hash = $2")
            .bind(user_id)
            .bind(&stored)
            .bind(clock::now())
            .execute(&mut *tx)
            .await?;
    if used.rows_affected() == 0 || activated.rows_affected() == 0 {
        return Err(invalid());
    }
    tx.commit().await?;
    Ok(Json(Accepted { status: "activated" }))
}

/// Signs in by e-mail and password: sets the session cookie.
#[utoipa::path(post, path = "/api/sessions", tag = "accounts", request_body = SignInRequest, responses(
    (status = 200, description = "Signed in; the session cookie is set", body = SignedIn),
    (status = 401, description = "Wrong e-mail or password (`bad_credentials`)", body = ApiErrorBody),
    (status = 403, description = "The cabinet is not activated yet (`not_activated`)", body = ApiErrorBody),
    (status = 429, description = "Too many wrong passwords for the account or from the address (`too_many_attempts`, with `Retry-After`)", body = ApiErrorBody),
))]
async fn sign_in(
    State(state): State<AccountsState>,
    throttle::PeerAddress(address): throttle::PeerAddress,
    Json(request): Json<SignInRequest>,
) -> ApiResult<Response> {
    let refusal = || ApiError::Unauthorized(ErrorCode::BadCredentials, "wrong e-mail or password");
    // No account has an address this long: nothing to look up or count.
    if request.email.len() > MAX_EMAIL_LEN * 4 {
        return Err(refusal());
    }
    // As registration stored it (trimmed, lower case, NFC); what is not an
    // address at all is still checked against the dummy hash.
    let email =
        portal_model::registration::email(&request.email).unwrap_or_else(|_| request.email.trim().to_lowercase());
    let user: Option<(i64, String, Option<String>)> =
        sqlx::query_as("SELECT id, password_hash, activated_at FROM users WHERE email = $1")
            .bind(&email)
            .fetch_optional(&state.db)
            .await?;
    let stored = user.as_ref().map(|(_, hash, _)| hash.as_str());
    let account = throttle::Account::Email(&email);
    if !throttle::check_password(&state.db, account, address.as_deref(), stored, &request.password).await? {
        return Err(refusal());
    }
    // (An unknown account never passes the check.)
    let Some((user_id, _, activated_at)) = user else { return Err(refusal()) };
    if activated_at.is_none() {
        return Err(ApiError::Forbidden(ErrorCode::NotActivated, "follow the activation link first"));
    }
    start_session(&state, user_id, request.public_computer).await
}

/// A new session for `user_id`: the cookie, and the CSRF token and profile
/// in the body.
async fn start_session(state: &AccountsState, user_id: i64, public_computer: bool) -> ApiResult<Response> {
    let (token, csrf_token) = session::create(&state.db, user_id, public_computer).await?;
    let profile = profile(state, user_id).await?;
    let mut response = Json(SignedIn { csrf_token, profile, public_computer }).into_response();
    response.headers_mut().insert(header::SET_COOKIE, session::session_cookie(&token, state.secure_cookies));
    Ok(response)
}

/// Signs out this session.
#[utoipa::path(delete, path = "/api/sessions/current", tag = "accounts", security(("session" = [], "csrf" = [])), responses(
    (status = 204, description = "Signed out; the cookie is cleared, and the browser asked to clear the site's cache and storage (`Clear-Site-Data`)"),
))]
async fn sign_out(State(state): State<AccountsState>, session: CurrentSession) -> ApiResult<Response> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(&session.token_hash).execute(&state.db).await?;
    let mut response = StatusCode::NO_CONTENT.into_response();
    session::end_in_browser(&mut response, state.secure_cookies);
    Ok(response)
}

/// A user's row as the profile reads it.
#[derive(sqlx::FromRow)]
struct ProfileRow {
    email: String,
    full_name: String,
    phone: String,
    postal_code: String,
    address: String,
    region: String,
    country: String,
    rnokpp: String,
    passport: String,
}

async fn profile(state: &AccountsState, user_id: i64) -> Result<Profile, ApiError> {
    let row: ProfileRow = sqlx::query_as(
        "SELECT email, full_name, phone, postal_code, address, region, country, rnokpp, passport
         FROM users WHERE id = $1",
    )
    .bind(user_id)
    .fetch_one(&state.db)
    .await?;
    Ok(Profile {
        email: row.email,
        full_name: row.full_name,
        phone: row.phone,
        postal_code: row.postal_code,
        address: row.address,
        region: row.region,
        // (The column holds 'UA' or 'BY': the schema's CHECK.)
        country: if row.country == "BY" { Country::BY } else { Country::UA },
        // (For a citizen of Belarus the column holds the personal number.)
        personal_number: row.rnokpp,
        passport: row.passport,
    })
}

/// Who is signed in, with the CSRF token (so a reloaded page can go on).
#[utoipa::path(get, path = "/api/me", tag = "accounts", security(("session" = [])), responses(
    (status = 200, description = "The profile and the CSRF token", body = SignedIn),
))]
async fn me(State(state): State<AccountsState>, session: CurrentSession) -> ApiResult<Json<SignedIn>> {
    let profile = profile(&state, session.user_id).await?;
    Ok(Json(SignedIn { csrf_token: session.csrf_token, profile, public_computer: session.public_computer }))
}

/// «Персональні дані»: full name, region, postal address, phone.
#[utoipa::path(put, path = "/api/me", tag = "accounts", security(("session" = [], "csrf" = [])), request_body = PersonalDataForm, responses(
    (status = 200, description = "Saved; the profile as stored", body = Profile),
    (status = 422, response = InvalidFields),
))]
async fn update_personal_data(
    State(state): State<AccountsState>,
    session: CurrentSession,
    Json(form): Json<PersonalDataForm>,
) -> ApiResult<Json<Profile>> {
    let valid = form.validate().map_err(ApiError::InvalidFields)?;
    sqlx::query(
        "UPDATE users SET full_name = $1, region = $2, address = $3, postal_code = $4, phone = $5 WHERE id = $6",
    )
    .bind(&valid.full_name)
    .bind(&valid.region)
    .bind(&valid.address)
    .bind(&valid.postal_code)
    .bind(&valid.phone)
    .bind(session.user_id)
    .execute(&state.db)
    .await?;
    Ok(Json(profile(&state, session.user_id).await?))
}

/// «Зміна пароля». The old password must be right; the new one follows the
/// registration rule and must be typed twice alike. Other sessions end, so a
/// stolen session does not outlive the change.
#[utoipa::path(post, path = "/api/me/password", tag = "accounts", security(("session" = [], "csrf" = [])), request_body = PasswordChange, responses(
    (status = 204, description = "Changed; the user's other sessions ended"),
    (status = 422, description = "The old password is wrong or the new one breaks a rule (`invalid_fields`)", body = ApiErrorBody),
    (status = 429, description = "Too many wrong passwords for the account or from the address (`too_many_attempts`, with `Retry-After`)", body = ApiErrorBody),
))]
async fn change_password(
    State(state): State<AccountsState>,
    session: CurrentSession,
    throttle::PeerAddress(address): throttle::PeerAddress,
    Json(change): Json<PasswordChange>,
) -> ApiResult<StatusCode> {
    let (stored, email): (String, String) = sqlx::query_as("SELECT password_hash, email FROM users WHERE id = $1")
        .bind(session.user_id)
        .fetch_one(&state.db)
        .await?;
    let mut problems = Vec::new();
    let account = throttle::Account::Email(&email);
    if !throttle::check_password(&state.db, account, address.as_deref(), Some(&stored), &change.old_password).await? {
        problems.push(FieldProblem { field: "old_password".into(), code: FieldError::Mismatch });
    }
    problems.extend(portal_model::account::new_password_problems(&change.new_password, &change.confirm_password));
    if !problems.is_empty() {
        return Err(ApiError::InvalidFields(problems));
    }
    let password_hash = secrets::hash_password(&change.new_password).await;
    let mut tx = state.db.begin().await?;
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(&password_hash)
        .bind(session.user_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
        .bind(session.user_id)
        .bind(&session.token_hash)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The user's active sessions, newest first.
#[utoipa::path(get, path = "/api/sessions", tag = "accounts", security(("session" = [])), responses(
    (status = 200, description = "The user's active sessions", body = [SessionInfo]),
))]
async fn list_sessions(
    State(state): State<AccountsState>,
    session: CurrentSession,
) -> ApiResult<Json<Vec<SessionInfo>>> {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT token_hash, created_at FROM sessions
         WHERE user_id = $1 AND expires_at > $3 AND last_seen_at > $2
         ORDER BY created_at DESC",
    )
    .bind(session.user_id)
    .bind(clock::unix_now() - session::IDLE_SECS)
    .bind(clock::now())
    .fetch_all(&state.db)
    .await?;
    Ok(Json(
        rows.into_iter()
            .map(|(hash, created_at)| SessionInfo {
                id: hash[..12].to_owned(),
                current: hash == session.token_hash,
                created_at,
            })
            .collect(),
    ))
}

/// «Sign out everywhere»: every session of the user ends, this one too.
#[utoipa::path(delete, path = "/api/sessions", tag = "accounts", security(("session" = [], "csrf" = [])), responses(
    (status = 204, description = "Every session of the user ended; the cookie is cleared, and this browser asked to clear the site's cache and storage (`Clear-Site-Data`)"),
))]
async fn sign_out_everywhere(State(state): State<AccountsState>, session: CurrentSession) -> ApiResult<Response> {
    sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(session.user_id).execute(&state.db).await?;
    let mut response = StatusCode::NO_CONTENT.into_response();
    session::end_in_browser(&mut response, state.secure_cookies);
    Ok(response)
}
