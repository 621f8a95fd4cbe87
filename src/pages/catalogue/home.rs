//! Home: the audience switch and the category grid of that audience.

use crate::catalogue_context::use_catalogue;
use crate::catalogue_context::with_catalogue;
use crate::components::audience_switch::AudienceSwitch;
use crate::components::category_grid::CategoryGrid;
use crate::components::document_title::use_document_title;
use crate::i18n::use_i18n;
use portal_model::AudienceId;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HomeProps {
    pub audience: AudienceId,
}

#[function_component(Home)]
pub fn home(props: &HomeProps) -> Html {
    let i18n = use_i18n();
    let catalogue = use_catalogue();
    use_document_title(String::new());
    let audience = props.audience;
    html! {
        <div class="ep-page">
            <h1>{ i18n.t("home-title") }</h1>
            <p class="ep-lead">{ i18n.t("home-lead") }</p>
            { with_catalogue(&catalogue, |catalogue| {
                let categories = catalogue.grid_for(audience);
                html! {
                    <>
                        <AudienceSwitch current={audience} catalogue={catalogue.clone()} />
                        <CategoryGrid {audience} {categories} />
                    </>
                }
            }) }
        </div>
    }
}
