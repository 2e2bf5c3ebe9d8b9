//! Stage 4: production events, dated with [`crate::dates`] and linked to entities.
//!
//! Each Sentence or Heading segment (never residue, never a page's metadata line) is read into
//! event frames (`frames`): its embedded clauses are cut out (`clauses`), triggers found in it
//! and in its main clause, and those that tell the story, name another production or are only
//! hypothetical are dropped; announced ones are kept as scheduled. A trigger's date comes from
//! its own clause (or a clause qualifying it), never from a decade, and a date that qualifies a
//! noun ("the March 2019 accident") dates that noun's event only. The word lists live in
//! `vocabulary`. Beyond that, a review titled "Some Film (2024)" also dates the film's
//! release by the first mention of "Some Film (2024)" in its prose. Each kind of event a
//! sentence reports becomes a mention, dated by the date phrase in the trigger's clause, else by
//! a date in a clause that reports nothing else, else by the sentence's other dates (a year
//! that qualifies a noun, "her 2019 thriller", dates a work and never an event). A sentence that
//! reports events with two different dates is cut into clauses so each event keeps its own. A sentence with no date of
//! its own continues the one before it in the paragraph when that one gave a date but no event
//! ("Two years later, the film was done. Released in May…"). Relative phrases are resolved
//! against the publication date ("last year") or against the latest absolute date of the same
//! or previous paragraph ("two years later"), and stay undated otherwise.
//!
//! Mentions are then merged across documents (`merge`): same kind, compatible dates (and the
//! same topic for kinds that recur, like legal steps), keeping the most precise date and all
//! evidence. Events are sorted by date — coarser dates first when ranges start together, as
//! [`knowledge::Date`]'s order does — and undated ones come last in document order.

mod clauses;
mod frames;
pub mod headline;
mod merge;
pub(crate) mod triggers;
mod vocabulary;

use knowledge::{
    Anchor, Date, Document, Event, EventKind, EventStatus, Evidence, Precision, SegmentKind, Span, TimeSource, When,
};

use crate::Entities;
use crate::dates::{self, DocumentTime, Relative};
use crate::entities::works::other_work_parts;
use triggers::Trigger;
use vocabulary::{ADJUNCT_OPENERS, COUNT_WORDS, REPORTING_VERBS, SIMULTANEOUS, SUBORDINATORS};

/// Extracts production events from every document, merged across documents, in chronological order.
pub fn extract(documents: &[Document], entities: &Entities) -> Vec<Event> {
    merge::merge(documents, mentions(documents, entities))
}

/// One report of an event in one document, before merging.
#[derive(Clone, Debug)]
pub(crate) struct Mention {
    /// Index of the document.
    pub doc: usize,
    /// What kind of event.
    pub kind: EventKind,
    /// Reported as done or announced for later.
    pub status: EventStatus,
    /// Which event of that kind (see [`triggers`]).
    pub topic: &'static str,
    /// The sentence or clause that reports it (trimmed).
    pub span: Span,
    /// When, as the sentence puts it.
    pub when: Option<When>,
    /// What an unresolved phrase still says ("last April" names April), for merging.
    pub rel: Option<Relative>,
    /// People mentioned in the fact part of the span (indices into [`Entities::people`]).
    pub people: Vec<u16>,
    /// Places mentioned likewise.
    pub places: Vec<u16>,
    /// Organisations mentioned likewise.
    pub organisations: Vec<u16>,
}

/// A date phrase of a sentence, resolved when it can be.
#[derive(Clone, Debug)]
struct Phrase {
    /// Absolute byte range in the document.
    start: usize,
    end: usize,
    date: Option<Date>,
    resolved: bool,
    rel: Option<Relative>,
    attributive: bool,
    /// How `date` was worked out when the phrase does not state it.
    anchor: Option<Anchor>,
    /// The clause it is in (see [`clauses::Clauses::region`]).
    region: usize,
    /// True when it qualifies the noun after it ("the March 2019 accident"): it dates that
    /// noun's event only.
    noun_of: bool,
    /// True for a count from a date it names ("two years after the March 2019 accident"): it
    /// never dates the noun of the date it counts from.
    counted: bool,
    /// The first end of a range ("from Monday, Oct. 6 through Oct. 10"): the day a period it
    /// tells of opens on.
    first: Option<Date>,
}

/// The sentence before the current one, for date continuation.
struct Previous {
    paragraph: u16,
    start: usize,
    phrase: Option<Phrase>,
    had_event: bool,
    /// Whether it reported harm on the set (an incident), which a halt told next follows.
    harm: bool,
    /// Whether it is about the shoot, so "it" in the next sentence may stand for the production.
    about_filming: bool,
    /// Whether it reported an actor joining, so a bare "joined in March" next is more casting.
    casting: bool,
    /// Whether it tells the story, so the next sentence in the story's present goes on telling it.
    plot: bool,
    /// The announced event or the deal it reported alone (index into the mentions), which the next
    /// sentence may continue.
    announced: Option<usize>,
}

/// Every event mention of every document, in document and text order.
pub(crate) fn mentions(documents: &[Document], entities: &Entities) -> Vec<Mention> {
    let characters = entities.people.iter().flat_map(|p| p.roles.iter()).filter_map(|r| r.character.as_deref());
    let people = entities.people.iter().map(|p| &*p.name);
    let context = frames::Context::new(crate::entities::works::OwnTitles::of(documents), characters, people);
    // Listing blocks and roundup items about other works report none of this production's events.
    let parts = other_work_parts(documents, &context.own);
    let mut out = Vec::new();
    for (doc_index, doc) in documents.iter().enumerate() {
        let links = Links::new(doc_index, entities);
        let mut anchors: Vec<(u16, Date, Span)> = Vec::new();
        let mut previous: Option<Previous> = None;
        // The date heading a timeline entry, with the paragraph it dates and whether it is only
        // the date the entry was written ("Update #14 · Nov. 20, 2025").
        let mut head: Option<(u16, Phrase, bool)> = None;
        let mut work = triggers::titled_work(&doc.title);
        // The paragraph of a live post under its time stamp, with the day the page is dated.
        let mut live: Option<(u16, Date, Span, &str)> = None;
        for seg in doc.segments.iter().filter(|s| matches!(s.kind, SegmentKind::Sentence | SegmentKind::Heading)) {
            let (start, end) = (seg.span.start as usize, seg.span.end as usize);
            if parts[doc_index].iter().any(|&(s, e)| (s..e).contains(&start)) {
                previous = None;
                continue;
            }
            let Some(text) = doc.text.get(start..end) else { continue };
            // A news dateline tells where and when the story was filed, not what happened; a
            // date before the dash that is not the creation time heads a timeline entry
            // ("Jan. 11, 2016 — Complaint filed.").
            let dateline =
                doc.created.as_ref().is_some_and(|c| c.span.start < seg.span.end && seg.span.start < c.span.end);
            let lead = crate::segment::dateline_len(text);
            let lead = if !dateline && opens_with_date(&text[..lead]) { 0 } else { lead };
            let (start, text) = (start + lead, &text[lead..]);
            // A running page's entry head ("Update #14 · Nov. 20, 2025") dates its entry.
            if triggers::is_metadata_line(text) && dates::entry_label_len(text).is_none() {
                previous = None;
                continue;
            }
            // A live post's time stamp ("8:42 p.m.") heads a post written on the day the page is dated.
            if triggers::is_post_time(text) {
                live = doc
                    .created
                    .as_ref()
                    .filter(|c| c.date.precision == Precision::Day)
                    .map(|c| (seg.paragraph + 1, c.date, c.span, text.trim()));
                previous = None;
                continue;
            }
            let temporal: Vec<(usize, usize)> = dates::find(text).iter().map(|f| (f.start, f.end)).collect();
            let after_filming = previous.as_ref().is_some_and(|p| p.paragraph == seg.paragraph && p.about_filming);
            let after_plot = previous.as_ref().is_some_and(|p| p.paragraph == seg.paragraph && p.plot);
            let frame = frames::read(text, &temporal, &context, after_filming, after_plot);
            // A dated entry was written on its date: what it tells relative to the time of
            // writing ("on Saturday", "this morning") counts from there.
            let written = head
                .as_ref()
                .filter(|(p, ..)| *p == seg.paragraph)
                .and_then(|(_, h, _)| Some((h.date?, Span { start: to_u32(h.start), end: to_u32(h.end) })))
                .filter(|(d, _)| d.precision == Precision::Day);
            let phrases = phrases(doc, doc_index, text, start, &frame, (seg.paragraph, written), &mut anchors);
            match head_of(text, start, &phrases).filter(|_| !dateline) {
                Some((phrase, alone)) => {
                    let written_only = dates::entry_label_len(text).is_some();
                    head = Some((seg.paragraph + u16::from(alone), phrase, written_only));
                }
                None if seg.kind == SegmentKind::Heading => head = None,
                None => {}
            }
            let head_here =
                head.as_ref().filter(|(p, _, written_only)| *p == seg.paragraph && !written_only).map(|(_, h, _)| h);
            let mut found: Vec<(Trigger, EventStatus)> = frame.triggers.clone();
            if let Some(at) = work.as_deref().and_then(|w| text.find(w)) {
                // The first mention of the dated work the title names gives its release year.
                let end = at + work.take().map_or(0, |w| w.len());
                found.push((
                    Trigger { start: at, end, phrase: at, kind: EventKind::Release, topic: "release" },
                    EventStatus::Happened,
                ));
                found.sort_by_key(|(t, _)| (t.start, t.end));
            }
            // "Brisbois was cast in January. Marchetti-Lowe joined in March along with Andrevko."
            let after_casting = previous.as_ref().is_some_and(|p| p.paragraph == seg.paragraph && p.casting);
            if after_casting && !found.iter().any(|(t, _)| t.kind == EventKind::Casting) {
                found.extend(triggers::bare_join(text).map(|t| (t, EventStatus::Happened)));
            }
            found.retain(|(t, _)| !frame.in_plot(t.start));
            // A deal or an announced event may go on in the next sentence, also across a
            // paragraph break (wire copy gives most sentences a paragraph of their own).
            let halts_only = !found.is_empty() && found.iter().all(|(t, _)| t.kind == EventKind::FilmingStop);
            let continued = previous.as_ref().filter(|p| p.paragraph + 1 >= seg.paragraph).and_then(|p| p.announced);
            let carried = previous
                .take()
                // A halt told right after a dated incident ("On March 14, a flood swept through
                // the set. Production was halted.") stopped the shoot that day, also told in a
                // paragraph of its own as wire copy does.
                .filter(|p| {
                    (p.paragraph == seg.paragraph && !p.had_event)
                        || (p.harm && halts_only && p.paragraph.saturating_add(1) >= seg.paragraph)
                })
                // Across a paragraph break the halt's own sentence is its report.
                .and_then(|p| p.phrase.map(|ph| (if p.paragraph == seg.paragraph { p.start } else { start }, ph)));
            let sentence = Sentence {
                doc,
                doc_index,
                start,
                text,
                story: frame.story,
                frame: &frame,
                phrases: &phrases,
                links: &links,
            };
            let carried = carried.filter(|_| head_here.is_none());
            let reported = if found.is_empty() { Vec::new() } else { sentence.mentions(&found, carried, head_here) };
            let mut reported = reported;
            if let Some((_, day, span, stamp)) = live.filter(|(p, ..)| *p == seg.paragraph) {
                live_day(&mut reported, &frame.triggers, text, doc_index, (day, span, stamp));
            }
            let kinds: Vec<EventKind> = reported.iter().map(|m| m.kind).collect();
            let mut had_event = !reported.is_empty();
            let harm = reported.iter().any(|m| m.kind == EventKind::Incident && m.status == EventStatus::Happened);
            let phrase = phrases.iter().find(|p| !p.attributive && p.region == 0 && !p.noun_of).cloned();
            let deals: Vec<usize> = (0..reported.len()).filter(|&k| reported[k].kind == EventKind::Financing).collect();
            let mut announced = match (reported.as_slice(), deals.as_slice()) {
                ([one], _) if one.status == EventStatus::Scheduled => Some(out.len()),
                // A legal step told by its month may get its day in the next sentence.
                ([one], _) if frames::refinable(one.kind, one.when.as_ref().and_then(|w| w.date)) => Some(out.len()),
                (_, [deal]) => Some(out.len() + deal),
                _ => None,
            };
            out.extend(reported);
            // A sentence telling the story never continues an announced event.
            let tells_story = frame.story < text.len();
            if let Some(i) =
                continued.filter(|&i| !had_event && !tells_story && frames::continues(text, out[i].kind, out[i].status))
            {
                sentence.continue_mention(&mut out[i], phrase.as_ref());
                (had_event, announced) = (true, Some(i));
            }
            let about_filming = frames::about_filming(&text[..frame.story], &kinds);
            let casting = kinds.contains(&EventKind::Casting);
            let plot = tells_story;
            previous = Some(Previous {
                paragraph: seg.paragraph,
                start,
                phrase,
                had_event,
                harm,
                about_filming,
                casting,
                plot,
                announced,
            });
        }
    }
    out
}

/// Tags and normalises the date phrases of a sentence (before its plot summary) with
/// [`dates::tag`], against the document's creation time and the latest date of the same or
/// previous paragraph; records the sentence's own dates as anchors for the sentences after it.
fn phrases(
    doc: &Document,
    doc_index: usize,
    text: &str,
    offset: usize,
    frame: &frames::Frame,
    (paragraph, written): (u16, Option<(Date, Span)>),
    anchors: &mut Vec<(u16, Date, Span)>,
) -> Vec<Phrase> {
    let earlier = anchors.last().filter(|(p, ..)| p.saturating_add(1) >= paragraph).copied();
    let created = doc.created.as_ref();
    // The same paragraph's last date, or an earlier paragraph's full date ("Filming began on
    // April 14, 2025." … "the grass fire of April 22"): a narrative goes on in its year.
    // A bare year far from the time of writing ("looked like Washington in 1931") is a
    // comparison or a story's time more often than the year a narrative goes on in.
    let near_writing = |d: &Date| created.is_none_or(|c| (c.date.year - d.year).abs() <= 1);
    let narrative = anchors
        .last()
        .filter(|(p, d, _)| {
            (*p == paragraph && (d.precision >= Precision::Season || near_writing(d))) || d.precision == Precision::Day
        })
        .map(|(_, d, _)| *d);
    let stated = written.map(|(d, _)| (d, TimeSource::Published)).or_else(|| created.map(|c| (c.date, c.source)));
    let time = DocumentTime { created: stated, previous: earlier.map(|(_, d, _)| d), narrative };
    let here = Span { start: to_u32(offset), end: to_u32(offset + text.len()) };
    let mut out: Vec<Phrase> = Vec::new();
    // A week counted from the passage's last day ("the following week"), with its end: a
    // weekday set off after it names a day of that week.
    let mut week: Option<(i32, usize)> = None;
    // Story-world times ("in 1911", "the 1880s") never date nor anchor a production event.
    for mut t in dates::tag(text, &time).into_iter().filter(|t| !frame.in_plot(t.start) && t.end <= frame.story) {
        let anchor = t.how.as_ref().and_then(|how| {
            let span = match how.from {
                dates::From::Creation => written.map(|(_, span)| span).or_else(|| created.map(|c| c.span)),
                dates::From::Previous => earlier.map(|(.., span)| span),
                dates::From::Sentence => Some(here),
            }?;
            let evidence = Evidence { doc: u16::try_from(doc_index).ok()?, span, curated: false };
            Some(Anchor { evidence, rule: how.rule.clone().into(), inferred: how.inferred })
        });
        let mut anchor = anchor;
        let mut start = offset + t.start;
        let counted_week = week.take();
        if let (Some((by, week_end)), dates::Expr::Relative { rel: Relative::Weekday { day, by: 0 }, .. }) =
            (counted_week, t.expr)
            && matches!(text[week_end..t.start].trim(), "," | ", on" | "on")
            && let Some((_, from, span)) = earlier
            && let Some(date) = dates::weekday_of_week(from, by, day)
        {
            let evidence = Evidence { doc: u16::try_from(doc_index).unwrap_or(u16::MAX), span, curated: false };
            let rule = format!("the weekday of the week {by} after {}", dates::label(from));
            anchor = Some(Anchor { evidence, rule: rule.clone().into(), inferred: false });
            (t.value, t.how) = (Some(date), Some(dates::How { from: dates::From::Previous, rule, inferred: false }));
            start = out.pop().map_or(start, |w| w.start);
        }
        if let dates::Expr::Relative {
            rel: Relative::Shift { unit: dates::Unit::Week, by, hedge: dates::Hedge::Exact, .. },
            base: dates::Base::Previous,
        } = t.expr
        {
            week = Some((by, t.end));
        }
        let resolved = t.value.is_some() && t.how.is_some();
        // A count from a date named in the phrase ("two years after the March 2019 accident")
        // dates the clause it is in; the date it counts from is a phrase of its own, which may
        // date the noun it qualifies (the accident).
        let counted_from = match t.expr {
            dates::Expr::Anchored { anchor, named: (lo, hi), .. } => Some((t.start + lo, t.start + hi, anchor)),
            _ => None,
        };
        if let Some((start, end, anchor)) = counted_from {
            out.push(Phrase {
                start: offset + start,
                end: offset + end,
                date: Some(anchor),
                resolved: false,
                rel: None,
                attributive: false,
                anchor: None,
                region: frame.clauses.region(start),
                noun_of: clauses::qualifies_noun(text, start, end),
                counted: false,
                first: None,
            });
        }
        let noun_of = counted_from.is_none() && clauses::qualifies_noun(text, t.start, t.end);
        // A month-day resolved to a day ("On Thursday, Oct. 30, …") anchors "that evening" after
        // it; so does a day counted from the passage ("Two days later", "the following week,
        // on Monday"), which the next count goes on from.
        let counted_day = t.how.as_ref().is_some_and(|h| h.from == dates::From::Previous)
            && matches!(
                t.expr,
                dates::Expr::Relative {
                    rel: Relative::Shift { unit: dates::Unit::Day, .. } | Relative::Weekday { .. },
                    ..
                }
            );
        // A weekday or a day of the month resolved to a day ("On Tuesday", "on the 18th") anchors
        // "the next morning" after it too.
        let day = match t.expr {
            dates::Expr::Relative {
                rel: Relative::SameYear { day: 1.., .. } | Relative::Weekday { .. } | Relative::DayOfMonth { .. },
                ..
            } => t.value.filter(|d| d.precision == Precision::Day && resolved),
            _ if counted_day => t.value.filter(|d| d.precision == Precision::Day && resolved),
            _ => None,
        };
        if let Some(a) = t.anchor().or(day).filter(|_| !noun_of) {
            anchors.push((paragraph, a, here));
        }
        out.push(Phrase {
            start,
            end: offset + t.end,
            date: t.value,
            resolved,
            rel: t.relative(),
            attributive: t.attributive(),
            anchor: anchor.filter(|_| resolved),
            region: frame.clauses.region(t.start),
            noun_of,
            counted: counted_from.is_some(),
            first: t.ends.map(|(a, _)| a),
        });
    }
    // "the following spring, on April 24": a finer date set off after a coarser one that holds
    // it says when; the coarser one is only its frame.
    // So does a date set off after a count that gives none ("more than a year later, in January
    // 2023").
    let refined = |a: &Phrase, b: &Phrase| {
        let between = text.get(a.end - offset..b.start.max(a.end) - offset).unwrap_or_default().trim();
        a.end <= b.start
            && matches!(between, "," | ", on" | ", in")
            && match (a.date, b.date) {
                (Some(x), Some(y)) => y.precision > x.precision && dates::compatible(x, y),
                (None, Some(_)) => true,
                _ => false,
            }
    };
    let dropped: Vec<usize> = (1..out.len()).filter(|&i| refined(&out[i - 1], &out[i])).map(|i| i - 1).collect();
    let mut index = 0;
    out.retain(|_| {
        index += 1;
        !dropped.contains(&(index - 1))
    });
    out
}

/// One sentence with what was found in it.
struct Sentence<'a> {
    doc: &'a Document,
    doc_index: usize,
    /// Absolute offset of the sentence.
    start: usize,
    text: &'a str,
    /// Sentence-relative start of the plot summary (or its length).
    story: usize,
    /// Its clauses and triggers.
    frame: &'a frames::Frame,
    phrases: &'a [Phrase],
    links: &'a Links,
}

/// The triggers of one kind in a sentence, with the date given to them.
struct Group {
    kind: EventKind,
    status: EventStatus,
    topic: &'static str,
    /// The legal step it reports, when the sentence may tell several ("" otherwise).
    step: &'static str,
    /// Sentence-relative offset of the first trigger.
    at: usize,
    /// Sentence-relative end of the first trigger.
    end: usize,
    date: Option<usize>,
}

impl Sentence<'_> {
    /// The mentions this sentence gives, one per kind of event.
    fn mentions(
        &self,
        reported: &[(Trigger, EventStatus)],
        carried: Option<(usize, Phrase)>,
        head: Option<&Phrase>,
    ) -> Vec<Mention> {
        let bounds = self.clause_bounds();
        let found: Vec<Trigger> = reported.iter().map(|(t, _)| *t).collect();
        let found = found.as_slice();
        let mut groups: Vec<Group> = Vec::new();
        // Legal steps of one sentence are read one by one ("was charged in January and pleaded
        // not guilty in February"); a status noun ("manslaughter") joins them. A release in
        // theatres and one on a streaming service are two releases ("opens Friday in theaters
        // and arrives on Vireo in May"), an acquisition and a licence two deals.
        let step = |o: &Trigger| match o.kind {
            EventKind::Legal if !triggers::is_generic(o.topic) => o.topic,
            EventKind::Release | EventKind::Financing => o.topic,
            _ => "",
        };
        for &(t, status) in reported {
            let kin = |o: &Trigger, s: EventStatus| o.kind == t.kind && s == status;
            let in_main = |o: &Trigger| self.frame.clauses.region(o.start) == 0;
            // The main clause's report of a kind is the sentence's; an embedded clause's report
            // of the same kind ("whose co-defendant was acquitted") is another's, unless it is
            // a step of the subject's own told with its date ("X, who was charged in 2023, saw
            // the case dismissed in July 2024"; "its appeal, which the court rejected in May";
            // "After the charges were dropped in April, prosecutors refiled them").
            let own_dated_step = |o: &Trigger| {
                let region = self.frame.clauses.region(o.start);
                let opens_who = self.frame.clauses.embedded(region).is_some_and(|e| {
                    let first = self.text[e.start..e.end].trim_start_matches(|c: char| !c.is_alphabetic());
                    first.split(|c: char| !c.is_alphabetic()).next().is_some_and(|w| {
                        let w = w.to_lowercase();
                        w == "who" || w == "which" || (e.start == 0 && ADJUNCT_OPENERS.contains(&w.as_str()))
                    })
                });
                let dated = self.phrases.iter().any(|p| p.region == region && p.date.is_some() && !p.noun_of);
                !step(o).is_empty() && opens_who && dated
            };
            // A release or a deal of another sort in the main clause leaves an embedded one its
            // own ("Foo, which acquired the rights in May, licensed it to Lumo").
            let same_step = |o: &Trigger| t.kind == EventKind::Legal || step(o) == step(&t);
            let embedded = !in_main(&t)
                && !own_dated_step(&t)
                && reported.iter().any(|(o, s)| kin(o, *s) && in_main(o) && same_step(o));
            let absorbed =
                embedded || step(&t).is_empty() && reported.iter().any(|(o, s)| kin(o, *s) && !step(o).is_empty());
            let same_step = |g: &Group| g.kind == t.kind && g.status == status && g.step == step(&t);
            // A step told again in a clause coordinated after the first, with a date of its own, is
            // another event of that step ("the suit was settled in August, and the gaffer settled
            // her claim in October").
            let again = !step(&t).is_empty()
                && groups.iter().filter(|g| same_step(g)).all(|g| {
                    g.end <= t.start && {
                        let between = &self.text[g.end..t.start];
                        between.contains(", and ") || between.contains(';')
                    }
                });
            let told = groups.iter().any(same_step);
            if !absorbed && (!told || again) {
                let mut mine: Vec<&Trigger> = reported
                    .iter()
                    .filter(|(o, s)| kin(o, *s) && (step(o) == step(&t) || step(o).is_empty()))
                    .filter(|(o, _)| !told || o.start >= t.start)
                    .map(|(o, _)| o)
                    .collect();
                let mut restated = Vec::new();
                if own_dated_step(&t) {
                    let region = self.frame.clauses.region(t.start);
                    mine.retain(|o| self.frame.clauses.region(o.start) == region);
                } else if mine.iter().any(|o| in_main(o)) {
                    restated = mine.iter().copied().filter(|o| !in_main(o)).collect();
                    mine.retain(|o| in_main(o));
                }
                let own_step = step(&t);
                let t = *mine[0];
                // A named step ("dismissal") tells which event better than a status noun ("legal battles").
                let topic = mine.iter().map(|o| o.topic).find(|&o| !triggers::is_generic(o)).unwrap_or(t.topic);
                // An undated step restated with its date in an embedded clause takes that date ("The
                // production relocated to Utah, where filming resumed on May 4").
                let picked = self
                    .pick_date(&mine, found, &bounds)
                    .or_else(|| (!restated.is_empty()).then(|| self.pick_date(&restated, found, &bounds)).flatten());
                if triggers::is_credit(t.topic) && head.is_none() && !picked.is_some_and(|(_, own)| own) {
                    continue;
                }
                if triggers::is_interview(t.topic) {
                    // The trigger ends on the first letter of the name told.
                    let outlet =
                        |t: &&Trigger| self.links.any(Kind::Organisation, self.start + t.end - 1, self.start + t.end);
                    if !picked.is_some_and(|(_, own)| own) || !mine.iter().any(outlet) {
                        continue;
                    }
                }
                if told && !picked.is_some_and(|(_, own)| own) {
                    continue;
                }
                let date = picked.map(|(i, _)| i);
                // Steps told with one date are one report of the sentence.
                if groups.iter().any(|g| g.kind == t.kind && g.status == status && g.date == date) {
                    continue;
                }
                groups.push(Group { kind: t.kind, status, topic, step: own_step, at: t.start, end: t.end, date });
            }
        }
        let (mut span_start, mut carried_phrase) = (self.start, None);
        if groups.iter().all(|g| g.date.is_none())
            && let Some((prev_start, phrase)) = carried
        {
            span_start = prev_start;
            carried_phrase = Some(phrase);
        }
        let parts = self.split(&groups, &bounds);
        groups
            .iter()
            .zip(parts)
            .map(|(g, (lo, hi))| {
                // An entry's own date, else (or when its own is a count it cannot resolve, "a
                // week later") the date heading the entry, else the sentence before's.
                let phrase = match (g.date.map(|i| &self.phrases[i]), head) {
                    (Some(own), Some(h)) if own.date.is_none() => Some(h),
                    (own, h) => own.or(h).or(carried_phrase.as_ref()),
                };
                let lo = if carried_phrase.is_some() { span_start } else { self.start + lo };
                let span = trim(&self.doc.text, lo, self.start + hi);
                let fact_end = (self.start + self.story).min(span.end as usize);
                // A start told by the period it opens ("filming will take place from May 2
                // through May 6") happens on the period's first day.
                let date = phrase.and_then(|p| p.first.filter(|_| triggers::opens_period(g.kind)).or(p.date));
                let counted = if date.is_none() { self.counted_step(g, &bounds) } else { None };
                let date = counted.as_ref().map_or(date, |w| w.date);
                Mention {
                    doc: self.doc_index,
                    kind: g.kind,
                    status: self.status_on(g.status, date),
                    topic: g.topic,
                    span,
                    rel: phrase.filter(|p| p.date.is_none() && counted.is_none()).and_then(|p| p.rel),
                    when: counted.or_else(|| {
                        phrase.map(|p| When {
                            date,
                            phrase: self.doc.text[p.start..p.end].to_owned().into(),
                            resolved: p.resolved,
                            anchor: p.anchor.clone(),
                        })
                    }),
                    people: self.own(g, self.links.find_at(Kind::Person, span.start as usize, fact_end)),
                    places: self.own(g, self.links.find_at(Kind::Place, span.start as usize, fact_end)),
                    organisations: self.own(g, self.links.find_at(Kind::Organisation, span.start as usize, fact_end)),
                }
            })
            .collect()
    }

    /// The date of an undated step in a clause of time counted from the sentence's own earlier
    /// date: "was cast in April 2024, two months before filming began" (June 2024), "opened in
    /// May, two weeks after filming wrapped" (two weeks before May).
    fn counted_step(&self, g: &Group, bounds: &[usize]) -> Option<When> {
        let b = bounds.iter().copied().filter(|&b| b <= g.at).max()?;
        let by: i32 = match self.text[b..].split_whitespace().next()? {
            "before" => 1,
            "after" => -1,
            _ => return None,
        };
        let head = self.text[..b].trim_end();
        let mut words = head.rsplitn(3, ' ');
        let (unit_word, number) = (words.next()?, words.next()?);
        let unit = match unit_word.trim_end_matches('s') {
            "day" => dates::Unit::Day,
            "week" => dates::Unit::Week,
            "month" => dates::Unit::Month,
            "year" => dates::Unit::Year,
            _ => return None,
        };
        let lower = number.to_lowercase();
        let n = match COUNT_WORDS.iter().position(|w| *w == lower) {
            // "the day after": one.
            None if lower == "the" => 1,
            Some(i) => i32::try_from(i).ok()?.max(1),
            None => number.parse().ok()?,
        };
        let count_start = head.len() - unit_word.len() - number.len() - 1;
        let from = self
            .phrases
            .iter()
            .filter(|p| p.end <= self.start + count_start && !p.noun_of && !p.attributive)
            .rfind(|p| p.date.is_some_and(|d| d.precision >= Precision::Year))?;
        let anchor_date = from.date?;
        let rel = Relative::Shift { unit, by: by * n, month: 0, season: false, hedge: dates::Hedge::Exact };
        let date = dates::resolve(rel, anchor_date)?;
        let span = Span { start: to_u32(self.start + count_start), end: to_u32(self.start + b) };
        let evidence = Evidence { doc: u16::try_from(self.doc_index).ok()?, span, curated: false };
        let rule = format!("counted from {}", dates::label(anchor_date));
        Some(When {
            date: Some(date),
            phrase: self.text[count_start..b].trim_end().to_owned().into(),
            resolved: true,
            anchor: Some(Anchor { evidence, rule: rule.into(), inferred: false }),
        })
    }

    /// An event told as done but dated after the day the document states it was written is
    /// announced ("“Harbor” premieres April 12" in an article of April 2).
    fn status_on(&self, status: EventStatus, date: Option<Date>) -> EventStatus {
        let written = self.doc.created.as_ref().filter(|c| c.source == TimeSource::Published).map(|c| c.date);
        let key = |d: Date| (d.year, d.month, d.day);
        match (status, date, written) {
            (EventStatus::Happened, Some(d), Some(w)) if key(d) > key(w) => EventStatus::Scheduled,
            _ => status,
        }
    }

    /// The entities (index, absolute offset) of a main-clause event's own clause: those named
    /// in an embedded clause are that clause's, unless it qualifies the trigger.
    fn own(&self, g: &Group, found: Vec<(u16, usize)>) -> Vec<u16> {
        let clauses = &self.frame.clauses;
        let main = clauses.region(g.at) == 0;
        let mut out: Vec<u16> = found
            .into_iter()
            .filter(|&(_, at)| {
                let r = clauses.region(at.saturating_sub(self.start));
                !main || r == 0 || at < self.start || clauses.attached_to(r, self.text, g.end)
            })
            .map(|(i, _)| i)
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Makes this sentence part of an announced event the sentence before it reported: its
    /// date (when the event has none), places, people and organisations join it.
    fn continue_mention(&self, m: &mut Mention, phrase: Option<&Phrase>) {
        let phrase = phrase.filter(|p| p.date.is_none_or(|d| d.precision != Precision::Decade));
        // "fined it in March. The citation was dated March 21.": a day of the month told refines
        // a legal step's month.
        let refines = |w: &When| {
            let legal = m.kind == EventKind::Legal && m.status == EventStatus::Happened;
            legal
                && w.date.zip(phrase.and_then(|p| p.date)).is_some_and(|(had, day)| {
                    had.precision == Precision::Month
                        && day.precision == Precision::Day
                        && (had.year, had.month) == (day.year, day.month)
                })
        };
        if m.when.as_ref().is_none_or(|w| w.date.is_none() || refines(w))
            && let Some(p) = phrase
        {
            m.when = Some(When {
                date: p.date,
                phrase: self.doc.text[p.start..p.end].to_owned().into(),
                resolved: p.resolved,
                anchor: p.anchor.clone(),
            });
            m.rel = p.rel.filter(|_| p.date.is_none());
        }
        m.span = trim(&self.doc.text, m.span.start as usize, self.start + self.text.len());
        let (lo, hi) = (self.start, self.start + self.story);
        for (kind, list) in
            [(Kind::Person, &mut m.people), (Kind::Place, &mut m.places), (Kind::Organisation, &mut m.organisations)]
        {
            list.extend(self.links.find(kind, lo, hi));
            list.sort_unstable();
            list.dedup();
        }
    }

    /// Sentence-relative starts of the clauses (always including 0); never inside a date phrase.
    fn clause_bounds(&self) -> Vec<usize> {
        const WORDS: &[&str] = &[
            " after ",
            " when ",
            " while ",
            " before ",
            " but ",
            " although ",
            " though ",
            " because ",
            " whereas ",
            " until ",
            " which ",
            " who ",
            " and then ",
        ];
        let mut bounds = vec![0];
        for (i, c) in self.text.char_indices() {
            if clauses::breaks_clause(self.text, i, c) {
                // A quote closed after its comma (“Title,”) belongs to the clause before.
                let after = i + c.len_utf8();
                let quote = self.text[after..].chars().next().filter(|q| matches!(q, '”' | '’' | '"'));
                bounds.push(after + quote.map_or(0, char::len_utf8));
            }
        }
        for w in WORDS {
            bounds.extend(self.text.match_indices(w).map(|(i, _)| i + 1));
        }
        let inside = |b: usize| self.phrases.iter().any(|p| p.start < self.start + b && self.start + b < p.end);
        bounds.retain(|&b| b < self.text.len() && !inside(b));
        bounds.sort_unstable();
        bounds.dedup();
        bounds
    }

    /// The date phrase (index into `phrases`) for one kind's triggers.
    fn pick_date(&self, mine: &[&Trigger], all: &[Trigger], bounds: &[usize]) -> Option<(usize, bool)> {
        let rel = |p: &Phrase| p.start - self.start;
        let last_mine = mine.iter().map(|t| t.start).max().unwrap_or(0);
        // A date after another kind's trigger that follows all of mine is never mine ("was
        // suspended for two weeks and resumed in early September"). One whose nearest trigger
        // before it is another kind's is that trigger's, unless I have no other ("suspended in
        // April and resumed on June 3"; but "moved to Montana last year, … done shooting" shares).
        // Another step counts as another event here: a legal step of another topic ("was charged
        // in May and pleaded not guilty a month later"), a release or deal of another topic
        // ("premieres on the service on May 2 and hits theaters a week later").
        let step = mine.iter().map(|t| t.topic).find(|&t| !triggers::is_generic(t));
        let another = |o: &Trigger| {
            o.kind != mine[0].kind
                || (o.kind == EventKind::Legal && !triggers::is_generic(o.topic) && step.is_some_and(|s| s != o.topic))
                || matches!(o.kind, EventKind::Release | EventKind::Financing) && o.topic != mine[0].topic
        };
        let later = |p: &Phrase| all.iter().any(|o| another(o) && last_mine < o.start && o.start < rel(p));
        let clause = |at: usize| bounds.iter().rposition(|&b| b <= at).unwrap_or(0);
        let theirs = |p: &Phrase| {
            all.iter()
                .filter(|o| o.start < rel(p))
                .max_by_key(|o| o.start)
                .is_some_and(|o| another(o) && clause(o.start) == clause(rel(p)))
        };
        // A date never reaches across a semicolon: the clauses it joins tell their own times.
        let joined = |p: &Phrase, t: &Trigger| {
            let (a, b) = if rel(p) < t.start { (rel(p), t.start) } else { (t.end.min(rel(p)), rel(p)) };
            !self.text[a..b].contains(';')
        };
        let seen = |p: &Phrase| mine.iter().any(|t| self.sees(t, p) && joined(p, t)) && !self.told_then(p, mine);
        self.pick_date_among(mine, all, bounds, &|p| seen(p) && !later(p) && !theirs(p))
            .or_else(|| self.pick_date_among(mine, all, bounds, &|p| seen(p) && !later(p)))
    }

    /// Whether `p` dates the telling, not what is told: a time next to a reporting verb whose
    /// "that" clause holds all of `mine` and a date of its own ("Foo Films today announced that
    /// the drama will open on Oct. 2") or tells them in the pluperfect ("had wrapped").
    fn told_then(&self, p: &Phrase, mine: &[&Trigger]) -> bool {
        let (lo, hi) = (p.start - self.start, p.end - self.start);
        let word = |w: &str| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
        let reporting = |w: &str| REPORTING_VERBS.contains(&word(w).as_str());
        let mut before = self.text[..lo].split_whitespace().rev();
        let verb_end = match (before.next(), before.next(), self.text[hi..].split_whitespace().next()) {
            (Some(w), ..) | (Some("on"), Some(w), _) if reporting(w) => hi,
            (.., Some(w)) if reporting(w) => {
                let gap = self.text[hi..].len() - self.text[hi..].trim_start().len();
                hi + gap + w.len()
            }
            _ => return false,
        };
        let rest = &self.text[verb_end..];
        let Some(that) = rest.strip_prefix(' ').filter(|r| r.starts_with("that ")).map(|_| verb_end + 1) else {
            return false;
        };
        // The clause's own date says when; told in the pluperfect ("confirmed Friday that
        // filming had wrapped") it happened some time before the telling.
        let pluperfect = mine.iter().any(|t| self.text[that..t.start].split_whitespace().any(|w| w == "had"))
            || mine.iter().any(|t| self.text[t.start..t.end].split_whitespace().any(|w| w == "had"));
        mine.iter().all(|t| t.start > that)
            && (pluperfect
                || self.phrases.iter().any(|q| q.start - self.start > that && q.date.is_some() && !q.noun_of))
    }

    /// Whether a date phrase may date a trigger: one inside it (in its clause); else never a decade (a story's
    /// or an era's time); a date that qualifies a noun only that noun's trigger ("the March
    /// 2019 accident"); otherwise one of its own clause (or of a clause qualifying it: "the
    /// accident, which occurred in May"), unless it follows another event's noun ("dismissed
    /// the charges over the death of X in May 2019", "After the fire on May 3, filming stopped").
    fn sees(&self, t: &Trigger, p: &Phrase) -> bool {
        let (at, end) = (p.start - self.start, p.end - self.start);
        let clauses = &self.frame.clauses;
        if at >= t.start && at < t.end && p.region == clauses.region(t.start) {
            return true;
        }
        if p.date.is_some_and(|d| d.precision == Precision::Decade) {
            return false;
        }
        if t.kind == EventKind::FilmingStop && clauses::after_dated_harm(self.text, at, end) {
            return true;
        }
        // The trigger is the noun the date leads into: at most two words and no punctuation
        // between ("the March 2019 accident, prosecutors dismissed": not "dismissed").
        let next_to = t.start >= end && {
            let between = &self.text[end..t.start];
            between.split_whitespace().count() <= 2
                && !between.contains([',', ';', ':', '—', '–', '(', ')'])
                && !between.split_whitespace().any(|w| matches!(w, "and" | "or" | "but"))
        };
        if p.noun_of {
            return next_to;
        }
        if p.counted && next_to {
            return false;
        }
        // "on Oct. 10, the day after X was killed": the date anchors a count, not the trigger.
        if end <= t.start && clauses::counts_from(&self.text[end..t.start]) {
            return false;
        }
        // "premiered at X in April, where it won the audience award": a clause on the place of
        // the main clause's event happened then.
        let there = p.region == 0
            && clauses.embedded(clauses.region(t.start)).is_some_and(|e| {
                let first = self.text[e.start..e.end].trim_start_matches(|c: char| !c.is_alphabetic());
                first.split(|c: char| !c.is_alphabetic()).next() == Some("where")
            });
        let own = p.region == clauses.region(t.start) || clauses.attached_to(p.region, self.text, t.end) || there;
        // The words that lead to the date: from the trigger when it comes after it.
        let lead = if at >= t.end { &self.text[t.end..at] } else { &self.text[..at] };
        own && !(t.kind != EventKind::Incident && clauses::claimed_by_event_noun(lead))
    }

    /// [`Self::pick_date`] among the phrases `allowed` keeps.
    fn pick_date_among(
        &self,
        mine: &[&Trigger],
        all: &[Trigger],
        bounds: &[usize],
        allowed: &dyn Fn(&Phrase) -> bool,
    ) -> Option<(usize, bool)> {
        let clause = |at: usize| bounds.iter().rposition(|&b| b <= at).unwrap_or(0);
        let rel = |p: &Phrase| p.start - self.start;
        let distance = |p: &Phrase, at: usize| rel(p).abs_diff(at);
        let nearest = |pred: &dyn Fn(&Phrase) -> bool, at: usize| {
            (0..self.phrases.len())
                .filter(|&i| pred(&self.phrases[i]) && allowed(&self.phrases[i]))
                .min_by_key(|&i| distance(&self.phrases[i], at))
        };
        for t in mine {
            // A date inside the trigger ("Title (2024)"), then one in the trigger's clause.
            let inside = nearest(&|p: &Phrase| rel(p) >= t.start && rel(p) < t.end, t.start);
            let c = clause(t.start);
            if let Some(i) = inside.or_else(|| nearest(&|p: &Phrase| !p.attributive && clause(rel(p)) == c, t.start)) {
                return Some((i, true));
            }
        }
        let at = mine[0].start;
        // A subordinate clause of time ("…, weeks after the agency opened an inquiry") tells its
        // own event: a date of the main predicate ("voted on Monday") is not its, one fronted
        // before the whole sentence ("In June 2016, …") is.
        let subordinate = |t: &&Trigger| {
            let lead = self.text[bounds[clause(t.start)]..].split_whitespace().next().unwrap_or_default();
            SUBORDINATORS.contains(&lead.to_lowercase().as_str())
        };
        if mine.iter().all(subordinate) {
            // Fronted: the sentence opens with it, after a preposition at most ("On May 3, …").
            let fronted = |p: &Phrase| {
                let (lo, hi) = (rel(p), p.end - self.start);
                self.text[..lo].split_whitespace().count() <= 1 && self.text[hi..].starts_with(',')
            };
            // Inside the subordinate clause, after its trigger ("after it premiered at X, Va., in
            // October"), or the date a clause of the same time hangs on ("in November 2014, when
            // …"); one of an earlier time ("acquired it in November after its premiere") does not.
            let within = |p: &Phrase| mine.iter().any(|t| rel(p) > t.start);
            let hung_on = |p: &Phrase| {
                let hi = p.end - self.start;
                mine.iter().any(|t| {
                    let b = bounds[clause(t.start)];
                    let lead = self.text[b..].split_whitespace().next().unwrap_or_default().to_lowercase();
                    SIMULTANEOUS.contains(&lead.as_str())
                        && hi <= b
                        && self.text[hi..b].trim().trim_matches(',').is_empty()
                })
            };
            let own = |p: &Phrase| !p.attributive && (fronted(p) || within(p) || hung_on(p));
            return nearest(&own, at).map(|i| (i, false));
        }
        let busy: Vec<usize> = all.iter().map(|t| clause(t.start)).collect();
        nearest(&|p: &Phrase| !p.attributive && !busy.contains(&clause(rel(p))), at)
            .or_else(|| nearest(&|p: &Phrase| !p.attributive && rel(p) < at, at))
            .or_else(|| nearest(&|p: &Phrase| !p.attributive, at))
            .map(|i| (i, false))
    }

    /// Sentence-relative ranges for each group: the whole sentence, or clauses when the groups
    /// carry different dates and clause bounds can keep each trigger with its date (groups with
    /// the same date share a clause run).
    fn split(&self, groups: &[Group], bounds: &[usize]) -> Vec<(usize, usize)> {
        let whole = vec![(0, self.text.len()); groups.len()];
        let mut order: Vec<usize> = (0..groups.len()).collect();
        order.sort_by_key(|&i| groups[i].at);
        if order.windows(2).all(|w| groups[w[0]].date == groups[w[1]].date) {
            return whole;
        }
        // Coordinated clauses ("began in May and wrapped in June") may be cut at "and" too.
        let mut bounds = bounds.to_vec();
        bounds.extend(self.text.match_indices(" and ").map(|(i, _)| i + 1));
        bounds.sort_unstable();
        let anchor = |g: &Group| g.date.map(|i| self.phrases[i].start - self.start);
        let mut starts = vec![0];
        let mut run_of = vec![0; groups.len()];
        let mut reach = 0;
        for w in order.windows(2) {
            let (a, b) = (&groups[w[0]], &groups[w[1]]);
            reach = reach.max(a.at).max(anchor(a).unwrap_or(0));
            if a.date != b.date {
                let hi = b.at.min(anchor(b).unwrap_or(usize::MAX));
                match bounds.iter().rev().find(|&&c| c > reach && c <= hi) {
                    Some(&c) => starts.push(c),
                    None => return whole,
                }
            }
            run_of[w[1]] = starts.len() - 1;
        }
        (0..groups.len())
            .map(|i| (starts[run_of[i]], starts.get(run_of[i] + 1).copied().unwrap_or(self.text.len())))
            .collect()
    }
}

/// Dates the undated events a live post tells as happening, not as past ("The film has its
/// world premiere in a packed hall"), on the day the page is dated: a live blog reports as it
/// goes. The tense is read from the trigger and the three words before it: neither past nor
/// announced ("premieres" tells what is to come).
fn live_day(
    reported: &mut [Mention],
    triggers: &[(Trigger, EventStatus)],
    text: &str,
    doc: usize,
    (day, span, stamp): (Date, Span, &str),
) {
    let told_now = |kind: EventKind| {
        triggers.iter().filter(|(t, _)| t.kind == kind).any(|(t, _)| {
            let lead = text[..t.start].rsplitn(4, ' ').last().map_or(0, str::len);
            dates::tense_of(&text[lead..t.end]) == dates::Tense::Unknown
        })
    };
    let undated = |m: &Mention| m.status == EventStatus::Happened && m.when.as_ref().is_none_or(|w| w.date.is_none());
    for m in reported.iter_mut().filter(|m| undated(m) && told_now(m.kind)) {
        let evidence = Evidence { doc: u16::try_from(doc).unwrap_or(u16::MAX), span, curated: false };
        let anchor = Anchor { evidence, rule: "the day of the live post".into(), inferred: false };
        m.when = Some(When { date: Some(day), phrase: stamp.to_owned().into(), resolved: true, anchor: Some(anchor) });
        m.rel = None;
    }
}

/// Whether `text` opens with a date, maybe after its weekday ("Thursday, Sept. 17").
fn opens_with_date(text: &str) -> bool {
    dates::find(text).first().is_some_and(|f| weekdays_only(&text[..f.start]))
}

/// Whether `text` holds no word but weekday (or month) names.
fn weekdays_only(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic()).all(|w| w.is_empty() || dates::is_calendar_word(&w.to_lowercase()))
}

/// The date that heads a timeline entry, and whether it stands alone: a segment that is only a
/// date, maybe after its weekday ("Thursday, Sept. 17"), heads the paragraph after it; one that
/// opens with a date and a colon or a dash ("June 2023: …", "Jan. 11, 2016 — …") heads its own.
fn head_of(text: &str, offset: usize, phrases: &[Phrase]) -> Option<(Phrase, bool)> {
    phrases.iter().filter(|p| p.date.is_some() && !p.attributive).find_map(|p| {
        let (lo, hi) = (p.start - offset, p.end - offset);
        // "Update #14 · Nov. 20, 2025": an entry's label before its date.
        let label = dates::entry_label_len(text).filter(|&n| n <= lo).unwrap_or(0);
        let weekday_only = weekdays_only(&text[label..lo]);
        let rest = text[hi..].trim_start();
        let alone = rest.trim_end_matches(['.', ':']).is_empty();
        let opens = rest.starts_with([':', '—', '–']) || rest.starts_with("- ");
        (weekday_only && (alone || opens)).then(|| (p.clone(), alone))
    })
}

/// The span `lo..hi` of `text` without surrounding blanks, bullets and dangling punctuation.
fn trim(text: &str, lo: usize, hi: usize) -> Span {
    let slice = &text[lo..hi];
    let head = slice.len() - slice.trim_start_matches(|c: char| c.is_whitespace() || "•·*-–—".contains(c)).len();
    let body = slice[head..].trim_end_matches(|c: char| c.is_whitespace() || ",;:—–(".contains(c));
    let start = lo + head;
    Span { start: to_u32(start), end: to_u32(start + body.len()) }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Kinds of entities an event links to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Person,
    Place,
    Organisation,
}

/// The entity mentions of one document, for linking events to entities.
struct Links(Vec<(usize, usize, Kind, u16)>);

impl Links {
    fn new(doc: usize, entities: &Entities) -> Self {
        let mut all = Vec::new();
        let mut add = |kind: Kind, index: usize, mentions: &[Evidence]| {
            let Ok(index) = u16::try_from(index) else { return };
            for m in mentions.iter().filter(|m| usize::from(m.doc) == doc) {
                all.push((m.span.start as usize, m.span.end as usize, kind, index));
            }
        };
        for (i, p) in entities.people.iter().enumerate() {
            add(Kind::Person, i, &p.mentions);
        }
        for (i, p) in entities.places.iter().enumerate() {
            add(Kind::Place, i, &p.mentions);
        }
        for (i, o) in entities.organisations.iter().enumerate() {
            add(Kind::Organisation, i, &o.mentions);
        }
        Links(all)
    }

    /// Whether an entity of `kind` is mentioned within `lo..hi`.
    fn any(&self, kind: Kind, lo: usize, hi: usize) -> bool {
        self.0.iter().any(|(s, e, k, _)| *k == kind && *s < hi && lo < *e)
    }

    /// The entities of `kind` mentioned within `lo..hi`, each with where it is mentioned.
    fn find_at(&self, kind: Kind, lo: usize, hi: usize) -> Vec<(u16, usize)> {
        self.0.iter().filter(|(s, e, k, _)| *k == kind && *s < hi && lo < *e).map(|(s, _, _, i)| (*i, *s)).collect()
    }

    /// Sorted, distinct indices of the entities of `kind` mentioned within `lo..hi`.
    fn find(&self, kind: Kind, lo: usize, hi: usize) -> Vec<u16> {
        let mut out: Vec<u16> =
            self.0.iter().filter(|(s, e, k, _)| *k == kind && *s < hi && lo < *e).map(|(_, _, _, i)| *i).collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
pub(crate) mod fixtures {
    //! Hand-made documents and entities for tests, with a naive segmentation.

    use knowledge::{Date, Document, Evidence, OrgKind, Organisation, Person, Place, Segment, SegmentKind, Span};

    use crate::Entities;

    /// A document whose lines are paragraphs, cut into sentences after `.`, `!` or `?` and a space.
    pub fn doc(text: &str, published: Option<Date>) -> Document {
        let mut segments = Vec::new();
        let mut offset = 0;
        for (p, line) in text.split_inclusive('\n').enumerate() {
            let mut start = 0;
            let bytes = line.as_bytes();
            for i in 0..bytes.len() {
                let end_here =
                    matches!(bytes[i], b'.' | b'!' | b'?') && bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace());
                if end_here || i + 1 == bytes.len() {
                    let piece = &line[start..=i];
                    let lead = piece.len() - piece.trim_start().len();
                    let trimmed = piece.trim();
                    if !trimmed.is_empty() {
                        let s = offset + start + lead;
                        segments.push(Segment {
                            span: Span { start: s as u32, end: (s + trimmed.len()) as u32 },
                            paragraph: p as u16,
                            kind: SegmentKind::Sentence,
                        });
                    }
                    start = i + 1;
                }
            }
            offset += line.len();
        }
        Document {
            id: "doc".into(),
            file: "doc.txt".into(),
            raw_bytes: text.len() as u32,
            title: "".into(),
            outlet: None,
            author: None,
            published,
            created: published.map(|date| knowledge::CreationTime {
                date,
                source: knowledge::TimeSource::Published,
                span: Span { start: 0, end: 0 },
                rule: "publication line".into(),
            }),
            text: text.to_owned().into(),
            repairs: Vec::new().into(),
            segments: segments.into(),
        }
    }

    /// Every occurrence of `name` in the documents, as evidence.
    fn mentions(docs: &[Document], name: &str) -> Vec<Evidence> {
        let mut out = Vec::new();
        for (d, doc) in docs.iter().enumerate() {
            for (i, _) in doc.text.match_indices(name) {
                let span = Span { start: i as u32, end: (i + name.len()) as u32 };
                out.push(Evidence { doc: d as u16, span, curated: false });
            }
        }
        out
    }

    /// Entities with the given people, places and organisations, mentioned wherever their names occur.
    pub fn entities(docs: &[Document], people: &[&str], places: &[&str], organisations: &[&str]) -> Entities {
        Entities {
            people: people
                .iter()
                .map(|n| Person {
                    id: n.to_lowercase().replace(' ', "-").into(),
                    name: n.to_string().into(),
                    aliases: Vec::new().into(),
                    roles: Vec::new().into(),
                    mentions: mentions(docs, n).into(),
                })
                .collect(),
            places: places
                .iter()
                .map(|n| Place {
                    id: n.to_lowercase().replace(' ', "-").into(),
                    name: n.to_string().into(),
                    aliases: Vec::new().into(),
                    uses: Vec::new().into(),
                    mentions: mentions(docs, n).into(),
                })
                .collect(),
            organisations: organisations
                .iter()
                .map(|n| Organisation {
                    id: n.to_lowercase().replace(' ', "-").into(),
                    name: n.to_string().into(),
                    aliases: Vec::new().into(),
                    kind: OrgKind::Other,
                    relations: Vec::new().into(),
                    mentions: mentions(docs, n).into(),
                })
                .collect(),
        }
    }

    /// A date at the given precision.
    pub fn date(year: i16, month: u8, day: u8, precision: knowledge::Precision) -> Date {
        Date { year, month, day, precision }
    }
}

#[cfg(test)]
mod tests {
    use knowledge::Precision;

    use super::fixtures::{date, doc, entities};
    use super::*;

    fn dates_of(events: &[Event]) -> Vec<(EventKind, Option<Date>)> {
        events.iter().map(|e| (e.kind, e.when.as_ref().and_then(|w| w.date))).collect()
    }

    #[test]
    fn a_dated_report_gives_a_dated_event_with_its_people_and_places() {
        let docs = [doc("Ana Ruiz joined the cast in March 2019. Filming began in Lisbon on May 6, 2019.\n", None)];
        let ents = entities(&docs, &["Ana Ruiz"], &["Lisbon"], &[]);
        let events = extract(&docs, &ents);
        assert_eq!(
            dates_of(&events),
            [
                (EventKind::Casting, Some(date(2019, 3, 0, Precision::Month))),
                (EventKind::FilmingStart, Some(date(2019, 5, 6, Precision::Day))),
            ]
        );
        assert_eq!(&*events[0].people, [0]);
        assert!(events[0].places.is_empty());
        assert_eq!(&*events[1].places, [0]);
        assert_eq!(&*events[1].summary, "Filming began in Lisbon on May 6, 2019.");
        assert_eq!(events[1].id, "filming-start-2019-05-06");
    }

    #[test]
    fn relative_dates_resolve_only_against_an_anchor() {
        let published = Some(date(2024, 2, 10, Precision::Day));
        let with = [doc("Shooting wrapped last year.\n", published)];
        let without = [doc("Shooting wrapped last year.\n", None)];
        let e = extract(&with, &Entities::default());
        let when = e[0].when.as_ref().expect("when");
        assert_eq!(when.date, Some(date(2023, 0, 0, Precision::Year)));
        assert!(when.resolved);
        assert_eq!(&*when.phrase, "last year");
        let e = extract(&without, &Entities::default());
        let when = e[0].when.as_ref().expect("when");
        assert_eq!((when.date, when.resolved, &*when.phrase), (None, false, "last year"));
    }

    #[test]
    fn later_counts_from_the_passage_date_at_year_precision() {
        let docs = [doc(
            "The shoot was shut down after a fire on set on March 3, 2015.\nTwo years later, production resumed in Oslo.\n",
            None,
        )];
        let e = extract(&docs, &Entities::default());
        let resume = e.iter().find(|e| e.kind == EventKind::FilmingResume).expect("resume");
        let when = resume.when.as_ref().expect("when");
        assert_eq!((when.date, when.resolved), (Some(date(2017, 0, 0, Precision::Year)), true));
        let far = [doc(
            "Filming began on March 3, 2015.\nA quiet note.\nMore news.\nTwo years later, production resumed.\n",
            None,
        )];
        let e = extract(&far, &Entities::default());
        let resume = e.iter().find(|e| e.kind == EventKind::FilmingResume).expect("resume");
        assert_eq!(resume.when.as_ref().and_then(|w| w.date), None);
    }

    #[test]
    fn two_events_with_two_dates_split_the_sentence() {
        let text =
            "Filming started in Ohio last week after being postponed from its planned June 2020 start by the strike.\n";
        let docs = [doc(text, Some(date(2021, 9, 20, Precision::Day)))];
        let e = extract(&docs, &Entities::default());
        assert_eq!(
            dates_of(&e),
            [
                (EventKind::PreProduction, Some(date(2020, 6, 0, Precision::Month))),
                (EventKind::FilmingStart, Some(date(2021, 9, 0, Precision::Month))),
            ]
        );
        assert_eq!(&*e[1].summary, "Filming started in Ohio last week");
        assert_eq!(&*e[0].summary, "after being postponed from its planned June 2020 start by the strike.");
    }

    #[test]
    fn coordinated_events_with_their_own_dates_are_cut_at_and() {
        let docs = [doc("Filming resumed in Cork in February 2023 and wrapped in May 2023.\n", None)];
        let e = extract(&docs, &Entities::default());
        assert_eq!(
            dates_of(&e),
            [
                (EventKind::FilmingResume, Some(date(2023, 2, 0, Precision::Month))),
                (EventKind::Wrap, Some(date(2023, 5, 0, Precision::Month))),
            ]
        );
        assert_eq!(&*e[0].summary, "Filming resumed in Cork in February 2023");
        assert_eq!(&*e[1].summary, "and wrapped in May 2023.");
    }

    #[test]
    fn events_sharing_a_date_share_their_clauses() {
        let text =
            "In May 2019, production was halted when a fire on set injured a grip, and filming resumed in 2020.\n";
        let e = extract(&[doc(text, None)], &Entities::default());
        let summaries: Vec<(EventKind, &str)> = e.iter().map(|e| (e.kind, &*e.summary)).collect();
        let first = "In May 2019, production was halted when a fire on set injured a grip";
        assert_eq!(
            summaries,
            [
                (EventKind::FilmingStop, first),
                (EventKind::Incident, first),
                (EventKind::FilmingResume, "and filming resumed in 2020."),
            ]
        );
    }

    #[test]
    fn one_date_serves_every_event_of_its_sentence() {
        let docs = [doc("In June 2016, production was halted when a stunt accident injured two crew members.\n", None)];
        let e = extract(&docs, &Entities::default());
        let june = Some(date(2016, 6, 0, Precision::Month));
        assert_eq!(dates_of(&e), [(EventKind::FilmingStop, june), (EventKind::Incident, june)]);
        assert_eq!(e[0].summary, e[1].summary);
    }

    #[test]
    fn a_past_month_and_day_after_the_articles_date_is_last_years() {
        let published = Some(date(2024, 1, 15, Precision::Day));
        let docs = [doc("The production wrapped on December 20.\nThe film will open on March 14.\n", published)];
        let e = extract(&docs, &Entities::default());
        assert_eq!(
            dates_of(&e),
            [
                (EventKind::Wrap, Some(date(2023, 12, 20, Precision::Day))),
                (EventKind::Release, Some(date(2024, 3, 14, Precision::Day)))
            ]
        );
    }

    #[test]
    fn a_month_and_day_after_the_articles_date_keeps_its_year_unless_told_in_the_past() {
        let published = Some(date(2024, 5, 10, Precision::Day));
        let docs = [doc(
            "The film opens in theaters on June 14.\nFilming begins on June 3 in Oslo.\nAn accident on the set on December 20 injured two crew members.\nThe production wrapped on December 20, and the film will open next year.\n",
            published,
        )];
        let e = extract(&docs, &Entities::default());
        let dated = dates_of(&e);
        assert!(dated.contains(&(EventKind::Release, Some(date(2024, 6, 14, Precision::Day)))), "{dated:?}");
        assert!(dated.contains(&(EventKind::FilmingStart, Some(date(2024, 6, 3, Precision::Day)))), "{dated:?}");
        assert!(dated.contains(&(EventKind::Incident, Some(date(2023, 12, 20, Precision::Day)))), "{dated:?}");
        assert!(dated.contains(&(EventKind::Wrap, Some(date(2023, 12, 20, Precision::Day)))), "{dated:?}");
    }

    #[test]
    fn a_date_in_its_own_clause_is_not_an_earlier_events() {
        let docs = [doc("On June 3, 2022, Ann Lee joined the cast, and in March 2023 filming began in Oslo.\n", None)];
        let e = extract(&docs, &Entities::default());
        assert!(dates_of(&e).contains(&(EventKind::FilmingStart, Some(date(2023, 3, 0, Precision::Month)))));
        let published = Some(date(2024, 5, 10, Precision::Day));
        let docs = [doc(
            "Filming was postponed until June 3 because of the storms.\nThe studio announced that the film opens in theaters on June 14.\n",
            published,
        )];
        let e = extract(&docs, &Entities::default());
        let dated = dates_of(&e);
        assert!(dated.contains(&(EventKind::PreProduction, Some(date(2024, 6, 3, Precision::Day)))), "{dated:?}");
        assert!(dated.contains(&(EventKind::Release, Some(date(2024, 6, 14, Precision::Day)))), "{dated:?}");
        let published = Some(date(2024, 1, 15, Precision::Day));
        let docs = [doc("Filming wrapped on December 20 at a ranch that is near Butte.\n", published)];
        let e = extract(&docs, &Entities::default());
        assert_eq!(dates_of(&e), [(EventKind::Wrap, Some(date(2023, 12, 20, Precision::Day)))]);
    }

    #[test]
    fn a_date_after_each_of_two_events_is_its_own() {
        let docs = [doc("Production was suspended in April 2024 and resumed on June 3, 2024.\n", None)];
        let e = extract(&docs, &Entities::default());
        assert_eq!(
            dates_of(&e),
            [
                (EventKind::FilmingStop, Some(date(2024, 4, 0, Precision::Month))),
                (EventKind::FilmingResume, Some(date(2024, 6, 3, Precision::Day)))
            ]
        );
    }

    #[test]
    fn a_date_after_a_second_event_is_that_events() {
        let docs = [doc("Production was suspended for two weeks and resumed in early September 2022.\n", None)];
        let e = extract(&docs, &Entities::default());
        let september = Some(date(2022, 9, 0, Precision::Month));
        assert_eq!(dates_of(&e), [(EventKind::FilmingResume, september), (EventKind::FilmingStop, None)]);
    }

    #[test]
    fn a_date_heading_a_timeline_entry_dates_the_entry() {
        let published = Some(date(2015, 11, 2, Precision::Day));
        let docs = [doc(
            "Thursday, September 17\nThe worst day. A stuntman fell from a rigging platform.\nThe crew went home.\nNovember 2016 — The parties file a notice of settlement. Oduya joined the cast a week later.\n",
            published,
        )];
        let e = extract(&docs, &Entities::default());
        let dated = dates_of(&e);
        assert!(dated.contains(&(EventKind::Incident, Some(date(2015, 9, 17, Precision::Day)))), "{dated:?}");
        assert!(dated.contains(&(EventKind::Legal, Some(date(2016, 11, 0, Precision::Month)))), "{dated:?}");
        // A count the head cannot resolve ("a week later") takes the head's date.
        assert!(dated.contains(&(EventKind::Casting, Some(date(2016, 11, 0, Precision::Month)))), "{dated:?}");
        // A head dates its own entry only: the paragraph after the entry stays undated.
        let docs = [doc("September 17\nThe crew went home.\nA stuntman fell from a rigging platform.\n", published)];
        assert_eq!(dates_of(&extract(&docs, &Entities::default())), [(EventKind::Incident, None)]);
    }

    #[test]
    fn a_writing_credit_is_an_event_only_with_its_own_date() {
        let published = Some(date(2031, 6, 1, Precision::Day));
        let docs = [doc("It is a 2031 thriller, from a screenplay she co-wrote with Tom Vale.\n", published)];
        assert!(dates_of(&extract(&docs, &Entities::default())).is_empty());
        let docs = [doc("She co-wrote the script with Tom Vale in 2029.\n", published)];
        let year = Some(date(2029, 0, 0, Precision::Year));
        assert_eq!(dates_of(&extract(&docs, &Entities::default())), [(EventKind::Development, year)]);
    }

    #[test]
    fn a_bare_join_after_casting_is_more_casting() {
        let published = Some(date(2031, 6, 1, Precision::Day));
        let docs =
            [doc("Tom Vale was cast in the lead role in January 2031. Ana Ruiz joined in March 2031.\n", published)];
        let dated = dates_of(&extract(&docs, &Entities::default()));
        assert!(dated.contains(&(EventKind::Casting, Some(date(2031, 3, 0, Precision::Month)))), "{dated:?}");
        // Without casting before it, a bare "joined" tells nothing.
        let docs = [doc("Filming began in January 2031. Ana Ruiz joined in March 2031.\n", published)];
        let dated = dates_of(&extract(&docs, &Entities::default()));
        assert!(dated.iter().all(|(k, _)| *k != EventKind::Casting), "{dated:?}");
    }

    #[test]
    fn a_halt_right_after_a_dated_incident_takes_its_day() {
        let published = Some(date(2031, 6, 1, Precision::Day));
        let docs = [doc("On May 14, a storm flattened the saloon set. Production was halted.\n", published)];
        let dated = dates_of(&extract(&docs, &Entities::default()));
        assert!(dated.contains(&(EventKind::FilmingStop, Some(date(2031, 5, 14, Precision::Day)))), "{dated:?}");
        // Wire copy gives the halt a paragraph of its own; its own sentence reports it.
        let docs = [doc("On the 14th, a storm flattened the saloon set.\nProduction was halted.\n", published)];
        let events = extract(&docs, &Entities::default());
        let halt = events.iter().find(|e| e.kind == EventKind::FilmingStop).expect("halt");
        // Told in the past, the 14th is last month's: the article is of June 1.
        assert_eq!(halt.when.as_ref().and_then(|w| w.date), Some(date(2031, 5, 14, Precision::Day)));
        assert_eq!(&*halt.summary, "Production was halted.");
        // The start of filming does not date a halt told after it.
        let docs = [doc("Filming began on May 3. Production was halted.\n", published)];
        let dated = dates_of(&extract(&docs, &Entities::default()));
        assert!(dated.contains(&(EventKind::FilmingStop, None)), "{dated:?}");
    }

    #[test]
    fn a_live_post_tells_what_happens_on_its_pages_day() {
        let published = Some(date(2031, 9, 13, Precision::Day));
        let docs =
            [doc("8:42 p.m.\nThe lights go down. The film has its world premiere in a packed hall.\n", published)];
        let premiere = |d: Option<Date>| [(EventKind::Premiere, d)];
        assert_eq!(dates_of(&extract(&docs, &Entities::default())), premiere(published));
        // A premiere a post recalls in the past keeps no date of its own.
        let docs = [doc("6:30 p.m.\nThe film premiered at a festival in Bartown.\n", published)];
        assert_eq!(dates_of(&extract(&docs, &Entities::default())), premiere(None));
        // What a post announces is no report of the day.
        let docs = [doc("6:30 p.m.\nThe film premieres at a festival in Bartown.\n", published)];
        assert_eq!(dates_of(&extract(&docs, &Entities::default())), premiere(None));
        // Without a time stamp over it, the present tells no day.
        let docs = [doc("The film has its world premiere in a packed hall.\n", published)];
        assert_eq!(dates_of(&extract(&docs, &Entities::default())), premiere(None));
    }

    #[test]
    fn an_update_is_written_on_the_date_heading_it() {
        let docs = [doc(
            "Update #4 · June 2, 2031\nWe wrapped principal photography on Saturday.\nUpdate #3 · May 5, 2031\nPrincipal photography began this morning.\nWe went home.\n",
            None,
        )];
        let dated = dates_of(&extract(&docs, &Entities::default()));
        assert!(dated.contains(&(EventKind::Wrap, Some(date(2031, 5, 31, Precision::Day)))), "{dated:?}");
        assert!(dated.contains(&(EventKind::FilmingStart, Some(date(2031, 5, 5, Precision::Day)))), "{dated:?}");
        // The date an entry was written is not its events' date: "That's a wrap!" stays undated.
        let docs = [doc("Update #4 · June 2, 2031\nThat's a wrap!\n", None)];
        assert_eq!(dates_of(&extract(&docs, &Entities::default())), [(EventKind::Wrap, None)]);
    }

    #[test]
    fn a_month_day_follows_the_full_date_of_an_earlier_paragraph() {
        let docs = [doc(
            "Filming began on April 14, 2031, in Bexley.\nAt the ranch, the grass fire of April 22 stopped nothing.\n",
            Some(date(2032, 5, 17, Precision::Day)),
        )];
        let dated = dates_of(&extract(&docs, &Entities::default()));
        assert!(dated.contains(&(EventKind::Incident, Some(date(2031, 4, 22, Precision::Day)))), "{dated:?}");
    }

    #[test]
    fn a_finer_date_set_off_after_a_coarser_one_says_when() {
        let docs = [doc(
            "The film premiered in Bexley in May 2031 and opened in theaters the following spring, on April 24.\n",
            Some(date(2032, 6, 1, Precision::Day)),
        )];
        let dated = dates_of(&extract(&docs, &Entities::default()));
        assert!(dated.contains(&(EventKind::Release, Some(date(2032, 4, 24, Precision::Day)))), "{dated:?}");
    }

    #[test]
    fn that_evening_follows_a_resolved_day_not_a_far_year() {
        let docs = [doc(
            "The orchard looked like Maine in 1931. On Thursday, October 30, the trees went back.\nThe crew wrapped principal photography that evening.\n",
            Some(date(2031, 11, 5, Precision::Day)),
        )];
        let dated = dates_of(&extract(&docs, &Entities::default()));
        assert_eq!(dated, [(EventKind::Wrap, Some(date(2031, 10, 30, Precision::Day)))]);
    }

    #[test]
    fn the_day_a_trial_is_set_for_is_not_the_setting() {
        let docs = [doc("August 19, 2016 — The court sets a five-day jury trial for November 14, 2016.\n", None)];
        let dated = dates_of(&extract(&docs, &Entities::default()));
        assert_eq!(dated, [(EventKind::Legal, Some(date(2016, 8, 19, Precision::Day)))]);
    }

    #[test]
    fn a_subordinate_clause_of_time_keeps_its_own_date() {
        let published = Some(date(2026, 3, 3, Precision::Day));
        let docs = [doc(
            "The crew voted 41 to 6 on Monday to join the union, weeks after the state opened an inquiry into the injuries.\n",
            published,
        )];
        assert_eq!(dates_of(&extract(&docs, &Entities::default())), [(EventKind::Investigation, None)]);
    }

    #[test]
    fn a_subordinate_clause_of_time_hangs_on_the_date_before_it() {
        let docs = [doc(
            "The project began in November 2014, when the studio optioned the rights to her novel.\nThe film opened in May 2016, five months after it premiered at the Alder Festival in Norfolk, Va., in December 2015.\n",
            None,
        )];
        let dated = dates_of(&extract(&docs, &Entities::default()));
        assert!(dated.contains(&(EventKind::Development, Some(date(2014, 11, 0, Precision::Month)))), "{dated:?}");
        assert!(dated.contains(&(EventKind::Premiere, Some(date(2015, 12, 0, Precision::Month)))), "{dated:?}");
        // A clause of an earlier time does not take the date before it.
        for text in [
            "Foo Films, which bought the drama in March 2024 after its world premiere in Oslo, opens it in May.\n",
            "The streamer picked up worldwide rights in June 2023, weeks after the film screened at the Alder Festival.\n",
        ] {
            let dated = dates_of(&extract(&[doc(text, None)], &Entities::default()));
            assert!(dated.iter().all(|(k, d)| *k != EventKind::Premiere || d.is_none()), "{text} {dated:?}");
        }
    }

    #[test]
    fn a_date_does_not_reach_across_a_semicolon() {
        let docs = [doc(
            "On September 17, 2015, a stuntman fell from a rigging platform; the shoot stopped for ten days.\n",
            None,
        )];
        let dated = dates_of(&extract(&docs, &Entities::default()));
        assert_eq!(
            dated,
            [(EventKind::Incident, Some(date(2015, 9, 17, Precision::Day))), (EventKind::FilmingStop, None)]
        );
    }

    #[test]
    fn a_dateless_event_continues_a_dated_sentence_without_events() {
        let docs = [doc(
            "It was a hard road.\nBy March 2022, the film was ready. Limping into a limited release, it found fans.\n",
            None,
        )];
        let e = extract(&docs, &Entities::default());
        assert_eq!(dates_of(&e), [(EventKind::Release, Some(date(2022, 3, 0, Precision::Month)))]);
        assert_eq!(&*e[0].summary, "By March 2022, the film was ready. Limping into a limited release, it found fans.");
    }

    #[test]
    fn reports_from_two_documents_merge_with_the_finer_date() {
        let a = doc("The stuntman was killed on set in August 2018. Production was halted.\n", None);
        let b = doc("A fatal shooting on August 14, 2018 stopped the western.\nThe trailer debuted in May.\n", None);
        let c = doc("The accident on the desert set happened in 2018.\n", None);
        let docs = [a, b, c];
        let e = extract(&docs, &Entities::default());
        let incident: Vec<&Event> = e.iter().filter(|e| e.kind == EventKind::Incident).collect();
        assert_eq!(incident.len(), 1);
        let when = incident[0].when.as_ref().expect("when");
        assert_eq!(when.date, Some(date(2018, 8, 14, Precision::Day)));
        let docs_of: Vec<u16> = incident[0].evidence.iter().map(|ev| ev.doc).collect();
        assert_eq!(docs_of, [0, 1, 2]);
        assert_eq!(incident[0].id, "incident-2018-08-14");
        assert_eq!(&*incident[0].summary, "A fatal shooting on August 14, 2018 stopped the western.");
    }

    #[test]
    fn clashing_dates_keep_separate_events() {
        let a = doc("Filming began in April 2017.\n", None);
        let b = doc("Filming began in September 2017.\n", None);
        let e = extract(&[a, b], &Entities::default());
        assert_eq!(e.len(), 2);
        assert_ne!(e[0].id, e[1].id);
    }

    #[test]
    fn undated_reports_join_the_one_compatible_dated_event() {
        let a = doc("Production resumed in Ghana in April 2023.\n", None);
        let b = doc("Filming resumed last April. Cast and crew returned to set with new rules.\n", None);
        let c = doc("Filming resumed in June, reports said.\n", None);
        let e = extract(&[a, b, c], &Entities::default());
        let resumes: Vec<&Event> = e.iter().filter(|e| e.kind == EventKind::FilmingResume).collect();
        assert_eq!(resumes.len(), 2, "{resumes:#?}");
        assert_eq!(resumes[0].evidence.len(), 3);
        assert_eq!(resumes[1].when.as_ref().map(|w| &*w.phrase), Some("June"));
    }

    #[test]
    fn opinions_plots_and_residue_give_no_events() {
        let text = "Title line\nYou can't separate the film from the accident.\nIn the film, a miner is jailed for killing a guard and the trial begins.\nIt will serve as a catalyst for change.\nShare this article\n";
        let mut d = doc(text, None);
        let mut segs = d.segments.to_vec();
        let last = segs.len() - 1;
        segs[last].kind = SegmentKind::Residue(knowledge::ResidueKind::Boilerplate);
        segs.push(knowledge::Segment {
            span: Span { start: 0, end: 10 },
            paragraph: 0,
            kind: SegmentKind::Residue(knowledge::ResidueKind::LinkTitle),
        });
        d.segments = segs.into();
        assert!(extract(&[d], &Entities::default()).is_empty());
        let mut residue = doc("Filming began in May 2019.\n", None);
        let mut segs = residue.segments.to_vec();
        segs[0].kind = SegmentKind::Residue(knowledge::ResidueKind::LinkTitle);
        residue.segments = segs.into();
        assert!(extract(&[residue], &Entities::default()).is_empty());
    }

    #[test]
    fn undated_events_come_last_in_document_order() {
        let docs = [doc(
            "The film was financed by Lantern Capital. The comedy wrapped production in 2019. Newcomers rounded out the cast.\n",
            None,
        )];
        let ents = entities(&docs, &[], &[], &["Lantern Capital"]);
        let e = extract(&docs, &ents);
        let kinds: Vec<EventKind> = e.iter().map(|e| e.kind).collect();
        assert_eq!(kinds, [EventKind::Wrap, EventKind::Financing, EventKind::Casting]);
        assert_eq!(&*e[1].organisations, [0]);
        assert_eq!(e[1].id, "financing");
    }

    #[test]
    fn a_work_named_with_its_year_in_the_title_is_released_that_year() {
        let title = "Harbor Lights (2024): A Quiet Storm\n";
        let body = "Harbor Lights (2024) arrives after a long wait—its shoot was halted by a fire on set in 2021.\nHarbor Lights (2024) is a quiet film.\n";
        let mut d = doc(&format!("{title}{body}"), None);
        d.title = title.trim().to_owned().into();
        let mut segs = d.segments.to_vec();
        segs[0].kind = SegmentKind::Title;
        d.segments = segs.into();
        let e = extract(&[d], &Entities::default());
        let release = e.iter().find(|e| e.kind == EventKind::Release).expect("release");
        assert_eq!(release.when.as_ref().and_then(|w| w.date), Some(date(2024, 0, 0, Precision::Year)));
        assert_eq!(&*release.summary, "Harbor Lights (2024) arrives after a long wait");
        assert_eq!(release.evidence.len(), 1);
        let incident = e.iter().find(|e| e.kind == EventKind::Incident).expect("incident");
        assert_eq!(incident.when.as_ref().and_then(|w| w.date), Some(date(2021, 0, 0, Precision::Year)));
    }

    #[test]
    fn a_year_that_names_a_work_does_not_date_an_event() {
        let docs = [doc("She had planned to direct his 2019 thriller instead.\n", None)];
        let e = extract(&docs, &Entities::default());
        assert_eq!(dates_of(&e), [(EventKind::Development, None)]);
    }

    #[test]
    fn interviews_count_only_when_dated() {
        let docs = [doc(
            "“I loved it,” she told the Courier in 2019.\n“It was hard,” he told Variety.\nShe told Ana in 2020 that she would direct.\n",
            None,
        )];
        let e = extract(&docs, &entities(&docs, &["Ana"], &[], &["Courier", "Variety"]));
        assert_eq!(dates_of(&e), [(EventKind::Publicity, Some(date(2019, 0, 0, Precision::Year)))]);
    }

    #[test]
    fn a_step_after_a_relative_clause_takes_the_date_that_closes_it() {
        // "first" between the auxiliary and "charged"; the dismissal's date follows its which-clause.
        let text = "Marsh was first charged in May 2023, but prosecutors dropped the charge, which rested on one count of manslaughter, on September 4, citing new evidence.\n";
        let e = extract(&[doc(text, Some(date(2024, 1, 10, Precision::Day)))], &Entities::default());
        assert_eq!(
            dates_of(&e),
            [
                (EventKind::Legal, Some(date(2023, 5, 0, Precision::Month))),
                (EventKind::Legal, Some(date(2023, 9, 4, Precision::Day)))
            ]
        );
        // So is a step in a fronted "after" clause with its own date.
        let text = "After the charges were dropped in April 2023, prosecutors refiled them in January 2024.\nFollowing the dismissal of the case in May 2021, the state appealed in June 2021.\n";
        let e = extract(&[doc(text, None)], &Entities::default());
        let months: Vec<(i16, u8)> =
            e.iter().filter_map(|e| e.when.as_ref()?.date.map(|d| (d.year, d.month))).collect();
        assert_eq!(months, [(2021, 5), (2021, 6), (2023, 4), (2024, 1)]);
        // A step told in a which-clause with its own date is its own ("its appeal, which the court rejected in May").
        let text = "The dismissal of the case in March 2022 survived the state's appeal, which the high court rejected in May 2023.\n";
        let e = extract(&[doc(text, None)], &Entities::default());
        assert_eq!(
            dates_of(&e),
            [
                (EventKind::Legal, Some(date(2022, 3, 0, Precision::Month))),
                (EventKind::Legal, Some(date(2023, 5, 0, Precision::Month)))
            ]
        );
    }

    #[test]
    fn a_date_counted_from_or_owned_by_another_noun_does_not_date_the_step() {
        // "October 10, the day after X was killed": the harm was the day before.
        let text = "The agency opened its investigation on October 10, 2023, the day after a grip was killed when a rifle misfired.\n";
        let e = extract(&[doc(text, None)], &Entities::default());
        assert_eq!(
            dates_of(&e),
            [
                (EventKind::Incident, Some(date(2023, 10, 9, Precision::Day))),
                (EventKind::Investigation, Some(date(2023, 10, 10, Precision::Day)))
            ]
        );
        // The harm named as a settlement's cause owns the date after it; a hearing ahead owns "next month".
        let text = "The studio agreed to pay $40,000 over the death of a stuntman last spring, ending a dispute headed for a hearing next month.\n";
        let e = extract(&[doc(text, Some(date(2024, 10, 3, Precision::Day)))], &Entities::default());
        assert_eq!(dates_of(&e), [(EventKind::Legal, None)]);
    }

    #[test]
    fn a_sentencing_set_for_a_day_is_announced_even_when_told_later() {
        let text = "The judge set sentencing for March 3, 2025.\nSentencing is scheduled for May 9, 2025.\n";
        let e = extract(&[doc(text, Some(date(2025, 6, 1, Precision::Day)))], &Entities::default());
        let found: Vec<_> = e.iter().map(|e| (e.kind, e.status)).collect();
        assert_eq!(found, [(EventKind::Legal, EventStatus::Scheduled), (EventKind::Legal, EventStatus::Scheduled)]);
    }

    #[test]
    fn a_legal_step_takes_its_day_from_the_next_sentence() {
        let text = "The agency fined the ranch in June. The citation was issued on June 12.\nA review board reduced the fine in May. The board's decision came on May 30, its records show.\n";
        let e = extract(&[doc(text, Some(date(2025, 9, 1, Precision::Day)))], &Entities::default());
        assert_eq!(
            dates_of(&e),
            [
                (EventKind::Legal, Some(date(2025, 5, 30, Precision::Day))),
                (EventKind::Legal, Some(date(2025, 6, 12, Precision::Day)))
            ]
        );
        // A step told without a date takes the next sentence's.
        let text = "Prosecutors dropped the charges. The decision came on April 16, 2025.\n";
        let e = extract(&[doc(text, Some(date(2025, 9, 1, Precision::Day)))], &Entities::default());
        assert_eq!(dates_of(&e), [(EventKind::Legal, Some(date(2025, 4, 16, Precision::Day)))]);
        // Another subject, or a day of another month, leaves the month.
        let text = "The agency fined the ranch in June. Crews went back on July 2.\n";
        let e = extract(&[doc(text, Some(date(2025, 9, 1, Precision::Day)))], &Entities::default());
        assert_eq!(dates_of(&e), [(EventKind::Legal, Some(date(2025, 6, 0, Precision::Month)))]);
    }

    #[test]
    fn a_trigger_takes_its_date_from_its_own_clause() {
        let docs =
            [doc("The charge over the death, which occurred on March 3, 2019, was dismissed in June 2021.\n", None)];
        let e = extract(&docs, &Entities::default());
        assert_eq!(dates_of(&e), [(EventKind::Legal, Some(date(2021, 6, 0, Precision::Month)))]);
        let docs = [doc("A judge dismissed the charges over the death of Tom Vale in May 2019.\n", None)];
        assert_eq!(dates_of(&extract(&docs, &Entities::default())), [(EventKind::Legal, None)]);
        // The count from the accident's date dates the dismissal (worked out, with its anchor).
        let docs = [doc("The case was dismissed two years after the March 2019 accident on set.\n", None)];
        assert_eq!(
            dates_of(&extract(&docs, &Entities::default())),
            [
                (EventKind::Incident, Some(date(2019, 3, 0, Precision::Month))),
                (EventKind::Legal, Some(date(2021, 0, 0, Precision::Year)))
            ]
        );
        // The named date qualifies the fire, never the dismissal after the comma.
        let docs = [doc("Two years after the March 2019 fire, prosecutors dismissed the case.\n", None)];
        assert_eq!(
            dates_of(&extract(&docs, &Entities::default())),
            [(EventKind::Legal, Some(date(2021, 0, 0, Precision::Year)))]
        );
        let docs = [doc("Two years after the accident on set in March 2019, the case was dismissed.\n", None)];
        assert_eq!(
            dates_of(&extract(&docs, &Entities::default())),
            [(EventKind::Incident, Some(date(2019, 3, 0, Precision::Month))), (EventKind::Legal, None)]
        );
        let docs = [doc("The shoot, which began in May 2019, was halted in June 2019.\n", None)];
        assert_eq!(
            dates_of(&extract(&docs, &Entities::default())),
            [
                (EventKind::FilmingStart, Some(date(2019, 5, 0, Precision::Month))),
                (EventKind::FilmingStop, Some(date(2019, 6, 0, Precision::Month)))
            ]
        );
        // A fronted "after …" adjunct dates its own event, not the main clause's.
        let published = Some(date(2024, 3, 10, Precision::Day));
        let docs = [doc("After its premiere in Oslo last spring, Harbor Films acquired the drama.\n", published)];
        assert_eq!(
            dates_of(&extract(&docs, &Entities::default())),
            [(EventKind::Premiere, Some(date(2023, 3, 0, Precision::Season))), (EventKind::Financing, None)]
        );
        let docs = [doc("After a long delay, filming began in Oslo last spring.\n", published)];
        assert_eq!(
            dates_of(&extract(&docs, &Entities::default())),
            [(EventKind::FilmingStart, Some(date(2023, 3, 0, Precision::Season)))]
        );
        let docs = [doc("The on-set accident, which happened in May 2022, halted production.\n", None)];
        assert_eq!(
            dates_of(&extract(&docs, &Entities::default())),
            [(EventKind::Incident, Some(date(2022, 5, 0, Precision::Month))), (EventKind::FilmingStop, None)]
        );
    }

    #[test]
    fn a_date_before_a_noun_and_a_conjunction_is_not_the_verb_after_them() {
        let text = "Filming had been halted after the October 2021 shooting and resumed in Montana in April 2023.\n";
        let e = extract(&[doc(text, None)], &Entities::default());
        assert!(dates_of(&e).contains(&(EventKind::FilmingResume, Some(date(2023, 4, 0, Precision::Month)))));
        assert!(!dates_of(&e).iter().any(|(k, d)| *k == EventKind::FilmingResume && d.is_some_and(|d| d.year == 2021)));
    }

    #[test]
    fn the_subjects_own_dated_step_in_a_who_clause_is_its_own_event() {
        let text = "Marsh, who was charged with manslaughter in 2023, saw the case dismissed in July 2024.\n";
        let e = extract(&[doc(text, None)], &Entities::default());
        assert_eq!(
            dates_of(&e),
            [
                (EventKind::Legal, Some(date(2023, 0, 0, Precision::Year))),
                (EventKind::Legal, Some(date(2024, 7, 0, Precision::Month)))
            ]
        );
    }

    #[test]
    fn an_undated_step_joins_the_same_step_its_document_dates() {
        let published = Some(date(2024, 7, 13, Precision::Day));
        let a = doc(
            "A judge on Friday dismissed the case against Ann Lee.\nJudge Tom Vale dismissed the case with prejudice.\n",
            published,
        );
        let b = doc("Judge Ben Hale dismissed the case against Ivo Marr.\n", None);
        let docs = [a, b];
        let ents = entities(&docs, &["Ann Lee", "Tom Vale", "Ben Hale", "Ivo Marr"], &[], &[]);
        let e = extract(&docs, &ents);
        let legal: Vec<(Option<Date>, Vec<u16>)> = e
            .iter()
            .map(|e| (e.when.as_ref().and_then(|w| w.date), e.evidence.iter().map(|v| v.doc).collect()))
            .collect();
        // The second sentence joins the first; another document's step naming others stays apart.
        assert_eq!(legal, [(Some(date(2024, 7, 12, Precision::Day)), vec![0, 0]), (None, vec![1])]);
    }

    #[test]
    fn a_where_clause_on_an_events_place_takes_its_date() {
        let text = "The film premiered at the Alder Festival in April 2016, where it won the audience award.\n";
        let e = extract(&[doc(text, None)], &Entities::default());
        let april = Some(date(2016, 4, 0, Precision::Month));
        assert_eq!(dates_of(&e), [(EventKind::Premiere, april), (EventKind::Award, april)]);
    }

    #[test]
    fn a_deal_goes_on_in_the_next_paragraph() {
        let published = Some(date(2025, 2, 12, Precision::Day));
        let text =
            "Foo Films has acquired U.S. distribution rights to the western.\nThe deal was announced Wednesday.\n";
        let e = extract(&[doc(text, published)], &Entities::default());
        assert_eq!(dates_of(&e), [(EventKind::Financing, Some(date(2025, 2, 12, Precision::Day)))]);
    }

    #[test]
    fn the_story_goes_on_in_its_present_after_a_plot_sentence() {
        let text = "The film tells the story of a boy in 1880s Wyoming. After he kills a rancher, he is sentenced to hang. His grandfather breaks him out of jail. Filming began in May 2023.\nBaldwin plays Harland Rust, an outlaw who breaks his grandson out of jail after the boy is sentenced to hang.\nThe movie premieres on Friday. It is a grim western in which a boy is sentenced to hang.\n";
        let e = extract(&[doc(text, Some(date(2025, 4, 28, Precision::Day)))], &Entities::default());
        assert_eq!(
            dates_of(&e),
            [
                (EventKind::FilmingStart, Some(date(2023, 5, 0, Precision::Month))),
                (EventKind::Premiere, Some(date(2025, 5, 2, Precision::Day)))
            ]
        );
        assert_eq!(&*e[1].summary, "The movie premieres on Friday.");
    }

    #[test]
    fn two_legal_steps_of_one_sentence_keep_their_own_dates() {
        let text = "His trial began on July 9, 2024, and the case was dismissed on July 12.\nShe was convicted of manslaughter and sentenced in April 2024.\n";
        let e = extract(&[doc(text, Some(date(2024, 8, 1, Precision::Day)))], &Entities::default());
        assert_eq!(
            dates_of(&e),
            [
                (EventKind::Legal, Some(date(2024, 4, 0, Precision::Month))),
                (EventKind::Legal, Some(date(2024, 7, 9, Precision::Day))),
                (EventKind::Legal, Some(date(2024, 7, 12, Precision::Day))),
            ]
        );
        // Steps told with one date stay one report.
        assert!(e.iter().any(|e| &*e.summary == "She was convicted of manslaughter and sentenced in April 2024."));
        // One step told again after ", and" with a date of its own is a second event of that step.
        let text = "The wrongful-death suit was settled in June, and the stuntman settled his claim in September.\nThe studio was fined in March; the ranch was fined in May.\n";
        let e = extract(&[doc(text, Some(date(2024, 12, 1, Precision::Day)))], &Entities::default());
        let months: Vec<u8> = e.iter().filter_map(|e| e.when.as_ref()?.date.map(|d| d.month)).collect();
        assert_eq!(months, [3, 5, 6, 9]);
        // A count after the second step is its own, not the first's ("… a month later").
        let text = "He was charged in May 2023 and pleaded not guilty a month later.\n";
        let e = extract(&[doc(text, Some(date(2024, 8, 1, Precision::Day)))], &Entities::default());
        assert_eq!(
            dates_of(&e),
            [
                (EventKind::Legal, Some(date(2023, 5, 0, Precision::Month))),
                (EventKind::Legal, Some(date(2023, 6, 0, Precision::Month))),
            ]
        );
    }

    #[test]
    fn an_event_links_the_people_of_its_own_clause() {
        let text =
            "The charge against Lena Voss, whose co-defendant Paul Grady was acquitted, was dismissed in June 2023.\n";
        let docs = [doc(text, None)];
        let ents = entities(&docs, &["Lena Voss", "Paul Grady"], &[], &[]);
        let e = extract(&docs, &ents);
        let legal: Vec<(Option<Date>, Vec<u16>)> =
            e.iter().map(|e| (e.when.as_ref().and_then(|w| w.date), e.people.to_vec())).collect();
        assert_eq!(legal, [(Some(date(2023, 6, 0, Precision::Month)), vec![0])]);
    }

    #[test]
    fn it_after_a_sentence_about_the_shoot_is_the_production() {
        let docs = [doc("Production was halted in March 2020.\nIt restarted in May 2020.\n", None)];
        assert_eq!(
            dates_of(&extract(&docs, &Entities::default())),
            [(EventKind::FilmingStop, Some(date(2020, 3, 0, Precision::Month)))]
        );
        let docs = [doc("Production was halted in March 2020. It restarted in May 2020.\n", None)];
        assert_eq!(
            dates_of(&extract(&docs, &Entities::default())),
            [
                (EventKind::FilmingStop, Some(date(2020, 3, 0, Precision::Month))),
                (EventKind::FilmingResume, Some(date(2020, 5, 0, Precision::Month)))
            ]
        );
        let docs = [doc("The trial was halted in March 2020. It resumed in May 2020.\n", None)];
        assert!(extract(&docs, &Entities::default()).is_empty());
    }

    #[test]
    fn announced_events_are_kept_apart_from_what_happened() {
        let docs = [
            doc("The drama premiered at the Lisbon festival in May 2024.\n", None),
            doc("The drama is set to premiere at the Lisbon festival in May 2024.\n", None),
            doc(
                "The armorer could have faced ten years if convicted.\nThe shoot had been expected to wrap in June 2023.\n",
                None,
            ),
        ];
        let e = extract(&docs, &Entities::default());
        let statuses: Vec<(EventKind, EventStatus)> = e.iter().map(|e| (e.kind, e.status)).collect();
        assert_eq!(
            statuses,
            [(EventKind::Premiere, EventStatus::Happened), (EventKind::Premiere, EventStatus::Scheduled)]
        );
    }

    #[test]
    fn a_release_in_theaters_and_one_on_a_streaming_service_are_two() {
        let when = |y, m, d, p| Some(date(y, m, d, p));
        let text = "It premieres on the streaming service on May 2, 2025, and hits theaters a week later.\n";
        let dated = dates_of(&extract(&[doc(text, None)], &Entities::default()));
        assert_eq!(
            dated,
            [
                (EventKind::Release, Some(date(2025, 5, 2, Precision::Day))),
                (EventKind::Release, Some(date(2025, 5, 9, Precision::Day)))
            ]
        );
        for (text, streaming) in [
            (
                "The drama opens in theaters on May 2, 2025, and arrives on the streaming service Kestrel in July 2025.\n",
                when(2025, 7, 0, Precision::Month),
            ),
            (
                "The western hit theaters on May 2, 2025, before it began streaming on October 3, 2025.\n",
                when(2025, 10, 3, Precision::Day),
            ),
        ] {
            let dated = dates_of(&extract(&[doc(text, None)], &Entities::default()));
            assert!(dated.contains(&(EventKind::Release, when(2025, 5, 2, Precision::Day))), "{dated:?}");
            assert!(dated.contains(&(EventKind::Release, streaming)), "{dated:?}");
        }
    }

    #[test]
    fn an_acquisition_in_a_relative_clause_keeps_its_date_beside_a_licence() {
        for text in [
            "Vesta Pictures, which acquired the North American rights in November 2024, licensed the film to Lumo.\n",
            "Corvid, which picked up the drama in June 2025 after its premiere, is licensing it to the streamer Kestrel.\n",
        ] {
            let dated = dates_of(&extract(&[doc(text, None)], &Entities::default()));
            let deals: Vec<_> = dated.iter().filter(|(k, _)| *k == EventKind::Financing).collect();
            assert_eq!(deals.len(), 2, "{text} {dated:?}");
            assert!(deals.iter().any(|(_, d)| d.is_some_and(|d| d.precision == Precision::Month)), "{dated:?}");
        }
    }

    #[test]
    fn a_date_set_off_after_a_count_without_one_says_when() {
        for text in [
            "The shoot resumed more than a year later, in January 2023, in Montana.\n",
            "Nearly two years on, in January 2023, filming resumed in Montana.\n",
        ] {
            let dated = dates_of(&extract(&[doc(text, None)], &Entities::default()));
            assert_eq!(dated, [(EventKind::FilmingResume, Some(date(2023, 1, 0, Precision::Month)))], "{text}");
        }
    }

    #[test]
    fn an_undated_step_restated_in_an_embedded_clause_takes_its_date() {
        for (text, day) in [
            ("The production relocated to Montana, where filming resumed on April 20, 2023.\n", 20),
            ("Shooting moved to a ranch in Utah, where the crew resumed filming on April 4, 2023.\n", 4),
        ] {
            let dated = dates_of(&extract(&[doc(text, None)], &Entities::default()));
            assert_eq!(dated, [(EventKind::FilmingResume, Some(date(2023, 4, day, Precision::Day)))], "{text}");
        }
    }

    #[test]
    fn it_after_another_works_title_is_that_work() {
        let financing = |text: &str| {
            // The corpus quotes its own title, so other titles are known to be others.
            let mut d = doc(&format!("“Dry Creek” wrapped in June 2023.\n{text}"), None);
            d.title = "‘Dry Creek’ finds a home".into();
            extract(&[d], &Entities::default()).iter().filter(|e| e.kind == EventKind::Financing).count()
        };
        assert_eq!(financing("Corvid also bought “Night Ferry” at the market and licensed it to a streamer.\n"), 0);
        assert_eq!(financing("Vesta, which bought “Night Ferry” in Berlin, is licensing it to Lumo.\n"), 0);
        assert_eq!(financing("Corvid bought “Dry Creek” in May 2024 and licensed it to the streamer Lumo.\n"), 1);
    }

    #[test]
    fn a_festival_that_opens_on_its_date_releases_nothing() {
        for text in [
            "The drama will premiere in competition at the Harbor Film Festival, which opens August 15.\n",
            "It screens at the Coldwater Film Festival, which opens on September 3, 2025.\n",
        ] {
            let e = extract(&[doc(text, Some(date(2025, 6, 1, Precision::Day)))], &Entities::default());
            assert!(e.iter().all(|e| e.kind != EventKind::Release), "{text} {:?}", dates_of(&e));
        }
    }

    #[test]
    fn a_number_s_comma_cuts_no_clause() {
        let text = "The bureau fined the company $21,500 for safety violations after the crash that injured a stunt driver on May 3, 2024.\n";
        let e = extract(&[doc(text, Some(date(2024, 9, 1, Precision::Day)))], &Entities::default());
        assert!(!e.is_empty());
        assert!(
            e.iter().all(|e| !e.summary.starts_with("500")),
            "{:?}",
            e.iter().map(|e| &e.summary).collect::<Vec<_>>()
        );
        let text = "The bureau fined the maker of “Dust,” $9,000 for violations after the crash that injured a driver on May 3, 2024.\n";
        let e = extract(&[doc(text, Some(date(2024, 9, 1, Precision::Day)))], &Entities::default());
        assert!(
            e.iter().all(|e| !e.summary.starts_with('”')),
            "{:?}",
            e.iter().map(|e| &e.summary).collect::<Vec<_>>()
        );
        assert!(clauses::breaks_clause("In May, the", 6, ','));
        assert!(!clauses::breaks_clause("$21,500", 3, ','));
    }

    #[test]
    fn the_time_of_an_announcement_does_not_date_what_it_announces() {
        let text = "Vale Films today announced that the drama will open in limited release in Lisbon, Porto and Braga on Friday, October 2.\n";
        let e = extract(&[doc(text, Some(date(2026, 8, 13, Precision::Day)))], &Entities::default());
        assert_eq!(dates_of(&e), [(EventKind::Release, Some(date(2026, 10, 2, Precision::Day)))]);
        // With no date of its own, the "that" clause keeps the announcement's.
        let text = "Vale Films said Tuesday that the drama was released in Lisbon.\n";
        let e = extract(&[doc(text, Some(date(2026, 8, 13, Precision::Day)))], &Entities::default());
        assert_eq!(dates_of(&e), [(EventKind::Release, Some(date(2026, 8, 11, Precision::Day)))]);
        // Told in the pluperfect, it came some time before the telling.
        let text = "Vale Films confirmed on Friday that principal photography had wrapped.\n";
        let e = extract(&[doc(text, Some(date(2026, 8, 13, Precision::Day)))], &Entities::default());
        assert_eq!(dates_of(&e), [(EventKind::Wrap, None)]);
    }

    #[test]
    fn a_deck_line_gives_way_to_the_sentence_reporting_the_same_event() {
        let text = "Drama opens in limited release October 2\nVale Films will open the drama in limited release in Lisbon on October 2.\n";
        let e = extract(&[doc(text, Some(date(2026, 8, 13, Precision::Day)))], &Entities::default());
        assert_eq!(e.len(), 1);
        assert_eq!(&*e[0].summary, "Vale Films will open the drama in limited release in Lisbon on October 2.");
    }

    #[test]
    fn counts_go_on_from_a_counted_day_and_a_weekday_names_a_day_of_a_counted_week() {
        let text = "The crew walked off the set on Monday, October 13, and production was halted.\nTwo days later, the union signed an agreement.\nFilming resumed the following week, on Monday, after an inspection.\n";
        let e = extract(&[doc(text, Some(date(2025, 10, 29, Precision::Day)))], &Entities::default());
        let resume = e.iter().find(|e| e.kind == EventKind::FilmingResume).expect("resume");
        let when = resume.when.as_ref().expect("when");
        assert_eq!(
            (when.date, &*when.phrase),
            (Some(date(2025, 10, 20, Precision::Day)), "the following week, on Monday")
        );
        // The week alone gives its month when the whole week lies in it.
        let text = text.replace("the following week, on Monday,", "the following week");
        let e = extract(&[doc(&text, Some(date(2025, 10, 29, Precision::Day)))], &Entities::default());
        let resume = e.iter().find(|e| e.kind == EventKind::FilmingResume).expect("resume");
        assert_eq!(resume.when.as_ref().and_then(|w| w.date), Some(date(2025, 10, 0, Precision::Month)));
    }

    #[test]
    fn a_plan_told_in_reported_speech_is_announced_for_its_own_date() {
        let text = "Vale Films announced Wednesday that filming would resume in April.\n";
        let e = extract(&[doc(text, Some(date(2026, 3, 12, Precision::Day)))], &Entities::default());
        assert_eq!(dates_of(&e), [(EventKind::FilmingResume, Some(date(2026, 4, 0, Precision::Month)))]);
        assert_eq!(e[0].status, EventStatus::Scheduled);
        let text = "Filming would have resumed in April had the permit come through.\n";
        assert!(extract(&[doc(text, Some(date(2026, 3, 12, Precision::Day)))], &Entities::default()).is_empty());
    }

    #[test]
    fn a_participle_set_off_after_the_subject_keeps_its_own_date() {
        let text = "Filming, originally set for January, began on February 17 in Boise.\n";
        let e = extract(&[doc(text, Some(date(2025, 3, 12, Precision::Day)))], &Entities::default());
        assert_eq!(dates_of(&e), [(EventKind::FilmingStart, Some(date(2025, 2, 17, Precision::Day)))]);
        let text = "The film, shot in 2023, premiered at Sundance in January.\n";
        let e = extract(&[doc(text, Some(date(2025, 3, 12, Precision::Day)))], &Entities::default());
        assert_eq!(
            dates_of(&e),
            [
                (EventKind::FilmingStart, Some(date(2023, 0, 0, Precision::Year))),
                (EventKind::Premiere, Some(date(2025, 1, 0, Precision::Month))),
            ]
        );
    }

    #[test]
    fn a_step_counted_from_the_sentences_own_date_takes_the_count() {
        let text = "Ana Ruiz was cast in April 2024, two months before filming began in Utah.\n";
        let e = extract(&[doc(text, Some(date(2025, 3, 12, Precision::Day)))], &Entities::default());
        assert_eq!(
            dates_of(&e),
            [
                (EventKind::Casting, Some(date(2024, 4, 0, Precision::Month))),
                (EventKind::FilmingStart, Some(date(2024, 6, 0, Precision::Month))),
            ]
        );
        // With no date of its own before the count, the step stays undated.
        let text = "Two months before filming began in Utah, the cast rehearsed.\n";
        let e = extract(&[doc(text, Some(date(2025, 3, 12, Precision::Day)))], &Entities::default());
        assert_eq!(dates_of(&e), [(EventKind::FilmingStart, None)]);
    }

    #[test]
    fn a_start_told_by_its_period_is_on_the_first_day() {
        let text = "Filming will take place downtown from Monday, October 6 through October 10.\n";
        let e = extract(&[doc(text, Some(date(2025, 9, 29, Precision::Day)))], &Entities::default());
        assert_eq!(dates_of(&e), [(EventKind::FilmingStart, Some(date(2025, 10, 6, Precision::Day)))]);
        assert_eq!(e[0].status, EventStatus::Scheduled);
    }

    #[test]
    fn a_summary_starts_after_the_dateline() {
        let text = "BEXLEY, Ohio (AP) — A stunt driver was seriously injured Tuesday when a truck rolled.\n";
        let e = extract(&[doc(text, Some(date(2024, 5, 3, Precision::Day)))], &Entities::default());
        assert_eq!(&*e[0].summary, "A stunt driver was seriously injured Tuesday when a truck rolled.");
    }

    #[test]
    fn an_event_dated_after_the_day_of_writing_is_announced() {
        let text = "The drama premieres April 12 at the Lisbon Film Festival.\nIt premiered in Oslo on March 30.\n";
        let e = extract(&[doc(text, Some(date(2024, 4, 2, Precision::Day)))], &Entities::default());
        let statuses: Vec<(Option<Date>, EventStatus)> =
            e.iter().map(|e| (e.when.as_ref().and_then(|w| w.date), e.status)).collect();
        assert!(statuses.contains(&(Some(date(2024, 4, 12, Precision::Day)), EventStatus::Scheduled)), "{statuses:?}");
        assert!(statuses.contains(&(Some(date(2024, 3, 30, Precision::Day)), EventStatus::Happened)), "{statuses:?}");
    }

    #[test]
    fn an_announced_event_takes_the_date_and_place_of_the_sentence_continuing_it() {
        let text = "The drama is set to premiere at the Lisbon Film Festival in Porto. It screens on September 9 at the Palace Hall.\nThe festival runs until September 15.\n";
        let docs = [doc(text, Some(date(2025, 6, 2, Precision::Day)))];
        let ents = entities(&docs, &[], &["Porto", "Palace Hall"], &["Lisbon Film Festival"]);
        let e = extract(&docs, &ents);
        assert_eq!(e.len(), 1, "{e:#?}");
        assert_eq!((e[0].kind, e[0].status), (EventKind::Premiere, EventStatus::Scheduled));
        assert_eq!(e[0].when.as_ref().and_then(|w| w.date), Some(date(2025, 9, 9, Precision::Day)));
        assert_eq!(&*e[0].places, [0, 1]);
        assert_eq!(&*e[0].organisations, [0]);
        assert!(e[0].summary.ends_with("Palace Hall."), "{}", e[0].summary);
        // A sentence about something else does not continue it.
        let text = "The drama is set to premiere in Porto. Ana Ruiz turned 40 on September 9.\n";
        let e = extract(&[doc(text, Some(date(2025, 6, 2, Precision::Day)))], &Entities::default());
        assert_eq!(dates_of(&e), [(EventKind::Premiere, None)]);
        // A deal is continued by a sentence about the deal, and by nothing else.
        let text =
            "Harbor Releasing has acquired North American rights to the drama. The deal was announced Tuesday.\n";
        let e = extract(&[doc(text, Some(date(2024, 5, 10, Precision::Day)))], &Entities::default());
        assert_eq!(dates_of(&e), [(EventKind::Financing, Some(date(2024, 5, 7, Precision::Day)))]);
        let text = "Harbor Releasing has acquired North American rights to the drama, which premiered in Oslo last month. The deal was announced Tuesday.\n";
        let e = extract(&[doc(text, Some(date(2024, 5, 10, Precision::Day)))], &Entities::default());
        let deal = e.iter().find(|e| e.kind == EventKind::Financing).and_then(|e| e.when.as_ref()?.date);
        assert_eq!(deal, Some(date(2024, 5, 7, Precision::Day)));
        let text = "Harbor Releasing has acquired North American rights to the drama. It screens on Tuesday.\n";
        let e = extract(&[doc(text, Some(date(2024, 5, 10, Precision::Day)))], &Entities::default());
        assert_eq!(dates_of(&e), [(EventKind::Financing, None)]);
        let text = "The festival will screen the western on September 9.\nThe festival will screen 40 films.\n";
        let e = extract(&[doc(text, Some(date(2025, 6, 2, Precision::Day)))], &Entities::default());
        assert_eq!(dates_of(&e), [(EventKind::Premiere, Some(date(2025, 9, 9, Precision::Day)))]);
    }

    #[test]
    fn legal_steps_of_different_people_stay_apart() {
        let a = doc("Tom Vale was sentenced to 18 months in June 2024.\n", None);
        let b = doc("Ana Ruiz was sentenced to probation.\nTom Vale was sentenced, reports said.\n", None);
        let docs = [a, b];
        let ents = entities(&docs, &["Tom Vale", "Ana Ruiz"], &[], &[]);
        let e = extract(&docs, &ents);
        let people: Vec<(Option<Date>, Vec<u16>, usize)> =
            e.iter().map(|e| (e.when.as_ref().and_then(|w| w.date), e.people.to_vec(), e.evidence.len())).collect();
        assert_eq!(people, [(Some(date(2024, 6, 0, Precision::Month)), vec![0], 2), (None, vec![1], 1)]);
    }

    #[test]
    fn a_named_step_is_the_topic_not_a_status_noun() {
        let a = doc("The involuntary manslaughter case was dismissed in July 2024.\n", None);
        let b = doc("Manslaughter charges followed the accident.\n", None);
        let e = extract(&[a, b], &Entities::default());
        assert_eq!(e.len(), 2, "{e:#?}");
        assert_eq!(e[0].evidence.len(), 1);
    }

    #[test]
    fn a_festival_programme_announces_without_reporting() {
        let text = "The Long Field is set to premiere at the Harbor Film Festival in Bartown. It screens on September 9 at the Lido Hall.\nThe festival is scheduled to run until September 15.\nThe drama first screened at Sundance in January.\nIt will open in theaters on October 3.\nIt follows a widow who was sentenced in 1911.\n";
        let docs = [doc(text, Some(date(2025, 6, 2, Precision::Day)))];
        let ents = entities(&docs, &[], &["Bartown", "Lido Hall"], &["Harbor Film Festival", "Sundance"]);
        let got: Vec<_> = extract(&docs, &ents)
            .iter()
            .map(|e| {
                (e.kind, e.status, e.when.as_ref().and_then(|w| w.date), e.places.to_vec(), e.organisations.to_vec())
            })
            .collect();
        assert_eq!(
            got,
            [
                (EventKind::Premiere, EventStatus::Happened, Some(date(2025, 1, 0, Precision::Month)), vec![], vec![1]),
                (
                    EventKind::Premiere,
                    EventStatus::Scheduled,
                    Some(date(2025, 9, 9, Precision::Day)),
                    vec![0, 1],
                    vec![0]
                ),
                (EventKind::Release, EventStatus::Scheduled, Some(date(2025, 10, 3, Precision::Day)), vec![], vec![]),
            ]
        );
    }

    #[test]
    fn story_times_and_other_productions_date_nothing() {
        let docs = [doc(
            "The western, which tells the story of a drifter in the 1880s West, premiered at Cannes in 2023.\nFilming began in the 1990s.\nTom Vale was killed on the set of The Raven in 1994.\n",
            None,
        )];
        let e = extract(&docs, &Entities::default());
        assert_eq!(
            dates_of(&e),
            [(EventKind::Premiere, Some(date(2023, 0, 0, Precision::Year))), (EventKind::FilmingStart, None)]
        );
    }

    #[test]
    fn metadata_lines_report_nothing_and_are_never_a_summary() {
        let docs = [doc("Updated June 3, 2021 | Film News\nIts premiere in Oslo was a success.\n", None)];
        assert!(extract(&docs, &Entities::default()).iter().all(|e| e.when.is_none() && !e.summary.contains('|')));
    }

    #[test]
    fn an_actor_joining_after_a_plot_clause_is_casting() {
        let text = "Tom Vale, known for the series “Red Mile,” plays a drifter who washes up in a village; Ana Ruiz, who joined the cast in August 2023, plays the widow who shelters him.\n";
        let docs = [doc(text, None)];
        let ents = entities(&docs, &["Tom Vale", "Ana Ruiz"], &[], &[]);
        assert_eq!(dates_of(&extract(&docs, &ents)), [(EventKind::Casting, Some(date(2023, 8, 0, Precision::Month)))]);
    }

    #[test]
    fn a_heading_of_labels_reports_nothing() {
        let docs = [doc(
            "World Premiere · Special Screenings
The drama had its world premiere in Oslo.
",
            None,
        )];
        let events = extract(&docs, &Entities::default());
        assert_eq!(events.len(), 1);
        assert!(events[0].summary.starts_with("The drama"));
    }

    mod properties {
        use proptest::prelude::*;

        use super::*;

        proptest! {
            #[test]
            fn extraction_is_sound_on_any_text(
                parts in proptest::collection::vec(
                    "(Filming began|production resumed|was killed on set|financed by|in|on|May 2|2021|October 21, 2021|last year|two years later|Ana Ruiz|Lisbon|Set in|, |\\. |\n|é|—|\\PC)",
                    0..30,
                ),
                published in proptest::option::of((1900i16..2100, 1u8..13, 1u8..29)),
            ) {
                let text = parts.concat();
                let published = published.map(|(y, m, d)| date(y, m, d, Precision::Day));
                let docs = [doc(&text, published), doc(&text.to_uppercase(), None)];
                let ents = entities(&docs, &["Ana Ruiz"], &["Lisbon"], &[]);
                for e in extract(&docs, &ents) {
                    let mut found = false;
                    for ev in e.evidence.iter() {
                        let text = &docs[usize::from(ev.doc)].text;
                        let (s, t) = (ev.span.start as usize, ev.span.end as usize);
                        prop_assert!(s < t && t <= text.len());
                        prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(t));
                        found |= text[s..t] == *e.summary;
                    }
                    prop_assert!(found, "summary {:?} is no evidence quote", e.summary);
                    prop_assert!(docs.iter().any(|d| d.text.contains(&*e.summary)));
                }
            }
        }
    }

    #[test]
    fn a_halt_after_a_dated_harm_and_a_morning_after_a_weekday_take_their_days() {
        let thursday = Some(date(2027, 4, 8, Precision::Day));
        let docs = [doc(
            "A crane collapsed on Friday, April 2.\nAfter Friday's accident, the production paused filming.\n",
            thursday,
        )];
        let dated = dates_of(&extract(&docs, &Entities::default()));
        assert!(dated.contains(&(EventKind::FilmingStop, Some(date(2027, 4, 2, Precision::Day)))), "{dated:?}");
        let text = "On Monday a lighting rig tipped over on the stage and grazed a grip. The production paused filming that afternoon and was back at work the next morning.\n";
        let dated = dates_of(&extract(&[doc(text, thursday)], &Entities::default()));
        for expected in [
            (EventKind::Incident, Some(date(2027, 4, 5, Precision::Day))),
            (EventKind::FilmingStop, Some(date(2027, 4, 5, Precision::Day))),
            (EventKind::FilmingResume, Some(date(2027, 4, 6, Precision::Day))),
        ] {
            assert!(dated.contains(&expected), "{expected:?} in {dated:?}");
        }
    }
}
