//! The facet panel: kind, department, job, year and source, each value with its live count,
//! and the event date range.

use crate::cards::index;
use crate::components::events::{Action, button};
use crate::components::markup::{Node, el};
use crate::filter::{Count, Results};
use crate::view_state::{ViewState, YearMonth};

/// One checkbox of a facet: the value as written in the URL, its label and live count.
struct Entry {
    value: String,
    label: String,
    count: usize,
}

fn entries<T>(counts: &[Count<T>], value: impl Fn(&T) -> String, label: impl Fn(&T) -> String) -> Vec<Entry> {
    counts.iter().map(|c| Entry { value: value(&c.value), label: label(&c.value), count: c.count }).collect()
}

/// One facet group of checkboxes; `key` is its URL key.
fn group(title: &'static str, key: &'static str, entries: Vec<Entry>, selected: &[(&str, String)]) -> Node {
    let items = entries.into_iter().enumerate().map(|(i, Entry { value, label, count })| {
        let checked = selected.iter().any(|(k, v)| *k == key && *v == value);
        // By position: labels may repeat (two sources with one title) or differ only in accents.
        let id = format!("f-{key}-{i}");
        el("li")
            .attr_if("class", (count == 0 && !checked).then_some("zero"))
            .child(
                el("input")
                    .attr("type", "checkbox")
                    .attr("id", id.clone())
                    .attr("name", key)
                    .attr("value", value)
                    .property("checked", checked),
            )
            .child(
                el("label")
                    .attr("for", id)
                    .child(el("span").class("name").text(label))
                    .child(el("span").class("count").text(count.to_string())),
            )
            .into()
    });
    el("fieldset")
        .class("facet")
        .attr("data-facet", key)
        .child(el("legend").text(title))
        .child(el("ul").children(items))
        .into()
}

/// The checkbox groups for these results, the current state's values checked.
fn groups(results: &Results, state: &ViewState) -> Vec<Node> {
    let idx = index();
    let selected = state.to_pairs();
    let same = |v: &&'static str| (*v).to_owned();
    let mut out = vec![group(
        "Kind",
        "kind",
        entries(&results.kinds, |k| k.key().to_owned(), |k| k.label().to_owned()),
        &selected,
    )];
    if !idx.departments.is_empty() {
        out.push(group("Department", "dept", entries(&results.departments, same, same), &selected));
    }
    if !idx.jobs.is_empty() {
        out.push(group("Job", "job", entries(&results.jobs, same, same), &selected));
    }
    if !idx.years.is_empty() {
        out.push(group("Year", "year", entries(&results.years, |y| format!("{y:04}"), |y| y.to_string()), &selected));
    }
    let source = |&d: &usize| &idx.kb.documents[d];
    out.push(group(
        "Source",
        "src",
        entries(&results.sources, |d| source(d).id.to_string(), |d| source(d).title.to_string()),
        &selected,
    ));
    out
}

/// The number of active facet values and date bounds.
fn active(s: &ViewState) -> usize {
    s.kinds.len()
        + s.departments.len()
        + s.jobs.len()
        + s.years.len()
        + s.sources.len()
        + usize::from(s.from.is_some())
        + usize::from(s.to.is_some())
}

/// A month input for one end of the date range; its `name` is the URL key it sets.
fn bound(label: &'static str, key: &'static str, value: Option<YearMonth>) -> Node {
    el("label")
        .text(label)
        .child(
            el("input")
                .attr("type", "month")
                .attr("name", key)
                .attr("data-testid", key)
                .property("value", value.map(YearMonth::to_param).unwrap_or_default()),
        )
        .into()
}

/// The facet panel; on narrow screens it folds behind a button unless `open`, so the cards
/// come first. Checkboxes carry their URL key and value as `name` and `value`.
pub fn facets(results: &Results, state: &ViewState, open: bool) -> Node {
    let toggle = match active(state) {
        0 => "Filters".to_owned(),
        n => format!("Filters ({n} active)"),
    };
    el("aside")
        .class(if open { "facets" } else { "facets folded" })
        .attr("aria-label", "Filters")
        .child(el("h2").class("sr-only").text("Filters"))
        .child(
            button(Action::Filters)
                .class("filters-toggle")
                .attr("aria-expanded", if open { "true" } else { "false" })
                .text(toggle),
        )
        .child(el("div").class("groups").children(groups(results, state)))
        .child(
            el("fieldset")
                .class("facet range")
                .child(el("legend").text("Event dates"))
                .child(bound("From ", "from", state.from))
                .child(bound("To ", "to", state.to)),
        )
        .into()
}
