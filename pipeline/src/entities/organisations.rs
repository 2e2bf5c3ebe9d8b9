//! Organisations: well-known outlets and platforms, capitalised runs ending in an
//! organisation word ("… Media Capital", "… Film Group", "… Sheriff’s Office"), names quoted as
//! sources ("told X", "X has revealed"), acronyms of known names ("THR"); and how each relates
//! to the production ("financier", "international sales", "interviewed").

use knowledge::OrgKind;

use super::gazetteer as gz;
use super::names::{Lexicon, Run, Unit, normalise};
use super::vocabulary::is_job_word;

/// An organisation name found in a capitalised run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrgHit {
    /// First token.
    pub lo: usize,
    /// One past the last token.
    pub hi: usize,
    /// Kind known from the gazetteer (outlet, platform).
    pub known: Option<OrgKind>,
    /// Kind suggested by the name's last word.
    pub suffix: Option<OrgKind>,
}

/// Merge key of an organisation name: lower case, a leading "the" and a closing legal form
/// ("LLC", "Inc.") dropped, so "Coldwater Pictures LLC" is "Coldwater Pictures".
pub fn key(name: &str) -> String {
    let n = normalise(name);
    let n = n.strip_prefix("the ").unwrap_or(&n);
    let n = match n.rsplit_once(' ') {
        Some((head, form)) if gz::contains(gz::LEGAL_FORMS, form.trim_start_matches(',')) => head.trim_end_matches(','),
        _ => n,
    };
    n.to_owned()
}

/// Organisation names inside a capitalised run.
pub fn in_run(unit: &Unit, run: Run, lex: &Lexicon) -> Vec<OrgHit> {
    let mut hits = Vec::new();
    // "Office of the Medical Investigator", "Academy of Motion Picture Arts and Sciences",
    // "Georgia Department of Labor": a head word followed by "of" names the run from the
    // capitalised words just before it ("Professor Ann Lee of the University of Texas" keeps
    // the professor out).
    let head = (run.lo..run.hi).find(|&i| gz::org_head(&unit.toks[i].lower).is_some() && unit.is(i + 1, &["of"]));
    if let Some(h) = head
        && let Some(kind) = gz::org_head(&unit.toks[h].lower)
        && !(run.lo..run.hi).any(|i| lex.in_title(unit, i))
    {
        let mut lo = h;
        while lo > run.lo && !unit.lower_word(lo - 1) && h - lo < 3 {
            lo -= 1;
        }
        if lo > run.lo {
            in_segments(unit, Run { lo: run.lo, hi: lo }, lex, &mut hits);
        }
        hits.push(OrgHit { lo, hi: run.hi, known: None, suffix: Some(kind) });
        return hits;
    }
    in_segments(unit, run, lex, &mut hits);
    // "Film Crafts Union Local 212": a union local's number is part of its name.
    for h in &mut hits {
        let numbered = unit.toks.get(h.hi).is_some_and(|t| t.lower.bytes().all(|b| b.is_ascii_digit()));
        if unit.is(h.hi - 1, &["local"]) && numbered {
            h.hi += 1;
        }
    }
    hits
}

/// Organisation names in the stretches of `run` between its lower-case joiners.
fn in_segments(unit: &Unit, run: Run, lex: &Lexicon, hits: &mut Vec<OrgHit>) {
    let mut a = run.lo;
    for b in run.lo..=run.hi {
        if b < run.hi && !(unit.is(b, &["and", "for", "of", "the"]) && unit.lower_word(b)) {
            continue;
        }
        // "Health and Safety Bureau", "Fish and Wildlife Service": "and" between two common
        // words, or two fields an agency serves, stays inside the name.
        let common = |i: usize| {
            i < unit.toks.len()
                && (lex.lower_words.contains(&unit.toks[i].lower)
                    || gz::contains(gz::AGENCY_FIELDS, &unit.toks[i].lower))
        };
        if b < run.hi && unit.is(b, &["and"]) && b > run.lo && common(b - 1) && common(b + 1) {
            continue;
        }
        segment(unit, a, b, lex, hits);
        a = b + 1;
    }
}

fn segment(unit: &Unit, mut a: usize, b: usize, lex: &Lexicon, hits: &mut Vec<OrgHit>) {
    // "Streamer Vesta acquired it": a role opening the sentence is not part of the name.
    if b - a >= 2 && unit.toks[a].initial && unit.is(a, gz::ROLE_LEADS) {
        a += 1;
    }
    // "Tucson-based Saguaro Film Fund": where a company is based is not part of its name.
    while a < b
        && (lex.in_title(unit, a)
            || unit.toks[a].lower.ends_with("-based")
            || (unit.toks[a].initial && lex.common(&unit.toks[a].lower) && !unit.heading && b - a > 2))
    {
        a += 1;
    }
    if a >= b {
        return;
    }
    // "Vesta+", "Apple TV+": a name closed by a plus sign is a streaming platform's.
    if unit.word(b - 1).ends_with('+') {
        hits.push(OrgHit { lo: a, hi: b, known: Some(OrgKind::Platform), suffix: None });
        return;
    }
    // "Harlow & Finch": two single names joined by an ampersand name a firm, not two people.
    if b - a == 3 && unit.is(a + 1, &["&"]) && unit.cap(a) && unit.cap(a + 2) {
        hits.push(OrgHit { lo: a, hi: b, known: None, suffix: None });
        return;
    }
    // Longest gazetteer window.
    for len in (1..=(b - a).min(4)).rev() {
        for x in a..=b - len {
            let y = x + len;
            let text = unit.slice(x, y);
            let outlet = gz::OUTLETS.contains(&text);
            let platform = gz::PLATFORMS.contains(&text);
            let festival = gz::FESTIVALS.contains(&text);
            let agency = gz::AGENCIES.contains(&text);
            if festival || agency || gz::UNIONS.contains(&text) {
                let kind = if festival {
                    OrgKind::Festival
                } else if agency {
                    OrgKind::Office
                } else {
                    OrgKind::Union
                };
                hits.push(OrgHit { lo: x, hi: y, known: Some(kind), suffix: None });
                return;
            }
            if !(outlet || platform) {
                continue;
            }
            // A one-word outlet that is also a common word ("Variety") must sit mid-sentence.
            if outlet && len == 1 && (unit.toks[x].initial || unit.heading) {
                continue;
            }
            let known = if platform { OrgKind::Platform } else { OrgKind::Outlet };
            hits.push(OrgHit { lo: x, hi: y, known: Some(known), suffix: None });
            return;
        }
    }
    // An organisation word after the first: "Northwind Film Group", "Sony Pictures Classics".
    // Only generic words ("Box Office", "Safety Bureau"): not a name.
    let generic = |i: usize| {
        let l = unit.toks[i].lower.as_str();
        lex.lower_words.contains(l) || gz::contains(gz::NON_NAME_WORDS, l) || gz::org_suffix(l).is_some()
    };
    // "Pima County Superior Court Judge Ann Lee", "Harbor Film Office Director Ann Lee": a title
    // or a job after the name starts a person.
    let b = (a + 2..b)
        .find(|&i| {
            let lower = unit.toks[i].lower.as_str();
            gz::org_suffix(&unit.toks[i - 1].lower).is_some()
                && (gz::contains(gz::TITLE_WORDS, lower) || is_job_word(lower))
        })
        .unwrap_or(b);
    if b - a >= 2 && (a + 1..b).any(|i| gz::org_suffix(&unit.toks[i].lower).is_some()) && !(a..b).all(generic) {
        let kinds: Vec<(usize, OrgKind)> =
            (a + 1..b).filter_map(|i| gz::org_suffix(&unit.toks[i].lower).map(|k| (i, k))).collect();
        let kind = kinds.iter().rev().find(|(_, k)| *k != OrgKind::Other).or(kinds.last()).map(|&(i, k)| {
            // "Actors' Relief Fund" is a charity; "Cobbleworks Post" a post house, where "Denver
            // Post" and "The Evening Post" are papers.
            let charity = k == OrgKind::Financier && unit.is(i - 1, gz::CHARITY_WORDS);
            let paper = unit.is(a.wrapping_sub(1), &["the"])
                || unit.toks[a].lower == "the"
                || gz::is_place(unit.slice(a, i))
                || i - a > 1;
            if charity || (unit.is(i, gz::SHARED_OUTLET_WORDS) && !paper) { OrgKind::Other } else { k }
        });
        hits.push(OrgHit { lo: a, hi: b, known: None, suffix: kind });
    } else if b - a == 2
        && unit.is(a + 1, gz::CLOSING_ORG_WORDS)
        && unit.cap(a)
        && !generic(a)
        && !gz::is_place(unit.word(a))
        && !gz::contains(gz::DEMONYMS, &unit.toks[a].lower)
    {
        // "Prague's Mlýnek Film": a one-word name and "Film" closing the run.
        hits.push(OrgHit { lo: a, hi: b, known: None, suffix: Some(OrgKind::Studio) });
    } else if b - a >= 3 && unit.is(b - 1, gz::LAW_FIRM_WORDS) && (a..b - 1).all(|i| unit.cap(i) && !generic(i)) {
        // "Carraway Reyes Law": partners' names closed by "Law" are a law firm.
        hits.push(OrgHit { lo: a, hi: b, known: None, suffix: Some(OrgKind::Other) });
    } else if b - a >= 2
        && !unit.lower_word(a)
        && let Some(&(_, kind)) = gz::ORG_LEADS.iter().find(|(w, _)| unit.is(a, &[*w]))
        && unit.cap(a + 1)
        && (a + 1..b).all(|i| !generic(i))
    {
        // "the Polish company Studio Żuraw": an organisation word opening the name.
        hits.push(OrgHit { lo: a, hi: b, known: None, suffix: Some(kind) });
    }
}

/// The source relation of an outlet named at tokens `lo..hi`: "interviewed" after "told",
/// "reported" around "according to" or "… has revealed".
pub fn source_context(unit: &Unit, lo: usize, hi: usize) -> Option<&'static str> {
    let mut b = lo;
    if unit.is(b.wrapping_sub(1), &["the"]) {
        b -= 1;
    }
    let b1 = b.wrapping_sub(1);
    let b2 = b.wrapping_sub(2);
    if unit.is(b1, &["told", "tells"])
        || (unit.is(b1, &["to", "with"])
            && unit.is(b2, &["speaking", "spoke", "talking", "talked", "interview", "interviews"]))
    {
        return Some("interviewed");
    }
    if (unit.is(b1, &["to"]) && unit.is(b2, &["according"])) || (unit.is(b1, &["by"]) && unit.is(b2, &["reported"])) {
        return Some("reported");
    }
    let mut a = hi;
    if unit.is(a, &["has", "have", "had", "first", "exclusively"]) {
        a += 1;
    }
    unit.is(a, &["revealed", "reported", "reports", "reveals", "confirmed", "confirms", "learned", "obtained", "broke"])
        .then_some("reported")
}

/// How the organisation at tokens `lo..hi` relates to the production, with the kind that
/// relation implies; `limit` is where the next organisation starts, `festival` is true when
/// the organisation is a festival however it is written here ("Foocam").
pub fn relations(
    unit: &Unit,
    lo: usize,
    hi: usize,
    limit: usize,
    platform: bool,
    festival: bool,
) -> Vec<(String, OrgKind)> {
    let mut out = Vec::new();
    if let Some(label) = source_context(unit, lo, hi) {
        out.push((label.to_owned(), OrgKind::Outlet));
    }
    if subscribed(unit, lo) {
        out.push(("newsletter".to_owned(), OrgKind::Outlet));
    }
    // "financed by A and B", "repped by A, B and C": a later name of a list takes the cue
    // before the first.
    let mut b = list_start(unit, lo);
    if unit.is(b.wrapping_sub(1), &["the"]) {
        b -= 1;
    }
    let b1 = b.wrapping_sub(1);
    let b2 = b.wrapping_sub(2);
    if unit.is(b1, &["by"]) && unit.is(b2, gz::REPRESENTED) {
        out.push(("representation".to_owned(), OrgKind::Other));
    }
    if unit.is(b1, &["by", "from"])
        && unit.is(b2, &["financed", "backed", "funded", "financing", "funding", "co-financed", "support"])
        || unit.is(b1, &["financier"])
    {
        out.push(("financier".to_owned(), OrgKind::Financier));
    }
    // "streamer Vesta", "sales agent Brightwater": the role written right before the name.
    if unit.is(b1, &["streamer"]) {
        out.push(("streams".to_owned(), OrgKind::Platform));
    }
    if unit.is(b1, &["agent", "agents"]) && unit.is(b2, &["sales"]) {
        out.push(("sales agent".to_owned(), OrgKind::Distributor));
    }
    // "X has boarded the project as a financier": the role the clause after the name gives.
    if let Some(kind) = role_as(unit, hi) {
        out.push((kind.0.to_owned(), kind.1));
    }
    if unit.is(b1, &["by"]) && unit.is(b2, &["distributed", "released", "acquired"]) || unit.is(b1, &["distributor"]) {
        out.push(("distributor".to_owned(), OrgKind::Distributor));
    }
    let (c1, c2) = if unit.is(b1, &[","]) { (b.wrapping_sub(2), b.wrapping_sub(3)) } else { (b1, b2) };
    // "The financier, Bristlecone Partners, stayed": the apposition names the role.
    if unit.is(b1, &[","]) && unit.is(c1, &["financier"]) {
        out.push(("financier".to_owned(), OrgKind::Financier));
    }
    // "Streaming rights went to Lumaview", "U.K. rights were sold to Wildmoor": the buyer.
    let rights_before = (b.saturating_sub(6)..b).find(|&k| unit.is(k, &["rights"]));
    if unit.is(b1, &["to"])
        && unit.is(b2, &["went", "go", "goes", "sold"])
        && let Some(r) = rights_before
    {
        let streaming = (r.saturating_sub(3)..r).any(|k| unit.is(k, &["streaming"]));
        out.push(if streaming {
            ("streaming rights".to_owned(), OrgKind::Platform)
        } else {
            ("distributor".to_owned(), OrgKind::Distributor)
        });
    }
    // "was fined by the X Bureau", "the X Bureau fined the company": the agency that fined.
    if unit.is(b1, &["by"]) && unit.is(b2, gz::FINE_VERBS) || unit.is(list_end(unit, hi), gz::FINE_VERBS) {
        out.push(("fined the production".to_owned(), OrgKind::Office));
    }
    // "closed deals with A for France and with B for Germany": the buyer for a territory.
    let territory = unit.is(hi, &["for"]) && unit.cap(hi + 1) && gz::is_place(unit.word(hi + 1));
    let dealt = (0..lo).rev().take_while(|&k| !unit.is(k, &[".", ";", "!", "?"])).any(|k| unit.is(k, gz::DEAL_WORDS));
    if territory && unit.is(b1, &["with", "to"]) && dealt {
        out.push(("distributor".to_owned(), OrgKind::Distributor));
    }
    let company = unit.is(c1, &["company", "banner", "shingle"])
        && (unit.is(c2, &["production", "his", "her", "their"]) || unit.toks.get(c2).is_some_and(|t| t.possessive));
    // "producers A and B said": the companies producing the film.
    let producers = unit.is(b1, &["producers", "co-producers"]) && !unit.toks[b1].possessive;
    // "produced by Ann Lee for Lark Films": a person producing for the company named after.
    let for_company = unit.is(hi, &["for"]) && unit.cap(hi + 1);
    // "the family drama from X", "a X feature": the company that makes the work; not "from
    // X-born filmmaker Y", nor a festival's staging ("a Foo Festival production").
    let staging = festival || gz::contains(gz::FESTIVAL_WORDS, &unit.toks[hi - 1].lower);
    let maker = !staging
        && ((unit.is(b1, &["from"])
            && unit.is(b2, gz::MADE_WORKS)
            && !unit.toks.get(hi).is_some_and(|t| is_job_word(&t.lower)))
            || (unit.is(b1, &["a", "an"]) && unit.is(hi, gz::MADE_WORKS) && !unit.toks[hi - 1].possessive));
    if (unit.is(b1, &["by"]) && unit.is(b2, &["produced", "co-produced"]) && !for_company)
        || company
        || producers
        || maker
    {
        out.push(("production company".to_owned(), OrgKind::Studio));
    }
    // "X is producing", "X, which is fully financing", "X will distribute", "X and Y financed"
    let mut a = list_end(unit, hi);
    if unit.is(a, &[","]) && unit.is(a + 1, &["which", "who", "that"]) {
        a += 2;
    }
    // "X plans to release", "X is set to distribute"
    while unit.is(
        a,
        &[
            "is",
            "are",
            "was",
            "were",
            "will",
            "has",
            "have",
            "had",
            "also",
            "fully",
            "now",
            "be",
            "been",
            "which",
            "plans",
            "plan",
            "planned",
            "set",
            "to",
            "expected",
            "due",
            "provided",
            "provides",
            "provide",
            "providing",
        ],
    ) {
        a += 1;
    }
    // "X is providing equity financing", "… senior debt": what kind of money it provides.
    if unit.is(a.wrapping_sub(1), &["providing", "provided", "provides", "provide"]) {
        while unit.is(a, gz::FINANCING_MODIFIERS) {
            a += 1;
        }
    }
    if unit.is(
        a,
        &[
            "financing",
            "financed",
            "finances",
            "funding",
            "funded",
            "funds",
            "backing",
            "backed",
            "co-financing",
            "co-financed",
            "debt",
        ],
    ) {
        out.push(("financier".to_owned(), OrgKind::Financier));
    } else if unit.is(a, &["producing", "produced", "produces", "co-producing", "co-produced"]) {
        out.push(("production company".to_owned(), OrgKind::Studio));
    } else if unit.is(a, &["acquired", "acquires", "bought", "buys", "picked"])
        && (a + 1..(a + 6).min(unit.toks.len()))
            .take_while(|&k| !unit.is(k, &["rights"]))
            .any(|k| unit.is(k, &["streaming"]))
    {
        // "X has acquired worldwide streaming rights": the buyer streams the film.
        out.push(("streaming rights".to_owned(), OrgKind::Platform));
    } else if unit.is(a, &["acquired", "acquires", "bought", "buys", "optioned", "options"])
        && (a + 1..(a + 10).min(unit.toks.len()))
            .skip_while(|&k| !unit.is(k, &["rights"]))
            .any(|k| unit.is(k, gz::SOURCE_WORK_NOUNS))
        || unit.is(a, &["optioned", "options"])
    {
        // "X bought the rights to Y's novel": the producer acquiring its story, no distributor.
        out.push(("source rights".to_owned(), OrgKind::Studio));
    } else if unit
        .is(a, &["distributing", "distributes", "distribute", "distributed", "releasing", "releases", "release"])
        // "X is selling it", "X sells worldwide rights": the sales agent.
        || (unit.is(a, &["selling", "sells", "sell"]) && unit.is(a + 1, gz::SOLD_WORKS))
        || ((unit.is(a, &["acquired", "acquires", "bought", "buys", "picked"]) || unit.is(a, gz::RIGHTS_TAKEN))
            && (a + 1..(a + 6).min(unit.toks.len())).any(|k| unit.is(k, &["rights"])))
    {
        out.push(("distributor".to_owned(), OrgKind::Distributor));
    }
    // "premiered at the Foo Film Festival": the festival is the premiere's venue.
    let festival = festival
        || gz::contains(gz::FESTIVAL_WORDS, &unit.toks[hi - 1].lower)
        || gz::FESTIVALS.contains(&unit.slice(lo, hi));
    if festival && unit.is(b1, &["at", "in"]) && (b1.saturating_sub(5)..b1).any(|k| unit.is(k, gz::PREMIERE_WORDS)) {
        out.push(("premiere venue".to_owned(), OrgKind::Festival));
    }
    // "dismissed in Foo County District Court": the court of the case.
    if unit.is(hi - 1, &["court"]) && (0..unit.toks.len()).any(|k| unit.is(k, gz::CASE_WORDS)) {
        out.push(("court of the case".to_owned(), OrgKind::Court));
    }
    // "released on X", "streaming on X": the service the film streams on.
    if unit.is(b1, &["on"])
        && unit.is(
            b2,
            &["released", "streaming", "streams", "stream", "streamed", "premiered", "premieres", "debuted", "debuts"],
        )
        && !festival
    {
        out.push(("streams on".to_owned(), OrgKind::Platform));
    }
    if platform && unit.is(b1, &["via", "on", "to", "his", "her", "their"]) {
        out.push(("posted on".to_owned(), OrgKind::Platform));
    }
    let limit = limit.min(unit.toks.len());
    // "… on board for domestic sales rights": a short run of linking words up to "sales".
    for k in hi..limit.min(hi + 8) {
        let stops = unit.is(k, &[".", ";", "!", "?", "said", "says", "told", "while", "but", "who"])
            || (unit.cap(k) && !unit.is(k, gz::SALES_ADJ));
        if stops {
            break;
        }
        // "… handles international rights": rights of a market are a seller's or a buyer's.
        let market_rights = unit.is(k, &["rights"]) && k > hi && unit.is(k - 1, gz::SALES_ADJ);
        if unit.is(k, &["sales", "distribution"]) || market_rights {
            let mut from = k;
            while from > hi && unit.is(from - 1, gz::SALES_ADJ) && k - from < 2 {
                from -= 1;
            }
            let mut to = k + 1;
            if unit.is(to, &["rights"]) && !market_rights {
                to += 1;
            }
            let label = (from..to).map(|i| unit.toks[i].lower.as_str()).collect::<Vec<_>>().join(" ");
            out.push((label, OrgKind::Distributor));
            break;
        }
    }
    // "co-produced with X", "is producing alongside X", "in association with X": a partner
    // in the production (after what X is said to do itself: "…, which is fully financing").
    if unit.is(b1, &["with", "alongside"]) && unit.is(b2, gz::CO_PRODUCTION) {
        out.push(("co-producer".to_owned(), OrgKind::Studio));
    }
    out
}

/// The role "as a financier", "as its distributor" gives the organisation ending at `hi`, within
/// its clause: the label and the kind.
fn role_as(unit: &Unit, hi: usize) -> Option<(&'static str, OrgKind)> {
    let end = (hi..unit.toks.len().min(hi + 10))
        .find(|&k| unit.is(k, &[".", ";", ",", "!", "?"]))
        .unwrap_or(unit.toks.len().min(hi + 10));
    let at = (hi..end).find(|&k| unit.is(k, &["as"]) && unit.is(k + 1, &["a", "an", "its", "the"]))?;
    let noun = if unit.is(at + 2, gz::SALES_ADJ) { at + 3 } else { at + 2 };
    gz::ROLE_NOUNS.iter().find(|(w, _, _)| unit.is(noun, &[*w])).map(|&(_, label, kind)| (label, kind))
}

/// The first token of the list that the name at `lo` closes ("A, B and C"): the start of the
/// capitalised names before it that only commas and "and" separate from it.
fn list_start(unit: &Unit, lo: usize) -> usize {
    let mut b = lo;
    loop {
        let mut sep = b.wrapping_sub(1);
        if unit.is(sep, &["and"]) && unit.is(sep.wrapping_sub(1), &[","]) {
            sep -= 1;
        }
        if !unit.is(sep, &[",", "and"]) || !unit.cap(sep.wrapping_sub(1)) {
            return b;
        }
        b = sep - 1;
        while unit.cap(b.wrapping_sub(1)) || (unit.is(b.wrapping_sub(1), &["&"]) && unit.cap(b.wrapping_sub(2))) {
            b -= 1;
        }
    }
}

/// One past the list that the name ending at `hi` opens ("A, B and C financed"): the end of
/// the capitalised names after it that only commas and "and" separate from it.
fn list_end(unit: &Unit, hi: usize) -> usize {
    let mut a = hi;
    loop {
        let mut next = a;
        if unit.is(next, &[","]) && unit.is(next + 1, &["and"]) {
            next += 1;
        }
        if !unit.is(next, &[",", "and"]) || !unit.cap(next + 1) {
            return a;
        }
        a = next + 1;
        while unit.cap(a) || (unit.is(a, &["&"]) && unit.cap(a + 1)) {
            a += 1;
        }
    }
}

/// The organisations a labelled credit line names ("Distributor: Northwick Releasing",
/// "Production companies: Gannet Pictures, Tiderow Films"), with the kind its label gives: each
/// run of capitalised words between commas, "and", bars and dots after the colon.
pub fn labelled(unit: &Unit) -> Vec<(Run, OrgKind)> {
    let Some(colon) = (0..unit.toks.len().min(5)).find(|&k| unit.is(k, &[":"])) else { return Vec::new() };
    let label = (0..colon).map(|k| unit.toks[k].lower.as_str()).collect::<Vec<_>>().join(" ");
    let Some(&(_, kind)) = gz::ORG_LABELS.iter().find(|(l, _)| *l == label) else { return Vec::new() };
    let mut out = Vec::new();
    let mut lo = colon + 1;
    for k in colon + 1..=unit.toks.len() {
        let ends = k == unit.toks.len() || unit.is(k, &[",", "and", "|", "·", ";", "/"]);
        if !ends {
            continue;
        }
        let named = k > lo && (lo..k).all(|i| unit.cap(i) || (unit.is(i, &["&", "of", "the"]) && i > lo));
        if named {
            out.push((Run { lo, hi: k }, kind));
        }
        lo = k + 1;
    }
    out
}

/// True when the capitalised run is a festival named before a lower-case festival word ("the
/// Halcyon festival", "at the Torvik film festival"): one to three words, no known place.
pub fn festival_by_word(unit: &Unit, run: Run) -> bool {
    let head = if unit.is(run.hi, &["film", "films"]) { run.hi + 1 } else { run.hi };
    run.hi - run.lo <= 3
        && unit.lower_word(head)
        && unit.is(head, gz::FESTIVAL_WORDS)
        && !gz::is_place(unit.slice(run.lo, run.hi))
        && !(run.lo..run.hi).any(|i| gz::contains(gz::DEMONYMS, &unit.toks[i].lower))
}

/// True when the name at `lo` is one of the firms representing talent ("repped by Stanhope
/// Lusk and Dorsey Kahn"), however much it reads like a person's.
pub fn represents(unit: &Unit, lo: usize) -> bool {
    let b = list_start(unit, lo);
    unit.is(b.wrapping_sub(1), &["by"]) && unit.is(b.wrapping_sub(2), gz::REPRESENTED)
}

/// True when the name at `lo` is something one subscribes or signs up to ("you subscribed to
/// Reel Dispatch", "Sign up for Reelwire Daily"): a newsletter or a publication.
pub fn subscribed(unit: &Unit, lo: usize) -> bool {
    let b = if unit.is(lo.wrapping_sub(1), &["the"]) { lo.wrapping_sub(1) } else { lo };
    (unit.is(b.wrapping_sub(1), &["to"]) && unit.is(b.wrapping_sub(2), gz::SUBSCRIBE_VERBS))
        || (unit.is(b.wrapping_sub(1), &["for"])
            && unit.is(b.wrapping_sub(2), &["up"])
            && unit.is(b.wrapping_sub(3), &["sign", "signed", "signing"]))
}

/// True when a name is introduced as a company: "production company, X", "her banner X".
pub fn introduced_as_company(unit: &Unit, lo: usize) -> bool {
    let b = if unit.is(lo.wrapping_sub(1), &[","]) { lo.wrapping_sub(2) } else { lo.wrapping_sub(1) };
    unit.is(b, gz::COMPANY_NOUNS)
}

/// True when a name is introduced as a service right before it: "the review aggregator website
/// X", "the app X".
pub fn introduced_as_service(unit: &Unit, lo: usize) -> bool {
    unit.is(lo.wrapping_sub(1), gz::SERVICE_NOUNS) && !unit.toks[lo - 1].possessive
}

/// True when the context alone makes tokens `lo..hi` an organisation ("financed by X",
/// "X is handling international sales"); `sources` also accepts "told X" / "X reported".
pub fn by_context(unit: &Unit, lo: usize, hi: usize, sources: bool) -> bool {
    // "North American distribution rights" describes the rights, it is not a company; nor is
    // "Bartown-based" the company it qualifies, or "Bartown-born" anyone's name.
    if (lo..hi).any(|i| {
        let lower = &unit.toks[i].lower;
        unit.is(i, gz::SALES_ADJ)
            || gz::contains(gz::DEMONYMS, lower)
            || lower.ends_with("-based")
            || lower.ends_with("-born")
    }) {
        return false;
    }
    let limit = unit.toks.len();
    // A co-producer may be a person too ("produced alongside Ana Ruiz"), and a fine's subject a
    // heading's "State": those cues name no company.
    relations(unit, lo, hi, limit, false, false).iter().any(|(label, kind)| {
        label != "co-producer"
            && label != "fined the production"
            && (sources || !(*kind == OrgKind::Outlet && (label == "interviewed" || label == "reported")))
    })
}

/// True when the single word `word` shortens the organisation `name`: its first word alone
/// ("Foocam" for "Foocam International Film Festival"), or that word after a sponsor's name
/// ("EnergaFOOCAM"), when the name is an organisation's by its last word ("Festival", "Films").
/// Outlets are left out: they are named after places ("Hollywood" is not "Hollywood Reporter").
pub fn is_short_form(word: &str, name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else { return false };
    let (word_l, first_l) = (word.to_lowercase(), first.to_lowercase());
    words.len() >= 2
        && gz::org_suffix(last).is_some_and(|kind| kind != OrgKind::Outlet)
        && !gz::is_place(first)
        && first.chars().count() >= 4
        && gz::org_suffix(first).is_none()
        && !gz::contains(gz::STOP, first)
        // An all-capitals word is an acronym or a dateline ("TAOS, N.M."), not a short form.
        && ((word_l == first_l && word.chars().any(char::is_lowercase))
            || (word_l.len() > first_l.len() + 2
                && word_l.ends_with(&first_l)
                && word.chars().skip(1).any(char::is_uppercase)))
}

/// True when `acronym` ("THR") spells the initials of `name`'s capitalised words, with or
/// without a leading "The"; or, of three letters or more, those after the state a public body's
/// name opens with ("OHSB" for the "New Mexico Occupational Health and Safety Bureau").
pub fn is_acronym_of(acronym: &str, name: &str) -> bool {
    if acronym.chars().count() < 2 || !acronym.chars().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let initials = |name: &str| -> String {
        name.split_whitespace()
            .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
            .filter_map(|w| w.chars().next())
            .collect()
    };
    let all = initials(name);
    let unseated = super::places::seat_of(name)
        .and_then(|seat| name.strip_prefix(seat.as_str()).map(initials))
        .is_some_and(|rest| rest.len() >= 3 && acronym == rest);
    (all.len() >= 2 && (acronym == all || acronym.strip_prefix('T') == Some(all.as_str()))) || unseated
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_forms_of_an_organisation() {
        let name = "Foocam International Film Festival";
        assert!(is_short_form("Foocam", name));
        assert!(is_short_form("EnergaFOOCAM", name));
        assert!(!is_short_form("Energafoocam", name), "a sponsor's name is written apart by its capitals");
        assert!(!is_short_form("International", name));
        assert!(!is_short_form("Hollywood", "Hollywood Reporter"));
        assert!(!is_short_form("Texas", "Texas Film Commission"));
        assert!(!is_short_form("Foocam", "Foocam"));
    }
    use crate::entities::names::runs;
    use crate::entities::testing::unit_with_people;

    fn kinds(text: &str) -> Vec<(String, Option<OrgKind>)> {
        let (unit, _) = unit_with_people(text, &[]);
        runs(&unit)
            .into_iter()
            .flat_map(|r| in_run(&unit, r, &Lexicon::default()))
            .map(|h| (unit.slice(h.lo, h.hi).to_owned(), h.suffix))
            .collect()
    }

    fn orgs(text: &str) -> Vec<(String, Vec<(String, OrgKind)>)> {
        let (unit, _) = unit_with_people(text, &[]);
        let lex = Lexicon::default();
        let hits: Vec<OrgHit> = runs(&unit).into_iter().flat_map(|r| in_run(&unit, r, &lex)).collect();
        hits.iter()
            .enumerate()
            .map(|(i, h)| {
                let limit = hits.get(i + 1).map_or(unit.toks.len(), |n| n.lo);
                (
                    unit.slice(h.lo, h.hi).to_owned(),
                    relations(&unit, h.lo, h.hi, limit, h.known == Some(OrgKind::Platform), false),
                )
            })
            .collect()
    }

    #[test]
    fn suffixes_gazetteer_and_relations() {
        let found = orgs(
            "The thriller was financed by Northwind Capital Partners, with Ashgrove Film Group handling foreign sales and Lark Pictures on board for domestic sales rights.",
        );
        let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["Northwind Capital Partners", "Ashgrove Film Group", "Lark Pictures"]);
        assert_eq!(found[0].1, [("financier".to_owned(), OrgKind::Financier)]);
        assert_eq!(found[1].1, [("foreign sales".to_owned(), OrgKind::Distributor)]);
        assert_eq!(found[2].1, [("domestic sales rights".to_owned(), OrgKind::Distributor)]);
        let found = orgs(
            "Ember Pictures Classics is producing with Ashgrove Media, which is fully financing, and the production company, Lark Films LLC.",
        );
        let rels: Vec<(&str, &str)> = found.iter().map(|(n, r)| (n.as_str(), r[0].0.as_str())).collect();
        assert_eq!(
            rels,
            [
                ("Ember Pictures Classics", "production company"),
                ("Ashgrove Media", "financier"),
                ("Lark Films LLC", "production company")
            ]
        );
        assert!(orgs("Lark Films said Ann Lee would handle foreign sales.").iter().all(|(_, r)| r.is_empty()));
        // A heritage railway that lends a locomotive; the railway as a common noun is none.
        let names: Vec<String> =
            orgs("It belongs to the Pecos Heritage Railway.").into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["Pecos Heritage Railway"]);
        assert!(orgs("The railway closed the depot in 1961.").is_empty());
        // "Co." closes a firm's name like "LLC" does; "co-star" is no firm.
        let names: Vec<String> =
            orgs("The rigging contractor, Summit Line Rigging Co., was cited.").into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["Summit Line Rigging Co."]);
        assert!(orgs("Ann Lee will co-star with Tom Vale.").is_empty());
    }

    #[test]
    fn service_houses_institutions_and_charities() {
        assert_eq!(
            kinds("She is with Brightfold Artists, and lenses come from Tamber Camera Rental."),
            [
                ("Brightfold Artists".to_owned(), Some(OrgKind::Other)),
                ("Tamber Camera Rental".to_owned(), Some(OrgKind::Other))
            ]
        );
        assert_eq!(kinds("Donations may go to the Stagehands' Relief Fund.")[0].1, Some(OrgKind::Other));
        assert_eq!(kinds("It is backed by the Moravia Film Fund.")[0].1, Some(OrgKind::Financier));
        assert_eq!(kinds("The grade goes to Quillwork Post in Oslo.")[0].1, Some(OrgKind::Other));
        assert_eq!(kinds("He told the Denver Post on Monday.")[0].1, Some(OrgKind::Outlet));
        assert_eq!(kinds("Visitation is at Ashby-Lund Funeral Home on Friday.")[0].0, "Ashby-Lund Funeral Home");
        assert_eq!(
            kinds("It is a co-production of Oslo's Wrona Film."),
            [("Wrona Film".to_owned(), Some(OrgKind::Studio))]
        );
        assert!(kinds("It won at the Wrona Film Days.").iter().all(|(_, k)| *k != Some(OrgKind::Studio)));
        assert!(kinds("It is a Danish Film, made in Oslo.").is_empty());
        assert_eq!(
            kinds("It is co-produced by the Polish company Studio Wrona."),
            [("Studio Wrona".to_owned(), Some(OrgKind::Studio))]
        );
    }

    #[test]
    fn trade_firms_lists_and_streaming_buyers() {
        let found = orgs(
            "Fenmore Talent, Orla Quayside Management and Brisk Wade LLP signed her; the Harbor Film Office Director Ann Lee agreed.",
        );
        let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["Fenmore Talent", "Orla Quayside Management", "Brisk Wade LLP", "Harbor Film Office"]);
        let found = orgs("Vexley Partners and Ironmoor Capital provided financing.");
        assert_eq!(
            found[0].1,
            [("financier".to_owned(), OrgKind::Financier)],
            "the first of a list takes the verb after it"
        );
        let found = orgs("Ann Lee is repped by Fenmore Talent and Brisk Wade LLP.");
        assert!(found.iter().all(|(_, r)| r.contains(&("representation".to_owned(), OrgKind::Other))));
        let found = orgs("Lumora Studios has acquired worldwide streaming rights to the film.");
        assert_eq!(found[0].1, [("streaming rights".to_owned(), OrgKind::Platform)]);
        let found = orgs("The drama is on schedule, producers Lark Pictures and Fenmore Media said.");
        assert!(found.iter().all(|(_, r)| r.contains(&("production company".to_owned(), OrgKind::Studio))));
        let found = orgs("In 2014 Lumora Films bought the rights to Ann Lee's novel.");
        assert_eq!(found[0].1, [("source rights".to_owned(), OrgKind::Studio)]);
        let found = orgs("Lumora Films bought the rights to the drama for Spain.");
        assert_eq!(found[0].1, [("distributor".to_owned(), OrgKind::Distributor)]);
        let found = orgs("The western will stream on Lumora Studios next year.");
        assert!(found[0].1.contains(&("streams on".to_owned(), OrgKind::Platform)));
        let found = orgs("The drama was released on Lumora Studios in May.");
        assert!(found[0].1.contains(&("streams on".to_owned(), OrgKind::Platform)));
    }

    #[test]
    fn a_guild_a_court_or_a_ministry_of_somewhere() {
        assert_eq!(
            kinds("She joined the Directors Guild of Canada in May."),
            [("Directors Guild of Canada".to_owned(), Some(OrgKind::Union))]
        );
        assert_eq!(
            kinds("The Ministry of Culture gave a grant."),
            [("Ministry of Culture".to_owned(), Some(OrgKind::Office))]
        );
    }

    #[test]
    fn what_one_subscribes_to_is_a_publication() {
        let (unit, _) = unit_with_people("You are receiving this because you subscribed to Reel Post at home.", &[]);
        let lo = unit.toks.iter().position(|t| t.lower == "reel").unwrap();
        assert!(subscribed(&unit, lo));
        let (unit, _) = unit_with_people("Sign up for Reelwire Daily Headlines.", &[]);
        assert!(subscribed(&unit, 3));
        let (unit, _) = unit_with_people("She was sent to Ann Lee for advice.", &[]);
        assert!(!subscribed(&unit, 4));
    }

    #[test]
    fn roles_written_before_or_after_a_firm() {
        let rel = |text: &str| orgs(text).into_iter().next().map(|(_, r)| r).unwrap_or_default();
        assert_eq!(
            rel("Ashgrove Media has boarded the project as a financier."),
            [("financier".to_owned(), OrgKind::Financier)]
        );
        assert_eq!(rel("It got support from the Harlan Film Fund."), [("financier".to_owned(), OrgKind::Financier)]);
        assert_eq!(rel("The rights went to streamer Vesta Films."), [("streams".to_owned(), OrgKind::Platform)]);
        assert_eq!(
            rel("Sales agent Brightwater Films handles it."),
            [("sales agent".to_owned(), OrgKind::Distributor)]
        );
        assert!(rel("Ashgrove Media sees it as a film for everyone.").is_empty());
    }

    #[test]
    fn rights_taken_or_handled_make_a_distributor() {
        let rel = |text: &str| orgs(text).into_iter().next().map(|(_, r)| r).unwrap_or_default();
        assert!(
            rel("Lodestar Media took North American rights on Friday.")
                .contains(&("distributor".to_owned(), OrgKind::Distributor))
        );
        assert_eq!(
            rel("Tessel Media handles international rights."),
            [("international rights".to_owned(), OrgKind::Distributor)]
        );
        assert!(rel("Lodestar Media took the lead on Friday.").is_empty());
    }

    #[test]
    fn a_labelled_credit_line_names_its_organisations() {
        let named = |text: &str| {
            let (unit, _) = unit_with_people(text, &[]);
            labelled(&unit).into_iter().map(|(r, k)| (unit.slice(r.lo, r.hi).to_owned(), k)).collect::<Vec<_>>()
        };
        assert_eq!(
            named("Distributor: Northwick Releasing"),
            [("Northwick Releasing".to_owned(), OrgKind::Distributor)]
        );
        assert_eq!(
            named("Production companies: Gannet Rock Pictures, Tiderow Films"),
            [("Gannet Rock Pictures".to_owned(), OrgKind::Studio), ("Tiderow Films".to_owned(), OrgKind::Studio)]
        );
        assert!(named("Director: Ann Lee").is_empty());
        assert!(named("Distributor: to be announced").is_empty());
    }

    #[test]
    fn an_agency_that_fined_the_production() {
        let fined = |text: &str| {
            orgs(text).iter().any(|(n, r)| {
                n.ends_with("Bureau") && r.contains(&("fined the production".to_owned(), OrgKind::Office))
            })
        };
        assert!(fined("The Ohio Safety Bureau fined Lark Films $9,000."));
        assert!(fined("Lark Films was cited by the Ohio Safety Bureau in May."));
        assert!(!fined("The Ohio Safety Bureau opened an inquiry."));
        let (unit, _) = unit_with_people("State fines Lark Films $9,000.", &[]);
        assert!(!by_context(&unit, 0, 1, false), "a fine's subject alone names no organisation");
    }

    #[test]
    fn a_name_before_a_lower_case_festival_word_is_the_festival() {
        let festival = |text: &str, name: &str| {
            let (unit, _) = unit_with_people(text, &[]);
            runs(&unit).into_iter().any(|r| unit.slice(r.lo, r.hi) == name && festival_by_word(&unit, r))
        };
        assert!(festival("It premiered at the Halcyon festival on Friday.", "Halcyon"));
        assert!(festival("She went to the Torvik film festival in May.", "Torvik"));
        assert!(!festival("It played a Texas festival in May.", "Texas"));
        assert!(!festival("It won at a Polish festival.", "Polish"));
    }

    #[test]
    fn a_firm_a_deal_was_made_with_for_a_territory_is_its_distributor() {
        let found = orgs("The seller closed deals with Lumen Noire for France and with Gelbwald Films for Germany.");
        assert!(found.iter().all(|(_, r)| r.contains(&("distributor".to_owned(), OrgKind::Distributor))));
        let found = orgs("Rights were sold to Harrow Media for Japan on Friday.");
        assert!(found[0].1.contains(&("distributor".to_owned(), OrgKind::Distributor)));
        assert!(orgs("She worked with Lumen Films for France's team.")[0].1.is_empty());
    }

    #[test]
    fn an_apposed_financier_and_a_buyer_rights_went_to() {
        let found = orgs("The financier, Bristle Film Partners, stayed the course.");
        assert_eq!(found[0].1, [("financier".to_owned(), OrgKind::Financier)]);
        let found = orgs("Streaming rights went to Lumo Films in May; U.K. rights were sold to Wyld Pictures.");
        assert_eq!(found[0].1, [("streaming rights".to_owned(), OrgKind::Platform)]);
        assert_eq!(found[1].1, [("distributor".to_owned(), OrgKind::Distributor)]);
        assert!(orgs("The prize went to Lumo Films.")[0].1.is_empty());
    }

    #[test]
    fn crew_suppliers_bond_companies_law_firms_and_sellers() {
        let names = |text: &str| orgs(text).into_iter().map(|(n, _)| n).collect::<Vec<_>>();
        assert_eq!(
            names("Harlow Table Catering fed the crew; Odell Lumber Supply sent timber."),
            ["Harlow Table Catering", "Odell Lumber Supply"]
        );
        assert_eq!(kinds("Vesta Completion Guaranty is bonding the film.")[0].1, Some(OrgKind::Financier));
        assert_eq!(kinds("It went to Brandt Filmverleih for Austria.")[0].1, Some(OrgKind::Distributor));
        assert_eq!(kinds("Bristle Film Partners stayed the course.")[0].1, Some(OrgKind::Financier));
        assert_eq!(names("The buyer was represented by Marlow Quist Law."), ["Marlow Quist Law"]);
        assert!(names("The film stars Jude Law.").is_empty(), "a surname after a given name is no firm");
        let found = orgs("Ashgrove Capital, which is providing equity financing, joined.");
        assert_eq!(found[0].1, [("financier".to_owned(), OrgKind::Financier)]);
        let found = orgs("Quarry Peak International is selling it at the market.");
        assert_eq!(found[0].1, [("distributor".to_owned(), OrgKind::Distributor)]);
        let studio = |text: &str| orgs(text)[0].1.contains(&("production company".to_owned(), OrgKind::Studio));
        assert!(studio("It is the family drama from Halvor Media, shot in May."));
        assert!(studio("“Dry Creek,” a Halvor Media feature, is filming in Ohio."));
        assert!(!studio("She left Halvor Media for a film."));
        assert!(orgs("He saw her in a Halvor Festival production.")[0].1.is_empty());
        let (unit, _) = unit_with_people("It is the drama from Bexley-born filmmaker Ann Lee.", &[]);
        assert!(!by_context(&unit, 5, 6, false), "a birthplace is no company");
        let (unit, _) = unit_with_people("The film is produced by Ivo Brandt for Lark Films.", &[]);
        assert!(!by_context(&unit, 5, 7, false), "a producer for a company is a person");
    }

    #[test]
    fn a_partner_produced_with_or_alongside_is_a_co_producer() {
        let co = |text: &str| {
            orgs(text)
                .into_iter()
                .filter(|(_, r)| r.iter().any(|(l, k)| l == "co-producer" && *k == OrgKind::Studio))
                .count()
        };
        assert_eq!(co("Lark Pictures is producing alongside Fenmore Media."), 1);
        assert_eq!(co("It was made by Lark Pictures and co-produced with Fenmore Media."), 1);
        assert_eq!(co("A Lark Pictures production, in association with Fenmore Media."), 1);
        assert_eq!(co("She worked with Fenmore Media on a campaign."), 0);
        assert_eq!(co("The film was shot alongside Fenmore Media's offices."), 0);
        let (unit, _) = unit_with_people("Ben Hale produced alongside Ana Ruiz.", &[]);
        assert!(!by_context(&unit, 4, 6, false), "a person produced alongside is no company");
    }

    #[test]
    fn outlets_quoted_as_sources() {
        let found = orgs(
            "She told Variety and told the Hollywood Reporter that IndieWire had reported it; she posted via Instagram.",
        );
        let labels: Vec<(&str, &str)> =
            found.iter().map(|(n, r)| (n.as_str(), r.first().map_or("", |x| x.0.as_str()))).collect();
        assert_eq!(
            labels,
            [
                ("Variety", "interviewed"),
                ("Hollywood Reporter", "interviewed"),
                ("IndieWire", "reported"),
                ("Instagram", "posted on")
            ]
        );
    }

    #[test]
    fn offices_and_acronyms() {
        assert_eq!(
            orgs("Staff of the Santa Fe County Sheriff’s Office and the Office of the Medical Investigator met.").len(),
            2
        );
        let names: Vec<String> =
            orgs("The Georgia Department of Labor opened an inquiry.").into_iter().map(|o| o.0).collect();
        assert_eq!(names, ["Georgia Department of Labor"]);
        let names: Vec<String> =
            orgs("The Teamsters union and SAG-AFTRA called for new rules.").into_iter().map(|o| o.0).collect();
        assert_eq!(names, ["Teamsters", "SAG-AFTRA"]);
        assert!(orgs("Equity financing came from three private investors.").is_empty());
        let names: Vec<String> =
            orgs("The Los Angeles County Department of Public Health said so.").into_iter().map(|o| o.0).collect();
        assert_eq!(names, ["Los Angeles County Department of Public Health"]);
        let lex = Lexicon { lower_words: ["health".to_owned(), "safety".to_owned()].into(), ..Lexicon::default() };
        let (unit, _) = unit_with_people("It was fined by the State Occupational Health and Safety Bureau.", &[]);
        let hits: Vec<OrgHit> = runs(&unit).into_iter().flat_map(|r| in_run(&unit, r, &lex)).collect();
        assert_eq!(unit.slice(hits[0].lo, hits[0].hi), "State Occupational Health and Safety Bureau");
        // Without those words in the corpus' lower case, fields an agency serves still join.
        let (unit, _) = unit_with_people("The Oregon Safety and Health Division opened an inquiry.", &[]);
        let hits: Vec<OrgHit> = runs(&unit).into_iter().flat_map(|r| in_run(&unit, r, &Lexicon::default())).collect();
        assert_eq!(unit.slice(hits[0].lo, hits[0].hi), "Oregon Safety and Health Division");
        let (unit, _) = unit_with_people("It went to Harrow Films and Lumen Pictures.", &[]);
        let hits: Vec<OrgHit> = runs(&unit).into_iter().flat_map(|r| in_run(&unit, r, &Lexicon::default())).collect();
        assert_eq!(hits.len(), 2, "two studios stay two");
        assert!(is_acronym_of("THR", "Hollywood Reporter"));
        assert!(is_acronym_of("NYT", "New York Times"));
        assert!(!is_acronym_of("CAA", "Hollywood Reporter"));
        assert!(is_acronym_of("OHSB", "New Mexico Occupational Health and Safety Bureau"));
        assert!(is_acronym_of("DFW", "Oregon Department of Fish and Wildlife"));
        assert!(!is_acronym_of("DL", "Georgia Department of Labor"), "two letters after a state are too few");
        assert_eq!(key("The Hollywood  Reporter"), "hollywood reporter");
    }
}
