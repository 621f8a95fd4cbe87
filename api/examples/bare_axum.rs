//! The ceiling for the API benchmark (`scripts/bench-api.sh`): a bare axum
//! server answering a small JSON document, built with the same profile as
//! the portal. Usage: `bare_axum 127.0.0.1:8092`.

use axum::routing::get;
use axum::{Json, Router};

#[tokio::main]
async fn main() {
    let address = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:8092".into());
    let app = Router::new().route("/", get(|| async { Json(serde_json::json!({"status": "ok", "version": "0.1.0"})) }));
    let listener = tokio::net::TcpListener::bind(&address).await.expect("a free port");
    axum::serve(listener, app).await.expect("serves");
}
