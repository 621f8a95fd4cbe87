//! Public-computer mode (seed 002: assistance centres lend computers).
//! Chosen on the sign-in page; the session then says so (`SignedIn::
//! public_computer`, also after a reload). While it lasts nothing personal
//! is written to browser storage (no draft copies, no remembered owner);
//! after sign-out, or 15 minutes without activity (with a warning a minute
//! before), every trace of this origin is wiped: local and session storage,
//! the drafts' IndexedDB, the service worker's caches (which the worker
//! keeps no form in meanwhile: their list would name the services applied
//! for). The server's sign-out answer clears the site's data as well
//! (`Clear-Site-Data`), also when the session ended by itself. The watch for
//! inactivity is `idle_watch.rs`.

use crate::{draft_store, service_worker};
use gloo::storage::{LocalStorage, SessionStorage, Storage};
use portal_model::account::{PUBLIC_COMPUTER_IDLE_SECS, PUBLIC_COMPUTER_WARNING_SECS};
use std::cell::Cell;

thread_local! {
    static ON: Cell<bool> = const { Cell::new(false) };
}

/// Whether the signed-in session is on a public computer.
pub fn is_on() -> bool {
    ON.with(Cell::get)
}

pub fn set(on: bool) {
    ON.with(|cell| cell.set(on));
    service_worker::set_public_computer(on);
}

/// Removes everything this origin keeps in the browser.
pub fn wipe() {
    LocalStorage::clear();
    SessionStorage::clear();
    wasm_bindgen_futures::spawn_local(draft_store::forget_all());
    wasm_bindgen_futures::spawn_local(service_worker::forget_all());
}

/// Where an idle public session stands after `idle_secs` without activity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdleStage {
    Active,
    /// The last minute: the page warns.
    Warning,
    Over,
}

pub fn idle_stage(idle_secs: i64) -> IdleStage {
    if idle_secs >= PUBLIC_COMPUTER_IDLE_SECS {
        IdleStage::Over
    } else if idle_secs >= PUBLIC_COMPUTER_IDLE_SECS - PUBLIC_COMPUTER_WARNING_SECS {
        IdleStage::Warning
    } else {
        IdleStage::Active
    }
}
