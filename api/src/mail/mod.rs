pub mod delivery;
pub mod letters;
pub mod order_changes;
pub mod outbox;
