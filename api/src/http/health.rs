//! `GET /api/health`: is the server up and can it reach its database?

use crate::platform::db::Db;
use axum::Json;
use axum::extract::FromRef;
use axum::extract::State;
use axum::http::StatusCode;
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes<S>() -> OpenApiRouter<S>
where
    S: Clone + Send + Sync + 'static,
    Db: FromRef<S>,
{
    OpenApiRouter::new().routes(routes!(health))
}

#[derive(Serialize, ToSchema)]
struct Health {
    /// `ok`, or `degraded` when the database does not answer.
    status: &'static str,
    /// `ok` or `unavailable`.
    database: &'static str,
    /// The server's version.
    version: &'static str,
}

/// Whether the server is up and reaches its database.
#[utoipa::path(get, path = "/api/health", tag = "health", responses(
    (status = 200, description = "Up, and the database answers", body = Health),
    (status = 503, description = "Up, but the database does not answer", body = Health),
))]
async fn health(State(db): State<Db>) -> (StatusCode, Json<Health>) {
    let database_ok = sqlx::query("SELECT 1").execute(&db).await.is_ok();
    let status = if database_ok { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE };
    let body = Health {
        status: if database_ok { "ok" } else { "degraded" },
        database: if database_ok { "ok" } else { "unavailable" },
        version: env!("CARGO_PKG_VERSION"),
    };
    (status, Json(body))
}
