//! The workspace as a whole, read from `cargo metadata` and the test
//! command: every test target is run by `scripts/test.sh` (a test file
//! nothing runs is a check nobody makes), and every crate states the one
//! minimum Rust the workspace needs.

use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `cargo metadata` of the workspace's own packages.
fn metadata() -> Value {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = std::process::Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--no-deps", "--offline"])
        .current_dir(root())
        .output()
        .expect("cargo metadata runs");
    assert!(output.status.success(), "cargo metadata: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("cargo metadata's JSON")
}

fn packages(metadata: &Value) -> &Vec<Value> {
    metadata["packages"].as_array().expect("the packages")
}

/// A target cargo runs tests from: (package, kind, name).
type Target = (String, String, String);

/// Whether a file under `dir` (the folder of a library's or binary's root
/// file) holds a test: those targets matter only when they have tests of
/// their own; a `tests/` target always does.
fn has_unit_tests(dir: &Path) -> bool {
    std::fs::read_dir(dir).unwrap().any(|entry| {
        let path = entry.unwrap().path();
        if path.is_dir() {
            return has_unit_tests(&path);
        }
        let text = if path.extension().is_some_and(|e| e == "rs") {
            std::fs::read_to_string(&path).unwrap_or_default()
        } else {
            String::new()
        };
        ["#[test]", "#[tokio::test", "#[wasm_bindgen_test"].iter().any(|mark| text.contains(mark))
    })
}

/// Every target of the workspace that has tests to run.
fn test_targets(metadata: &Value) -> BTreeSet<Target> {
    let mut found = BTreeSet::new();
    for package in packages(metadata) {
        for target in package["targets"].as_array().unwrap() {
            let kind = target["kind"][0].as_str().unwrap();
            let source = Path::new(target["src_path"].as_str().unwrap());
            let counts = match kind {
                "test" => true,
                "lib" | "bin" | "cdylib" | "rlib" | "staticlib" => {
                    target["test"].as_bool() == Some(true) && has_unit_tests(source.parent().unwrap())
                }
                _ => false,
            };
            if counts {
                let name = target["name"].as_str().unwrap().to_owned();
                found.insert((package["name"].as_str().unwrap().to_owned(), kind.to_owned(), name));
            }
        }
    }
    found
}

/// The `cargo test` commands of a shell script, each as its arguments up to
/// the `--` that begins the test binary's own (lines continued with `\`
/// joined, comments left out).
fn cargo_test_commands(script: &str) -> Vec<Vec<String>> {
    script
        .replace("\\\n", " ")
        .lines()
        .filter(|line| !line.trim_start().starts_with('#'))
        .filter_map(|line| line.split_once("cargo test").map(|(_, rest)| rest.to_owned()))
        .map(|rest| rest.split_whitespace().take_while(|word| *word != "--").map(str::to_owned).collect())
        .collect()
}

/// The targets one `cargo test` command runs, of those in `all`.
fn run_by(command: &[String], all: &BTreeSet<Target>) -> BTreeSet<Target> {
    let mut packages = BTreeSet::new();
    let mut tests = BTreeSet::new();
    let mut words = command.iter();
    while let Some(word) = words.next() {
        match word.as_str() {
            "-p" | "--package" => {
                packages.insert(words.next().expect("a package after -p").clone());
            }
            "--test" => {
                tests.insert(words.next().expect("a target after --test").clone());
            }
            "--target" | "--features" | "-F" | "--profile" | "--manifest-path" | "-j" | "--jobs" => {
                words.next();
            }
            other if other.starts_with("--lib") || other.starts_with("--bin") || other.starts_with("--tests") => {
                panic!("this test reads `-p` and `--test` only; teach it {other:?} (cargo test{})", command.join(" "))
            }
            _ => {}
        }
    }
    assert!(!packages.is_empty(), "cargo test{} names no package (-p)", command.join(" "));
    all.iter()
        .filter(|(package, kind, name)| {
            packages.contains(package) && (tests.is_empty() || (kind == "test" && tests.contains(name)))
        })
        .cloned()
        .collect()
}

/// The targets of `all` that no `cargo test` line of `script` runs.
fn not_run(script: &str, all: &BTreeSet<Target>) -> Vec<String> {
    let run: BTreeSet<Target> = cargo_test_commands(script).iter().flat_map(|command| run_by(command, all)).collect();
    all.difference(&run).map(|(package, kind, name)| format!("{package}: {kind} target {name}")).collect()
}

#[test]
fn the_test_command_runs_every_test_target() {
    let all = test_targets(&metadata());
    assert!(
        all.iter().any(|(p, _, n)| p == "portal-web" && n == "browser")
            && all.iter().any(|(p, _, n)| p == "portal-api" && n == "api"),
        "the targets were not read: {all:?}"
    );
    let script = std::fs::read_to_string(root().join("scripts/test.sh")).unwrap();
    let missing = not_run(&script, &all);
    assert!(missing.is_empty(), "scripts/test.sh runs no test of:\n{}", missing.join("\n"));
}

#[test]
fn the_script_reader_sees_what_a_line_leaves_out() {
    let target = |package: &str, kind: &str, name: &str| (package.to_owned(), kind.to_owned(), name.to_owned());
    let all: BTreeSet<Target> = [
        target("e2e", "test", "locales"),
        target("e2e", "test", "orthography"),
        target("web", "test", "browser"),
        target("web", "lib", "web"),
        target("api", "test", "api"),
    ]
    .into();
    let script = "# cargo test -p e2e --test orthography\n\
                  cargo test -p e2e --test locales -- --skip orthography\n\
                  env A=1 \\\n  cargo test -p web --target wasm32-unknown-unknown\n";
    assert_eq!(not_run(script, &all), ["api: test target api", "e2e: test target orthography"]);
}

#[test]
fn every_crate_states_the_workspaces_minimum_rust() {
    let metadata = metadata();
    let versions: BTreeSet<(Option<&str>, &str)> =
        packages(&metadata).iter().map(|p| (p["rust_version"].as_str(), p["name"].as_str().unwrap())).collect();
    let distinct: BTreeSet<Option<&str>> = versions.iter().map(|(version, _)| *version).collect();
    assert!(
        distinct.len() == 1 && !distinct.contains(&None),
        "each crate inherits `rust-version.workspace = true`; now: {versions:?}"
    );
}
