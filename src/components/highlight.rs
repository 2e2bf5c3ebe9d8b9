//! Text with the search matches marked: text nodes and `<mark>` elements, never HTML.

use std::borrow::Cow;
use std::sync::Arc;

use leptos::prelude::*;

use crate::components::page::use_page;

/// `text` cut into runs, each marked when it is one of `ranges` (a query's matches).
pub fn runs<'t>(text: &'t str, ranges: &[(usize, usize)]) -> Vec<(&'t str, bool)> {
    let mut runs = Vec::new();
    let mut at = 0;
    for &(start, end) in ranges {
        runs.push((text.get(at..start).unwrap_or_default(), false));
        runs.push((text.get(start..end).unwrap_or_default(), true));
        at = end;
    }
    runs.push((text.get(at..).unwrap_or_default(), false));
    runs.retain(|(run, _)| !run.is_empty());
    runs
}

/// `text`, its matches of the current search marked as the search changes; re-rendered only
/// when its own matches do, not at every keystroke.
#[component]
pub fn Highlighted(#[prop(into)] text: Cow<'static, str>) -> impl IntoView {
    let query = use_page().query;
    let text = Arc::<str>::from(text);
    let matched = text.clone();
    let ranges = Memo::new(move |_| query.with(|q| q.ranges(&matched)));
    move || {
        ranges.with(|ranges| {
            runs(&text, ranges)
                .into_iter()
                .map(|(run, hit)| {
                    let run = run.to_owned();
                    if hit { view! { <mark class="hit">{run}</mark> }.into_any() } else { run.into_any() }
                })
                .collect_view()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::Query;

    #[test]
    fn runs_rejoin_to_the_text_and_mark_the_matches() {
        let query = Query::new("ali");
        let text = "Alice and Ali Baba";
        let runs = runs(text, &query.ranges(text));
        assert_eq!(runs.iter().map(|(r, _)| *r).collect::<String>(), text);
        assert_eq!(runs.iter().filter(|(_, hit)| *hit).map(|(r, _)| *r).collect::<Vec<_>>(), ["Ali", "Ali"]);
        assert_eq!(super::runs("plain", &Query::new("").ranges("plain")), [("plain", false)]);
    }
}
