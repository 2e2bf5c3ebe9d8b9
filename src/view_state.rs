//! The view state: everything that defines what the page shows, read from and written to the
//! query string of the one page. Parsing is total: unknown keys and invalid values are dropped.

use crate::sorted_set::SortedSet;

/// Longest value kept from the URL; longer values are ignored rather than truncated.
pub const MAX_VALUE_LEN: usize = 200;
/// URL keys that may repeat (facets).
const MULTI_VALUED: [&str; 5] = ["kind", "dept", "job", "year", "src"];
/// Most values kept for one multi-valued key.
const MAX_VALUES: usize = 50;

/// The page's main views.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    /// Filterable cards.
    #[default]
    Cards,
    /// Cast and crew as a film's credits list.
    Credits,
    /// Events in chronological order.
    Timeline,
    /// Facts on which sources disagree.
    Disagreements,
}

impl View {
    /// Every view, in tab order.
    pub const ALL: [View; 4] = [View::Cards, View::Credits, View::Timeline, View::Disagreements];

    /// The value used in the URL.
    pub const fn key(self) -> &'static str {
        match self {
            View::Cards => "cards",
            View::Credits => "credits",
            View::Timeline => "timeline",
            View::Disagreements => "disagreements",
        }
    }

    /// The tab label.
    pub const fn label(self) -> &'static str {
        match self {
            View::Cards => "Cards",
            View::Credits => "Credits",
            View::Timeline => "Timeline",
            View::Disagreements => "Disagreements",
        }
    }

    fn parse(value: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.key() == value)
    }
}

/// Kinds of cards, as offered by the "kind" facet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// People with a cast role.
    Cast,
    /// People with a crew role.
    Crew,
    /// People related otherwise (legal, family, press).
    Person,
    /// Production events.
    Event,
    /// Organisations.
    Organisation,
    /// Places.
    Place,
    /// Source documents.
    Source,
}

impl Kind {
    /// Every kind, in facet order.
    pub const ALL: [Kind; 7] =
        [Kind::Cast, Kind::Crew, Kind::Person, Kind::Event, Kind::Organisation, Kind::Place, Kind::Source];

    /// The value used in the URL and in card ids.
    pub const fn key(self) -> &'static str {
        match self {
            Kind::Cast => "cast",
            Kind::Crew => "crew",
            Kind::Person => "person",
            Kind::Event => "event",
            Kind::Organisation => "organisation",
            Kind::Place => "place",
            Kind::Source => "source",
        }
    }

    /// The label shown on facets and cards.
    pub const fn label(self) -> &'static str {
        match self {
            Kind::Cast => "Cast",
            Kind::Crew => "Crew",
            Kind::Person => "Other people",
            Kind::Event => "Events",
            Kind::Organisation => "Organisations",
            Kind::Place => "Places",
            Kind::Source => "Sources",
        }
    }

    /// Parses a URL value.
    pub fn parse(value: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.key() == value)
    }

    /// The bit of this kind in a card's kind set.
    pub const fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// A year or a month, the bounds of the event date range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    /// Year.
    pub year: i16,
    /// Month 1–12, or 0 for the whole year.
    pub month: u8,
}

impl YearMonth {
    /// Parses `YYYY` or `YYYY-MM` (years 1000–2999).
    pub fn parse(value: &str) -> Option<YearMonth> {
        let (year, month) = match value.split_once('-') {
            Some((y, m)) if m.len() == 2 => (y, m.parse::<u8>().ok().filter(|m| (1..=12).contains(m))?),
            Some(_) => return None,
            None => (value, 0),
        };
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: i16 = year.parse().ok().filter(|y| (1000..3000).contains(y))?;
        Some(YearMonth { year, month })
    }

    /// The URL form.
    pub fn to_param(self) -> String {
        if self.month == 0 { format!("{:04}", self.year) } else { format!("{:04}-{:02}", self.year, self.month) }
    }

    /// First (year, month) covered, for comparisons.
    pub fn first(self) -> (i16, u8) {
        (self.year, self.month.max(1))
    }

    /// Last (year, month) covered, for comparisons.
    pub fn last(self) -> (i16, u8) {
        (self.year, if self.month == 0 { 12 } else { self.month })
    }
}

/// Everything that defines the view; `Default` is the page with no query string.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// Active view.
    pub view: View,
    /// Search text as typed.
    pub q: String,
    /// Kind facet.
    pub kinds: SortedSet<Kind>,
    /// Department facet ("Cast" or a crew department label).
    pub departments: SortedSet<String>,
    /// Job facet.
    pub jobs: SortedSet<String>,
    /// Year facet.
    pub years: SortedSet<i16>,
    /// Source-document facet (document ids).
    pub sources: SortedSet<String>,
    /// Events from this year/month on.
    pub from: Option<YearMonth>,
    /// Events up to this year/month.
    pub to: Option<YearMonth>,
    /// The open card (`kind:id`).
    pub card: Option<String>,
    /// The document open in the reader.
    pub read: Option<String>,
    /// The quote highlighted in the reader (byte span).
    pub quote: Option<(u32, u32)>,
}

impl ViewState {
    /// Builds the state from decoded query pairs, keeping only well-formed values.
    pub fn from_pairs<K: AsRef<str>, V: AsRef<str>>(pairs: impl IntoIterator<Item = (K, V)>) -> ViewState {
        let mut state = ViewState::default();
        for (key, value) in pairs {
            let value = value.as_ref().trim();
            if value.is_empty() || value.len() > MAX_VALUE_LEN {
                continue;
            }
            match key.as_ref() {
                "view" => state.view = View::parse(value).unwrap_or(state.view),
                "q" => state.q = value.to_owned(),
                "kind" => insert(&mut state.kinds, Kind::parse(value)),
                "dept" => insert(&mut state.departments, Some(value.to_owned())),
                "job" => insert(&mut state.jobs, Some(value.to_owned())),
                "year" => insert(&mut state.years, YearMonth::parse(value).filter(|y| y.month == 0).map(|y| y.year)),
                "src" => insert(&mut state.sources, Some(value.to_owned())),
                "from" => state.from = YearMonth::parse(value).or(state.from),
                "to" => state.to = YearMonth::parse(value).or(state.to),
                "card" => state.card = Some(value.to_owned()),
                "read" => state.read = Some(value.to_owned()),
                "quote" => state.quote = parse_span(value).or(state.quote),
                _ => {}
            }
        }
        if let (Some(from), Some(to)) = (state.from, state.to)
            && from.first() > to.last()
        {
            (state.from, state.to) = (Some(to), Some(from));
        }
        if state.read.is_none() {
            state.quote = None;
        }
        state
    }

    /// The query pairs of this state, defaults omitted, in a fixed order.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if self.view != View::default() {
            pairs.push(("view", self.view.key().to_owned()));
        }
        if !self.q.trim().is_empty() {
            pairs.push(("q", self.q.clone()));
        }
        pairs.extend(self.kinds.iter().map(|k| ("kind", k.key().to_owned())));
        pairs.extend(self.departments.iter().map(|d| ("dept", d.clone())));
        pairs.extend(self.jobs.iter().map(|j| ("job", j.clone())));
        pairs.extend(self.years.iter().map(|y| ("year", format!("{y:04}"))));
        pairs.extend(self.sources.iter().map(|s| ("src", s.clone())));
        pairs.extend(self.from.map(|f| ("from", f.to_param())));
        pairs.extend(self.to.map(|t| ("to", t.to_param())));
        pairs.extend(self.card.clone().map(|c| ("card", c)));
        pairs.extend(self.read.clone().map(|r| ("read", r)));
        if self.read.is_some() {
            pairs.extend(self.quote.map(|(a, b)| ("quote", format!("{a}-{b}"))));
        }
        pairs
    }

    /// This state with the value `value` of the multi-valued URL key `key` (`kind`, `dept`…)
    /// added, or removed when present; an invalid key or value leaves it unchanged. The search
    /// text stays as typed (parsing would trim it under the caret).
    pub fn toggled(&self, key: &str, value: &str) -> ViewState {
        let Some(&key) = MULTI_VALUED.iter().find(|k| **k == key) else { return self.clone() };
        let mut pairs = self.to_pairs();
        let before = pairs.len();
        pairs.retain(|(k, v)| !(*k == key && v == value));
        if pairs.len() == before {
            pairs.push((key, value.to_owned()));
        }
        ViewState { q: self.q.clone(), ..ViewState::from_pairs(pairs) }
    }

    /// True when any filter (search, facet or date range) narrows the cards.
    pub fn is_filtered(&self) -> bool {
        !self.q.trim().is_empty()
            || !self.kinds.is_empty()
            || !self.departments.is_empty()
            || !self.jobs.is_empty()
            || !self.years.is_empty()
            || !self.sources.is_empty()
            || self.from.is_some()
            || self.to.is_some()
    }

    /// Closes the reader (and forgets its highlighted quote).
    pub fn close_reader(&mut self) {
        self.read = None;
        self.quote = None;
    }

    /// The same view with every filter cleared.
    pub fn without_filters(&self) -> ViewState {
        ViewState {
            view: self.view,
            card: self.card.clone(),
            read: self.read.clone(),
            quote: self.quote,
            ..ViewState::default()
        }
    }

    /// Only the filters (search, facets, date range): what the matching cards depend on.
    pub fn filters(&self) -> ViewState {
        ViewState { view: View::default(), card: None, read: None, quote: None, ..self.clone() }
    }
}

fn insert<T: Ord>(set: &mut SortedSet<T>, value: Option<T>) {
    if let Some(value) = value
        && set.len() < MAX_VALUES
    {
        set.insert(value);
    }
}

fn parse_span(value: &str) -> Option<(u32, u32)> {
    let (a, b) = value.split_once('-')?;
    let (a, b) = (a.parse().ok()?, b.parse().ok()?);
    (a < b).then_some((a, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(pairs: &[(&str, &str)]) -> ViewState {
        ViewState::from_pairs(pairs.iter().copied())
    }

    #[test]
    fn filters_keep_what_filtering_reads_and_filter_like_the_whole_state() {
        let s = parse(&[
            ("q", "dir"),
            ("kind", "crew"),
            ("from", "2021-01"),
            ("view", "timeline"),
            ("card", "x"),
            ("read", "d"),
            ("quote", "1-5"),
        ]);
        let f = s.filters();
        assert_eq!((f.q.as_str(), f.kinds.len(), f.from), ("dir", 1, s.from));
        assert_eq!((f.view, f.card.as_deref(), f.read.as_deref(), f.quote), (View::Cards, None, None, None));
        assert_eq!(f.without_filters(), ViewState::default());
        let idx = crate::cards::index();
        assert_eq!(crate::filter::run(idx, &f), crate::filter::run(idx, &s));
    }

    #[test]
    fn toggled_adds_then_removes_a_facet_value_and_keeps_the_rest() {
        let s = parse(&[("kind", "cast"), ("q", "cast")]);
        let t = s.toggled("dept", "Camera");
        assert!(t.departments.contains("Camera") && t.kinds.contains(&Kind::Cast) && t.q == "cast");
        assert_eq!(t.toggled("dept", "Camera"), s);
        assert_eq!(s.toggled("kind", "cast"), parse(&[("q", "cast")]));
        assert_eq!(s.toggled("year", "2021").years.iter().copied().collect::<Vec<_>>(), [2021]);
        for (key, value) in [("q", "cast"), ("card", "x"), ("kind", "nonsense"), ("year", "21")] {
            assert_eq!(s.toggled(key, value), s, "{key}={value}");
        }
        let typing = ViewState { q: "cast ".to_owned(), ..s.clone() };
        assert_eq!(typing.toggled("kind", "crew").q, "cast ", "the search text stays as typed");
    }

    #[test]
    fn default_state_has_no_pairs() {
        assert!(ViewState::default().to_pairs().is_empty());
        assert_eq!(parse(&[]), ViewState::default());
    }

    #[test]
    fn parses_every_key() {
        let s = parse(&[
            ("view", "timeline"),
            ("q", " ghost "),
            ("kind", "cast"),
            ("kind", "crew"),
            ("dept", "Camera"),
            ("job", "Director"),
            ("year", "2021"),
            ("src", "doc-1"),
            ("from", "2020-05"),
            ("to", "2024"),
            ("card", "person:ann"),
            ("read", "doc-1"),
            ("quote", "10-20"),
        ]);
        assert_eq!(s.view, View::Timeline);
        assert_eq!(s.q, "ghost");
        assert_eq!(s.kinds.len(), 2);
        assert_eq!(s.from, Some(YearMonth { year: 2020, month: 5 }));
        assert_eq!(s.to, Some(YearMonth { year: 2024, month: 0 }));
        assert_eq!(s.quote, Some((10, 20)));
        assert_eq!(ViewState::from_pairs(s.to_pairs()), s);
    }

    #[test]
    fn invalid_values_are_dropped_and_the_rest_kept() {
        let long = "x".repeat(MAX_VALUE_LEN + 1);
        let s = parse(&[
            ("view", "<script>"),
            ("kind", "javascript:alert(1)"),
            ("kind", "place"),
            ("year", "20x1"),
            ("year", "2021-05"),
            ("from", "2021-13"),
            ("quote", "20-10"),
            ("q", &long),
            ("zzz", "1"),
        ]);
        assert_eq!(s.view, View::Cards);
        assert_eq!(s.kinds.iter().collect::<Vec<_>>(), [&Kind::Place]);
        assert!(s.years.is_empty() && s.from.is_none() && s.quote.is_none() && s.q.is_empty());
    }

    #[test]
    fn reversed_range_is_swapped() {
        let s = parse(&[("from", "2024"), ("to", "2020-02")]);
        assert_eq!(s.from, Some(YearMonth { year: 2020, month: 2 }));
        assert_eq!(s.to, Some(YearMonth { year: 2024, month: 0 }));
    }

    #[test]
    fn quote_needs_an_open_document() {
        assert_eq!(parse(&[("quote", "1-2")]).quote, None);
    }

    /// Hostile pairs never panic, never keep an over-long value, and parse to a fixed point.
    #[test]
    fn hostile_pairs_parse_to_a_stable_valid_state() {
        const KEYS: [&str; 14] =
            ["q", "view", "kind", "dept", "job", "year", "src", "from", "to", "card", "read", "quote", "", "x"];
        const VALUES: [&str; 16] = [
            "<script>alert(1)</script>",
            "javascript:alert(1)",
            "&amp;",
            "\u{0}",
            "2021-13",
            "2024",
            "1999-02",
            "5-1",
            "1-5",
            "cast",
            "timeline",
            "\u{202e}",
            "😀",
            " ",
            "%ZZ",
            "-1",
        ];
        let mut x: u64 = 0x1234_5678_9abc_def1;
        let mut next = |n: usize| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % n as u64) as usize
        };
        for _ in 0..5000 {
            let pairs: Vec<(String, String)> = (0..next(8))
                .map(|_| {
                    let mut value = VALUES[next(VALUES.len())].repeat(1 + next(3));
                    if next(20) == 0 {
                        value = "v".repeat(MAX_VALUE_LEN + 1 + next(1 << 20));
                    }
                    (KEYS[next(KEYS.len())].to_owned(), value)
                })
                .collect();
            let state = ViewState::from_pairs(pairs.clone());
            let pairs_out = state.to_pairs();
            assert!(pairs_out.iter().all(|(_, v)| v.len() <= MAX_VALUE_LEN), "{pairs:?}");
            assert_eq!(ViewState::from_pairs(pairs_out), state, "{pairs:?}");
            if let (Some(from), Some(to)) = (state.from, state.to) {
                assert!(from.first() <= to.last());
            }
        }
    }
}
