//! The catalogue resource: `GET /api/catalogue` and `GET /api/services/{id}`.

pub mod demo;
mod rows;
pub mod store;

use crate::error::{ApiError, ApiResult};
use crate::AppState;
use axum::extract::{Path, State};
use axum::routing::get;
use axum::{Json, Router};
use portal_model::{Catalogue, ServiceDetails, ServiceId};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/catalogue", get(get_catalogue))
        .route("/api/services/{id}", get(get_service))
}

async fn get_catalogue(State(state): State<AppState>) -> ApiResult<Json<Catalogue>> {
    Ok(Json(store::load(&state.db).await?))
}

async fn get_service(
    State(state): State<AppState>,
    Path(raw_id): Path<String>,
) -> ApiResult<Json<ServiceDetails>> {
    let id = ServiceId::parse(&raw_id).map_err(|e| ApiError::MalformedId(e.to_string()))?;
    let catalogue = store::load(&state.db).await?;
    catalogue
        .details(&id)
        .map(Json)
        .ok_or_else(|| ApiError::NotFound(format!("service {id}")))
}
