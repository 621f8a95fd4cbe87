//! What the tuning examples read: the catalogue file named on the command
//! line, and the 30 queries the browser benchmark types.

use portal_model::Catalogue;

pub fn catalogue() -> Catalogue {
    let path = std::env::args().nth(1).expect("a catalogue file, e.g. target/bench/synthetic-catalogue.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("catalogue file")).expect("catalogue JSON")
}

pub fn typed_queries() -> Vec<String> {
    let json = std::fs::read_to_string("tests/bench/queries.json").expect("tests/bench/queries.json");
    let queries: Vec<serde_json::Value> = serde_json::from_str(&json).expect("queries JSON");
    queries
        .iter()
        .filter(|q| q["hand_written"] == true)
        .take(30)
        .filter_map(|q| q["query"].as_str().map(str::to_owned))
        .collect()
}
