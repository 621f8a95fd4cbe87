//! Searches a catalogue file from the command line:
//!
//!     cargo run -p portal-model --bin catalogue-search -- api/seed/catalogue.json "посвідчення водія" [--limit 10]
//!
//! The file is JSON in the format of `GET /api/catalogue`. Prints the top
//! results as a JSON array, best first: `[{"kind":"service","id":"…","score":…}]`.

use portal_model::Catalogue;
use portal_search::SearchIndex;
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
    let catalogue: Catalogue = match serde_json::from_str(&text) {
        Ok(catalogue) => catalogue,
        Err(error) => return fail(&format!("{path} is not a catalogue: {error}")),
    };
    let index = SearchIndex::from_catalogue(&catalogue);
    let hits = index.search(query, limit);
    println!("{}", serde_json::to_string_pretty(&hits).expect("hits serialise"));
    ExitCode::SUCCESS
}

fn usage(problem: &str) -> ExitCode {
    eprintln!("{problem}\nusage: catalogue-search <catalogue.json> <query> [--limit N]");
    ExitCode::from(2)
}

fn fail(problem: &str) -> ExitCode {
    eprintln!("{problem}");
    ExitCode::FAILURE
}
