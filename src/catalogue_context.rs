//! The catalogue, loaded once for the whole app and shared through a context:
//! every page reads it, and a failed load can be retried from any page.

use crate::api_client::{ApiClient, ApiError};
use portal_model::Catalogue;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub enum CatalogueState {
    Loading,
    Ready(Rc<Catalogue>),
    Failed(ApiError),
}

#[derive(Clone, PartialEq)]
pub struct CatalogueContext {
    pub state: CatalogueState,
    pub retry: Callback<()>,
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
    // Bumped by "retry": each value starts one load.
    let attempt = use_state(|| 0u32);
    {
        let state = state.clone();
        let client = props.client.clone();
        use_effect_with(*attempt, move |_| {
            state.set(CatalogueState::Loading);
            wasm_bindgen_futures::spawn_local(async move {
                state.set(match client.catalogue().await {
                    Ok(catalogue) => CatalogueState::Ready(Rc::new(catalogue)),
                    Err(error) => CatalogueState::Failed(error),
                });
            });
        });
    }
    let retry = {
        let attempt = attempt.clone();
        use_callback((), move |_: (), _| attempt.set(*attempt + 1))
    };
    let context = CatalogueContext { state: (*state).clone(), retry };
    html! {
        <ContextProvider<CatalogueContext> {context}>
            { props.children.clone() }
        </ContextProvider<CatalogueContext>>
    }
}
