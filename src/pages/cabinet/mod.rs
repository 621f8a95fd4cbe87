//! The signed-in user's cabinet («Особистий кабінет»): one page per tab.

pub mod application;
pub mod appointments;
pub mod drafts;
pub mod notifications;
pub mod order;
pub mod orders;
pub mod personal_data;
pub mod security;
