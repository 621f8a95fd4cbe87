//! The three languages' files stay in step — the interface's
//! (`portal.ftl`), the mail's (`mail.ftl`) and the server's own pages'
//! (`server.ftl`): same message ids, valid Fluent; every id the SPA and the
//! API ask for exists, and every mail the API writes has its subject and
//! text.

use fluent_syntax::ast::{Entry, Resource};
use portal_e2e::rust_files;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn ids(lang: &str) -> BTreeSet<String> {
    file_ids(lang, "portal.ftl")
}

fn file_ids(lang: &str, file: &str) -> BTreeSet<String> {
    let path = root().join(format!("locales/{lang}/{file}"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let resource: Resource<&str> = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{} has Fluent syntax errors: {errors:?}", path.display()));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => Some(message.id.name.to_owned()),
            Entry::Term(term) => Some(format!("-{}", term.id.name)),
            _ => None,
        })
        .collect()
}

#[test]
fn every_locale_has_the_same_messages() {
    for file in ["portal.ftl", "mail.ftl", "server.ftl"] {
        let uk = file_ids("uk", file);
        assert!(uk.len() > 10, "the Ukrainian {file} has the messages");
        for lang in ["be", "en"] {
            let other = file_ids(lang, file);
            let missing: Vec<_> = uk.difference(&other).collect();
            let extra: Vec<_> = other.difference(&uk).collect();
            assert!(missing.is_empty(), "{lang}/{file} lacks {missing:?}");
            assert!(extra.is_empty(), "{lang}/{file} has ids Ukrainian lacks: {extra:?}");
        }
    }
}

/// Every mail the API writes (`letter(lang, "<kind>", …)` in `api/src`) has
/// its subject and text in the mail files.
#[test]
fn every_mail_the_api_writes_has_its_texts() {
    let mail = file_ids("uk", "mail.ftl");
    let mut kinds = BTreeSet::new();
    for file in rust_files(&root().join("api/src")) {
        let text = std::fs::read_to_string(&file).unwrap();
        for rest in text.split("letter(lang, \"").skip(1) {
            kinds.insert(rest.split('"').next().unwrap().to_owned());
        }
    }
    assert!(kinds.len() >= 6, "the mails were found: {kinds:?}");
    for kind in kinds {
        for part in ["subject", "body"] {
            let id = format!("mail-{kind}-{part}");
            assert!(mail.contains(&id), "{id} is not in locales/uk/mail.ftl");
        }
    }
}

/// Every message the API asks for by name (`text(lang, "<id>", …)` and the
/// `t("<id>")` shorthands in `api/src`) is in the Ukrainian files the server
/// reads: a missing one would show its id on a page or in a mail.
#[test]
fn every_message_the_api_uses_exists() {
    let known: BTreeSet<String> =
        ["portal.ftl", "mail.ftl", "server.ftl"].iter().flat_map(|file| file_ids("uk", file)).collect();
    let looks_like_id =
        |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    let mut used = BTreeSet::new();
    for path in rust_files(&root().join("api/src")) {
        let text = std::fs::read_to_string(&path).unwrap();
        // (Tests, at each file's end, may ask for a missing id on purpose.)
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        // Odd pieces of a split on '"' are the insides of string literals.
        let pieces: Vec<&str> = code.split('"').collect();
        for i in (1..pieces.len()).step_by(2) {
            let before = pieces[i - 1];
            let shorthand = before
                .strip_suffix("t(")
                .is_some_and(|rest| !rest.ends_with(|c: char| c.is_alphanumeric() || c == '_'));
            let text_call = before
                .rsplit_once("text(")
                .is_some_and(|(_, args)| args.ends_with(", ") && !args.contains(['(', ')', ';', '\n', '"']));
            if (shorthand || text_call) && looks_like_id(pieces[i]) {
                used.insert(pieces[i].to_owned());
            }
        }
    }
    assert!(used.contains("sandbox-title") && used.contains("order-payment-slip-title"), "{used:?}");
    let missing: Vec<_> = used.difference(&known).collect();
    assert!(missing.is_empty(), "used in api/src but not in locales/uk/*.ftl: {missing:?}");
}

/// Message ids written literally in the SPA's sources: string literals
/// passed to `t(`, `t_args(` or `message_id=`, and literals that start with
/// the prefixes of ids chosen in code (`"error-…"`, `"service-…"`, …).
fn ids_used_in_sources() -> BTreeSet<String> {
    const CALLS: [&str; 3] = ["t(", "t_args(", "message_id="];
    const PREFIXES: [&str; 7] = ["error-", "service-", "cost-", "term-", "country-", "search-group-", "notification-"];
    let looks_like_id =
        |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    let mut used = BTreeSet::new();
    for path in rust_files(&root().join("src")) {
        let text = std::fs::read_to_string(&path).unwrap();
        // Odd pieces of a split on '"' are the insides of string literals.
        let pieces: Vec<&str> = text.split('"').collect();
        for i in (1..pieces.len()).step_by(2) {
            let literal = pieces[i];
            let before = pieces[i - 1];
            let called = CALLS.iter().any(|call| before.ends_with(call));
            let prefixed = PREFIXES.iter().any(|p| literal.starts_with(p));
            if looks_like_id(literal) && (called || prefixed) {
                used.insert(literal.to_owned());
            }
        }
    }
    used
}

#[test]
fn every_message_the_spa_uses_exists() {
    let uk = ids("uk");
    let used = ids_used_in_sources();
    assert!(used.contains("portal-name") && used.contains("error-network"), "{used:?}");
    let missing: Vec<_> = used.iter().filter(|id| !uk.contains(*id)).collect();
    assert!(missing.is_empty(), "used in src/ but not in locales: {missing:?}");
    // Field problems: validation-required, validation-format-<field>, validation-checksum-rnokpp.
    for field in [
        "email",
        "password",
        "full-name",
        "rnokpp",
        "passport",
        "phone",
        "postal-code",
        "address",
        "region",
        "new-password",
        "new-email",
        "identifier",
    ] {
        assert!(uk.contains(&format!("validation-format-{field}")), "validation-format-{field}");
    }
    assert!(uk.contains("validation-required") && uk.contains("validation-checksum-rnokpp"));
    for field in ["old-password", "confirm-password", "confirmation", "new-email", "password"] {
        assert!(uk.contains(&format!("validation-mismatch-{field}")), "validation-mismatch-{field}");
    }
    for status in ["sent", "registered", "refused", "done"] {
        assert!(uk.contains(&format!("order-status-{status}")), "order-status-{status}");
    }
    for day in 1..=7 {
        assert!(uk.contains(&format!("weekday-{day}")), "weekday-{day}");
    }
    // Pages of text build their ids from a prefix and a number.
    for (prefix, count) in [("faq", 6), ("instructions", 4), ("integration", 3), ("feedback", 2)] {
        assert!(uk.contains(&format!("{prefix}-title")));
        for n in 1..=count {
            assert!(uk.contains(&format!("{prefix}-p{n}")), "{prefix}-p{n}");
        }
    }
}

/// Every error code the API may send has its message in every language
/// (codes are one enum in the model crate, which names each one's message).
#[test]
fn every_error_code_has_a_message_in_every_language() {
    use portal_model::api_error::ErrorCode;
    for lang in ["uk", "be", "en"] {
        let messages = ids(lang);
        for code in ErrorCode::ALL.into_iter().chain([ErrorCode::Unknown]) {
            assert!(messages.contains(code.message_id()), "{lang}: {code} needs {}", code.message_id());
        }
    }
}

/// Issue 15's editor pass, the part a machine can keep: Belarusian words
/// for what Ukrainian calques crept in as (the rest of the pass is reading).
#[test]
fn belarusian_keeps_its_own_terms() {
    let text = std::fs::read_to_string(root().join("locales/be/portal.ftl")).unwrap();
    for (calque, word) in [
        ("замов", "заказ / заказаць (seed 004: «нумар заказу»)"),
        ("Замов", "Заказ / Заказаць"),
        ("замоўлен", "заказаны"),
        ("Замоўлен", "Заказаны"),
        ("асабістыя даныя", "персанальныя даныя"),
        ("Пацверджанне", "Пацвярджэнне"),
        ("будзе выведзена", "вы выйдзеце"),
        ("будзе скасавана", "будзе скасаваны / будуць скасаваны"),
    ] {
        let lines: Vec<&str> = text.lines().filter(|line| line.contains(calque)).collect();
        assert!(lines.is_empty(), "«{calque}» in Belarusian: write «{word}»: {lines:?}");
    }
}
