//! The home page's grid: each category with its sub-categories (seed 001,
//! Fig. 1). Every name is a link to the category page.

use crate::i18n::use_i18n;
use crate::routes::Route;
use crate::theme::use_theme;
use portal_model::{AudienceId, Category};
use stylist::yew::styled_component;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CategoryGridProps {
    pub audience: AudienceId,
    pub categories: Vec<Category>,
}

#[styled_component(CategoryGrid)]
pub fn category_grid(props: &CategoryGridProps) -> Html {
    let i18n = use_i18n();
    let theme = use_theme();
    let grid = css!(
        r#"
        display: grid; gap: ${gap}; list-style: none; padding: 0; margin: 0;
        grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
        > li {
            background: ${surface}; border: 1px solid ${border}; border-radius: ${radius};
            padding: ${pad};
        }
        h2 { font-size: ${h3}; margin: 0 0 0.5rem; }
        ul { list-style: none; padding: 0; margin: 0; }
        ul li { margin: 0.25rem 0; }
        ul a { display: inline-block; padding: 0.25rem 0; }
        "#,
        gap = theme.space[2],
        surface = theme.colors.surface,
        border = theme.colors.border,
        radius = theme.radius,
        pad = theme.space[2],
        h3 = theme.font_size[2],
    );
    let lang = i18n.lang;
    html! {
        <ul class={grid}>
            { for props.categories.iter().map(|category| {
                let to = Route::Category { audience: props.audience, category: category.id.clone() };
                html! {
                    <li>
                        <h2><Link<Route> to={to.clone()}>{ category.name.get(lang) }</Link<Route>></h2>
                        <ul>
                            { for category.subcategories.iter().map(|sub| html! {
                                <li><Link<Route> to={to.clone()}>{ sub.name.get(lang) }</Link<Route>></li>
                            }) }
                        </ul>
                    </li>
                }
            }) }
        </ul>
    }
}
