//! The facet panel: kind, department, job, year and source, each value with its live count,
//! and the event date range. The values are fixed by the index; counts and ticks follow the
//! state.

use leptos::ev::Event;
use leptos::prelude::*;

use crate::cards::index;
use crate::components::page::use_page;
use crate::filter::{Count, Results};
use crate::view_state::{Kind, ViewState, YearMonth};

/// A facet: its legend, URL key, and each value as written in the URL with its label.
struct Facet {
    title: &'static str,
    key: &'static str,
    values: Vec<(String, String)>,
    /// The live counts of the values, in the same order.
    counts: fn(&Results) -> Vec<usize>,
}

fn counts<T>(counts: &[Count<T>]) -> Vec<usize> {
    counts.iter().map(|c| c.count).collect()
}

/// The facets the index has values for.
fn facets() -> Vec<Facet> {
    let idx = index();
    let same = |v: &&'static str| ((*v).to_owned(), (*v).to_owned());
    let mut out = vec![Facet {
        title: "Kind",
        key: "kind",
        values: Kind::ALL.iter().map(|k| (k.key().to_owned(), k.label().to_owned())).collect(),
        counts: |r| counts(&r.kinds),
    }];
    if !idx.departments.is_empty() {
        let values = idx.departments.iter().map(same).collect();
        out.push(Facet { title: "Department", key: "dept", values, counts: |r| counts(&r.departments) });
    }
    if !idx.jobs.is_empty() {
        out.push(Facet {
            title: "Job",
            key: "job",
            values: idx.jobs.iter().map(same).collect(),
            counts: |r| counts(&r.jobs),
        });
    }
    if !idx.years.is_empty() {
        let values = idx.years.iter().map(|y| (format!("{y:04}"), y.to_string())).collect();
        out.push(Facet { title: "Year", key: "year", values, counts: |r| counts(&r.years) });
    }
    let values = idx.kb.documents.iter().map(|d| (d.id.to_string(), d.title.to_string())).collect();
    out.push(Facet { title: "Source", key: "src", values, counts: |r| counts(&r.sources) });
    out
}

/// Values a group shows before "Show all": a long list (hundreds of sources or jobs in a large
/// corpus) stays short to scan, and a keystroke updates a few counts, not hundreds.
const SHOWN_VALUES: usize = 10;

/// One group of checkboxes; ticking one toggles its value in the URL. A long group shows its
/// first values and offers the rest, unfolded whenever the URL comes to tick one of them.
#[component]
fn FacetGroup(facet: Facet) -> impl IntoView {
    let page = use_page();
    let Facet { title, key, mut values, counts } = facet;
    let counts = Memo::new(move |_| page.results.with(|r| counts(&r.results)));
    let selected = Memo::new(move |_| {
        page.nav.state.with(|s| s.to_pairs().into_iter().filter(|(k, _)| *k == key).map(|(_, v)| v).collect::<Vec<_>>())
    });
    let folds = values.len() > SHOWN_VALUES + 2;
    let rest = if folds { values.split_off(SHOWN_VALUES) } else { Vec::new() };
    let hidden = rest.len();
    let rest = StoredValue::new(rest);
    let ticks_hidden = move |s: &Vec<String>| rest.with_value(|r| r.iter().any(|(v, _)| s.contains(v)));
    let unfolded = RwSignal::new(selected.with_untracked(ticks_hidden));
    // Back, Forward or a link that ticks a folded value unfolds the group, as a shared link does
    // (a group that does not fold needs no watcher).
    if folds {
        Effect::new(move |_| {
            if selected.with(ticks_hidden) {
                unfolded.set(true);
            }
        });
    }
    let item = move |i: usize, (value, label): (String, String)| {
        view! { <FacetValue key i value label counts selected/> }
    };
    let first = values.into_iter().enumerate().map(|(i, v)| item(i, v)).collect_view();
    let more = move || {
        rest.with_value(|r| r.iter().cloned().enumerate().map(|(i, v)| item(SHOWN_VALUES + i, v)).collect_view())
    };
    view! {
        <fieldset class="facet" data-facet=key>
            <legend>{title}</legend>
            <ul>{first}<Show when=move || unfolded.get()>{more}</Show></ul>
            {folds.then(|| view! {
                <button
                    type="button"
                    class="ghost unfold needs-script"
                    aria-expanded=move || unfolded.get().to_string()
                    on:click=move |_| unfolded.update(|u| *u = !*u)
                >
                    {move || if unfolded.get() { "Show fewer".to_owned() } else { format!("Show all {}", SHOWN_VALUES + hidden) }}
                </button>
            })}
        </fieldset>
    }
}

/// One value of a facet group (the `i`-th of the index's): its checkbox, label and live count.
#[component]
fn FacetValue(
    key: &'static str,
    i: usize,
    value: String,
    label: String,
    counts: Memo<Vec<usize>>,
    selected: Memo<Vec<String>>,
) -> impl IntoView {
    let page = use_page();
    // By position: labels may repeat (two sources with one title) or differ only in accents.
    let id = format!("f-{key}-{i}");
    let count = move || counts.with(|c| c.get(i).copied().unwrap_or(0));
    let checked = {
        let value = value.clone();
        move || selected.with(|s| s.contains(&value))
    };
    let zero = {
        let checked = checked.clone();
        move || count() == 0 && !checked()
    };
    let toggle = {
        let value = value.clone();
        move |_| page.nav.update(|s| *s = s.toggled(key, &value))
    };
    view! {
        <li class:zero=zero>
            <input type="checkbox" id=id.clone() name=key value=value prop:checked=checked on:change=toggle/>
            <label for=id>
                <span class="name">{label}</span>
                <span class="count">{count}</span>
            </label>
        </li>
    }
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

/// A month input for one end of the event date range.
#[component]
fn Bound(label: &'static str, key: &'static str) -> impl IntoView {
    let nav = use_page().nav;
    let is_to = key == "to";
    let value =
        move || nav.state.with(|s| if is_to { s.to } else { s.from }).map(YearMonth::to_param).unwrap_or_default();
    let set = move |ev: Event| {
        let bound = YearMonth::parse(&event_target_value(&ev));
        nav.update(|s| if is_to { s.to = bound } else { s.from = bound });
    };
    view! {
        <label>{label}<input type="month" name=key data-testid=key prop:value=value on:change=set/></label>
    }
}

/// The facet panel; on narrow screens it folds behind a button, so the cards come first.
#[component]
pub fn Facets() -> impl IntoView {
    let nav = use_page().nav;
    let open = RwSignal::new(false);
    let toggle = move || match nav.state.with(active) {
        0 => "Filters".to_owned(),
        n => format!("Filters ({n} active)"),
    };
    view! {
        <aside class="facets" class:folded=move || !open.get() aria-label="Filters">
            <h2 class="sr-only">"Filters"</h2>
            <button
                type="button"
                class="filters-toggle needs-script"
                aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {toggle}
            </button>
            <div class="groups">{facets().into_iter().map(|facet| view! { <FacetGroup facet/> }).collect_view()}</div>
            <fieldset class="facet range">
                <legend>"Event dates"</legend>
                <Bound label="From " key="from"/>
                <Bound label="To " key="to"/>
            </fieldset>
        </aside>
    }
}
