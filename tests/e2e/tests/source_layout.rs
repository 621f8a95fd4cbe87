//! The module layout, as README draws it, read from the sources like the
//! locale checks.
//!
//! The SPA: no module imports one that imports it back (directly or round a
//! longer loop), components and contexts never reach into pages, and a page
//! never imports another area's page.
//!
//! The API: no cycle either, and its areas (the folders under `api/src`)
//! stand in the order of `API_AREAS`: a module imports modules of its own
//! area and of the areas below it, never of one above (nor `lib.rs`, the
//! composition root on top of them all).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The API's areas, lowest first: each may import those before it, never
/// one after it. (`lib.rs`, which assembles them, stands above them all.)
const API_AREAS: [&str; 13] = [
    "platform",
    "http",
    "mail",
    "accounts",
    "catalogue",
    "payment_recipients",
    "documents",
    "notifications",
    "appointments",
    "applications",
    "orders",
    "payments",
    "housekeeping",
];

fn spa_src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../src")
}

fn api_src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../api/src")
}

/// Module path (`pages::cabinet::orders`) of every file under `root`, the
/// crate root being `""`. The API's binaries (`main.rs`, `bin/`) are crates
/// of their own and left out; the SPA's `main.rs` counts as its root.
fn modules(root: &Path) -> BTreeMap<String, PathBuf> {
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
    walk(root, &mut files);
    files
        .into_iter()
        .filter(|file| {
            let relative = file.strip_prefix(root).unwrap();
            root == spa_src() || !(relative.starts_with("bin") || relative == Path::new("main.rs"))
        })
        .map(|file| {
            let relative = file.strip_prefix(root).unwrap().with_extension("");
            let mut parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
            if matches!(parts.last().map(String::as_str), Some("mod" | "lib" | "main")) {
                parts.pop();
            }
            (parts.join("::"), file)
        })
        .collect()
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The paths a `use` tree or a path expression starting at `text` spells
/// out: `a::b::{c, d::e}` gives `a::b::c` and `a::b::d::e`.
fn spelled_paths(text: &str) -> Vec<String> {
    let head: String = text.chars().take_while(|c| is_ident(*c) || *c == ':').collect();
    let rest = &text[head.len()..];
    if !head.ends_with("::") || !rest.starts_with('{') {
        return vec![head.trim_end_matches(':').to_owned()];
    }
    // The group, up to its closing brace, split at its own commas.
    let (mut depth, mut items, mut item_start) = (0, Vec::new(), 1);
    for (i, c) in rest.char_indices() {
        match c {
            '{' => depth += 1,
            '}' | ',' if depth == 1 => {
                items.push(rest[item_start..i].trim());
                item_start = i + 1;
                if c == '}' {
                    break;
                }
            }
            '}' => depth -= 1,
            _ => {}
        }
    }
    items
        .into_iter()
        .filter(|item| !item.is_empty())
        .flat_map(spelled_paths)
        .map(|tail| if tail == "self" { head.trim_end_matches(':').to_owned() } else { format!("{head}{tail}") })
        .collect()
}

/// The inline modules of a file (`mod tests { … }`), with where they start
/// and end: paths inside them are read from there (`super::*` in `tests`
/// is the file's own module).
fn inline_modules(text: &str) -> Vec<(String, std::ops::Range<usize>)> {
    let mut found = Vec::new();
    for (start, _) in text.match_indices("mod ") {
        if text[..start].ends_with(is_ident) {
            continue;
        }
        let rest = &text[start + 4..];
        let name: String = rest.chars().take_while(|c| is_ident(*c)).collect();
        let body = rest[name.len()..].trim_start();
        if name.is_empty() || !body.starts_with('{') {
            continue;
        }
        let open = text.len() - body.len();
        let mut depth = 0;
        let close = body.char_indices().find_map(|(i, c)| {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => return None,
            }
            (depth == 0).then_some(open + i)
        });
        found.push((name, open..close.unwrap_or(text.len())));
    }
    found
}

/// The modules a file names through `crate::…`, `super::…` or `self::…`
/// paths (groups in braces included). A parent naming its own child
/// (`child::…`, declared by `mod child;`) is not counted: that is how a
/// module tree is built, and a child may use its parent's items.
fn imports(module: &str, file: &Path, known: &BTreeMap<String, PathBuf>) -> BTreeSet<String> {
    let text = std::fs::read_to_string(file).unwrap();
    let starts: Vec<usize> = ["crate::", "super::", "self::"]
        .iter()
        .flat_map(|keyword| text.match_indices(keyword).map(|(start, _)| start))
        .collect();
    let inline = inline_modules(&text);
    let mut found = BTreeSet::new();
    for start in starts {
        if text[..start].ends_with(|c: char| is_ident(c) || c == ':') {
            continue;
        }
        for path in spelled_paths(&text[start..]) {
            let mut segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
            let mut base: Vec<&str> = if module.is_empty() { Vec::new() } else { module.split("::").collect() };
            base.extend(inline.iter().filter(|(_, span)| span.contains(&start)).map(|(name, _)| name.as_str()));
            match segments.first() {
                Some(&"crate") => {
                    base.clear();
                    segments.remove(0);
                }
                Some(&"self") => {
                    segments.remove(0);
                }
                _ => {}
            }
            while segments.first() == Some(&"super") {
                base.pop();
                segments.remove(0);
            }
            base.extend(segments);
            // The longest prefix that is a module file.
            let target = (0..=base.len()).rev().map(|n| base[..n].join("::")).find(|m| known.contains_key(m));
            if let Some(target) = target.filter(|t| t != module) {
                found.insert(target);
            }
        }
    }
    found
}

/// Each module with the modules it imports. In the SPA, as the layout rules
/// were first written: `crate::`/`super::` paths, not the crate root.
fn graph(root: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let known = modules(root);
    let spa = root == spa_src();
    known
        .iter()
        .map(|(module, file)| {
            let mut imported = imports(module, file, &known);
            if spa {
                imported.remove("");
            }
            (module.clone(), imported)
        })
        .collect()
}

/// The first import cycle found, as the modules round it.
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<String> {
    let shown = |m: &String| if m.is_empty() { "lib.rs".to_owned() } else { m.clone() };
    // Depth-first search for a path from each module back to itself.
    for start in graph.keys() {
        let mut stack: Vec<(String, Vec<String>)> = vec![(start.clone(), vec![shown(start)])];
        let mut seen = BTreeSet::new();
        while let Some((module, trail)) = stack.pop() {
            for next in &graph[&module] {
                if next == start {
                    return Some(format!("{} → {}", trail.join(" → "), shown(start)));
                }
                if seen.insert(next.clone()) {
                    let mut longer = trail.clone();
                    longer.push(shown(next));
                    stack.push((next.clone(), longer));
                }
            }
        }
    }
    None
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let graph = graph(&spa_src());
    assert!(graph.contains_key("pages::cabinet::security") && graph.contains_key("account_context"));
    if let Some(cycle) = cycle(&graph) {
        panic!("import cycle: {cycle}");
    }
}

#[test]
fn only_pages_import_pages_and_never_another_areas() {
    for (module, imported) in graph(&spa_src()) {
        for target in imported.iter().filter(|t| t.starts_with("pages")) {
            assert!(module == "app" || module.starts_with("pages"), "{module} imports the page {target}");
            let area = |m: &str| m.split("::").nth(1).map(str::to_owned);
            if module.starts_with("pages::") && module.split("::").count() > 2 {
                assert_eq!(area(&module), area(target), "{module} imports {target}, a page of another area");
            }
        }
    }
}

#[test]
fn no_api_module_imports_one_that_imports_it_back() {
    let graph = graph(&api_src());
    assert!(graph.contains_key("orders::complaints") && graph.contains_key("platform::db"));
    if let Some(cycle) = cycle(&graph) {
        panic!("import cycle in the API: {cycle}");
    }
}

#[test]
fn api_areas_import_only_areas_below_them() {
    // The crate root (lib.rs) stands above every area.
    let floor = |module: &str| {
        let area = module.split("::").next().unwrap();
        if area.is_empty() {
            return API_AREAS.len();
        }
        API_AREAS.iter().position(|known| *known == area).unwrap_or_else(|| {
            panic!("api/src/{area} is an area API_AREAS does not place: put it in the order (README, Layout)")
        })
    };
    let mut upward = Vec::new();
    for (module, imported) in graph(&api_src()) {
        for target in imported.iter().filter(|target| floor(target) > floor(&module)) {
            let shown = |m: &str| if m.is_empty() { "lib.rs".to_owned() } else { m.to_owned() };
            upward.push(format!("{} imports {}, of an area above it", shown(&module), shown(target)));
        }
    }
    assert!(upward.is_empty(), "areas in the order {API_AREAS:?}, lowest first:\n{}", upward.join("\n"));
}
