//! The `catalogue-search` command: results as JSON, with the search aids
//! read from beside the catalogue, and a reader that stops early (`| head`)
//! ends it quietly instead of a panic.

use std::io::Read;
use std::process::{Command, Stdio};

const CATALOGUE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../api/seed/catalogue.json");

#[test]
fn prints_results_with_the_search_aids() {
    let out = Command::new(env!("CARGO_BIN_EXE_catalogue-search"))
        .args([CATALOGUE, "мінюст", "--limit", "3"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let found: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(found["matched"], "every_word");
    assert!(found["hits"].as_array().unwrap().iter().any(|h| h["id"] == "minjust-ua"), "{found}");
}

#[test]
fn a_reader_that_stops_early_ends_it_quietly() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_catalogue-search"))
        .args([CATALOGUE, "видача", "--limit", "400"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The reading end closes before the command writes (building the index
    // takes it a while), as `head` closes it after its lines.
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    let mut stderr = String::new();
    child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    assert!(status.success(), "exit {status:?}: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}
