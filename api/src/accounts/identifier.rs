//! Sign-in by a unique identifier (seed 004). An office issues the
//! identifier with a first password (`portal-admin issue-identifier`); the
//! citizen signs in with it (`POST /api/sessions/identifier`), may change
//! its password any number of times (`POST /api/me/identifier/password`)
//! and may refuse it (`POST /api/me/identifier/refuse`), which blocks that
//! way in. An office restores it (`portal-admin restore-identifier`): the
//! cabinet was never touched, so its whole history is there again.

use super::AccountsState;
use super::session::CurrentSession;
use super::{secrets, start_session, throttle};
use crate::http::error::{ApiError, ApiResult};
use crate::platform::db::Db;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use portal_model::account::{IdentifierInfo, IdentifierSignIn, PasswordChange, normalize_identifier};
use portal_model::api_error::{ApiErrorBody, ErrorCode};
use portal_model::registration::FieldProblem;
use portal_model::validation::FieldError;

/// Issues a new identifier to the cabinet registered with `email` and
/// returns it with its first password (to hand over on paper).
pub async fn issue(db: &Db, email: &str) -> Result<(String, String), IssueError> {
    // Only an activated cabinet: a pending registration is nobody's yet.
    let user: Option<(i64,)> = sqlx::query_as("SELECT id FROM users WHERE email = $1 AND activated_at IS NOT NULL")
        .bind(email.trim().to_lowercase())
        .fetch_optional(db)
        .await?;
    let (user_id,) = user.ok_or(IssueError::NoSuchCabinet)?;
    let digits = crate::platform::random::digits(12);
    let identifier = normalize_identifier(&digits).expect("twelve digits");
    let password = crate::platform::random::token()[..16].to_owned();
    let inserted =
        sqlx::query("INSERT INTO unique_identifiers (identifier, user_id, password_hash) VALUES ($1, $2, $3)")
            .bind(&identifier)
            .bind(user_id)
            .bind(secrets::hash_password(&password).await)
            .execute(db)
            .await;
    match inserted {
        Ok(_) => Ok((identifier, password)),
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Err(IssueError::AlreadyIssued),
        Err(e) => Err(e.into()),
    }
}

/// Gives back sign-in by a refused identifier.
pub async fn restore(db: &Db, identifier: &str) -> Result<(), IssueError> {
    let identifier = normalize_identifier(identifier).ok_or(IssueError::NoSuchIdentifier)?;
    let done = sqlx::query("UPDATE unique_identifiers SET refused_at = NULL WHERE identifier = $1")
        .bind(&identifier)
        .execute(db)
        .await?;
    if done.rows_affected() == 0 {
        return Err(IssueError::NoSuchIdentifier);
    }
    Ok(())
}

/// The demo identifier of the demo user (README lists it).
pub async fn seed_demo(db: &Db, email: &str, identifier: &str, password: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO unique_identifiers (identifier, user_id, password_hash)
         SELECT $1, id, $2 FROM users WHERE email = $3
         ON CONFLICT DO NOTHING",
    )
    .bind(identifier)
    .bind(secrets::hash_password(password).await)
    .bind(email)
    .execute(db)
    .await?;
    Ok(())
}

#[derive(Debug, thiserror::Error)]
pub enum IssueError {
    #[error("no cabinet is registered with that e-mail address")]
    NoSuchCabinet,
    #[error("that cabinet already has an identifier")]
    AlreadyIssued,
    #[error("no such identifier")]
    NoSuchIdentifier,
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

/// Signs in by the unique identifier (12 digits, any spacing) and its password.
#[utoipa::path(post, operation_id = "sign_in_by_identifier", path = "/api/sessions/identifier", tag = "accounts", request_body = IdentifierSignIn, responses(
    (status = 200, description = "Signed in; the session cookie is set", body = portal_model::account::SignedIn),
    (status = 401, description = "Wrong identifier or password (`bad_credentials`)", body = ApiErrorBody),
    (status = 403, description = "The identifier was refused (`identifier_refused`)", body = ApiErrorBody),
    (status = 422, description = "Not 12 digits (`invalid_fields`, `identifier`: `format`)", body = ApiErrorBody),
    (status = 429, description = "Too many wrong passwords for the account or from the address (`too_many_attempts`, with `Retry-After`)", body = ApiErrorBody),
))]
pub async fn sign_in(
    State(state): State<AccountsState>,
    throttle::PeerAddress(address): throttle::PeerAddress,
    Json(request): Json<IdentifierSignIn>,
) -> ApiResult<Response> {
    let bad = || ApiError::Unauthorized(ErrorCode::BadCredentials, "wrong identifier or password");
    let Some(identifier) = normalize_identifier(&request.identifier) else {
        return Err(ApiError::InvalidFields(vec![FieldProblem {
            field: "identifier".into(),
            code: FieldError::Format,
        }]));
    };
    let row: Option<(i64, String, Option<String>)> =
        sqlx::query_as("SELECT user_id, password_hash, refused_at FROM unique_identifiers WHERE identifier = $1")
            .bind(&identifier)
            .fetch_optional(&state.db)
            .await?;
    // Throttled like e-mail sign-in, the identifier standing for the account.
    let account = throttle::Account::Identifier(&identifier);
    let stored = row.as_ref().map(|(_, hash, _)| hash.as_str());
    if !throttle::check_password(&state.db, account, address.as_deref(), stored, &request.password).await? {
        return Err(bad());
    }
    // (An unknown identifier never passes the check.)
    let Some((user_id, _, refused_at)) = row else { return Err(bad()) };
    if refused_at.is_some() {
        return Err(ApiError::Forbidden(
            ErrorCode::IdentifierRefused,
            "the identifier was refused; an office can restore it",
        ));
    }
    start_session(&state, user_id, request.public_computer).await
}

async fn own(state: &AccountsState, user_id: i64) -> Result<(String, String, Option<String>), ApiError> {
    let row: Option<(String, String, Option<String>)> =
        sqlx::query_as("SELECT identifier, password_hash, refused_at FROM unique_identifiers WHERE user_id = $1")
            .bind(user_id)
            .fetch_optional(&state.db)
            .await?;
    row.ok_or(ApiError::NotFound("identifier".into()))
}

/// The user's identifier, if one was issued (404 otherwise).
#[utoipa::path(get, operation_id = "get_identifier", path = "/api/me/identifier", tag = "accounts", security(("session" = [])), responses(
    (status = 200, description = "The user's identifier", body = IdentifierInfo),
    (status = 404, description = "None was issued (`not_found`)", body = ApiErrorBody),
))]
pub async fn info(State(state): State<AccountsState>, session: CurrentSession) -> ApiResult<Json<IdentifierInfo>> {
    let (identifier, _, refused_at) = own(&state, session.user_id).await?;
    Ok(Json(IdentifierInfo { identifier, refused_at }))
}

/// Changes the identifier's own password (any number of times).
#[utoipa::path(post, operation_id = "change_identifier_password", path = "/api/me/identifier/password", tag = "accounts", security(("session" = [], "csrf" = [])), request_body = PasswordChange, responses(
    (status = 204, description = "Changed"),
    (status = 404, description = "None was issued (`not_found`)", body = ApiErrorBody),
    (status = 422, description = "The old password is wrong or the new one breaks a rule (`invalid_fields`)", body = ApiErrorBody),
    (status = 429, description = "Too many wrong passwords for the account or from the address (`too_many_attempts`, with `Retry-After`)", body = ApiErrorBody),
))]
pub async fn change_password(
    State(state): State<AccountsState>,
    session: CurrentSession,
    throttle::PeerAddress(address): throttle::PeerAddress,
    Json(change): Json<PasswordChange>,
) -> ApiResult<StatusCode> {
    let (identifier, stored, _) = own(&state, session.user_id).await?;
    let mut problems = Vec::new();
    let account = throttle::Account::Identifier(&identifier);
    if !throttle::check_password(&state.db, account, address.as_deref(), Some(&stored), &change.old_password).await? {
        problems.push(FieldProblem { field: "old_password".into(), code: FieldError::Mismatch });
    }
    problems.extend(portal_model::account::new_password_problems(&change.new_password, &change.confirm_password));
    if !problems.is_empty() {
        return Err(ApiError::InvalidFields(problems));
    }
    sqlx::query("UPDATE unique_identifiers SET password_hash = $1 WHERE identifier = $2")
        .bind(secrets::hash_password(&change.new_password).await)
        .bind(&identifier)
        .execute(&state.db)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Refusing blocks sign-in by the identifier; the cabinet itself stays.
#[utoipa::path(post, operation_id = "refuse_identifier", path = "/api/me/identifier/refuse", tag = "accounts", security(("session" = [], "csrf" = [])), responses(
    (status = 200, description = "Refused; the identifier as it stands now", body = IdentifierInfo),
    (status = 404, description = "None was issued (`not_found`)", body = ApiErrorBody),
))]
pub async fn refuse(State(state): State<AccountsState>, session: CurrentSession) -> ApiResult<Json<IdentifierInfo>> {
    sqlx::query("UPDATE unique_identifiers SET refused_at = coalesce(refused_at, $2) WHERE user_id = $1")
        .bind(session.user_id)
        .bind(crate::platform::clock::now())
        .execute(&state.db)
        .await?;
    let (identifier, _, refused_at) = own(&state, session.user_id).await?;
    Ok(Json(IdentifierInfo { identifier, refused_at }))
}
