//! `build(catalogueJson)` then `search(query, limit)` from JavaScript: the
//! same engine the SPA runs, compiled with the same release profile.

use portal_model::search::{Kind, SearchIndex};
use portal_model::Catalogue;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    static INDEX: RefCell<Option<SearchIndex>> = const { RefCell::new(None) };
}

/// Builds the index from a catalogue in the API's JSON format; returns the
/// number of indexed entries, or throws on malformed JSON.
#[wasm_bindgen]
pub fn build(catalogue_json: &str) -> Result<u32, JsError> {
    let catalogue: Catalogue = serde_json::from_str(catalogue_json)?;
    let index = SearchIndex::from_catalogue(&catalogue);
    let entries = index.len() as u32;
    INDEX.with(|slot| *slot.borrow_mut() = Some(index));
    Ok(entries)
}

/// Building from an already parsed catalogue is not offered: parsing is part
/// of what the SPA does too. Searches; returns "kind:id" keys, best first,
/// one per line: one string crosses into JavaScript rather than one per
/// hit (the SPA itself calls the engine inside wasm and pays neither).
#[wasm_bindgen]
pub fn search(query: &str, limit: u32) -> String {
    INDEX.with(|slot| {
        let slot = slot.borrow();
        let Some(index) = slot.as_ref() else { return String::new() };
        let mut keys = String::new();
        for hit in index.search(query, limit as usize) {
            let kind = match hit.kind {
                Kind::Service => "service",
                Kind::Provider => "provider",
                Kind::Centre => "centre",
            };
            if !keys.is_empty() {
                keys.push('\n');
            }
            keys.push_str(kind);
            keys.push(':');
            keys.push_str(&hit.id);
        }
        keys
    })
}

/// Bytes the index holds on the wasm heap (an estimate from its own tables).
#[wasm_bindgen]
pub fn heap_bytes() -> u32 {
    INDEX.with(|slot| slot.borrow().as_ref().map_or(0, |i| i.heap_bytes() as u32))
}
