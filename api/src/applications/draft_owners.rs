//! Which user and service each draft belongs to, and the version of the
//! form it was made with, remembered in this process so that an autosave
//! needs no read before its write: all three are fixed when the draft is
//! made and never change, so what is remembered cannot go stale. It is only a hint: the saving UPDATE
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
    known: Arc<Mutex<HashMap<i64, (i64, DraftForm)>>>,
}

/// A draft's service and the version of its form it was made with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftForm {
    pub service: String,
    pub form_version: i64,
}

impl DraftOwners {
    /// The service and form version of draft `id` when it is remembered as `user`'s.
    pub fn form(&self, id: i64, user: i64) -> Option<DraftForm> {
        let known = self.known.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        known.get(&id).filter(|(owner, _)| *owner == user).map(|(_, form)| form.clone())
    }

    pub fn remember(&self, id: i64, user: i64, form: &DraftForm) {
        let mut known = self.known.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if known.len() >= CAPACITY {
            known.clear();
        }
        known.insert(id, (user, form.clone()));
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
        let form = DraftForm { service: "carrier-licence".into(), form_version: 3 };
        owners.remember(7, 1, &form);
        assert_eq!(owners.form(7, 1), Some(form));
        assert_eq!(owners.form(7, 2), None);
        owners.forget(7);
        assert_eq!(owners.form(7, 1), None);
    }
}
