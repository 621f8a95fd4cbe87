//! The catalogue's pages: what anyone can see without signing in.

pub mod category;
pub mod centre;
pub mod home;
pub mod provider;
pub mod search;
pub mod service;
