//! Text with the search matches marked; builds text nodes and `<mark>` elements, never HTML.

use leptos::prelude::*;

use crate::search::Query;

/// `text` with the words of the current search (the `Memo<Query>` in context) highlighted.
#[component]
pub fn Highlighted(#[prop(into)] text: String) -> impl IntoView {
    let query = expect_context::<Memo<Query>>();
    move || {
        let ranges = query.with(|q| q.ranges(&text));
        let mut parts = Vec::with_capacity(ranges.len() * 2 + 1);
        let mut at = 0;
        for (start, end) in ranges {
            parts.push(text[at..start].to_owned().into_any());
            parts.push(view! { <mark class="hit">{text[start..end].to_owned()}</mark> }.into_any());
            at = end;
        }
        parts.push(text[at..].to_owned().into_any());
        parts
    }
}
