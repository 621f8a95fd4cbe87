//! Where the draft's save stands, in words and a symbol (never colour
//! alone), announced politely to screen readers; with «Зберегти чернетку»
//! to save at once (a conflict is resolved in `conflict.rs`).

use crate::i18n::I18n;
use yew::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SaveState {
    /// The server holds what the form shows.
    Saved,
    /// Changes made, waiting for the pause in typing.
    Pending,
    Saving,
    /// No answer from the server: the changes stay on the page and go with
    /// the next save.
    Offline,
    /// The server refused the save (the Fluent id of why).
    Failed(&'static str),
    /// Another tab or device saved a newer version.
    Conflict,
}

/// (A function, not a component: it holds no state of its own.)
/// `kept_here`: the browser keeps a copy of the changes (not on a public
/// computer), so offline the page may be closed or reloaded.
pub fn save_state_view(i18n: &I18n, state: SaveState, kept_here: bool, save_now: Callback<()>) -> Html {
    let (symbol, text) = match state {
        SaveState::Saved => ("✔", i18n.t("application-save-saved")),
        SaveState::Pending => ("✎", i18n.t("application-save-pending")),
        SaveState::Saving => ("⟳", i18n.t("application-save-saving")),
        SaveState::Offline if kept_here => ("⚠", i18n.t("application-save-offline")),
        SaveState::Offline => ("⚠", i18n.t("application-save-offline-keep-open")),
        SaveState::Failed(reason) => ("✖", format!("{} {}", i18n.t("application-save-failed"), i18n.t(reason))),
        SaveState::Conflict => ("⚠", i18n.t("application-save-conflict")),
    };
    html! {
        <div class="ep-save-state">
            <p role="status" aria-live="polite"><span aria-hidden="true">{ symbol }{ " " }</span>{ text }</p>
            if state != SaveState::Conflict {
                <button type="button" class="ep-button" onclick={save_now.reform(|_: MouseEvent| ())}
                        disabled={matches!(state, SaveState::Saved | SaveState::Saving)}>
                    { i18n.t("application-save-now") }
                </button>
            }
        </div>
    }
}
