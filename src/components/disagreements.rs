//! Where sources disagree: each subject with its values side by side, each with its quotes.

use knowledge::Disagreement;
use leptos::prelude::*;

use crate::cards::index;
use crate::components::evidence::quotes;

/// One disagreement, values side by side.
#[component]
pub fn SideBySide(disagreement: &'static Disagreement) -> impl IntoView {
    let values = disagreement
        .values
        .iter()
        .map(|v| view! { <div class="value"><h4>{v.label.to_string()}</h4>{quotes(&v.evidence)}</div> })
        .collect_view();
    view! {
        <section class="disagreement" data-testid="disagreement">
            <h3><span class="badge disputed">"Sources disagree"</span>" on "{disagreement.subject.to_string()}</h3>
            <div class="values">{values}</div>
        </section>
    }
}

/// Every disagreement in the knowledge base.
#[component]
pub fn Disagreements() -> impl IntoView {
    let kb = index().kb;
    view! {
        <h2>"Where sources disagree"</h2>
        {if kb.disagreements.is_empty() {
            view! { <p>"The sources agree on every fact they share."</p> }.into_any()
        } else {
            kb.disagreements.iter().map(|disagreement| view! { <SideBySide disagreement/> }).collect_view().into_any()
        }}
    }
}
