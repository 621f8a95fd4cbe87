//! Text pages: the footer's questions and answers, instructions, how to
//! integrate, feedback.

use crate::components::document_title::use_document_title;
use crate::i18n::use_i18n;
use crate::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    Faq,
    Instructions,
    Integration,
    Feedback,
}

impl Topic {
    /// The Fluent id prefix: `<prefix>-title` and `<prefix>-p1`, `-p2`, ….
    fn prefix(self) -> &'static str {
        match self {
            Topic::Faq => "faq",
            Topic::Instructions => "instructions",
            Topic::Integration => "integration",
            Topic::Feedback => "feedback",
        }
    }

    fn paragraphs(self) -> usize {
        match self {
            Topic::Faq => 6,
            Topic::Instructions => 4,
            Topic::Integration => 3,
            Topic::Feedback => 2,
        }
    }
}

/// The host element a regional portal puts in its page to embed ours; the
/// stylesheet and module script lines come from the portal's own index.html
/// (their names carry a content hash that changes with each release).
const EMBED_SNIPPET: &str = r#"<div data-e-portal
     data-api-base="https://portal.example"
     data-lang="uk"
     data-theme="default"
     data-router="hash"></div>"#;

#[derive(Properties, PartialEq)]
pub struct InfoPageProps {
    pub topic: Topic,
}

#[function_component(InfoPage)]
pub fn info_page(props: &InfoPageProps) -> Html {
    let i18n = use_i18n();
    let prefix = props.topic.prefix();
    let title = i18n.t(&format!("{prefix}-title"));
    use_document_title(title.clone());
    html! {
        <article class="ep-page ep-prose">
            <h1>{ title }</h1>
            { for (1..=props.topic.paragraphs()).map(|n| html! {
                <p>{ i18n.t(&format!("{prefix}-p{n}")) }</p>
            }) }
            if props.topic == Topic::Integration {
                <pre><code>{ EMBED_SNIPPET }</code></pre>
            }
            <p><Link<Route> to={Route::Home}>{ i18n.t("back-to-catalogue") }</Link<Route>></p>
        </article>
    }
}
