//! The search box: results follow each keystroke, `/` focuses it, `Esc` clears it.

use leptos::html::Input;
use leptos::prelude::*;

use crate::url::{Entry, Navigator};

/// Search input bound to the `q` parameter.
#[component]
pub fn SearchBox() -> impl IntoView {
    let nav = expect_context::<Navigator>();
    let input = NodeRef::<Input>::new();
    let set_query = move |q: String| {
        let mut next = nav.state.get_untracked();
        next.q = q;
        nav.go(next, Entry::Replace);
    };
    let focus_key = window_event_listener(leptos::ev::keydown, move |ev| {
        let typing = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if ev.key() == "/" && !typing && !ev.ctrl_key() && !ev.meta_key() && !ev.alt_key() {
            ev.prevent_default();
            if let Some(el) = input.get() {
                let _ = el.focus();
            }
        }
    });
    on_cleanup(move || focus_key.remove());
    view! {
        <div class="search" role="search">
            <label for="search">"Search"</label>
            <input
                id="search"
                node_ref=input
                type="search"
                autocomplete="off"
                spellcheck="false"
                placeholder="Names, characters, jobs, places, events…  ( / )"
                prop:value=move || nav.state.with(|s| s.q.clone())
                on:input=move |ev| set_query(event_target_value(&ev))
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        ev.prevent_default();
                        set_query(String::new());
                    }
                }
            />
        </div>
    }
}
