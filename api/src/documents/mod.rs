//! Documents the portal makes itself: text laid out as a PDF (`pdf`, krilla
//! with the DejaVu Sans fonts in `api/assets/fonts`), and the content of an
//! online extract (`online_extract`).
//!
//! Owns: no table, no routes.
//! May use: platform.

pub(crate) mod online_extract;
pub(crate) mod pdf;
