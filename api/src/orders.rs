//! The cabinet's ordered services: `GET /api/orders` (one's own, newest
//! first) and `GET /api/orders/{id}` (404 for anyone else's, so nobody can
//! learn which numbers exist).

use crate::accounts::session::CurrentSession;
use crate::error::{ApiError, ApiResult};
use crate::AppState;
use axum::extract::{Path, State};
use axum::routing::get;
use axum::{Json, Router};
use portal_model::order::Order;

pub fn routes() -> Router<AppState> {
    Router::new().route("/api/orders", get(list)).route("/api/orders/{id}", get(one))
}

type Row = (i64, String, String, String, String, Option<String>, Option<String>, Option<String>, Option<String>, Option<String>, String);

const SELECT: &str = "SELECT o.id, o.service_id, s.provider_id, o.status, o.ordered_at, o.registration_number,
        o.registration_date, o.control_date, o.execution_date, o.comment, o.documents_json
    FROM orders o JOIN services s ON s.id = o.service_id";

fn order(row: Row) -> Result<Order, ApiError> {
    let (id, service_id, provider_id, status, ordered_at, registration_number, registration_date, control_date, execution_date, comment, documents) = row;
    Ok(Order {
        status: status.parse().map_err(|_| ApiError::Corrupt(format!("status of order {id}")))?,
        documents: serde_json::from_str(&documents).map_err(|_| ApiError::Corrupt(format!("documents of order {id}")))?,
        id, service_id, provider_id, ordered_at, registration_number, registration_date, control_date, execution_date, comment,
    })
}

async fn list(State(state): State<AppState>, session: CurrentSession) -> ApiResult<Json<Vec<Order>>> {
    let rows: Vec<Row> = sqlx::query_as(&format!("{SELECT} WHERE o.user_id = ? ORDER BY o.ordered_at DESC, o.id DESC"))
        .bind(session.user_id)
        .fetch_all(&state.db)
        .await?;
    Ok(Json(rows.into_iter().map(order).collect::<Result<_, _>>()?))
}

async fn one(State(state): State<AppState>, session: CurrentSession, Path(raw): Path<String>) -> ApiResult<Json<Order>> {
    let id: i64 = raw.parse().map_err(|_| ApiError::MalformedId(format!("order id {raw:?} is not a number")))?;
    let row: Option<Row> = sqlx::query_as(&format!("{SELECT} WHERE o.id = ? AND o.user_id = ?"))
        .bind(id)
        .bind(session.user_id)
        .fetch_optional(&state.db)
        .await?;
    let row = row.ok_or_else(|| ApiError::NotFound(format!("order {id}")))?;
    Ok(Json(order(row)?))
}
