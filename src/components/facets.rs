//! The facet panel: kind, department, job, year and source, each value with its live count,
//! and the event date range.

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::cards::index;
use crate::filter::{Count, Results};
use crate::url::Navigator;
use crate::view_state::{ViewState, YearMonth};

/// One facet group of checkboxes; `pick` selects the state's set for this facet.
fn group<T: Ord + Clone + Send + Sync + 'static>(
    title: &'static str,
    name: &'static str,
    counts: impl Fn(&Results) -> Vec<(T, String, usize)> + Send + Sync + 'static,
    pick: fn(&mut ViewState) -> &mut BTreeSet<T>,
    results: Memo<Results>,
) -> impl IntoView {
    let nav = expect_context::<Navigator>();
    view! {
        <fieldset class="facet" data-facet=name>
            <legend>{title}</legend>
            <ul>
                {move || {
                    results
                        .with(|r| counts(r))
                        .into_iter()
                        .map(|(value, label, count)| {
                            let v = value.clone();
                            let checked = nav.state.with_untracked(|s| pick(&mut s.clone()).contains(&v));
                            let id = format!("f-{name}-{}", label.replace(|c: char| !c.is_ascii_alphanumeric(), "-"));
                            let toggle = move |_| {
                                let value = value.clone();
                                nav.update(move |s| {
                                    let set = pick(s);
                                    if !set.remove(&value) {
                                        set.insert(value);
                                    }
                                })
                            };
                            view! {
                                <li class:zero=count == 0 && !checked>
                                    <input type="checkbox" id=id.clone() prop:checked=checked on:change=toggle/>
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

fn listed<T: Clone>(counts: &[Count<T>], label: impl Fn(&T) -> String) -> Vec<(T, String, usize)> {
    counts.iter().map(|c| (c.value.clone(), label(&c.value), c.count)).collect()
}

/// The facet panel.
#[component]
pub fn Facets(results: Memo<Results>) -> impl IntoView {
    let nav = expect_context::<Navigator>();
    let kb = index().kb;
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
            {group("Kind", "kind", |r| listed(&r.kinds, |k| k.label().to_owned()), |s| &mut s.kinds, results)}
            {(!index().departments.is_empty()).then(|| group("Department", "dept", |r| listed(&r.departments, |d| d.to_string()).into_iter().map(|(v, l, c)| (v.to_owned(), l, c)).collect(), |s| &mut s.departments, results))}
            {(!index().jobs.is_empty()).then(|| group("Job", "job", |r| listed(&r.jobs, |j| j.to_string()).into_iter().map(|(v, l, c)| (v.to_owned(), l, c)).collect(), |s| &mut s.jobs, results))}
            {(!index().years.is_empty()).then(|| group("Year", "year", |r| listed(&r.years, |y| y.to_string()), |s| &mut s.years, results))}
            {group(
                "Source",
                "src",
                move |r| {
                    r.sources
                        .iter()
                        .map(|c| (kb.documents[c.value].id.to_string(), kb.documents[c.value].title.to_string(), c.count))
                        .collect()
                },
                |s| &mut s.sources,
                results,
            )}
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
