//! Line-level rules that recognise scrape residue and headline-shaped lines.
//!
//! These rules look at one line alone; [`super::segment`] combines them with the line's
//! neighbours (a heading needs prose after it, a caption sits above its credit, a promo line
//! sits inside a block of boilerplate).

use std::sync::LazyLock;

use knowledge::ResidueKind;
use regex::Regex;

use super::metadata;

/// Words a title-cased line leaves in lower case.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as",
    "into", "onto", "over", "via", "vs", "per", "up", "off", "out", "is", "are", "was", "be", "it", "its", "not",
];

/// The fewest `|`-separated items a line needs to be a site's menu (`Home | News | Reviews`).
const MENU_ITEMS: usize = 3;

/// Photo agencies, whose name alone on a short line is a credit.
const AGENCIES: &str = r"Getty\s+Images|Shutterstock|AP\s+Photo|Reuters|AFP|Alamy|WireImage|FilmMagic|Invision|EPA|Everett\s+Collection|Splash\s+News|Handout";
/// Platforms a photo is credited to after a slash (`Name/Platform`).
const PLATFORMS: &str = r"Instagram|Twitter|X|Facebook|TikTok|YouTube|Flickr|AP|Courtesy";

fn regex(pattern: &str) -> Regex {
    Regex::new(pattern).expect("valid regex")
}

/// `Photo: …`, `Image credit: …`, `Photograph by …`, `Courtesy of …`.
static LABELLED_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)^\(?\s*(?:(?:photo|photograph|image|picture|still|illustration)s?(?:\s+(?:credit|illustration))?(?:\s*:|\s+(?:by|via|courtesy(?:\s+of)?)\b)|credits?\s*:|courtesy\s+of\b)\s*\S",
    )
});
/// `Jane Doe/Agency`, `Jane Doe/Agency/AP`, `Jane Doe/Getty Images for Studio`.
static SLASH_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    let words = r"[\p{Lu}][\p{L}&.'’-]*(?:\s+[\p{Lu}][\p{L}&.'’-]*){0,3}";
    regex(&format!(r"^\(?(?P<left>{words})(?:\s*/\s*{words})+(?:\s+(?:for|via)\s+.+)?\)?$"))
});
static AGENCY: LazyLock<Regex> = LazyLock::new(|| regex(&format!(r"\b(?:{AGENCIES})\b")));
static PLATFORM: LazyLock<Regex> = LazyLock::new(|| regex(&format!(r"/\s*(?:{AGENCIES}|{PLATFORMS})\b")));

/// Share, comment, newsletter, "read more" and legal boilerplate of news sites.
static BOILERPLATE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?ix)^(?:
            share(?:\s+this(?:\s+(?:article|story|post|page))?|\s+on\s+\w+)?
          | tweet | email | print | copy\s+link | link\s+copied | save(?:\s+article)?
          | \d*\s*comments? | (?:leave|add|post|write)\s+a\s+(?:comment|reply) | (?:view|show|hide)\s+comments?
          | join\s+the\s+(?:conversation|discussion)
          | read\s+more | more\s+to\s+read | more\s+(?:stories|news|articles|videos) | more\s+(?:on|from|in|about)\b\s*:?\s*\S*(?:\s+\S+){0,4}
          | you\s+(?:may|might)\s+also\s+like.* | recommended(?:\s+for\s+you)? | trending(?:\s+now)? | most\s+(?:popular|read)
          | popular\s+now | up\s+next | watch\s+next | featured\s+video | advertisement | sponsored(?:\s+content)?
          | scroll\s+to\s+continue.* | continue\s+reading.* | skip\s+to\s+.* | follow\s+us\b.* | click\s+here\b.*
          | sign\s+up\b.* | subscribe\b.* | get\s+(?:the|our)\s+.*newsletter.* | newsletters?
          | by\s+signing\s+up\b.* | you\s+may\s+(?:occasionally\s+)?receive\b.* | this\s+site\s+is\s+protected\s+by\b.*
          | (?:copyright\s*)?(?:©|\(c\)).* | copyright\s+\d{4}.* | all\s+rights\s+reserved.*
          | (?:terms\s+of\s+(?:use|service)|privacy\s+policy)\b.* | (?:tags|topics|filed\s+under)\s*:.*
          | (?:hide|toggle)\s+caption | enlarge\s+this\s+image | listen\s+to\s+(?:this|the)\s+(?:article|story)\b.*
          | \d+\s+min(?:ute)?s?\s+read | reading\s+time\b.*
        )$",
    )
});
/// A reference entry numbered in brackets and retrieved on a date (`[3] … Retrieved May 5, 2024.`).
static CITATION: LazyLock<Regex> = LazyLock::new(|| regex(r"^\[\d+\]\s.*\bRetrieved\s.{4,30}$"));
/// A copyright notice: `© 2027 …`, `Copyright 2027 …`, `All rights reserved.`
static COPYRIGHT: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"(?i)^(?:(?:copyright\s*)?(?:©|\(c\))\s*\d{4}\b.*|copyright\s+\d{4}\b.*|all\s+rights\s+reserved\.?)$")
});
/// A press release's marker line: `FOR IMMEDIATE RELEASE`, `Press release`, `News Release:`.
static RELEASE_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"(?i)^(?:for\s+immediate\s+release|(?:news|press|media)\s+release)(?:\s*[:|–—-].{0,60})?$")
});
/// A press release's footer: the media contact, how to reach them, the `###` end mark.
static RELEASE_FOOTER: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)^(?:(?:media|press)\s+(?:contacts?|inquiries|enquiries)\s*:.*|contacts?\s*:.*|reach\s+.{1,60}\s+at\s+\S*(?:\d{3}|@).*|\#{3}|-\s*30\s*-)$",
    )
});
/// An editor's note about the article itself: `Correction: An earlier version of this story …`,
/// `This article has been updated to …`; its dates are the article's, never the film's.
static EDITORIAL_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)^(?:(?:correction|clarification|update|editor[’']?s\s+note)\s*:\s*)?(?:(?:an?|the)\s+(?:earlier|previous|original|prior)\s+version\s+of\s+this\s+(?:story|article|report|post|item)\b|this\s+(?:story|article|report|post)\s+(?:has\s+been|was)\s+(?:corrected|updated|amended)\b)",
    )
});
/// A Q&A speaker label opening a line: `Q:`, `A:`, `ANA RUIZ:`, `RUIZ:` (capitals, up to
/// four words).
static SPEAKER_LABEL: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^(?:Q|A|\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]*){0,3})\s*:\s+\S"));
/// A site's navigation and chat-widget lines: `Skip to content`, `Hi there! Need help?`,
/// `Main menu`, `Chat with us`, `Back to top`.
static NAVIGATION: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?ix)^(?:
            (?:hi|hello|hey)\s+there(?:[!,.]\s*.*)?
          | (?:hi|hello|hey)\s*[!,.]\s*(?:need|how|can|welcome|got|have|looking|questions?)\b.*
          | (?:need|want)\s+(?:some\s+)?help | how\s+can\s+(?:we|i)\s+help(?:\s+you)?(?:\s+today)?
          | (?:chat|talk)\s+(?:with|to)\s+us(?:\s+now)? | live\s+chat | start\s+(?:a\s+)?chat | send\s+us\s+a\s+message
          | ask\s+(?:us|a\s+question)(?:\s+anything)? | we(?:'|’)?re\s+(?:online|here\s+to\s+help).*
          | skip\s+(?:navigation|to\s+.*) | jump\s+to\s+.* | back\s+to\s+top | toggle\s+navigation | (?:open|close)\s+(?:the\s+)?menu
          | (?:main\s+)?menu | navigation | search(?:\s+(?:for|the\s+site))? | close | home | log\s*in | sign\s+in | my\s+account
        )$",
    )
});
/// A reporter's contact line closing an article: `Reach Ana Ruiz at aruiz@example.com.`,
/// `Contact the writer at …`, `Follow her on Twitter @aruiz`.
static CONTACT: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?i:reach|contact|email|e-mail|write\s+to|follow)\s+(?:(?i:the\s+(?:writer|author|reporter|critic)|him|her|them)|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?i:at|on|via)\s+(?:\S+@\S+\.\w+|@\w+|(?i:twitter|x|bluesky|instagram|threads|mastodon)\b)",
    )
});
/// A wire story's closing credit of its other reporters: `Associated Press writer Ana Ruiz
/// contributed to this report.`, `Contributing: Lee Chan`, `Ana Ruiz contributed reporting.`
static CONTRIBUTORS: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:(?i:contributing(?:\s+writers?)?)\s*:\s*\p{Lu}|(?:\S+\s+){1,14}contributed\s+(?:to\s+this\s+(?:report|story|article)|(?:additional\s+)?reporting)(?:\s+from\s+[^.]{1,40})?\.?$)",
    )
});
/// The header of a page's reader comments: `12 Comments`, `Comments (3)`.
static COMMENTS_HEADER: LazyLock<Regex> = LazyLock::new(|| regex(r"(?i)^(?:\d+\s+)?comments?(?:\s*\(\d+\))?$"));
/// A reader comment opening with its writer's name: `Laura Chen says: …`.
static COMMENTER: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:says|said|wrote|writes|replied|replies|commented)\s*:"));
/// A label that introduces another article's title: `Related: …`, `Read more: …`.
static LINK_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)^(?:related|read\s+more|read\s+also|also\s+read|see\s+also|read|watch|listen|recommended|more)\s*:\s*\S",
    )
});
/// A title followed by the outlet that published it: `Some Headline | Outlet`.
static OUTLET_SUFFIX: LazyLock<Regex> = LazyLock::new(|| regex(r"^(?P<title>.*\S)\s+\|\s+(?P<outlet>[^|]*\S)\s*$"));
/// A phrase in single quotes, the way news headlines quote titles and words.
static SINGLE_QUOTED: LazyLock<Regex> = LazyLock::new(|| regex(r"(?:^|\s)['‘][^'‘’\s][^'‘’]{0,40}['’](?:\s|$|[:,])"));
/// A money amount or a number with a magnitude, typical of news headlines.
static AMOUNT: LazyLock<Regex> = LazyLock::new(|| regex(r"[$£€¥]\s?\d|\b\d+(?:\.\d+)?\s?(?:[Mm]illion|[Bb]illion)\b"));

/// Residue recognisable from the line alone, or `None`.
pub fn line_residue(line: &str) -> Option<ResidueKind> {
    if is_image_credit(line) {
        Some(ResidueKind::ImageCredit)
    } else if metadata::byline(line).is_some()
        || metadata::staff_outlet(line).is_some()
        || metadata::dateline(line)
        || is_contact(line)
        || (word_count(line) <= 25 && CONTRIBUTORS.is_match(line.trim()))
    {
        Some(ResidueKind::Byline)
    } else if is_boilerplate(line) {
        Some(ResidueKind::Boilerplate)
    } else if is_link_label(line) || outlet_suffix(line).is_some() {
        Some(ResidueKind::LinkTitle)
    } else {
        None
    }
}

/// The header of a page's reader comments (`12 Comments`).
pub fn is_comments_header(line: &str) -> bool {
    COMMENTS_HEADER.is_match(line.trim())
}

/// A reader comment opening with its writer's name (`Laura Chen says: …`); only read so under
/// a comments header, as prose may quote someone that way too.
pub fn is_commenter(line: &str) -> bool {
    COMMENTER.is_match(line)
}

/// A reporter's contact line: short, naming an address or a handle.
fn is_contact(line: &str) -> bool {
    word_count(line) <= 20 && CONTACT.is_match(line)
}

/// A line introducing another article: `Related: …`, `Read more: …`.
pub fn is_link_label(line: &str) -> bool {
    LINK_LABEL.is_match(line)
}

fn is_image_credit(line: &str) -> bool {
    let words = word_count(line);
    if words > 14 || (ends_sentence(line) && !LABELLED_CREDIT.is_match(line)) {
        return false;
    }
    if LABELLED_CREDIT.is_match(line) {
        return true;
    }
    if let Some(m) = SLASH_CREDIT.captures(line) {
        return word_count(&m["left"]) >= 2 || PLATFORM.is_match(line);
    }
    words <= 8 && AGENCY.is_match(line) && !line.contains(':')
}

/// A sentence that is a copyright notice closing a line of prose ("… part of Halberd Media. ©
/// 2027 Reelwire Media, LLC. All Rights Reserved.").
pub fn is_copyright(sentence: &str) -> bool {
    COPYRIGHT.is_match(sentence.trim())
}

/// A sentence that is an editor's note about the article (a correction, an update notice).
pub fn is_editorial_note(sentence: &str) -> bool {
    EDITORIAL_NOTE.is_match(sentence)
}

/// Credit-block labels written like speaker labels (`DIRECTOR: Ana Ruiz`): the job is the fact.
const CREDIT_LABELS: &[&str] = &[
    "director",
    "directed",
    "directors",
    "writer",
    "writers",
    "written",
    "screenplay",
    "producer",
    "producers",
    "produced",
    "cast",
    "starring",
    "music",
    "score",
    "editor",
    "editing",
    "cinematography",
    "cinematographer",
    "photography",
    "dop",
    "country",
    "year",
    "runtime",
    "language",
    "genre",
    "rating",
    "with",
];

/// The byte length of the speaker label opening a Q&A line, its colon included: who speaks,
/// not what is said. Words after it all in capitals make the line a headline with a label
/// ("CASTING: ‘DRY CREEK’"), not speech.
pub fn speaker_label(line: &str) -> Option<usize> {
    let colon = line.find(':')?;
    let credit = line[..colon].split_whitespace().any(|w| CREDIT_LABELS.contains(&w.to_lowercase().as_str()));
    let rest = &line[colon + 1..];
    let headline = rest.chars().any(char::is_alphabetic) && !rest.chars().any(char::is_lowercase);
    (SPEAKER_LABEL.is_match(line) && !credit && !headline).then_some(colon + 1)
}

/// A line that marks a press release (`FOR IMMEDIATE RELEASE`): what stands above it is the
/// issuer's letterhead.
pub fn is_release_marker(line: &str) -> bool {
    RELEASE_MARKER.is_match(line.trim_end_matches('.'))
}

fn is_boilerplate(line: &str) -> bool {
    is_release_marker(line)
        || is_citation(line)
        || (word_count(line) <= 30 && RELEASE_FOOTER.is_match(line.trim_end_matches('.')))
        || word_count(line) <= 30 && BOILERPLATE.is_match(line.trim_end_matches(['.', '!']))
        || (word_count(line) <= 8 && NAVIGATION.is_match(line.trim_end_matches(['.', '!', '?'])))
}

/// An encyclopedia's reference-list entry (`^ Lee, Ann (May 2, 2024). "Title". Outlet.`): its
/// authors, titles and dates describe the sources, not the production.
fn is_citation(line: &str) -> bool {
    line.starts_with('^') || CITATION.is_match(line)
}

/// A site's menu: [`MENU_ITEMS`] or more short capitalised items between `|` (`Home | Local |
/// Business`); items with digits are a schedule's or a byline's, never a menu's.
fn is_menu(line: &str) -> bool {
    let item = |part: &str| {
        let part = part.trim();
        (1..=3).contains(&word_count(part))
            && part.starts_with(char::is_uppercase)
            && !part.chars().any(|c| c.is_ascii_digit())
            && !ends_sentence(part)
    };
    let parts: Vec<&str> = line.split('|').collect();
    parts.len() >= MENU_ITEMS && parts.iter().all(|p| item(p))
}

/// Splits `Title | Outlet` into its parts when the tail is short enough to be a name (a menu's
/// last item is not an outlet).
pub fn outlet_suffix(line: &str) -> Option<(&str, &str)> {
    let m = OUTLET_SUFFIX.captures(line)?;
    let (title, outlet) = (m.name("title")?.as_str(), m.name("outlet")?.as_str());
    (word_count(outlet) <= 5 && !ends_sentence(outlet) && !is_menu(line)).then_some((title, outlet))
}

/// Number of whitespace-separated words.
pub fn word_count(line: &str) -> usize {
    line.split_whitespace().count()
}

/// Whether the line ends like a sentence or clause: with `.`, `,`, `;`, `:` or `…`, or with
/// any sentence end inside closing quotes (`“Stop!”`).
pub fn ends_sentence(line: &str) -> bool {
    let open = line.trim_end_matches(['”', '’', '"', '\'', ')', ']', '»']);
    let quoted = open.len() < line.len();
    open.ends_with(['.', ',', ';', ':', '…']) || (quoted && open.ends_with(['!', '?']))
}

/// A short line that could be a title or heading: no sentence punctuation at its end, and it
/// starts with a capital, a digit or a quotation mark.
pub fn is_headline_shaped(line: &str, max_words: usize) -> bool {
    let words = word_count(line);
    let starts_well =
        line.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "“‘\"'(".contains(c));
    words >= 1 && words <= max_words && starts_well && !ends_sentence(line)
}

/// Words of the line stripped of surrounding punctuation, skipping those without letters.
fn bare_words(line: &str) -> impl Iterator<Item = &str> {
    line.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().any(char::is_alphabetic))
}

/// Most content words start with a capital (`A Tragedy on Set`).
pub fn is_title_case(line: &str) -> bool {
    let (mut total, mut capital) = (0, 0);
    for (i, w) in bare_words(line).enumerate() {
        if i > 0 && FUNCTION_WORDS.contains(&w.to_lowercase().as_str()) {
            continue;
        }
        total += 1;
        capital += usize::from(w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()));
    }
    total > 0 && capital * 4 >= total * 3
}

/// A cast-list line, `Ann Lee as Ida Marsh`: two to four capitalised words, `as`, and a
/// capitalised part of one to five words, with no sentence end.
pub fn is_cast_line(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let Some(at) = words.iter().position(|w| *w == "as") else { return false };
    let cap = |w: &&str| w.starts_with(char::is_uppercase);
    (2..=4).contains(&at)
        && (1..=5).contains(&(words.len() - at - 1))
        && words[..at].iter().all(cap)
        && words[at + 1..].iter().all(cap)
        && !ends_sentence(line)
}

/// A credits-block line, `Produced by Ann Lee & Ben Hale`, `Director of Photography Ann Lee`:
/// a credit label opening it (its first word one of [`CREDIT_LABELS`]), then two to eight
/// capitalised words joined at most by `&`, `and` or commas, with no sentence end.
pub fn is_credit_line(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let Some(first) = words.first() else { return false };
    let first = first.to_lowercase();
    let labelled =
        CREDIT_LABELS.contains(&first.as_str()) || (first != "of" && CREDIT_LABEL_WORDS.contains(&first.as_str()));
    if !labelled || ends_sentence(line) || line.contains(':') {
        return false;
    }
    // The label runs to "by", or over its capitalised words and "of" ("Director of Photography").
    let names = match words.iter().position(|w| *w == "by") {
        Some(by) => &words[by + 1..],
        None => {
            let label = words
                .iter()
                .take_while(|w| w.len() > 1 && CREDIT_LABEL_WORDS.contains(&w.to_lowercase().as_str()))
                .count();
            &words[label.max(1)..]
        }
    };
    let joined = |w: &&str| matches!(*w, "&" | "and");
    (2..=8).contains(&names.len())
        && names.iter().all(|w| joined(w) || w.starts_with(char::is_uppercase))
        && !names.first().is_some_and(joined)
}

/// Words of the credit labels that open a credits-block line before its names.
const CREDIT_LABEL_WORDS: &[&str] = &[
    "director",
    "directors",
    "of",
    "photography",
    "executive",
    "co-producer",
    "producer",
    "producers",
    "editor",
    "music",
    "score",
    "original",
    "casting",
    "production",
    "designer",
    "costume",
    "cinematographer",
    "composer",
    "writer",
    "writers",
    "screenplay",
];

/// A string of capitalised names and keywords with no grammar (`Film Cast Ana Ruiz Lee Chan`),
/// as image captions and tag lists are.
pub fn is_keyword_list(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    words.len() >= 5
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
                && !FUNCTION_WORDS.contains(&w.to_lowercase().as_str())
        })
}

/// Marks of a news headline rather than a section heading: a single-quoted title or an amount.
pub fn has_news_headline_marks(line: &str) -> bool {
    SINGLE_QUOTED.is_match(line) || AMOUNT.is_match(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_menu_line_names_no_outlet() {
        assert_eq!(outlet_suffix("Home | Local | Business | Labor"), None);
        assert_eq!(outlet_suffix("Menu | News | Reviews | Subscribe"), None);
        assert_eq!(
            outlet_suffix("Dust Road Wraps in Utah | Screen Weekly"),
            Some(("Dust Road Wraps in Utah", "Screen Weekly"))
        );
        for line in ["Friday | 20:00 | Grand Hall", "Crew Walks Off Set | Safety Questions Grow | What Comes Next"] {
            assert!(!is_menu(line), "{line}");
        }
    }

    #[test]
    fn a_closing_credit_of_contributing_reporters_is_a_byline() {
        for line in [
            "Associated Press writer Ana Ruiz in Santa Fe contributed to this report.",
            "Lee Chan and Tom Vale contributed reporting.",
            "Contributing: Lee Chan, The Daily Ledger",
        ] {
            assert_eq!(line_residue(line), Some(ResidueKind::Byline), "{line}");
        }
        assert_eq!(line_residue("Ana Ruiz contributed to the film's score, which won a prize."), None);
    }

    #[test]
    fn copyright_sentences_are_residue() {
        assert!(is_copyright("© 2027 Quillwire Media, LLC."));
        assert!(is_copyright("All Rights Reserved."));
        assert!(is_copyright("Copyright 2026 WXYZ."));
        assert!(!is_copyright("The copyright of the script was sold in 2024."));
    }

    #[test]
    fn reference_list_entries_are_residue() {
        for line in [
            "^ Marsh, Ivy (April 2, 2025). \"Vane Starts Shooting\". Screen Post. Retrieved May 2, 2025.",
            "^ a b \"Pale Lake\". Harbor Film Festival. Retrieved September 1, 2025.",
            "[4] Marsh, Ivy. \"Vane Adds Three\". Screen Post. Retrieved May 2, 2025.",
        ] {
            assert_eq!(line_residue(line), Some(ResidueKind::Boilerplate), "{line}");
        }
        assert_eq!(line_residue("Filming began in May [4] and wrapped in June."), None);
    }

    #[test]
    fn navigation_and_chat_widget_lines_are_residue_never_the_title() {
        for line in
            ["Hi there! Need help?", "Skip to content", "Hello! How can we help you today?", "Main menu", "Back to top"]
        {
            assert_eq!(line_residue(line), Some(ResidueKind::Boilerplate), "{line}");
        }
        for line in ["Hello Dolly Returns to the Stage", "Help Arrives for the Crew", "Hi-Fi Western Wraps in Utah"] {
            assert_eq!(line_residue(line), None, "{line}");
        }
        let text = "Hi there! Need help?\nSkip to content\nDust Road Wraps in Utah\nThe western wrapped in May. It opens in June.\n";
        let seg = super::super::segment(text);
        assert_eq!(seg.metadata.title, "Dust Road Wraps in Utah");
        assert_eq!(seg.segments[0].kind, knowledge::SegmentKind::Residue(ResidueKind::Boilerplate));
        assert_eq!(seg.segments[1].kind, knowledge::SegmentKind::Residue(ResidueKind::Boilerplate));
    }

    #[test]
    fn reader_comments_and_their_header() {
        assert!(is_comments_header("12 Comments") && is_comments_header("Comments (3)"));
        assert!(!is_comments_header("Comments from the director"));
        assert!(is_commenter("Laura Chen says: Nina deserves an Oscar."));
        assert!(!is_commenter("Laura Chen says the film is great."));
    }

    #[test]
    fn credits_block_lines() {
        for line in
            ["Produced by Ann Lee & Ben Hale", "Director of Photography Ann Lee", "Music Ben Hale", "Casting Ida Marsh"]
        {
            assert!(is_credit_line(line), "{line}");
        }
        for line in ["Directed by the wind", "Music for Ann Lee.", "Casting: Ida Marsh", "Editor Picks"] {
            assert!(!is_credit_line(line), "{line}");
        }
    }

    #[test]
    fn recognises_image_credits() {
        for credit in [
            "Maria Lopez/Instagram",
            "Sam Reed/Getty Images for Netflix",
            "Photo: Maria Lopez",
            "(Photo by Sam Reed/AP)",
            "Image credit: Studio Nine",
            "Getty Images",
            "Courtesy of Northlight Pictures",
            "Chris Pine/Invision/AP",
        ] {
            assert_eq!(line_residue(credit), Some(ResidueKind::ImageCredit), "{credit}");
        }
        for not in
            ["Photographs show the actor smiling.", "Love/Hate", "The crew posted on Instagram that filming ended."]
        {
            assert_ne!(line_residue(not), Some(ResidueKind::ImageCredit), "{not}");
        }
    }

    #[test]
    fn recognises_boilerplate() {
        for line in [
            "Share this article",
            "Leave a Comment",
            "12 Comments",
            "More to Read",
            "More On:Television",
            "More from Culture Desk",
            "Get the Weekend Reads newsletter, our editors’ picks every Saturday.",
            "Sign up for our daily briefing",
            "You may occasionally receive promotional content from the Daily Planet.",
            "© 2024 Daily Planet. All rights reserved.",
            "Copyright 2023 Example Media",
            "Advertisement",
            "Tags: Drama, Festivals",
            "5 min read",
            "FOR IMMEDIATE RELEASE",
            "News Release: Bexley Film Office",
            "Media contact: Ana Ruiz, Bexley Film Office",
            "Reach Ana Ruiz at 555-0100 or press@bexley.example.",
            "###",
        ] {
            assert_eq!(line_residue(line), Some(ResidueKind::Boilerplate), "{line}");
        }
        for prose in [
            "Share prices fell after the studio announced the delay.",
            "More than forty people worked on the set.",
            "Reach the ranch at dawn and the light is gold.",
            "The press release said filming would resume.",
            "Contact with the studio was lost for a week.",
            "Subscribers to the service complained for weeks about the finale of the series and its pacing, which critics called the slowest of the year, with a runtime of three hours and no intermission at all, the longest of any release this decade so far.",
        ] {
            assert_eq!(line_residue(prose), None, "{prose}");
        }
    }

    #[test]
    fn recognises_editorial_notes() {
        for note in [
            "Correction: An earlier version of this story, published May 2, misspelled a name.",
            "An earlier version of this article gave the wrong date for the wrap.",
            "Editor’s note: This story has been updated to include the studio’s response.",
        ] {
            assert!(is_editorial_note(note), "{note}");
        }
        for prose in [
            "An earlier version of the script had a happier ending.",
            "The correction came too late for the studio.",
            "This story follows a ferry captain through one storm.",
        ] {
            assert!(!is_editorial_note(prose), "{prose}");
        }
    }

    #[test]
    fn recognises_speaker_labels() {
        assert_eq!(speaker_label("ANA RUIZ: We shot it in May."), Some("ANA RUIZ:".len()));
        assert_eq!(speaker_label("RUIZ: In May."), Some("RUIZ:".len()));
        assert_eq!(speaker_label("Q: When did you shoot?"), Some(2));
        assert_eq!(speaker_label("Ruiz said: we shot it in May."), None);
        assert_eq!(speaker_label("Q&A: Ana Ruiz on her western"), None);
        assert_eq!(speaker_label("The lesson: shoot early."), None);
        assert_eq!(speaker_label("DIRECTOR: Ana Ruiz"), None);
        assert_eq!(speaker_label("DIRECTED BY: Ana Ruiz"), None);
        assert_eq!(speaker_label("CASTING: ‘DRY CREEK’"), None);
    }

    #[test]
    fn recognises_link_titles_and_bylines() {
        assert_eq!(line_residue("Related: Studio Halts Production After Storm"), Some(ResidueKind::LinkTitle));
        assert_eq!(line_residue("Harbor Lights (2019) Review | FilmDesk"), Some(ResidueKind::LinkTitle));
        assert_eq!(line_residue("By Ana Ruiz"), Some(ResidueKind::Byline));
        assert_eq!(line_residue("Published March 3, 2024 10:00 AM"), Some(ResidueKind::Byline));
        assert_eq!(line_residue("By the end of the week the crew had gone home"), None);
        assert_eq!(line_residue("Reach Ana Ruiz at aruiz@example.com."), Some(ResidueKind::Byline));
        assert_eq!(line_residue("Contact the writer at news@example.org or 555-0100."), Some(ResidueKind::Byline));
        assert_eq!(line_residue("Follow Ben Hale on Twitter @benhale"), Some(ResidueKind::Byline));
        assert_eq!(line_residue("Crews could not reach Ben Hale at the ranch on Monday."), None);
        assert_eq!(line_residue("Contact with the studio at first went well, Hale said."), None);
        assert_eq!(line_residue("Follow the money, the sheriff said on Twitter."), None);
    }

    #[test]
    fn headline_shapes() {
        assert!(is_headline_shaped("“Harbor”: A Storm on Set", 14));
        assert!(!is_headline_shaped("The crew went home.", 14));
        assert!(!is_headline_shaped("and then it rained", 14));
        assert!(!is_headline_shaped("“Stop the cameras!”", 14));
        assert!(is_headline_shaped("What Happens Next?", 14));
        assert!(is_title_case("The Making of a Western Epic"));
        assert!(!is_title_case("What we know about the film so far"));
        assert!(is_keyword_list("Harbor Cast Ana Ruiz Lee Chan"));
        assert!(!is_keyword_list("Harbor Does Not Have a Date"));
        assert!(has_news_headline_marks("Star's 'Harbor' Earns Just $40K in Opening Weekend"));
        assert!(has_news_headline_marks("Studio Spends 2.5 Million on Reshoots"));
        assert!(!has_news_headline_marks("The Director’s Vision"));
    }
}
