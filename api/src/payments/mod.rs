pub mod card_payments;
pub mod qr;
pub(crate) mod slip;
