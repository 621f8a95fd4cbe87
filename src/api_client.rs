//! The one place that talks to the API: typed requests, typed errors, and a
//! timeout so a slow server turns into a message rather than a spinner forever.

use gloo::net::http::Request;
use gloo::timers::callback::Timeout;
use portal_model::{ApiErrorBody, Catalogue};
use serde::de::DeserializeOwned;

/// How long a request may take before the user is told and offered a retry.
pub const TIMEOUT_MS: u32 = 15_000;

#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// No answer at all: offline, DNS, refused connection, CORS.
    Network,
    /// No answer within [`TIMEOUT_MS`].
    Timeout,
    /// The API answered with an error status and (usually) a JSON body.
    Status { status: u16, code: String },
    /// An answer we cannot read: a proxy's HTML page, a version mismatch.
    Decode,
}

impl ApiError {
    /// The Fluent id of the message to show the user.
    pub fn message_id(&self) -> &'static str {
        match self {
            ApiError::Network => "error-network",
            ApiError::Timeout => "error-timeout",
            ApiError::Status { status: 404, .. } => "error-not-found",
            ApiError::Status { status, .. } if *status >= 500 => "error-server",
            ApiError::Status { .. } => "error-request",
            ApiError::Decode => "error-decode",
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

    pub async fn catalogue(&self) -> Result<Catalogue, ApiError> {
        self.get_json("/api/catalogue").await
    }

    async fn get_json<T: DeserializeOwned>(&self, path: &str) -> Result<T, ApiError> {
        let controller = web_sys::AbortController::new().map_err(|_| ApiError::Network)?;
        let timed_out = std::rc::Rc::new(std::cell::Cell::new(false));
        let timer = {
            let controller = controller.clone();
            let timed_out = timed_out.clone();
            Timeout::new(TIMEOUT_MS, move || {
                timed_out.set(true);
                controller.abort();
            })
        };
        let url = format!("{}{}", self.base, path);
        let result = Request::get(&url)
            .header("Accept", "application/json")
            .abort_signal(Some(&controller.signal()))
            .send()
            .await;
        drop(timer);
        let response = match result {
            Ok(response) => response,
            Err(_) if timed_out.get() => return Err(ApiError::Timeout),
            Err(_) => return Err(ApiError::Network),
        };
        if !response.ok() {
            let status = response.status();
            let code = response
                .json::<ApiErrorBody>()
                .await
                .map(|body| body.code)
                .unwrap_or_default();
            return Err(ApiError::Status { status, code });
        }
        response.json::<T>().await.map_err(|_| {
            if timed_out.get() { ApiError::Timeout } else { ApiError::Decode }
        })
    }
}
