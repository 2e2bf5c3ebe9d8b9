//! The production's infobox at the head of the page: title and year, then each field with its
//! values, each value citing the quotes behind it (numbered by source, opening the reader).

use knowledge::Evidence;
use leptos::prelude::*;

use crate::cards::{docs, index};
use crate::components::card::open_card;
use crate::components::evidence::reading;
use crate::components::link::Link;
use crate::components::page::use_page;
use crate::infobox::{Field, Infobox, Value, infobox};

/// Citations of `evidence`: one per source document, numbered as the sources are, each a link
/// to its quote in the reader.
#[component]
fn Cites(evidence: Vec<Evidence>) -> impl IntoView {
    let kb = index().kb;
    let page = use_page();
    let links = docs(&evidence)
        .into_iter()
        .filter_map(|doc| evidence.iter().find(|e| e.doc == doc))
        .map(|e| {
            let (doc, span) = (e.doc as usize, Some((e.span.start, e.span.end)));
            let source = format!(" Quote from {}", kb.documents[doc].title);
            view! {
                <Link to=page.to(move |s| reading(s, doc, span)) attr:data-testid="cite">
                    {format!("[{}]", doc + 1)}<span class="sr-only">{source}</span>
                </Link>
            }
        })
        .collect_view();
    view! { <sup class="cites">{links}</sup> }
}

/// A value: its card's link (or plain text) and its citations.
#[component]
fn FieldValue(value: Value) -> impl IntoView {
    let Value { label, card, evidence } = value;
    let page = use_page();
    let name = match card {
        Some(key) => view! { <Link to=page.to(move |s| open_card(s, &key))>{label}</Link> }.into_any(),
        None => label.into_any(),
    };
    view! { <li>{name}<Cites evidence/></li> }
}

/// One row of the infobox.
#[component]
fn InfoboxField(field: Field) -> impl IntoView {
    let Field { name, values, disputed } = field;
    view! {
        <div class="field" data-field=name>
            <dt>
                {name}
                {disputed.then(|| view! { " "<span class="badge disputed">"Sources disagree"</span> })}
            </dt>
            <dd><ul>{values.into_iter().map(|value| view! { <FieldValue value/> }).collect_view()}</ul></dd>
        </div>
    }
}

/// The infobox, or a plain heading when the sources name no production.
#[component]
pub fn InfoboxPanel() -> impl IntoView {
    let Some(Infobox { title, year, genre, fields }) = infobox(index().kb) else {
        return view! { <h1 class="plain-title">"Production explorer"</h1> }.into_any();
    };
    let year = year.map(|y| view! { " " <span class="year">"("{y.label}")"</span><Cites evidence=y.evidence/> });
    let genre = genre.map(|g| view! { <p class="genre">{g.label}<Cites evidence=g.evidence/></p> });
    view! {
        <section class="infobox" aria-labelledby="production-title" data-testid="infobox">
            <h1 id="production-title">
                <span class="title">{title.label}</span><Cites evidence=title.evidence/>{year}
            </h1>
            {genre}
            <dl>{fields.into_iter().map(|field| view! { <InfoboxField field/> }).collect_view()}</dl>
        </section>
    }
    .into_any()
}
