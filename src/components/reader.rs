//! The source reader: a document's repaired text by paragraph, residue dimmed, each repair
//! marked (original on hover or focus), the quote behind a fact highlighted and scrolled into
//! view, and the facts that come from the document.

use knowledge::{Document, SegmentKind, Span};
use leptos::prelude::*;

use crate::cards::index;
use crate::components::card::open_card;
use crate::components::focus::Opened;
use crate::components::link::Link;
use crate::components::page::use_page;
use crate::sorted_set::SortedSet;
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
    cuts.extend(quote.map_or([start, end], |(a, b)| [a, b]));
    let cuts: Vec<usize> = cuts
        .into_iter()
        .filter(|&c| c >= start && c <= end && doc.text.is_char_boundary(c))
        .collect::<SortedSet<_>>()
        .into();
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

/// One run of a segment: plain, a repair (the original as its title), inside the quote or both.
fn piece(doc: &'static Document, piece: Piece, first_quote: bool) -> AnyView {
    let text = doc.text.get(piece.start..piece.end).unwrap_or_default();
    let inner = match piece.repair {
        // The original is the title: a tooltip on hover or keyboard focus, and the element's
        // accessible description (ARIA allows no name on an insertion).
        Some(r) => {
            let title = format!("Repaired: was “{}”", doc.repairs[r].original);
            view! { <ins class="repair" tabindex="0" title=title>{text}</ins> }.into_any()
        }
        None => text.into_any(),
    };
    if piece.quoted {
        view! {
            <mark
                class="quote"
                id=first_quote.then_some("quote")
                tabindex=first_quote.then_some("-1")
                data-testid="highlight"
            >
                {inner}
            </mark>
        }
        .into_any()
    } else {
        inner
    }
}

/// The document's segments grouped by paragraph, each run rendered by [`piece`].
fn paragraphs(doc: &'static Document, quote: Option<(usize, usize)>) -> impl IntoView + use<> {
    let mut blocks: Vec<(SegmentKind, Vec<AnyView>)> = Vec::new();
    let mut paragraph = None;
    let mut seen_quote = false;
    for segment in doc.segments.iter() {
        if paragraph != Some(segment.paragraph) {
            paragraph = Some(segment.paragraph);
            blocks.push((segment.kind, Vec::new()));
        } else if let Some((_, parts)) = blocks.last_mut() {
            parts.push(" ".into_any());
        }
        let class = match segment.kind {
            SegmentKind::Residue(_) => "residue",
            SegmentKind::Title | SegmentKind::Heading => "heading",
            SegmentKind::Sentence => "sentence",
        };
        let title = matches!(segment.kind, SegmentKind::Residue(_)).then_some("Scrape residue: not used for facts");
        let runs = pieces(doc, segment.span, quote)
            .into_iter()
            .map(|p| {
                let first = p.quoted && !seen_quote;
                seen_quote |= p.quoted;
                piece(doc, p, first)
            })
            .collect_view();
        if let Some((_, parts)) = blocks.last_mut() {
            parts.push(view! { <span class=class title=title>{runs}</span> }.into_any());
        }
    }
    blocks
        .into_iter()
        .map(|(kind, parts)| match kind {
            SegmentKind::Title => view! { <h3>{parts}</h3> }.into_any(),
            SegmentKind::Residue(_) => view! { <p class="residue-block">{parts}</p> }.into_any(),
            _ => view! { <p>{parts}</p> }.into_any(),
        })
        .collect_view()
}

/// The document open in the reader (its index) and the quote to highlight (a byte range, kept
/// only when it falls on character boundaries of the text), if the URL names a document.
pub fn open_document(state: &ViewState) -> Opened {
    let doc = index().document(state.read.as_deref()?)?;
    let text = &index().kb.documents[doc].text;
    let quote = state
        .quote
        .map(|(a, b)| (a as usize, b as usize))
        .filter(|&(a, b)| b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b));
    Some((doc, quote))
}

/// The reader panel on document `doc`, the quote at `quote` highlighted.
#[component]
pub fn Reader(doc: usize, quote: Option<(usize, usize)>) -> impl IntoView {
    let page = use_page();
    let document = &index().kb.documents[doc];
    let closed = page.to(|s| {
        let mut closed = s.clone();
        closed.close_reader();
        closed
    });
    let facts = index()
        .facts_of(doc)
        .map(|c| {
            let key = c.key.as_str();
            let to = page.to(move |s| {
                let mut next = open_card(s, key);
                next.close_reader();
                next
            });
            view! { <li><Link to>{c.shown_title()}</Link></li> }
        })
        .collect_view();
    let quote_legend = quote.map(|_| view! { " · "<mark class="quote">"Highlighted"</mark>": the quote" });
    view! {
        <section class="panel reader" role="dialog" aria-labelledby="reader-title" data-testid="reader">
            <header>
                <h2 id="reader-title" tabindex="-1">{document.title.to_string()}</h2>
                <Link to=closed attr:class="button close" attr:aria-label="Close the reader">"×"</Link>
            </header>
            <p class="legend">
                <span class="residue">"Dimmed: scrape residue"</span>" · "<ins class="repair">"Underlined"</ins>
                ": repaired text"{quote_legend}
            </p>
            <article class="document">{paragraphs(document, quote)}</article>
            <section>
                <h3>"Facts from this document"</h3>
                <ul class="links">{facts}</ul>
            </section>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_rejoin_to_the_segment_and_mark_exactly_the_quote() {
        let kb = index().kb;
        let quotes =
            kb.events.iter().flat_map(|e| e.evidence.iter()).chain(kb.people.iter().flat_map(|p| p.mentions.iter()));
        let mut checked = 0;
        for evidence in quotes {
            let doc = &kb.documents[evidence.doc as usize];
            let quote = (evidence.span.start as usize, evidence.span.end as usize);
            for segment in doc.segments.iter() {
                let (start, end) = (segment.span.start as usize, segment.span.end as usize);
                let pieces = pieces(doc, segment.span, Some(quote));
                assert_eq!(pieces.first().map(|p| p.start), Some(start).filter(|_| start < end));
                assert!(pieces.windows(2).all(|w| w[0].end == w[1].start && w[0].start < w[0].end));
                let rejoined: String = pieces.iter().map(|p| &doc.text[p.start..p.end]).collect();
                assert_eq!(rejoined, doc.text[start..end]);
                for p in &pieces {
                    assert_eq!(p.quoted, quote.0 <= p.start && p.end <= quote.1, "{p:?} vs {quote:?}");
                    let inside =
                        |r: &knowledge::Repair| r.span.start as usize <= p.start && p.end <= r.span.end as usize;
                    assert_eq!(p.repair.is_some(), doc.repairs.iter().any(|r| r.span.start < r.span.end && inside(r)));
                }
                checked += 1;
            }
        }
        assert!(checked > 100, "{checked} segments checked");
    }
}
