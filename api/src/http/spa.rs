//! Serving the built SPA: files from the static folder, `index.html` for every
//! other path (client routes survive a reload), JSON errors under `/api/`, and
//! cache headers that let browsers keep Trunk's hashed files for a year.

use crate::http::error::ApiError;
use axum::extract::Request;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use portal_model::api_error::{ApiErrorBody, ErrorCode};
use std::path::Path;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::services::{ServeDir, ServeFile};

pub async fn api_not_found() -> ApiError {
    ApiError::NotFound("API endpoint".to_owned())
}

pub async fn api_method_not_allowed() -> Response {
    let body = ApiErrorBody {
        code: ErrorCode::MethodNotAllowed,
        message: "this endpoint does not accept that method".to_owned(),
        fields: Vec::new(),
    };
    (StatusCode::METHOD_NOT_ALLOWED, Json(body)).into_response()
}

/// The static files, with `index.html` as the answer for client routes.
pub fn service(static_dir: &Path) -> Router {
    let files = ServeDir::new(static_dir)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(ServeFile::new(static_dir.join("index.html")));
    Router::new().fallback_service(files).layer(axum::middleware::from_fn(cache_headers))
}

async fn cache_headers(request: Request, next: Next) -> Response {
    let hashed = is_hashed_asset(request.uri().path());
    let mut response = next.run(request).await;
    let policy = if hashed && response.status().is_success() {
        "public, max-age=31536000, immutable"
    } else {
        // index.html and unhashed files: always revalidate, so a deploy shows at once.
        "no-cache"
    };
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
    response
}

/// Trunk names built files `name-<16 hex digits>.ext` (or `_bg.wasm`).
fn is_hashed_asset(path: &str) -> bool {
    let file = path.rsplit('/').next().unwrap_or_default();
    let stem = file.split('.').next().unwrap_or_default();
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, hash)| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Cross-origin access for the regional portals that embed the SPA; none
/// when no origin is configured.
pub fn cors(embed_origins: &[String]) -> CorsLayer {
    let origins: Vec<HeaderValue> =
        embed_origins.iter().filter_map(|origin| HeaderValue::from_str(origin.trim()).ok()).collect();
    CorsLayer::new()
        .allow_origin(AllowOrigin::list(origins))
        .allow_methods([Method::GET])
        .allow_headers([header::CONTENT_TYPE, header::ACCEPT])
}

#[cfg(test)]
mod tests {
    use super::is_hashed_asset;

    #[test]
    fn recognises_trunk_hashed_files() {
        assert!(is_hashed_asset("/portal-web-1a2b3c4d5e6f7a8b_bg.wasm"));
        assert!(is_hashed_asset("/portal-web-1a2b3c4d5e6f7a8b.js"));
        assert!(is_hashed_asset("/portal-0123456789abcdef.css"));
        assert!(!is_hashed_asset("/index.html"));
        assert!(!is_hashed_asset("/services/international-driving-permit"));
        assert!(!is_hashed_asset("/service-worker.js"));
    }
}
