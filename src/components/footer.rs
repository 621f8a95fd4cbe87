//! Questions and answers, instructions, how to integrate, feedback (seed 001).

use crate::i18n::use_i18n;
use crate::routes::Route;
use crate::theme::use_theme;
use stylist::yew::styled_component;
use yew::prelude::*;
use yew_router::prelude::*;

#[styled_component(Footer)]
pub fn footer() -> Html {
    let i18n = use_i18n();
    let theme = use_theme();
    let style = css!(
        r#"
        background: ${bg}; color: ${fg}; margin-top: 3rem;
        a { color: ${fg}; }
        ul {
            max-width: 72rem; margin: 0 auto; padding: 1.5rem 1rem; list-style: none;
            display: flex; flex-wrap: wrap; gap: 0.75rem 2rem;
        }
        a { display: inline-block; padding: 0.5rem 0; }
        "#,
        bg = theme.colors.footer_bg,
        fg = theme.colors.on_footer,
    );
    let links = [
        (Route::Faq, "footer-faq"),
        (Route::Instructions, "footer-instructions"),
        (Route::Integration, "footer-integration"),
        (Route::Feedback, "footer-feedback"),
    ];
    html! {
        <footer class={style}>
            <nav aria-label={i18n.t("footer-nav-label")}>
                <ul>
                    { for links.into_iter().map(|(route, id)| html! {
                        <li><Link<Route> to={route}>{ i18n.t(id) }</Link<Route>></li>
                    }) }
                </ul>
            </nav>
        </footer>
    }
}
