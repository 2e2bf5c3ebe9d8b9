//! `Later`: a region of the page the app renders in a task after the one that mounts it.

use std::time::Duration;

use leptos::prelude::*;

/// Its children, rendered in the task after the one that mounts it (each `Later` in a task of
/// its own, in page order), so that no task of the app's start-up blocks input for long.
/// Until then it is an empty
/// `.later` placeholder, into which the take-over moves the prerendered page's copy of the
/// region ([`crate::takeover`]), so the region stays on screen. Rendered to HTML at once, in
/// the `.later` wrapper the take-over finds it by.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    if is_server() {
        return view! { <div class="later">{children()}</div> }.into_any();
    }
    let rendered = RwSignal::new(false);
    set_timeout(move || rendered.set(true), Duration::ZERO);
    (move || if rendered.get() { children() } else { view! { <div class="later"></div> }.into_any() }).into_any()
}
