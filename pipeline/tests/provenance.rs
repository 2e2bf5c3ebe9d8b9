//! Provenance holds for every fact of the seeds' knowledge base: each evidence span is
//! non-empty, in bounds, on char boundaries of its document's repaired text, and roles and
//! events never rest on scrape residue.

use std::path::Path;

use knowledge::{Evidence, KnowledgeBase, SegmentKind};

fn kb() -> KnowledgeBase {
    pipeline::build(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds")).expect("the seeds build")
}

fn every_evidence(kb: &KnowledgeBase) -> Vec<(&'static str, Evidence)> {
    let mut all = Vec::new();
    for p in kb.people.iter() {
        all.extend(p.mentions.iter().map(|&e| ("person mention", e)));
        all.extend(p.roles.iter().flat_map(|r| r.evidence.iter().map(|&e| ("role", e))));
    }
    for o in kb.organisations.iter() {
        all.extend(o.mentions.iter().map(|&e| ("organisation mention", e)));
        all.extend(o.relations.iter().flat_map(|r| r.evidence.iter().map(|&e| ("organisation relation", e))));
    }
    for p in kb.places.iter() {
        all.extend(p.mentions.iter().map(|&e| ("place mention", e)));
        all.extend(p.uses.iter().flat_map(|u| u.evidence.iter().map(|&e| ("place use", e))));
    }
    all.extend(kb.events.iter().flat_map(|ev| ev.evidence.iter().map(|&e| ("event", e))));
    all.extend(
        kb.disagreements
            .iter()
            .flat_map(|d| d.values.iter().flat_map(|v| v.evidence.iter().map(|&e| ("disagreement", e)))),
    );
    all
}

#[test]
fn every_evidence_span_is_a_verbatim_slice_of_its_document() {
    let kb = kb();
    let all = every_evidence(&kb);
    assert!(all.len() > 100, "the seeds give many facts ({})", all.len());
    for (what, e) in all {
        let text: &str = &kb.documents[e.doc as usize].text;
        let (start, end) = (e.span.start as usize, e.span.end as usize);
        assert!(start < end && end <= text.len(), "{what} {e:?}");
        assert!(text.is_char_boundary(start) && text.is_char_boundary(end), "{what} {e:?}");
        assert!(!e.quote(&kb).trim().is_empty(), "{what} {e:?}");
    }
}

#[test]
fn roles_and_events_never_rest_on_residue() {
    let kb = kb();
    for (what, e) in every_evidence(&kb).into_iter().filter(|(w, _)| matches!(*w, "role" | "event" | "place use")) {
        let doc = &kb.documents[e.doc as usize];
        let residue = doc.segments.iter().any(|s| {
            matches!(s.kind, SegmentKind::Residue(_)) && s.span.start <= e.span.start && e.span.end <= s.span.end
        });
        assert!(!residue, "{what} quotes residue: {:?}", e.quote(&kb));
    }
}

#[test]
fn every_segment_and_repair_is_in_bounds() {
    let kb = kb();
    for doc in kb.documents.iter() {
        for s in doc.segments.iter() {
            assert!(s.span.start < s.span.end && s.span.end as usize <= doc.text.len(), "{} {s:?}", doc.id);
        }
        for r in doc.repairs.iter() {
            assert_eq!(&doc.text[r.span.start as usize..r.span.end as usize], &*r.replacement, "{}", doc.id);
        }
    }
}
