//! The page, one file per part. Each part is a function from the state to a [`markup::Node`]
//! tree; [`App`] renders the whole tree in one place and [`events`] turns clicks, keys and
//! typing into new states.

mod card;
mod card_list;
mod detail;
mod disagreements;
mod downloads;
mod events;
mod evidence;
mod facets;
pub mod fatal;
mod focus;
mod highlight;
mod local;
pub mod markup;
mod paging;
mod reader;
mod search_box;
mod theme;
mod timeline;
pub mod tree;

use leptos::prelude::*;

use crate::cards::index;
use crate::components::focus::{FocusMove, Opened, PanelFocus};
use crate::components::local::Local;
use crate::components::markup::{Node, el, link};
use crate::components::paging::Versioned;
use crate::components::tree::Tree;
use crate::labels;
use crate::search::Query;
use crate::url::Navigator;
use crate::view_state::{View, ViewState};

/// The whole page: the view state from the URL, filtered once per change, rendered as one tree.
#[component]
pub fn App() -> impl IntoView {
    let nav = Navigator::new();
    let local = RwSignal::new(Local::restore());
    let results = Memo::new_owning(move |previous| nav.state.with(|s| Versioned::next(previous, s)));
    events::listen(nav, local, results);
    // Keyboard focus follows the panels: into one when it opens, back to its opener after.
    let focus = StoredValue::new_local([PanelFocus::default(), PanelFocus::default()]);
    // The benchmark measures navigation → first cards painted from this mark.
    request_animation_frame(|| {
        if let Some(performance) = window().performance() {
            let _ = performance.mark("first-card");
        }
    });
    move || {
        let (state, local) = (nav.state.read(), local.get());
        let panels = Panels {
            card: state.card.as_deref().and_then(|key| index().card(key)),
            document: reader::open_document(&state),
        };
        let change = focus.try_update_value(|[detail, reader]| {
            let detail = detail.follow(panels.card.map(|p| (p, None)), &["detail-title"]);
            // With a quote, focus lands on it (screen readers read it first); otherwise on the title.
            let reader = reader.follow(panels.document, &["quote", "reader-title"]);
            FocusMove::first(reader, detail)
        });
        if let Some(change) = change.flatten() {
            change.schedule();
        }
        results.with(|r| Tree(page(&state, r, local, panels)))
    }
}

/// What the panels show, read from the state once per render.
#[derive(Clone, Copy)]
struct Panels {
    /// The open card's position in the index.
    card: Option<usize>,
    /// The document in the reader and the quote to highlight.
    document: Opened,
}

/// Every part of the page for this state.
fn page(state: &ViewState, results: &Versioned, local: Local, panels: Panels) -> Vec<Node> {
    let query = Query::new(&state.q);
    let shown = local.shown.count(results.version, state.view);
    let results = &results.results;
    let main = match state.view {
        View::Cards => card_list::card_list(results, state, &query, shown),
        View::Timeline => timeline::timeline(results, state, &query, shown),
        View::Disagreements => disagreements::disagreements(state, &query),
    };
    let tabs = View::ALL.map(|v| {
        link(&ViewState { view: v, ..state.clone() })
            .class("button tab")
            .attr_if("aria-current", (state.view == v).then_some("page"))
            .text(v.label())
            .into()
    });
    let [copy, copied] = downloads::copy_link(local.copied);
    let header = el("header")
        .class("top")
        .child(el("div").class("brand").child(el("h1").text("Production explorer")).child(stats()))
        .child(search_box::search_box(&state.q))
        .child(el("div").class("tools").child(copy).child(copied).child(theme::toggle(local.theme)));
    let layout = el("div")
        .class("layout")
        .child(facets::facets(results, state, local.filters_open))
        .child(el("main").attr("id", "results").attr("tabindex", "-1").children(main));
    let footer = el("footer").class("bottom").child(downloads::downloads()).child(
        el("p").text("Every fact links to the sentence it comes from. Built from the seed articles at compile time."),
    );
    let mut nodes = vec![
        el("a").class("skip").attr("href", "#results").text("Skip to results").into(),
        header.into(),
        el("nav").class("views").attr("aria-label", "Views").children(tabs).into(),
        layout.into(),
    ];
    // Each panel keeps its place, an empty text when closed: nodes are matched by position, so
    // closing the detail must not rebuild the reader in the detail's place (losing its scroll).
    let closed = || Node::Text("".into());
    nodes.push(panels.card.map_or_else(closed, |card| detail::detail(card, state, &query)));
    nodes.push(panels.document.map_or_else(closed, |(document, quote)| reader::reader(document, quote, state)));
    nodes.push(footer.into());
    nodes
}

/// What the knowledge base holds, in one line.
fn stats() -> Node {
    let kb = index().kb;
    let stats = [
        labels::count(kb.documents.len(), "source", "sources"),
        labels::count(kb.people.len(), "person", "people"),
        labels::count(kb.events.len(), "event", "events"),
        labels::count(kb.organisations.len(), "organisation", "organisations"),
        labels::count(kb.places.len(), "place", "places"),
    ]
    .join(" · ");
    el("p").class("stats").text(stats).into()
}
