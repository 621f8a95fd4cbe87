//! The catalogue resource: `GET /api/catalogue` and `GET /api/services/{id}`,
//! served prepared from memory (`published`).

pub mod demo;
pub mod forms;
pub mod published;
mod rows;
pub mod search_aids;
pub mod store;

use crate::AppState;
use crate::http::error::{ApiError, ApiResult};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use portal_model::ServiceId;
use portal_model::api_error::ApiErrorBody;
use portal_model::catalogue::{Catalogue, ServiceDetails};
use portal_model::form::FormDefinition;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(get_catalogue)).routes(routes!(get_service)).routes(routes!(get_form))
}

/// The whole catalogue, every text in uk, be and en.
#[utoipa::path(get, path = "/api/catalogue", tag = "catalogue", responses(
    (status = 200, description = "The catalogue (brotli or gzip when accepted), with an `ETag`", body = Catalogue),
    (status = 304, description = "`If-None-Match` named the current `ETag`"),
))]
async fn get_catalogue(State(state): State<AppState>, request: HeaderMap) -> Response {
    state.catalogue.catalogue(&request).await
}

/// One service with its provider, category, documents and applicant groups.
#[utoipa::path(get, path = "/api/services/{id}", tag = "catalogue",
    params(("id" = String, Path, description = "The service's id", example = "export-licence")),
    responses(
        (status = 200, description = "The service, with an `ETag`", body = ServiceDetails),
        (status = 304, description = "`If-None-Match` named the current `ETag`"),
        (status = 400, description = "The id is not a service id (`malformed_id`)", body = ApiErrorBody),
        (status = 404, description = "No such service (`not_found`)", body = ApiErrorBody),
))]
async fn get_service(
    State(state): State<AppState>,
    Path(raw_id): Path<String>,
    request: HeaderMap,
) -> ApiResult<Response> {
    let id = ServiceId::parse(&raw_id).map_err(|e| ApiError::MalformedId(e.to_string()))?;
    state.catalogue.service(&id, &request).await.ok_or_else(|| ApiError::NotFound(format!("service {id}")))
}

/// The application form of a service ordered online: steps, fields, rules,
/// in three languages (`portal_model::form`).
#[utoipa::path(get, path = "/api/services/{id}/form", tag = "catalogue",
    params(("id" = String, Path, description = "The service's id", example = "export-licence")),
    responses(
        (status = 200, description = "The form", body = FormDefinition),
        (status = 400, description = "The id is not a service id (`malformed_id`)", body = ApiErrorBody),
        (status = 404, description = "No such service, or it is not ordered online (`not_found`)", body = ApiErrorBody),
))]
async fn get_form(State(state): State<AppState>, Path(raw_id): Path<String>) -> ApiResult<Json<FormDefinition>> {
    let id = ServiceId::parse(&raw_id).map_err(|e| ApiError::MalformedId(e.to_string()))?;
    let form =
        state.catalogue.form(id.as_str()).ok_or_else(|| ApiError::NotFound(format!("a form for service {id}")))?;
    Ok(Json(FormDefinition::clone(&form)))
}
