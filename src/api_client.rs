//! The one place that talks to the API: typed requests, typed errors, and a
//! timeout so a slow server turns into a message rather than a spinner forever.

use portal_model::Catalogue;
use portal_model::account::{
    Activation, ActivationRequest, EmailChange, IdentifierInfo, IdentifierSignIn, PasswordChange, PasswordReset,
    PasswordResetRequest, Profile, SessionInfo, SignInRequest, SignedIn,
};
use portal_model::api_error::{ApiErrorBody, ErrorCode};
use portal_model::appointment::{Appointment, BookingRequest, Slot};
use portal_model::cabinet::{DeletionRequest, DeletionSummary, Draft, Notification, UnreadCount};
use portal_model::draft::{AttachmentInfo, DraftDocument, DraftSave, DraftSaved, NewDraft};
use portal_model::form::FormDefinition;
use portal_model::registration::{FieldProblem, PersonalDataForm, RegistrationForm};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// How long a request may take before the user is told and offered a retry.
pub const TIMEOUT_MS: u32 = 15_000;

#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// No answer at all: offline, DNS, refused connection, CORS.
    Network,
    /// No answer within [`TIMEOUT_MS`].
    Timeout,
    /// The API answered with an error status and (usually) a JSON body;
    /// `Unknown` when it had none we could read.
    Status { status: u16, code: ErrorCode },
    /// Some fields were refused; each has its own problem.
    Invalid(Vec<FieldProblem>),
    /// An answer we cannot read: a proxy's HTML page, a version mismatch.
    Decode,
}

impl ApiError {
    /// The Fluent id of the message to show the user: the code's own
    /// (one list, in the model crate), or by status for an answer without one.
    pub fn message_id(&self) -> &'static str {
        match self {
            ApiError::Network => "error-network",
            ApiError::Timeout => "error-timeout",
            ApiError::Invalid(_) => "error-invalid-fields",
            ApiError::Decode => "error-decode",
            ApiError::Status { code: ErrorCode::Unknown, status } => match status {
                503 => "error-unavailable",
                404 => "error-not-found",
                500.. => "error-server",
                _ => "error-request",
            },
            ApiError::Status { code, .. } => code.message_id(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ApiClient {
    base: String,
}

impl ApiClient {
    pub fn new(base: impl Into<String>) -> ApiClient {
        ApiClient { base: base.into() }
    }

    /// The full address of an API path, for plain links (file downloads).
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub async fn catalogue(&self) -> Result<Catalogue, ApiError> {
        self.get_json("/api/catalogue").await
    }

    pub async fn register(&self, form: &RegistrationForm) -> Result<(), ApiError> {
        self.send::<_, serde_json::Value>(Method::POST, "/api/accounts", Some(form), None).await.map(drop)
    }

    pub async fn activate(&self, activation: &Activation) -> Result<(), ApiError> {
        self.send::<_, serde_json::Value>(Method::POST, "/api/accounts/activate", Some(activation), None)
            .await
            .map(drop)
    }

    pub async fn sign_in(&self, request: &SignInRequest) -> Result<SignedIn, ApiError> {
        self.send(Method::POST, "/api/sessions", Some(request), None).await
    }

    pub async fn sign_in_identifier(&self, request: &IdentifierSignIn) -> Result<SignedIn, ApiError> {
        self.send(Method::POST, "/api/sessions/identifier", Some(request), None).await
    }

    /// The user's unique identifier: `Ok(None)` when none was issued.
    pub async fn identifier(&self) -> Result<Option<IdentifierInfo>, ApiError> {
        match self.get_json("/api/me/identifier").await {
            Ok(info) => Ok(Some(info)),
            Err(ApiError::Status { status: 404, .. }) => Ok(None),
            Err(other) => Err(other),
        }
    }

    pub async fn change_identifier_password(&self, change: &PasswordChange, csrf_token: &str) -> Result<(), ApiError> {
        self.send::<_, ()>(Method::POST, "/api/me/identifier/password", Some(change), Some(csrf_token)).await
    }

    pub async fn refuse_identifier(&self, csrf_token: &str) -> Result<IdentifierInfo, ApiError> {
        self.send::<(), _>(Method::POST, "/api/me/identifier/refuse", None, Some(csrf_token)).await
    }

    /// Who is signed in: `Ok(None)` when nobody is.
    pub async fn me(&self) -> Result<Option<SignedIn>, ApiError> {
        match self.get_json("/api/me").await {
            Ok(signed_in) => Ok(Some(signed_in)),
            Err(ApiError::Status { status: 401, .. }) => Ok(None),
            Err(other) => Err(other),
        }
    }

    pub async fn update_personal_data(&self, form: &PersonalDataForm, csrf_token: &str) -> Result<Profile, ApiError> {
        self.send(Method::PUT, "/api/me", Some(form), Some(csrf_token)).await
    }

    pub async fn change_password(&self, change: &PasswordChange, csrf_token: &str) -> Result<(), ApiError> {
        self.send::<_, ()>(Method::POST, "/api/me/password", Some(change), Some(csrf_token)).await
    }

    pub async fn sessions(&self) -> Result<Vec<SessionInfo>, ApiError> {
        self.get_json("/api/sessions").await
    }

    pub async fn sign_out_everywhere(&self, csrf_token: &str) -> Result<(), ApiError> {
        self.send::<(), ()>(Method::DELETE, "/api/sessions", None, Some(csrf_token)).await
    }

    /// A static file's text (a language's messages).
    pub async fn text(&self, path: &str) -> Result<String, ApiError> {
        self.exchange(Method::GET, path, None, Body::None).await
    }

    pub async fn orders(&self) -> Result<Vec<portal_model::order::Order>, ApiError> {
        self.get_json("/api/orders").await
    }

    pub async fn order(&self, id: i64) -> Result<portal_model::order::Order, ApiError> {
        self.get_json(&format!("/api/orders/{id}")).await
    }

    /// Attaches the bank's receipt to one's own order: the order as it is then.
    pub async fn attach_receipt(
        &self,
        order: i64,
        file: &web_sys::File,
        csrf_token: &str,
        on_progress: impl Fn(u8) + 'static,
    ) -> Result<portal_model::order::Order, ApiError> {
        let path = format!("/api/orders/{order}/receipt?name={}", js_sys::encode_uri_component(&file.name()));
        let (url, body) = (self.url(&path), Body::File(file.clone()));
        read(&xhr(Method::POST, &url, Some(csrf_token), body, 0, Some(Box::new(on_progress))).await?)
    }

    /// Starts paying one's own order by card: the provider's page to go to.
    pub async fn start_card_payment(
        &self,
        order: i64,
        lang: portal_model::lang::Lang,
        csrf_token: &str,
    ) -> Result<String, ApiError> {
        let request = portal_model::order::CardPaymentStart { language: lang.code().to_owned() };
        let path = format!("/api/orders/{order}/card-payment");
        let started: portal_model::order::CardPaymentStarted =
            self.send(Method::POST, &path, Some(&request), Some(csrf_token)).await?;
        Ok(started.pay_url)
    }

    /// Files a complaint about one's own decided order: the order as it is then.
    pub async fn file_complaint(
        &self,
        order: i64,
        text: &str,
        csrf_token: &str,
    ) -> Result<portal_model::order::Order, ApiError> {
        let request = portal_model::order::ComplaintRequest { text: text.to_owned() };
        self.send(Method::POST, &format!("/api/orders/{order}/complaints"), Some(&request), Some(csrf_token)).await
    }

    /// Attaches a file to one's own filed complaint.
    pub async fn attach_complaint_file(
        &self,
        complaint: i64,
        file: &web_sys::File,
        csrf_token: &str,
    ) -> Result<AttachmentInfo, ApiError> {
        let path = format!("/api/complaints/{complaint}/files?name={}", js_sys::encode_uri_component(&file.name()));
        let (url, body) = (self.url(&path), Body::File(file.clone()));
        read(&xhr(Method::POST, &url, Some(csrf_token), body, 0, None).await?)
    }

    /// Withdraws one's own complaint: the order as it is then.
    pub async fn withdraw_complaint(&self, id: i64, csrf_token: &str) -> Result<portal_model::order::Order, ApiError> {
        self.send::<(), _>(Method::POST, &format!("/api/complaints/{id}/withdraw"), None, Some(csrf_token)).await
    }

    /// Withdraws one's own application, giving the reason: the order as it is then.
    pub async fn withdraw_order(
        &self,
        id: i64,
        reason: &str,
        csrf_token: &str,
    ) -> Result<portal_model::order::Order, ApiError> {
        let request = portal_model::order::WithdrawalRequest { reason: reason.to_owned() };
        self.send(Method::POST, &format!("/api/orders/{id}/withdraw"), Some(&request), Some(csrf_token)).await
    }

    /// Sends the draft as it stands at `base_version`: the order it became
    /// (the same one however often it is sent).
    pub async fn submit_draft(
        &self,
        id: i64,
        base_version: i64,
        csrf_token: &str,
    ) -> Result<portal_model::order::Order, ApiError> {
        let request = portal_model::order::SubmitRequest { base_version };
        self.send(Method::POST, &format!("/api/drafts/{id}/submit"), Some(&request), Some(csrf_token)).await
    }

    pub async fn request_password_reset(&self, request: &PasswordResetRequest) -> Result<(), ApiError> {
        self.send::<_, ()>(Method::POST, "/api/accounts/password-reset", Some(request), None).await
    }

    pub async fn reset_password(&self, reset: &PasswordReset) -> Result<(), ApiError> {
        self.send::<_, ()>(Method::POST, "/api/accounts/password-reset/confirm", Some(reset), None).await
    }

    pub async fn request_email_change(&self, change: &EmailChange, csrf_token: &str) -> Result<(), ApiError> {
        self.send::<_, ()>(Method::POST, "/api/me/email", Some(change), Some(csrf_token)).await
    }

    pub async fn confirm_email_change(&self, token: &str) -> Result<(), ApiError> {
        let body = ActivationRequest { token: token.to_owned() };
        self.send::<_, ()>(Method::POST, "/api/accounts/email-confirm", Some(&body), None).await
    }

    pub async fn slots(&self, centre_id: &str, date: &str) -> Result<Vec<Slot>, ApiError> {
        self.get_json(&format!("/api/centres/{centre_id}/slots?date={date}")).await
    }

    pub async fn appointments(&self) -> Result<Vec<Appointment>, ApiError> {
        self.get_json("/api/appointments").await
    }

    pub async fn book(&self, request: &BookingRequest, csrf_token: &str) -> Result<Appointment, ApiError> {
        self.send(Method::POST, "/api/appointments", Some(request), Some(csrf_token)).await
    }

    pub async fn cancel_appointment(&self, id: i64, csrf_token: &str) -> Result<(), ApiError> {
        self.send::<(), ()>(Method::DELETE, &format!("/api/appointments/{id}"), None, Some(csrf_token)).await
    }

    pub async fn drafts(&self) -> Result<Vec<Draft>, ApiError> {
        self.get_json("/api/drafts").await
    }

    pub async fn delete_draft(&self, id: i64, csrf_token: &str) -> Result<(), ApiError> {
        self.send::<(), ()>(Method::DELETE, &format!("/api/drafts/{id}"), None, Some(csrf_token)).await
    }

    pub async fn restore_draft(&self, id: i64, csrf_token: &str) -> Result<(), ApiError> {
        self.send::<(), ()>(Method::POST, &format!("/api/drafts/{id}/restore"), None, Some(csrf_token)).await
    }

    /// The application form of a service ordered online.
    pub async fn service_form(&self, service_id: &str) -> Result<FormDefinition, ApiError> {
        let path = format!("/api/services/{service_id}/form");
        let json: serde_json::Value = self.get_json(&path).await?;
        crate::service_worker::keep_offline(&path);
        FormDefinition::from_json(&json).ok_or(ApiError::Decode)
    }

    pub async fn create_draft(&self, service_id: &str, csrf_token: &str) -> Result<DraftDocument, ApiError> {
        let request = NewDraft { service_id: service_id.to_owned() };
        self.send(Method::POST, "/api/drafts", Some(&request), Some(csrf_token)).await
    }

    pub async fn draft(&self, id: i64) -> Result<DraftDocument, ApiError> {
        self.get_json(&format!("/api/drafts/{id}")).await
    }

    pub async fn save_draft(&self, id: i64, save: &DraftSave, csrf_token: &str) -> Result<DraftSaved, ApiError> {
        self.send(Method::PUT, &format!("/api/drafts/{id}"), Some(save), Some(csrf_token)).await
    }

    /// Attaches `file` to the draft as the answer of `field`; `on_progress`
    /// hears the share sent so far, in per cent. (XMLHttpRequest, since
    /// `fetch` cannot tell how much of a body has gone.)
    pub async fn attach_file(
        &self,
        draft: i64,
        field: &str,
        file: &web_sys::File,
        csrf_token: &str,
        on_progress: impl Fn(u8) + 'static,
    ) -> Result<AttachmentInfo, ApiError> {
        let path = format!(
            "/api/drafts/{draft}/attachments?field={}&name={}",
            js_sys::encode_uri_component(field),
            js_sys::encode_uri_component(&file.name())
        );
        let (url, body) = (self.url(&path), Body::File(file.clone()));
        read(&xhr(Method::POST, &url, Some(csrf_token), body, 0, Some(Box::new(on_progress))).await?)
    }

    pub async fn remove_attachment(&self, draft: i64, file: i64, csrf_token: &str) -> Result<(), ApiError> {
        self.send::<(), ()>(Method::DELETE, &format!("/api/drafts/{draft}/attachments/{file}"), None, Some(csrf_token))
            .await
    }

    pub async fn notifications(&self) -> Result<Vec<Notification>, ApiError> {
        self.get_json("/api/notifications").await
    }

    pub async fn unread_notifications(&self) -> Result<UnreadCount, ApiError> {
        self.get_json("/api/notifications/unread").await
    }

    pub async fn mark_notification_read(&self, id: i64, csrf_token: &str) -> Result<(), ApiError> {
        self.send::<(), ()>(Method::POST, &format!("/api/notifications/{id}/read"), None, Some(csrf_token)).await
    }

    pub async fn deletion_summary(&self) -> Result<DeletionSummary, ApiError> {
        self.get_json("/api/me/deletion").await
    }

    pub async fn delete_cabinet(&self, request: &DeletionRequest, csrf_token: &str) -> Result<(), ApiError> {
        self.send::<_, ()>(Method::DELETE, "/api/me", Some(request), Some(csrf_token)).await
    }

    pub async fn sign_out(&self, csrf_token: &str) -> Result<(), ApiError> {
        self.send::<(), ()>(Method::DELETE, "/api/sessions/current", None, Some(csrf_token)).await
    }

    async fn get_json<T: DeserializeOwned>(&self, path: &str) -> Result<T, ApiError> {
        self.send::<(), T>(Method::GET, path, None, None).await
    }

    /// One request: JSON body out, JSON (or nothing, for 204) back, typed errors.
    async fn send<B: Serialize, T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<&B>,
        csrf_token: Option<&str>,
    ) -> Result<T, ApiError> {
        let body = match body {
            Some(body) => Body::Json(serde_json::to_string(body).map_err(|_| ApiError::Decode)?),
            None => Body::None,
        };
        read(&self.exchange(method, path, csrf_token, body).await?)
    }

    /// One request and its answer's text; an error status as [`ApiError`].
    /// Not generic: every call of the app shares this one copy (a generic
    /// one was compiled again for each answer type, at a few KB each).
    async fn exchange(
        &self,
        method: Method,
        path: &str,
        csrf_token: Option<&str>,
        body: Body,
    ) -> Result<String, ApiError> {
        xhr(method, &self.url(path), csrf_token, body, TIMEOUT_MS, None).await
    }
}

/// The HTTP methods the API is called with, spelled as HTTP spells them
/// (the name is what is sent).
#[allow(clippy::upper_case_acronyms)]
#[derive(Clone, Copy, Debug)]
enum Method {
    GET,
    POST,
    PUT,
    DELETE,
}

/// What a request sends.
enum Body {
    None,
    Json(String),
    /// A file, as it is.
    File(web_sys::File),
}

/// An error answer as [`ApiError`]: the API's code, or each field's problem.
fn error_of(status: u16, text: &str) -> ApiError {
    match serde_json::from_str::<ApiErrorBody>(text) {
        Ok(body) if !body.fields.is_empty() => ApiError::Invalid(body.fields),
        Ok(body) => ApiError::Status { status, code: body.code },
        // A proxy in front of the portal answering for it (502, 503, 504
        // with its own page): the portal was not reached, as when the
        // connection fails; the page keeps the changes and tries again.
        Err(_) if matches!(status, 502..=504) => ApiError::Network,
        Err(_) => ApiError::Status { status, code: ErrorCode::Unknown },
    }
}

/// One request through XMLHttpRequest (rather than `fetch`, which cannot
/// tell how much of a body has gone: uploads show their progress): the
/// answer's text, or its error. `timeout_ms` 0 waits as long as it takes.
async fn xhr(
    method: Method,
    url: &str,
    csrf_token: Option<&str>,
    body: Body,
    timeout_ms: u32,
    on_progress: Option<Box<dyn Fn(u8)>>,
) -> Result<String, ApiError> {
    use wasm_bindgen::{JsCast, closure::Closure};
    let request = web_sys::XmlHttpRequest::new().map_err(|_| ApiError::Network)?;
    request.open(&format!("{method:?}"), url).map_err(|_| ApiError::Network)?;
    let content_type = match body {
        Body::None => None,
        Body::Json(_) => Some("application/json"),
        Body::File(_) => Some("application/octet-stream"),
    };
    // The language the page shows: the account remembers it for its mail.
    let lang = crate::lang_store::shown().map(|lang| lang.code());
    let headers = [
        ("Accept", Some("application/json")),
        ("Accept-Language", lang),
        ("Content-Type", content_type),
        ("X-CSRF-Token", csrf_token),
    ];
    for (name, value) in headers {
        if let Some(value) = value {
            request.set_request_header(name, value).map_err(|_| ApiError::Network)?;
        }
    }
    request.set_timeout(timeout_ms);
    let progress = on_progress.map(|on_progress| {
        Closure::<dyn Fn(web_sys::ProgressEvent)>::new(move |e: web_sys::ProgressEvent| {
            if e.length_computable() && e.total() > 0.0 {
                on_progress((e.loaded() * 100.0 / e.total()).min(100.0) as u8);
            }
        })
    });
    if let (Some(progress), Ok(upload)) = (&progress, request.upload()) {
        upload.set_onprogress(Some(progress.as_ref().unchecked_ref()));
    }
    // Done, failed, timed out or aborted: `loadend` comes once in every
    // case; `timeout` before it when the time ran out.
    let timed_out = std::rc::Rc::new(std::cell::Cell::new(false));
    let on_timeout = {
        let timed_out = timed_out.clone();
        Closure::<dyn Fn()>::new(move || timed_out.set(true))
    };
    request.set_ontimeout(Some(on_timeout.as_ref().unchecked_ref()));
    let ended = js_sys::Promise::new(&mut |resolve, _| request.set_onloadend(Some(&resolve)));
    match &body {
        Body::None => request.send(),
        Body::Json(json) => request.send_with_opt_str(Some(json)),
        Body::File(file) => request.send_with_opt_blob(Some(file)),
    }
    .map_err(|_| ApiError::Network)?;
    let _ = wasm_bindgen_futures::JsFuture::from(ended).await;
    drop((progress, on_timeout));
    let status = request.status().unwrap_or(0);
    let text = request.response_text().ok().flatten().unwrap_or_default();
    match status {
        0 if timed_out.get() => Err(ApiError::Timeout),
        0 => Err(ApiError::Network),
        200..=299 => Ok(text),
        _ => Err(error_of(status, &text)),
    }
}

/// An answer's JSON as `T`. No body (204, or 202 "accepted, a mail is on
/// its way") reads as `null`, which `()` (and `Option`s) deserialise from.
fn read<T: DeserializeOwned>(text: &str) -> Result<T, ApiError> {
    let text = if text.trim().is_empty() { "null" } else { text };
    serde_json::from_str(text).map_err(|_| ApiError::Decode)
}
