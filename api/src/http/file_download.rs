//! A stored file sent back as a download: its media type, its real name
//! (Cyrillic included) in `Content-Disposition`, and never cached by a
//! shared cache. Used for orders' answer files and drafts' attachments.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

pub fn download(file_name: &str, media_type: &str, content: impl IntoResponse) -> Response {
    // RFC 6266: an ASCII fallback and the real name, percent-encoded.
    let ascii: String =
        file_name.chars().map(|c| if c.is_ascii_alphanumeric() || ".-_".contains(c) { c } else { '_' }).collect();
    let encoded: String = file_name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b".-_".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") }
        })
        .collect();
    let disposition = format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}");
    let headers = [
        (
            header::CONTENT_TYPE,
            HeaderValue::from_str(media_type).unwrap_or(HeaderValue::from_static("application/octet-stream")),
        ),
        (
            header::CONTENT_DISPOSITION,
            HeaderValue::from_str(&disposition).unwrap_or(HeaderValue::from_static("attachment")),
        ),
        (header::CACHE_CONTROL, HeaderValue::from_static("private, no-store")),
    ];
    (headers, content).into_response()
}
