//! The catalogue, loaded once for the whole app and shared through a context:
//! every page reads it, and a failed load can be retried from any page.

use crate::api_client::{ApiClient, ApiError};
use crate::components::error_panel::ErrorPanel;
use crate::components::loading::Loading;
use portal_model::Catalogue;
use portal_search::SearchIndex;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub enum CatalogueState {
    Loading,
    Ready(Rc<Catalogue>),
    Failed(ApiError),
}

/// The search index, built once when the catalogue arrives (never per
/// keystroke). Equal when it is the same index.
#[derive(Clone)]
pub struct SharedIndex(pub Rc<SearchIndex>);

impl PartialEq for SharedIndex {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Clone, PartialEq)]
pub struct CatalogueContext {
    pub state: CatalogueState,
    pub index: Option<SharedIndex>,
    pub retry: Callback<()>,
}

impl CatalogueContext {
    /// The catalogue, once it is there.
    pub fn ready(&self) -> Option<&Rc<Catalogue>> {
        match &self.state {
            CatalogueState::Ready(catalogue) => Some(catalogue),
            _ => None,
        }
    }
}

#[hook]
pub fn use_catalogue() -> CatalogueContext {
    use_context::<CatalogueContext>().expect("pages are rendered inside CatalogueProvider")
}

#[derive(Properties, PartialEq)]
pub struct CatalogueProviderProps {
    pub client: ApiClient,
    pub children: Html,
}

#[function_component(CatalogueProvider)]
pub fn catalogue_provider(props: &CatalogueProviderProps) -> Html {
    let state = use_state(|| CatalogueState::Loading);
    let index = use_state(|| None::<SharedIndex>);
    // Bumped by "retry": each value starts one load.
    let attempt = use_state(|| 0u32);
    {
        let state = state.clone();
        let index = index.clone();
        let client = props.client.clone();
        use_effect_with(*attempt, move |_| {
            state.set(CatalogueState::Loading);
            wasm_bindgen_futures::spawn_local(async move {
                match client.catalogue().await {
                    Ok(catalogue) => {
                        index.set(Some(SharedIndex(Rc::new(SearchIndex::from_catalogue(&catalogue)))));
                        state.set(CatalogueState::Ready(Rc::new(catalogue)));
                    }
                    Err(error) => state.set(CatalogueState::Failed(error)),
                }
            });
        });
    }
    let retry = {
        let attempt = attempt.clone();
        use_callback((), move |_: (), _| attempt.set(*attempt + 1))
    };
    let context = CatalogueContext { state: (*state).clone(), index: (*index).clone(), retry };
    html! {
        <ContextProvider<CatalogueContext> {context}>
            { props.children.clone() }
        </ContextProvider<CatalogueContext>>
    }
}

/// Renders `ready` once the catalogue is there; until then a loading state,
/// and on failure a translated error with a retry.
pub fn with_catalogue(context: &CatalogueContext, ready: impl FnOnce(Rc<Catalogue>) -> Html) -> Html {
    match &context.state {
        CatalogueState::Loading => html! { <Loading /> },
        CatalogueState::Failed(error) => html! {
            <ErrorPanel message_id={error.message_id()} on_retry={context.retry.clone()} />
        },
        CatalogueState::Ready(catalogue) => ready(catalogue.clone()),
    }
}
