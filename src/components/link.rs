//! In-app links: real `<a href="?…">` links (open in a new tab, copy, middle-click) that a plain
//! click follows without reloading the page.

use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::components::page::{Target, use_page};
use crate::url::{self, Entry};
use crate::view_state::ViewState;

/// The `href` of a state: its query string, or `?` for the default view.
pub fn href(state: &ViewState) -> String {
    let query = url::serialize(state);
    if query.is_empty() { "?".to_owned() } else { query }
}

/// A link to the view `to` makes of the state; a plain click pushes it (made of the current
/// state, search text typed a moment ago included) as a history entry, a modified click is left
/// to the browser. The `href` follows the address bar, so typing rewrites no link until the URL
/// does. Attributes given as `attr:…` land on the `<a>`.
#[component]
pub fn Link(to: Target, children: Children) -> impl IntoView {
    let nav = use_page().nav;
    let target = to.clone();
    let follow = move |ev: MouseEvent| {
        let modified = ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key();
        if ev.button() == 0 && !modified && !ev.default_prevented() {
            ev.prevent_default();
            nav.go(nav.state.with_untracked(|s| target(s)), Entry::Push);
        }
    };
    view! { <a href=move || nav.linked.with(|s| href(&to(s))) on:click=follow>{children()}</a> }
}
