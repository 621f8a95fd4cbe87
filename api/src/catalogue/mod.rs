//! The catalogue resource: `GET /api/catalogue` and `GET /api/services/{id}`,
//! served prepared from memory (`published`).
//!
//! What the portal offers: services, providers, categories, centres, and
//! each service's application form (`forms`: the common one, and the own
//! forms of `api/seed/forms`).
//!
//! Owns: `services`, `providers`, `categories`, `subcategories`,
//! `audiences`, `centres`, `document_kinds`, `applicant_groups` and their
//! links. Routes: `GET /api/catalogue`, `GET /api/services/{id}`,
//! `GET /api/services/{id}/form`.
//! May use: platform, http.

pub mod demo;
pub mod forms;
pub mod published;
mod rows;
pub mod search_aids;
pub mod store;

use crate::http::error::{ApiError, ApiResult};
use axum::Json;
use axum::extract::FromRef;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use portal_model::ServiceId;
use portal_model::api_error::ApiErrorBody;
use portal_model::catalogue::{Catalogue, ServiceDetails};
use portal_model::form::FormDefinition;
use published::PublishedCatalogue;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes<S>() -> OpenApiRouter<S>
where
    S: Clone + Send + Sync + 'static,
    PublishedCatalogue: FromRef<S>,
{
    OpenApiRouter::new().routes(routes!(get_catalogue)).routes(routes!(get_service)).routes(routes!(get_form))
}

/// The whole catalogue, every text in uk, be and en.
#[utoipa::path(get, path = "/api/catalogue", tag = "catalogue", responses(
    (status = 200, description = "The catalogue (brotli or gzip when accepted), with an `ETag`", body = Catalogue),
    (status = 304, description = "`If-None-Match` named the current `ETag`"),
))]
async fn get_catalogue(State(catalogue): State<PublishedCatalogue>, request: HeaderMap) -> Response {
    catalogue.catalogue(&request).await
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
    State(catalogue): State<PublishedCatalogue>,
    Path(raw_id): Path<String>,
    request: HeaderMap,
) -> ApiResult<Response> {
    let id = ServiceId::parse(&raw_id).map_err(|e| ApiError::MalformedId(e.to_string()))?;
    catalogue.service(&id, &request).await.ok_or_else(|| ApiError::NotFound(format!("service {id}")))
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
async fn get_form(
    State(catalogue): State<PublishedCatalogue>,
    Path(raw_id): Path<String>,
) -> ApiResult<Json<FormDefinition>> {
    let id = ServiceId::parse(&raw_id).map_err(|e| ApiError::MalformedId(e.to_string()))?;
    let form = catalogue.form(id.as_str()).ok_or_else(|| ApiError::NotFound(format!("a form for service {id}")))?;
    Ok(Json(FormDefinition::clone(&form)))
}
