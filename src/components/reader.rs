//! The source reader: a document's repaired text by paragraph, residue dimmed, each repair
//! marked (original on hover or focus), the quote behind a fact highlighted and scrolled into
//! view, and the facts that come from the document.

use crate::cards::index;
use crate::components::card::open_card;
use crate::components::markup::{Node, el, link};
use crate::sorted_set::SortedSet;
use crate::view_state::ViewState;
use knowledge::{Document, SegmentKind, Span};

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

fn render_piece(doc: &'static Document, piece: Piece, first_quote: bool) -> Node {
    let text = doc.text.get(piece.start..piece.end).unwrap_or_default();
    let inner: Node = match piece.repair {
        Some(r) => {
            // The original is the title: a tooltip on hover or keyboard focus, and the element's
            // accessible description (ARIA allows no name on an insertion).
            el("ins")
                .class("repair")
                .attr("tabindex", "0")
                .attr("title", format!("Repaired: was “{}”", doc.repairs[r].original))
                .text(text)
                .into()
        }
        None => text.into(),
    };
    if piece.quoted {
        el("mark")
            .class("quote")
            .attr_if("id", first_quote.then_some("quote"))
            .attr_if("tabindex", first_quote.then_some("-1"))
            .attr("data-testid", "highlight")
            .child(inner)
            .into()
    } else {
        inner
    }
}

fn paragraphs(doc: &'static Document, quote: Option<(usize, usize)>) -> Vec<Node> {
    let mut out = Vec::new();
    let mut current: Option<(u16, SegmentKind, Vec<Node>)> = None;
    let mut seen_quote = false;
    for segment in doc.segments.iter() {
        if current.as_ref().is_some_and(|(p, _, _)| *p != segment.paragraph) {
            out.extend(current.take());
        }
        let (_, _, parts) = current.get_or_insert_with(|| (segment.paragraph, segment.kind, Vec::new()));
        if !parts.is_empty() {
            parts.push(" ".into());
        }
        let class = match segment.kind {
            SegmentKind::Residue(_) => "residue",
            SegmentKind::Title | SegmentKind::Heading => "heading",
            SegmentKind::Sentence => "sentence",
        };
        let title = matches!(segment.kind, SegmentKind::Residue(_)).then_some("Scrape residue: not used for facts");
        let inner = pieces(doc, segment.span, quote).into_iter().map(|p| {
            let first = p.quoted && !seen_quote;
            seen_quote |= p.quoted;
            render_piece(doc, p, first)
        });
        parts.push(el("span").class(class).attr_if("title", title).children(inner).into());
    }
    out.extend(current);
    out.into_iter()
        .map(|(_, kind, parts)| {
            let block = match kind {
                SegmentKind::Title => el("h3"),
                SegmentKind::Residue(_) => el("p").class("residue-block"),
                _ => el("p"),
            };
            block.children(parts).into()
        })
        .collect()
}

/// The document open in the reader (its index) and the quote to highlight (a byte range, kept
/// only when it falls on character boundaries of the text), if the URL names a document.
pub fn open_document(state: &ViewState) -> Option<(usize, Option<(usize, usize)>)> {
    let doc = index().document(state.read.as_deref()?)?;
    let text = &index().kb.documents[doc].text;
    let quote = state
        .quote
        .map(|(a, b)| (a as usize, b as usize))
        .filter(|&(a, b)| b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b));
    Some((doc, quote))
}

/// The reader panel on document `i`, the quote at `quote` highlighted.
pub fn reader(i: usize, quote: Option<(usize, usize)>, state: &ViewState) -> Node {
    let doc = &index().kb.documents[i];
    let mut closed = state.clone();
    closed.close_reader();
    let facts =
        index().facts_of(i).map(|c| el("li").child(link(&open_card(&closed, &c.key)).text(c.shown_title())).into());
    let mut legend = el("p")
        .class("legend")
        .child(el("span").class("residue").text("Dimmed: scrape residue"))
        .text(" · ")
        .child(el("ins").class("repair").text("Underlined"))
        .text(": repaired text");
    if quote.is_some() {
        legend = legend.text(" · ").child(el("mark").class("quote").text("Highlighted")).text(": the quote");
    }
    el("section")
        .class("panel reader")
        .attr("role", "dialog")
        .attr("aria-labelledby", "reader-title")
        .attr("data-testid", "reader")
        .child(
            el("header")
                .child(el("h2").attr("id", "reader-title").attr("tabindex", "-1").text(doc.title.to_string()))
                .child(link(&closed).class("button close").attr("aria-label", "Close the reader").text("×")),
        )
        .child(legend)
        .child(el("article").class("document").children(paragraphs(doc, quote)))
        .child(
            el("section")
                .child(el("h3").text("Facts from this document"))
                .child(el("ul").class("links").children(facts)),
        )
        .into()
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
