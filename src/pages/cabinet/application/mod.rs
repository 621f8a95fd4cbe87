//! «Заява» (issue 12): a draft filled in step by step with the service's
//! form (`portal_model::form`, from the API), «Крок 2 з 4», back and next,
//! a review of every answer, and every change saved by itself.
//!
//! - The same checks as the API run here: a field's format when the person
//!   leaves the field (not while they type it the first time), the whole
//!   step on «Далі»; a problem once shown goes as soon as the answer is
//!   right. Problems stand beside their fields; on «Далі» also in a summary
//!   at the top whose links move focus to the field. Nothing typed is
//!   cleared by a failed check, and every answer is saved as typed, right or
//!   not: a draft is unfinished by definition (the API stores it and returns
//!   the problems as advice; only «Далі» and submitting refuse).
//! - Saving: 0.8 s after the last change (or at once with «Зберегти
//!   чернетку», and on every step change) the whole draft goes to the API
//!   with the version it was based on; one save at a time, the newest
//!   answers last. No answer from the server keeps the changes on the page
//!   and tries again every 5 s; a newer version saved elsewhere is a
//!   conflict the user resolves field by field (`conflict.rs`) — nothing is
//!   dropped until they choose.
//!
//! - Every change is first kept in the browser (`draft_store`, IndexedDB)
//!   and marked unsent until the server has it. Opening a draft with no
//!   connection (the app itself comes from the service worker) shows the
//!   browser's copy and goes on; opening it online sends changes the server
//!   has not seen, or, when the server's version moved on meanwhile, shows
//!   the conflict with these changes as "mine". A session that ended under
//!   the page leads to sign-in, which comes back here; the unsent changes
//!   are waiting in the browser's copy.
//!

mod conflict;
mod events;
pub mod field_input;
mod messages;
pub mod review;
pub mod save_state;
mod shown_problems;
pub mod start;
mod submit;

use crate::account_context::{AccountAction, AccountState, use_account, use_require_sign_in};
use crate::api_client::{ApiClient, ApiError};
use crate::catalogue_context::{CatalogueState, use_catalogue};
use crate::components::document_title::use_document_title;
use crate::components::loading::Loading;
use crate::draft_store::{self, LocalDraft};
use crate::focus_after_render::{focus_by_id, use_focus_after_render};
use crate::i18n::use_i18n;
use crate::routes::Route;
use conflict::ConflictChoice;
use field_input::{FieldContext, control_id, first_control_of, step_fields};
use fluent::FluentValue;
use gloo::timers::callback::Timeout;
use messages::problem_id;
use portal_model::api_error::ErrorCode;
use portal_model::draft::{DraftDocument, DraftSave};
use portal_model::form::{Answers, FormDefinition, Scope, set_answer};
use review::review;
use save_state::{SaveState, save_state_view};
use serde_json::{Value, json};
use shown_problems::{ProblemsAction, ShownProblems};
use std::cell::RefCell;
use std::rc::Rc;
use submit::SubmitApplication;
use yew::prelude::*;

/// The pause in typing after which changes are saved.
const SAVE_AFTER_MS: u32 = 800;
/// How often an unanswered save is tried again.
const RETRY_MS: u32 = 5_000;
/// The error summary's id: focused after a failed «Далі».
const SUMMARY_ID: &str = "application-errors";
/// The step heading's id: focused on a new step and after a conflict.
const HEADING_ID: &str = "application-step";

#[derive(Properties, PartialEq)]
pub struct ApplicationPageProps {
    pub id: i64,
}

#[function_component(ApplicationPage)]
pub fn application_page(props: &ApplicationPageProps) -> Html {
    let account = use_require_sign_in(Route::Application { id: props.id });
    let i18n = use_i18n();
    match &account.state {
        AccountState::SignedIn(signed_in) => {
            // On a public computer the browser keeps no copy (no owner: none).
            let owner = if signed_in.public_computer { String::new() } else { signed_in.profile.email.clone() };
            html! { <Editor id={props.id} csrf={signed_in.csrf_token.clone()} {owner} /> }
        }
        // No connection: the browser's copy of whoever signed in here last.
        AccountState::Unreachable => match draft_store::last_owner() {
            Some(owner) => html! { <Editor id={props.id} csrf="" {owner} /> },
            None => {
                html! { <div class="ep-page"><p role="alert" class="ep-error">{ "✖ " }{ i18n.t("error-network") }</p></div> }
            }
        },
        _ => html! { <Loading /> },
    }
}

#[derive(Properties, PartialEq)]
struct EditorProps {
    id: i64,
    /// Empty while the API cannot be reached.
    csrf: AttrValue,
    /// Whose draft: the signed-in account's e-mail (empty on a public
    /// computer: then the browser keeps no copy).
    owner: AttrValue,
}

/// What saving needs, shared by the timers and the buttons.
struct Saver {
    client: ApiClient,
    draft: i64,
    csrf: String,
    owner: String,
    /// The draft as opened: what the browser's copy is written from.
    opened: Option<DraftDocument>,
    /// Tells the account a session has ended.
    account: Callback<AccountAction>,
    /// The version the server holds, as far as this page knows.
    version: i64,
    /// That version's answers, when this page knows them.
    known: Option<Answers>,
    /// Raised by every change: a save that ends while a newer change waits
    /// does not say «Збережено».
    generation: u64,
    in_flight: bool,
    /// The newest answers not yet sent while a save is under way.
    queued: Option<DraftSave>,
    debounce: Option<Timeout>,
    retry: Option<Timeout>,
}

type SharedSaver = Rc<RefCell<Saver>>;

/// Keeps `save`'s answers in the browser, as sent (`unsent: false`) or not.
fn keep_locally(saver: &SharedSaver, save: &DraftSave, unsent: bool) {
    let s = saver.borrow();
    let (Some(opened), false) = (&s.opened, s.owner.is_empty()) else { return };
    let draft =
        DraftDocument { version: s.version, step: save.step.clone(), answers: save.answers.clone(), ..opened.clone() };
    let local = LocalDraft { owner: s.owner.clone(), unsent, draft };
    wasm_bindgen_futures::spawn_local(async move {
        draft_store::put(&local).await;
    });
}

/// Sends `save` now, or after the save under way.
fn send(
    saver: &SharedSaver,
    save: DraftSave,
    state: UseStateHandle<SaveState>,
    problems: UseReducerHandle<ShownProblems>,
) {
    {
        let mut s = saver.borrow_mut();
        s.retry = None;
        if s.csrf.is_empty() {
            // Opened offline: the changes go once the API answers again
            // (the page is drawn anew with a session then).
            drop(s);
            state.set(SaveState::Offline);
            return;
        }
        if s.in_flight {
            s.queued = Some(save);
            return;
        }
        s.in_flight = true;
    }
    state.set(SaveState::Saving);
    let saver = saver.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let mut next = Some(save);
        // A conflict with a version that changed nothing is gone past once.
        let mut caught_up = false;
        while let Some(mut save) = next.take() {
            let (client, draft, csrf, generation) = {
                let s = saver.borrow();
                (s.client.clone(), s.draft, s.csrf.clone(), s.generation)
            };
            save.base_version = saver.borrow().version;
            match client.save_draft(draft, &save, &csrf).await {
                Ok(saved) => {
                    saver.borrow_mut().version = saved.version;
                    saver.borrow_mut().known = Some(save.answers.clone());
                    let newer = saver.borrow().generation != generation;
                    if !newer && saver.borrow().queued.is_none() {
                        keep_locally(&saver, &save, false);
                        state.set(SaveState::Saved);
                    }
                }
                Err(ApiError::Status { code: ErrorCode::SignedOut, .. }) => {
                    // The session ended: sign in again (the page comes back
                    // here and finds the unsent changes in the browser).
                    saver.borrow_mut().queued = None;
                    state.set(SaveState::Offline);
                    let account = saver.borrow().account.clone();
                    account.emit(AccountAction::Known(None));
                }
                Err(ApiError::Status { code: ErrorCode::DraftConflict, .. }) if !caught_up => {
                    caught_up = true;
                    // Saved elsewhere meanwhile. A version holding what this
                    // page already knew (another tab resolved a conflict
                    // with these very answers) conflicts with nothing: go on
                    // from it.
                    if let Some(newer) = changed_nothing(&saver, &client, draft).await {
                        saver.borrow_mut().version = newer;
                        next = Some(saver.borrow_mut().queued.take().unwrap_or(save));
                        continue;
                    }
                    saver.borrow_mut().queued = None;
                    state.set(SaveState::Conflict);
                }
                Err(ApiError::Status { code: ErrorCode::DraftConflict, .. }) => {
                    saver.borrow_mut().queued = None;
                    state.set(SaveState::Conflict);
                }
                Err(ApiError::Network | ApiError::Timeout) => {
                    // The newest answers go with the next try.
                    let latest = saver.borrow_mut().queued.take().unwrap_or(save);
                    state.set(SaveState::Offline);
                    let (retry_saver, retry_state, retry_problems) = (saver.clone(), state.clone(), problems.clone());
                    let retry = Timeout::new(RETRY_MS, move || send(&retry_saver, latest, retry_state, retry_problems));
                    let mut s = saver.borrow_mut();
                    s.in_flight = false;
                    s.retry = Some(retry);
                    return;
                }
                Err(ApiError::Invalid(found)) => {
                    problems.dispatch(ProblemsAction::All(found));
                    state.set(SaveState::Failed("error-invalid-fields"));
                }
                Err(other) => state.set(SaveState::Failed(other.message_id())),
            }
            next = saver.borrow_mut().queued.take();
            if next.is_some() {
                state.set(SaveState::Saving);
            }
        }
        saver.borrow_mut().in_flight = false;
    });
}

/// The control to focus once the group entry at `entry` is removed.
fn after_removal(form: &FormDefinition, answers: &Answers, entry: &str) -> String {
    let Some((group, index)) = entry.rsplit_once('.') else { return HEADING_ID.to_owned() };
    let entries = portal_model::form::answer_at(answers, group).and_then(Value::as_array).map_or(0, Vec::len);
    let is_last = index.parse::<usize>().map_or(true, |n| n + 1 >= entries);
    match is_last {
        true => field_input::add_button_id(group),
        false => first_control_of(form, entry).unwrap_or_else(|| field_input::add_button_id(group)),
    }
}

/// The server's version of the draft, if it holds the answers this page
/// knew it to hold (only its number moved on).
async fn changed_nothing(saver: &SharedSaver, client: &ApiClient, draft: i64) -> Option<i64> {
    let known = saver.borrow().known.clone()?;
    let theirs = client.draft(draft).await.ok()?;
    (theirs.answers == known).then_some(theirs.version)
}

/// The id of the step with this index (the review counts as the last step).
fn step_id(form: &FormDefinition, index: usize) -> String {
    form.steps.get(index.min(form.steps.len().saturating_sub(1))).map(|s| s.id.clone()).unwrap_or_default()
}

#[function_component(Editor)]
fn editor(props: &EditorProps) -> Html {
    let i18n = use_i18n();
    let lang = i18n.lang;
    let account = use_account();
    let catalogue = use_catalogue();
    let loaded = use_state(|| None::<Result<(Rc<FormDefinition>, String), &'static str>>);
    let answers = use_state(Answers::new);
    let step = use_state(|| 0_usize);
    let problems = use_reducer(ShownProblems::default);
    // The summary at the top: opened by «Далі» with problems, closed by a step change.
    let summary_open = use_state(|| false);
    let save_state = use_state(|| SaveState::Saved);
    let uploading = use_state(|| None::<(String, u8)>);
    let upload_failed = use_state(|| None::<(String, &'static str)>);
    // The version saved elsewhere, while a conflict is open.
    let theirs = use_state(|| None::<DraftDocument>);
    let heading = use_node_ref();
    let focus_after = use_focus_after_render();
    // The control to focus once the step is drawn (from «Змінити» or a summary link).
    let focus_next = use_mut_ref(|| None::<String>);
    let saver: SharedSaver = {
        let (client, draft, csrf, owner) =
            (account.client.clone(), props.id, props.csrf.to_string(), props.owner.to_string());
        let account = account.dispatch.clone();
        use_mut_ref(move || Saver {
            client,
            draft,
            csrf,
            owner,
            opened: None,
            account,
            version: 0,
            known: None,
            generation: 0,
            in_flight: false,
            queued: None,
            debounce: None,
            retry: None,
        })
    };
    let title_text = match (&catalogue.state, &*loaded) {
        (CatalogueState::Ready(catalogue), Some(Ok((_, service)))) => catalogue
            .services
            .iter()
            .find(|s| s.id.as_str() == service)
            .map(|s| s.name.get(lang).to_owned())
            .unwrap_or_else(|| service.clone()),
        _ => i18n.t("application-title-plain"),
    };
    use_document_title(title_text.clone());

    // Open: the draft, then its service's form.
    {
        let (loaded, answers, step, saver, save_state, problems) =
            (loaded.clone(), answers.clone(), step.clone(), saver.clone(), save_state.clone(), problems.clone());
        let (client, id, owner) = (account.client.clone(), props.id, props.owner.to_string());
        let profile = match &account.state {
            AccountState::SignedIn(signed_in) => Some(signed_in.profile.clone()),
            _ => None,
        };
        use_effect_with(id, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let local = draft_store::get(id, &owner).await;
                let opened = async {
                    let (draft, offline) = match (client.draft(id).await, local.clone()) {
                        (Ok(draft), _) => (draft, false),
                        // No connection: the browser's copy, as it was left.
                        (Err(ApiError::Network | ApiError::Timeout), Some(local)) => (local.draft, true),
                        (Err(error), _) => return Err(error),
                    };
                    let form = client.service_form(&draft.service_id).await?;
                    Ok::<_, ApiError>((draft, form, offline))
                };
                match opened.await {
                    Ok((draft, form, offline)) => {
                        saver.borrow_mut().version = draft.version;
                        saver.borrow_mut().known = Some(draft.answers.clone());
                        saver.borrow_mut().opened = Some(draft.clone());
                        let unsent = local.filter(|local| local.unsent && !offline);
                        let (at, start) = match &unsent {
                            Some(local) => (&local.draft.step, local.draft.answers.clone()),
                            None => (&draft.step, draft.answers.clone()),
                        };
                        let at = form.steps.iter().position(|s| &s.id == at).unwrap_or(0);
                        let fresh = draft.answers.is_empty() && draft.version == 1 && unsent.is_none();
                        // A new draft starts with the cabinet's data (editable):
                        // `portal_model::prefill`.
                        let start = match (&profile, fresh) {
                            (Some(profile), true) => form.prefilled(profile),
                            _ => start,
                        };
                        let save =
                            DraftSave { base_version: 0, step: form.steps[at].id.clone(), answers: start.clone() };
                        match unsent {
                            // Changes made here since the server's version moved on.
                            // Until the user chooses, saves stay based on the old version
                            // (and are refused), so nothing overwrites the newer one.
                            Some(local) if local.draft.version != draft.version => {
                                saver.borrow_mut().version = local.draft.version;
                                saver.borrow_mut().known = None;
                                save_state.set(SaveState::Conflict);
                            }
                            // Changes the server has not seen yet (or the prefill) go now.
                            Some(_) => send(&saver, save, save_state, problems),
                            None if fresh => send(&saver, save, save_state, problems),
                            None if offline => save_state.set(SaveState::Offline),
                            None => {}
                        }
                        answers.set(start);
                        step.set(at);
                        loaded.set(Some(Ok((Rc::new(form), draft.service_id))));
                    }
                    Err(error) => loaded.set(Some(Err(error.message_id()))),
                }
            });
        });
    }
    // A session again (the API answers after being unreachable): the
    // changes made meanwhile go.
    {
        let (saver, answers, step, save_state, problems, loaded) =
            (saver.clone(), answers.clone(), step.clone(), save_state.clone(), problems.clone(), loaded.clone());
        use_effect_with(props.csrf.clone(), move |csrf| {
            let was_offline = saver.borrow().csrf.is_empty();
            saver.borrow_mut().csrf = csrf.to_string();
            if let (true, false, Some(Ok((form, _)))) = (was_offline, csrf.is_empty(), &*loaded) {
                let save = DraftSave { base_version: 0, step: step_id(form, *step), answers: (*answers).clone() };
                send(&saver, save, save_state, problems);
            }
        });
    }
    // A conflict: read the version saved elsewhere (again when the
    // connection failed meanwhile: the indicator keeps saying «Конфлікт»).
    {
        let (theirs, client, id) = (theirs.clone(), account.client.clone(), props.id);
        use_effect_with(*save_state == SaveState::Conflict, move |conflict| {
            if *conflict {
                wasm_bindgen_futures::spawn_local(async move {
                    if let Ok(saved) = client.draft(id).await {
                        theirs.set(Some(saved));
                    }
                });
            } else {
                theirs.set(None);
            }
        });
    }
    // After a step change: focus the asked control, or the step's heading.
    {
        let (heading, focus_next) = (heading.clone(), focus_next.clone());
        use_effect_with(*step, move |_| {
            let target = focus_next.borrow_mut().take();
            if !target.is_some_and(|id| focus_by_id(&id))
                && let Some(heading) = heading.cast::<web_sys::HtmlElement>()
            {
                let _ = heading.focus();
            }
        });
    }

    let Some(result) = &*loaded else { return html! { <Loading /> } };
    let (form, _) = match result {
        Ok(loaded) => loaded.clone(),
        Err(id) => {
            return html! { <div class="ep-page"><p role="alert" class="ep-error">{ "✖ " }{ i18n.t(id) }</p></div> };
        }
    };
    let total = form.steps.len() + 1;
    let at = (*step).min(form.steps.len());
    let on_review = at == form.steps.len();

    // A change: the answer at a path; its own format checked at once.
    let on_change = {
        let (answers, saver, save_state, problems, form) =
            (answers.clone(), saver.clone(), save_state.clone(), problems.clone(), form.clone());
        let step_now = step_id(&form, at);
        Callback::from(move |(path, value): (String, Value)| {
            let mut next = (*answers).clone();
            set_answer(&mut next, &path, value);
            // A problem shown for this field goes as soon as it is right (or
            // says what is wrong now); none is shown while it is typed the
            // first time: that waits until the person leaves the field.
            problems
                .dispatch(ProblemsAction::Typed { path: path.clone(), step: form.problems(&next, Scope::Step(at)) });
            answers.set(next.clone());
            save_state.set(SaveState::Pending);
            let unsent = DraftSave { base_version: 0, step: step_now.clone(), answers: next.clone() };
            keep_locally(&saver, &unsent, true);
            let mut s = saver.borrow_mut();
            s.generation += 1;
            let (timer_saver, timer_state, timer_problems, step_now) =
                (saver.clone(), save_state.clone(), problems.clone(), step_now.clone());
            s.debounce = Some(Timeout::new(SAVE_AFTER_MS, move || {
                let save = DraftSave { base_version: 0, step: step_now, answers: next };
                send(&timer_saver, save, timer_state, timer_problems);
            }));
        })
    };
    // Saves now, as left at the step with this index.
    let save_at = {
        let (answers, saver, save_state, problems, form) =
            (answers.clone(), saver.clone(), save_state.clone(), problems.clone(), form.clone());
        Callback::from(move |index: usize| {
            saver.borrow_mut().debounce = None;
            let save = DraftSave { base_version: 0, step: step_id(&form, index), answers: (*answers).clone() };
            send(&saver, save, save_state.clone(), problems.clone());
        })
    };
    let save_now = save_at.reform(move |_: ()| at);
    // Leaving a field: its format problem, if any, shows now.
    let on_leave = {
        let (answers, problems, form) = (answers.clone(), problems.clone(), form.clone());
        Callback::from(move |e: FocusEvent| {
            let Some(path) = events::control_path(e.target()) else { return };
            let (format, step) = (form.problems(&answers, Scope::Draft), form.problems(&answers, Scope::Step(at)));
            problems.dispatch(ProblemsAction::Left { path, format, step });
        })
    };
    let go_to = {
        let (step, focus_next, save_at, summary_open) =
            (step.clone(), focus_next.clone(), save_at.clone(), summary_open.clone());
        Callback::from(move |(index, focus): (usize, Option<String>)| {
            summary_open.set(false);
            *focus_next.borrow_mut() = focus;
            save_at.emit(index);
            step.set(index);
        })
    };
    let next = {
        let (answers, problems, focus_after, form, go_to, summary_open) =
            (answers.clone(), problems.clone(), focus_after.clone(), form.clone(), go_to.clone(), summary_open.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let found = form.problems(&answers, Scope::Step(at));
            if found.is_empty() {
                problems.dispatch(ProblemsAction::All(Vec::new()));
                go_to.emit((at + 1, None));
            } else {
                // Every press: the summary, drawn anew, takes focus.
                problems.dispatch(ProblemsAction::All(found));
                summary_open.set(true);
                focus_after.request(SUMMARY_ID);
            }
        })
    };
    let back = {
        let (go_to, problems) = (go_to.clone(), problems.clone());
        Callback::from(move |_: MouseEvent| {
            problems.dispatch(ProblemsAction::All(Vec::new()));
            go_to.emit((at.saturating_sub(1), None));
        })
    };
    // A conflict: the saved version beside this page's answers, until the
    // user has chosen per field or whole.
    let on_choose = {
        let (answers, saver, save_state, problems, theirs, focus_after) =
            (answers.clone(), saver.clone(), save_state.clone(), problems.clone(), theirs.clone(), focus_after.clone());
        let step_now = step_id(&form, at);
        Callback::from(move |chosen: Answers| {
            let Some(saved) = &*theirs else { return };
            saver.borrow_mut().version = saved.version;
            saver.borrow_mut().known = Some(saved.answers.clone());
            let save = DraftSave { base_version: 0, step: step_now.clone(), answers: chosen.clone() };
            keep_locally(&saver, &save, true);
            answers.set(chosen);
            theirs.set(None);
            // Back to the form, from its top.
            focus_after.request(HEADING_ID);
            send(&saver, save, save_state.clone(), problems.clone());
        })
    };

    // The summary of problems, each a link to its field.
    let field_label = |path: &str| {
        let id = path.split('.').next().unwrap_or(path);
        form.steps.iter().flat_map(|s| &s.fields).find(|f| f.id == id).map(|f| f.label.get(lang).to_owned())
    };
    // (A save the API refused shows its problems there too: they may be on another step.)
    let refused = *save_state == SaveState::Failed("error-invalid-fields");
    let summary_view = ((*summary_open || refused) && !problems.0.is_empty()).then(|| {
        let items = problems.0.iter().map(|problem| {
            let label = field_label(&problem.field).unwrap_or_else(|| problem.field.clone());
            let message =
                form.field_at(&problem.field).map(|f| i18n.t(problem_id(&f.kind, problem.code))).unwrap_or_default();
            html! {
                <li>
                    <a href={format!("#{}", control_id(&problem.field))} data-action="show" data-path={problem.field.clone()}>
                        { label }{ ": " }{ message }
                    </a>
                </li>
            }
        });
        html! {
            <div id={SUMMARY_ID} class="ep-error-summary" role="alert" tabindex="-1">
                <h2>{ i18n.t("application-errors-title") }</h2>
                <ul>{ for items }</ul>
            </div>
        }
    });
    // Every button and link of the page that names a `data-action`.
    let on_click = {
        let (on_change, go_to, form, client, csrf, draft) =
            (on_change.clone(), go_to.clone(), form.clone(), account.client.clone(), props.csrf.to_string(), props.id);
        let (focus_after, answers) = (focus_after.clone(), answers.clone());
        Callback::from(move |e: MouseEvent| {
            let Some(action) = events::action_of(e.target()) else { return };
            e.prevent_default();
            match action {
                // The new record's first field takes focus.
                events::Action::Add(path) => {
                    if let Some(id) = first_control_of(&form, &path) {
                        focus_after.request(id);
                    }
                    on_change.emit((path, json!({})))
                }
                // Focus goes to the record that takes the removed one's
                // place, or to «Додати ще запис» after the last.
                events::Action::Remove(path) => {
                    focus_after.request(after_removal(&form, &answers, &path));
                    on_change.emit((path, Value::Null))
                }
                events::Action::RemoveFile(path, file) => {
                    let (client, csrf, on_change) = (client.clone(), csrf.clone(), on_change.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        // Gone on the server or not, the answer no longer names it.
                        let _ = client.remove_attachment(draft, file, &csrf).await;
                        on_change.emit((path, Value::Null));
                    });
                }
                events::Action::Show(path) => {
                    let index = form.step_of(&path).unwrap_or(at);
                    if index == at {
                        focus_by_id(&control_id(&path));
                    } else {
                        go_to.emit((index, Some(control_id(&path))));
                    }
                }
            }
        })
    };
    // Typing, choosing, ticking: one listener for every control of the step.
    let on_input = {
        let (on_change, answers) = (on_change.clone(), answers.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(change) = events::answer_of(e.target(), &answers) {
                on_change.emit(change);
            }
        })
    };
    // A file chosen: uploaded at once; the API's answer becomes the field's.
    let on_file = {
        let (on_change, uploading, upload_failed) = (on_change.clone(), uploading.clone(), upload_failed.clone());
        let (client, csrf, draft) = (account.client.clone(), props.csrf.to_string(), props.id);
        Callback::from(move |e: Event| {
            let Some((path, file)) = events::chosen_file(e.target()) else { return };
            // Too big: said at once, nothing sent.
            if file.size() > portal_model::draft::MAX_ATTACHMENT_BYTES as f64 {
                upload_failed.set(Some((path, "error-file-too-large")));
                return;
            }
            let (on_change, uploading, upload_failed, client, csrf) =
                (on_change.clone(), uploading.clone(), upload_failed.clone(), client.clone(), csrf.clone());
            uploading.set(Some((path.clone(), 0)));
            upload_failed.set(None);
            let progress = {
                let (uploading, path) = (uploading.clone(), path.clone());
                move |sent| uploading.set(Some((path.clone(), sent)))
            };
            wasm_bindgen_futures::spawn_local(async move {
                match client.attach_file(draft, &path, &file, &csrf, progress).await {
                    Ok(info) => on_change.emit((path, info.to_answer())),
                    Err(ApiError::Status { code: ErrorCode::PayloadTooLarge, .. }) => {
                        upload_failed.set(Some((path, "error-file-too-large")))
                    }
                    Err(error) => upload_failed.set(Some((path, error.message_id()))),
                }
                uploading.set(None);
            });
        })
    };

    let conflict = match (&*theirs, *save_state == SaveState::Conflict) {
        (Some(saved), true) => Some(html! {
            <ConflictChoice form={form.clone()} mine={(*answers).clone()} theirs={saved.answers.clone()} {on_choose} />
        }),
        _ => None,
    };
    let step_title = if on_review { i18n.t("application-review") } else { form.steps[at].title.get(lang).to_owned() };
    let step_of =
        i18n.t_args("application-step-of", &[("n", FluentValue::from(at + 1)), ("total", FluentValue::from(total))]);
    let body = if let Some(conflict) = conflict {
        conflict
    } else if on_review {
        let missing = form.problems(&answers, Scope::Submit);
        html! {
            <>
                if !missing.is_empty() {
                    <p class="ep-note">{ i18n.t_args("application-review-missing", &[("count", FluentValue::from(missing.len()))]) }</p>
                }
                { review(&i18n, &form, &answers, true) }
                { review::dropped(&i18n, &form, &answers) }
                <div class="ep-form-nav">
                    <button type="button" class="ep-button" onclick={back}>{ i18n.t("application-back") }</button>
                    <SubmitApplication client={account.client.clone()} csrf={props.csrf.clone()} draft={props.id}
                        owner={props.owner.clone()} base_version={saver.borrow().version}
                        ready={missing.is_empty() && *save_state == SaveState::Saved && !props.csrf.is_empty()} />
                </div>
            </>
        }
    } else {
        let current = &form.steps[at];
        let cx = FieldContext {
            i18n: &i18n,
            answers: &answers,
            problems: &problems.0,
            uploading: uploading.as_ref().map(|(path, sent)| (path.as_str(), *sent)),
            upload_failed: upload_failed.as_ref().map(|(path, id)| (path.as_str(), *id)),
        };
        html! {
            <form onsubmit={next} oninput={on_input} onchange={on_file} onfocusout={on_leave} novalidate=true>
                { step_fields(&cx, &current.fields) }
                <div class="ep-form-nav">
                    if at > 0 {
                        <button type="button" class="ep-button" onclick={back}>{ i18n.t("application-back") }</button>
                    }
                    <button type="submit" class="ep-button ep-button-primary">
                        { i18n.t(if at + 1 == form.steps.len() { "application-to-review" } else { "application-next" }) }
                    </button>
                </div>
            </form>
        }
    };
    html! {
        <div class="ep-page ep-application" onclick={on_click}>
            <h1>{ title_text }</h1>
            { save_state_view(&i18n, *save_state, !props.owner.is_empty(), save_now) }
            <ol class="ep-steps" aria-label={i18n.t("application-steps")}>
                { for form.steps.iter().map(|s| s.title.get(lang).to_owned()).chain([i18n.t("application-review")]).enumerate().map(|(n, name)| html! {
                    <li aria-current={(n == at).then_some("step")} class={classes!((n == at).then_some("ep-step-current"))}>
                        { if n < at { "✔ " } else { "" } }{ name }
                    </li>
                }) }
            </ol>
            <h2 id={HEADING_ID} tabindex="-1" ref={heading}>
                <span class="ep-step-of">{ step_of }{ ": " }</span>{ step_title }
            </h2>
            { summary_view.unwrap_or_default() }
            { body }
        </div>
    }
}
