//! The source reader: a document's repaired text by paragraph, residue dimmed, each repair
//! marked (original on hover or focus), the quote behind a fact highlighted and scrolled into
//! view, and the facts that come from the document.

use knowledge::{Document, SegmentKind, Span};
use leptos::prelude::*;

use crate::cards::{Subject, index};
use crate::components::card::open_card;
use crate::components::detail::focus_on_open;
use crate::url::{self, Navigator};
use crate::view_state::ViewState;

/// A run of text inside one segment with what it is part of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece {
    /// Byte range in the document text.
    pub start: usize,
    /// End of the range.
    pub end: usize,
    /// Inside the highlighted quote.
    pub quoted: bool,
    /// Index of the repair this run is the replacement of.
    pub repair: Option<usize>,
}

/// Splits `span` of `doc` at repair and quote boundaries.
pub fn pieces(doc: &Document, span: Span, quote: Option<(usize, usize)>) -> Vec<Piece> {
    let (start, end) = (span.start as usize, span.end as usize);
    let mut cuts = vec![start, end];
    for r in doc.repairs.iter() {
        cuts.extend([r.span.start as usize, r.span.end as usize]);
    }
    cuts.extend(quote.iter().flat_map(|&(a, b)| [a, b]));
    cuts.retain(|&c| c >= start && c <= end && doc.text.is_char_boundary(c));
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|w| Piece {
            start: w[0],
            end: w[1],
            quoted: quote.is_some_and(|(a, b)| a <= w[0] && w[1] <= b),
            repair: doc.repairs.iter().position(|r| {
                r.span.start as usize <= w[0] && w[1] <= r.span.end as usize && r.span.start < r.span.end
            }),
        })
        .collect()
}

fn render_piece(doc: &'static Document, piece: Piece, first_quote: bool) -> AnyView {
    let text = &doc.text[piece.start..piece.end];
    let inner = match piece.repair {
        Some(r) => {
            let repair = &doc.repairs[r];
            let title = format!("Repaired: was “{}”", repair.original);
            view! { <ins class="repair" tabindex="0" title=title.clone() aria-label=format!("{text} ({title})")>{text}</ins> }.into_any()
        }
        None => text.into_any(),
    };
    if piece.quoted {
        let id = first_quote.then_some("quote");
        view! { <mark class="quote" id=id data-testid="highlight">{inner}</mark> }.into_any()
    } else {
        inner
    }
}

fn paragraphs(doc: &'static Document, quote: Option<(usize, usize)>) -> impl IntoView {
    let mut out = Vec::new();
    let mut current: Option<(u16, SegmentKind, Vec<AnyView>)> = None;
    let mut seen_quote = false;
    for segment in doc.segments.iter() {
        if current.as_ref().is_some_and(|(p, _, _)| *p != segment.paragraph) {
            out.push(current.take());
        }
        let (_, _, parts) = current.get_or_insert_with(|| (segment.paragraph, segment.kind, Vec::new()));
        if !parts.is_empty() {
            parts.push(" ".into_any());
        }
        let class = match segment.kind {
            SegmentKind::Residue(_) => "residue",
            SegmentKind::Title | SegmentKind::Heading => "heading",
            SegmentKind::Sentence => "sentence",
        };
        let title = matches!(segment.kind, SegmentKind::Residue(_)).then_some("Scrape residue: not used for facts");
        let inner = pieces(doc, segment.span, quote)
            .into_iter()
            .map(|p| {
                let first = p.quoted && !seen_quote;
                seen_quote |= p.quoted;
                render_piece(doc, p, first)
            })
            .collect_view();
        parts.push(view! { <span class=class title=title>{inner}</span> }.into_any());
    }
    out.push(current);
    out.into_iter()
        .flatten()
        .map(|(_, kind, parts)| match kind {
            SegmentKind::Title => view! { <h3>{parts}</h3> }.into_any(),
            SegmentKind::Residue(_) => view! { <p class="residue-block">{parts}</p> }.into_any(),
            _ => view! { <p>{parts}</p> }.into_any(),
        })
        .collect_view()
}

/// The reader panel, open when the URL names a document.
#[component]
pub fn Reader() -> impl IntoView {
    let nav = expect_context::<Navigator>();
    let open = Memo::new(move |_| {
        nav.state.with(|s| {
            let doc = s.read.as_deref().and_then(|id| index().document(id))?;
            let text = &index().kb.documents[doc].text;
            let quote = s
                .quote
                .map(|(a, b)| (a as usize, b as usize))
                .filter(|&(a, b)| b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b));
            Some((doc, quote))
        })
    });
    let close = move || nav.update(ViewState::close_reader);
    focus_on_open(open, "reader-title");
    Effect::new(move |_| {
        if open.get().is_some_and(|(_, quote)| quote.is_some()) {
            request_animation_frame(|| {
                if let Some(el) = document().get_element_by_id("quote") {
                    el.scroll_into_view();
                }
            });
        }
    });
    move || {
        open.get().map(|(i, quote)| {
            let doc = &index().kb.documents[i];
            let facts = index()
                .cards
                .iter()
                .filter(|c| !matches!(c.subject, Subject::Source(_)) && c.sources.contains(&(i as u16)))
                .map(|c| {
                    let key = c.key.clone();
                    let href = url::serialize(&open_card(&nav.state.get_untracked(), &key));
                    let go = move |ev: leptos::ev::MouseEvent| {
                        ev.prevent_default();
                        let key = key.clone();
                        nav.update(move |s| {
                            s.card = Some(key);
                            s.close_reader();
                        });
                    };
                    view! { <li><a href=href on:click=go>{c.title}</a></li> }
                })
                .collect_view();
            view! {
                <section class="panel reader" role="dialog" aria-labelledby="reader-title" data-testid="reader">
                    <header>
                        <h2 id="reader-title" tabindex="-1">{doc.title.to_string()}</h2>
                        <button type="button" class="close" aria-label="Close the reader" on:click=move |_| close()>"×"</button>
                    </header>
                    <p class="legend">
                        <span class="residue">"Dimmed: scrape residue"</span>
                        " · " <ins class="repair">"Underlined"</ins> ": repaired text"
                        {quote.map(|_| view! { " · " <mark class="quote">"Highlighted"</mark> ": the quote" })}
                    </p>
                    <article class="document">{paragraphs(doc, quote)}</article>
                    <section>
                        <h3>"Facts from this document"</h3>
                        <ul class="links">{facts}</ul>
                    </section>
                </section>
            }
        })
    }
}
