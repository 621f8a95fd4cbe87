pub mod complaints;
pub mod order;
pub mod provider_actions;
pub(crate) mod receipts;
pub mod submission;
