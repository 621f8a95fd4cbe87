//! Searches a catalogue file from the command line:
//!
//!     cargo run -p portal-model --bin catalogue-search -- api/seed/catalogue.json "посвідчення водія" [--limit 10]
//!
//! The file is JSON in the format of `GET /api/catalogue`; the search aids
//! (`search_aids.json`) are read from beside it when they are there. Prints
//! the top results, best first, and whether they matched every word:
//! `{"hits":[{"kind":"service","id":"…","score":…}],"matched":"every_word"}`.
//! Output piped into `head` and cut short ends quietly.

use portal_model::Catalogue;
use portal_search::SearchIndex;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut limit = 10;
    let mut positional = Vec::new();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if arg == "--limit" {
            match iter.next().and_then(|n| n.parse().ok()) {
                Some(n) => limit = n,
                None => return usage("--limit needs a number"),
            }
        } else {
            positional.push(arg.as_str());
        }
    }
    let [path, query] = positional[..] else {
        return usage("give a catalogue file and a query");
    };
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) => return fail(&format!("cannot read {path}: {error}")),
    };
    let mut catalogue: Catalogue = match serde_json::from_str(&text) {
        Ok(catalogue) => catalogue,
        Err(error) => return fail(&format!("{path} is not a catalogue: {error}")),
    };
    let aids_path = Path::new(path).with_file_name("search_aids.json");
    if let Ok(text) = std::fs::read_to_string(&aids_path) {
        match serde_json::from_str(&text) {
            Ok(aids) => catalogue.search_aids = aids,
            Err(error) => return fail(&format!("{} is not valid: {error}", aids_path.display())),
        }
    }
    let index = SearchIndex::from_catalogue(&catalogue);
    let found = index.find(query, limit);
    let json = serde_json::to_string_pretty(&found).expect("results serialise");
    match writeln!(std::io::stdout().lock(), "{json}") {
        // A reader that stopped reading (`| head`) is not an error.
        Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => fail(&format!("cannot write: {error}")),
        _ => ExitCode::SUCCESS,
    }
}

fn usage(problem: &str) -> ExitCode {
    eprintln!("{problem}\nusage: catalogue-search <catalogue.json> <query> [--limit N]");
    ExitCode::from(2)
}

fn fail(problem: &str) -> ExitCode {
    eprintln!("{problem}");
    ExitCode::FAILURE
}
