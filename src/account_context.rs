//! Who is signed in, for the whole app: asked of the API once at start,
//! then changed only by the named [`AccountAction`]s (sign-in, sign-out, a
//! changed profile), so what can happen to it is written in one place.

use crate::api_client::{ApiClient, ApiError};
use crate::draft_store;
use crate::lang_store;
use crate::public_computer;
use crate::routes::Route;
use crate::routes::SignInQuery;
use crate::service_worker;
use portal_model::account::{Profile, SignedIn};
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

// (One value for the whole app, kept in an `Rc` by the reducer: boxing the
// signed-in variant would save nothing.)
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum AccountState {
    /// Not known yet (the first `GET /api/me` is under way).
    Unknown,
    SignedOut,
    SignedIn(SignedIn),
    /// The API cannot be reached (offline, or the server is down): asked
    /// again every few seconds. An application keeps working on the
    /// browser's copy meanwhile.
    Unreachable,
}

/// How often an unreachable API is asked again who is signed in.
const RETRY_ME_MS: u32 = 5_000;

/// What can happen to who is signed in.
#[derive(Clone, Debug, PartialEq)]
pub enum AccountAction {
    /// `GET /api/me` answered: someone, or nobody (also when a session has
    /// ended under a page).
    Known(Option<SignedIn>),
    /// `GET /api/me` got no answer.
    Unreachable,
    /// Signed in (by password, identifier, or a link that signs in).
    SignedIn(SignedIn),
    /// Signed out here or everywhere, or the cabinet was deleted.
    SignedOut,
    /// The profile changed (personal data saved); the session goes on.
    ProfileChanged(Profile),
}

impl Reducible for AccountState {
    type Action = AccountAction;

    fn reduce(self: Rc<Self>, action: AccountAction) -> Rc<Self> {
        Rc::new(match (action, &*self) {
            (AccountAction::Known(Some(signed_in)) | AccountAction::SignedIn(signed_in), _) => {
                AccountState::SignedIn(signed_in)
            }
            (AccountAction::Known(None) | AccountAction::SignedOut, _) => AccountState::SignedOut,
            (AccountAction::Unreachable, AccountState::Unknown | AccountState::Unreachable) => {
                AccountState::Unreachable
            }
            // A session already known stays: the next request tells.
            (AccountAction::Unreachable, _) => return self,
            (AccountAction::ProfileChanged(profile), AccountState::SignedIn(signed_in)) => {
                AccountState::SignedIn(SignedIn { profile, ..signed_in.clone() })
            }
            // A profile from a session that has ended meanwhile: no change.
            (AccountAction::ProfileChanged(_), _) => return self,
        })
    }
}

#[derive(Clone, PartialEq)]
pub struct AccountContext {
    pub state: AccountState,
    pub client: ApiClient,
    /// Changes who is signed in; see [`AccountAction`].
    pub dispatch: Callback<AccountAction>,
    /// Unread notifications of the signed-in user, for the header.
    pub unread: Option<u32>,
    /// Asks the API for the unread count again (after one is opened).
    pub refresh_unread: Callback<()>,
}

#[hook]
pub fn use_account() -> AccountContext {
    use_context::<AccountContext>().expect("rendered inside AccountProvider")
}

#[derive(Properties, PartialEq)]
pub struct AccountProviderProps {
    pub client: ApiClient,
    pub children: Html,
}

#[function_component(AccountProvider)]
pub fn account_provider(props: &AccountProviderProps) -> Html {
    let state = use_reducer(|| AccountState::Unknown);
    let dispatch = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: AccountAction, _| {
            match &action {
                // Signing out leaves no draft behind in this browser, and on
                // a public computer nothing at all.
                AccountAction::SignedOut | AccountAction::Known(None) if public_computer::is_on() => {
                    public_computer::set(false);
                    public_computer::wipe();
                }
                AccountAction::SignedOut => {
                    draft_store::forget_owner();
                    wasm_bindgen_futures::spawn_local(draft_store::forget_all());
                    // The sign-out answer cleared the site's storage
                    // (`Clear-Site-Data`): on a computer of one's own, the
                    // language chosen and the offline app come back.
                    lang_store::remember_choice_again();
                    service_worker::register_again();
                }
                AccountAction::Known(Some(signed_in)) | AccountAction::SignedIn(signed_in) => {
                    public_computer::set(signed_in.public_computer);
                    if !signed_in.public_computer {
                        draft_store::remember_owner(&signed_in.profile.email);
                    }
                }
                _ => {}
            }
            dispatcher.dispatch(action)
        })
    };
    {
        // Who is signed in: at start, and again every few seconds while the
        // API cannot be reached.
        let dispatch = dispatch.clone();
        let client = props.client.clone();
        let unreachable = *state == AccountState::Unreachable;
        use_effect_with(unreachable, move |unreachable| {
            let ask = move || {
                let (dispatch, client) = (dispatch.clone(), client.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    dispatch.emit(match client.me().await {
                        Ok(known) => AccountAction::Known(known),
                        Err(ApiError::Network | ApiError::Timeout) => AccountAction::Unreachable,
                        Err(_) => AccountAction::Known(None),
                    });
                });
            };
            let retry = if *unreachable {
                Some(gloo::timers::callback::Interval::new(RETRY_ME_MS, ask))
            } else {
                ask();
                None
            };
            move || drop(retry)
        });
    }
    let unread = use_state(|| None::<u32>);
    let refresh_unread = {
        let (unread, client) = (unread.clone(), props.client.clone());
        use_callback((), move |_: (), _| {
            let (unread, client) = (unread.clone(), client.clone());
            wasm_bindgen_futures::spawn_local(async move {
                unread.set(client.unread_notifications().await.ok().map(|count| count.unread));
            });
        })
    };
    {
        // Whenever someone signs in (or out), the count is theirs (or none).
        let (unread, refresh) = (unread.clone(), refresh_unread.clone());
        let signed_in = matches!(*state, AccountState::SignedIn(_));
        use_effect_with(signed_in, move |signed_in| {
            if *signed_in {
                refresh.emit(());
            } else {
                unread.set(None);
            }
        });
    }
    let context = AccountContext {
        state: (*state).clone(),
        client: props.client.clone(),
        dispatch,
        unread: *unread,
        refresh_unread,
    };
    html! {
        <ContextProvider<AccountContext> {context}>{ props.children.clone() }</ContextProvider<AccountContext>>
    }
}

/// For pages only a signed-in user may see: once it is known that nobody is
/// signed in, go to sign-in, which brings the user back to `here`.
#[hook]
pub fn use_require_sign_in(here: Route) -> AccountContext {
    let account = use_account();
    let navigator = use_navigator();
    let signed_out = account.state == AccountState::SignedOut;
    use_effect_with(signed_out, move |signed_out| {
        if let (true, Some(navigator)) = (*signed_out, navigator) {
            let _ = navigator.replace_with_query(&Route::SignIn, &SignInQuery { next: here.to_path() });
        }
    });
    account
}

/// What a cabinet page loads: not yet, loaded, or the Fluent id of why not.
pub type Loaded<T> = Option<Result<T, &'static str>>;

/// Loads a cabinet resource once the user is known to be signed in; the
/// callback loads it again (after a change, or for «retry»).
#[hook]
pub fn use_signed_in_resource<T, F, Fut>(fetch: F) -> (UseStateHandle<Loaded<T>>, Callback<()>)
where
    T: 'static,
    F: Fn(crate::api_client::ApiClient) -> Fut + 'static,
    Fut: std::future::Future<Output = Result<T, crate::api_client::ApiError>> + 'static,
{
    let account = use_account();
    let resource = use_state(|| None::<Result<T, &'static str>>);
    let fetch = std::rc::Rc::new(fetch);
    let reload = {
        let (resource, client) = (resource.clone(), account.client.clone());
        Callback::from(move |_: ()| {
            let (resource, client, fetch) = (resource.clone(), client.clone(), fetch.clone());
            wasm_bindgen_futures::spawn_local(async move {
                resource.set(Some(fetch(client).await.map_err(|e| e.message_id())));
            });
        })
    };
    {
        let reload = reload.clone();
        let signed_in = matches!(account.state, AccountState::SignedIn(_));
        let unreachable = account.state == AccountState::Unreachable;
        let resource = resource.clone();
        use_effect_with((signed_in, unreachable), move |(signed_in, unreachable)| {
            if *signed_in {
                reload.emit(());
            } else if *unreachable {
                resource.set(Some(Err(ApiError::Network.message_id())));
            }
        });
    }
    (resource, reload)
}
