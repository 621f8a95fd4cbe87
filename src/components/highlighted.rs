//! Text with the parts that matched a search marked with `<mark>`.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HighlightedProps {
    pub text: AttrValue,
    /// Byte ranges of `text`, in order, not overlapping.
    pub ranges: Vec<(usize, usize)>,
}

#[function_component(Highlighted)]
pub fn highlighted(props: &HighlightedProps) -> Html {
    let text = props.text.as_str();
    let mut parts = Vec::new();
    let mut at = 0;
    for &(start, end) in &props.ranges {
        if start < at || end > text.len() || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        parts.push(html! { { &text[at..start] } });
        parts.push(html! { <mark>{ &text[start..end] }</mark> });
        at = end;
    }
    parts.push(html! { { &text[at..] } });
    html! { <>{ for parts }</> }
}
