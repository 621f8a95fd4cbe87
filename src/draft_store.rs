//! The browser's copy of drafts (IndexedDB, through the `idb` crate; every
//! IndexedDB access of the SPA is here). Each change of a draft is written
//! here first, then sent to the API, so a reload, a closed tab, a lost
//! connection or an expired session loses nothing: the page finds the
//! changes here and sends them when it can.
//!
//! A draft is kept as its JSON text under its id, with the account it
//! belongs to and whether the server has it yet. Nothing is kept for a
//! session on a public computer: the page passes no owner there (an empty
//! one), and then no function here even opens the database, which would
//! create it. Signing out deletes the whole database, changes not yet sent
//! included.
//!
//! Any IndexedDB failure (a private window without storage, a full disk)
//! reads as "nothing kept": the page then says it keeps the changes only
//! while it is open, and the server copy stays the durable one.

use gloo::storage::Storage;
use idb::{Database, DatabaseEvent, Factory, ObjectStoreParams, TransactionMode};
use portal_model::draft::DraftDocument;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsValue;

const DATABASE: &str = "portal-drafts";
const STORE: &str = "drafts";

/// A draft as this browser holds it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LocalDraft {
    /// The e-mail of the account it belongs to: another person signing in
    /// on this browser never sees it.
    pub owner: String,
    /// Changes made here that the server does not have yet; `draft.version`
    /// is the server version they were based on.
    pub unsent: bool,
    pub draft: DraftDocument,
}

thread_local! {
    /// The database once opened: opening it for every change would cost
    /// each keystroke's write several milliseconds.
    static OPENED: RefCell<Option<Rc<Database>>> = const { RefCell::new(None) };
}

async fn open() -> Result<Rc<Database>, idb::Error> {
    if let Some(database) = OPENED.with(|opened| opened.borrow().clone()) {
        return Ok(database);
    }
    let mut request = Factory::new()?.open(DATABASE, Some(1))?;
    request.on_upgrade_needed(|event| {
        if let Ok(database) = event.database() {
            let _ = database.create_object_store(STORE, ObjectStoreParams::new());
        }
    });
    let database = Rc::new(request.await?);
    OPENED.with(|opened| *opened.borrow_mut() = Some(database.clone()));
    Ok(database)
}

fn key(id: i64) -> JsValue {
    JsValue::from_f64(id as f64)
}

/// Forgets `owner`'s draft `id` (submitted: its copy is the order's now).
pub async fn remove(id: i64, owner: &str) {
    if owner.is_empty() {
        // Nobody's (a public computer): nothing was kept, and opening the
        // database to delete from it would create it.
        return;
    }
    let removed = async {
        let database = open().await?;
        let transaction = database.transaction(&[STORE], TransactionMode::ReadWrite)?;
        transaction.object_store(STORE)?.delete(key(id))?.await?;
        transaction.await?;
        Ok::<_, idb::Error>(())
    };
    let _ = removed.await;
}

/// Keeps `local` (replacing what was kept for its draft); whether it is kept.
pub async fn put(local: &LocalDraft) -> bool {
    if local.owner.is_empty() {
        return false; // (a public computer: see the module's note)
    }
    let Ok(text) = serde_json::to_string(local) else { return false };
    let written = async {
        let database = open().await?;
        let transaction = database.transaction(&[STORE], TransactionMode::ReadWrite)?;
        transaction.object_store(STORE)?.put(&JsValue::from_str(&text), Some(&key(local.draft.id)))?.await?;
        transaction.await?;
        Ok::<_, idb::Error>(())
    };
    written.await.is_ok()
}

/// What this browser holds of draft `id` for `owner`.
pub async fn get(id: i64, owner: &str) -> Option<LocalDraft> {
    if owner.is_empty() {
        // Nobody's (a public computer): not even an empty database is made.
        return None;
    }
    let read = async {
        let database = open().await?;
        let transaction = database.transaction(&[STORE], TransactionMode::ReadOnly)?;
        transaction.object_store(STORE)?.get(key(id))?.await
    };
    let text = read.await.ok()??.as_string()?;
    serde_json::from_str::<LocalDraft>(&text).ok().filter(|local| local.owner == owner)
}

/// Removes every trace of drafts from this browser (sign-out on a public
/// computer).
pub async fn forget_all() {
    // An open connection would hold the deletion back.
    if let Some(database) = OPENED.with(|opened| opened.borrow_mut().take()) {
        database.close();
    }
    let _ = async {
        Factory::new()?.delete(DATABASE)?.await?;
        Ok::<_, idb::Error>(())
    }
    .await;
}

/// Where the owner of this browser's drafts is remembered, so that a page
/// opened with no connection knows whose copy it may show.
const OWNER_KEY: &str = "portal-drafts-owner";

pub fn remember_owner(email: &str) {
    let _ = gloo::storage::LocalStorage::set(OWNER_KEY, email);
}

pub fn forget_owner() {
    gloo::storage::LocalStorage::delete(OWNER_KEY);
}

/// The account last signed in here (for a page opened offline).
pub fn last_owner() -> Option<String> {
    gloo::storage::LocalStorage::get(OWNER_KEY).ok()
}
