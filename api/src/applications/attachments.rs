//! Files attached to a draft (issue 12):
//!
//! - `POST /api/drafts/{id}/attachments?field=…&name=…` with the file as the
//!   body: stored when the field is an attachment of the draft's form and
//!   the content is a PDF, PNG or JPEG whose name says the same (415
//!   `file_type` otherwise: a PNG named `.pdf`, an executable renamed
//!   `.pdf`); at most 10 MB (413), 20 files a draft (409
//!   `attachment_limit`), the person's quota (409 `storage_quota`, see
//!   `storage_quota`) and 100 uploads a person an hour (429
//!   `too_many_uploads`, with `Retry-After`). The answer is what the form
//!   keeps as the field's answer.
//! - `GET` and `DELETE /api/drafts/{id}/attachments/{file}`: the file back
//!   as a download, or gone.
//!
//! Another user's draft is "not found", whatever the verb. The files
//! themselves are in the file store (`file_store`), streamed in and out;
//! a row names its file by key.

use super::ApplicationsState;
use crate::accounts::session::CurrentSession;
use crate::accounts::session::Sessions;
use crate::applications::storage_quota::{self, Usage};
use crate::http::error::{ApiError, ApiResult, path_id};
use crate::http::file_download::own_stored_file;
use crate::http::openapi::{MalformedId, NoSuchDraft};
use crate::platform::file_store::{FileStore, ReceiveError, Received};
use crate::platform::rate_limit::{self, Limit, Taken};
use axum::Json;
use axum::body::Body;
use axum::extract::FromRef;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use portal_model::api_error::{ApiErrorBody, ErrorCode};
use portal_model::draft::{AttachmentInfo, media_type_of, name_fits};
use portal_model::form::FieldKind;
use portal_model::registration::FieldProblem;
use portal_model::validation::{self, FieldError};
use serde::Deserialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// The largest file a draft takes: a scanned page or a photographed
/// document, with room to spare.
pub const MAX_FILE_BYTES: usize = portal_model::draft::MAX_ATTACHMENT_BYTES;
/// Files one draft holds at most.
pub const MAX_FILES: i64 = 20;
/// The longest file name kept.
const MAX_NAME_CHARS: usize = 200;
/// Uploads one person may make an hour (counted whether kept or not): a
/// long form's twenty files several times over, never a flood of writes.
pub const UPLOADS: Limit = Limit { max: 100, window_secs: 3600 };

pub fn routes<S>() -> OpenApiRouter<S>
where
    S: Clone + Send + Sync + 'static,
    ApplicationsState: FromRef<S>,
    Sessions: FromRef<S>,
{
    OpenApiRouter::new().routes(routes!(upload)).routes(routes!(download, remove))
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
struct UploadQuery {
    /// The path of the attachment field (`document_passport`, `vehicles.0.registration`).
    #[serde(default)]
    field: String,
    /// The file's name as the user chose it.
    #[serde(default)]
    name: String,
}

/// Attaches a file to one of the user's drafts.
#[utoipa::path(post, operation_id = "attach_file", path = "/api/drafts/{id}/attachments", tag = "cabinet",
    security(("session" = [], "csrf" = [])),
    params(("id" = String, Path, description = "The draft's number"), UploadQuery),
    request_body(content = Vec<u8>, content_type = "application/octet-stream", description = "The file, PDF, PNG or JPEG, at most 10 MB"),
    responses(
        (status = 201, description = "Stored; the field's answer", body = AttachmentInfo),
        (status = 400, response = MalformedId),
        (status = 404, response = NoSuchDraft),
        (status = 409, description = "The draft holds 20 files already (`attachment_limit`), or the person's files fill their quota of 200 MB or 200 files (`storage_quota`)", body = ApiErrorBody),
        (status = 413, description = "Over 10 MB (`payload_too_large`)", body = ApiErrorBody),
        (status = 415, description = "Not a PDF, PNG or JPEG, or named as another type (`file_type`)", body = ApiErrorBody),
        (status = 422, description = "`field` is no attachment of the form, or `name` is not usable (`invalid_fields`)", body = ApiErrorBody),
        (status = 429, description = "Over 100 uploads by this person within the hour (`too_many_uploads`, with `Retry-After`)", body = ApiErrorBody),
))]
async fn upload(
    State(state): State<ApplicationsState>,
    session: CurrentSession,
    Path(raw): Path<String>,
    Query(query): Query<UploadQuery>,
    body: Body,
) -> ApiResult<(StatusCode, Json<AttachmentInfo>)> {
    let draft_id = path_id(&raw, "draft")?;
    let service = crate::applications::drafts::own_draft_service(&state.db, session.user_id, draft_id).await?;
    let form = state.catalogue.form(&service).ok_or_else(|| ApiError::NotFound(format!("a form for {service}")))?;
    let mut problems = Vec::new();
    if !form.field_at(&query.field).is_some_and(|field| matches!(field.kind, FieldKind::Attachment { .. })) {
        problems.push(FieldProblem { field: "field".into(), code: FieldError::Format });
    }
    let name = file_name(&query.name);
    let name = name.unwrap_or_else(|code| {
        problems.push(FieldProblem { field: "name".into(), code });
        String::new()
    });
    if !problems.is_empty() {
        return Err(ApiError::InvalidFields(problems));
    }
    if let Taken::Refused { retry_after_secs } =
        rate_limit::take(&state.db, &format!("uploads:{}", session.user_id), UPLOADS).await?
    {
        return Err(ApiError::TooOften { code: ErrorCode::TooManyUploads, retry_after_secs });
    }
    // Full already: said before the file is written anywhere.
    if !storage_quota::usage(&state.db, session.user_id).await?.has_room_for(1) {
        return Err(Usage::full());
    }
    let (received, media_type) = receive_file(&state.files, body, &name).await?;
    let row = NewRow { user_id: session.user_id, draft_id, field: &query.field, name: &name, media_type };
    let id = match store_row(&state, row, &received).await {
        Ok(id) => id,
        Err(error) => {
            let _ = state.files.remove(&received.key).await;
            return Err(error);
        }
    };
    let size = received.size;
    let info = AttachmentInfo { id, field: query.field, name, media_type: media_type.to_owned(), size };
    Ok((StatusCode::CREATED, Json(info)))
}

/// A file attached to one of the user's drafts, as a download.
#[utoipa::path(get, operation_id = "get_attachment", path = "/api/drafts/{id}/attachments/{file}", tag = "cabinet",
    security(("session" = [])),
    params(("id" = String, Path, description = "The draft's number"), ("file" = String, Path, description = "The file's number")),
    responses(
        (status = 200, description = "The file, with `Content-Disposition` naming it", content_type = "application/octet-stream", body = Vec<u8>),
        (status = 400, response = MalformedId),
        (status = 404, description = "No such file of this user's draft (`not_found`)", body = ApiErrorBody),
))]
async fn download(
    State(state): State<ApplicationsState>,
    session: CurrentSession,
    Path((raw_draft, raw_file)): Path<(String, String)>,
) -> ApiResult<Response> {
    let (draft_id, file_id) = (path_id(&raw_draft, "draft")?, path_id(&raw_file, "attachment")?);
    let own_row =
        "SELECT a.file_name, a.media_type, a.stored_as FROM draft_attachments a JOIN drafts d ON d.id = a.draft_id
         WHERE a.id = $1 AND a.draft_id = $2 AND d.user_id = $3 AND d.deleted_at IS NULL AND a.stored_as IS NOT NULL";
    let ids = [file_id, draft_id, session.user_id];
    own_stored_file(&state.db, &state.files, own_row, &ids, format!("attachment {file_id}")).await
}

/// Removes a file from one of the user's drafts.
#[utoipa::path(delete, operation_id = "remove_attachment", path = "/api/drafts/{id}/attachments/{file}", tag = "cabinet",
    security(("session" = [], "csrf" = [])),
    params(("id" = String, Path, description = "The draft's number"), ("file" = String, Path, description = "The file's number")),
    responses(
        (status = 204, description = "Removed"),
        (status = 400, response = MalformedId),
        (status = 404, description = "No such file of this user's draft (`not_found`)", body = ApiErrorBody),
))]
async fn remove(
    State(state): State<ApplicationsState>,
    session: CurrentSession,
    Path((raw_draft, raw_file)): Path<(String, String)>,
) -> ApiResult<StatusCode> {
    let (draft_id, file_id) = (path_id(&raw_draft, "draft")?, path_id(&raw_file, "attachment")?);
    // One statement: a draft being sent has its rows taken by the submit's
    // transaction, so this finds either the file before (and the submit
    // refuses, 409) or nothing after (404), never a file the order names.
    let removed: Option<(Option<String>,)> = sqlx::query_as(
        "DELETE FROM draft_attachments WHERE id = $1
             AND draft_id IN (SELECT id FROM drafts WHERE id = $2 AND user_id = $3 AND deleted_at IS NULL)
         RETURNING stored_as",
    )
    .bind(file_id)
    .bind(draft_id)
    .bind(session.user_id)
    .fetch_optional(&state.db)
    .await?;
    let (key,) = removed.ok_or_else(|| ApiError::NotFound(format!("attachment {file_id}")))?;
    if let Some(key) = key {
        // (Should this fail, the sweep takes the file later.)
        let _ = state.files.remove(&key).await;
    }
    Ok(StatusCode::NO_CONTENT)
}

/// A file's name as the user chose it, fit to keep: trimmed, in NFC, no
/// path in it, 200 characters at most.
pub(crate) fn file_name(raw: &str) -> Result<String, FieldError> {
    match validation::typed_text(raw) {
        Ok(name) if name.is_empty() => Err(FieldError::Required),
        Ok(name) if name.chars().count() > MAX_NAME_CHARS || name.contains(['/', '\\']) => Err(FieldError::Format),
        other => other,
    }
}

/// `?name=…` of an upload that is one file of its own (a receipt, a
/// complaint's document).
#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct FileNameQuery {
    /// The file's name as the user chose it.
    #[serde(default)]
    pub name: String,
}

/// The body of a one-file upload (`?name=…`) into the file store: the
/// stored file, its usable name and its media type (see `receive_file`).
pub(crate) async fn receive_named_file(
    files: &FileStore,
    body: Body,
    query: &FileNameQuery,
) -> Result<(Received, String, &'static str), ApiError> {
    let name = file_name(&query.name)
        .map_err(|code| ApiError::InvalidFields(vec![FieldProblem { field: "name".into(), code }]))?;
    let (received, media_type) = receive_file(files, body, &name).await?;
    Ok((received, name, media_type))
}

/// A request's body into the file store, when it is a PDF, PNG or JPEG
/// (told by its first bytes) named as what it is: the stored file and its
/// media type. Anything else is refused and nothing is kept.
pub(crate) async fn receive_file(
    files: &FileStore,
    body: Body,
    name: &str,
) -> Result<(Received, &'static str), ApiError> {
    let received = files.receive(body, MAX_FILE_BYTES).await.map_err(|error| match error {
        ReceiveError::TooLarge(_) => ApiError::TooLarge,
        ReceiveError::BrokenOff(_) => ApiError::BadRequest(ErrorCode::Unknown, "the file broke off"),
        ReceiveError::Store(error) => ApiError::Storage(error),
    })?;
    match media_type_of(&received.head) {
        Some((media_type, endings)) if name_fits(name, endings) => Ok((received, media_type)),
        _ => {
            let _ = files.remove(&received.key).await;
            Err(ApiError::UnsupportedFile)
        }
    }
}

/// A received file's row, as the upload names it.
struct NewRow<'a> {
    user_id: i64,
    draft_id: i64,
    field: &'a str,
    name: &'a str,
    media_type: &'a str,
}

/// The row of a received file, when its draft is still there (404), holds
/// fewer than twenty files (409 `attachment_limit`) and the person has room
/// for it (409 `storage_quota`). The person's row is held first, so the
/// counts read below stay true until the insert commits.
async fn store_row(state: &ApplicationsState, row: NewRow<'_>, received: &Received) -> Result<i64, ApiError> {
    let mut transaction = state.db.begin().await?;
    storage_quota::hold(&mut transaction, row.user_id).await?;
    let files: Option<(i64,)> = sqlx::query_as(
        "SELECT (SELECT count(*) FROM draft_attachments WHERE draft_id = $1) FROM drafts
         WHERE id = $1 AND user_id = $2 AND deleted_at IS NULL",
    )
    .bind(row.draft_id)
    .bind(row.user_id)
    .fetch_optional(&mut *transaction)
    .await?;
    match files {
        None => return Err(ApiError::NotFound(format!("draft {}", row.draft_id))),
        Some((files,)) if files >= MAX_FILES => {
            return Err(ApiError::Conflict(
                ErrorCode::AttachmentLimit,
                "twenty files a draft at most: remove one first",
            ));
        }
        Some(_) => {}
    }
    if !storage_quota::usage(&mut *transaction, row.user_id).await?.has_room_for(received.size) {
        return Err(Usage::full());
    }
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO draft_attachments (draft_id, field, file_name, media_type, size, content, stored_as, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         RETURNING id",
    )
    .bind(row.draft_id)
    .bind(row.field)
    .bind(row.name)
    .bind(row.media_type)
    .bind(received.size as i64)
    .bind(Vec::<u8>::new())
    .bind(&received.key)
    .bind(crate::platform::clock::now())
    .fetch_one(&mut *transaction)
    .await?;
    transaction.commit().await?;
    Ok(id)
}

/// The keys every draft's or order's file (receipt, answer) names, for the store's sweep.
pub async fn stored_keys(db: &crate::platform::db::Db) -> Result<std::collections::HashSet<String>, sqlx::Error> {
    let keys: Vec<(String,)> = sqlx::query_as(
        "SELECT stored_as FROM draft_attachments WHERE stored_as IS NOT NULL
             UNION SELECT stored_as FROM order_files
             UNION SELECT receipt_stored_as FROM orders WHERE receipt_stored_as IS NOT NULL
             UNION SELECT stored_as FROM complaint_files
             UNION SELECT stored_as FROM order_answers WHERE stored_as IS NOT NULL",
    )
    .fetch_all(db)
    .await?;
    Ok(keys.into_iter().map(|(key,)| key).collect())
}
