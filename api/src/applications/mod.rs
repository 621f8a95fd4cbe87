pub mod attachments;
pub(crate) mod draft_owners;
pub mod drafts;
pub mod storage_quota;
