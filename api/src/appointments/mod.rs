//! Appointments at service centres (the cabinet's «Запис на прийом»):
//!
//! - `GET /api/centres/{id}/slots?date=yyyy-mm-dd`: the day's slots, free or not;
//! - `POST /api/appointments` `{centre_id, date, time}`: book (409 `slot_taken`
//!   if someone else was first — even by a hair: the database's unique
//!   index decides; 409 `appointment_same_day` for a second one at the same
//!   centre on one day, `appointment_limit` beyond three upcoming ones);
//! - `GET /api/appointments`: one's own upcoming appointments;
//! - `DELETE /api/appointments/{id}`: cancel one's own (404 for another's).
//!
//! Owns: `appointments`. Routes: `/api/centres/{id}/slots`,
//! `/api/appointments…`.
//! May use: platform, http, accounts.

use crate::accounts::session::CurrentSession;
use crate::accounts::session::Sessions;
use crate::http::error::{ApiError, ApiResult, changed_one, path_id};
use crate::http::openapi::MalformedId;
use crate::platform::db::Backend;
use crate::platform::db::Db;
use axum::Json;
use axum::extract::FromRef;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use portal_model::api_error::ApiErrorBody;
use portal_model::api_error::ErrorCode;
use portal_model::appointment::{self, Appointment, BookingProblem, BookingRequest, Slot};
use portal_model::catalogue::OpeningHours;
use serde::Deserialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes<S>() -> OpenApiRouter<S>
where
    S: Clone + Send + Sync + 'static,
    Db: FromRef<S>,
    Backend: FromRef<S>,
    Sessions: FromRef<S>,
{
    OpenApiRouter::new().routes(routes!(slots)).routes(routes!(list, book)).routes(routes!(cancel))
}

fn problem(problem: BookingProblem) -> ApiError {
    match problem {
        BookingProblem::BadDate => ApiError::BadRequest(ErrorCode::BadDate, "the date must be written yyyy-mm-dd"),
        BookingProblem::OutsideWindow => {
            ApiError::BadRequest(ErrorCode::OutsideWindow, "book from tomorrow, at most 30 days ahead")
        }
        BookingProblem::NoSuchSlot => {
            ApiError::BadRequest(ErrorCode::NoSuchSlot, "the centre has no such slot that day")
        }
    }
}

/// Upcoming appointments one person may hold at once: slots are scarce,
/// and one person must not hold a centre's day. (Upcoming: from today on
/// the centre's country's calendar.)
pub const MAX_UPCOMING: i64 = 3;

/// A centre's opening hours, and today's day number on its country's
/// calendar: the booking window runs from the centre's tomorrow.
async fn opening_hours(db: &Db, centre: &str) -> Result<(Vec<OpeningHours>, i64), ApiError> {
    let row: Option<(String, String)> =
        sqlx::query_as("SELECT hours_json, country FROM centres WHERE id = $1").bind(centre).fetch_optional(db).await?;
    let (json, country) = row.ok_or_else(|| ApiError::NotFound(format!("centre {centre}")))?;
    let hours = serde_json::from_str(&json).map_err(|_| ApiError::Corrupt(format!("hours of centre {centre}")))?;
    Ok((hours, crate::platform::clock::today_in(&country)))
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
struct SlotsQuery {
    /// The day, `yyyy-mm-dd`, from tomorrow to 30 days ahead.
    #[serde(default)]
    date: String,
}

/// A centre's 30-minute slots on one day, free or taken.
#[utoipa::path(get, operation_id = "list_slots", path = "/api/centres/{id}/slots", tag = "appointments",
    params(("id" = String, Path, description = "The service centre's id", example = "cnap-kyiv"), SlotsQuery),
    responses(
        (status = 200, description = "The day's slots", body = [Slot]),
        (status = 400, description = "The date is not `yyyy-mm-dd` (`bad_date`), outside the booking window (`outside_window`), or the query is malformed (`bad_request`)", body = ApiErrorBody),
        (status = 404, description = "No such centre (`not_found`)", body = ApiErrorBody),
))]
async fn slots(
    State(db): State<Db>,
    Path(centre): Path<String>,
    Query(query): Query<SlotsQuery>,
) -> ApiResult<Json<Vec<Slot>>> {
    let (hours, today) = opening_hours(&db, &centre).await?;
    let day = appointment::check_date(&query.date, today).map_err(problem)?;
    let taken: Vec<(String,)> =
        sqlx::query_as("SELECT time FROM appointments WHERE centre_id = $1 AND day = $2 AND cancelled_at IS NULL")
            .bind(&centre)
            .bind(&query.date)
            .fetch_all(&db)
            .await?;
    let slots = appointment::slots_of_day(&hours, day)
        .into_iter()
        .map(|time| Slot { free: !taken.iter().any(|(t,)| *t == time), time })
        .collect();
    Ok(Json(slots))
}

/// Books a slot for the user.
#[utoipa::path(post, operation_id = "book_appointment", path = "/api/appointments", tag = "appointments", security(("session" = [], "csrf" = [])),
    request_body = BookingRequest,
    responses(
        (status = 201, description = "Booked", body = Appointment),
        (status = 400, description = "A wrong date (`bad_date`, `outside_window`) or no such slot (`no_such_slot`)", body = ApiErrorBody),
        (status = 404, description = "No such centre (`not_found`)", body = ApiErrorBody),
        (status = 409, description = "Someone was first (`slot_taken`), one at this centre that day already (`appointment_same_day`), or three upcoming already (`appointment_limit`)", body = ApiErrorBody),
))]
async fn book(
    State(db): State<Db>,
    State(backend): State<Backend>,
    session: CurrentSession,
    Json(request): Json<BookingRequest>,
) -> ApiResult<(StatusCode, Json<Appointment>)> {
    let (hours, today) = opening_hours(&db, &request.centre_id).await?;
    appointment::check_booking(&request, &hours, today).map_err(problem)?;
    // The count is read by the inserting statement itself, and parallel
    // bookings of one person are serialised: SQLite takes its one write lock
    // before the statement reads; PostgreSQL is asked for a lock on the
    // person for the transaction.
    let mut tx = db.begin().await?;
    if backend == Backend::Postgres {
        sqlx::query("SELECT pg_advisory_xact_lock($1)").bind(session.user_id).execute(&mut *tx).await?;
    }
    let inserted: Result<Option<(i64,)>, sqlx::Error> = sqlx::query_as(
        "INSERT INTO appointments (user_id, centre_id, day, time)
         SELECT $1, $2, $3, $4
         WHERE (SELECT count(*) FROM appointments a JOIN centres c ON c.id = a.centre_id
                WHERE a.user_id = $1 AND a.cancelled_at IS NULL AND a.day >= CASE c.country WHEN 'BY' THEN $7 ELSE $6 END) < $5
         RETURNING id",
    )
    .bind(session.user_id)
    .bind(&request.centre_id)
    .bind(&request.date)
    .bind(&request.time)
    .bind(MAX_UPCOMING)
    .bind(crate::platform::clock::today_date_in("UA"))
    .bind(crate::platform::clock::today_date_in("BY"))
    .fetch_optional(&mut *tx)
    .await;
    if inserted.is_ok() {
        tx.commit().await?;
    }
    match inserted {
        Ok(Some((id,))) => Ok((
            StatusCode::CREATED,
            Json(Appointment { id, centre_id: request.centre_id, date: request.date, time: request.time }),
        )),
        Ok(None) => Err(ApiError::Conflict(
            ErrorCode::AppointmentLimit,
            "three upcoming appointments at most: cancel one first",
        )),
        Err(sqlx::Error::Database(error)) if error.is_unique_violation() => {
            // Two unique indexes: one person per slot, one slot per person,
            // centre and day. Which one refused tells which answer to give.
            // (PostgreSQL names the index; SQLite lists its columns.)
            let per_person =
                error.constraint() == Some("appointments_one_per_person_day") || error.message().contains("user_id");
            if per_person {
                Err(ApiError::Conflict(
                    ErrorCode::AppointmentSameDay,
                    "you already have an appointment at this centre that day",
                ))
            } else {
                Err(ApiError::Conflict(ErrorCode::SlotTaken, "someone has just booked this slot"))
            }
        }
        Err(other) => Err(other.into()),
    }
}

/// The user's upcoming appointments.
#[utoipa::path(get, operation_id = "list_appointments", path = "/api/appointments", tag = "appointments", security(("session" = [])), responses(
    (status = 200, description = "The user's upcoming appointments", body = [Appointment]),
))]
async fn list(State(db): State<Db>, session: CurrentSession) -> ApiResult<Json<Vec<Appointment>>> {
    let rows: Vec<(i64, String, String, String)> = sqlx::query_as(
        "SELECT a.id, a.centre_id, a.day, a.time FROM appointments a JOIN centres c ON c.id = a.centre_id
         WHERE a.user_id = $1 AND a.cancelled_at IS NULL AND a.day >= CASE c.country WHEN 'BY' THEN $3 ELSE $2 END
         ORDER BY a.day, a.time",
    )
    .bind(session.user_id)
    .bind(crate::platform::clock::today_date_in("UA"))
    .bind(crate::platform::clock::today_date_in("BY"))
    .fetch_all(&db)
    .await?;
    Ok(Json(rows.into_iter().map(|(id, centre_id, date, time)| Appointment { id, centre_id, date, time }).collect()))
}

/// Cancels one of the user's appointments.
#[utoipa::path(delete, operation_id = "cancel_appointment", path = "/api/appointments/{id}", tag = "appointments", security(("session" = [], "csrf" = [])),
    params(("id" = String, Path, description = "The appointment's number")),
    responses(
        (status = 204, description = "Cancelled"),
        (status = 400, response = MalformedId),
        (status = 404, description = "No such appointment of this user (`not_found`)", body = ApiErrorBody),
))]
async fn cancel(State(db): State<Db>, session: CurrentSession, Path(raw): Path<String>) -> ApiResult<StatusCode> {
    let id = path_id(&raw, "appointment")?;
    let done = sqlx::query(
        "UPDATE appointments SET cancelled_at = $3 WHERE id = $1 AND user_id = $2 AND cancelled_at IS NULL",
    )
    .bind(id)
    .bind(session.user_id)
    .bind(crate::platform::clock::now())
    .execute(&db)
    .await?;
    changed_one(&done, "appointment", id)?;
    Ok(StatusCode::NO_CONTENT)
}
