//! Small general word lists (geography, calendar, function words, titles, organisation
//! suffixes, well-known outlets and platforms). Nothing here knows about a particular film.

use knowledge::OrgKind;

/// US states (and the federal district), matched as whole capitalised runs.
pub const US_STATES: &[&str] = &[
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "West Virginia",
    "Wisconsin",
    "Wyoming",
    "District of Columbia",
];

/// Countries, nations and large provinces commonly named in film news.
pub const COUNTRIES: &[&str] = &[
    "United States",
    "United States of America",
    "America",
    "Canada",
    "Mexico",
    "United Kingdom",
    "Britain",
    "Great Britain",
    "England",
    "Scotland",
    "Wales",
    "Ireland",
    "Northern Ireland",
    "France",
    "Germany",
    "Italy",
    "Spain",
    "Portugal",
    "Netherlands",
    "Belgium",
    "Switzerland",
    "Austria",
    "Sweden",
    "Norway",
    "Denmark",
    "Finland",
    "Iceland",
    "Poland",
    "Czech Republic",
    "Hungary",
    "Romania",
    "Bulgaria",
    "Greece",
    "Turkey",
    "Ukraine",
    "Russia",
    "Israel",
    "Egypt",
    "Morocco",
    "South Africa",
    "Nigeria",
    "Kenya",
    "India",
    "Pakistan",
    "China",
    "Japan",
    "South Korea",
    "Taiwan",
    "Thailand",
    "Vietnam",
    "Indonesia",
    "Philippines",
    "Malaysia",
    "Singapore",
    "Australia",
    "New Zealand",
    "Brazil",
    "Argentina",
    "Chile",
    "Colombia",
    "Peru",
    "Cuba",
    "Jamaica",
    "Serbia",
    "Croatia",
    "Lithuania",
    "Latvia",
    "Estonia",
    "Malta",
    "Cyprus",
    "Jordan",
    "United Arab Emirates",
    "Saudi Arabia",
    "Qatar",
    "Iran",
    "Iraq",
    "Lebanon",
    "Ontario",
    "Quebec",
    "British Columbia",
    "Alberta",
    "Manitoba",
    "Saskatchewan",
    "Nova Scotia",
    "New Brunswick",
    "Newfoundland",
    "Prince Edward Island",
];

/// Regions, nations within states and historic provinces named like states ("Cornwall",
/// "Brittany"): places on their own, and the second half of "Town, Region".
pub const REGIONS: &[&str] = &[
    "England",
    "Scotland",
    "Wales",
    "Northern Ireland",
    "Cornwall",
    "Devon",
    "Yorkshire",
    "Brittany",
    "Normandy",
    "Provence",
    "Burgundy",
    "Tuscany",
    "Sicily",
    "Sardinia",
    "Bavaria",
    "Andalusia",
    "Catalonia",
    "Galicia",
    "Patagonia",
    "Tasmania",
    "Queensland",
    "Yukon",
];

/// Last words of regions named after a state or region ("the Arizona Territory", "Dakota
/// Territory", "the Texas Panhandle").
pub const TERRITORY_HEADS: &[&str] = &["territory", "territories", "panhandle"];

/// Last words of street names, written out or abbreviated ("Elm St.", "W. Holly Ave.").
pub const STREET_HEADS: &[&str] = &["st.", "ave.", "blvd.", "rd.", "street", "avenue", "boulevard"];

/// Abbreviated first words of place names ("St. Ives", "Mt. Hood", "Ft. Worth").
pub const PLACE_PREFIXES: &[&str] = &["st.", "mt.", "ft."];

/// Large cities that are recognised even without a "City, State" pattern or a filming cue.
pub const CITIES: &[&str] = &[
    "Los Angeles",
    "New York City",
    "London",
    "Paris",
    "Berlin",
    "Rome",
    "Madrid",
    "Toronto",
    "Vancouver",
    "Montreal",
    "Atlanta",
    "Chicago",
    "Boston",
    "Miami",
    "San Francisco",
    "Las Vegas",
    "Sydney",
    "Melbourne",
    "Tokyo",
    "Dublin",
    "Budapest",
    "Prague",
    "Cannes",
    "Venice",
    "New Orleans",
    "Memphis",
    "Nashville",
    "Seattle",
    "Philadelphia",
    "San Diego",
    "Detroit",
    "Baltimore",
    "Albuquerque",
    "Santa Fe",
    "Salt Lake City",
    "Oklahoma City",
    "Tulsa",
    "Minneapolis",
    "Pittsburgh",
    "Cleveland",
    "Mexico City",
    "Barcelona",
    "Lisbon",
    "Amsterdam",
    "Stockholm",
    "Copenhagen",
    "Edinburgh",
    "Glasgow",
    "Mumbai",
    "Seoul",
    "Hong Kong",
    "Beijing",
    "Shanghai",
    "Buenos Aires",
    "Istanbul",
    "Athens",
    "Vienna",
    "Munich",
    "Warsaw",
    "Calgary",
    "Ottawa",
];

/// Abbreviated place names and the full name they stand for.
pub const PLACE_ABBREVIATIONS: &[(&str, &str)] =
    &[("U.S.", "United States"), ("USA", "United States"), ("U.K.", "United Kingdom"), ("UK", "United Kingdom")];

/// Last words of named sites ("Red Mesa Ranch", "Bitter Creek Canyon", "Engineer Pass"); words
/// that are also common surnames ("Park", "Lake", "Hill") or end firms' names ("Road") are left
/// out.
pub const SITE_HEADS: &[&str] = &[
    "ranch",
    "canyon",
    "mesa",
    "creek",
    "desert",
    "forest",
    "mountains",
    "valley",
    "springs",
    "butte",
    "reservation",
    "pueblo",
    "island",
    "backlot",
    "gulch",
    "river",
    "beach",
    "arroyo",
    "prairie",
    "farm",
    "theater",
    "theatre",
    "pass",
    "center",
    "centre",
    "harbor",
    "harbour",
    "cove",
    "inn",
    "lodge",
    "motel",
    "courthouse",
    "bluff",
    "bluffs",
    "falls",
    "ballroom",
    "auditorium",
    "cinema",
    "amphitheater",
    "amphitheatre",
];

/// Fields a public agency serves, which "and" joins inside its name ("Occupational Safety and
/// Health Division", "Department of Fish and Wildlife", "Parks and Recreation").
pub const AGENCY_FIELDS: &[&str] = &[
    "safety",
    "health",
    "fish",
    "wildlife",
    "game",
    "parks",
    "recreation",
    "labor",
    "labour",
    "industry",
    "industries",
    "commerce",
    "tourism",
    "arts",
    "culture",
    "heritage",
    "housing",
    "transportation",
    "environment",
    "energy",
    "resources",
    "welfare",
    "services",
    "human",
    "family",
    "families",
];

/// First words of site names ("Lake Carl Blackwell", "Fort Sill", "Mount Scott").
pub const SITE_PREFIXES: &[&str] = &["lake", "mount", "fort", "camp"];

/// Words before a two-word name opened by a site word that make it a site ("at Lake Ivo").
pub const SITE_PREFIX_LEADS: &[&str] =
    &["at", "on", "in", "near", "to", "of", "the", "from", "by", "around", "outside", "across", "along"];

/// Plural heads that a list of names shares ("in Logan, Osage and Payne counties"), with the
/// head each name takes alone.
pub const SHARED_HEADS: &[(&str, &str)] = &[("counties", "County"), ("parishes", "Parish"), ("boroughs", "Borough")];

/// Verbs after a place that make it play a place of the story, so the shoot was there ("the
/// ranch played the family farm", "the storefronts stand in for Main Street").
pub const STANDS_IN: &[&[&str]] = &[
    &["played", "the"],
    &["plays", "the"],
    &["doubled", "as"],
    &["doubles", "as"],
    &["doubled", "for"],
    &["doubles", "for"],
    &["stood", "in", "for"],
    &["stands", "in", "for"],
    &["stand", "in", "for"],
    &["standing", "in", "for"],
    &["doubling", "for"],
    &["doubling", "as"],
];

/// Lower-case words of geography after a name that make it a place's ("on the Labrador coast").
pub const GEOGRAPHY_AFTER: &[&str] = &[
    "coast",
    "coastline",
    "shore",
    "shores",
    "border",
    "peninsula",
    "highlands",
    // "on the Brattleboro waterfront", "in the Bexley foothills".
    "waterfront",
    "riverfront",
    "lakefront",
    "seafront",
    "foothills",
    "outskirts",
];

/// Nouns after "played the" that make a venue show a work rather than stand in for a place
/// ("the Palace Theater played the film for a week").
pub const SHOWN_WORKS: &[&str] =
    &["film", "movie", "picture", "feature", "premiere", "documentary", "drama", "western", "comedy", "thriller"];

/// Prepositions that open each item of a list of places after a semicolon.
pub const LIST_PREPOSITIONS: &[&str] = &["in", "at", "on", "near", "outside"];

/// Nouns of the story that, as a sentence's subject, make the places of its first clause the
/// story's ("The plot takes them to Oslo").
pub const STORY_NOUNS: &[&str] = &["story", "plot", "narrative", "tale"];

/// Words that, right before a place, make it the story's own ("the story's Lake Tessaly").
pub const STORY_OWNERS: &[&str] = &["story", "story's", "fictional", "fictitious", "imaginary"];

/// Marks that separate the fields of a programme's schedule line ("Friday, Oct. 3 · 20:00 ·
/// Grand Hall").
pub const SCHEDULE_SEPARATORS: &[char] = &['·', '|', '•'];

/// Last words of a festival's name.
pub const FESTIVAL_WORDS: &[&str] = &["festival", "fest", "biennale", "showcase"];

/// Words that make a festival named after them the venue of a premiere or screening.
pub const PREMIERE_WORDS: &[&str] = &[
    "premiere",
    "premiered",
    "premieres",
    "premiering",
    "screen",
    "screened",
    "screens",
    "screening",
    "debut",
    "debuted",
    "debuts",
    "bow",
    "bowed",
    "unveiled",
];

/// Words that make a court named in the sentence the court of a case.
pub const CASE_WORDS: &[&str] = &[
    "case",
    "charge",
    "charges",
    "charged",
    "lawsuit",
    "suit",
    "sued",
    "filed",
    "trial",
    "hearing",
    "judge",
    "plea",
    "pleaded",
    "dismissed",
    "ruled",
    "ruling",
    "sentenced",
    "convicted",
    "acquitted",
];

/// First words that make a region of a known place ("New England", "Northern California",
/// "West Texas", "Greater London").
pub const REGION_MODIFIERS: &[&str] = &[
    "new", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "upper", "lower", "central",
    "greater", "inland", "coastal",
];

/// Compass heads of regions written as "the American West", "the Deep South".
pub const REGION_HEADS: &[&str] =
    &["west", "east", "north", "south", "midwest", "northwest", "southwest", "northeast", "southeast"];

/// Words that lead a date, so that a month after them is the month ("in May", "since June",
/// "late April"), never a given name ("May Chen").
pub const DATE_LEADS: &[&str] = &[
    "in", "on", "since", "by", "until", "till", "through", "of", "early", "late", "mid", "last", "next", "this",
    "that", "from", "to", "during", "before", "after", "each", "every", "between", "and", "or", "around", "about",
    "into",
];

/// Words after a place that end its phrase rather than make it a modifier ("the U.S. and
/// Canada", "the U.K. was", "the U.S. for a year"), beside [`DATE_LEADS`].
pub const AFTER_PLACE: &[&str] =
    &["and", "or", "but", "is", "was", "are", "were", "has", "had", "for", "with", "where", "when", "as", "at"];

/// Function words, pronouns and sentence adverbs that are capitalised only because a sentence
/// or heading starts with them; never part of a name (lower case).
pub const STOP: &[&str] = &[
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "it",
    "its",
    "i",
    "me",
    "my",
    "we",
    "us",
    "our",
    "you",
    "your",
    "he",
    "him",
    "his",
    "she",
    "her",
    "they",
    "them",
    "their",
    "who",
    "whom",
    "whose",
    "what",
    "which",
    "when",
    "where",
    "why",
    "how",
    "and",
    "or",
    "but",
    "nor",
    "so",
    "yet",
    "for",
    "of",
    "in",
    "on",
    "at",
    "by",
    "to",
    "from",
    "with",
    "without",
    "into",
    "onto",
    "about",
    "after",
    "before",
    "during",
    "since",
    "until",
    "as",
    "than",
    "then",
    "now",
    "also",
    "not",
    "no",
    "yes",
    "all",
    "any",
    "some",
    "every",
    "each",
    "both",
    "either",
    "neither",
    "many",
    "much",
    "more",
    "most",
    "other",
    "another",
    "such",
    "only",
    "just",
    "even",
    "still",
    "already",
    "instead",
    "though",
    "although",
    "because",
    "while",
    "if",
    "unless",
    "whether",
    "despite",
    "amid",
    "among",
    "against",
    "between",
    "through",
    "over",
    "under",
    "upon",
    "via",
    "per",
    "like",
    "beyond",
    "behind",
    "meanwhile",
    "however",
    "perhaps",
    "maybe",
    "later",
    "earlier",
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "soon",
    "once",
    "again",
    "ever",
    "never",
    "always",
    "often",
    "late",
    "former",
    "oh",
    "well",
    "yet",
    "thus",
    "hence",
    "also",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "would",
    "could",
    "should",
    "might",
    "must",
    "i'm",
    "i'll",
    "i've",
    "i'd",
    "it's",
    "that's",
    "there's",
    // Imperatives opening a notice's contact line ("Call Ann Lee at 555-0100").
    "call",
    "contact",
    "email",
    "e-mail",
    "text",
    "phone",
];

/// Adjectives after "the" that make the capitalised run after them a thing or a site ("the old
/// Kessler Furnace", "the historic Grand Hotel"), never a person.
pub const THING_ADJECTIVES: &[&str] =
    &["old", "former", "historic", "abandoned", "disused", "derelict", "restored", "shuttered", "defunct"];

/// Nouns of an organisation's premises a place may qualify ("its Prague branch", "the Berlin
/// office"): the place locates the organisation, not the production.
pub const BRANCH_NOUNS: &[&str] =
    &["branch", "branches", "office", "offices", "headquarters", "bureau", "outpost", "subsidiary", "agency"];

/// Words that are lower case inside a title-case heading.
pub const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "but", "nor", "in", "on", "at", "to", "for", "with", "from", "by", "as", "vs",
    "via", "into", "onto", "over", "per",
];

/// Honorifics written before a name (lower case, without a final period).
pub const HONORIFICS: &[&str] = &["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "rev"];

/// Titles of office that precede a name or stand for an unnamed person (lower case).
pub const TITLE_WORDS: &[&str] = &[
    "marshal",
    "marshals",
    "sheriff",
    "deputy",
    "officer",
    "detective",
    "agent",
    "sergeant",
    "lieutenant",
    "captain",
    "chief",
    "commander",
    "general",
    "governor",
    "senator",
    "congressman",
    "congresswoman",
    "president",
    "vice",
    "mayor",
    "judge",
    "justice",
    "prosecutor",
    "attorney",
    "special",
    "district",
    "assistant",
    "secretary",
    "minister",
    "king",
    "queen",
    "prince",
    "princess",
    "saint",
    "pope",
    "bishop",
    "coach",
    "professor",
    "doctor",
    "u.s.",
    "u.k.",
    // Abbreviated titles ("Gov. X", "Sgt. X", "Det. X").
    "gov.",
    "sen.",
    "rep.",
    "lt.",
    "sgt.",
    "det.",
    "capt.",
    "cmdr.",
    "atty.",
    "supt.",
];

/// Nationality and direction adjectives: a capitalised run holding one is not a personal name.
pub const DEMONYMS: &[&str] = &[
    "american",
    "british",
    "english",
    "french",
    "german",
    "italian",
    "spanish",
    "mexican",
    "canadian",
    "australian",
    "irish",
    "scottish",
    "welsh",
    "european",
    "asian",
    "african",
    "latin",
    "hispanic",
    "native",
    "indian",
    "chinese",
    "japanese",
    "korean",
    "russian",
    "ukrainian",
    "polish",
    "swedish",
    "norwegian",
    "danish",
    "dutch",
    "greek",
    "turkish",
    "israeli",
    "brazilian",
    "western",
    "eastern",
    "northern",
    "southern",
    "central",
];

/// Capitalised words of headings, awards and credits that are never part of a personal name.
pub const NON_NAME_WORDS: &[&str] = &[
    "best",
    "award",
    "awards",
    "prize",
    "film",
    "films",
    "movie",
    "movies",
    "series",
    "season",
    "episode",
    "chapter",
    "volume",
    "edition",
    "trailer",
    "review",
    "reviews",
    "premiere",
    "release",
    "images",
    "photos",
    "cast",
    "crew",
    "production",
    "photography",
    "box",
    "tragedy",
    "documentary",
    "exclusive",
    "update",
    "breaking",
    "watch",
    "video",
    "interview",
    "report",
    "outstanding",
    "performance",
    "achievement",
    "nominations",
    // Names of newsletters, columns and station segments ("Location Notes", "First Alert
    // Weather Day").
    "notes",
    "newsletter",
    "digest",
    "roundup",
    "alert",
    "weather",
    // Storms: "Hurricane Ida".
    "hurricane",
    "tropical",
    "typhoon",
    "cyclone",
    // Holidays: "Christmas Eve", "New Year's Day".
    "year",
    "christmas",
    "easter",
    "thanksgiving",
    "halloween",
];

/// Last words that make a capitalised run an event, a building, a room or a road, never a
/// person ("Harvest Weekend Parade", "Crown Ballroom", "Dalton Building", "Main Road").
pub const THING_HEADS: &[&str] = &[
    "parade",
    "weekend",
    "gala",
    "ceremony",
    "ceremonies",
    "luncheon",
    "lunch",
    "banquet",
    "ballroom",
    "building",
    "auditorium",
    "arena",
    "stadium",
    "marathon",
    "road",
    "highway",
    "school",
    "hospital",
    "cemetery",
    "playhouse",
    // Prizes and honours named after someone ("the Marguerite Ashby Prize").
    "prize",
    "award",
    "medal",
    "fellowship",
    "scholarship",
    "trophy",
    // "Calloway State alumni": a state university written short.
    "state",
    // Roads and waterfalls whose head is no surname ("Marine Drive", "Multnomah Falls").
    "drive",
    "parkway",
    "avenue",
    "boulevard",
    "falls",
    // Races, cups and tournaments ("Secretariat Stakes", "Kentucky Derby").
    "stakes",
    "derby",
    "cup",
    "invitational",
    "regatta",
    "tournament",
    "championship",
    "championships",
    // Merchandise named after a work ("Juniper Line Hoodies").
    "hoodie",
    "hoodies",
    "t-shirts",
    "tees",
    "mugs",
    "posters",
    "merch",
    // Drinks and goods sold under a brand that reads like a name ("Harlow Tequila", "Vance
    // Motors").
    "tequila",
    "vodka",
    "whiskey",
    "whisky",
    "bourbon",
    "mezcal",
    "rum",
    "coffee",
    "brewing",
    "brewery",
    "motors",
];

/// Head nouns that, after "X, the/a …", say X is a thing, not a person ("Marlowe Grant, the
/// steakhouse on Main", "Dusty Vale, a quarter horse stabled at …").
pub const THING_APPOSITION_NOUNS: &[&str] = &[
    "restaurant",
    "taqueria",
    "trattoria",
    "pizzeria",
    "cantina",
    "brasserie",
    "winery",
    "vineyard",
    "distillery",
    "team",
    "steakhouse",
    "bistro",
    "diner",
    "cafe",
    "café",
    "bar",
    "pub",
    "tavern",
    "eatery",
    "bakery",
    "brewery",
    "inn",
    "hotel",
    "motel",
    "shop",
    "store",
    "boutique",
    "band",
    "duo",
    "trio",
    "quartet",
    "horse",
    "mare",
    "stallion",
    "gelding",
    "colt",
    "filly",
    "dog",
    "puppy",
    "cat",
    "parrot",
    "boat",
    "vessel",
    "ship",
    "yacht",
    "agency",
    "firm",
    "brand",
    "label",
    "storm",
    "album",
    "song",
];

/// Words that may follow the head noun of such an apposition ("the band that …", "the inn on
/// …"); any other lower-case word makes the noun a modifier ("a horse trainer").
pub const AFTER_THING_APPOSITION: &[&str] = &[
    "that", "which", "where", "whose", "on", "in", "at", "near", "off", "outside", "by", "from", "since", "run",
    "owned",
];

/// Words that end the description in an apposition before any head noun ("the owner of …").
pub const APPOSITION_STOPS: &[&str] = &["who", "whose", "of", "and", "or", "for", "to", "with"];

/// Nouns of recorded or printed works before an apposition naming them ("the duo's album,
/// Copper Light, …").
pub const RECORD_WORDS: &[&str] =
    &["album", "song", "track", "single", "record", "ep", "mixtape", "book", "novel", "memoir"];

/// Nouns of musical acts before their names ("local band Dead Reckoning").
pub const BAND_NOUNS: &[&str] = &["band", "duo", "trio", "quartet", "choir", "orchestra"];

/// Building heads that are common surnames too ("Bledsoe Hall", "Rebecca Hall"): a building
/// only in a place's phrase ("the studios of Bledsoe Hall").
pub const BUILDING_SURNAMES: &[&str] = &["hall"];

/// Words before "Hall" that make it a public building ("Marrowfield City Hall").
pub const CIVIC_BUILDING_LEADS: &[&str] = &["city", "town", "county", "village"];

/// Rooms and parts of a building before "of" and its name ("the studios of Bledsoe Hall").
pub const SPACE_NOUNS: &[&str] = &[
    "studios",
    "studio",
    "basement",
    "lobby",
    "steps",
    "roof",
    "halls",
    "hallways",
    "corridors",
    "floor",
    "rooms",
    "offices",
    "stage",
    "stages",
    "auditorium",
    "gallery",
    "courtyard",
    "lawn",
    "grounds",
    "classrooms",
    "labs",
];

/// Boats before their names ("the fishing vessel Mary Ellen").
pub const VESSEL_NOUNS: &[&str] = &[
    "vessel",
    "boat",
    "ship",
    "yacht",
    "schooner",
    "trawler",
    "ferry",
    "steamer",
    "tugboat",
    "sloop",
    "riverboat",
    "barge",
    // "the food truck Señor Taco": a vendor on wheels.
    "truck",
];

/// Words before "Storm" in a named storm ("Winter Storm Elliott"); "Storm" alone opens given
/// names too ("Storm Reid").
pub const STORM_LEADS: &[&str] = &["winter", "tropical", "subtropical", "ice", "snow"];

/// Verbs before "to" that make the name after it a publication, a newsletter or a channel, not
/// a person ("subscribed to X").
pub const SUBSCRIBE_VERBS: &[&str] = &["subscribe", "subscribed", "subscribing", "subscribes"];

/// Nouns of a team's members right after a capitalised run ("a former Calloway Mustangs
/// linebacker"): the run is the team, not a person.
pub const TEAM_MEMBER_NOUNS: &[&str] = &[
    "linebacker",
    "quarterback",
    "receiver",
    "tailback",
    "pitcher",
    "shortstop",
    "goalkeeper",
    "goalie",
    "defenseman",
    "midfielder",
    "striker",
    "teammate",
    "cheerleader",
];

/// Words before "with"/"alongside" that make the organisation after them a partner in the
/// production ("co-produced with X", "producing alongside X", "in association with X").
pub const CO_PRODUCTION: &[&str] = &[
    "produced",
    "producing",
    "produces",
    "co-produced",
    "co-producing",
    "co-produces",
    "co-production",
    "association",
    "partnered",
    "partnering",
];

/// Participles before "by" that name the agencies, management and law firms representing
/// talent ("is repped by X, Y and Z"); "represented by" is left out, as lawyers are too.
pub const REPRESENTED: &[&str] = &["repped", "re-repped"];

/// Nouns of equipment and products that make the capitalised run before them a brand or a
/// model ("Vantor Lumen cameras", "Kestrel anamorphic lenses"), never a person.
pub const PRODUCT_NOUNS: &[&str] = &[
    "camera",
    "cameras",
    "lens",
    "lenses",
    "drone",
    "drones",
    "rig",
    "rigs",
    "software",
    "app",
    "apps",
    "console",
    "consoles",
    "phone",
    "phones",
    "headset",
    "headsets",
    "projector",
    "projectors",
    "microphone",
    "microphones",
    // Vehicles by make and model ("a fleet of Ford Transit vans").
    "van",
    "vans",
    "truck",
    "trucks",
    "pickup",
    "pickups",
    "sedan",
    "sedans",
];

/// Nouns of other kinds of shows before their titles written without quotes ("the sitcom
/// Henry Danvers"): a show, not a person.
pub const SHOW_NOUNS: &[&str] = &["sitcom", "miniseries", "docuseries", "telenovela", "podcast", "anthology"];

/// Verbs of a critic's comparison before another artist's name ("the score recalls Bernard
/// Herrmann"): someone the work is likened to, not someone in it.
pub const COMPARISON_VERBS: &[&str] =
    &["recalls", "recalling", "evokes", "evoking", "echoes", "echoing", "channels", "channeling", "channelling"];

/// Verbs of singing before a song's name written without quotes ("sang Lonesome River Blues").
pub const SING_VERBS: &[&str] = &["sang", "sings", "sing", "singing", "hummed", "whistled", "crooned", "belted"];

/// Words after a number that close a model's name ("County Road 2, Silverton", "Storm Tracker 9
/// with Jenna"); a unit of time or an amount would make the number a quantity.
pub const AFTER_MODEL_NUMBER: &[&str] = &[",", ".", ";", "is", "was", "with", "and", "|", ")"];

/// Endings of plural nouns whose possessive opens a members' organisation ("Growers’
/// Cooperative", "Fishermen’s Union", "Children’s Foundation").
pub const PLURAL_ENDINGS: &[&str] = &["ers", "ists", "men", "ren", "people", "ors"];

/// Nouns before "of" that make the capitalised run after them a staged or adapted work ("a
/// revival of Night Harbor").
pub const STAGING_NOUNS: &[&str] = &["production", "staging", "revival", "adaptation", "remake", "version", "reading"];

/// Modifiers that may stand between a brand and its product noun ("Kestrel anamorphic lenses").
pub const PRODUCT_MODIFIERS: &[&str] =
    &["anamorphic", "spherical", "digital", "cinema", "vintage", "prime", "zoom", "handheld", "mobile", "smart"];

/// Nouns that introduce the name after them, or after a comma, as a company ("her banner,
/// Fruit Tree", "the Berlin agency Hofmann Kreativ").
pub const COMPANY_NOUNS: &[&str] = &[
    "company",
    "banner",
    "studio",
    "distributor",
    "financier",
    "label",
    "shingle",
    "outfit",
    "firm",
    "agency",
    "boutique",
    "shop",
    "consultancy",
    // "the Flemish insurer Belford Verzekeringen", "its insurer, Harrow Mutual".
    "insurer",
    "insurers",
    "underwriter",
];

/// Nouns that introduce the name right after them as a service ("the review aggregator website
/// Rotten Tomatoes"); "broadcaster" and "streamer" are left out, as people are called so too.
pub const SERVICE_NOUNS: &[&str] = &["website", "aggregator", "app", "platform"];

/// Words right before a capitalised run that make it a thing, a title or a place rather than a
/// person: articles, possessive determiners ("their Big Frame auditoriums") and "in/at/near".
pub const THING_LEADS: &[&str] =
    &["the", "a", "an", "their", "its", "our", "your", "my", "his", "her", "in", "at", "near", "inside"];

/// Words describing a person that precede a name ("newcomer Mia Chen", "rapper X"); none of
/// them is a common surname ("Legend", "Winner" are left out on purpose).
pub const DESCRIPTORS: &[&str] = &[
    "newcomer",
    "veteran",
    "superstar",
    "rapper",
    "singer",
    "songwriter",
    "comedian",
    "musician",
    "filmmaker",
    "filmmakers",
    "author",
    "novelist",
    "playwright",
    "showrunner",
    "presenter",
    "host",
    "hosts",
    "co-host",
    "co-hosts",
    "ceo",
    "chairman",
    "chairwoman",
    "founder",
    "executive",
    "creator",
    "co-creator",
    "influencer",
    "athlete",
    "nominee",
    // Trades of the places a cast visits ("Owner Tomas Reyna", "Innkeeper Pat Lamb").
    "owner",
    "co-owner",
    "innkeeper",
    "fiddler",
    "harbormaster",
    "bartender",
];

/// Awards whose names also serve as first names: never an alias on their own ("Oscar winner").
pub const AWARDS: &[&str] = &[
    "oscar", "oscars", "emmy", "emmys", "tony", "tonys", "grammy", "grammys", "bafta", "baftas", "golden", "globe",
    "globes",
];

/// Film festivals commonly named without the word "Festival".
pub const FESTIVALS: &[&str] = &["Sundance", "Berlinale", "SXSW", "Tribeca", "Telluride", "TIFF"];

/// Film-industry unions and guilds known by a short name.
/// ("Equity" and "PGA" are left out: "equity financing", golf.)
/// Well-known government agencies, written as acronyms or names.
pub const AGENCIES: &[&str] = &[
    "FBI",
    "CIA",
    "DEA",
    "ATF",
    "IRS",
    "OSHA",
    "NTSB",
    "FAA",
    "FCC",
    "FTC",
    "NYPD",
    "LAPD",
    "Interpol",
    "Scotland Yard",
];

/// Legal-form words closing a company's name ("Coldwater Pictures LLC"): the same company
/// without them.
pub const LEGAL_FORMS: &[&str] = &["llc", "llp", "inc", "inc.", "ltd", "ltd.", "corp", "corp.", "co.", "plc", "gmbh"];

pub const UNIONS: &[&str] = &["SAG-AFTRA", "IATSE", "Teamsters", "WGA", "DGA", "ACTRA", "BECTU", "MEAA"];

/// Lower-case particles allowed inside a personal name ("Guillermo del Toro").
pub const PARTICLES: &[&str] = &[
    "de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "van", "von", "ter", "ten", "bin", "al", "dos",
    "das",
];

/// Generational suffixes allowed at the end of a personal name.
pub const NAME_SUFFIXES: &[&str] = &["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"];

/// Last words that make a capitalised run an organisation, with the kind they suggest.
pub const ORG_SUFFIXES: &[(&str, OrgKind)] = &[
    ("pictures", OrgKind::Studio),
    ("studios", OrgKind::Studio),
    ("studio", OrgKind::Studio),
    ("films", OrgKind::Studio),
    ("productions", OrgKind::Studio),
    ("entertainment", OrgKind::Studio),
    ("animation", OrgKind::Studio),
    ("filmworks", OrgKind::Studio),
    ("features", OrgKind::Studio),
    ("releasing", OrgKind::Distributor),
    ("sales", OrgKind::Distributor),
    ("casting", OrgKind::Other),
    ("distribution", OrgKind::Distributor),
    ("distributors", OrgKind::Distributor),
    ("capital", OrgKind::Financier),
    ("finance", OrgKind::Financier),
    ("financial", OrgKind::Financier),
    ("fund", OrgKind::Financier),
    ("investments", OrgKind::Financier),
    ("ventures", OrgKind::Financier),
    ("bank", OrgKind::Financier),
    ("times", OrgKind::Outlet),
    ("reporter", OrgKind::Outlet),
    ("news", OrgKind::Outlet),
    ("post", OrgKind::Outlet),
    ("journal", OrgKind::Outlet),
    ("magazine", OrgKind::Outlet),
    ("tribune", OrgKind::Outlet),
    ("herald", OrgKind::Outlet),
    ("gazette", OrgKind::Outlet),
    ("weekly", OrgKind::Outlet),
    ("press", OrgKind::Outlet),
    ("guild", OrgKind::Union),
    ("union", OrgKind::Union),
    ("federation", OrgKind::Union),
    ("court", OrgKind::Court),
    ("office", OrgKind::Office),
    ("department", OrgKind::Office),
    ("dept", OrgKind::Office),
    ("dept.", OrgKind::Office),
    ("division", OrgKind::Office),
    ("police", OrgKind::Office),
    ("bureau", OrgKind::Office),
    ("commission", OrgKind::Office),
    ("administration", OrgKind::Office),
    ("ministry", OrgKind::Office),
    ("festival", OrgKind::Festival),
    // An awards body or an academy hands out prizes; it is no festival where films premiere.
    ("awards", OrgKind::Other),
    ("academy", OrgKind::Other),
    ("group", OrgKind::Other),
    ("media", OrgKind::Other),
    ("company", OrgKind::Other),
    ("corporation", OrgKind::Other),
    ("corp", OrgKind::Other),
    ("corp.", OrgKind::Other),
    ("co.", OrgKind::Other),
    ("inc", OrgKind::Other),
    ("inc.", OrgKind::Other),
    ("llc", OrgKind::Other),
    ("llp", OrgKind::Other),
    ("ltd", OrgKind::Other),
    ("ltd.", OrgKind::Other),
    ("holdings", OrgKind::Other),
    ("foundation", OrgKind::Other),
    ("institute", OrgKind::Other),
    ("university", OrgKind::Other),
    ("agency", OrgKind::Other),
    ("service", OrgKind::Other),
    ("network", OrgKind::Other),
    ("association", OrgKind::Other),
    // "Bristlecone Film Partners": a film's partners by name are its investors.
    ("partners", OrgKind::Financier),
    ("courier", OrgKind::Outlet),
    ("railway", OrgKind::Other),
    ("railroad", OrgKind::Other),
    ("cinemas", OrgKind::Other),
    ("theatres", OrgKind::Other),
    ("theaters", OrgKind::Other),
    ("mutual", OrgKind::Other),
    ("insurance", OrgKind::Other),
    ("assurance", OrgKind::Other),
    ("sons", OrgKind::Other),
    // Representation and services of the trade: agencies, management and law firms.
    ("international", OrgKind::Other),
    ("management", OrgKind::Other),
    ("talent", OrgKind::Other),
    ("orchestra", OrgKind::Other),
    ("philharmonic", OrgKind::Other),
    ("co-operative", OrgKind::Other),
    ("cooperative", OrgKind::Other),
    ("constabulary", OrgKind::Office),
    ("council", OrgKind::Office),
    ("local", OrgKind::Union),
    // Agencies and service houses of the trade ("Northlight Artists", "Halden Camera Rental").
    ("artists", OrgKind::Other),
    ("rental", OrgKind::Other),
    ("rentals", OrgKind::Other),
    // Funeral homes an obituary names ("Ostrander Funeral Home"); a playhouse, a school or a
    // hospital is a site or a place first, like a theatre.
    ("funeral", OrgKind::Other),
    // "the U.S. Coast Guard", "the National Guard".
    ("guard", OrgKind::Office),
    // Publicity firms named like their partners ("Bellweather Maccaby Public Relations").
    ("relations", OrgKind::Other),
    ("communications", OrgKind::Other),
    ("mortuary", OrgKind::Other),
    // Local businesses that serve a crew ("Bluegrass Table Catering", "Odom Lumber Supply").
    ("catering", OrgKind::Other),
    ("caterers", OrgKind::Other),
    ("supply", OrgKind::Other),
    ("supplies", OrgKind::Other),
    // Completion guarantors bond a production for its financiers ("Fidelis Completion Guaranty").
    ("guaranty", OrgKind::Financier),
    ("guarantors", OrgKind::Financier),
    // A distributor in German ("Falkenrot Filmverleih").
    ("filmverleih", OrgKind::Distributor),
    ("verleih", OrgKind::Distributor),
];

/// Last words of law firms named after their partners ("Carraway Reyes Law"): a firm only after
/// two names or more, since "Law" alone after a given name is a surname.
pub const LAW_FIRM_WORDS: &[&str] = &["law", "legal"];

/// Words between "is providing" and what is provided that qualify the money ("equity
/// financing", "senior debt").
pub const FINANCING_MODIFIERS: &[&str] =
    &["equity", "gap", "bridge", "senior", "mezzanine", "production", "additional", "the", "all", "some"];

/// Words after "selling" that make the seller a sales agent: the film itself or its rights.
pub const SOLD_WORKS: &[&str] = &["it", "the", "rights", "international", "worldwide", "foreign", "world"];

/// Lower-case nouns after a name that make it a section of a festival's programme ("the
/// Midnight Reel section"): no place, and no organisation of its own.
pub const SECTION_NOUNS: &[&str] = &["section", "sidebar", "strand", "programme", "program", "lineup", "line-up"];

/// Roles opening a sentence before a firm's name ("Streamer Vesta acquired …"): not part of it.
pub const ROLE_LEADS: &[&str] = &["streamer", "distributor", "financier"];

/// Words opening a sentence before a town that say which part of it ("Downtown Bexley doubled
/// for …"): not part of its name.
pub const TOWN_PARTS: &[&str] = &["downtown", "uptown", "midtown", "historic", "rural", "suburban"];

/// Last words of organisations that are also facilities a production shoots in ("Prairie
/// Light Studios"): where a sentence films at one, it is a filming location too.
pub const FACILITY_WORDS: &[&str] = &["studios", "studio", "stages", "soundstages"];

/// Predicates after a place that make it a set ("was used as a set", "was dressed as a bank").
pub const USED_AS_SET: &[&[&str]] = &[
    &["used", "as", "a", "set"],
    &["used", "as", "the", "set"],
    &["served", "as", "a", "set"],
    &["was", "dressed", "as"],
    &["was", "dressed", "for"],
    &["were", "dressed", "as"],
    &["became", "the", "set"],
];

/// Participles of set building after a place ("…, rebuilt by the art department").
pub const SET_PARTICIPLES: &[&str] = &["built", "rebuilt", "dressed", "constructed", "recreated", "redressed"];

/// The production's builders after "by" ("by the art department", "by the production designer").
pub const SET_BUILDERS: &[&str] = &["department", "designer", "designers", "decorators", "carpenters"];

/// Words of an apposition after a place that make it an event's venue ("the Orpheum Ballroom,
/// the festival's largest venue").
pub const VENUE_NOUNS: &[&str] = &["venue", "venues", "screening-room"];

/// Nouns of a film or a show that name its maker right after or before them ("the drama from X",
/// "a X feature").
pub const MADE_WORKS: &[&str] = &[
    "film",
    "feature",
    "movie",
    "picture",
    "production",
    "series",
    "documentary",
    "drama",
    "thriller",
    "comedy",
    "western",
    "adventure",
    "romance",
    "horror",
];

/// Nouns of a story's source after "bought the rights to" ("… to her novel", "… to his life
/// story"): a producer acquiring its story, not a distributor acquiring a film.
pub const SOURCE_WORK_NOUNS: &[&str] = &[
    "novel",
    "novels",
    "book",
    "books",
    "memoir",
    "story",
    "play",
    "article",
    "comic",
    "script",
    "screenplay",
    "life",
];

/// Last words of the trade's firms of kind "other" (agencies, rental houses): one that publishes
/// its own page ("Ridgeback Casting" on its casting call) is still no outlet.
pub const TRADE_FIRM_WORDS: &[&str] = &["casting", "talent", "management", "artists", "agency", "rental", "rentals"];

/// Words before "Fund" or "Foundation" that make it a charity rather than a financier
/// ("Actors' Relief Fund", "Memorial Scholarship Fund").
pub const CHARITY_WORDS: &[&str] =
    &["relief", "memorial", "scholarship", "benevolent", "charitable", "aid", "emergency"];

/// Outlet words that also end the names of the trade's service houses ("Cobbleworks Post", a
/// post-production house): an outlet's only after a place ("Denver Post") or "The".
pub const SHARED_OUTLET_WORDS: &[&str] = &["post"];

/// Words that make a company of a one-word name only when they close the run ("Mlýnek Film"):
/// inside a longer name they belong to a festival, a market or an award ("Hradec Film Days").
pub const CLOSING_ORG_WORDS: &[&str] = &["film"];

/// First words that make a capitalised run an organisation with the name after them ("Studio
/// Żuraw"), with the kind they suggest.
pub const ORG_LEADS: &[(&str, OrgKind)] = &[("studio", OrgKind::Studio)];

/// Organisation words of firms usually named after their founder ("Ann Lee Management"): the
/// founder's name alone still names the person, not a short form of the firm.
pub const FOUNDER_SUFFIXES: &[&str] = &["management", "talent", "agency", "llp"];

/// First words of organisation names built as "Head of …" ("Office of the Medical Investigator").
pub const ORG_HEADS: &[(&str, OrgKind)] = &[
    ("office", OrgKind::Office),
    ("division", OrgKind::Office),
    ("department", OrgKind::Office),
    ("bureau", OrgKind::Office),
    ("university", OrgKind::Other),
    ("academy", OrgKind::Festival),
    ("museum", OrgKind::Other),
    ("institute", OrgKind::Other),
    // "Directors Guild of Canada", "Court of Appeals", "Ministry of Culture".
    ("guild", OrgKind::Union),
    ("federation", OrgKind::Union),
    ("association", OrgKind::Other),
    ("commission", OrgKind::Office),
    ("ministry", OrgKind::Office),
    ("council", OrgKind::Office),
    ("court", OrgKind::Court),
    // "the Town of Petty Cove said in a notice": the municipal corporation.
    ("town", OrgKind::Office),
    ("township", OrgKind::Office),
    ("municipality", OrgKind::Office),
];

/// Well-known news outlets (as usually written; a leading "The" is optional in the text).
pub const OUTLETS: &[&str] = &[
    "Variety",
    "Deadline",
    "Hollywood Reporter",
    "IndieWire",
    "Indiewire",
    "Screen Daily",
    "Screen International",
    "Collider",
    "Empire",
    "TheWrap",
    "Vulture",
    "Rolling Stone",
    "Entertainment Weekly",
    "People",
    "Associated Press",
    "Reuters",
    "BBC",
    "CNN",
    "NPR",
    "New York Times",
    "Los Angeles Times",
    "Washington Post",
    "USA Today",
    "Page Six",
    "TMZ",
    "Slashfilm",
    "Screen Rant",
    "ScreenRant",
    "Total Film",
    "Forbes",
    "Newsweek",
    "Decider",
    "IGN",
    "Vanity Fair",
    "Entertainment Tonight",
    "Daily Mail",
    "Daily Beast",
    "Bloomberg",
    "New Yorker",
    "Fox News",
    "NBC News",
    "ABC News",
    "CBS News",
];

/// Well-known social platforms and streaming services.
pub const PLATFORMS: &[&str] = &[
    "Instagram",
    "Facebook",
    "Twitter",
    "TikTok",
    "YouTube",
    "Threads",
    "Snapchat",
    "Reddit",
    "LinkedIn",
    "Netflix",
    "Hulu",
    "Prime Video",
    "Peacock",
    "Tubi",
    "Vimeo",
    "Letterboxd",
];

/// Verbs of a step of the shoot: with a filming word opening the sentence as their subject, a
/// place after them is where the shoot was ("Principal photography … began May 6 in Bend").
pub const FILMING_STEPS: &[&str] =
    &["began", "begins", "started", "starts", "commenced", "resumed", "resumes", "wrapped", "wraps"];

/// Nouns that introduce a place name after "of" ("the island of …").
pub const PLACE_NOUNS: &[&str] = &[
    "island", "islands", "town", "towns", "city", "cities", "village", "villages", "region", "province", "county",
    "state", "valley", "coast", "streets",
];

/// Nouns of the production's people and work that, as a subject, say where it worked ("the
/// crew spent a week in …", "hosted the shoot").
pub const SHOOT_SUBJECTS: &[&str] = &["crew", "crews", "production", "shoot", "unit", "filming", "filmmakers"];

/// First words of names after "shot in" that are a film format, a process or a part of a work,
/// never a place ("CinemaScope", "Dolby Vision", "Act Two", "Episode 4").
pub const NOT_PLACE_LEADS: &[&str] = &[
    "cinemascope",
    "technicolor",
    "imax",
    "dolby",
    "vistavision",
    "panavision",
    "super",
    "ultra",
    "kodachrome",
    "eastmancolor",
    "techniscope",
    "act",
    "episode",
    "episodes",
    "chapter",
    "part",
    "season",
    "scene",
    "reel",
    "volume",
];

/// Kinds of a shoot's unit ("a second unit worked in …").
pub const UNIT_KINDS: &[&str] = &["second", "splinter", "aerial", "action", "insert"];

/// Verbs of filming after "to" ("returned to X to shoot pickups").
pub const FILM_VERBS: &[&str] = &["shoot", "film", "lens", "reshoot", "photograph"];

/// Verbs of the shoot's work after its people ("the crew built", "the production recreated").
pub const SHOOT_WORK: &[&str] =
    &["built", "filmed", "shot", "recreated", "staged", "dressed", "spent", "worked", "set", "rebuilt", "constructed"];

/// Suffixes of a compound after a place's name ("the Vermont-shot drama", "an Oslo-set
/// thriller"): filmed there, or set there.
pub const PLACE_COMPOUNDS: &[&str] = &["shot", "filmed", "lensed", "set"];

/// Verbs after a place that make it take a shoot in ("hosted the production").
pub const HOST_VERBS: &[&str] = &["hosted", "hosts", "welcomed", "welcomes"];

/// Adjectives between the article and a place noun before "of" ("the fictional town of …", "the
/// small village of …").
pub const PLACE_NOUN_ADJECTIVES: &[&str] =
    &["fictional", "fictitious", "imaginary", "small", "little", "tiny", "remote", "sleepy", "nearby", "coastal"];

/// Words right after the last name of a list of places that close the list ("in A and B through
/// May", "in A and B.", "in A and B last week"), where a verb after it would make it a subject.
pub const LIST_END_WORDS: &[&str] = &[
    "in", "on", "at", "for", "through", "during", "this", "last", "next", "until", "since", "from", "with", "before",
    "after", "where", "when", "while", "as", "over", "between", "earlier", "later",
];

/// Words of filming: a place after them is a filming location.
pub const FILMING: &[&str] = &[
    "filming",
    "shoots",
    "filmed",
    "shoot",
    "shooting",
    "shot",
    "lensed",
    "lensing",
    "photography",
    "location",
    "cameras",
    "reshoot",
    "reshoots",
    "reshooting",
    "reshot",
    "interiors",
    "exteriors",
    "locations",
];

/// Words before "film" that make it the verb ("will film at …"), not the noun.
pub const FILM_VERB_BEFORE: &[&str] = &["will", "to", "also", "would", "could", "they", "we", "crews"];

/// Words before "set" in a relative clause that make it a film set ("where the crew built a
/// town set").
pub const SET_BUILT: &[&str] = &["town", "western", "frontier", "standing", "street", "the", "a", "its", "their"];

/// Words before "in" that make the name after it a place where someone lives, works or is
/// treated ("a hospital in Bartown", "born in Bartown").
pub const RESIDENCE: &[&str] = &[
    "hospital",
    "clinic",
    "motel",
    "hotel",
    "school",
    "home",
    "house",
    "warehouse",
    "worker",
    "workers",
    "resident",
    "residents",
    "hometown",
    "born",
    "based",
    "raised",
    "lives",
    "lived",
    "living",
    "died",
    "buried",
    // Where a crew or a cast is put up during a shoot ("the crew is staying in Bozeman").
    "staying",
    "stayed",
    "stays",
    "lodged",
    "housed",
];

/// Nouns right after a place that make it someone's home ("the Tucson native", "a Bexley
/// resident").
pub const RESIDENT_NOUNS: &[&str] = &["native", "natives", "resident", "residents"];

/// Words of the trade inside a site's name, between its first word and its site word
/// ("Yellowstone Film Ranch", "Big Sky Movie Ranch").
pub const SITE_INNER_WORDS: &[&str] = &["film", "movie", "movies"];

/// Phrases right before a place that make it where someone grew up or comes from ("grew up in
/// Bartown", "a native of Bartown", "hails from Bartown").
pub const RESIDENCE_PHRASES: &[&[&str]] = &[
    &["grew", "up", "in"],
    &["growing", "up", "in"],
    &["brought", "up", "in"],
    &["native", "of"],
    &["natives", "of"],
    &["resident", "of"],
    &["residents", "of"],
    &["hails", "from"],
    &["hailed", "from"],
    &["hailing", "from"],
];

/// Nouns of a mishap that, in ", where the accident happened" after a site, put the shoot there.
pub const ACCIDENTS: &[&str] =
    &["accident", "shooting", "crash", "fire", "incident", "explosion", "collapse", "mishap", "injury", "death"];

/// Words of the shoot's work after "during" or "while" ("during a chase scene", "while the crew
/// was rehearsing a stunt"): a named site in the sentence was the set.
pub const TAKE_NOUNS: &[&str] =
    &["scene", "take", "stunt", "rehearsal", "rehearsing", "filming", "shooting", "setup", "sequence"];

/// Verbs of a mishap happening ("where the accident happened", "the fire broke out").
pub const HAPPENED: &[&str] = &["happened", "occurred", "unfolded", "happens", "occurs", "broke", "erupted", "struck"];

/// Nouns of a work that, as the subject of a plot verb, make what follows its story.
pub const STORY_WORKS: &[&str] = &[
    "film",
    "movie",
    "picture",
    "feature",
    "drama",
    "western",
    "thriller",
    "comedy",
    "story",
    "plot",
    "series",
    "novel",
    "documentary",
    "tale",
    "script",
    "screenplay",
];

/// Works in the plural before a filming verb: "14 productions filmed in X" are other
/// productions, so X is only mentioned.
pub const OTHER_WORKS_PLURAL: &[&str] = &["productions", "films", "movies", "features", "shows"];

/// Verbs that put a story somewhere ("I moved the story to the Texas Panhandle").
pub const STORY_MOVES: &[&str] =
    &["moved", "moves", "set", "sets", "transplanted", "transplants", "relocated", "relocates", "shifted", "shifts"];

/// Nouns of parts of a film that, told as done somewhere ("the depot scenes we did at the old
/// station in X"), make that place a filming location.
pub const SCENE_NOUNS: &[&str] =
    &["scenes", "scene", "sequences", "sequence", "exteriors", "interiors", "reshoots", "pickups"];

/// Compass words of "north of Taos".
pub const COMPASS: &[&str] = &["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"];

/// Determiners after "the set of" that name some other production ("his next film").
pub const OTHER_WORK: &[&str] = &["his", "her", "their", "another"];

/// Words that bind a name to the quoted title after it ("X in “Dust”", "the role X gave in
/// “Dust”", "Y from “Dust”"): a person of that work.
pub const OTHER_WORK_LINKS: &[&str] = &["in", "from"];

/// Nouns between a name's possessive and the link to another work's title ("X's character in
/// “Dust”", "X's turn in “Dust”"): the name is still that work's.
pub const OTHER_WORK_PARTS: &[&str] = &["character", "role", "part", "turn", "performance", "film", "debut"];

/// Plural nouns of a maker's body of work ("the films of X", "the paintings of X"): a name
/// named only so is an influence, no person of the production. "Work" and "music" are left out,
/// as the film's own crew is praised so ("the work of cinematographer X").
pub const BODIES_OF_WORK: &[&str] =
    &["films", "movies", "pictures", "paintings", "novels", "books", "photographs", "poems", "plays", "stories"];

/// Verbs that introduce the story told ("tells the story of …"): a place later in the clause
/// is the story's setting.
pub const STORY_VERBS: &[&str] = &["tells", "told", "telling", "tell"];

/// Verbs that give an actor a part ("stars as Tom Reyes, a rancher …"), whose apposition
/// describes the character.
pub const CAST_VERBS: &[&str] = &["stars", "starred", "starring", "plays", "played", "playing"];

/// Words that make "shot"/"shooting" about a gun rather than a camera.
pub const INCIDENT: &[&str] = &[
    "fatal",
    "fatally",
    "accidentally",
    "killed",
    "killing",
    "wounded",
    "injured",
    "dead",
    "death",
    "gun",
    "fired",
    "prop",
];

/// Moves of a shoot ("moved", "resumed"): with "production" or "filming" they cue a location.
pub const MOVES: &[&str] = &[
    "moved",
    "moving",
    "moves",
    "resumed",
    "resumes",
    "resuming",
    "relocated",
    "began",
    "begins",
    "started",
    "starts",
    "shifted",
    "wrapped",
    "restarted",
    "continued",
    "returned",
    "underway",
    "halted",
    "paused",
    "suspended",
    "stopped",
    "heads",
    "headed",
    "heading",
    "move",
    "relocate",
    "relocates",
    "relocating",
];

/// Release words: a place after them is a market, not a venue or a location.
pub const RELEASE: &[&str] = &[
    "opens",
    "opened",
    "released",
    "releases",
    "release",
    "theaters",
    "theatres",
    "streaming",
    "distribution",
    "sales",
];

/// Events whose venue a place after them is.
pub const EVENTS: &[&str] = &[
    "premiere",
    "premiered",
    "premieres",
    "screened",
    "screening",
    "festival",
    "hearing",
    "trial",
    "court",
    "courthouse",
    "ceremony",
    "arraigned",
    "gala",
    "held",
    "took",
];

/// Words of a lead sentence that make its dateline's town the venue of what it reports ("TUCSON,
/// Ariz. (AP) — A judge on Monday dismissed …"): a court's steps and a premiere.
pub const DATELINE_VENUE: &[&str] = &[
    "festival",
    "judge",
    "jury",
    "court",
    "dismissed",
    "sentenced",
    "convicted",
    "acquitted",
    "pleaded",
    "ruled",
    "trial",
    "hearing",
    "premiere",
    "premiered",
    "premieres",
    "screened",
];

/// Nouns of a firm's role after "as a" ("boarded as a financier"), with the relation's label
/// and the kind it gives.
pub const ROLE_NOUNS: &[(&str, &str, OrgKind)] = &[
    ("financier", "financier", OrgKind::Financier),
    ("backer", "financier", OrgKind::Financier),
    ("distributor", "distributor", OrgKind::Distributor),
    ("sales", "sales agent", OrgKind::Distributor),
    ("co-producer", "co-producer", OrgKind::Studio),
    ("streamer", "streams", OrgKind::Platform),
];

/// Verbs of a regulator's penalty ("fined", "cited by"): the agency before or after them fined
/// the production.
pub const FINE_VERBS: &[&str] = &["fined", "fines", "cited", "penalized", "penalised", "sanctioned"];

/// Words of a sales deal earlier in the clause that make a firm "with" or "to" which it was
/// made "for" a territory its distributor there ("closed deals with X for France").
pub const DEAL_WORDS: &[&str] = &["deal", "deals", "sold", "licensed", "pre-sold", "presold", "licence", "license"];

/// Verbs that, with "rights" a few words on, make their subject a buyer ("X took North American
/// rights", "X nabbed U.K. rights").
pub const RIGHTS_TAKEN: &[&str] = &["took", "takes", "nabbed", "landed", "secured", "snapped", "scooped", "grabbed"];

/// Labels of a credit or infobox line that name organisations after a colon ("Distributor:
/// Northwick Releasing", "Production companies: A, B"), with the kind the label gives them.
pub const ORG_LABELS: &[(&str, OrgKind)] = &[
    ("distributor", OrgKind::Distributor),
    ("distributors", OrgKind::Distributor),
    ("distributed by", OrgKind::Distributor),
    ("distribution", OrgKind::Distributor),
    ("sales", OrgKind::Distributor),
    ("sales agent", OrgKind::Distributor),
    ("international sales", OrgKind::Distributor),
    ("production company", OrgKind::Studio),
    ("production companies", OrgKind::Studio),
    ("studio", OrgKind::Studio),
    ("studios", OrgKind::Studio),
    ("financier", OrgKind::Financier),
    ("financiers", OrgKind::Financier),
    ("network", OrgKind::Platform),
    ("streaming service", OrgKind::Platform),
];

/// Words in capitals before a dash that open a story without being its town ("BREAKING —",
/// "EXCLUSIVE —").
pub const DATELINE_KICKERS: &[&str] = &[
    "breaking",
    "exclusive",
    "update",
    "updated",
    "watch",
    "video",
    "photos",
    "review",
    "opinion",
    "analysis",
    "correction",
    "editor's",
    "note",
    "live",
    "first",
    "look",
    "report",
    "news",
];

/// Words before "set" that make it the noun (a film set), not the verb (set in …).
pub const SET_NOUN_BEFORE: &[&str] =
    &["a", "an", "the", "new", "on", "its", "movie's", "film's", "same", "original", "different"];

pub const SALES_ADJ: &[&str] =
    &["domestic", "international", "foreign", "worldwide", "overseas", "global", "north", "american", "u.s.", "world"];

/// True when `name` is a state, country, region or city of the lists above.
pub fn is_place(name: &str) -> bool {
    [US_STATES, COUNTRIES, REGIONS, CITIES].iter().any(|list| list.contains(&name))
}

/// Case-insensitive membership test in one of the lists above.
pub fn contains(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// The kind an organisation suffix suggests, if `word` is one.
pub fn org_suffix(word: &str) -> Option<OrgKind> {
    ORG_SUFFIXES.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)).map(|(_, k)| *k)
}

/// The kind an organisation head word ("Office of …") suggests, if `word` is one.
pub fn org_head(word: &str) -> Option<OrgKind> {
    ORG_HEADS.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)).map(|(_, k)| *k)
}
