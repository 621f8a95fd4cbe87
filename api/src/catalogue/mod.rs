//! The catalogue resource: `GET /api/catalogue` and `GET /api/services/{id}`,
//! served prepared from memory (`published`).

pub mod demo;
pub mod published;
mod rows;
pub mod store;

use crate::error::{ApiError, ApiResult};
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use portal_model::ServiceId;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/catalogue", get(get_catalogue))
        .route("/api/services/{id}", get(get_service))
}

async fn get_catalogue(State(state): State<AppState>, request: HeaderMap) -> Response {
    state.catalogue.catalogue(&request).await
}

async fn get_service(State(state): State<AppState>, Path(raw_id): Path<String>, request: HeaderMap) -> ApiResult<Response> {
    let id = ServiceId::parse(&raw_id).map_err(|e| ApiError::MalformedId(e.to_string()))?;
    state.catalogue.service(&id, &request).await.ok_or_else(|| ApiError::NotFound(format!("service {id}")))
}
