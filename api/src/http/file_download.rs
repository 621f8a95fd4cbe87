//! A stored file sent back as a download: its media type, its real name
//! (Cyrillic included) in `Content-Disposition`, and never cached by a
//! shared cache. Every file a user downloads (a draft's attachment, an
//! order's sent file, answer, receipt, a complaint's file) is found the same
//! way: the user's own row names it, the file store streams it.

use crate::http::error::{ApiError, ApiResult};
use crate::platform::db::Db;
use crate::platform::file_store::FileStore;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// What `filename*` leaves as it is (a subset of RFC 5987's `attr-char`):
/// letters, digits, `.`, `-` and `_`; every other byte is percent-encoded.
const NAME_KEPT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'.').remove(b'-').remove(b'_');

/// The file that the user's own row names, streamed from the store. `own_row`
/// selects the file's name, media type and key in the store, with `ids`
/// bound in order, and only for the signed-in user; no row is 404 (`what`).
pub(crate) async fn own_stored_file(
    db: &Db,
    files: &FileStore,
    own_row: &str,
    ids: &[i64],
    what: String,
) -> ApiResult<Response> {
    let query = ids.iter().fold(sqlx::query_as(own_row), |query, id| query.bind(*id));
    let row: Option<(String, String, String)> = query.fetch_optional(db).await?;
    let (name, media_type, key) = row.ok_or(ApiError::NotFound(what))?;
    let content = files.read(&key).await.map_err(ApiError::Storage)?;
    Ok(download(&name, &media_type, content))
}

fn download(file_name: &str, media_type: &str, content: impl IntoResponse) -> Response {
    let headers = [
        (
            header::CONTENT_TYPE,
            HeaderValue::from_str(media_type).unwrap_or(HeaderValue::from_static("application/octet-stream")),
        ),
        (
            header::CONTENT_DISPOSITION,
            HeaderValue::from_str(&disposition(file_name)).unwrap_or(HeaderValue::from_static("attachment")),
        ),
        (header::CACHE_CONTROL, HeaderValue::from_static("private, no-store")),
    ];
    (headers, content).into_response()
}

/// RFC 6266: an ASCII fallback for old clients (anything else becomes `_`)
/// and the real name in UTF-8, percent-encoded (RFC 5987).
fn disposition(file_name: &str) -> String {
    let ascii: String =
        file_name.chars().map(|c| if c.is_ascii_alphanumeric() || ".-_".contains(c) { c } else { '_' }).collect();
    let encoded = utf8_percent_encode(file_name, NAME_KEPT);
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

#[cfg(test)]
mod tests {
    use super::disposition;

    #[test]
    fn a_cyrillic_name_is_percent_encoded_with_an_ascii_fallback() {
        assert_eq!(
            disposition("Рішення 1.pdf"),
            "attachment; filename=\"________1.pdf\"; filename*=UTF-8''%D0%A0%D1%96%D1%88%D0%B5%D0%BD%D0%BD%D1%8F%201.pdf"
        );
    }

    #[test]
    fn quotes_and_separators_never_reach_the_header_raw() {
        assert_eq!(disposition("a\"b;c.pdf"), "attachment; filename=\"a_b_c.pdf\"; filename*=UTF-8''a%22b%3Bc.pdf");
    }
}
