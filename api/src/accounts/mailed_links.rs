//! Links sent by mail after sign-up: «forgot password» and changing the
//! e-mail address.
//!
//! - `POST /api/accounts/password-reset` `{email}` always answers 202, so
//!   nobody learns which addresses have cabinets (429 beyond the mail
//!   limits, counted alike for every address); a cabinet gets a link
//!   `/reset-password?token=…` valid for an hour.
//! - `POST /api/accounts/password-reset/confirm` `{token, new_password,
//!   confirm_password}` sets the password and ends every session. A
//!   registration never activated is activated by it (the mail proved the
//!   address), and its activation links die: whoever registered the
//!   address with another password loses it to the address's owner.
//! - `POST /api/me/email` `{new_email, password}` (signed in) sends a link
//!   `/confirm-email?token=…` to the new address; the address changes only
//!   when it is followed (`POST /api/accounts/email-confirm` `{token}`), and
//!   the old address is told.

use super::AccountsState;
use super::session::CurrentSession;
use super::{mail_limits, secrets, throttle};
use crate::http::error::{ApiError, ApiResult};
use crate::http::openapi::InvalidFields;
use crate::mail::letters::{letter, link};
use crate::mail::outbox;
use crate::platform::clock;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use portal_model::account::{ActivationRequest, EmailChange, PasswordReset, PasswordResetRequest};
use portal_model::api_error::{ApiErrorBody, ErrorCode};
use portal_model::lang::Lang;
use portal_model::registration::FieldProblem;
use portal_model::validation::FieldError;

const RESET_MINUTES: i64 = 60;
const EMAIL_CHANGE_HOURS: i64 = 24;

fn invalid_link() -> ApiError {
    ApiError::BadRequest(ErrorCode::InvalidToken, "the link is invalid, used or expired")
}

/// «Забули пароль?»: mails a reset link if a cabinet has the address.
#[utoipa::path(post, path = "/api/accounts/password-reset", tag = "accounts", request_body = PasswordResetRequest, responses(
    (status = 202, description = "Accepted, whether or not a cabinet has the address"),
    (status = 429, description = "Beyond the mail limits (`too_many_mails`, with `Retry-After`)", body = ApiErrorBody),
))]
pub async fn request_password_reset(
    State(state): State<AccountsState>,
    throttle::PeerAddress(address): throttle::PeerAddress,
    Json(request): Json<PasswordResetRequest>,
) -> ApiResult<StatusCode> {
    let Ok(email) = portal_model::registration::email(&request.email) else {
        // Not an address any cabinet could have: nothing to send.
        return Ok(StatusCode::ACCEPTED);
    };
    mail_limits::allow(&state.db, &email, address.as_deref()).await?;
    // Answered before looking the address up: the answer and its timing are
    // the same whether or not a cabinet has it.
    tokio::spawn(async move {
        if let Err(error) = mail_reset_link(&state, &email).await {
            tracing::error!(%error, "cannot send a password-reset link");
        }
    });
    Ok(StatusCode::ACCEPTED)
}

/// Mails a reset link if a cabinet (activated or not) has `email`.
async fn mail_reset_link(state: &AccountsState, email: &str) -> Result<(), sqlx::Error> {
    let user: Option<(i64, String)> =
        sqlx::query_as("SELECT id, lang FROM users WHERE email = $1").bind(email).fetch_optional(&state.db).await?;
    let Some((user_id, lang)) = user else { return Ok(()) };
    let lang = Lang::from_tag(&lang).unwrap_or(Lang::Uk);
    let token = crate::platform::random::token();
    sqlx::query("INSERT INTO password_reset_tokens (token_hash, user_id, expires_at) VALUES ($1, $2, $3)")
        .bind(secrets::token_hash(&token))
        .bind(user_id)
        .bind(clock::in_seconds(RESET_MINUTES * 60))
        .execute(&state.db)
        .await?;
    let args = [("link", link(&state.public_url, &format!("/reset-password?token={token}")))];
    outbox::send(&state.db, email, lang, &letter(lang, "reset", &args)).await
}

/// Sets a new password from a reset link; every session ends.
#[utoipa::path(post, path = "/api/accounts/password-reset/confirm", tag = "accounts", request_body = PasswordReset, responses(
    (status = 204, description = "The password is set"),
    (status = 400, description = "The link is unknown, used, replaced or expired (`invalid_token`)", body = ApiErrorBody),
    (status = 422, response = InvalidFields),
))]
pub async fn reset_password(
    State(state): State<AccountsState>,
    Json(reset): Json<PasswordReset>,
) -> ApiResult<StatusCode> {
    let problems = reset.problems();
    if !problems.is_empty() {
        return Err(ApiError::InvalidFields(problems));
    }
    // Hashed before the transaction: no write lock is held while Argon2 runs.
    let password_hash = secrets::hash_password(&reset.new_password).await;
    let mut tx = state.db.begin().await?;
    let user: Option<(i64,)> = sqlx::query_as(
        "DELETE FROM password_reset_tokens
         WHERE token_hash = $1 AND expires_at > $2 RETURNING user_id",
    )
    .bind(secrets::token_hash(&reset.token))
    .bind(clock::now())
    .fetch_optional(&mut *tx)
    .await?;
    let (user_id,) = user.ok_or_else(invalid_link)?;
    sqlx::query("UPDATE users SET password_hash = $1, activated_at = coalesce(activated_at, $3) WHERE id = $2")
        .bind(&password_hash)
        .bind(user_id)
        .bind(clock::now())
        .execute(&mut *tx)
        .await?;
    // Whoever knew the old password is signed out, and older links stop working.
    sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
    sqlx::query("DELETE FROM password_reset_tokens WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
    sqlx::query("DELETE FROM activation_tokens WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Sends a confirmation link to a new address.
#[utoipa::path(post, path = "/api/me/email", tag = "accounts", security(("session" = [], "csrf" = [])), request_body = EmailChange, responses(
    (status = 202, description = "A link is on its way to the new address"),
    (status = 422, description = "The address or the password is not right (`invalid_fields`)", body = ApiErrorBody),
    (status = 429, description = "Beyond the mail limits (`too_many_mails`) or too many wrong passwords (`too_many_attempts`), with `Retry-After`", body = ApiErrorBody),
))]
pub async fn request_email_change(
    State(state): State<AccountsState>,
    session: CurrentSession,
    throttle::PeerAddress(address): throttle::PeerAddress,
    headers: axum::http::HeaderMap,
    Json(change): Json<EmailChange>,
) -> ApiResult<StatusCode> {
    let (stored, current): (String, String) = sqlx::query_as("SELECT password_hash, email FROM users WHERE id = $1")
        .bind(session.user_id)
        .fetch_one(&state.db)
        .await?;
    let mut problems = Vec::new();
    let new_email = match portal_model::registration::email(&change.new_email) {
        Ok(email) if email == current => {
            problems.push(FieldProblem { field: "new_email".into(), code: FieldError::Mismatch });
            None
        }
        Ok(email) => Some(email),
        Err(code) => {
            problems.push(FieldProblem { field: "new_email".into(), code });
            None
        }
    };
    let account = throttle::Account::Email(&current);
    if !throttle::check_password(&state.db, account, address.as_deref(), Some(&stored), &change.password).await? {
        problems.push(FieldProblem { field: "password".into(), code: FieldError::Mismatch });
    }
    let Some(new_email) = new_email.filter(|_| problems.is_empty()) else {
        return Err(ApiError::InvalidFields(problems));
    };
    mail_limits::allow(&state.db, &new_email, address.as_deref()).await?;
    let token = crate::platform::random::token();
    sqlx::query("INSERT INTO email_change_tokens (token_hash, user_id, new_email, expires_at) VALUES ($1, $2, $3, $4)")
        .bind(secrets::token_hash(&token))
        .bind(session.user_id)
        .bind(&new_email)
        .bind(clock::in_seconds(EMAIL_CHANGE_HOURS * 3600))
        .execute(&state.db)
        .await?;
    let lang = crate::mail::letters::request_lang(&headers);
    let args = [("link", link(&state.public_url, &format!("/confirm-email?token={token}")))];
    outbox::send(&state.db, &new_email, lang, &letter(lang, "email-change", &args)).await?;
    Ok(StatusCode::ACCEPTED)
}

/// Changes the address from the link mailed to it.
#[utoipa::path(post, path = "/api/accounts/email-confirm", tag = "accounts", request_body = ActivationRequest, responses(
    (status = 204, description = "The address is changed; the old one is told"),
    (status = 400, description = "The link is unknown, used or expired (`invalid_token`), or another cabinet took the address meanwhile (`email_taken`)", body = ApiErrorBody),
))]
pub async fn confirm_email_change(
    State(state): State<AccountsState>,
    Json(request): Json<ActivationRequest>,
) -> ApiResult<StatusCode> {
    let mut tx = state.db.begin().await?;
    let change: Option<(i64, String)> = sqlx::query_as(
        "DELETE FROM email_change_tokens
         WHERE token_hash = $1 AND expires_at > $2 RETURNING user_id, new_email",
    )
    .bind(secrets::token_hash(&request.token))
    .bind(clock::now())
    .fetch_optional(&mut *tx)
    .await?;
    let (user_id, new_email) = change.ok_or_else(invalid_link)?;
    let (old_email, lang): (String, String) =
        sqlx::query_as("SELECT email, lang FROM users WHERE id = $1").bind(user_id).fetch_one(&mut *tx).await?;
    let lang = Lang::from_tag(&lang).unwrap_or(Lang::Uk);
    // A registration of the address never activated holds nothing: the
    // followed link proves the address is this user's.
    sqlx::query("DELETE FROM users WHERE email = $1 AND activated_at IS NULL")
        .bind(&new_email)
        .execute(&mut *tx)
        .await?;
    // The address may have been taken by another cabinet since the link was sent.
    let updated =
        sqlx::query("UPDATE users SET email = $1 WHERE id = $2 AND NOT EXISTS (SELECT 1 FROM users WHERE email = $3)")
            .bind(&new_email)
            .bind(user_id)
            .bind(&new_email)
            .execute(&mut *tx)
            .await?;
    if updated.rows_affected() == 0 {
        return Err(ApiError::BadRequest(ErrorCode::EmailTaken, "the address belongs to another cabinet now"));
    }
    tx.commit().await?;
    outbox::send(&state.db, &old_email, lang, &letter(lang, "email-changed", &[])).await?;
    Ok(StatusCode::NO_CONTENT)
}
