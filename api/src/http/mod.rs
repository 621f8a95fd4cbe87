//! The HTTP shell around the areas: the accept loop with its timeouts and
//! connection caps (`server`), `ApiError` and how it answers (`error`), the
//! layers' answers as JSON (`json_errors`), `private, no-store` and
//! Clear-Site-Data (`private_answers`), security headers and the CSP, the
//! static files and SPA fallback with CORS (`spa`), file downloads, the
//! health check, and the OpenAPI document gathered from the areas' routes
//! (`openapi`).
//!
//! Owns: no table. Routes: `GET /api/health`, `GET /api/openapi.json`, the
//! SPA's files.
//! May use: platform.

pub mod error;
pub(crate) mod file_download;
pub(crate) mod health;
pub(crate) mod json_errors;
pub mod openapi;
pub(crate) mod private_answers;
pub(crate) mod security_headers;
pub(crate) mod server;
pub(crate) mod spa;
