//! The facet panel: kind, department, job, year and source, each value with its live count,
//! and the event date range.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::cards::index;
use crate::components::markup::{Node, el, render};
use crate::filter::{Count, Results};
use crate::url::Navigator;
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

/// One facet group of checkboxes; `key` is its URL key. Each checkbox carries the key and value
/// as its form `name` and `value`, and one change handler on the panel toggles them.
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

/// The facet panel.
#[component]
pub fn Facets(results: Memo<Results>) -> impl IntoView {
    let nav = expect_context::<Navigator>();
    let set_bound = move |to: bool, value: String| {
        nav.update(|s| {
            let bound = YearMonth::parse(&value);
            if to { s.to = bound } else { s.from = bound }
        })
    };
    let toggle = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let (key, value) = (input.name(), input.value());
        nav.update(|s| *s = s.toggled(&key, &value));
    };
    // On narrow screens the facets fold behind a button so the cards come first.
    let unfolded = RwSignal::new(false);
    let active = move || {
        nav.state.with(|s| {
            s.kinds.len()
                + s.departments.len()
                + s.jobs.len()
                + s.years.len()
                + s.sources.len()
                + usize::from(s.from.is_some())
                + usize::from(s.to.is_some())
        })
    };
    let bound =
        move |to: bool| nav.state.with(|s| if to { s.to } else { s.from }).map(|b| b.to_param()).unwrap_or_default();
    view! {
        <aside class="facets" class:folded=move || !unfolded.get() aria-label="Filters">
            <h2 class="sr-only">"Filters"</h2>
            <button
                type="button"
                class="filters-toggle"
                aria-expanded=move || unfolded.get().to_string()
                on:click=move |_| unfolded.update(|u| *u = !*u)
            >
                {move || match active() {
                    0 => "Filters".to_owned(),
                    n => format!("Filters ({n} active)"),
                }}
            </button>
            <div class="groups" on:change=toggle>
                {move || nav.state.with(|s| results.with(|r| render(groups(r, s))))}
            </div>
            <fieldset class="facet range">
                <legend>"Event dates"</legend>
                <label>
                    "From "
                    <input type="month" data-testid="from" prop:value=move || bound(false)
                        on:change=move |ev| set_bound(false, event_target_value(&ev))/>
                </label>
                <label>
                    "To "
                    <input type="month" data-testid="to" prop:value=move || bound(true)
                        on:change=move |ev| set_bound(true, event_target_value(&ev))/>
                </label>
            </fieldset>
        </aside>
    }
}
