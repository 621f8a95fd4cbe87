//! The cabinet's «Чернетки», the applications being filled in:
//!
//! - `POST /api/drafts` `{service_id}` starts one with the service's form;
//! - `GET /api/drafts` lists one's own, `GET /api/drafts/{id}` reads one;
//! - `PUT /api/drafts/{id}` `{base_version, step, answers}` saves it whole
//!   (409 `draft_conflict` when `base_version` is stale: never applied);
//! - `DELETE /api/drafts/{id}` deletes one, `POST /api/drafts/{id}/restore`
//!   undoes that within 24 h (then the purge job takes it and its files).
//!
//! Another user's draft is "not found", whatever the verb.

use super::ApplicationsState;
use crate::accounts::session::CurrentSession;
use crate::accounts::session::Sessions;
use crate::applications::draft_owners::DraftForm;
use crate::http::error::{ApiError, ApiResult, changed_one, path_id};
use crate::http::openapi::{MalformedId, NoSuchDraft};
use crate::platform::clock;
use crate::platform::db::Db;
use axum::Json;
use axum::extract::FromRef;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use portal_model::api_error::{ApiErrorBody, ErrorCode};
use portal_model::cabinet::Draft;
use portal_model::draft::{AttachmentInfo, DraftDocument, DraftSave, DraftSaved, NewDraft};
use portal_model::form::{Scope, set_answer};
use portal_model::registration::FieldProblem;
use portal_model::validation::FieldError;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// Deleted drafts can be brought back this long; after that the purge job
/// (`purge::purge_deleted_drafts`) takes them and their files.
pub const UNDO_HOURS: i64 = 24;

pub fn routes<S>() -> OpenApiRouter<S>
where
    S: Clone + Send + Sync + 'static,
    ApplicationsState: FromRef<S>,
    Sessions: FromRef<S>,
{
    OpenApiRouter::new().routes(routes!(list, create)).routes(routes!(one, save, remove)).routes(routes!(restore))
}

/// The most drafts one person keeps at once: each holds up to a request's
/// worth of answers, and nobody applies for a hundred things at a time.
pub const MAX_DRAFTS: i64 = 100;

/// A draft as stored, answers still as text.
#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    service_id: String,
    form_version: i64,
    version: i64,
    step: String,
    data_json: String,
    created_at: String,
    updated_at: Option<String>,
}

impl Row {
    fn document(self) -> Result<DraftDocument, ApiError> {
        let answers = serde_json::from_str(&self.data_json)
            .map_err(|_| ApiError::Corrupt(format!("answers of draft {}", self.id)))?;
        Ok(DraftDocument {
            id: self.id,
            service_id: self.service_id,
            form_version: self.form_version,
            version: self.version,
            step: self.step,
            answers,
            created_at: self.created_at,
            updated_at: self.updated_at,
        })
    }
}

/// One of the user's drafts not deleted; 404 for anyone else's.
async fn own_draft(state: &ApplicationsState, user_id: i64, id: i64) -> Result<Row, ApiError> {
    sqlx::query_as(
        "SELECT id, service_id, form_version, version, step, data_json, created_at, updated_at FROM drafts
         WHERE id = $1 AND user_id = $2 AND deleted_at IS NULL",
    )
    .bind(id)
    .bind(user_id)
    .fetch_optional(&state.db)
    .await?
    .ok_or_else(|| ApiError::NotFound(format!("draft {id}")))
}

/// The service of one of the user's drafts (not deleted); 404 for anyone
/// else's. (Saves and attachments need no more of the draft than this.)
pub(crate) async fn own_draft_service(db: &Db, user_id: i64, id: i64) -> Result<String, ApiError> {
    let row: Option<(String,)> =
        sqlx::query_as("SELECT service_id FROM drafts WHERE id = $1 AND user_id = $2 AND deleted_at IS NULL")
            .bind(id)
            .bind(user_id)
            .fetch_optional(db)
            .await?;
    row.map(|(service,)| service).ok_or_else(|| ApiError::NotFound(format!("draft {id}")))
}

/// Starts an application: a new draft of a service that can be ordered
/// online, made with its current form.
#[utoipa::path(post, operation_id = "create_draft", path = "/api/drafts", tag = "cabinet", security(("session" = [], "csrf" = [])),
    request_body = NewDraft,
    responses(
        (status = 201, description = "The new draft", body = DraftDocument),
        (status = 404, description = "No service of that id can be ordered online (`not_found`)", body = ApiErrorBody),
        (status = 409, description = "The user keeps 100 drafts already (`draft_limit`)", body = ApiErrorBody),
))]
async fn create(
    State(state): State<ApplicationsState>,
    session: CurrentSession,
    Json(request): Json<NewDraft>,
) -> ApiResult<(StatusCode, Json<DraftDocument>)> {
    let form = state
        .catalogue
        .form(&request.service_id)
        .ok_or_else(|| ApiError::NotFound(format!("a form for service {:?}", request.service_id)))?;
    let now = clock::now();
    // The count is read by the inserting statement itself, so parallel
    // requests cannot pass the limit together on SQLite; on PostgreSQL a
    // burst may pass it by a few, which the limit tolerates.
    let created: Option<(i64,)> = sqlx::query_as(
        "INSERT INTO drafts (user_id, service_id, form_version, created_at, updated_at)
         SELECT $1, $2, $3, $4, $4
         WHERE (SELECT count(*) FROM drafts WHERE user_id = $1 AND deleted_at IS NULL) < $5
         RETURNING id",
    )
    .bind(session.user_id)
    .bind(&form.service_id)
    .bind(i64::from(form.version))
    .bind(&now)
    .bind(MAX_DRAFTS)
    .fetch_optional(&state.db)
    .await?;
    let (id,) = created
        .ok_or(ApiError::Conflict(ErrorCode::DraftLimit, "a hundred drafts at most: send or delete one first"))?;
    let draft = own_draft(&state, session.user_id, id).await?.document()?;
    Ok((StatusCode::CREATED, Json(draft)))
}

/// One of the user's drafts, with its answers.
#[utoipa::path(get, operation_id = "get_draft", path = "/api/drafts/{id}", tag = "cabinet", security(("session" = [])),
    params(("id" = String, Path, description = "The draft's number")),
    responses(
        (status = 200, description = "The draft", body = DraftDocument),
        (status = 400, response = MalformedId),
        (status = 404, response = NoSuchDraft),
))]
async fn one(
    State(state): State<ApplicationsState>,
    session: CurrentSession,
    Path(raw): Path<String>,
) -> ApiResult<Json<DraftDocument>> {
    let id = path_id(&raw, "draft")?;
    Ok(Json(own_draft(&state, session.user_id, id).await?.document()?))
}

/// Saves a draft whole, as typed: whatever answers the form can hold are
/// stored, right or not (half a РНОКПП, a date not finished) — their
/// problems come back as advice, and only «Далі» and submitting refuse them.
/// Refused (422) is only what the form cannot hold: the wrong JSON type for
/// a field, a text over the size limit or with a character refused
/// everywhere, an answer to no question (unless the draft was made with an
/// earlier version of the form: then it is kept, and never submitted), or an
/// attachment answer naming no file of this draft and field. `base_version`
/// must still be the stored version — a stale save is refused (409), never
/// applied.
#[utoipa::path(put, operation_id = "save_draft", path = "/api/drafts/{id}", tag = "cabinet", security(("session" = [], "csrf" = [])),
    params(("id" = String, Path, description = "The draft's number")),
    request_body = DraftSave,
    responses(
        (status = 200, description = "Saved; the draft's new version and its answers' problems (advice)", body = DraftSaved),
        (status = 400, response = MalformedId),
        (status = 404, description = "No such draft of this user, or its service is no longer ordered online (`not_found`)", body = ApiErrorBody),
        (status = 409, description = "The draft changed since `base_version` (`draft_conflict`): read it again and choose", body = ApiErrorBody),
        (status = 422, description = "Answers the form cannot hold, each under its path (`invalid_fields`)", body = ApiErrorBody),
))]
async fn save(
    State(state): State<ApplicationsState>,
    session: CurrentSession,
    Path(raw): Path<String>,
    Json(mut save): Json<DraftSave>,
) -> ApiResult<Json<DraftSaved>> {
    let id = path_id(&raw, "draft")?;
    // The remembered service lets the save go without a read first; the
    // UPDATE below still checks owner, service and deletion itself.
    let remembered = state.draft_owners.form(id, session.user_id);
    let draft = match &remembered {
        Some(draft) => draft.clone(),
        None => own_draft_form(&state, session.user_id, id).await?,
    };
    let form = state
        .catalogue
        .form(&draft.service)
        .ok_or_else(|| ApiError::NotFound(format!("a form for {}", draft.service)))?;
    let made_with_earlier_form = draft.form_version < i64::from(form.version);
    let mut problems = form.save_problems(&save.answers, made_with_earlier_form);
    if !save.step.is_empty() && !form.steps.iter().any(|step| step.id == save.step) {
        problems.push(FieldProblem { field: "step".into(), code: FieldError::Format });
    }
    problems.extend(stored_attachments(&state.db, id, &form, &mut save.answers).await?);
    if !problems.is_empty() {
        if remembered.is_some() {
            // A deleted draft answers 404, not 422.
            own_draft_form(&state, session.user_id, id).await?;
        }
        return Err(ApiError::InvalidFields(problems));
    }
    let advice = form.problems(&form.asked_answers(&save.answers), Scope::Draft);
    let now = clock::now();
    let saved: Option<(i64,)> = sqlx::query_as(
        "UPDATE drafts SET data_json = $1, step = $2, version = version + 1, updated_at = $3
         WHERE id = $4 AND user_id = $5 AND version = $6 AND service_id = $7 AND deleted_at IS NULL
         RETURNING version",
    )
    .bind(serde_json::Value::Object(save.answers).to_string())
    .bind(&save.step)
    .bind(&now)
    .bind(id)
    .bind(session.user_id)
    .bind(save.base_version)
    .bind(&draft.service)
    .fetch_optional(&state.db)
    .await?;
    let Some((version,)) = saved else {
        return Err(unsaved(&state, session.user_id, id, &draft.service).await);
    };
    state.draft_owners.remember(id, session.user_id, &draft);
    Ok(Json(DraftSaved { version, updated_at: now, problems: advice }))
}

/// The service of one of the user's drafts (not deleted) and the version
/// of the form it was made with; 404 for anyone else's.
async fn own_draft_form(state: &ApplicationsState, user_id: i64, id: i64) -> Result<DraftForm, ApiError> {
    let row: Option<(String, i64)> = sqlx::query_as(
        "SELECT service_id, form_version FROM drafts WHERE id = $1 AND user_id = $2 AND deleted_at IS NULL",
    )
    .bind(id)
    .bind(user_id)
    .fetch_optional(&state.db)
    .await?;
    let (service, form_version) = row.ok_or_else(|| ApiError::NotFound(format!("draft {id}")))?;
    Ok(DraftForm { service, form_version })
}

/// Why a save's UPDATE wrote nothing: the draft is gone or not this
/// user's (404; forgotten here), or it moved on since `base_version` (409).
async fn unsaved(state: &ApplicationsState, user_id: i64, id: i64, service: &str) -> ApiError {
    match own_draft_service(&state.db, user_id, id).await {
        Ok(stored) if stored == service => {
            ApiError::Conflict(ErrorCode::DraftConflict, "the draft changed since this copy was read")
        }
        Ok(_) => {
            // A number given again after a purge, remembered for the old
            // draft: forget it; the client reads the draft afresh.
            state.draft_owners.forget(id);
            ApiError::Conflict(ErrorCode::DraftConflict, "the draft changed since this copy was read")
        }
        Err(error) => {
            state.draft_owners.forget(id);
            error
        }
    }
}

/// A file of a draft as stored: what its attachment answer says.
#[derive(sqlx::FromRow)]
struct StoredAttachment {
    id: i64,
    field: String,
    file_name: String,
    media_type: String,
    size: i64,
}

/// Every attachment answer replaced by what the portal stored for that
/// file (id, field, name, type, size: nothing else the client sent is
/// kept), and a problem for each that names no file stored for this draft
/// under that field (made up, another draft's, or removed), so what is
/// submitted later names only files the portal holds, as they are.
pub(crate) async fn stored_attachments(
    db: &Db,
    draft: i64,
    form: &portal_model::form::FormDefinition,
    answers: &mut portal_model::form::Answers,
) -> Result<Vec<FieldProblem>, ApiError> {
    let named: Vec<(String, Option<i64>)> = form
        .attachment_answers(answers)
        .into_iter()
        .map(|(path, answer)| (path, answer.get("id").and_then(serde_json::Value::as_i64)))
        .collect();
    if named.is_empty() {
        return Ok(Vec::new());
    }
    let stored: Vec<StoredAttachment> =
        sqlx::query_as("SELECT id, field, file_name, media_type, size FROM draft_attachments WHERE draft_id = $1")
            .bind(draft)
            .fetch_all(db)
            .await?;
    let mut problems = Vec::new();
    for (path, id) in named {
        match stored.iter().find(|file| Some(file.id) == id && file.field == path) {
            Some(file) => {
                let info = AttachmentInfo {
                    id: file.id,
                    field: file.field.clone(),
                    name: file.file_name.clone(),
                    media_type: file.media_type.clone(),
                    size: u64::try_from(file.size).unwrap_or(0),
                };
                set_answer(answers, &path, info.to_answer());
            }
            None => problems.push(FieldProblem { field: path, code: FieldError::Format }),
        }
    }
    Ok(problems)
}

/// The user's drafts, newest first.
#[utoipa::path(get, operation_id = "list_drafts", path = "/api/drafts", tag = "cabinet", security(("session" = [])), responses(
    (status = 200, description = "The user's drafts", body = [Draft]),
))]
async fn list(State(state): State<ApplicationsState>, session: CurrentSession) -> ApiResult<Json<Vec<Draft>>> {
    let rows: Vec<(i64, String, String, String)> = sqlx::query_as(
        "SELECT d.id, d.service_id, s.provider_id, d.created_at FROM drafts d JOIN services s ON s.id = d.service_id
         WHERE d.user_id = $1 AND d.deleted_at IS NULL ORDER BY d.created_at DESC, d.id DESC",
    )
    .bind(session.user_id)
    .fetch_all(&state.db)
    .await?;
    Ok(Json(
        rows.into_iter()
            .map(|(id, service_id, provider_id, created_at)| Draft { id, service_id, provider_id, created_at })
            .collect(),
    ))
}

/// Marks the draft deleted (undo brings it back), if it is the user's own.
#[utoipa::path(delete, operation_id = "delete_draft", path = "/api/drafts/{id}", tag = "cabinet", security(("session" = [], "csrf" = [])),
    params(("id" = String, Path, description = "The draft's number")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, response = MalformedId),
        (status = 404, response = NoSuchDraft),
))]
async fn remove(
    State(state): State<ApplicationsState>,
    session: CurrentSession,
    Path(raw): Path<String>,
) -> ApiResult<StatusCode> {
    let id = path_id(&raw, "draft")?;
    let done = sqlx::query("UPDATE drafts SET deleted_at = $3 WHERE id = $1 AND user_id = $2 AND deleted_at IS NULL")
        .bind(id)
        .bind(session.user_id)
        .bind(crate::platform::clock::now())
        .execute(&state.db)
        .await?;
    changed_one(&done, "draft", id)?;
    Ok(StatusCode::NO_CONTENT)
}

/// Brings back a draft deleted in the last 24 h.
#[utoipa::path(post, operation_id = "restore_draft", path = "/api/drafts/{id}/restore", tag = "cabinet", security(("session" = [], "csrf" = [])),
    params(("id" = String, Path, description = "The draft's number")),
    responses(
        (status = 204, description = "Restored"),
        (status = 400, response = MalformedId),
        (status = 404, description = "No such draft of this user deleted in the last 24 hours (`not_found`)", body = ApiErrorBody),
))]
async fn restore(
    State(state): State<ApplicationsState>,
    session: CurrentSession,
    Path(raw): Path<String>,
) -> ApiResult<StatusCode> {
    let id = path_id(&raw, "draft")?;
    // Past 24 h a draft is the purge job's, whether or not it ran yet.
    let done = sqlx::query(
        "UPDATE drafts SET deleted_at = NULL
         WHERE id = $1 AND user_id = $2 AND deleted_at >= $3 AND order_id IS NULL",
    )
    .bind(id)
    .bind(session.user_id)
    .bind(clock::in_seconds(-UNDO_HOURS * 3600))
    .execute(&state.db)
    .await?;
    changed_one(&done, "deleted draft", id)?;
    Ok(StatusCode::NO_CONTENT)
}
