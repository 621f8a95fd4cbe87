//! No interface text in the API's code (issue 25): every Ukrainian or
//! Belarusian word the server writes comes from `locales/*/*.ftl` (through
//! `platform::locale_text`) or from the seed files, never from a Rust
//! string literal. This test fails on a string or character literal with a
//! Cyrillic letter anywhere in `api/src`, comments and test modules
//! (`#[cfg(test)] mod … { … }`) left out, save the exceptions below, each
//! with its reason.

use portal_e2e::rust_files;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Files that are demo data as a whole.
const DEMO_DATA_FILES: [(&str, &str); 1] = [(
    "api/src/accounts/demo_users.rs",
    "the demo citizens and their orders (`--demo-data` only): names, addresses, registration numbers, \
     file names and the provider's comments are data a citizen or a provider wrote, in Ukrainian whatever \
     the reader's language, not the interface's texts",
)];

/// Literals that are data, not texts: (file, the literal or a part of it
/// that only it holds, why).
const DATA_LITERALS: [(&str, &str, &str); 1] = [(
    "api/src/orders/complaints.rs",
    "'СК-' || o.id",
    "the complaint's number («СК-5-1») is an identifier stored with it, the same in every language",
)];

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

/// A string or character literal: its line and what it holds.
#[derive(Debug, PartialEq)]
struct Literal {
    line: usize,
    text: String,
}

/// The literals of a Rust source outside its comments and test modules.
fn literals_outside_tests(source: &str) -> Vec<Literal> {
    let (literals, code) = lex(source);
    let tests = test_modules(&code);
    literals
        .into_iter()
        .filter(|(at, _)| !tests.iter().any(|range| range.contains(at)))
        .map(|(_, literal)| literal)
        .collect()
}

/// The source's literals with their offsets (in chars), and the source with
/// every comment and literal blanked out (lines kept), so that braces and
/// attributes can be read from what is left.
fn lex(source: &str) -> (Vec<(usize, Literal)>, Vec<char>) {
    let chars: Vec<char> = source.chars().collect();
    let mut code = chars.clone();
    let mut literals = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    while i < chars.len() {
        let start = i;
        let next = chars.get(i + 1).copied().unwrap_or(' ');
        let end = match chars[i] {
            '/' if next == '/' => (i..chars.len()).find(|&j| chars[j] == '\n').unwrap_or(chars.len()),
            '/' if next == '*' => block_comment_end(&chars, i),
            '"' => {
                let end = quoted_end(&chars, i + 1, '"');
                literals.push((i, Literal { line, text: chars[i + 1..end - 1].iter().collect() }));
                end
            }
            'r' if (i == 0
                || !is_ident(chars[i - 1])
                || (chars[i - 1] == 'b' && (i < 2 || !is_ident(chars[i - 2]))))
                && matches!(next, '"' | '#') =>
            {
                match raw_string(&chars, i + 1) {
                    Some((text_start, text_end, end)) => {
                        literals.push((i, Literal { line, text: chars[text_start..text_end].iter().collect() }));
                        end
                    }
                    None => i + 1,
                }
            }
            '\'' if next == '\\' || chars.get(i + 2) == Some(&'\'') => {
                let end = quoted_end(&chars, i + 1, '\'');
                literals.push((i, Literal { line, text: chars[i + 1..end - 1].iter().collect() }));
                end
            }
            _ => i + 1,
        };
        for j in start..end.min(chars.len()) {
            if chars[j] == '\n' {
                line += 1;
            } else if end > start + 1 {
                code[j] = ' ';
            }
        }
        i = end.max(start + 1);
    }
    (literals, code)
}

/// Where a `/* … */` comment (nested ones too) that opens at `at` ends.
fn block_comment_end(chars: &[char], at: usize) -> usize {
    let (mut depth, mut i) = (0, at);
    while i + 1 < chars.len() {
        match (chars[i], chars[i + 1]) {
            ('/', '*') => (depth, i) = (depth + 1, i + 2),
            ('*', '/') if depth == 1 => return i + 2,
            ('*', '/') => (depth, i) = (depth - 1, i + 2),
            _ => i += 1,
        }
    }
    chars.len()
}

/// Where a literal whose text starts at `from` ends (after its closing
/// `quote`), escapes skipped.
fn quoted_end(chars: &[char], from: usize, quote: char) -> usize {
    let mut i = from;
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 2,
            c if c == quote => return i + 1,
            _ => i += 1,
        }
    }
    chars.len()
}

/// A raw string whose `#`s or quote start at `from`: where its text starts
/// and ends, and where the literal ends.
fn raw_string(chars: &[char], from: usize) -> Option<(usize, usize, usize)> {
    let hashes = chars[from..].iter().take_while(|c| **c == '#').count();
    let open = from + hashes;
    if chars.get(open) != Some(&'"') {
        return None;
    }
    let closing: Vec<char> = std::iter::once('"').chain(std::iter::repeat_n('#', hashes)).collect();
    let text_end = (open + 1..chars.len()).find(|&j| chars[j..].starts_with(&closing)).unwrap_or(chars.len());
    Some((open + 1, text_end, (text_end + closing.len()).min(chars.len())))
}

/// The char ranges of the modules under `#[cfg(test)]`.
fn test_modules(code: &[char]) -> Vec<std::ops::Range<usize>> {
    let text: String = code.iter().collect();
    let mut ranges = Vec::new();
    for (byte_at, _) in text.match_indices("#[cfg(test)]") {
        let at = text[..byte_at].chars().count();
        let after: String = code[at + "#[cfg(test)]".len()..].iter().collect();
        if !after.trim_start().starts_with("mod ") {
            continue;
        }
        let Some(open) = (at..code.len()).find(|&j| code[j] == '{') else { continue };
        let mut depth = 0;
        let close = (open..code.len())
            .find(|&j| {
                match code[j] {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                depth == 0
            })
            .unwrap_or(code.len());
        ranges.push(at..close + 1);
    }
    ranges
}

fn allowed(file: &str, literal: &str) -> bool {
    DEMO_DATA_FILES.iter().any(|(demo, _)| *demo == file)
        || DATA_LITERALS.iter().any(|(place, data, _)| *place == file && literal.contains(data))
}

#[test]
fn the_api_writes_no_cyrillic_text_from_its_code() {
    let mut found = Vec::new();
    let mut exceptions_used = std::collections::BTreeSet::new();
    for path in rust_files(&root().join("api/src")) {
        let file = path.strip_prefix(root()).unwrap_or(&path).display().to_string();
        let source = std::fs::read_to_string(&path).unwrap();
        for literal in literals_outside_tests(&source).into_iter().filter(|l| l.text.chars().any(is_cyrillic)) {
            if allowed(&file, &literal.text) {
                exceptions_used.insert(file.clone());
            } else {
                found.push(format!("{file}:{}: \"{}\"", literal.line, literal.text));
            }
        }
    }
    assert!(
        found.is_empty(),
        "Cyrillic text in the API's code: take it from locales/*/*.ftl (platform::locale_text::text) or a seed file, \
         or, if it is data and not a text, name it in api_texts.rs with the reason:\n{}",
        found.join("\n")
    );
    // An exception nothing needs any more is taken out.
    for file in DEMO_DATA_FILES.iter().map(|(file, _)| *file).chain(DATA_LITERALS.iter().map(|(file, _, _)| *file)) {
        assert!(exceptions_used.contains(file), "{file} no longer needs its exception in api_texts.rs");
    }
}

#[test]
fn a_literal_is_found_outside_comments_and_tests() {
    let source = r##"
//! Сторінка «оплата» (a comment)
fn page() -> &'static str {
    /* «Коментар» /* вкладений */ */
    let lifetime: &'a str = "plain";
    let apostrophe = '\'';
    let letter = 'Ґ';
    let raw = r#"Сплатити "зараз""#;
    "Оплата карткою"
}
#[cfg(test)]
mod tests {
    fn sample() -> &'static str { "Тест {" }
}
fn after() -> &'static str { "Після" }
"##;
    let cyrillic: Vec<Literal> =
        literals_outside_tests(source).into_iter().filter(|l| l.text.chars().any(is_cyrillic)).collect();
    assert_eq!(
        cyrillic,
        [
            Literal { line: 7, text: "Ґ".into() },
            Literal { line: 8, text: "Сплатити \"зараз\"".into() },
            Literal { line: 9, text: "Оплата карткою".into() },
            Literal { line: 15, text: "Після".into() },
        ]
    );
}
