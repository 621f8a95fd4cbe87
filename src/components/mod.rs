//! Presentational components: they receive data through props and contexts
//! and own no data loading.

pub mod audience_switch;
pub mod breadcrumbs;
pub mod cabinet_tabs;
pub mod category_grid;
pub mod document_title;
pub mod error_panel;
pub mod field_problem;
pub mod footer;
pub mod form_field;
pub mod header;
pub mod highlighted;
pub mod language_switch;
pub mod loading;
pub mod not_found_message;
pub mod order_status;
pub mod route_link;
pub mod search_box;
pub mod service_list;
