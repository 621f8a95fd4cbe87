//! Українська / Беларуская / English: each name in its own language, the
//! current one marked for screen readers with `aria-pressed`.

use crate::i18n::use_i18n;
use portal_model::Lang;
use stylist::yew::styled_component;
use yew::prelude::*;

#[styled_component(LanguageSwitch)]
pub fn language_switch() -> Html {
    let i18n = use_i18n();
    let list = css!(
        r#"
        display: flex; flex-wrap: wrap; gap: 0.25rem; list-style: none; margin: 0; padding: 0;
        button {
            font: inherit; font-size: 0.9375rem; color: inherit; background: transparent;
            border: 1px solid transparent; border-radius: 4px; padding: 0.375rem;
            cursor: pointer; min-height: 2.75rem; min-width: 2.75rem;
        }
        button[aria-pressed="true"] { border-color: currentColor; font-weight: 700; }
        button:hover { text-decoration: underline; }
        "#
    );
    html! {
        <nav aria-label={i18n.t("language-switch-label")}>
            <ul class={list}>
                { for Lang::ALL.iter().map(|lang| {
                    let lang = *lang;
                    let pressed = lang == i18n.lang;
                    let onclick = {
                        let i18n = i18n.clone();
                        move |_| i18n.set_lang(lang)
                    };
                    html! {
                        <li>
                            <button type="button" lang={lang.code()} aria-pressed={pressed.to_string()}
                                    data-lang={lang.code()} {onclick}>
                                { lang.native_name() }
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
