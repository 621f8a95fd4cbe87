//! A clear, translated error with a way out: a retry button when the caller
//! gives one.

use crate::i18n::use_i18n;
use crate::theme::use_theme;
use stylist::yew::styled_component;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ErrorPanelProps {
    /// Fluent id of the explanation.
    pub message_id: AttrValue,
    #[prop_or_default]
    pub on_retry: Option<Callback<()>>,
}

#[styled_component(ErrorPanel)]
pub fn error_panel(props: &ErrorPanelProps) -> Html {
    let i18n = use_i18n();
    let theme = use_theme();
    let panel = css!(
        r#"
        border: 2px solid ${danger}; border-left-width: 0.5rem; border-radius: ${radius};
        padding: ${pad}; margin: ${pad} 0; background: ${bg};
        h2 { margin-top: 0; font-size: ${h3}; }
        "#,
        danger = theme.colors.danger,
        radius = theme.radius,
        pad = theme.space[2],
        bg = theme.colors.background,
        h3 = theme.font_size[2],
    );
    let retry = props.on_retry.clone().map(|on_retry| {
        html! {
            <button type="button" class="ep-button" onclick={move |_| on_retry.emit(())}>
                { i18n.t("retry") }
            </button>
        }
    });
    html! {
        <div class={panel} role="alert">
            <h2>{ "⚠ " }{ i18n.t("error-title") }</h2>
            <p>{ i18n.t(&props.message_id) }</p>
            { for retry }
        </div>
    }
}
