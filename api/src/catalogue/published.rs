//! The catalogue as it is served. It changes rarely (when a catalogue is
//! saved, today at start with `--demo-data`) and is read on every visit, so
//! it is read from the database once, serialized once and given an ETag,
//! and each encoding (brotli at its best setting, gzip) is made once, when
//! first asked for; each service's details are prepared the same way. A
//! request then only picks bytes: `If-None-Match` answers 304,
//! `Accept-Encoding` chooses the compressed copy.

use super::store;
use crate::http::error::ApiError;
use crate::platform::db::Db;
use axum::body::Bytes;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use portal_model::form::FormDefinition;
use portal_model::{Catalogue, ServiceId};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::Write;
use std::sync::{Arc, OnceLock, RwLock};

type Compressor = fn(&[u8]) -> Vec<u8>;

/// One JSON document, with its ETag and its compressed copies once made.
struct Prepared {
    json: Bytes,
    brotli: OnceLock<Bytes>,
    gzip: OnceLock<Bytes>,
    etag: HeaderValue,
}

impl Prepared {
    fn new(json: Vec<u8>) -> Arc<Prepared> {
        // Weak: the JSON and its compressed copies are one representation
        // in different codings, revalidated by one tag.
        let etag = format!("W/\"{}\"", hex(&Sha256::digest(&json)[..16]));
        Arc::new(Prepared {
            json: Bytes::from(json),
            brotli: OnceLock::new(),
            gzip: OnceLock::new(),
            etag: HeaderValue::from_str(&etag).expect("hex digits"),
        })
    }

    /// The document in `encoding`, compressed on the blocking pool the
    /// first time it is asked for.
    async fn encoded(self: &Arc<Prepared>, encoding: Encoding) -> Bytes {
        let Some((cell, _)) = self.copy(encoding) else { return self.json.clone() };
        if let Some(done) = cell.get() {
            return done.clone();
        }
        let prepared = self.clone();
        tokio::task::spawn_blocking(move || {
            let (cell, compress) = prepared.copy(encoding).expect("a compressed encoding");
            cell.get_or_init(|| Bytes::from(compress(&prepared.json))).clone()
        })
        .await
        .expect("compression does not panic")
    }

    /// Where the copy in a compressed `encoding` is kept, and how it is made.
    fn copy(&self, encoding: Encoding) -> Option<(&OnceLock<Bytes>, Compressor)> {
        match encoding {
            Encoding::Identity => None,
            Encoding::Brotli => Some((&self.brotli, compress_brotli)),
            Encoding::Gzip => Some((&self.gzip, compress_gzip)),
        }
    }

    /// The answer to a GET with these request headers.
    async fn answer(self: &Arc<Prepared>, request: &HeaderMap) -> Response {
        let mut headers = HeaderMap::new();
        headers.insert(header::ETAG, self.etag.clone());
        // Always asked again, answered 304 while unchanged.
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
        headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        if etag_matches(request, &self.etag) {
            return (StatusCode::NOT_MODIFIED, headers).into_response();
        }
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
        let encoding = accepted_encoding(request);
        match encoding {
            Encoding::Brotli => headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("br")),
            Encoding::Gzip => headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip")),
            Encoding::Identity => None,
        };
        (StatusCode::OK, headers, self.encoded(encoding).await).into_response()
    }
}

/// The whole catalogue and every service's details, prepared.
struct Published {
    catalogue: Arc<Prepared>,
    services: HashMap<String, Arc<Prepared>>,
    /// The application form of every service ordered online.
    forms: HashMap<String, Arc<FormDefinition>>,
}

/// The prepared catalogue every handler shares; replaced whole when the
/// catalogue changes.
#[derive(Clone)]
pub struct PublishedCatalogue(Arc<RwLock<Arc<Published>>>);

impl PublishedCatalogue {
    /// Reads the catalogue from the database and prepares it.
    pub async fn load(db: &Db) -> Result<PublishedCatalogue, ApiError> {
        let published = prepare(store::load(db).await?).await;
        Ok(PublishedCatalogue(Arc::new(RwLock::new(Arc::new(published)))))
    }

    /// Prepares the catalogue as it is now in the database and serves that.
    pub async fn refresh(&self, db: &Db) -> Result<(), ApiError> {
        let published = prepare(store::load(db).await?).await;
        *self.0.write().unwrap_or_else(|poisoned| poisoned.into_inner()) = Arc::new(published);
        Ok(())
    }

    fn current(&self) -> Arc<Published> {
        self.0.read().unwrap_or_else(|poisoned| poisoned.into_inner()).clone()
    }

    pub async fn catalogue(&self, request: &HeaderMap) -> Response {
        let prepared = self.current().catalogue.clone();
        prepared.answer(request).await
    }

    /// The application form of a service ordered online.
    pub fn form(&self, service_id: &str) -> Option<Arc<FormDefinition>> {
        self.current().forms.get(service_id).cloned()
    }

    /// One service's details; `None` when there is no such service.
    pub async fn service(&self, id: &ServiceId, request: &HeaderMap) -> Option<Response> {
        let prepared = self.current().services.get(id.as_str())?.clone();
        Some(prepared.answer(request).await)
    }
}

async fn prepare(catalogue: Catalogue) -> Published {
    tokio::task::spawn_blocking(move || {
        let json = serde_json::to_vec(&catalogue).expect("the catalogue serializes");
        let services = catalogue
            .services
            .iter()
            .filter_map(|service| {
                let details = catalogue.details(&service.id)?;
                let json = serde_json::to_vec(&details).expect("details serialize");
                Some((service.id.as_str().to_owned(), Prepared::new(json)))
            })
            .collect();
        let forms = catalogue
            .services
            .iter()
            .filter_map(|service| crate::catalogue::forms::for_service(service, &catalogue))
            .map(|form| (form.service_id.clone(), Arc::new(form)))
            .collect();
        Published { catalogue: Prepared::new(json), services, forms }
    })
    .await
    .expect("preparing the catalogue does not panic")
}

#[derive(Clone, Copy)]
enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

/// The best encoding the client accepts (one listed with `q=0` is refused).
fn accepted_encoding(request: &HeaderMap) -> Encoding {
    let offered: Vec<(String, f32)> = request
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|item| {
            let mut parts = item.split(';').map(str::trim);
            let coding = parts.next().unwrap_or_default().to_ascii_lowercase();
            // No q: 1; a q that cannot be read: refused.
            let weight = match parts.find(|p| p.len() >= 2 && p[..2].eq_ignore_ascii_case("q=")) {
                Some(q) => q[2..].trim().parse().unwrap_or(0.0),
                None => 1.0,
            };
            (coding, weight)
        })
        .collect();
    let weight = |name: &str| {
        let named = offered.iter().find(|(coding, _)| coding == name).map(|(_, w)| *w);
        named.or_else(|| offered.iter().find(|(coding, _)| coding == "*").map(|(_, w)| *w)).unwrap_or(0.0)
    };
    let (br, gzip) = (weight("br"), weight("gzip"));
    if br > 0.0 && br >= gzip {
        Encoding::Brotli
    } else if gzip > 0.0 {
        Encoding::Gzip
    } else {
        Encoding::Identity
    }
}

fn etag_matches(request: &HeaderMap, etag: &HeaderValue) -> bool {
    // Weak comparison: `W/` does not count.
    let Ok(etag) = etag.to_str() else { return false };
    let etag = etag.trim_start_matches("W/");
    request
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|tag| tag.trim().trim_start_matches("W/"))
        .any(|tag| tag == etag || tag == "*")
}

fn compress_brotli(json: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    brotli::BrotliCompress(&mut &json[..], &mut out, &params).expect("compressing into memory");
    out
}

fn compress_gzip(json: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(json).expect("compressing into memory");
    encoder.finish().expect("compressing into memory")
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        pairs.iter().map(|(k, v)| (header::HeaderName::from_static(k), HeaderValue::from_static(v))).collect()
    }

    #[test]
    fn the_best_accepted_encoding_is_chosen() {
        assert!(matches!(accepted_encoding(&headers(&[("accept-encoding", "gzip, deflate, br")])), Encoding::Brotli));
        assert!(matches!(accepted_encoding(&headers(&[("accept-encoding", "gzip, br;q=0")])), Encoding::Gzip));
        assert!(matches!(accepted_encoding(&headers(&[("accept-encoding", "br;q=0.5")])), Encoding::Brotli));
        assert!(matches!(accepted_encoding(&headers(&[])), Encoding::Identity));
        assert!(matches!(accepted_encoding(&headers(&[("accept-encoding", "br;q=0.1, gzip;q=1")])), Encoding::Gzip));
        assert!(matches!(accepted_encoding(&headers(&[("accept-encoding", "gzip, br;Q=0")])), Encoding::Gzip));
        assert!(matches!(accepted_encoding(&headers(&[("accept-encoding", "*")])), Encoding::Brotli));
        assert!(matches!(accepted_encoding(&headers(&[("accept-encoding", "br;q=oops")])), Encoding::Identity));
    }

    #[tokio::test]
    async fn compressed_copies_decompress_to_the_json() {
        let prepared = Prepared::new(r#"{"a":"Київ"}"#.repeat(50).into_bytes());
        let mut plain = Vec::new();
        brotli::BrotliDecompress(&mut &prepared.encoded(Encoding::Brotli).await[..], &mut plain).unwrap();
        assert_eq!(plain, prepared.json);
        let mut plain = Vec::new();
        let gzip = prepared.encoded(Encoding::Gzip).await;
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&gzip[..]), &mut plain).unwrap();
        assert_eq!(plain, prepared.json);
        assert!(prepared.brotli.get().is_some() && prepared.gzip.get().is_some(), "made once, kept");
    }
}
