//! Types and validation rules shared by the portal's SPA (wasm) and API (native).
//!
//! No web or database dependencies live here, so everything is tested natively
//! with `cargo test -p portal-model`.

pub mod account;
pub mod amount;
pub mod api_error;
pub mod appointment;
pub mod cabinet;
pub mod catalogue;
pub mod draft;
pub mod form;
pub mod lang;
pub mod localized;
pub mod order;
pub mod order_code;
pub mod prefill;
pub mod registration;
pub mod service_id;
pub mod validation;

pub use api_error::ApiErrorBody;
pub use catalogue::{
    ApplicantGroup, Audience, AudienceId, Catalogue, Category, Centre, Cost, Currency, DocumentKind, OpeningHours,
    Provider, SearchAids, SearchSynonym, Service, ServiceDetails, Subcategory, Term,
};
pub use lang::Lang;
pub use localized::Localized;
pub use service_id::{ServiceId, ServiceIdError};
