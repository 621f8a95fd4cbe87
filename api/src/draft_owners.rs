//! Which user and service each draft belongs to, remembered in this
//! process so that an autosave needs no read before its write: a draft's
//! owner and service are fixed when it is made and never change, so a
//! remembered pair cannot go stale. It is only a hint: the saving UPDATE
//! still names the owner, the service and "not deleted" in its WHERE, so a
//! deleted draft or a number SQLite gave again after a purge is never
//! written through it (see `drafts::save`).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// At most this many drafts are remembered; when full, the map starts
/// afresh (a few reads more, never a wrong answer).
const CAPACITY: usize = 100_000;

#[derive(Clone, Default)]
pub struct DraftOwners {
    known: Arc<Mutex<HashMap<i64, (i64, String)>>>,
}

impl DraftOwners {
    /// The service of draft `id` when it is remembered as `user`'s.
    pub fn service(&self, id: i64, user: i64) -> Option<String> {
        let known = self.known.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        known.get(&id).filter(|(owner, _)| *owner == user).map(|(_, service)| service.clone())
    }

    pub fn remember(&self, id: i64, user: i64, service: &str) {
        let mut known = self.known.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if known.len() >= CAPACITY {
            known.clear();
        }
        known.insert(id, (user, service.to_owned()));
    }

    pub fn forget(&self, id: i64) {
        self.known.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).remove(&id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_is_known_only_as_its_owners() {
        let owners = DraftOwners::default();
        owners.remember(7, 1, "carrier-licence");
        assert_eq!(owners.service(7, 1).as_deref(), Some("carrier-licence"));
        assert_eq!(owners.service(7, 2), None);
        owners.forget(7);
        assert_eq!(owners.service(7, 1), None);
    }
}
