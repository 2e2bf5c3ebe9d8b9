//! The app shell: the view state from the URL, provided to every component, and the page's
//! layout (the infobox, and the filters with the results and the footer, each rendered
//! [`Later`] than the header, in a task of its own: nothing follows a region still to render,
//! but the panels, which lie over the page); keyboard shortcuts and panel focus.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::card_list::CardList;
use crate::components::credits::Credits;
use crate::components::detail::Detail;
use crate::components::disagreements::Disagreements;
use crate::components::downloads::Downloads;
use crate::components::facets::Facets;
use crate::components::focus::use_panel_focus;
use crate::components::header::Header;
use crate::components::infobox::InfoboxPanel;
use crate::components::later::Later;
use crate::components::link::Link;
use crate::components::page::{Page, use_page};
use crate::components::reader::Reader;
use crate::components::timeline::Timeline;
use crate::url::Navigator;
use crate::view_state::{View, ViewState};

/// The whole page for the view state in the URL.
#[component]
pub fn App() -> impl IntoView {
    let page = Page::new(Navigator::new());
    provide_context(page);
    use_panel_focus(page.open_card, page.open_document);
    let keys = window_event_listener(leptos::ev::keydown, move |ev| shortcut(page, ev));
    on_cleanup(move || keys.remove());
    view! {
        <a class="skip" href="#results">"Skip to results"</a>
        <Header/>
        <Later>
            <InfoboxPanel/>
        </Later>
        <ViewTabs/>
        <Later>
            <div class="layout">
                <Facets/>
                <main id="results" tabindex="-1">
                    {move || match page.view.get() {
                        View::Cards => view! { <CardList/> }.into_any(),
                        View::Credits => view! { <Credits/> }.into_any(),
                        View::Timeline => view! { <Timeline/> }.into_any(),
                        View::Disagreements => view! { <Disagreements/> }.into_any(),
                    }}
                </main>
            </div>
            <footer class="bottom">
                <Downloads/>
                <p>"Every fact links to the sentence it comes from. Built from the seed articles at compile time."</p>
            </footer>
        </Later>
        {move || page.open_card.get().map(|position| view! { <Detail position/> })}
        {move || page.open_document.get().map(|(doc, quote)| view! { <Reader doc quote/> })}
    }
}

/// The tabs of the three views, each a link that keeps the rest of the state.
#[component]
fn ViewTabs() -> impl IntoView {
    let page = use_page();
    let tabs = View::ALL
        .map(|v| {
            let current = move || (page.view.get() == v).then_some("page");
            view! {
                <Link to=page.to(move |s| ViewState { view: v, ..s.clone() }) attr:class="button tab" attr:aria-current=current>
                    {v.label()}
                </Link>
            }
        })
        .collect_view();
    view! { <nav class="views" aria-label="Views">{tabs}</nav> }
}

/// `Esc` closes the topmost panel (reader over detail) unless a control used it; `/` focuses
/// the search box unless the user is typing somewhere.
fn shortcut(page: Page, ev: KeyboardEvent) {
    let nav = page.nav;
    match ev.key().as_str() {
        "Escape" if !ev.default_prevented() => {
            if page.open_document.with_untracked(Option::is_some) {
                nav.update(ViewState::close_reader);
            } else if page.open_card.with_untracked(Option::is_some) {
                nav.update(|s| s.card = None);
            }
        }
        "/" if !ev.ctrl_key() && !ev.meta_key() && !ev.alt_key() => {
            let typing = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|t| matches!(t.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
            if let Some(input) = document().get_element_by_id("search").filter(|_| !typing) {
                ev.prevent_default();
                let _ = input.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }
        _ => {}
    }
}
