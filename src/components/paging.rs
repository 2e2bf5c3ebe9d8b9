//! Bounded rendering: a list renders a page of items and offers "Show N more"; counts stay
//! exact whatever is rendered.

use leptos::prelude::*;

use crate::filter::Results;

/// Items rendered per page.
pub const PAGE: usize = 60;

/// How many items a list shows: one page, and one page again whenever `results` change.
pub fn pages(results: Memo<Results>) -> RwSignal<usize> {
    let shown = RwSignal::new(PAGE);
    Effect::new(move |_| {
        results.track();
        shown.set(PAGE);
    });
    shown
}

/// "Show N more" while fewer than `total` items are shown.
pub fn show_more(total: Signal<usize>, shown: RwSignal<usize>) -> impl IntoView {
    move || {
        let hidden = total.get().saturating_sub(shown.get());
        (hidden > 0).then(|| {
            view! {
                <button type="button" class="more" on:click=move |_| shown.update(|n| *n += PAGE)>
                    {format!("Show {} more", hidden.min(PAGE))}
                </button>
            }
        })
    }
}
