//! The SPA's module layout, as README draws it: no module imports one that
//! imports it back (directly or round a longer loop), components and
//! contexts never reach into pages, and a page never imports another area's
//! page. Read from the sources, like the locale checks.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../src")
}

/// Module path (`pages::cabinet::orders`) of every file under `src/`.
fn modules() -> BTreeMap<String, PathBuf> {
    fn walk(dir: &Path, into: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, into);
            } else if path.extension().is_some_and(|e| e == "rs") {
                into.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(&src(), &mut files);
    files
        .into_iter()
        .map(|file| {
            let relative = file.strip_prefix(src()).unwrap().with_extension("");
            let mut parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
            if matches!(parts.last().map(String::as_str), Some("mod" | "lib" | "main")) {
                parts.pop();
            }
            (parts.join("::"), file)
        })
        .collect()
}

/// The modules a file names through `crate::…` or `super::…` paths.
fn imports(module: &str, file: &Path, known: &BTreeMap<String, PathBuf>) -> BTreeSet<String> {
    let text = std::fs::read_to_string(file).unwrap();
    let mut found = BTreeSet::new();
    for (start, _) in text.match_indices("crate::").chain(text.match_indices("super::")) {
        if text[..start].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        let path: String =
            text[start..].chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
        let mut segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
        let mut base: Vec<&str> = if module.is_empty() { Vec::new() } else { module.split("::").collect() };
        if segments[0] == "crate" {
            base.clear();
            segments.remove(0);
        }
        while segments.first() == Some(&"super") {
            base.pop();
            segments.remove(0);
        }
        base.extend(segments);
        // The longest prefix that is a module file.
        let target = (0..=base.len()).rev().map(|n| base[..n].join("::")).find(|m| known.contains_key(m));
        if let Some(target) = target.filter(|t| t != module && !t.is_empty()) {
            found.insert(target);
        }
    }
    found
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let known = modules();
    known.iter().map(|(module, file)| (module.clone(), imports(module, file, &known))).collect()
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let graph = graph();
    assert!(graph.contains_key("pages::cabinet::security") && graph.contains_key("account_context"));
    // Depth-first search for a path from each module back to itself.
    for start in graph.keys() {
        let mut stack: Vec<(String, Vec<String>)> = vec![(start.clone(), vec![start.clone()])];
        let mut seen = BTreeSet::new();
        while let Some((module, trail)) = stack.pop() {
            for next in &graph[&module] {
                assert!(next != start, "import cycle: {} → {start}", trail.join(" → "));
                if seen.insert(next.clone()) {
                    let mut longer = trail.clone();
                    longer.push(next.clone());
                    stack.push((next.clone(), longer));
                }
            }
        }
    }
}

#[test]
fn only_pages_import_pages_and_never_another_areas() {
    for (module, imported) in graph() {
        for target in imported.iter().filter(|t| t.starts_with("pages")) {
            assert!(module == "app" || module.starts_with("pages"), "{module} imports the page {target}");
            let area = |m: &str| m.split("::").nth(1).map(str::to_owned);
            if module.starts_with("pages::") && module.split("::").count() > 2 {
                assert_eq!(area(&module), area(target), "{module} imports {target}, a page of another area");
            }
        }
    }
}
