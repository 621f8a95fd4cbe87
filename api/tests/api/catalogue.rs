//! The API on a real SQLite file in a temporary folder, called through the
//! same router the server runs.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use portal_api::platform::config::Config;
use portal_model::{AudienceId, Catalogue, Lang, ServiceDetails};
use serde_json::Value;
use tower::ServiceExt;

struct TestApi {
    app: axum::Router,
    _dir: tempfile::TempDir,
}

async fn api_with_static(index_html: Option<&str>) -> TestApi {
    let dir = tempfile::tempdir().expect("temp dir");
    let static_dir = dir.path().join("dist");
    std::fs::create_dir_all(&static_dir).unwrap();
    if let Some(html) = index_html {
        std::fs::write(static_dir.join("index.html"), html).unwrap();
    }
    // A nested folder that does not exist yet: the server must create it.
    let db = dir.path().join("nested/data/portal.sqlite3");
    let config = Config::for_tests(format!("sqlite:{}", db.display()), static_dir);
    let state = portal_api::prepare(&config).await.expect("server prepares");
    assert!(db.exists(), "the database file is created on first start");
    TestApi { app: portal_api::app(state, &config), _dir: dir }
}

async fn api() -> TestApi {
    api_with_static(Some("<!doctype html><title>portal</title><script type=\"module\">start()</script>")).await
}

async fn get(api: &TestApi, uri: &str) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let response = api.app.clone().oneshot(Request::get(uri).body(Body::empty()).unwrap()).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.unwrap().to_bytes().to_vec();
    (status, headers, body)
}

fn json(body: &[u8]) -> Value {
    serde_json::from_slice(body).expect("JSON body")
}

#[tokio::test]
async fn health_reports_database() {
    let api = api().await;
    let (status, _, body) = get(&api, "/api/health").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(json(&body)["database"], "ok");
}

#[tokio::test]
async fn catalogue_has_both_audiences_three_languages_and_60_services() {
    let api = api().await;
    let (status, _, body) = get(&api, "/api/catalogue").await;
    assert_eq!(status, StatusCode::OK);
    let catalogue: Catalogue = serde_json::from_slice(&body).unwrap();
    assert!(catalogue.services.len() >= 60, "{} services", catalogue.services.len());
    assert!(catalogue.check().is_empty(), "{:?}", catalogue.check());
    for audience in AudienceId::ALL {
        assert!(
            catalogue.services.iter().filter(|s| s.audiences.contains(&audience)).count() >= 20,
            "{audience} has services"
        );
    }
    let transport = catalogue.category("transport").unwrap();
    assert_eq!(transport.name.get(Lang::Be), "Транспарт");
    assert_eq!(transport.name.get(Lang::En), "Transport");
}

#[tokio::test]
async fn catalogue_survives_a_round_trip_through_the_database() {
    let api = api().await;
    let (_, _, body) = get(&api, "/api/catalogue").await;
    let from_db: Catalogue = serde_json::from_slice(&body).unwrap();
    let demo = portal_api::catalogue::demo::catalogue().unwrap();
    assert_eq!(from_db, demo, "what is stored reads back the same, in order");
}

#[tokio::test]
async fn service_details_resolve_provider_and_documents() {
    let api = api().await;
    let (status, _, body) = get(&api, "/api/services/international-driving-permit").await;
    assert_eq!(status, StatusCode::OK);
    let details: ServiceDetails = serde_json::from_slice(&body).unwrap();
    assert_eq!(details.service.name.uk, "Видача міжнародного посвідчення водія");
    assert_eq!(details.provider.id, "hsc-mvs");
    assert!(details.documents.iter().any(|d| d.id == "driving-licence"));
    assert!(!details.applicant_groups.is_empty());
}

#[tokio::test]
async fn unknown_service_is_404_with_json_error() {
    let api = api().await;
    let (status, headers, body) = get(&api, "/api/services/no-such-service").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(headers["content-type"], "application/json");
    assert_eq!(json(&body)["code"], "not_found");
    assert!(json(&body)["message"].as_str().unwrap().contains("no-such-service"));
}

#[tokio::test]
async fn malformed_service_id_is_400() {
    let api = api().await;
    for bad in ["Bad%20Id", "UPPER", "a--b", "%D0%B0%D0%B1", "x.json"] {
        let (status, _, body) = get(&api, &format!("/api/services/{bad}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
        assert_eq!(json(&body)["code"], "malformed_id", "{bad}");
    }
    let long = "a".repeat(200);
    let (status, _, _) = get(&api, &format!("/api/services/{long}")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn unknown_api_path_is_json_404_not_the_spa() {
    let api = api().await;
    for uri in ["/api/nothing", "/api", "/api/services"] {
        let (status, _, body) = get(&api, uri).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{uri}");
        assert_eq!(json(&body)["code"], "not_found", "{uri}");
    }
}

#[tokio::test]
async fn wrong_method_is_json_405() {
    let api = api().await;
    let response = api.app.clone().oneshot(Request::post("/api/catalogue").body(Body::empty()).unwrap()).await.unwrap();
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
}

#[tokio::test]
async fn client_routes_get_index_html_with_strict_csp() {
    let api = api().await;
    for uri in ["/", "/services/international-driving-permit", "/business/categories/transport"] {
        let (status, headers, body) = get(&api, uri).await;
        assert_eq!(status, StatusCode::OK, "{uri}");
        assert!(String::from_utf8_lossy(&body).contains("<title>portal</title>"), "{uri}");
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-"), "{csp}");
        assert!(csp.contains("object-src 'none'"));
        assert_eq!(headers["cache-control"], "no-cache");
        assert_eq!(headers["x-content-type-options"], "nosniff");
    }
}

#[tokio::test]
async fn restarting_on_the_same_file_keeps_data_and_reloads_demo_idempotently() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite:{}", dir.path().join("p.sqlite3").display());
    let config = Config::for_tests(url, dir.path().to_path_buf());
    for _ in 0..2 {
        let state = portal_api::prepare(&config).await.unwrap();
        let catalogue = portal_api::catalogue::store::load(&state.db).await.unwrap();
        assert_eq!(catalogue, portal_api::catalogue::demo::catalogue().unwrap());
        state.db.close().await;
    }
}

#[tokio::test]
async fn a_bad_database_url_is_a_clear_start_error() {
    let dir = tempfile::tempdir().unwrap();
    let config = Config::for_tests("postgres-but-not-really://".into(), dir.path().into());
    let error = portal_api::prepare(&config).await.err().expect("refused");
    assert!(error.to_string().contains("database"), "{error}");
}

async fn get_with(api: &TestApi, uri: &str, headers: &[(&str, &str)]) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let mut request = Request::get(uri);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = api.app.clone().oneshot(request.body(Body::empty()).unwrap()).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.unwrap().to_bytes().to_vec();
    (status, headers, body)
}

#[tokio::test]
async fn the_catalogue_is_revalidated_by_etag_and_sent_compressed() {
    let api = api().await;
    for uri in ["/api/catalogue", "/api/services/export-licence"] {
        let (status, headers, plain) = get(&api, uri).await;
        assert_eq!(status, StatusCode::OK);
        let etag = headers["etag"].to_str().unwrap().to_owned();
        assert!(etag.starts_with("W/\"") && etag.len() > 10, "{etag}");
        assert_eq!(headers["cache-control"], "no-cache");

        let (status, _, body) = get_with(&api, uri, &[("if-none-match", &etag)]).await;
        assert_eq!((status, body.len()), (StatusCode::NOT_MODIFIED, 0), "{uri}: unchanged, nothing sent again");
        let (status, _, _) = get_with(&api, uri, &[("if-none-match", "\"stale\"")]).await;
        assert_eq!(status, StatusCode::OK);

        let (_, headers, compressed) = get_with(&api, uri, &[("accept-encoding", "gzip, br")]).await;
        assert_eq!(headers["content-encoding"], "br");
        let mut decoded = Vec::new();
        brotli::BrotliDecompress(&mut &compressed[..], &mut decoded).unwrap();
        assert_eq!(decoded, plain, "{uri}");
        assert!(compressed.len() * 2 < plain.len(), "{uri}: {} of {}", compressed.len(), plain.len());
    }
}
