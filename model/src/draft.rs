//! A draft as the application form edits it (issue 12): the answers so far,
//! the step the user left it at, the form version it was made with, and
//! its own version, which every save names.

use crate::form::Answers;
use crate::registration::FieldProblem;
use serde::{Deserialize, Serialize};

/// The largest file a draft takes (the API refuses bigger ones with 413;
/// the SPA says so before uploading).
pub const MAX_ATTACHMENT_BYTES: usize = 10 * 1024 * 1024;

/// The most one person keeps in the portal's file store: the files of
/// their drafts (deleted ones too, until they are purged 24 h after
/// deletion) and of the orders they sent in the last twelve months. An
/// upload beyond it is refused (409 `storage_quota`; the SPA's
/// `error-storage-quota` names these figures). 200 MB: twenty full-size
/// scans, or a few hundred ordinary ones.
pub const MAX_PERSON_STORAGE_BYTES: u64 = 200 * 1024 * 1024;
/// The most files one person keeps, counted as `MAX_PERSON_STORAGE_BYTES` is.
pub const MAX_PERSON_FILES: u64 = 200;
/// How long an order's files count towards its sender's quota.
pub const ORDER_FILES_COUNT_DAYS: i64 = 365;

/// `GET /api/drafts/{id}` (and what creating one answers).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DraftDocument {
    pub id: i64,
    pub service_id: String,
    /// The version of the service's form the draft was made with.
    pub form_version: i64,
    /// Raised by every save; a save names the version it was based on.
    pub version: i64,
    /// The id of the step the user was on ("" before the first save).
    pub step: String,
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub answers: Answers,
    pub created_at: String,
    pub updated_at: Option<String>,
}

/// `POST /api/drafts`: start an application for a service.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewDraft {
    pub service_id: String,
}

/// `PUT /api/drafts/{id}`: the whole draft as the form holds it now.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DraftSave {
    /// The version this save was made from: the server's must still be it.
    pub base_version: i64,
    #[serde(default)]
    pub step: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub answers: Answers,
}

/// What a save answers: the draft's new version, and the problems of its
/// answers as advice (a draft keeps what was typed, right or not; «Далі»
/// and submitting refuse them).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftSaved {
    pub version: i64,
    pub updated_at: String,
    #[serde(default)]
    pub problems: Vec<FieldProblem>,
}

/// A file attached to a draft (`POST /api/drafts/{id}/attachments`): what
/// the form keeps as the attachment field's answer.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttachmentInfo {
    pub id: i64,
    /// The path of the field it answers (`document_passport`, `vehicles.0.registration`).
    pub field: String,
    pub name: String,
    /// Told by the content, not by the name or the browser.
    pub media_type: String,
    pub size: u64,
}

impl AttachmentInfo {
    /// As the form keeps it: the attachment field's answer.
    pub fn to_answer(&self) -> serde_json::Value {
        serde_json::json!({
            "id": self.id, "field": self.field, "name": self.name, "media_type": self.media_type, "size": self.size,
        })
    }

    /// Read back from an attachment field's answer (read by hand: the SPA
    /// carries no second JSON deserializer for it).
    pub fn from_answer(answer: &serde_json::Value) -> Option<AttachmentInfo> {
        Some(AttachmentInfo {
            id: answer.get("id")?.as_i64()?,
            field: answer.get("field")?.as_str()?.to_owned(),
            name: answer.get("name")?.as_str()?.to_owned(),
            media_type: answer.get("media_type")?.as_str()?.to_owned(),
            size: answer.get("size")?.as_u64()?,
        })
    }
}

/// The file types a draft takes, told by their first bytes, with the name
/// endings each may have: PDF, PNG, JPEG.
pub fn media_type_of(content: &[u8]) -> Option<(&'static str, &'static [&'static str])> {
    if content.starts_with(b"%PDF-") {
        Some(("application/pdf", &["pdf"]))
    } else if content.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(("image/png", &["png"]))
    } else if content.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(("image/jpeg", &["jpg", "jpeg"]))
    } else {
        None
    }
}

/// Whether a file's name agrees with its content: a PNG named `.pdf` does
/// not, nor does anything renamed `.pdf` that is no PDF.
pub fn name_fits(name: &str, endings: &[&str]) -> bool {
    name.rsplit_once('.').is_some_and(|(_, ending)| endings.iter().any(|e| e.eq_ignore_ascii_case(ending)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_what_its_content_says() {
        assert_eq!(media_type_of(b"%PDF-1.7 ...").map(|t| t.0), Some("application/pdf"));
        assert_eq!(media_type_of(b"\x89PNG\r\n\x1a\n...").map(|t| t.0), Some("image/png"));
        assert_eq!(media_type_of(&[0xFF, 0xD8, 0xFF, 0xE0]).map(|t| t.0), Some("image/jpeg"));
        assert_eq!(media_type_of(b"MZ\x90\x00"), None, "an executable");
        let (_, png) = media_type_of(b"\x89PNG\r\n\x1a\n").unwrap();
        assert!(!name_fits("scan.pdf", png) && name_fits("scan.PNG", png) && !name_fits("scan", png));
        let info = AttachmentInfo {
            id: 7,
            field: "document_passport".into(),
            name: "скан.pdf".into(),
            media_type: "application/pdf".into(),
            size: 12,
        };
        assert_eq!(AttachmentInfo::from_answer(&info.to_answer()), Some(info));
        assert_eq!(AttachmentInfo::from_answer(&serde_json::json!({"name": "x.pdf"})), None);
    }
}
