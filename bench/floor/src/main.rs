//! One input filtering four list items: the smallest useful Leptos CSR page.
use leptos::prelude::*;

fn main() {
    mount_to_body(|| {
        let query = RwSignal::new(String::new());
        let items = ["alpha", "beta", "gamma", "delta"];
        view! {
            <input on:input=move |ev| query.set(event_target_value(&ev)) prop:value=query />
            <ul>{move || items.iter().filter(|i| i.contains(&*query.read())).map(|i| view! { <li>{*i}</li> }).collect_view()}</ul>
        }
    })
}
