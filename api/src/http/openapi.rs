//! The API described as an OpenAPI 3.1 document, generated from the
//! handlers' `#[utoipa::path]` attributes and the model's types (no JSON
//! written by hand), served at `GET /api/openapi.json`.
//!
//! Each handler names the answers of its own making (404 for someone else's
//! order, 409 for a taken slot, …). Answers that come from the layers every
//! request passes through are added here, once, from what the handler
//! declares: a body can be malformed, too large or of the wrong type; a
//! session can be missing; a change needs the CSRF token; any request can
//! time out, meet a busy database or a bug. The fuzzer in the test command
//! (`scripts/api-fuzz.sh`) checks every answer against this document.

use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use portal_model::api_error::ApiErrorBody;
use std::sync::Arc;
use utoipa::openapi::path::Operation;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, SecurityScheme};
use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
use utoipa::{Modify, OpenApi, ToResponse, ToSchema};
use utoipa_axum::router::OpenApiRouter;

/// The security scheme of a signed-in request: the session cookie.
pub const SESSION: &str = "session";
/// The security scheme of a signed-in change: the `X-CSRF-Token` header.
pub const CSRF: &str = "csrf";

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Citizen e-services portal API",
        description = "The portal's JSON API. Errors are `{code, message, fields?}`; see README, \"The API\"."
    ),
    components(schemas(ApiErrorBody), responses(MalformedId, NoSuchOrder, NoSuchDraft, InvalidFields)),
    tags(
        (name = "health"), (name = "catalogue"), (name = "accounts"), (name = "cabinet"),
        (name = "appointments"), (name = "development"),
    )
)]
struct ApiDoc;

/// Answers many operations give alike, each written once in the document
/// (`components/responses`) and named by them: `(status = 400, response =
/// MalformedId)`. (Never built: they only describe `ApiError`'s answers.)
#[derive(ToResponse)]
#[response(description = "An id in the path is not a number (`malformed_id`)")]
pub struct MalformedId(pub ApiErrorBody);

#[derive(ToResponse)]
#[response(description = "No such order of this user (`not_found`)")]
pub struct NoSuchOrder(pub ApiErrorBody);

#[derive(ToResponse)]
#[response(description = "No such draft of this user (`not_found`)")]
pub struct NoSuchDraft(pub ApiErrorBody);

#[derive(ToResponse)]
#[response(description = "Fields are not valid (`invalid_fields`, each field's problem in `fields`)")]
pub struct InvalidFields(pub ApiErrorBody);

/// The router of every documented route, with the document they make.
pub fn router<S: Clone + Send + Sync + 'static>() -> OpenApiRouter<S> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
}

/// `GET /api/openapi.json`: the document of the routes gathered by
/// `router()`, completed with the layers' answers and serialized once.
pub fn serve<S: Clone + Send + Sync + 'static>(mut document: utoipa::openapi::OpenApi) -> axum::Router<S> {
    // (After the routes are gathered: a modifier in `#[openapi]` would run
    // before they are there.)
    LayerAnswers.modify(&mut document);
    let json: Arc<str> = document.to_json().expect("an OpenAPI document always serializes").into();
    axum::Router::new().route(
        "/api/openapi.json",
        get(move || {
            let json = json.clone();
            async move { document_response(&json) }
        }),
    )
}

fn document_response(json: &str) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], json.to_owned()).into_response()
}

/// Adds the answers of the shared layers to every operation, and the two
/// security schemes.
struct LayerAnswers;

impl Modify for LayerAnswers {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            SESSION,
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                "portal_session",
                "The session cookie set by sign-in (`__Host-portal_session` behind https)",
            ))),
        );
        components.add_security_scheme(
            CSRF,
            SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::with_description(
                "X-CSRF-Token",
                "The CSRF token returned by sign-in and `GET /api/me`; needed by every change",
            ))),
        );
        for item in openapi.paths.paths.values_mut() {
            for (operation, changes) in
                [(&mut item.get, false), (&mut item.put, true), (&mut item.post, true), (&mut item.delete, true)]
            {
                if let Some(operation) = operation {
                    add_layer_answers(operation, changes);
                }
            }
        }
    }
}

fn add_layer_answers(operation: &mut Operation, changes: bool) {
    let signed_in = operation.security.as_ref().is_some_and(|requirements| !requirements.is_empty());
    let mut answers = vec![
        ("408", "The request took longer than the request timeout (`request_timeout`)"),
        ("500", "A bug (`internal`); details go to the server's log only"),
        ("503", "The database is busy or unreachable (`unavailable`, with `Retry-After`)"),
    ];
    if operation.request_body.is_some() {
        answers.extend([
            ("400", "The body is not JSON (`bad_request`), or the request is otherwise malformed"),
            ("413", "The body is over 64 KB (`payload_too_large`)"),
            ("415", "The body is not `application/json` (`unsupported_media_type`)"),
            (
                "422",
                "The body is JSON of another shape (`unprocessable_body`), or fields are not valid (`invalid_fields`)",
            ),
        ]);
    }
    if signed_in {
        answers.push(("401", "Not signed in, or the session ended (`signed_out`)"));
        if changes {
            answers.push(("403", "The `X-CSRF-Token` header is missing or wrong (`csrf`)"));
        }
    }
    for (status, description) in answers {
        // A handler's own description of the same status wins.
        if !operation.responses.responses.contains_key(status) {
            operation.responses.responses.insert(status.to_owned(), error_answer(description).into());
        }
    }
}

/// An answer whose body is the JSON error.
pub fn error_answer(description: &str) -> utoipa::openapi::Response {
    ResponseBuilder::new()
        .description(description)
        .content(
            "application/json",
            ContentBuilder::new().schema(Some(Ref::from_schema_name(ApiErrorBody::name()))).build(),
        )
        .build()
}
