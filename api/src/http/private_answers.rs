//! No API answer about a person stays in a cache: every `/api/` answer
//! except the public catalogue's carries `Cache-Control: private, no-store`,
//! set here once for all of them (handlers, the layers' errors, 404s), so a
//! new personal endpoint cannot forget it. Otherwise a browser keeps what it
//! was shown — a profile, an order, a payment QR — and shows it to the next
//! person on that browser after sign-out, a public computer's included.
//!
//! Sign-out, the end of a public computer's session and the deletion of a
//! cabinet also ask the browser to clear this site's cache and storage
//! ([`clear_site_data`]).

use axum::extract::Request;
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

/// The answers anyone gets alike, cached by their own rules (`ETag` and
/// revalidation for the catalogue, a day for the slip's script).
fn is_public(path: &str) -> bool {
    matches!(path, "/api/catalogue" | "/api/openapi.json" | "/api/payment-slip.js")
        || path.starts_with("/api/services/")
}

/// The layer: `private, no-store` on every other `/api/` answer, replacing
/// whatever a handler set.
pub async fn never_stored(request: Request, next: Next) -> Response {
    let personal = {
        let path = request.uri().path();
        (path == "/api" || path.starts_with("/api/")) && !is_public(path)
    };
    let mut response = next.run(request).await;
    if personal {
        response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    }
    response
}

/// Adds `Clear-Site-Data: "cache", "storage"` to `response`: the browser
/// drops this site's HTTP cache, local storage, IndexedDB and service
/// worker with its caches (the SPA registers the worker again).
pub fn clear_site_data(response: &mut Response) {
    response
        .headers_mut()
        .insert(HeaderName::from_static("clear-site-data"), HeaderValue::from_static("\"cache\", \"storage\""));
}

#[cfg(test)]
mod tests {
    use super::is_public;

    #[test]
    fn only_the_catalogue_and_static_answers_are_public() {
        for public in ["/api/catalogue", "/api/services/import-licence", "/api/services/import-licence/form"] {
            assert!(is_public(public), "{public}");
        }
        for personal in ["/api/me", "/api/orders/1/payment-qr", "/api/drafts", "/api/catalogue/x", "/api/servicesx"] {
            assert!(!is_public(personal), "{personal}");
        }
    }
}
