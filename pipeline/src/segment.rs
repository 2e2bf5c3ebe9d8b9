//! Stage 2: paragraphs and sentences with spans, scrape residue, and document metadata.
//!
//! Every non-empty line is a paragraph. Each line is first judged alone ([`residue`] rules for
//! credits, boilerplate and link labels; [`metadata`] rules for bylines and datelines), then
//! against its neighbours: an opening headline is the title; a short headline-shaped line is a
//! heading when prose follows it, and a link title when it reads like another article's
//! headline, captions an image credit, or leads to no prose; short lines inside a block of
//! boilerplate are boilerplate too. Prose lines are split into [`sentences`]; an editor's note
//! among them (a correction) is boilerplate.

pub(crate) mod abbreviations;
mod metadata;
mod residue;
pub(crate) mod sentences;

use std::path::Path;

use knowledge::{CreationTime, Date, ResidueKind, Segment, SegmentKind, Span, TimeSource};

use crate::BuildError;

/// Metadata a document gives about itself.
#[derive(Clone, Debug, Default)]
pub struct Metadata {
    /// Title (or first line).
    pub title: String,
    /// Outlet that published it.
    pub outlet: Option<String>,
    /// Author from a byline.
    pub author: Option<String>,
    /// Publication date.
    pub published: Option<Date>,
    /// The creation time the metadata lines or a news dateline state (a publication date, or
    /// only an update time), with where and how it was read.
    pub created: Option<CreationTime>,
}

/// A segmented document.
#[derive(Clone, Debug, Default)]
pub struct Segmented {
    /// Segments in text order.
    pub segments: Vec<Segment>,
    /// Detected metadata.
    pub metadata: Metadata,
}

/// Longest line (in words) taken for a title, and for a section heading.
const TITLE_WORDS: usize = 30;
const HEADING_WORDS: usize = 14;
/// A heading-shaped line this short need not be title-cased (`What we know`).
const SHORT_HEADING_WORDS: usize = 8;

/// What a whole line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Prose,
    Title,
    Heading,
    Residue(ResidueKind),
}

/// A non-empty line, trimmed, with the byte offset of its first character.
struct Line<'a> {
    start: usize,
    text: &'a str,
}

/// Splits repaired `text` into segments and detects its metadata.
pub fn segment(text: &str) -> Segmented {
    let lines = lines(text);
    let roles = classify(&lines);
    let mut segments = Vec::new();
    for (index, (line, role)) in lines.iter().zip(&roles).enumerate() {
        let paragraph = u16::try_from(index).unwrap_or(u16::MAX);
        let span = |start: usize, end: usize| Span { start: offset(line.start + start), end: offset(line.start + end) };
        let whole = |kind| Segment { span: span(0, line.text.len()), paragraph, kind };
        match *role {
            Role::Prose => {
                // A Q&A speaker label is who speaks, not part of the first sentence.
                let label = residue::speaker_label(line.text).unwrap_or(0);
                if label > 0 {
                    segments.push(Segment {
                        span: span(0, label),
                        paragraph,
                        kind: SegmentKind::Residue(ResidueKind::Byline),
                    });
                }
                let rest = &line.text[label..];
                let lead = label + rest.len() - rest.trim_start().len();
                segments.extend(sentences::sentences(&line.text[lead..]).into_iter().map(|r| {
                    let sentence = &line.text[lead + r.start..lead + r.end];
                    // A caption's closing credit ("… on Friday. Photo: Ana Ruiz / Daily") names
                    // who took the picture (a "Courtesy of" one names who gave it, and stays);
                    // an editor's note and a copyright notice speak of the article.
                    let credit = residue::line_residue(sentence) == Some(ResidueKind::ImageCredit)
                        && !sentence.to_lowercase().contains("courtesy");
                    let kind = if credit {
                        SegmentKind::Residue(ResidueKind::ImageCredit)
                    } else if residue::is_editorial_note(sentence) || residue::is_copyright(sentence) {
                        SegmentKind::Residue(ResidueKind::Boilerplate)
                    } else {
                        SegmentKind::Sentence
                    };
                    Segment { span: span(lead + r.start, lead + r.end), paragraph, kind }
                }));
            }
            Role::Title => segments.push(whole(SegmentKind::Title)),
            Role::Heading => segments.push(whole(SegmentKind::Heading)),
            Role::Residue(kind) => segments.push(whole(SegmentKind::Residue(kind))),
        }
    }
    Segmented { segments, metadata: metadata(&lines, &roles) }
}

/// Where the words of a sentence begin after the news dateline that opens it
/// (`TAOS, N.M. (AP) — A stunt …`): 0 when there is none.
pub(crate) fn dateline_len(sentence: &str) -> usize {
    metadata::dateline_len(sentence).unwrap_or(0)
}

/// Fails when a document has no prose at all (only residue), naming the file.
pub fn check_has_prose(path: &Path, segmented: &Segmented) -> Result<(), BuildError> {
    if segmented.segments.iter().any(|s| s.kind == SegmentKind::Sentence) {
        Ok(())
    } else {
        Err(BuildError {
            file: path.to_path_buf(),
            line: 1,
            message: "seed holds no prose, only scrape residue".into(),
        })
    }
}

fn offset(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    for raw in text.split('\n') {
        let trimmed = raw.trim();
        if !trimmed.is_empty() {
            out.push(Line { start: start + (raw.len() - raw.trim_start().len()), text: trimmed });
        }
        start += raw.len() + 1;
    }
    out
}

/// Decides what each line is, from its own shape and then its neighbours.
fn classify(lines: &[Line]) -> Vec<Role> {
    use residue::{
        ends_sentence, has_news_headline_marks, is_cast_line, is_credit_line, is_headline_shaped, is_keyword_list,
        is_link_label, is_title_case, line_residue, outlet_suffix, word_count,
    };
    let mut roles: Vec<Role> = lines.iter().map(|l| line_residue(l.text).map_or(Role::Prose, Role::Residue)).collect();

    // A press release's letterhead (the issuer's name above `FOR IMMEDIATE RELEASE`) is no
    // title, and its closing "About the issuer" section is the issuer's boilerplate.
    if let Some(marker) = lines.iter().take(4).position(|l| residue::is_release_marker(l.text)) {
        roles[..marker].fill(Role::Residue(ResidueKind::Boilerplate));
        let about = lines.iter().skip(marker + 1).position(|l| {
            l.text
                .strip_prefix("About ")
                .is_some_and(|rest| rest.strip_prefix("the ").unwrap_or(rest).starts_with(char::is_uppercase))
                && word_count(l.text) <= SHORT_HEADING_WORDS
                && !ends_sentence(l.text)
        });
        if let Some(about) = about {
            roles[marker + 1 + about..].fill(Role::Residue(ResidueKind::Boilerplate));
        }
    }

    // The title opens the document (after a byline or credit at most), shaped like a headline;
    // a `Title | Outlet` line there is the document's own title, not a link.
    let opening = lines.iter().zip(&roles).position(|(line, role)| match role {
        Role::Residue(ResidueKind::LinkTitle) => outlet_suffix(line.text).is_some() && !is_link_label(line.text),
        Role::Residue(_) => false,
        Role::Prose | Role::Title | Role::Heading => true,
    });
    let title = opening.filter(|&i| i < 3 && is_headline_shaped(lines[i].text, TITLE_WORDS));
    if let Some(i) = title {
        roles[i] = Role::Title;
    }

    // Headline-shaped lines, last to first so that what follows each is already decided.
    for i in (0..lines.len()).rev() {
        let text = lines[i].text;
        let shaped =
            is_headline_shaped(text, HEADING_WORDS) && (is_title_case(text) || word_count(text) <= SHORT_HEADING_WORDS);
        if roles[i] != Role::Prose || !shaped || residue::speaker_label(text).is_some() {
            continue;
        }
        let captions_image = roles.get(i + 1) == Some(&Role::Residue(ResidueKind::ImageCredit));
        let leads_to_prose = roles[i + 1..]
            .iter()
            .find(|r| !matches!(r, Role::Residue(_)))
            .is_some_and(|r| matches!(r, Role::Prose | Role::Heading));
        // "Ann Lee as Ida Marsh" over "Ben Hale as Jed Quill": a cast list, whatever follows it.
        // … and "Directed by Ann Lee" over "Produced by Ben Hale": a credits block.
        let listed = |f: fn(&str) -> bool| {
            f(text) && [i.wrapping_sub(1), i + 1].iter().any(|&j| lines.get(j).is_some_and(|l| f(l.text)))
        };
        let cast_list = listed(is_cast_line) || listed(is_credit_line);
        roles[i] = if cast_list {
            Role::Heading
        } else if captions_image || is_keyword_list(text) || has_news_headline_marks(text) || !leads_to_prose {
            Role::Residue(ResidueKind::LinkTitle)
        } else {
            Role::Heading
        };
    }

    // Under a comments header, "Laura Chen says: …" is a reader's comment, not reporting.
    if let Some(header) = lines.iter().position(|l| residue::is_comments_header(l.text)) {
        for i in header + 1..lines.len() {
            if residue::is_commenter(lines[i].text) {
                roles[i] = Role::Residue(ResidueKind::Boilerplate);
            }
        }
    }

    // Short promo lines inside a block of boilerplate belong to it.
    let boilerplate = Role::Residue(ResidueKind::Boilerplate);
    for i in 1..lines.len() {
        let short = word_count(lines[i].text) <= SHORT_HEADING_WORDS && !ends_sentence(lines[i].text);
        let closed = roles.get(i + 1).is_none_or(|r| *r == boilerplate);
        let movable = matches!(roles[i], Role::Prose | Role::Heading | Role::Residue(ResidueKind::LinkTitle));
        if short && movable && roles[i - 1] == boilerplate && closed {
            roles[i] = boilerplate;
        }
    }
    roles
}

/// Title, outlet, author and date from the classified lines.
fn metadata(lines: &[Line], roles: &[Role]) -> Metadata {
    let title_line = lines.iter().zip(roles).find(|(_, r)| **r == Role::Title).map(|(l, _)| l.text);
    let suffix = title_line.and_then(residue::outlet_suffix);
    let title = match (suffix, title_line) {
        (Some((title, _)), _) => title,
        (None, Some(title)) => title,
        // A document that opens with prose is named by its first sentence.
        (None, None) => {
            lines.first().map_or("", |l| sentences::sentences(l.text).first().map_or(l.text, |r| &l.text[r.clone()]))
        }
    };
    let with_role = |kind: ResidueKind| {
        lines.iter().zip(roles).filter(move |(_, r)| **r == Role::Residue(kind)).map(|(l, _)| l.text)
    };
    let created = creation_time(lines, roles);
    Metadata {
        title: title.to_owned(),
        outlet: suffix
            .map(|(_, outlet)| outlet.to_owned())
            .or_else(|| with_role(ResidueKind::Byline).find_map(metadata::byline_outlet))
            .or_else(|| with_role(ResidueKind::Boilerplate).find_map(metadata::outlet_in))
            .or_else(|| with_role(ResidueKind::Byline).find_map(metadata::staff_outlet)),
        // Every credited writer: the byline's, an interviewer's, a translator's.
        author: Some(with_role(ResidueKind::Byline).filter_map(metadata::byline).collect::<Vec<_>>().join(" and "))
            .filter(|a| !a.is_empty()),
        published: created.as_ref().filter(|c| c.source == TimeSource::Published).map(|c| c.date),
        created,
    }
}

/// The creation time a document states: a publication date in its metadata lines, else in a
/// news dateline opening its first prose line, else an update time (only a bound).
fn creation_time(lines: &[Line], roles: &[Role]) -> Option<CreationTime> {
    let stated = |line: &Line, len: usize, (date, source, rule): (Date, TimeSource, &str)| CreationTime {
        date,
        source,
        span: Span { start: offset(line.start), end: offset(line.start + len) },
        rule: rule.to_owned().into(),
    };
    let read: Vec<CreationTime> = lines
        .iter()
        .zip(roles)
        .filter(|(_, r)| **r == Role::Residue(ResidueKind::Byline))
        .filter_map(|(l, _)| metadata::creation(l.text).map(|c| stated(l, l.text.len(), c)))
        .collect();
    // The first prose line, or one after a headline and a deck that opens with a place in
    // capitals ("OKLAHOMA CITY (March 4, 2025) —"): a date alone there may head a timeline entry.
    let dateline = || {
        lines.iter().zip(roles).filter(|(_, r)| **r == Role::Prose).take(3).enumerate().find_map(|(i, (line, _))| {
            let placed = line
                .text
                .split_whitespace()
                .next()
                .is_some_and(|w| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase));
            let (date, len) = metadata::news_dateline(line.text).filter(|_| i == 0 || placed)?;
            Some(stated(line, len, (date, TimeSource::Published, "dateline")))
        })
    };
    read.iter()
        .find(|c| c.source == TimeSource::Published)
        .cloned()
        .or_else(dateline)
        .or_else(|| read.into_iter().next())
}

#[cfg(test)]
mod tests {
    use super::*;
    use knowledge::Precision;
    use proptest::prelude::*;

    /// Each segment's text with its kind.
    fn kinds(text: &str) -> Vec<(&str, SegmentKind)> {
        segment(text).segments.iter().map(|s| (&text[s.span.start as usize..s.span.end as usize], s.kind)).collect()
    }

    fn kind_of(all: &[(&str, SegmentKind)], text: &str) -> SegmentKind {
        all.iter().find(|(t, _)| *t == text).unwrap_or_else(|| panic!("no segment {text:?} in {all:#?}")).1
    }

    const ARTICLE: &str = "\
Harbor Lights Wraps Filming After a Stormy Shoot | Screen Weekly
By Ana Ruiz and Lee Chan, Staff Writers
Published March 3, 2024 10:00 AM

• The drama finished filming in Maine on Friday.
• Director Sam Reed thanked the crew.

The production of Harbor Lights ended on Friday, Dr. Ana Ruiz said. “It was hard ... I loved it,” Reed told reporters. Then he left.
Delays on the Coast
Storms stopped filming twice in the autumn. The crew waited in a U.S. Navy hangar.
Lead Actor's 'Harbor' Deal Worth $2 Million Revealed
Producers said the film will be released next year.
Studio Nine Profile Review (2023) | Film Desk
Harbor Lights Cast Ana Ruiz Lee Chan
Kim Park/Instagram
The cast gathered for a final photo.
Read More
Only the best films
Get the Screen Weekly newsletter, our picks every Friday.
You may occasionally receive promotional content from the Screen Weekly Group.";

    #[test]
    fn segments_an_invented_article() {
        let all = kinds(ARTICLE);
        let residue = |k| SegmentKind::Residue(k);
        assert_eq!(
            kind_of(&all, "Harbor Lights Wraps Filming After a Stormy Shoot | Screen Weekly"),
            SegmentKind::Title
        );
        assert_eq!(kind_of(&all, "By Ana Ruiz and Lee Chan, Staff Writers"), residue(ResidueKind::Byline));
        assert_eq!(kind_of(&all, "Published March 3, 2024 10:00 AM"), residue(ResidueKind::Byline));
        assert_eq!(kind_of(&all, "• The drama finished filming in Maine on Friday."), SegmentKind::Sentence);
        assert_eq!(
            kind_of(&all, "The production of Harbor Lights ended on Friday, Dr. Ana Ruiz said."),
            SegmentKind::Sentence
        );
        assert_eq!(kind_of(&all, "“It was hard ... I loved it,” Reed told reporters."), SegmentKind::Sentence);
        assert_eq!(kind_of(&all, "Delays on the Coast"), SegmentKind::Heading);
        assert_eq!(kind_of(&all, "The crew waited in a U.S. Navy hangar."), SegmentKind::Sentence);
        assert_eq!(
            kind_of(&all, "Lead Actor's 'Harbor' Deal Worth $2 Million Revealed"),
            residue(ResidueKind::LinkTitle)
        );
        assert_eq!(kind_of(&all, "Studio Nine Profile Review (2023) | Film Desk"), residue(ResidueKind::LinkTitle));
        assert_eq!(kind_of(&all, "Harbor Lights Cast Ana Ruiz Lee Chan"), residue(ResidueKind::LinkTitle));
        assert_eq!(kind_of(&all, "Kim Park/Instagram"), residue(ResidueKind::ImageCredit));
        for tail in [
            "Read More",
            "Only the best films",
            "Get the Screen Weekly newsletter, our picks every Friday.",
            "You may occasionally receive promotional content from the Screen Weekly Group.",
        ] {
            assert_eq!(kind_of(&all, tail), residue(ResidueKind::Boilerplate), "{tail}");
        }
        let meta = segment(ARTICLE).metadata;
        assert_eq!(meta.title, "Harbor Lights Wraps Filming After a Stormy Shoot");
        assert_eq!(meta.outlet.as_deref(), Some("Screen Weekly"));
        assert_eq!(meta.author.as_deref(), Some("Ana Ruiz and Lee Chan"));
        assert_eq!(meta.published, Some(Date { year: 2024, month: 3, day: 3, precision: Precision::Day }));
        // An interview's credits name its interviewer and its translator: both wrote the piece.
        let credits = "Ana Ruiz on her new film\nInterview by Jana Nováková\nTranslated from the Czech by Lee Chan\nMarch 9, 2026\nRuiz shot the film in May.\n";
        assert_eq!(segment(credits).metadata.author.as_deref(), Some("Jana Nováková and Lee Chan"));
    }

    #[test]
    fn the_creation_time_prefers_a_publication_date_to_an_update() {
        let created = |text: &str| segment(text).metadata.created.map(|c| (c.date, c.source, c.rule.into_owned()));
        let day = |year, month, day| Date { year, month, day, precision: Precision::Day };
        let both = "A Barn Burns in Bexley\nUpdated May 4, 2024\nBy Ana Ruiz | May 3, 2024\nThe barn burned.";
        assert_eq!(created(both), Some((day(2024, 5, 3), TimeSource::Published, "dated byline".to_owned())));
        let update = "A Barn Burns in Bexley\nUpdated May 4, 2024\nThe barn burned.";
        assert_eq!(created(update), Some((day(2024, 5, 4), TimeSource::Updated, "update line".to_owned())));
        assert_eq!(segment(update).metadata.published, None);
        let bare = "A Barn Burns in Bexley\ndate 2022-05-17\nThe barn burned.";
        assert_eq!(created(bare), Some((day(2022, 5, 17), TimeSource::Published, "date line".to_owned())));
        let wire = "A Barn Burns in Bexley\nBEXLEY, Ohio, May 3, 2024 (Farm Wire) — The barn burned on Tuesday.";
        let seg = segment(wire);
        let c = seg.metadata.created.expect("dateline");
        assert_eq!((c.date, c.source), (day(2024, 5, 3), TimeSource::Published));
        assert_eq!(&wire[c.span.start as usize..c.span.end as usize], "BEXLEY, Ohio, May 3, 2024 (Farm Wire) —");
        assert_eq!(created("A Barn Burns in Bexley\nThe barn burned on May 3, 2024."), None);
    }

    #[test]
    fn a_dateline_after_a_deck_dates_the_release() {
        let release = "FOR IMMEDIATE RELEASE\nBarn Drama Wins State Rebate\nShoot to begin in two towns this fall\nBEXLEY (May 3, 2024) — The drama won a rebate.";
        let c = segment(release).metadata.created.expect("dateline");
        assert_eq!((c.date.day, c.source), (3, TimeSource::Published));
        // A timeline entry's date on the third line is no dateline.
        let timeline =
            "Barn Drama: A Timeline\nThe shoot went badly from the first day.\nMay 3, 2024 — The barn burned.";
        assert!(segment(timeline).metadata.created.is_none());
    }

    #[test]
    fn a_press_release_is_titled_by_its_headline_and_dated_by_its_dateline() {
        let release = "Bexley Film Office\nFOR IMMEDIATE RELEASE\nBarn Drama to Premiere in Bexley\nBEXLEY, Ohio (May 3, 2024) — The drama premieres June 1.\nAbout the drama\nIt was shot in Ohio.\nAbout the Bexley Film Office\nThe office promotes Bexley as a filming location.\nMedia contact: Ana Ruiz\n###";
        let seg = segment(release);
        assert_eq!(seg.metadata.title, "Barn Drama to Premiere in Bexley");
        let c = seg.metadata.created.expect("dateline");
        assert_eq!(c.date, Date { year: 2024, month: 5, day: 3, precision: Precision::Day });
        let all = kinds(release);
        assert_eq!(kind_of(&all, "Bexley Film Office"), SegmentKind::Residue(ResidueKind::Boilerplate));
        assert_eq!(kind_of(&all, "Media contact: Ana Ruiz"), SegmentKind::Residue(ResidueKind::Boilerplate));
        assert_eq!(kind_of(&all, "It was shot in Ohio."), SegmentKind::Sentence);
        let about = "The office promotes Bexley as a filming location.";
        assert_eq!(kind_of(&all, about), SegmentKind::Residue(ResidueKind::Boilerplate));
        // Without a release marker the first line stays the title.
        assert_eq!(segment("Bexley Film Office\nThe drama premieres June 1.").metadata.title, "Bexley Film Office");
    }

    #[test]
    fn a_correction_note_is_boilerplate_and_the_sentence_after_it_prose() {
        let corrected = "Barn Drama Premieres\nThe drama premiered on Friday. Correction: An earlier version of this story misspelled a name. Filming began May 3.";
        let all = kinds(corrected);
        let note = "Correction: An earlier version of this story misspelled a name.";
        assert_eq!(kind_of(&all, note), SegmentKind::Residue(ResidueKind::Boilerplate));
        assert_eq!(kind_of(&all, "Filming began May 3."), SegmentKind::Sentence);
        assert_eq!(kind_of(&all, "The drama premiered on Friday."), SegmentKind::Sentence);
    }

    #[test]
    fn a_caption_keeps_its_sentence_and_loses_its_credit() {
        let text = "Barn Drama Premieres\nThe cast signs autographs on Friday. Photo: Ana Ruiz / Bexley Courier\nThe drama opened. It was a hit.";
        let all = kinds(text);
        assert_eq!(kind_of(&all, "The cast signs autographs on Friday."), SegmentKind::Sentence);
        let credit = "Photo: Ana Ruiz / Bexley Courier";
        assert_eq!(kind_of(&all, credit), SegmentKind::Residue(ResidueKind::ImageCredit));
        assert_eq!(kind_of(&all, "It was a hit."), SegmentKind::Sentence);
        let courtesy = "Barn Drama Premieres\nThe cast on the set. (Courtesy of Harbor Films)";
        assert_eq!(kind_of(&kinds(courtesy), "(Courtesy of Harbor Films)"), SegmentKind::Sentence);
    }

    #[test]
    fn a_speaker_label_is_no_part_of_the_sentence_and_a_question_no_heading() {
        let text = "Ana Ruiz on Her Western\nWe spoke by phone.\nLEE CHAN: When did you shoot?\nRUIZ: We shot it in May. It rained.";
        let all = kinds(text);
        assert_eq!(kind_of(&all, "LEE CHAN:"), SegmentKind::Residue(ResidueKind::Byline));
        assert_eq!(kind_of(&all, "When did you shoot?"), SegmentKind::Sentence);
        assert_eq!(kind_of(&all, "We shot it in May."), SegmentKind::Sentence);
        assert_eq!(kind_of(&all, "It rained."), SegmentKind::Sentence);
        assert_eq!(kind_of(&all, "We spoke by phone."), SegmentKind::Sentence);
    }

    #[test]
    fn a_closing_cast_list_is_no_block_of_link_titles() {
        let seg = segment("Ann Lee joins the cast.\nCAST\nAna Ruiz as Sheriff Ida Marsh\nBen Hale as Doc Quill\n");
        let kinds: Vec<SegmentKind> = seg.segments.iter().map(|s| s.kind).collect();
        assert_eq!(kinds[2..], [SegmentKind::Heading, SegmentKind::Heading]);
        // One such line alone may be a link: "Ann Lee as You Have Never Seen Her".
        let seg = segment("Ann Lee joins the cast.\nAnn Lee as You Have Never Seen Her\n");
        assert_eq!(seg.segments[1].kind, SegmentKind::Residue(ResidueKind::LinkTitle));
    }

    #[test]
    fn paragraphs_are_numbered_by_line() {
        let seg = segment("First line here. Second sentence.\n\nNext paragraph.");
        let paragraphs: Vec<u16> = seg.segments.iter().map(|s| s.paragraph).collect();
        assert_eq!(paragraphs, [0, 0, 1]);
    }

    #[test]
    fn prose_opening_is_no_title_but_names_the_document() {
        let text = "Some films stay with you. This one does.\nIt opens in a quiet town.\nStaff Notes";
        let seg = segment(text);
        assert!(seg.segments.iter().all(|s| s.kind != SegmentKind::Title));
        assert_eq!(seg.metadata.title, "Some films stay with you.");
        // A heading-shaped line that leads to no prose is not a heading.
        assert_eq!(seg.segments.last().map(|s| s.kind), Some(SegmentKind::Residue(ResidueKind::LinkTitle)));
        assert_eq!(seg.metadata.outlet, None);
    }

    #[test]
    fn outlet_from_a_staff_byline_which_is_no_prose() {
        let text = "Hollywood packs up: the shoot wraps\nBy the Valley Ledger staff\nThe film shot in Maine.\n";
        let seg = segment(text);
        assert_eq!(seg.metadata.outlet.as_deref(), Some("Valley Ledger"));
        assert_eq!(seg.metadata.author, None);
        assert_ne!(kind_of(&kinds(text), "By the Valley Ledger staff"), SegmentKind::Sentence);
        let text = "The shoot wraps\nBy the time the staff left, the set was gone.\n";
        assert_eq!(segment(text).metadata.outlet, None);
    }

    #[test]
    fn outlet_from_a_copyright_line_and_headings_in_sentence_case() {
        let text = "‘Harbor’ explained: what we know about the shoot\nThe film shot in Maine.\nWhat comes next\nA release is planned.\n© 2024 Coastline Media. All rights reserved.";
        let all = kinds(text);
        assert_eq!(kind_of(&all, "‘Harbor’ explained: what we know about the shoot"), SegmentKind::Title);
        assert_eq!(kind_of(&all, "What comes next"), SegmentKind::Heading);
        assert_eq!(segment(text).metadata.outlet.as_deref(), Some("Coastline Media"));
    }

    #[test]
    fn rejects_documents_without_prose() {
        let seg = segment("Share this article\nKim Park/Instagram");
        assert!(check_has_prose(Path::new("x.txt"), &seg).is_err());
        assert!(check_has_prose(Path::new("x.txt"), &segment("A sentence.")).is_ok());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn segments_tile_the_text(text in prop_oneof![
            any::<String>(),
            "[A-Za-z .,!?…“”’'\"()•|:/$0-9\n\t ]{0,200}",
            prop::collection::vec(prop::sample::select(&["Dr.", "U.S.", "Hello", "world", ". ", "? ", "…", " ... ", "“", "”",
                ",", "\n", "\n\n", "  ", "By Ana Ruiz", "Share this", "Kim Park/Instagram", "A Title Line", "| Outlet",
                "May 3, 2024", "é"][..]), 0..40).prop_map(|v| v.concat()),
        ]) {
            let seg = segment(&text);
            let mut covered = 0;
            let mut last_paragraph = 0;
            for s in &seg.segments {
                let (start, end) = (s.span.start as usize, s.span.end as usize);
                prop_assert!(start >= covered && start < end && end <= text.len());
                prop_assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
                prop_assert!(text[covered..start].chars().all(char::is_whitespace), "gap {:?}", &text[covered..start]);
                let piece = &text[start..end];
                prop_assert_eq!(piece.trim(), piece);
                prop_assert!(s.paragraph >= last_paragraph);
                covered = end;
                last_paragraph = s.paragraph;
            }
            prop_assert!(text[covered..].chars().all(char::is_whitespace));
        }
    }
}
