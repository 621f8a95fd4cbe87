//! `build(catalogueJson)`, `keys()`, then `search(query, limit)` from
//! JavaScript: the same engine the SPA runs, compiled with the same release
//! profile.
//!
//! Results cross into JavaScript as entry numbers in wasm memory, which the
//! harness turns into "kind:id" keys through the list `keys()` gave once: a
//! JavaScript engine hands back references to ids it holds, and so does
//! this, instead of building and decoding a string per keystroke. (The SPA
//! calls the engine inside wasm and pays neither.)

use portal_model::Catalogue;
use portal_search::{Kind, SearchIndex};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

struct Engine {
    index: SearchIndex,
    /// The last search's (entry, score) pairs; kept to be reused.
    found: Vec<(u32, u32)>,
    /// The last search's entry numbers, read by JavaScript.
    entries: Vec<u32>,
}

thread_local! {
    static ENGINE: RefCell<Option<Engine>> = const { RefCell::new(None) };
}

/// Builds the index from a catalogue in the API's JSON format; returns the
/// number of indexed entries, or throws on malformed JSON. Parsing is part
/// of what the SPA does too, so it is timed with the build.
#[wasm_bindgen]
pub fn build(catalogue_json: &str) -> Result<u32, JsError> {
    let catalogue: Catalogue = serde_json::from_str(catalogue_json)?;
    let index = SearchIndex::from_catalogue(&catalogue);
    let count = index.len() as u32;
    ENGINE.with(|slot| *slot.borrow_mut() = Some(Engine { index, found: Vec::new(), entries: Vec::new() }));
    Ok(count)
}

/// The "kind:id" key of every entry, by entry number, one per line.
#[wasm_bindgen]
pub fn keys() -> String {
    ENGINE.with(|slot| {
        let slot = slot.borrow();
        let Some(engine) = slot.as_ref() else { return String::new() };
        let keys: Vec<String> = (0..engine.index.len() as u32)
            .filter_map(|n| engine.index.entry(n))
            .map(|(kind, id)| {
                let kind = match kind {
                    Kind::Service => "service",
                    Kind::Provider => "provider",
                    Kind::Centre => "centre",
                };
                format!("{kind}:{id}")
            })
            .collect();
        keys.join("\n")
    })
}

/// Searches; returns how many entries were found. Their numbers, best
/// first, are at `results()` in wasm memory.
#[wasm_bindgen]
pub fn search(query: &str, limit: u32) -> u32 {
    ENGINE.with(|slot| {
        let mut slot = slot.borrow_mut();
        let Some(engine) = slot.as_mut() else { return 0 };
        engine.index.search_entries(query, limit as usize, &mut engine.found);
        engine.entries.clear();
        engine.entries.extend(engine.found.iter().map(|&(entry, _)| entry));
        engine.entries.len() as u32
    })
}

/// Where the last search's entry numbers are (a byte offset in wasm memory).
#[wasm_bindgen]
pub fn results() -> *const u32 {
    ENGINE.with(|slot| slot.borrow().as_ref().map_or(std::ptr::null(), |engine| engine.entries.as_ptr()))
}

/// Bytes the index holds on the wasm heap (an estimate from its own tables).
#[wasm_bindgen]
pub fn heap_bytes() -> u32 {
    ENGINE.with(|slot| slot.borrow().as_ref().map_or(0, |engine| engine.index.heap_bytes() as u32))
}
