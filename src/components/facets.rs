//! The facet panel: kind, department, job, year and source, each value with its live count,
//! and the event date range.

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::cards::index;
use crate::filter::{Count, Results};
use crate::url::Navigator;
use crate::view_state::{ViewState, YearMonth};

/// One checkbox of a facet, ready to render.
struct Entry {
    /// Shown name.
    label: String,
    /// Cards it would select.
    count: usize,
    /// Whether the value is selected now.
    checked: bool,
    /// Adds or removes the value.
    toggle: Box<dyn Fn(&mut ViewState) + Send + Sync>,
}

/// The entries of one facet: `pick` selects the state's set for it.
fn entries<T: Ord + Clone + Send + Sync + 'static>(
    counts: &[Count<T>],
    state: &mut ViewState,
    pick: fn(&mut ViewState) -> &mut BTreeSet<T>,
    label: impl Fn(&T) -> String,
) -> Vec<Entry> {
    let selected = pick(state);
    counts
        .iter()
        .map(|c| {
            let value = c.value.clone();
            Entry {
                label: label(&c.value),
                count: c.count,
                checked: selected.contains(&c.value),
                toggle: Box::new(move |s| {
                    let set = pick(s);
                    if !set.remove(&value) {
                        set.insert(value.clone());
                    }
                }),
            }
        })
        .collect()
}

/// String counts from the static ones, to match the state's sets of strings.
fn owned(counts: &[Count<&'static str>]) -> Vec<Count<String>> {
    counts.iter().map(|c| Count { value: c.value.to_owned(), count: c.count }).collect()
}

/// Source counts keyed by document id, as in the URL.
fn source_ids(counts: &[Count<usize>]) -> Vec<Count<String>> {
    counts.iter().map(|c| Count { value: index().kb.documents[c.value].id.to_string(), count: c.count }).collect()
}

/// The title of the document with this id.
fn source_title(id: &str) -> String {
    index().document(id).map(|i| index().kb.documents[i].title.to_string()).unwrap_or_default()
}

/// Builds a facet's entries from the results and the current state.
type Entries = Box<dyn Fn(&Results, &mut ViewState) -> Vec<Entry> + Send + Sync>;

/// One facet group of checkboxes (not generic, so the view is compiled once for all facets).
fn group(title: &'static str, name: &'static str, entries: Entries, results: Memo<Results>) -> impl IntoView {
    let nav = expect_context::<Navigator>();
    view! {
        <fieldset class="facet" data-facet=name>
            <legend>{title}</legend>
            <ul>
                {move || {
                    let mut state = nav.state.get();
                    results
                        .with(|r| entries(r, &mut state))
                        .into_iter()
                        .map(|Entry { label, count, checked, toggle }| {
                            let id = format!("f-{name}-{}", label.replace(|c: char| !c.is_ascii_alphanumeric(), "-"));
                            let toggle = std::sync::Arc::new(toggle);
                            view! {
                                <li class:zero=count == 0 && !checked>
                                    <input
                                        type="checkbox"
                                        id=id.clone()
                                        prop:checked=checked
                                        on:change=move |_| {
                                            let toggle = toggle.clone();
                                            nav.update(move |s| toggle(s))
                                        }
                                    />
                                    <label for=id>
                                        <span class="name">{label}</span>
                                        <span class="count">{count}</span>
                                    </label>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </fieldset>
    }
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
            {group("Kind", "kind", Box::new(|r, s| entries(&r.kinds, s, |s| &mut s.kinds, |k| k.label().to_owned())), results)}
            {(!index().departments.is_empty()).then(|| {
                group("Department", "dept", Box::new(|r, s| entries(&owned(&r.departments), s, |s| &mut s.departments, String::clone)), results)
            })}
            {(!index().jobs.is_empty()).then(|| {
                group("Job", "job", Box::new(|r, s| entries(&owned(&r.jobs), s, |s| &mut s.jobs, String::clone)), results)
            })}
            {(!index().years.is_empty()).then(|| {
                group("Year", "year", Box::new(|r, s| entries(&r.years, s, |s| &mut s.years, i16::to_string)), results)
            })}
            {group("Source", "src", Box::new(|r, s| entries(&source_ids(&r.sources), s, |s| &mut s.sources, |id| source_title(id))), results)}
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
