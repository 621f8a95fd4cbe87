pub(crate) mod online_extract;
pub(crate) mod pdf;
