//! The portal's mail, written in the reader's language from the Fluent
//! files `locales/{uk,be,en}/mail.ftl` (kept in step with each other by the
//! locale test): a subject, and a plain text body with a greeting and a
//! signature. Links in them are absolute, built from `--public-url`.
//! `mail_delivery` adds the HTML alternative when it sends.

use crate::platform::locale_text::text;
use portal_model::lang::Lang;

/// One mail, ready for the outbox.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Letter {
    pub subject: String,
    pub body: String,
}

/// The mail `kind` (`activation`, `reset`, …: the `mail-<kind>-subject` and
/// `mail-<kind>-body` messages) in `lang`, with its arguments.
pub fn letter(lang: Lang, kind: &str, args: &[(&str, String)]) -> Letter {
    let subject = text(lang, &format!("mail-{kind}-subject"), args);
    let body = format!(
        "{}\n\n{}\n\n-- \n{}\n",
        text(lang, "mail-greeting", &[]),
        text(lang, &format!("mail-{kind}-body"), args),
        text(lang, "mail-signature", &[])
    );
    Letter { subject, body }
}

/// The language a request asks for: its `Accept-Language` (the SPA sends
/// the language it shows), Ukrainian when it names none of the three.
pub fn request_lang(headers: &axum::http::HeaderMap) -> Lang {
    let header = headers.get(axum::http::header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).unwrap_or("");
    Lang::negotiate(header.split(',').map(|tag| tag.split(';').next().unwrap_or("").trim()))
}

/// The language the SPA says it shows: an `Accept-Language` of exactly
/// `uk`, `be` or `en` (a browser's own header lists more).
pub fn shown_lang(headers: &axum::http::HeaderMap) -> Option<Lang> {
    let header = headers.get(axum::http::header::ACCEPT_LANGUAGE)?.to_str().ok()?.trim();
    Lang::ALL.into_iter().find(|lang| lang.code() == header)
}

/// `public_url` + `path`: a link a mail client can open.
pub fn link(public_url: &str, path: &str) -> String {
    format!("{}{path}", public_url.trim_end_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_writes_its_own_mail_with_the_link() {
        let link = link("https://e.gov.example/", "/activate?token=abc");
        assert_eq!(link, "https://e.gov.example/activate?token=abc");
        let args = [("link", link.clone()), ("hours", "48".to_owned())];
        let uk = letter(Lang::Uk, "activation", &args);
        let be = letter(Lang::Be, "activation", &args);
        let en = letter(Lang::En, "activation", &args);
        assert_eq!(
            (uk.subject.as_str(), be.subject.as_str(), en.subject.as_str()),
            ("Активація кабінету", "Актывацыя кабінета", "Activate your account")
        );
        for mail in [&uk, &be, &en] {
            assert!(mail.body.contains(&link), "{}", mail.body);
            assert!(!mail.body.contains("mail-"), "every message exists: {}", mail.body);
        }
        assert!(uk.body.contains("48\u{a0}год.") && !uk.body.contains("Activate"));
    }
}
