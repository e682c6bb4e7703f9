//! Person-name detection in normalised text.
//!
//! The detector tokenises the text once (letters and digits, with inner
//! apostrophes and hyphens kept, so "O'Neill", "Mary-Jane" and
//! "McAllister-Jones" are single tokens) and then looks at each token with a
//! fixed, small look-ahead. Each token is classified with one look-up in a
//! word table that holds the gazetteers under `data/` and the fixed word
//! lists below as bit flags; the context families run only at tokens whose
//! flags (or a dash before them, or "here" just after) can start one.
//! Nothing re-scans the text, so the cost is linear in its length.
//!
//! Families, in priority order (a later family never reports a token an
//! earlier one already reported):
//!
//! | detector           | form                                                   | hint     |
//! |--------------------|--------------------------------------------------------|----------|
//! | `name.self_intro`  | "my name is Jo", "I'm Jo", "this is Jo", "Jo here", "I'm her grandson Iwan", "my name on the account is …", initials after the name | Reporter |
//! | `name.sign_off`    | "Thanks, Jo" / "Kind regards\nJ. Smith" / "- Jo" at a line end | Reporter |
//! | `name.cue`         | "his name is …", "a man called …", "ask for …", "Name: …", "my friend Grace" | none |
//! | `name.self_cue`    | "caller gave the name …", "I go by …", "advertise as …", "call … and ask for …", "* me: …", "Reporter: …", "my initials are R.P." | Reporter |
//! | `name.bare_sign_off` | a lone forename (+ initial) closing the text: "… will come. nadia k" | Reporter |
//! | `name.chat_sender` | "14/02/2025, 22:43 - Jo Bloggs: …" (Reporter when the other sender is a declared subject) | see left |
//! | `name.email_header` | "From:"/"To:" names of a pasted email (Cc, Bcc: no hint) | Reporter |
//! | `name.proxy`       | "… write this for her. she is Gwenllian ap Rhys", "on behalf of my gran, …" | Reporter |
//! | `name.addressee`   | "\"Siobhan it's me, pick up", "Dear Elin," in a pasted message | Reporter |
//! | `name.title`       | Mr, Mrs, Ms, Miss, Mx, Dr, Sir, Dame + name            | none     |
//! | `name.rank`        | PC, Sgt, DI, Inspector … (+ collar number) + name      | none     |
//! | `name.surname_first` | "SURNAME, Forename" alone on a line                  | none     |
//! | `name.gazetteer`   | capitalised names supported by the gazetteers          | none     |
//!
//! Precision rules:
//! - a word in `ambiguous.txt` (Will, May, Grace, Victoria, Green …) is a name
//!   only with a second signal: a cue, a title or rank, a gazetteer surname
//!   after it, or a possessive followed by a person word ("Grace's husband");
//! - words in `nonnames.txt` (days, months, places, forces, ranks, roles,
//!   nationalities) and `stopwords.txt` never start a name;
//! - a candidate followed by a street or place word ("Victoria Road",
//!   "Hope Street", "Daniel Reeves Station") is dropped;
//! - lower-case names are taken only after a cue; after a weak cue ("i'm",
//!   "call me", "called") only gazetteer names that are not common words.
//!
//! The range covers the name only: never the cue, title or rank, and never a
//! possessive `'s` ("Jo Bloggs's" → "Jo Bloggs").

// Until the engine (src/detect/mod.rs, issue 3) calls this module; remove at merge.

use crate::text::FastHashSet as HashSet;
use std::fmt;
use std::ops::Range;

use crate::attribute::Party;
use crate::detect::{Finding, Kind, TextContext};
use crate::error::{Error, ErrorKind};

const FORENAMES: &str = include_str!("data/forenames.txt");
const SURNAMES: &str = include_str!("data/surnames.txt");
const AMBIGUOUS: &str = include_str!("data/ambiguous.txt");
const NONNAMES: &str = include_str!("data/nonnames.txt");
const STOPWORDS: &str = include_str!("data/stopwords.txt");

/// Words after which a candidate is a place, not a person.
const PLACE_SUFFIXES: &[&str] = &[
    "street",
    "st",
    "road",
    "rd",
    "lane",
    "ln",
    "avenue",
    "ave",
    "close",
    "drive",
    "dr",
    "way",
    "court",
    "ct",
    "crescent",
    "cres",
    "gardens",
    "terrace",
    "place",
    "pl",
    "grove",
    "walk",
    "row",
    "mews",
    "square",
    "sq",
    "park",
    "station",
    "ring",
    "centre",
    "center",
    "hospital",
    "school",
    "college",
    "university",
    "academy",
    "church",
    "police",
    "constabulary",
    "estate",
    "hall",
    "house",
    "green",
    "common",
    "bridge",
    "retail",
    "shopping",
    "market",
    "parade",
    "circus",
    "quay",
    "wharf",
    "airport",
    "services",
    "library",
    "stadium",
    "arena",
    "road's",
    "avenue's",
    "lodge",
    "fields",
    "heights",
    "rise",
    "vale",
    "view",
    "village",
    "town",
    "city",
    "county",
    "borough",
    "hotel",
    "inn",
    "arms",
    "tavern",
    "pub",
    "bar",
    "club",
    "cafe",
];

/// Words before which a capitalised word is part of a place name.
const PLACE_PREFIXES: &[&str] = &[
    "st", "saint", "mount", "port", "fort", "lake", "upper", "lower", "great", "little", "north",
    "south", "east", "west", "new", "old", "royal", "queen", "queens", "king", "kings", "hms",
];

/// Lower-case particles allowed inside a name ("Ludwig van Beethoven").
const PARTICLES: &[&str] = &[
    "van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "bin", "binti", "bint", "ibn",
    "al", "el", "ap", "ab", "ferch", "verch", "ter", "dos", "das", "del", "della", "mac", "nic",
    "ní", "ó", "ua", "uí", "mhic",
];

/// Person words after a possessive that make an ambiguous word a name.
const PERSON_WORDS: &[&str] = &[
    "husband",
    "wife",
    "partner",
    "boyfriend",
    "girlfriend",
    "ex",
    "mum",
    "mom",
    "mother",
    "dad",
    "father",
    "son",
    "daughter",
    "brother",
    "sister",
    "friend",
    "car",
    "house",
    "flat",
    "phone",
    "number",
    "address",
    "kids",
    "children",
    "child",
    "baby",
    "family",
    "mate",
    "colleague",
    "boss",
    "manager",
    "account",
    "statement",
    "name",
    "home",
    "parents",
    "uncle",
    "aunt",
];

/// Relation words before a name ("my friend Grace", "his wife, Rose").
const RELATIONS: &[&str] = &[
    "friend",
    "sister",
    "brother",
    "wife",
    "husband",
    "partner",
    "son",
    "daughter",
    "mum",
    "mom",
    "mother",
    "dad",
    "father",
    "colleague",
    "neighbour",
    "neighbor",
    "boyfriend",
    "girlfriend",
    "cousin",
    "uncle",
    "aunt",
    "auntie",
    "niece",
    "nephew",
    "boss",
    "manager",
    "mate",
    "ex",
    "fiance",
    "fiancee",
    "flatmate",
    "housemate",
    "stepdad",
    "stepmum",
    "grandson",
    "granddaughter",
    "nan",
    "gran",
    "grandad",
    "grandma",
    "grandpa",
    "landlord",
    "landlady",
    "supervisor",
    "girl",
    "boy",
    "lad",
    "woman",
    "man",
];

const GREETINGS: &[&str] = &[
    "hi",
    "hello",
    "hiya",
    "hey",
    "morning",
    "afternoon",
    "evening",
    "dear",
    "greetings",
    "yo",
];

/// Filler words a spoken or hurried self-introduction starts after ("um,
/// Jo here", "right so jo here").
const FILLERS: &[&str] = &[
    "um",
    "umm",
    "uh",
    "er",
    "erm",
    "so",
    "yeah",
    "yes",
    "ok",
    "okay",
    "right",
    "basically",
    "well",
    "hi",
    "hello",
    "hiya",
    "hey",
    "there",
    "anyway",
    "look",
];

/// Honorific titles. `true`: also accepted in lower case.
const TITLES: &[(&str, bool)] = &[
    ("mr", true),
    ("mrs", true),
    ("ms", true),
    ("mx", true),
    ("dr", true),
    ("miss", false),
    ("sir", false),
    ("dame", false),
    ("master", false),
    ("prof", false),
    ("professor", false),
];

/// Rank abbreviations, accepted only as written here (any case of the
/// listed spelling, never lower case).
const RANK_ABBREVIATIONS: &[&str] = &[
    "pc", "pcso", "ps", "sc", "dc", "ds", "di", "dci", "dsi", "dsu", "acc", "dcc", "ci", "supt",
    "insp", "sgt", "det", "ch", "cst", "const", "wpc", "dsgt", "tdc", "tdi", "a/sgt", "a/insp",
];

/// Rank abbreviations also taken in lower case ("pc jo bloggs"); a name
/// after them must then be a gazetteer name or a plausible surname.
const LOWER_RANK_ABBREVIATIONS: &[&str] = &[
    "pc", "pcso", "ps", "sc", "dc", "ds", "di", "dci", "sgt", "insp", "supt", "wpc", "dsgt",
];

/// Rank words (any case). `true`: a formal rank, after which an unknown
/// capitalised word is accepted as a surname; `false`: a role word
/// ("officer"), after which only gazetteer names are.
const RANK_WORDS: &[(&str, bool)] = &[
    ("constable", true),
    ("sergeant", true),
    ("sarge", true),
    ("inspector", true),
    ("superintendent", true),
    ("commander", true),
    ("commissioner", true),
    ("detective", true),
    ("chief", true),
    ("special", false),
    ("acting", false),
    ("temporary", false),
    ("officer", false),
    ("pcso", true),
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Shape {
    /// First letter upper case, more letters, some lower case ("Jo", "McAllister").
    Cap,
    /// All upper case, two letters or more ("SMITH", "PC").
    Upper,
    /// One upper-case letter ("J").
    Initial,
    /// Starts lower case.
    Lower,
    /// Starts with a digit or anything else.
    Other,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    /// A gazetteer name that is not a common word.
    Strong { fore: bool, sur: bool },
    /// A name that is also a common word or place: needs a second signal.
    Ambiguous { sur: bool },
    /// Never a name (stop word, day, month, place, rank, role …).
    Block,
    /// Not in any list.
    Unknown,
}

#[derive(Clone, Debug)]
struct Tok {
    start: usize,
    /// End of the whole token (with any possessive `'s`).
    end: usize,
    /// End of the token without a possessive `'s`.
    core_end: usize,
    /// Range of the lower-cased core in the shared buffer.
    lo: Range<usize>,
    /// Range of the whole lower-cased token ("it's", "name's").
    full: Range<usize>,
    /// List flags (see [`flag`]) of the lower-cased core.
    lo_flags: u32,
    /// List flags of the whole lower-cased token.
    full_flags: u32,
    shape: Shape,
    possessive: bool,
    /// The gap before the token has a dash or tilde in it.
    dash_before: bool,
    class: Class,
}

/// How lower-case words are treated by [`NameDetector::take_name`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lower {
    /// Never.
    No,
    /// Gazetteer names that are not common words.
    Gazetteer,
    /// Any word that is not a stop word (after "my name is").
    Loose,
}

/// What a name may be made of in a given context.
#[derive(Clone, Copy)]
struct Policy {
    lower: Lower,
    /// Accept an unknown capitalised word as the first token.
    unknown_first: bool,
    /// Accept an unknown capitalised word after the first token.
    unknown_rest: bool,
    /// Accept a lone ambiguous word (the context is the second signal).
    ambiguous_alone: bool,
    /// Accept an ambiguous lower-case word as the first token ("mr brown").
    lower_ambiguous: bool,
    max: usize,
}

const CONTEXT: Policy = Policy {
    lower: Lower::No,
    unknown_first: true,
    unknown_rest: true,
    ambiguous_alone: true,
    lower_ambiguous: false,
    max: 4,
};

/// A name made of tokens `first..=last`.
#[derive(Clone, Copy, Debug)]
struct Span {
    first: usize,
    last: usize,
}

/// A family's id, priority in overlaps, confidence and party hint.
#[derive(Clone, Copy)]
struct Fam {
    prio: u8,
    detector: &'static str,
    confidence: f32,
    hint: Option<Party>,
}

const fn fam(prio: u8, detector: &'static str, confidence: f32, hint: Option<Party>) -> Fam {
    Fam {
        prio,
        detector,
        confidence,
        hint,
    }
}

const STRONG_INTRO: Fam = fam(5, "name.self_intro", 0.95, Some(Party::Reporter));
const INTRO: Fam = fam(5, "name.self_intro", 0.9, Some(Party::Reporter));
const SIGN_OFF: Fam = fam(5, "name.sign_off", 0.9, Some(Party::Reporter));
const DASH_SIGN_OFF: Fam = fam(5, "name.sign_off", 0.85, Some(Party::Reporter));
const CUE: Fam = fam(4, "name.cue", 0.85, None);
/// A cue about the writer ("ask for Roisin" after "call", "I go by …",
/// "the caller's name is …"): the reporter's unless it is a declared
/// subject's name (see [`Scan::unclaim_subject_names`]).
const SELF_CUE: Fam = fam(4, "name.self_cue", 0.8, Some(Party::Reporter));
/// A bare name closing the text ("… will come. nadia k"), same rule.
const BARE_SIGN_OFF: Fam = fam(5, "name.bare_sign_off", 0.75, Some(Party::Reporter));
/// The person a quoted or pasted message speaks to ("\"Siobhan it's me,
/// pick up\"", "Dear Elin," inside a pasted email): in a report, a message
/// the writer quotes is most often one they received. Unclaimed when it is
/// a declared subject's name.
const ADDRESSEE: Fam = fam(4, "name.addressee", 0.8, Some(Party::Reporter));
/// A From:/To: name of a pasted email header: the writer is one end of the
/// email they paste, the officer the other (unclaimed when it is a
/// declared subject's name). Cc and Bcc names claim no party.
const HEADER: Fam = fam(4, "name.email_header", 0.85, Some(Party::Reporter));
/// The person the writer reports for ("my gran wants me to write this for
/// her … she is Gwenllian ap Rhys", "on behalf of my mum, Maureen Tate"):
/// the reporter in substance. Unclaimed when it is a declared subject's
/// name.
const PROXY: Fam = fam(4, "name.proxy", 0.8, Some(Party::Reporter));
/// "SURNAME, Forename" alone on a line, without a cue.
const SURNAME_FIRST: Fam = fam(2, "name.surname_first", 0.8, None);
/// The sender of a chat-export line ("14/02/2025, 22:43 - Jo Bloggs: …").
const CHAT_SENDER: Fam = fam(4, "name.chat_sender", 0.85, None);
const TITLE: Fam = fam(3, "name.title", 0.9, None);
const RANK: Fam = fam(3, "name.rank", 0.85, None);

/// Where a cue's name starts and how it may be written.
#[derive(Clone, Copy)]
struct CueAt {
    /// The name's first token.
    start: usize,
    /// Any lower-case word may be part of the name ("Name: jo bloggs").
    loose: bool,
    /// The cue is about the writer ([`SELF_CUE`]).
    reporter: bool,
    /// A single word must be a gazetteer name ("advertise as Lexi").
    strict: bool,
    /// The name must end its clause or line ("Me: Sajid Mahmood, sole
    /// trader", not "Me: Tell Dave to stop").
    bounded: bool,
}

/// The writer, or the caller in a call handler's notes.
const WRITER: &[&str] = &["i", "i'm", "im", "i've", "ive", "i'd", "we"];
const WRITER_OR_CALLER: &[&str] = &[
    "i",
    "i'm",
    "im",
    "i've",
    "ive",
    "i'd",
    "caller",
    "callers",
    "caller's",
    "informant",
    "complainant",
    "reporter",
    // Call-handler shorthand: "IP" (injured party) and "C/L" (caller,
    // tokenised "c" "l": see `Scan::writer_before`).
    "ip",
    "ip's",
];
/// The writer as the owner of a name ("my name's …, you might see it
/// written …").
const MY_NAME: &[&str] = &["i", "i'm", "im", "i've", "ive", "i'd", "my", "me"];
/// The caller in a call handler's notes (not the handler's own "I").
const CALLER: &[&str] = &[
    "caller",
    "callers",
    "caller's",
    "informant",
    "complainant",
    "reporter",
    "ip",
    "ip's",
];
/// "call … and ask for Roisin": contact verbs before "ask for".
const CONTACT_VERBS: &[&str] = &[
    "call", "ring", "phone", "text", "contact", "reach", "message", "email", "whatsapp",
];
/// Another person between the writer and a cue.
const THIRD_PERSON: &[&str] = &["he", "she", "they", "him", "her", "his", "them", "their"];
/// Short words that close a message and are in no word list: never a
/// bare nickname sign-off ([`Scan::bare_nickname`]).
const CLOSERS: &[&str] = &[
    "anyway",
    "anyways",
    "bye",
    "byee",
    "lol",
    "lmao",
    "asap",
    "ta",
    "thx",
    "thanx",
    "ty",
    "tyvm",
    "pls",
    "plz",
    "idk",
    "tbh",
    "btw",
    "fyi",
    "ok",
    "okay",
    "okey",
    "k",
    "kk",
    "ffs",
    "omg",
    "smh",
    "ps",
    "pps",
    "nb",
    "end",
    "fin",
    "etc",
    "ect",
    "xo",
    "xoxo",
    "hun",
    "hon",
    "mate",
    "guys",
    "sir",
    "madam",
    "ma'am",
    "cheers",
    "ta-ra",
    "tara",
    "laters",
    "ciao",
    "soz",
    "sry",
    "cya",
    "ttyl",
    "amen",
    "innit",
    "aye",
    "naw",
    "nah",
    "yeah",
    "yep",
    "yes",
    "no",
    "nope",
    "help",
    "why",
    "now",
    "again",
    "today",
    "tonight",
    "tomorrow",
    "yet",
    "too",
    "still",
    "though",
    "tho",
    "there",
    "here",
    "home",
    "out",
    "up",
    "off",
    "on",
    "in",
    "it",
    "him",
    "her",
    "them",
    "me",
    "us",
    "you",
    "ya",
    "yous",
    "youse",
    "mine",
    "ours",
    "police",
    "lot",
    "more",
    "else",
    "all",
    "stuff",
    "things",
    "money",
    "cash",
    "sake",
    "justice",
    "please",
    "thanks",
    "sorry",
    "urgent",
    "disgusting",
    "disgraceful",
    "unbelievable",
    "unreal",
    "shocking",
    "wrong",
    "scared",
    "terrified",
    "worried",
    "afraid",
    "ashamed",
    "embarrassed",
    "alone",
    "hopeless",
    "desperate",
    "exhausted",
    "tired",
    "done",
    "over",
    "enough",
    "true",
    "serious",
    "seriously",
    "honestly",
    "really",
    "x",
    "xx",
    "xxx",
    "once",
    "twice",
    "thrice",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "twenty",
    "dozen",
    "daily",
    "weekly",
    "nightly",
    "always",
    "never",
    "often",
    "lots",
    "loads",
    "soon",
    "later",
    "since",
    "before",
    "after",
    "ago",
    "noon",
    "midday",
    "tonite",
    "yday",
    "tmrw",
    "fine",
    "sorted",
    "nothing",
    "none",
    "whatever",
    "everyone",
    "nobody",
    "someone",
    "anyone",
    "anon",
    "private",
    "unknown",
    "nil",
    "tbc",
    "tba",
    "urgently",
    "quickly",
    "signed",
    "regards",
    "thank",
    "thanku",
    "thnx",
    "tq",
    "grateful",
    "respect",
    "peace",
    "god",
    "bless",
    "hope",
    "how",
    "what",
    "when",
    "where",
    "who",
    "whom",
    "which",
    "wtf",
    "hmm",
    "ugh",
    "sigh",
    "argh",
    // Outcomes and gradings that close a call note or a form ("DASH
    // completed - medium.", "Risk: high", "Status - pending"): facts, not
    // a nickname.
    "standard",
    "medium",
    "med",
    "high",
    "low",
    "red",
    "amber",
    "green",
    "open",
    "closed",
    "pending",
    "ongoing",
    "live",
    "active",
    "routine",
    "nfa",
    "neg",
    "pos",
    "na",
    "same",
    "ditto",
    "above",
    "below",
    "safe",
    "well",
    "good",
    "bad",
    "poor",
    "unsure",
    "maybe",
];

/// Verbs that often follow an all-caps name ("DEREK LIVING AT …").
const AFTER_NAME_VERBS: &[&str] = &[
    "living",
    "working",
    "aged",
    "age",
    "born",
    "calling",
    "writing",
    "reporting",
    "speaking",
    "here",
    "from",
];

struct Cand {
    range: Range<usize>,
    /// Token range of the name.
    toks: Range<usize>,
    prio: u8,
    detector: &'static str,
    confidence: f32,
    hint: Option<Party>,
}

/// Finds person names (`Kind::Name`) in normalised text. Built once; holds
/// only the word table, so it is `Send + Sync` and cheap to share.
pub(crate) struct NameDetector {
    /// Every word of the gazetteers and the fixed word lists, with the
    /// lists it is in as bit flags: one look-up classifies a token.
    words: WordTable,
    /// Gazetteer sizes, for `Debug`.
    sizes: [usize; 5],
}

impl fmt::Debug for NameDetector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [forenames, surnames, ambiguous, nonnames, stopwords] = self.sizes;
        f.debug_struct("NameDetector")
            .field("forenames", &forenames)
            .field("surnames", &surnames)
            .field("ambiguous", &ambiguous)
            .field("nonnames", &nonnames)
            .field("stopwords", &stopwords)
            .finish()
    }
}

/// Word-list flags (see [`Word`]).
mod flag {
    pub(super) const FORE: u32 = 1 << 0;
    pub(super) const SUR: u32 = 1 << 1;
    pub(super) const AMBIGUOUS_FLAG: u32 = 1 << 2;
    pub(super) const NONNAME: u32 = 1 << 3;
    pub(super) const STOP: u32 = 1 << 4;
    pub(super) const PLACE_SUFFIX: u32 = 1 << 5;
    pub(super) const PLACE_PREFIX: u32 = 1 << 6;
    pub(super) const PARTICLE: u32 = 1 << 7;
    pub(super) const PERSON_WORD: u32 = 1 << 8;
    pub(super) const RELATION: u32 = 1 << 9;
    pub(super) const GREETING: u32 = 1 << 10;
    pub(super) const FILLER: u32 = 1 << 11;
    pub(super) const TITLE: u32 = 1 << 12;
    pub(super) const TITLE_LOWER: u32 = 1 << 13;
    pub(super) const RANK_ABBREVIATION: u32 = 1 << 14;
    pub(super) const LOWER_RANK_ABBREVIATION: u32 = 1 << 15;
    pub(super) const RANK_WORD: u32 = 1 << 16;
    pub(super) const FORMAL_RANK_WORD: u32 = 1 << 17;
    /// The first word of a context family (see [`super::TRIGGER_LISTS`]).
    pub(super) const TRIGGER: u32 = 1 << 18;
    /// "name", "names": a cue when the word after the next is "is".
    pub(super) const NAME: u32 = 1 << 19;
    /// "here", "speaking": closes a self-introduction.
    pub(super) const HERE: u32 = 1 << 20;
    /// The first word of a self-introduction phrase (see
    /// [`super::INTRO_STARTS`]).
    pub(super) const INTRO_START: u32 = 1 << 21;
    /// The first word of a sign-off phrase (see [`super::SIGN_OFF_STARTS`]).
    pub(super) const SIGN_OFF_START: u32 = 1 << 22;
    /// The first word of a cue (see [`super::CUE_STARTS`]).
    pub(super) const CUE_START: u32 = 1 << 23;
    /// An email header label ("from", "to", "subject" …: see
    /// [`super::HEADER_LABELS`]), on the lower-cased core.
    pub(super) const HEADER_LABEL: u32 = 1 << 24;
    /// The first word of a proxy phrase (see [`super::PROXY_STARTS`]), on
    /// the whole lower-cased token.
    pub(super) const PROXY_START: u32 = 1 << 25;
}

/// The labels `Scan::header_label` matches: a token without
/// [`flag::HEADER_LABEL`] skips its gap tests.
const HEADER_LABELS: &[&str] = &["from", "to", "cc", "bcc", "subject", "sent", "date", "re"];

/// The acts of `Scan::proxy_phrase` ("write this for her").
const PROXY_ACTS: &[&str] = &[
    "write",
    "writing",
    "report",
    "reporting",
    "send",
    "sending",
    "type",
    "typing",
    "fill",
    "filling",
    "do",
    "doing",
    "contact",
    "tell",
];

/// Every first word of `Scan::proxy_phrase` besides [`PROXY_ACTS`]: a
/// token without [`flag::PROXY_START`] starts no proxy phrase.
const PROXY_STARTS: &[&str] = &["on", "asked", "asks", "wants", "wanted", "got"];

/// Every first word of the phrases matched in `Scan::context_families`
/// ("my name is", "i'm", "call me", "this is", "it's … here"): a token
/// without [`flag::INTRO_START`] skips those string matches.
const INTRO_STARTS: &[&str] = &[
    "my", "i", "i'm", "im", "call", "calls", "know", "knows", "this", "it's", "its", "it", "am",
    "a'm", "ah'm", "me", "ma",
];

/// Every first word of `Scan::sign_off_phrase`.
const SIGN_OFF_STARTS: &[&str] = &[
    "thank",
    "thanks",
    "many",
    "kind",
    "kindest",
    "best",
    "warm",
    "warmest",
    "yours",
    "sent",
    "with",
    "all",
    "take",
    "thx",
    "ta",
    "regards",
    "cheers",
    "sincerely",
    "love",
    "from",
    "signed",
    "respectfully",
    "rgds",
    "thankyou",
    "x",
    "xx",
    "xxx",
];

/// Every first word of `Scan::cue` (besides "… name(s) is", which the
/// next token's [`flag::NAME`] shows).
const CUE_STARTS: &[&str] = &[
    "name",
    "initials",
    "me",
    "my",
    "your",
    "about",
    "reporter",
    "reporter's",
    "caller",
    "caller's",
    "complainant",
    "informant",
    "involved",
    "victim",
    "victims",
    "witness",
    "witnesses",
    "them",
    "child",
    "known",
    "ask",
    "asked",
    "asking",
    "goes",
    "go",
    "named",
    "called",
    "aka",
    "nicknamed",
    "speak",
    "spoke",
    "give",
    "gave",
    "gives",
    "giving",
    "provided",
    "advertise",
    "advertised",
    "advertises",
    "advertising",
    "work",
    "works",
    "worked",
    "working",
    "trade",
    "trading",
    "post",
    "posted",
    "posting",
    "operate",
    "operating",
    "under",
    "by",
    "use",
    "used",
    "uses",
    "using",
    "client",
    "client's",
    "clients",
    "service",
    "survivor",
    "survivor's",
    "patient",
    "patient's",
    "victim's",
    "member",
    "member's",
    "constituent",
    "constituent's",
    "resident",
    "resident's",
    "our",
    "re",
    "ip",
    "l",
    "maiden",
    "birth",
    "previous",
    "former",
    "nee",
    "née",
    "born",
    "formerly",
    "contact",
    "best",
    "preferred",
    // Names given in passing: "I said Kezia", "you might see it written
    // Keeva O'Doherty".
    "said",
    "told",
    "replied",
    "answered",
    "written",
    "spelt",
    "spelled",
    "what",
];

/// The words a context family can start at (the first word of its
/// phrase, matched on the whole lower-cased token): self-introductions,
/// sign-offs and cues, plus the relations (flagged with them). Titles and
/// ranks have their own flags. A token that is none of these, is not
/// followed by "name(s)", has no dash before it and no "here"/"speaking"
/// within six tokens after it starts no context family
/// (`Scan::context_families` checks this first).
const TRIGGER_LISTS: [&[&str]; 3] = [INTRO_STARTS, SIGN_OFF_STARTS, CUE_STARTS];

/// A word of the table and the lists it is in. Hashes and compares as its
/// text, so the table is looked up with a `&str`.
#[derive(Clone, Copy, Debug)]
struct Word {
    text: &'static str,
    flags: u32,
}

impl PartialEq for Word {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl Eq for Word {}

impl std::hash::Hash for Word {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.text.hash(state);
    }
}

impl std::borrow::Borrow<str> for Word {
    fn borrow(&self) -> &str {
        self.text
    }
}

/// The word table for look-ups: open addressing over a power-of-two slot
/// array at most half full, each word stored with its first eight bytes as
/// one integer. A word of up to eight bytes (almost every word of prose)
/// is found with one multiply for the hash and integer compares, without
/// a byte-string comparison; a longer one compares its bytes once the
/// first eight match. Built once from the set the lists are merged in.
#[derive(Debug)]
struct WordTable {
    /// Entry index + 1 per slot; 0 marks an empty slot.
    slots: Vec<u32>,
    /// `slots.len() - 1`.
    mask: usize,
    /// Per entry: its head ([`head`]) and the word.
    entries: Vec<(u64, Word)>,
}

/// The first eight bytes of `b` as a zero-padded little-endian integer,
/// without a byte loop (4 to 7 bytes as their first and last four,
/// overlapping; 1 to 3 as the first, middle and last byte).
#[inline]
fn head(b: &[u8]) -> u64 {
    if let Some(w) = b.first_chunk::<8>() {
        return u64::from_le_bytes(*w);
    }
    let n = b.len();
    match (b.first_chunk::<4>(), b.last_chunk::<4>()) {
        (Some(x), Some(y)) => {
            u64::from(u32::from_le_bytes(*x)) | u64::from(u32::from_le_bytes(*y)) << (8 * (n - 4))
        }
        _ => {
            let at = |k: usize| u64::from(b.get(k).copied().unwrap_or(0)) << (8 * k);
            at(0) | at(n / 2) | at(n.saturating_sub(1))
        }
    }
}

impl WordTable {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    fn new(words: &HashSet<Word>) -> Self {
        let mut entries: Vec<(u64, Word)> = words
            .iter()
            .map(|w| (head(w.text.as_bytes()), *w))
            .collect();
        // A fixed order, so the table does not depend on the set's.
        entries.sort_unstable_by_key(|(_, w)| w.text);
        let size = (entries.len() * 2 + 2).next_power_of_two();
        let mut table = Self {
            slots: vec![0; size],
            mask: size - 1,
            entries,
        };
        for (k, (h, w)) in table.entries.iter().enumerate() {
            let mut i = table.slot_of(*h, w.text.len());
            while let Some(s) = table.slots.get_mut(i) {
                if *s == 0 {
                    *s = u32::try_from(k + 1).unwrap_or(0);
                    break;
                }
                i = (i + 1) & table.mask;
            }
        }
        table
    }

    #[inline]
    fn slot_of(&self, head: u64, len: usize) -> usize {
        let h = (head ^ (len as u64).rotate_right(8)).wrapping_mul(Self::SEED);
        (h >> 32) as usize & self.mask
    }

    /// The flags of `word` (0 when not in the table).
    #[inline]
    fn flags(&self, word: &[u8]) -> u32 {
        let h = head(word);
        let mut i = self.slot_of(h, word.len());
        // At most half full: an empty slot ends every probe; the bound
        // only guards the loop.
        for _ in 0..self.slots.len() {
            let Some(&s) = self.slots.get(i) else {
                return 0;
            };
            let Some((eh, e)) = (s as usize)
                .checked_sub(1)
                .and_then(|k| self.entries.get(k))
            else {
                return 0;
            };
            if *eh == h
                && e.text.len() == word.len()
                && (word.len() <= 8 || e.text.as_bytes() == word)
            {
                return e.flags;
            }
            i = (i + 1) & self.mask;
        }
        0
    }

    /// Every word with its flags.
    #[cfg(test)]
    fn iter(&self) -> impl Iterator<Item = &Word> {
        self.entries.iter().map(|(_, w)| w)
    }
}

fn word_list(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

#[cfg(test)]
fn word_set(data: &'static str) -> HashSet<&'static str> {
    word_list(data).collect()
}

/// Adds `flags` to every word of `words` in the table.
fn add_words<'w>(
    table: &mut HashSet<Word>,
    words: impl IntoIterator<Item = &'w &'static str>,
    flags: u32,
) {
    for &w in words {
        add_word(table, w, flags);
    }
}

fn add_word(table: &mut HashSet<Word>, text: &'static str, flags: u32) {
    let flags = flags | table.get(text).map_or(0, |w| w.flags);
    table.replace(Word { text, flags });
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

fn is_joiner(c: char) -> bool {
    is_apostrophe(c) || c == '-' || c == '\u{2010}'
}

/// Whether the gap between two name tokens is plain spacing.
fn space_gap(g: &str) -> bool {
    !g.is_empty() && g.chars().all(|c| c == ' ' || c == '\t')
}

/// Whether the gap after an initial is acceptable ("J. Smith", "J Smith",
/// "J.Smith").
fn initial_gap(g: &str) -> bool {
    let rest = g.strip_prefix('.').unwrap_or(g);
    (!g.is_empty()) && rest.chars().all(|c| c == ' ' || c == '\t')
}

impl NameDetector {
    /// Builds the detector from the bundled gazetteers.
    pub(crate) fn new() -> crate::Result<Self> {
        let mut words: HashSet<Word> = HashSet::default();
        let mut sizes = [0usize; 5];
        let lists = [
            (FORENAMES, flag::FORE),
            (SURNAMES, flag::SUR),
            (AMBIGUOUS, flag::AMBIGUOUS_FLAG),
            (NONNAMES, flag::NONNAME),
            (STOPWORDS, flag::STOP),
        ];
        for ((data, f), size) in lists.into_iter().zip(sizes.iter_mut()) {
            let list: Vec<&'static str> = word_list(data).collect();
            let distinct: HashSet<&str> = list.iter().copied().collect();
            *size = distinct.len();
            add_words(&mut words, &list, f);
        }
        add_words(&mut words, PLACE_SUFFIXES, flag::PLACE_SUFFIX);
        add_words(&mut words, PLACE_PREFIXES, flag::PLACE_PREFIX);
        add_words(&mut words, PARTICLES, flag::PARTICLE);
        add_words(&mut words, PERSON_WORDS, flag::PERSON_WORD);
        add_words(&mut words, RELATIONS, flag::RELATION | flag::TRIGGER);
        add_words(&mut words, GREETINGS, flag::GREETING);
        add_words(&mut words, FILLERS, flag::FILLER);
        add_words(&mut words, RANK_ABBREVIATIONS, flag::RANK_ABBREVIATION);
        add_words(
            &mut words,
            LOWER_RANK_ABBREVIATIONS,
            flag::LOWER_RANK_ABBREVIATION,
        );
        for list in TRIGGER_LISTS {
            add_words(&mut words, list, flag::TRIGGER);
        }
        add_words(&mut words, &["name", "names"], flag::NAME);
        add_words(&mut words, &["here", "speaking"], flag::HERE);
        add_words(&mut words, INTRO_STARTS, flag::INTRO_START);
        add_words(&mut words, SIGN_OFF_STARTS, flag::SIGN_OFF_START);
        add_words(&mut words, CUE_STARTS, flag::CUE_START);
        add_words(&mut words, HEADER_LABELS, flag::HEADER_LABEL);
        add_words(&mut words, PROXY_STARTS, flag::PROXY_START);
        add_words(&mut words, PROXY_ACTS, flag::PROXY_START);
        for &(w, lower_ok) in TITLES {
            add_word(
                &mut words,
                w,
                flag::TITLE | if lower_ok { flag::TITLE_LOWER } else { 0 },
            );
        }
        for &(w, formal) in RANK_WORDS {
            add_word(
                &mut words,
                w,
                flag::RANK_WORD | if formal { flag::FORMAL_RANK_WORD } else { 0 },
            );
        }
        let [forenames, surnames, ..] = sizes;
        if forenames == 0 || surnames == 0 {
            return Err(Error::new(
                ErrorKind::InvalidPattern,
                "name gazetteer is empty",
            ));
        }
        Ok(Self {
            words: WordTable::new(&words),
            sizes,
        })
    }

    /// The list flags of a lower-cased word (0 when in no list).
    fn flags(&self, lo: &str) -> u32 {
        self.words.flags(lo.as_bytes())
    }

    /// Appends a `Kind::Name` finding for every person name in `norm`.
    /// Ranges are byte ranges in `norm`, on character boundaries.
    ///
    /// Once a name is attributed to the reporter by a self-introduction or a
    /// sign-off, every other occurrence of any of its parts in the same text
    /// is the reporter's too ("I'm Jo Bloggs … Jo saw him … Thanks, Jo"): a
    /// second pass over the tokens (one `HashSet` look-up each) marks them,
    /// except inside a rank + name ("PC Bloggs") and parts of the subject's
    /// declared name in `ctx`, which stay the officer's.
    pub(crate) fn find(&self, norm: &str, ctx: &TextContext, out: &mut Vec<Finding>) {
        self.find_with(norm, ctx, out, true);
    }

    /// [`NameDetector::find`]; `prefilter: false` runs every context family
    /// at every token (tests check that the prefilter changes nothing).
    fn find_with(&self, norm: &str, ctx: &TextContext, out: &mut Vec<Finding>, prefilter: bool) {
        let mut lower = String::with_capacity(norm.len());
        let toks = self.tokenise(norm, &mut lower);
        if toks.is_empty() {
            return;
        }
        let s = Scan {
            norm,
            lower: &lower,
            toks: &toks,
            first_newline: memchr_newline(norm),
        };
        let mut covered = vec![false; toks.len()];
        let mut cands: Vec<Cand> = Vec::new();
        // The first "here"/"speaking" token after `i` (or the end).
        let mut next_here = 0;
        for i in 0..toks.len() {
            if next_here <= i {
                next_here = (i + 1..toks.len())
                    .find(|&k| s.full_flags(k) & flag::HERE != 0)
                    .unwrap_or(toks.len());
            }
            if !prefilter || s.may_start_family(i, next_here) {
                s.context_families(i, &mut covered, &mut cands, prefilter);
            }
        }
        // Families that need no first word (the same with or without the
        // prefilter): "SURNAME, Forename" lines, chat senders, a bare
        // closing name.
        s.line_families(ctx, &mut covered, &mut cands, prefilter);
        s.unclaim_subject_names(ctx, &mut cands);
        let mut i = 0;
        while i < toks.len() {
            i = s.gazetteer(i, &mut covered, &mut cands);
        }
        s.reporter_repeats(ctx, &mut cands);
        merge(cands, out);
    }

    /// The class of a token from its lower-cased core `lo`, the core's list
    /// flags `f` and the core as written.
    fn classify(&self, lo: &str, f: u32, original: &str) -> Class {
        let has = |f: u32, bit: u32| f & bit != 0;
        if has(f, flag::AMBIGUOUS_FLAG) {
            return Class::Ambiguous {
                sur: has(f, flag::SUR),
            };
        }
        if has(f, flag::STOP) {
            return Class::Block;
        }
        if has(f, flag::NONNAME) {
            // "Costa", "Poole", "Christian": a place or word that is also a
            // gazetteer name needs a second signal, like the ambiguous ones.
            let sur = has(f, flag::SUR);
            if sur || has(f, flag::FORE) {
                return Class::Ambiguous { sur };
            }
            return Class::Block;
        }
        let mut fore = has(f, flag::FORE);
        let mut sur = has(f, flag::SUR);
        if !fore && !sur {
            // Compound and prefixed forms: "Mary-Jane", "McAllister-Jones",
            // "O'Neill", "MacLeod".
            // The lower-cased form holds every apostrophe as '\''; one
            // pass over the (short) word finds both joiners.
            let (apostrophe, hyphen) = lo.bytes().fold((false, false), |(a, h), b| {
                (a || b == b'\'', h || b == b'-')
            });
            if apostrophe {
                let bare: String = lo.chars().filter(|c| !is_apostrophe(*c)).collect();
                if has(self.flags(&bare), flag::SUR) {
                    sur = true;
                }
            }
            if hyphen {
                for part in lo.split('-') {
                    let pf = self.flags(part);
                    fore |= has(pf, flag::FORE);
                    sur |= has(pf, flag::SUR) && !has(pf, flag::AMBIGUOUS_FLAG);
                }
            }
            if !sur && has_surname_prefix(original) {
                sur = true;
            }
        }
        if fore || sur {
            Class::Strong { fore, sur }
        } else {
            Class::Unknown
        }
    }

    /// Splits `norm` into tokens: letters and digits, with an apostrophe or
    /// hyphen kept between two of them, and classifies each with one table
    /// look-up (two for a possessive).
    ///
    /// `lower` receives an ASCII-lower-cased copy of the whole text (one
    /// vectorised pass), so an ASCII token's lower-cased form lies at its
    /// own offsets there and is never copied; a token with any other
    /// character is lower-cased and appended after the copy. ASCII bytes
    /// are classified without decoding. The result is the same as
    /// decoding every character (a test compares both).
    fn tokenise(&self, norm: &str, lower: &mut String) -> Vec<Tok> {
        lower.clear();
        lower.push_str(norm);
        lower.make_ascii_lowercase();
        let bytes = norm.as_bytes();
        // About one token per six bytes of prose; growth covers the rest
        // (a larger first guess raises the peak memory of short texts).
        let mut toks = Vec::with_capacity(norm.len() / 8 + 1);
        let mut p = 0;
        let mut dash_before = false;
        while let Some(&b) = bytes.get(p) {
            let class = BYTE_CLASS[usize::from(b)];
            let c = if class & WIDE == 0 {
                if class & ALNUM == 0 {
                    dash_before |= class & DASH != 0;
                    p += 1;
                    continue;
                }
                char::from(b)
            } else {
                let Some(c) = char_at(norm, p) else {
                    break;
                };
                if !c.is_alphanumeric() {
                    dash_before |= matches!(c, '\u{2013}' | '\u{2014}');
                    p += c.len_utf8();
                    continue;
                }
                c
            };
            let start = p;
            let mut end = p + c.len_utf8();
            let mut ascii = c.is_ascii();
            while let Some(&b2) = bytes.get(end) {
                // A joiner counts only between two alphanumerics.
                let class = BYTE_CLASS[usize::from(b2)];
                if class & ALNUM != 0 {
                    end += 1;
                } else if class & JOIN != 0 {
                    if !alnum_at(norm, end + 1) {
                        break;
                    }
                    end += 1;
                } else if class & WIDE == 0 {
                    break;
                } else {
                    let Some(c2) = char_at(norm, end) else {
                        break;
                    };
                    let takes = c2.is_alphanumeric()
                        || is_joiner(c2) && alnum_at(norm, end + c2.len_utf8());
                    if !takes {
                        break;
                    }
                    end += c2.len_utf8();
                    ascii = false;
                }
            }
            p = end;
            let gap_dash = std::mem::take(&mut dash_before);
            let Some(word) = norm.get(start..end) else {
                continue;
            };
            let mut core_end = end;
            let mut possessive = false;
            if matches!(word.as_bytes().last(), Some(b's' | b'S')) {
                for suffix in ["'s", "\u{2019}s", "'S", "\u{2019}S"] {
                    if word.len() > suffix.len() && word.ends_with(suffix) {
                        core_end = end - suffix.len();
                        possessive = true;
                        break;
                    }
                }
            }
            if !possessive {
                // "Bloggs' car": a trailing apostrophe then a non-letter.
                let next = char_at(norm, end);
                if next.is_some_and(is_apostrophe) {
                    let after = norm.get(end..).and_then(|r| r.chars().nth(1));
                    if !after.is_some_and(char::is_alphanumeric) {
                        possessive = word.ends_with('s') || word.ends_with('S');
                    }
                }
            }
            let core = norm.get(start..core_end).unwrap_or(word);
            let (lo, full) = if ascii {
                (start..core_end, start..end)
            } else {
                let lo_start = lower.len();
                let mut cle = lo_start;
                for (k, ch) in word.char_indices() {
                    if start + k == core_end {
                        cle = lower.len();
                    }
                    if is_apostrophe(ch) {
                        lower.push('\'');
                    } else {
                        lower.extend(ch.to_lowercase());
                    }
                }
                if core_end == end {
                    cle = lower.len();
                }
                (lo_start..cle, lo_start..lower.len())
            };
            let lo_str = lower.get(lo.clone()).unwrap_or("");
            let lo_flags = self.flags(lo_str);
            let full_flags = if core_end == end {
                lo_flags
            } else {
                self.flags(lower.get(full.clone()).unwrap_or(""))
            };
            let shape = if ascii {
                shape_of_ascii(core.as_bytes())
            } else {
                shape_of(core)
            };
            let class = match shape {
                Shape::Other => Class::Unknown,
                _ => self.classify(lo_str, lo_flags, core),
            };
            toks.push(Tok {
                start,
                end,
                core_end,
                lo,
                full,
                lo_flags,
                full_flags,
                shape,
                possessive,
                dash_before: gap_dash,
                class,
            });
        }
        toks
    }

    /// The tokeniser as first written, decoding every character and
    /// lower-casing each token into `lower`: the tests check that
    /// [`NameDetector::tokenise`] gives the same tokens.
    #[cfg(test)]
    fn tokenise_reference(&self, norm: &str, lower: &mut String) -> Vec<Tok> {
        // About one token per six bytes of prose; growth covers the rest.
        let mut toks = Vec::with_capacity(norm.len() / 8 + 1);
        let mut p = 0;
        let mut dash_before = false;
        while let Some(c) = char_at(norm, p) {
            if !c.is_alphanumeric() {
                dash_before |= matches!(c, '-' | '\u{2013}' | '\u{2014}' | '~');
                p += c.len_utf8();
                continue;
            }
            let start = p;
            let mut end = p + c.len_utf8();
            let mut ascii = c.is_ascii();
            while let Some(c2) = char_at(norm, end) {
                // A joiner counts only between two alphanumerics.
                let takes = c2.is_alphanumeric()
                    || is_joiner(c2)
                        && char_at(norm, end + c2.len_utf8()).is_some_and(char::is_alphanumeric);
                if !takes {
                    break;
                }
                end += c2.len_utf8();
                ascii &= c2.is_ascii();
            }
            p = end;
            let gap_dash = std::mem::take(&mut dash_before);
            let Some(word) = norm.get(start..end) else {
                continue;
            };
            let mut core_end = end;
            let mut possessive = false;
            for suffix in ["'s", "\u{2019}s", "'S", "\u{2019}S"] {
                if word.len() > suffix.len() && word.ends_with(suffix) {
                    core_end = end - suffix.len();
                    possessive = true;
                    break;
                }
            }
            if !possessive {
                // "Bloggs' car": a trailing apostrophe then a non-letter.
                let next = char_at(norm, end);
                if next.is_some_and(is_apostrophe) {
                    let after = norm.get(end..).and_then(|r| r.chars().nth(1));
                    if !after.is_some_and(char::is_alphanumeric) {
                        possessive = word.ends_with('s') || word.ends_with('S');
                    }
                }
            }
            let core = norm.get(start..core_end).unwrap_or(word);
            let lo_start = lower.len();
            let core_lower_end;
            if ascii {
                // Byte for byte: ASCII lower-casing keeps every length.
                lower.push_str(word);
                if let Some(w) = lower.get_mut(lo_start..) {
                    w.make_ascii_lowercase();
                }
                core_lower_end = lo_start + (core_end - start);
            } else {
                let mut cle = lo_start;
                for (k, ch) in word.char_indices() {
                    if start + k == core_end {
                        cle = lower.len();
                    }
                    if is_apostrophe(ch) {
                        lower.push('\'');
                    } else {
                        lower.extend(ch.to_lowercase());
                    }
                }
                if core_end == end {
                    cle = lower.len();
                }
                core_lower_end = cle;
            }
            let lo = lo_start..core_lower_end;
            let full = lo_start..lower.len();
            let lo_str = lower.get(lo.clone()).unwrap_or("");
            let lo_flags = self.flags(lo_str);
            let full_flags = if core_end == end {
                lo_flags
            } else {
                self.flags(lower.get(full.clone()).unwrap_or(""))
            };
            let shape = shape_of(core);
            let class = match shape {
                Shape::Other => Class::Unknown,
                _ => self.classify(lo_str, lo_flags, core),
            };
            toks.push(Tok {
                start,
                end,
                core_end,
                lo,
                full,
                lo_flags,
                full_flags,
                shape,
                possessive,
                dash_before: gap_dash,
                class,
            });
        }
        toks
    }
}

/// Byte classes for the tokeniser's ASCII path (see [`BYTE_CLASS`]).
const ALNUM: u8 = 1;
/// `'` or `-`: part of a token between two alphanumerics.
const JOIN: u8 = 2;
/// `-` or `~`: a dash before a token ("- Jo").
const DASH: u8 = 4;
/// Not ASCII: decode the character.
const WIDE: u8 = 8;

/// The class bits of every byte, so the tokeniser tests a byte with one
/// load instead of a chain of range compares.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0usize;
    while b < 256 {
        let c = b as u8;
        t[b] = if !c.is_ascii() {
            WIDE
        } else if c.is_ascii_alphanumeric() {
            ALNUM
        } else if c == b'-' {
            JOIN | DASH
        } else if c == b'\'' {
            JOIN
        } else if c == b'~' {
            DASH
        } else {
            0
        };
        b += 1;
    }
    t
};

/// The character at byte `p` of `s` (a character boundary), without
/// decoding when it is ASCII.
#[inline]
fn char_at(s: &str, p: usize) -> Option<char> {
    match s.as_bytes().get(p) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => s.get(p..).and_then(|r| r.chars().next()),
        None => None,
    }
}

/// Whether the character at byte `p` of `s` is alphanumeric.
#[inline]
fn alnum_at(s: &str, p: usize) -> bool {
    match s.as_bytes().get(p) {
        Some(&b) if b.is_ascii() => BYTE_CLASS[usize::from(b)] & ALNUM != 0,
        Some(_) => char_at(s, p).is_some_and(char::is_alphanumeric),
        None => false,
    }
}

fn has_surname_prefix(original: &str) -> bool {
    let mut cs = original.chars();
    let a = cs.next();
    let b = cs.next();
    let c = cs.next();
    let d = cs.next();
    match (a, b, c, d) {
        (Some('M'), Some('c'), Some(x), Some(_)) if x.is_uppercase() => true,
        (Some('M'), Some('a'), Some('c'), Some(x)) if x.is_uppercase() => true,
        (Some('O'), Some(ap), Some(x), Some(_)) if is_apostrophe(ap) && x.is_uppercase() => true,
        _ => false,
    }
}

/// [`shape_of`] for an ASCII core, byte by byte.
fn shape_of_ascii(core: &[u8]) -> Shape {
    let Some((&first, rest)) = core.split_first() else {
        return Shape::Other;
    };
    if first.is_ascii_lowercase() {
        return Shape::Lower;
    }
    if !first.is_ascii_uppercase() || core.iter().any(u8::is_ascii_digit) {
        return Shape::Other;
    }
    let mut any = false;
    for c in rest.iter().filter(|c| c.is_ascii_alphabetic()) {
        any = true;
        if c.is_ascii_lowercase() {
            return Shape::Cap;
        }
    }
    if any { Shape::Upper } else { Shape::Initial }
}

fn shape_of(core: &str) -> Shape {
    let mut cs = core.chars();
    let Some(first) = cs.next() else {
        return Shape::Other;
    };
    if first.is_lowercase() {
        return Shape::Lower;
    }
    if !first.is_uppercase() {
        return Shape::Other;
    }
    if core.bytes().any(|b| b.is_ascii_digit()) {
        return Shape::Other;
    }
    let mut any = false;
    let mut lower = false;
    for c in cs.filter(|c| c.is_alphabetic()) {
        any = true;
        if c.is_lowercase() {
            lower = true;
            break;
        }
    }
    if !any {
        Shape::Initial
    } else if lower {
        Shape::Cap
    } else {
        Shape::Upper
    }
}

struct Scan<'a> {
    norm: &'a str,
    lower: &'a str,
    toks: &'a [Tok],
    /// Byte offset of the first line break in `norm` (its length when
    /// there is none).
    first_newline: usize,
}

/// The offset of the first `'\n'` in `s`, or its length.
fn memchr_newline(s: &str) -> usize {
    s.bytes().position(|b| b == b'\n').unwrap_or(s.len())
}

impl Scan<'_> {
    /// List flags of token `i`'s lower-cased core (0 past the end).
    fn lo_flags(&self, i: usize) -> u32 {
        self.toks.get(i).map_or(0, |t| t.lo_flags)
    }

    /// List flags of the whole lower-cased token `i` (0 past the end).
    fn full_flags(&self, i: usize) -> u32 {
        self.toks.get(i).map_or(0, |t| t.full_flags)
    }

    fn lo(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .and_then(|t| self.lower.get(t.lo.clone()))
            .unwrap_or("")
    }

    /// The whole lower-cased token, possessive included.
    fn full(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .and_then(|t| self.lower.get(t.full.clone()))
            .unwrap_or("")
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.full(i) == word
    }

    fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }

    /// The text between token `i - 1` and token `i` (before the first token:
    /// the text before it).
    fn gap(&self, i: usize) -> &str {
        let Some(t) = self.toks.get(i) else {
            return "";
        };
        let from = if i == 0 {
            0
        } else {
            self.toks.get(i - 1).map_or(0, |p| p.end)
        };
        self.norm.get(from..t.start).unwrap_or("")
    }

    /// The text after token `i` up to the next token or the end.
    fn gap_after(&self, i: usize) -> &str {
        let Some(t) = self.toks.get(i) else {
            return "";
        };
        match self.toks.get(i + 1) {
            Some(n) => self.norm.get(t.end..n.start).unwrap_or(""),
            None => self.norm.get(t.end..).unwrap_or(""),
        }
    }

    fn sentence_start(&self, i: usize) -> bool {
        if i == 0 {
            return true;
        }
        let g = self.gap(i);
        let prev_initial = self.tok(i - 1).is_some_and(|t| t.shape == Shape::Initial);
        // Byte tests: an ASCII byte never occurs inside a longer character.
        let b = g.as_bytes();
        b.iter().any(|c| {
            matches!(
                c,
                b'\n' | b'!' | b'?' | b':' | b';' | b'"' | b'(' | b'*' | b'>'
            )
        }) || (!g.is_ascii() && g.contains('\u{201c}'))
            || (b.contains(&b'.') && !prev_initial)
    }

    /// Token `i` ends its line (or the text).
    fn line_end_after(&self, i: usize) -> bool {
        i + 1 >= self.toks.len() || self.gap_after(i).contains('\n')
    }

    /// Token `i` ends a sentence, clause or the text.
    fn clause_end_after(&self, i: usize) -> bool {
        i + 1 >= self.toks.len()
            || self
                .gap_after(i)
                .contains(['\n', '.', '!', '?', ',', ';', ':', ')'])
    }

    fn greeting_before(&self, i: usize) -> bool {
        i > 0 && self.lo_flags(i - 1) & flag::GREETING != 0 && self.sentence_start(i - 1)
    }

    fn is_place_suffix(&self, i: usize) -> bool {
        (self
            .tok(i)
            .is_some_and(|t| t.shape != Shape::Lower && t.shape != Shape::Other)
            && self.lo_flags(i) & flag::PLACE_SUFFIX != 0)
            // "Charles Cross police station", "Jo Bloggs station"
            || self.is(i, "station")
            || (self.is(i, "police") && self.is(i + 1, "station"))
    }

    /// Whether token `i` may be part of a name under `p`; `first` is the
    /// shape of the name's first token (None for the first token itself).
    fn accept(&self, i: usize, p: Policy, first: Option<Shape>) -> bool {
        let Some(t) = self.tok(i) else {
            return false;
        };
        let lo = self.lo(i);
        match t.shape {
            Shape::Cap => match t.class {
                Class::Block => false,
                Class::Strong { .. } | Class::Ambiguous { .. } => true,
                Class::Unknown => {
                    if first.is_none() {
                        p.unknown_first
                    } else {
                        p.unknown_rest
                    }
                }
            },
            Shape::Upper => {
                matches!(t.class, Class::Strong { .. } | Class::Ambiguous { .. })
                    && first != Some(Shape::Lower)
            }
            Shape::Initial => {
                // An initial must be followed by more name; "I" and "A"
                // only with a dot ("A. Khan").
                let dotted = self.gap_after(i).starts_with('.');
                if (lo == "i" || lo == "a") && !dotted {
                    return false;
                }
                if first == Some(Shape::Lower) {
                    return false;
                }
                i + 1 < self.toks.len()
                    && initial_gap(self.gap_after(i))
                    && self.tok(i + 1).is_some_and(|n| {
                        matches!(n.shape, Shape::Cap | Shape::Initial | Shape::Upper)
                            && !matches!(n.class, Class::Block)
                    })
            }
            Shape::Lower => {
                if first.is_some() && t.lo_flags & flag::PARTICLE != 0 {
                    // "Ludwig van Beethoven", "bronwen da silva", "Pieter
                    // van der Berg"
                    let next_ok = |k: usize| {
                        self.tok(k).is_some_and(|n| {
                            n.shape == Shape::Cap
                                || first == Some(Shape::Lower) && n.shape == Shape::Lower
                        })
                    };
                    let double = self.tok(i + 1).is_some_and(|n| {
                        n.shape == Shape::Lower && n.lo_flags & flag::PARTICLE != 0
                    }) && space_gap(self.gap_after(i + 1))
                        && next_ok(i + 2);
                    return (next_ok(i + 1) || double) && space_gap(self.gap_after(i));
                }
                if first.is_none() && p.lower != Lower::No && self.lower_initial(i) {
                    // "j. dunmore"
                    return true;
                }
                if let Some(f) = first
                    && f != Shape::Lower
                {
                    return false;
                }
                match p.lower {
                    Lower::No => false,
                    Lower::Gazetteer => match t.class {
                        Class::Strong { fore, sur } => {
                            first.is_some() && sur || first.is_none() && (fore || sur)
                        }
                        Class::Ambiguous { sur } => {
                            first.is_some() && sur || first.is_none() && p.lower_ambiguous
                        }
                        _ => false,
                    },
                    Lower::Loose => {
                        !matches!(t.class, Class::Block)
                            && lo.chars().count() >= 2
                            && lo
                                .chars()
                                .all(|c| c.is_alphabetic() || c == '\'' || c == '-')
                    }
                }
            }
            Shape::Other => false,
        }
    }

    /// The longest name starting at token `i` under `p`.
    fn take_name(&self, i: usize, p: Policy) -> Option<Span> {
        let mut last: Option<usize> = None;
        let mut first_shape = None;
        let mut j = i;
        // A particle does not count towards the maximum ("Eoin Mac Giolla
        // Bhríde", "Pieter van der Berg").
        let mut particles = 0;
        while j < self.toks.len() && j < i + p.max + particles {
            if j > i {
                let prev_initial = self.tok(j - 1).is_some_and(|t| t.shape == Shape::Initial)
                    || self.lower_initial(j - 1);
                let g = self.gap(j);
                let ok = if prev_initial {
                    initial_gap(g)
                } else {
                    space_gap(g)
                };
                if !ok {
                    break;
                }
            }
            if !self.accept(j, p, first_shape) {
                break;
            }
            let t = self.tok(j)?;
            if first_shape.is_none() {
                first_shape = Some(t.shape);
            } else if t.lo_flags & flag::PARTICLE != 0 && particles < 2 {
                particles += 1;
            }
            last = Some(j);
            if t.possessive {
                break;
            }
            j += 1;
        }
        let mut last = last?;
        // Trim trailing initials and particles: a name ends in a word.
        while last > i {
            let t = self.tok(last)?;
            if t.shape == Shape::Initial
                || t.shape == Shape::Lower
                    && self.lo_flags(last) & flag::PARTICLE != 0
                    && first_shape != Some(Shape::Lower)
            {
                last -= 1;
            } else {
                break;
            }
        }
        let t_last = self.tok(last)?;
        if t_last.shape == Shape::Initial || self.lower_initial(last) {
            return None;
        }
        // "Victoria Road", "Jo Bloggs Station": a place, not a person.
        if !t_last.possessive && space_gap(self.gap_after(last)) && self.is_place_suffix(last + 1) {
            return None;
        }
        let span = Span { first: i, last };
        if !p.ambiguous_alone && self.all_weak(span) {
            return None;
        }
        Some(span)
    }

    /// A lower-case single letter with a dot, before a lower-case word
    /// ("j. dunmore").
    fn lower_initial(&self, i: usize) -> bool {
        self.tok(i)
            .is_some_and(|t| t.shape == Shape::Lower && t.end - t.start == 1 && self.lo(i) != "i")
            && self.gap_after(i).starts_with('.')
            && initial_gap(self.gap_after(i))
            && self
                .tok(i + 1)
                .is_some_and(|n| n.shape == Shape::Lower && n.end - n.start >= 2)
    }

    /// No token of the span is a strong gazetteer name or an initial.
    fn all_weak(&self, s: Span) -> bool {
        (s.first..=s.last).all(|k| {
            self.tok(k).is_some_and(|t| {
                !matches!(t.class, Class::Strong { .. }) && t.shape != Shape::Initial
            })
        })
    }

    fn range(&self, s: Span) -> Range<usize> {
        let start = self.tok(s.first).map_or(0, |t| t.start);
        let end = self.tok(s.last).map_or(start, |t| t.core_end);
        start..end
    }

    fn emit(&self, s: Span, fam: Fam, covered: &mut [bool], cands: &mut Vec<Cand>) {
        // The writer's other names are the writer's too: "Rebecca (Becky)
        // Pell", "Rebecca Pell (née Jones)", "Rebecca aka Becky" (one step:
        // no chain of "aka"s is followed).
        if fam.hint == Some(Party::Reporter) {
            if let Some(a) = self.alias_after(s) {
                self.emit_one(a, fam, covered, cands);
            }
            self.emit_one(self.bracketed_alias(s, false), fam, covered, cands);
        } else {
            // "PC Terence 'Tel' Mabbutt": a quoted nickname is inside
            // anyone's name.
            self.emit_one(self.bracketed_alias(s, true), fam, covered, cands);
        }
    }

    fn emit_one(&self, s: Span, fam: Fam, covered: &mut [bool], cands: &mut Vec<Cand>) {
        let Fam {
            prio,
            detector,
            confidence,
            hint,
        } = fam;
        for c in covered.iter_mut().take(s.last + 1).skip(s.first) {
            *c = true;
        }
        cands.push(Cand {
            range: self.range(s),
            toks: s.first..s.last + 1,
            prio,
            detector,
            confidence,
            hint,
        });
    }

    /// A name in brackets right after the name `s` ("Rebecca (Becky)",
    /// "Rebecca Pell (née Jones)", "(aka Becky)"): `s` grows over it, and
    /// over a surname after the bracket when `s` is a lone forename
    /// ("Rebecca (Becky) Pell"). The bracket holds one or two capitalised
    /// words that are not in a block list ("Jo (Tuesday)", "Jo (PC)" stay).
    fn bracketed_alias(&self, s: Span, quotes_only: bool) -> Span {
        let mut k = s.last + 1;
        let open = self.gap(k).trim_matches([' ', '\t']);
        if quotes_only && open == "(" {
            return s;
        }
        // "Terence 'Tel' Mabbutt", "Jo \"JJ\" Bloggs": a quoted nickname.
        let close_of = match open {
            "(" => ')',
            "'" | "\u{2018}" | "\u{2019}" => '\'',
            "\"" | "\u{201c}" | "\u{201d}" => '"',
            _ => return s,
        };
        if self.tok(s.last).is_some_and(|t| t.possessive) {
            return s;
        }
        let bracket = close_of == ')';
        if bracket
            && matches!(
                self.full(k),
                "nee" | "née" | "aka" | "formerly" | "was" | "maiden" | "also"
            )
            && space_gap(self.gap(k + 1))
        {
            k += 1;
        }
        let Some(inner) = self.take_name(
            k,
            Policy {
                unknown_first: true,
                max: 2,
                ..CONTEXT
            },
        ) else {
            return s;
        };
        let capitalised = (inner.first..=inner.last).all(|m| {
            self.tok(m)
                .is_some_and(|t| t.shape == Shape::Cap && !t.possessive)
        });
        let close = self.gap_after(inner.last);
        let closed = close
            .trim_start_matches([' ', '\t'])
            .chars()
            .next()
            .map(|c| match c {
                '\u{2019}' => '\'',
                '\u{201d}' => '"',
                c => c,
            })
            == Some(close_of);
        // A quoted word must be followed by the surname ("Jo 'Stop' he
        // said" is speech).
        if !capitalised || !closed || !bracket && inner.first != inner.last {
            return s;
        }
        let mut out = Span {
            first: s.first,
            last: inner.last,
        };
        // "Rebecca (Becky) Pell": the surname after it.
        let m = inner.last + 1;
        let close_space = {
            let mut rest = close.trim_start_matches([' ', '\t']).chars();
            rest.next();
            rest.as_str() == " "
        };
        if s.first == s.last
            && close_space
            && self.tok(m).is_some_and(|t| t.shape == Shape::Cap)
            && let Some(sur) = self.take_name(m, Policy { max: 2, ..CONTEXT })
        {
            out.last = sur.last;
        } else if !bracket {
            return s;
        }
        out
    }

    /// The name after "aka", "a.k.a." or "also known as" right after the
    /// name `s`: the same person's other name.
    fn alias_after(&self, s: Span) -> Option<Span> {
        let k = s.last + 1;
        let g = self.gap(k).trim_matches([' ', '\t']);
        if !(g.is_empty() || g == ",") || self.tok(s.last).is_some_and(|t| t.possessive) {
            return None;
        }
        let j = match (self.full(k), self.full(k + 1), self.full(k + 2)) {
            ("aka", _, _) => k + 1,
            ("a", "k", "a") if self.gap(k + 1) == "." && self.gap(k + 2) == "." => k + 3,
            ("also", "known", "as") => k + 3,
            _ => return None,
        };
        let g = self.gap(j);
        if !g.chars().all(|c| {
            matches!(
                c,
                ' ' | '\t' | '.' | ':' | '\'' | '"' | '\u{2018}' | '\u{201c}'
            )
        }) {
            return None;
        }
        let a = self.take_name(j, Policy { max: 3, ..CONTEXT })?;
        self.tok(a.first)
            .is_some_and(|t| t.shape != Shape::Lower)
            .then_some(a)
    }

    /// Whether any context family can start at token `i`, from the list
    /// flags of a few tokens: the first word of a phrase (self-
    /// introduction, sign-off, cue, relation), a title or rank, "name(s)"
    /// next, a dash before it (a "- Jo" sign-off), or "here"/"speaking"
    /// within six tokens (`next_here`: the first such token after `i`),
    /// which is as far as "this is A B C D here" reaches. Exact: a token
    /// that fails it makes no candidate in [`Scan::context_families`], so
    /// the common word costs a few flag tests instead of the phrase
    /// matches (a test runs both ways over generated text).
    fn may_start_family(&self, i: usize, next_here: usize) -> bool {
        let Some(t) = self.tok(i) else {
            return false;
        };
        let starts = flag::TRIGGER;
        let titles_ranks =
            flag::TITLE | flag::RANK_ABBREVIATION | flag::LOWER_RANK_ABBREVIATION | flag::RANK_WORD;
        t.full_flags & starts != 0
            || t.lo_flags & titles_ranks != 0
            || self.full_flags(i + 1) & flag::NAME != 0
            || t.dash_before
            || next_here <= i + 6
    }

    /// Cue, sign-off, title and rank families starting at token `i`.
    ///
    /// `gate`: skip each phrase family's string matches when token `i`
    /// lacks the flag of its first words ([`flag::INTRO_START`],
    /// [`flag::SIGN_OFF_START`], [`flag::CUE_START`]) and try a "here"
    /// name only with "here"/"speaking" close enough. Exact (the tests run
    /// with and without it); `false` only in tests.
    fn context_families(&self, i: usize, covered: &mut [bool], cands: &mut Vec<Cand>, gate: bool) {
        let f0 = self.full_flags(i);
        let intro = !gate || f0 & flag::INTRO_START != 0;
        // --- strong self-introductions: "my name is", "i'm called" ---------
        let (w0, w1, w2) = if intro {
            (self.full(i), self.full(i + 1), self.full(i + 2))
        } else {
            ("", "", "")
        };
        let strong_intro = match (w0, w1, w2) {
            ("my", "name", "is") | ("i", "am", "called") => Some((i + 3, Lower::Loose)),
            // Dialect and spoken forms: "me name is", "ma name's" (Scots).
            ("me" | "ma", "name", "is") => Some((i + 3, Lower::Loose)),
            ("my", "name's" | "names", _)
            | ("me" | "ma", "name's", _)
            | ("i'm" | "im", "called", _) => Some((i + 2, Lower::Loose)),
            // "my name on the account is", "my full name is": a longer
            // phrase, so only a gazetteer name in lower case.
            // "I told him my name was Kezia": in lower case only a
            // gazetteer name ("my name was mentioned" is not one).
            ("my" | "me" | "ma", "name", "was") => Some((i + 3, Lower::Gazetteer)),
            ("my", "name", _) | ("my", _, "name") => {
                self.qualified_name_is(i).map(|j| (j, Lower::Gazetteer))
            }
            _ => None,
        };
        if let Some((j, lower)) = strong_intro {
            let j = self.skip_title(j);
            let p = Policy {
                lower,
                max: 3,
                ..CONTEXT
            };
            if let Some(s) = self.take_name(j, p) {
                let s = self.extend_upper_surname(s);
                self.emit(s, STRONG_INTRO, covered, cands);
                self.emit_initials_after(s, STRONG_INTRO, covered, cands);
            }
            return;
        }
        // --- weak self-introductions: "I'm Jo", "this is Jo", "call me Jo",
        // "everyone calls me Shaz", "people know me as Shaz" --------------
        // "Am Lorraine, 38." / "a'm Lorraine" (Scots and northern "I'm"):
        // "am" only opening a sentence, and then only before a gazetteer
        // name ("Am knackered.", "Am I mad?" are not names).
        let am = w0 == "am";
        let weak_intro = match (w0, w1) {
            ("i'm" | "im" | "a'm" | "ah'm", _) => Some(i + 1),
            ("am", _) if self.sentence_start(i) => Some(i + 1),
            ("i", "am") | ("call" | "calls", "me") => Some(i + 2),
            // A call handler's note: "Caller … said call him \"Mo\"".
            ("call", "him" | "her") if self.writer_before(i, CALLER) => Some(i + 2),
            ("know" | "knows", "me") if w2 == "as" => Some(i + 3),
            ("this", "is") if self.sentence_start(i) || self.greeting_before(i) => Some(i + 2),
            _ => None,
        };
        // "they all know me as Roxy on the street", "know me as 'Roxy'": a
        // capitalised name, quoted or not, needs no clause end after it.
        let known_as = matches!(w0, "know" | "knows") && w1 == "me" && w2 == "as";
        if known_as
            && let Some(j) = weak_intro
            && self
                .gap(j)
                .chars()
                .all(|c| matches!(c, ' ' | '\'' | '"' | '\u{2018}' | '\u{201c}'))
            && self.tok(j).is_some_and(|t| t.shape == Shape::Cap)
            && let Some(s) = self.take_name(j, Policy { max: 2, ..CONTEXT })
        {
            self.emit(s, INTRO, covered, cands);
            return;
        }
        // "call me 'Shaz'": a quoted name after "call me/him".
        let quoted_call = matches!(w0, "call" | "calls")
            && weak_intro.is_some_and(|j| {
                let g = self.gap(j).trim_start_matches([' ', '\t']);
                matches!(g, "\"" | "'" | "\u{201c}" | "\u{2018}")
            });
        if let Some(j) = weak_intro
            && (space_gap(self.gap(j)) || quoted_call)
        {
            let named = self.skip_title(j);
            // A quoted word after "calls me" may be a slur the officer uses
            // ("calls me 'Gandhi' and 'the curry man'"): evidence unless it
            // is a gazetteer name.
            let strong_only = am || quoted_call && !space_gap(self.gap(named));
            if let Some(s) = self.weak_cue_name(named).filter(|s| {
                !strong_only
                    || self
                        .tok(s.first)
                        .is_some_and(|t| matches!(t.class, Class::Strong { .. }))
            }) {
                let s = self.extend_upper_surname(s);
                self.emit(s, INTRO, covered, cands);
                self.emit_initials_after(s, INTRO, covered, cands);
                return;
            }
            // "I'm her son, G. Llewellyn-Parry", "I am PC 4419, Ade Okwu."
            if !am && let Some(s) = self.described_self(j) {
                self.emit(s, INTRO, covered, cands);
                self.emit_initials_after(s, INTRO, covered, cands);
                return;
            }
        }
        // --- "Jo here", "it's jo here", "this is Jo Bloggs speaking" --------
        // The name starts at most two tokens after `i` and "here" follows
        // it within four (see `Scan::here_within`): without "here" in the
        // six tokens after `i`, skip the start tests.
        let here_near = !gate || (i + 1..=i + 6).any(|k| self.full_flags(k) & flag::HERE != 0);
        let (here_start, cued) = if !here_near {
            (None, false)
        } else if intro && (self.is(i, "it's") || self.is(i, "its")) && space_gap(self.gap(i + 1)) {
            (Some(i + 1), true)
        } else if intro && self.is(i, "this") && self.is(i + 1, "is") {
            (Some(i + 2), true)
        } else if self.sentence_start(i)
            || self.greeting_before(i)
            || self.gap(i).contains(',')
            || (i > 0 && self.full_flags(i - 1) & flag::FILLER != 0)
        {
            (Some(i), true)
        } else {
            (None, false)
        };
        if let Some(j) = here_start
            && cued
            && (!gate || self.here_within(j))
            && let Some(s) = self.here_name(j)
        {
            self.emit(s, INTRO, covered, cands);
            return;
        }
        // --- "it's Lorraine from the vape shop", "Its Kaz, I work …" -----
        if intro && let Some(s) = self.its_name(i) {
            self.emit(s, SELF_CUE, covered, cands);
            return;
        }
        // --- sign-offs ----------------------------------------------------
        if (!gate || f0 & flag::SIGN_OFF_START != 0)
            && let Some(j) = self.sign_off_phrase(i)
        {
            // "Yours faithfully,\nMr J. Patel"
            let j = if self.title(j).is_some() && self.tok(j + 1).is_some() {
                j + 1
            } else {
                j
            };
            if let Some(s) = self.signature(j) {
                // Mid-sentence ("… i reckon Regards, Jo", "… cheers jo") only
                // when the name ends the text; "from" needs a clause break
                // before it ("a text from Jo" is not a signature).
                let from = self.is(i, "from");
                // "From: Jo Bloggs" is an email header ([`Scan::header`]).
                let header = from && self.gap_after(i).trim_start().starts_with(':');
                let start_ok = !header
                    && (self.sentence_start(i)
                        || self.gap(i).contains(',')
                        || (!from && self.text_end_after(s.last)));
                if start_ok {
                    self.emit(s, SIGN_OFF, covered, cands);
                    return;
                }
            }
        }
        // --- "- Jo" at the end of a line or the text ---------------------
        // (Only after a dash: the tokeniser marks every gap with one.)
        if !gate || self.tok(i).is_some_and(|t| t.dash_before) {
            let g = self.gap(i);
            let trimmed = g.trim_end_matches([' ', '\t']);
            let dash = trimmed.ends_with(['-', '\u{2013}', '\u{2014}', '~']);
            let before_dash = trimmed
                .get(..trimmed.len().saturating_sub(1))
                .and_then(|b| b.chars().last());
            let dash_ok = dash
                && trimmed.chars().count() <= 3
                && (i == 0 || before_dash.is_none_or(char::is_whitespace));
            // "- Sukhwinder (Suki) Bains": the bracket is inside.
            if dash_ok
                && let Some(s) = self
                    .take_name(
                        i,
                        Policy {
                            lower: Lower::Gazetteer,
                            max: 3,
                            ..CONTEXT
                        },
                    )
                    .map(|s| self.bracketed_alias(s, false))
                && self.line_end_after(s.last)
                && (i == 0
                    || g.contains('\n')
                    || s.last + 1 >= self.toks.len()
                    || self.before_is_sentence_end(i))
            {
                self.emit(s, DASH_SIGN_OFF, covered, cands);
                return;
            }
        }
        // --- cues: "his name is", "called", "ask for", "Name:" ------------
        let cue_start = f0 & flag::CUE_START != 0 || self.full_flags(i + 1) & flag::NAME != 0;
        // "my initials are R.P.", "signed with my initials R.P."
        if (!gate || cue_start) && self.is(i, "initials") {
            let mut k = i + 1;
            if matches!(self.full(k), "are" | "were" | "is" | "was") {
                k += 1;
            }
            let g_ok = self.gap(k).chars().all(|c| matches!(c, ' ' | '\t' | ':'));
            if g_ok && let Some(s) = self.initials_at(k) {
                let mine = i > 0 && self.is(i - 1, "my") || self.writer_before(i, WRITER);
                self.emit(s, if mine { SELF_CUE } else { CUE }, covered, cands);
                return;
            }
        }
        // "Lowri isn't my real name", "Deano is what they call me": the
        // name before a phrase about the writer's name.
        if (!gate || cue_start)
            && let Some(s) = self.named_before_my_name(i)
        {
            self.emit(s, SELF_CUE, covered, cands);
            return;
        }
        if (!gate || cue_start)
            && let Some(c) = self.cue(i)
        {
            let p = Policy {
                lower: if c.loose {
                    Lower::Loose
                } else {
                    Lower::Gazetteer
                },
                max: 3,
                ..CONTEXT
            };
            let fam = if c.reporter { SELF_CUE } else { CUE };
            // "Name: Threlfall, Morwenna"
            if let Some(s) = self.surname_first(c.start) {
                self.emit(s, fam, covered, cands);
                return;
            }
            if let Some(s) = self.take_name(c.start, p) {
                let s = if c.loose {
                    s
                } else {
                    self.extend_lower_surname(s)
                };
                // "Me: Rebecca (Becky) Pell, …": the bracket is inside.
                // "C/L gives name Terence 'Tel' Mabbutt": a quoted nickname
                // inside whoever's name it is.
                let s = self.bracketed_alias(s, !c.reporter);
                // "advertise as Lexi Vane": a gazetteer name or two words.
                let strict_ok = (!c.strict || s.last > s.first || !self.all_weak(s))
                    && (!c.bounded || self.clause_end_after(s.last) || self.text_end_after(s.last));
                if strict_ok {
                    self.emit(self.extend_upper_surname(s), fam, covered, cands);
                    return;
                }
            }
        }
        // --- relations: "my friend Grace", "his wife, Rose" ---------------
        // (Cheapest test first: this runs for every token.)
        if self.full_flags(i) & flag::RELATION != 0
            && self.tok(i).is_some_and(|t| t.shape == Shape::Lower)
            && matches!(
                self.full(i.wrapping_sub(1)),
                "my" | "his" | "her" | "their" | "our" | "a" | "the" | "your"
            )
        {
            let j = i + 1;
            let g = self.gap(j);
            let gap_ok =
                space_gap(g) || g.trim_start_matches([' ']).starts_with(',') && g.len() <= 3;
            if gap_ok
                && self.tok(j).is_some_and(|t| t.shape == Shape::Cap)
                && let Some(s) = self.take_name(j, Policy { max: 3, ..CONTEXT })
            {
                self.emit(s, CUE, covered, cands);
                return;
            }
            // "my neighbour ailsa", "my son mustafa hargreaves (18)"
            if gap_ok && let Some(s) = self.lower_gazetteer_name(j) {
                self.emit(s, CUE, covered, cands);
                return;
            }
        }
        // --- titles -------------------------------------------------------
        if let Some(lower_ok) = self.title(i) {
            let j = i + 1;
            let g = self.gap(j);
            // "gladstone dr will back me up": lower-case "dr" is also Drive.
            let drive = self.full(i) == "dr";
            if initial_gap(g) || space_gap(g) {
                let p = Policy {
                    lower: if lower_ok {
                        Lower::Gazetteer
                    } else {
                        Lower::No
                    },
                    lower_ambiguous: !drive,
                    max: 4,
                    ..CONTEXT
                };
                if let Some(s) = self.take_name(j, p) {
                    self.emit(s, TITLE, covered, cands);
                    return;
                }
            }
        }
        // --- ranks --------------------------------------------------------
        if let Some((j, formal, lower_names)) = self.rank(i) {
            let p = Policy {
                lower: if lower_names {
                    Lower::Gazetteer
                } else {
                    Lower::No
                },
                unknown_first: formal,
                lower_ambiguous: true,
                max: 3,
                ..CONTEXT
            };
            let lower_rank = self.tok(i).is_some_and(|t| t.shape == Shape::Lower);
            let span = match self.take_name(j, p) {
                Some(s) => {
                    let first = self.tok(s.first);
                    if first.is_some_and(|t| t.shape != Shape::Lower) {
                        Some(s)
                    } else {
                        match first.map(|t| t.class) {
                            Some(Class::Strong { .. }) => Some(self.extend_lower_surname(s)),
                            Some(Class::Ambiguous { sur: true }) if !lower_rank => Some(s),
                            _ => None,
                        }
                    }
                }
                // "dc postlethwaite": a lower-case surname after a formal
                // rank.
                None if lower_names
                    && formal
                    && space_gap(self.gap(j))
                    && self.plausible_lower_surname(j) =>
                {
                    Some(Span { first: j, last: j })
                }
                None => None,
            };
            if let Some(s) = span {
                self.emit(s, RANK, covered, cands);
            }
        }
    }

    /// A lower-case name after a relation word: a gazetteer name that is
    /// not a common word, with a plausible surname after a forename.
    fn lower_gazetteer_name(&self, j: usize) -> Option<Span> {
        let t = self.tok(j)?;
        if t.shape != Shape::Lower || !matches!(t.class, Class::Strong { .. }) {
            return None;
        }
        let s = self.take_name(
            j,
            Policy {
                lower: Lower::Gazetteer,
                max: 2,
                ..CONTEXT
            },
        )?;
        Some(self.extend_lower_surname(s))
    }

    /// A lower-case word that may be a surname not in the gazetteer: not a
    /// stop word or common word, letters only, three or more, and not shaped
    /// like a verb or adverb ("-ed", "-ing", "-ly", "-s" unless a gazetteer
    /// surname).
    fn plausible_lower_surname(&self, k: usize) -> bool {
        let Some(t) = self.tok(k) else {
            return false;
        };
        if t.shape != Shape::Lower || t.possessive && t.core_end == t.end {
            return false;
        }
        let lo = self.lo(k);
        // "Jo aka Shaz", "Jo nee Bloggs": the alias word is no surname.
        if matches!(lo, "aka" | "nee" | "née") {
            return false;
        }
        match t.class {
            Class::Strong { sur: true, .. } => true,
            Class::Unknown => {
                lo.chars().count() >= 3
                    && lo
                        .chars()
                        .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                    && !lo.ends_with("ed")
                    && !lo.ends_with("ing")
                    && !lo.ends_with("ly")
                    && !lo.ends_with('s')
                    && !lo.ends_with("'t")
            }
            _ => false,
        }
    }

    /// "stuart mensah": a lone lower-case forename followed by a plausible
    /// surname takes it.
    fn extend_lower_surname(&self, s: Span) -> Span {
        let k = s.last + 1;
        let fore = self
            .tok(s.first)
            .is_some_and(|t| matches!(t.class, Class::Strong { fore: true, .. }));
        if s.first == s.last
            && fore
            && !self.tok(s.last).is_some_and(|t| t.possessive)
            && space_gap(self.gap(k))
            && self.plausible_lower_surname(k)
        {
            Span {
                first: s.first,
                last: k,
            }
        } else {
            s
        }
    }

    /// The gap before token `i` opens with sentence-ending punctuation.
    fn before_is_sentence_end(&self, i: usize) -> bool {
        i > 0
            && self
                .gap(i)
                .trim_start_matches([' ', '\t'])
                .starts_with(['.', '!', '?'])
    }

    /// Token `k` is the last of the text, or only a kiss ("x", "xx")
    /// follows it.
    fn text_end_after(&self, k: usize) -> bool {
        let n = self.toks.len();
        k + 1 >= n || (k + 2 == n && matches!(self.full(k + 1), "x" | "xx" | "xxx"))
    }

    /// Whether "here" or "speaking" is one of the four tokens after `j`:
    /// [`Scan::here_name`] finds nothing otherwise (its names have at most
    /// four tokens and end just before that word).
    fn here_within(&self, j: usize) -> bool {
        (j + 1..=j + 4).any(|k| self.full_flags(k) & flag::HERE != 0)
    }

    /// A name followed by "here" or "speaking" and a clause end ("Jo here.",
    /// "it's jo here", "this is Jo Bloggs speaking"). Lower case only when a
    /// token is a gazetteer name ("it's cold here" is not a name).
    fn here_name(&self, j: usize) -> Option<Span> {
        let closes = |s: &Span| {
            (self.is(s.last + 1, "here") || self.is(s.last + 1, "speaking"))
                && space_gap(self.gap(s.last + 1))
                && self.clause_end_after(s.last + 1)
        };
        if let Some(s) = self.take_name(j, Policy { max: 3, ..CONTEXT })
            && closes(&s)
        {
            return Some(s);
        }
        let mut s = self.take_name(
            j,
            Policy {
                lower: Lower::Loose,
                max: 4,
                ..CONTEXT
            },
        )?;
        // Loose lower case runs on into "here" / "speaking".
        if let Some(k) =
            (s.first + 1..=s.last).find(|&k| self.is(k, "here") || self.is(k, "speaking"))
        {
            s.last = k - 1;
        }
        let gazetteer = (s.first..=s.last).any(|k| {
            self.lower_initial(k)
                || self
                    .tok(k)
                    .is_some_and(|t| matches!(t.class, Class::Strong { .. }))
        });
        // "speaking" after a name is a self-introduction on its own; "here"
        // needs a gazetteer name ("it's cold here").
        let speaking = self.is(s.last + 1, "speaking");
        (closes(&s) && (gazetteer || speaking)).then_some(s)
    }

    /// "It's Lorraine from the vape shop", "its kaz from number 4", "It
    /// is Jo, I work at …": "it's"/"its"/"it is" opening a sentence, then a
    /// gazetteer name (see [`Scan::weak_cue_name`]) followed by "from", or
    /// closing its clause in the text's opening sentence (after at most a
    /// greeting). Later in the text "It's Gary." answers a question about
    /// someone else.
    fn its_name(&self, i: usize) -> Option<Span> {
        let j = match self.full(i) {
            "it's" | "its" => i + 1,
            "it" if self.is(i + 1, "is") => i + 2,
            _ => return None,
        };
        let opening = i == 0 || (i == 1 && self.greeting_before(i));
        if !(opening || self.sentence_start(i) || self.greeting_before(i))
            || !space_gap(self.gap(j))
        {
            return None;
        }
        let s = self.weak_cue_name(j)?;
        if self.all_weak(s) || self.tok(s.last).is_some_and(|t| t.possessive) {
            return None;
        }
        let from = self.is(s.last + 1, "from") && space_gap(self.gap(s.last + 1));
        (from || opening && self.clause_end_after(s.last)).then_some(s)
    }

    /// The name of a signature starting at token `j`: the words up to the
    /// end of the line, in any case ("Thanks, dafydd", "Regards,\nj.
    /// dunmore"); or, after a short description, the name after its comma
    /// ("from a worried mum, Sarah").
    fn signature(&self, j: usize) -> Option<Span> {
        let gap_ok = |k: usize| {
            let g = self.gap(k);
            !g.is_empty()
                && g.chars()
                    .all(|c| c.is_whitespace() || matches!(c, ',' | '.' | '!' | ':' | '-'))
        };
        let at = |k: usize| -> Option<Span> {
            if !gap_ok(k) {
                return None;
            }
            for lower in [Lower::Gazetteer, Lower::Loose] {
                let p = Policy {
                    lower,
                    max: 3,
                    ..CONTEXT
                };
                if let Some(s) = self.take_name(k, p) {
                    let s = self.extend_upper_surname(s);
                    // "Sukhwinder (Suki) Bains": the bracket is inside.
                    let s = self.bracketed_alias(s, false);
                    if self.line_end_after(s.last) {
                        return Some(s);
                    }
                }
            }
            // "Yours faithfully,\n\nHOLLINGWORTH, Patricia"
            self.surname_first(k)
        };
        if let Some(s) = at(j) {
            return Some(s);
        }
        // "from a worried mum, Sarah": a description of up to five words.
        let mut k = j + 1;
        while k < self.toks.len() && k <= j + 5 {
            let g = self.gap(k);
            if g.contains(['\n', '.', '!', '?']) {
                return None;
            }
            if g.contains(',') {
                return at(k).filter(|s| self.text_end_after(s.last));
            }
            k += 1;
        }
        None
    }

    /// "by the way" or "btw" at token `k` ("Im Dale by the way"): closes a
    /// self-introduction like a clause end.
    fn by_the_way(&self, k: usize) -> bool {
        self.is(k, "btw") || self.is(k, "by") && self.is(k + 1, "the") && self.is(k + 2, "way")
    }

    /// After "I'm", "this is", "call me": a capitalised gazetteer name; an
    /// unknown or ambiguous capitalised word only when it ends a clause or a
    /// surname follows; in lower case only a gazetteer name that is not a
    /// common word.
    fn weak_cue_name(&self, j: usize) -> Option<Span> {
        let t = self.tok(j)?;
        match t.shape {
            Shape::Cap | Shape::Upper => {
                let s = self.take_name(j, Policy { max: 3, ..CONTEXT })?;
                let strong = !self.all_weak(s);
                if strong {
                    return Some(s);
                }
                let bounded = self.clause_end_after(s.last)
                    || self.is(s.last + 1, "and")
                    || self.is(s.last + 1, "here")
                    || self.by_the_way(s.last + 1);
                bounded.then_some(s)
            }
            Shape::Initial => self.take_name(j, Policy { max: 3, ..CONTEXT }),
            Shape::Lower => {
                // "i'm ciaran ogden.", "i am z. sutcliffe and"
                let bounded = |k: usize| {
                    self.clause_end_after(k)
                        || matches!(self.full(k + 1), "and" | "here" | "speaking")
                };
                if self.lower_initial(j) {
                    return self
                        .take_name(
                            j,
                            Policy {
                                lower: Lower::Loose,
                                max: 2,
                                ..CONTEXT
                            },
                        )
                        .filter(|s| bounded(s.last));
                }
                let s = self.take_name(
                    j,
                    Policy {
                        lower: Lower::Gazetteer,
                        max: 3,
                        ..CONTEXT
                    },
                )?;
                if !matches!(
                    self.tok(s.first).map(|t| t.class),
                    Some(Class::Strong { .. })
                ) {
                    return None;
                }
                let e = self.extend_lower_surname(s);
                if e.last > s.last && !bounded(e.last) {
                    return Some(s);
                }
                Some(e)
            }
            Shape::Other => None,
        }
    }

    /// A sign-off phrase starting at `i`; returns the index after it.
    fn sign_off_phrase(&self, i: usize) -> Option<usize> {
        let w0 = self.full(i);
        let w1 = self.full(i + 1);
        let two = matches!(
            (w0, w1),
            ("thank", "you")
                | ("thanks", "again")
                | ("many", "thanks")
                | ("kind", "regards")
                | ("kindest", "regards")
                | ("best", "regards")
                | ("warm", "regards")
                | ("warmest", "regards")
                | ("best", "wishes")
                | ("yours", "sincerely")
                | ("yours", "faithfully")
                | ("yours", "truly")
                | ("sent", "by")
                | ("with", "thanks")
                | ("all", "the")
                | ("take", "care")
                | ("thanks", "so")
                | ("many", "regards")
        );
        if two {
            // "all the best", "thanks so much"
            if (w0, w1) == ("all", "the") {
                return self.is(i + 2, "best").then_some(i + 3);
            }
            if (w0, w1) == ("thanks", "so") {
                return self.is(i + 2, "much").then_some(i + 3);
            }
            if (w0, w1) == ("thank", "you") && self.is(i + 2, "again") {
                return Some(i + 3);
            }
            return Some(i + 2);
        }
        match w0 {
            "thanks" | "thx" | "ta" | "regards" | "cheers" | "best" | "sincerely" | "yours"
            | "love" | "from" | "signed" | "respectfully" | "rgds" | "thankyou" | "x" | "xx"
            | "xxx" => Some(i + 1),
            _ => None,
        }
    }

    /// A cue before a name (not the reporter's necessarily): where the
    /// name starts and how it may be written (see [`CueAt`]).
    fn cue(&self, i: usize) -> Option<CueAt> {
        let w0 = self.full(i);
        let w1 = self.full(i + 1);
        let w2 = self.full(i + 2);
        let at = |start: usize, loose: bool| CueAt {
            start,
            loose,
            reporter: false,
            strict: false,
            bounded: false,
        };
        // "She asked my name and I said Kezia": the writer's reply.
        if let Some(k) = self.reply_with_name(i) {
            return Some(CueAt {
                reporter: true,
                strict: true,
                ..at(k, false)
            });
        }
        // "(you might see it written Keeva O'Doherty)", "my name is
        // sometimes spelt Siobhán": another spelling of a name, the
        // writer's after "my" or "I" earlier in the sentence.
        if matches!(w0, "written" | "spelt" | "spelled")
            && (i.saturating_sub(4)..i).any(|k| {
                matches!(
                    self.full(k),
                    "it" | "it's" | "its" | "name" | "name's" | "names" | "also" | "sometimes"
                )
            })
        {
            let k = if w1 == "as" { i + 2 } else { i + 1 };
            if self.tok(k).is_none_or(|t| t.shape != Shape::Cap) {
                return None;
            }
            // "spelt as Shevaun": "as" marks any capitalised word a name.
            return Some(CueAt {
                reporter: self.writer_before(i, MY_NAME),
                strict: w1 != "as",
                ..at(k, false)
            });
        }
        // "his/her/their/the officer's name is|was"; "the caller's name is"
        // (a call handler's notes: the caller is the reporter)
        if (w1 == "name" || w1 == "names") && matches!(w2, "is" | "was" | "are") && w0 != "my" {
            // "C/L's name is", "IP's name is"; "C/L states name is Gaz",
            // "IP confirmed name was Jo" (a reporting verb after the caller).
            let caller = matches!(
                w0,
                "caller's" | "callers" | "informant's" | "complainant's" | "reporter's" | "ip's"
            ) || self.call_handler_caller(i)
                || matches!(
                    w0,
                    "states"
                        | "stated"
                        | "says"
                        | "said"
                        | "confirms"
                        | "confirmed"
                        | "advises"
                        | "advised"
                ) && self.writer_before(i, WRITER_OR_CALLER);
            return Some(CueAt {
                reporter: caller,
                ..at(i + 3, true)
            });
        }
        // "Name given as Gaz", "name provided as Jo", "name stated as …":
        // a call handler's note, the caller's at a sentence start or after
        // the caller ("C/L name given as Gaz").
        if w0 == "name"
            && matches!(w1, "given" | "provided" | "stated" | "recorded" | "taken")
            && matches!(w2, "as" | "is" | "was")
        {
            let caller = self.sentence_start(i)
                || self.writer_before(i, WRITER_OR_CALLER)
                || i > 0 && self.caller_word(i - 1);
            return Some(CueAt {
                reporter: caller,
                ..at(i + 3, false)
            });
        }
        // The caller named in a call handler's note: "Caller is Gaz",
        // "C/L Gaz states …", "IP name Ffion Roberts", "informant named as
        // Jo". After "is"/"name" any capitalised name; bare, a gazetteer
        // forename only ("IP Lewisham", "Caller States" are not names).
        if self.caller_word(i) && space_gap(self.gap(i + 1)) {
            let mut k = i + 1;
            let cued = matches!(self.full(k), "is" | "was" | "name" | "named");
            if cued {
                k += 1;
                if matches!(self.full(k), "is" | "as") {
                    k += 1;
                }
            }
            let ok = self.tok(k).is_some_and(|t| {
                space_gap(self.gap(k))
                    && t.shape == Shape::Cap
                    && !t.possessive
                    && (cued || matches!(t.class, Class::Strong { fore: true, .. }))
            });
            if ok {
                return Some(CueAt {
                    reporter: true,
                    strict: !cued,
                    ..at(k, false)
                });
            }
        }
        // A maiden or former name: "maiden name Roberts", "(née Roberts)",
        // "Jo Bloggs, formerly Jo Smith", "Jo Bloggs (born Jo Smith)". The
        // writer's after "my" or the caller.
        let former = match (w0, w1) {
            ("maiden" | "birth" | "previous" | "former", "name") => {
                Some(if matches!(w2, "is" | "was" | "of") {
                    i + 3
                } else {
                    i + 2
                })
            }
            ("nee" | "née", _) => Some(i + 1),
            ("born" | "formerly", _)
                if i > 0 && self.gap(i).contains(['(', ',']) && !self.is(i + 1, "in") =>
            {
                Some(i + 1)
            }
            _ => None,
        };
        if let Some(k) = former
            && self.tok(k).is_some_and(|t| t.shape == Shape::Cap)
        {
            let mine = i > 0 && self.is(i - 1, "my");
            return Some(CueAt {
                reporter: mine || self.writer_before(i, WRITER_OR_CALLER),
                strict: true,
                ..at(k, false)
            });
        }
        if w0 == "name" && self.gap_after(i).trim_start().starts_with(':') {
            return Some(at(i + 1, true));
        }
        // A label for the writer at a line or bullet start: "* me: Sajid
        // Mahmood", "Reporter: …", "My details: …", "Caller name: …".
        if let Some(k) = self.writer_label(i) {
            return Some(CueAt {
                reporter: true,
                strict: true,
                // "contact: Jen on 07700 …": a contact line goes on.
                bounded: !self.is(k.wrapping_sub(1), "contact"),
                ..at(k, false)
            });
        }
        // "I work under the name 'Roxy'", "I go by the name of Shaz", "I
        // use the name Lexi": an assumed name, the writer's after "I".
        let the_name = match (w0, w1, w2) {
            ("under" | "by" | "use" | "used" | "uses" | "using", "the", "name") => {
                Some(if self.is(i + 3, "of") { i + 4 } else { i + 3 })
            }
            _ => None,
        };
        if let Some(k) = the_name {
            if self.tok(k).is_none_or(|t| t.shape == Shape::Lower) {
                return None;
            }
            return Some(CueAt {
                reporter: self.writer_before(i, WRITER),
                ..at(k, false)
            });
        }
        // "Re: Priya Lomas-Varma" heading a referral: the person the writer
        // reports for; a gazetteer forename only ("Re: Missing Money").
        if w0 == "re"
            && self.gap_after(i).trim_matches([' ', '\t']) == ":"
            && self.sentence_start(i)
            && self
                .tok(i + 1)
                .is_some_and(|t| matches!(t.class, Class::Strong { fore: true, .. }))
        {
            return Some(CueAt {
                reporter: true,
                strict: true,
                bounded: true,
                ..at(i + 1, false)
            });
        }
        // "the girl involved is Jo", "another victim is Jo", "one of them
        // is Jo", "the witness was Jo Bloggs"
        if matches!(
            w0,
            "involved" | "victim" | "victims" | "witness" | "witnesses" | "them" | "child"
        ) && matches!(w1, "is" | "was" | "are" | "were")
        {
            return Some(at(i + 2, false));
        }
        // "would only give first name Raymond", "gave his name as Jo"
        if matches!(w0, "give" | "gave" | "gives" | "giving" | "provided") {
            let mut k = i + 1;
            if matches!(
                self.full(k),
                "the" | "his" | "her" | "their" | "a" | "my" | "only" | "just"
            ) {
                k += 1;
            }
            if matches!(
                self.full(k),
                "first" | "full" | "last" | "real" | "christian" | "fake"
            ) {
                k += 1;
            }
            if !matches!(self.full(k), "name" | "surname" | "forename" | "firstname") {
                return None;
            }
            k += 1;
            if matches!(self.full(k), "as" | "of") {
                k += 1;
            }
            let reporter = w1 == "my" || self.writer_before(i, WRITER_OR_CALLER);
            return Some(CueAt {
                reporter,
                ..at(k, false)
            });
        }
        // "advertise as Lexi Vane", "I work as Roxy": an assumed name, the
        // writer's after "I".
        if w1 == "as"
            && matches!(
                w0,
                "advertise"
                    | "advertised"
                    | "advertises"
                    | "advertising"
                    | "work"
                    | "works"
                    | "worked"
                    | "working"
                    | "trade"
                    | "trading"
                    | "post"
                    | "posted"
                    | "posting"
                    | "operate"
                    | "operating"
            )
        {
            if self.tok(i + 2).is_none_or(|t| t.shape == Shape::Lower) {
                return None;
            }
            return Some(CueAt {
                reporter: self.writer_before(i, WRITER),
                strict: true,
                ..at(i + 2, false)
            });
        }
        match (w0, w1) {
            ("known", "as")
            | ("ask", "for")
            | ("asked", "for")
            | ("asking", "for")
            | ("goes", "by")
            | ("go", "by")
            | ("named", _)
            | ("called", _)
            | ("aka", _)
            | ("nicknamed", _)
            | ("speak", "to")
            | ("spoke", "to") => {
                let j = if matches!(w0, "named" | "called" | "aka" | "nicknamed") {
                    i + 1
                } else {
                    i + 2
                };
                // "called" the police / "called" him: the name policy
                // rejects stop words and non-names.
                let first = self.tok(j)?;
                // "… does not want to be called. Caller says": a sentence
                // ends between.
                if self.gap(j).contains(['.', '!', '?', '\n']) {
                    return None;
                }
                if matches!(w0, "speak" | "spoke") && first.shape == Shape::Lower {
                    return None;
                }
                // "I'm known as Shaz", "I go by Shaz"; "call my sister's
                // landline and ask for Roisin": the writer answers.
                let reporter = match w0 {
                    "known" => self.writer_before(i, WRITER),
                    // "I prefer to be called Mo", "Caller asked to be
                    // called Mo".
                    "called" => {
                        i >= 2
                            && self.is(i - 1, "be")
                            && self.is(i - 2, "to")
                            && self.writer_before(i, WRITER_OR_CALLER)
                    }
                    // "I go by Shaz", "C/L goes by Gaz"
                    "go" | "goes" => self.writer_before(i, WRITER_OR_CALLER),
                    // "u can get me through my mate on 07700 900377 ask
                    // for Deano", "I'm at the hostel most nights, ask for
                    // Deano": an imperative "ask for" after a way to reach
                    // the writer (a number, "me" or "I'm" before it).
                    "ask" | "asked" | "asking" => {
                        self.writer_before(i, CONTACT_VERBS)
                            || w0 == "ask"
                                && i > 0
                                && !self.is(i - 1, "to")
                                && (self.writer_before(i, &["me", "i'm", "im"])
                                    || self.lo(i - 1).bytes().all(|b| b.is_ascii_digit())
                                        && self.tok(i - 1).is_some_and(|t| t.shape == Shape::Other))
                    }
                    _ => false,
                };
                Some(CueAt {
                    reporter,
                    ..at(j, false)
                })
            }
            _ => None,
        }
    }

    /// A label for the writer at token `i`, at a line, bullet or sentence
    /// start and closed by a colon: the index of the token after it.
    fn writer_label(&self, i: usize) -> Option<usize> {
        let who = |w: &str| {
            matches!(
                w,
                "reporter" | "caller" | "complainant" | "informant" | "reporter's" | "caller's"
            )
        };
        let w0 = self.full(i);
        let w1 = self.full(i + 1);
        // "contact: jen, jen@…" / "Best contact: …": how to reach the
        // writer, so a name first in it is the writer's.
        let one = w0 == "me" || w0 == "contact" || who(w0);
        let two = matches!(
            (w0, w1),
            ("my" | "your", "details" | "name" | "info")
                | ("about", "me")
                | ("me", "myself")
                | ("best" | "preferred" | "my", "contact")
        ) || who(w0) && matches!(w1, "name" | "details");
        let end = if two {
            i + 1
        } else if one {
            i
        } else {
            self.client_label(i)?
        };
        let colon_after = |m: usize| self.gap_after(m).trim_matches([' ', '\t', ')']) == ":";
        // "Re: Our client - Miss Saoirse Ní Bhraonáin", "My constituent,
        // Mr Dariusz Wróblewski": "our" or "my" before the label, a dash or
        // comma may stand for its colon.
        if !one && !two && matches!(w0, "our" | "my") {
            let g = self.gap_after(end).trim_matches([' ', '\t']);
            let set_off = matches!(g, ":" | "-" | "\u{2013}" | "\u{2014}" | ",");
            return (set_off && self.sentence_start(i)).then(|| self.skip_title(end + 1));
        }
        // "My details for you only: …", "my details (confidential): …": a
        // few lower-case words between the label and its colon.
        let end = if two && matches!(w1, "details" | "info") && !colon_after(end) {
            (end + 1..=end + 4)
                .take_while(|&m| {
                    self.tok(m).is_some_and(|t| t.shape == Shape::Lower)
                        && self.gap(m).chars().all(|c| matches!(c, ' ' | '\t' | '('))
                })
                .find(|&m| colon_after(m))?
        } else {
            end
        };
        let colon = colon_after(end);
        // "Constituent: Mr Dariusz Wróblewski": the name after its title.
        (colon && self.sentence_start(i)).then(|| self.skip_title(end + 1))
    }

    /// A label for the person the writer reports for in a referral, at
    /// token `i`: "Client", "Service user", "Victim", "Survivor",
    /// "Patient", "Name of client", "Client's name", "Victim details" (the
    /// on-behalf rule makes that person's details the reporter's). The
    /// index of the label's last token.
    fn client_label(&self, i: usize) -> Option<usize> {
        let mut k = i;
        // "Our client: …", "my constituent - …" (see `Scan::writer_label`).
        if matches!(self.full(k), "our" | "my") {
            k += 1;
        }
        if self.is(k, "name") && self.is(k + 1, "of") {
            k += if self.is(k + 2, "the") { 3 } else { 2 };
        }
        let client = |w: &str| {
            matches!(
                w,
                "client"
                    | "client's"
                    | "clients"
                    | "victim"
                    | "victim's"
                    | "survivor"
                    | "survivor's"
                    | "patient"
                    | "patient's"
                    // An MP's, a councillor's or a union's casework.
                    | "member"
                    | "member's"
                    | "constituent"
                    | "constituent's"
                    | "resident"
                    | "resident's"
            )
        };
        if self.is(k, "service") && matches!(self.full(k + 1), "user" | "user's") {
            k += 1;
        } else if !client(self.full(k)) {
            return None;
        }
        if k == i || self.is(i, "service") {
            if self.is(k + 1, "full") && self.is(k + 2, "name") {
                k += 2;
            } else if matches!(self.full(k + 1), "name" | "details") {
                k += 1;
            }
        }
        Some(k)
    }

    /// Whether one of `words` comes before token `i` in its sentence,
    /// within twelve tokens, with no third person ("he", "she", "they",
    /// "him", "her", "his") between: "I'm known as", "I work from a flat
    /// and advertise as", "the caller would only give".
    fn writer_before(&self, i: usize, words: &[&str]) -> bool {
        let mut k = i;
        while k > 0 && k + 12 > i {
            if self.gap(k).contains(['\n', '.', '!', '?']) {
                return false;
            }
            k -= 1;
            let w = self.full(k);
            if words.contains(&w)
                || (words == WRITER_OR_CALLER || words == CALLER) && self.call_handler_caller(k)
            {
                return true;
            }
            if THIRD_PERSON.contains(&w) {
                return false;
            }
        }
        false
    }

    /// Whether token `k` ends "C/L" or "C/L's" (a call handler's "caller").
    fn call_handler_caller(&self, k: usize) -> bool {
        k > 0 && self.lo(k) == "l" && self.gap(k) == "/" && self.is(k - 1, "c")
    }

    /// Whether token `k` names the caller in a call handler's note:
    /// "caller", "informant", "complainant", "IP", "C/L".
    fn caller_word(&self, k: usize) -> bool {
        matches!(self.full(k), "caller" | "informant" | "complainant" | "ip")
            || self.call_handler_caller(k)
    }

    /// After "my name is" or "I'm": skip a title ("Mr Yusuf Demir").
    fn skip_title(&self, j: usize) -> usize {
        if self.title(j).is_some()
            && self.tok(j + 1).is_some()
            && (space_gap(self.gap(j + 1)) || initial_gap(self.gap(j + 1)))
        {
            j + 1
        } else {
            j
        }
    }

    /// "MY NAME IS DEREK GOSLING": an all-caps forename followed by an
    /// all-caps word in no list (an ordinary English word as a surname)
    /// takes it, unless it is a verb that often follows a name.
    fn extend_upper_surname(&self, s: Span) -> Span {
        let k = s.last + 1;
        let upper = (s.first..=s.last).all(|m| {
            self.tok(m)
                .is_some_and(|t| t.shape == Shape::Upper && !t.possessive)
        });
        let fore = self.tok(s.first).is_some_and(|t| {
            matches!(
                t.class,
                Class::Strong { fore: true, .. } | Class::Ambiguous { .. }
            )
        });
        let next_ok = self.tok(k).is_some_and(|t| {
            t.shape == Shape::Upper
                && matches!(t.class, Class::Unknown)
                && t.core_end - t.start >= 2
                && self
                    .lo(k)
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                && !AFTER_NAME_VERBS.contains(&self.lo(k))
        });
        if s.last == s.first && upper && fore && next_ok && space_gap(self.gap(k)) {
            Span {
                first: s.first,
                last: k,
            }
        } else {
            s
        }
    }

    /// "SURNAME, Forename" or "Surname, Forename" at token `j`, the
    /// forename ending its line: one name.
    fn surname_first(&self, j: usize) -> Option<Span> {
        let t = self.tok(j)?;
        if !matches!(t.shape, Shape::Cap | Shape::Upper)
            || t.possessive
            || matches!(t.class, Class::Block)
            || t.lo_flags & (flag::TITLE | flag::RANK_ABBREVIATION | flag::RANK_WORD) != 0
        {
            return None;
        }
        let lo = self.lo(j);
        if lo.chars().count() < 2
            || !lo
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        {
            return None;
        }
        if self.gap_after(j).trim_matches([' ', '\t']) != "," {
            return None;
        }
        let k = j + 1;
        let f = self.tok(k)?;
        let fore_ok = match f.shape {
            Shape::Cap | Shape::Initial => true,
            Shape::Upper => matches!(f.class, Class::Strong { fore: true, .. }),
            _ => false,
        };
        if !fore_ok {
            return None;
        }
        let s = self.take_name(k, Policy { max: 2, ..CONTEXT })?;
        self.line_end_after(s.last).then_some(Span {
            first: j,
            last: s.last,
        })
    }

    /// After "I'm" / "I am" and a short description of the writer opening
    /// with a determiner or a rank ("her son", "the victim's mother", "PC
    /// 4419"), the name after its comma, ending a clause.
    fn described_self(&self, j: usize) -> Option<Span> {
        let t = self.tok(j)?;
        let opener = matches!(
            self.full(j),
            "his" | "her" | "their" | "the" | "a" | "an" | "your" | "one"
        ) || t.lo_flags & (flag::RANK_ABBREVIATION | flag::RANK_WORD) != 0;
        if !opener {
            return None;
        }
        let mut k = j + 1;
        while k < self.toks.len() && k <= j + 6 {
            let g = self.gap(k);
            if g.contains(['\n', '.', '!', '?', ';', ':', '(', ')', '"']) {
                return None;
            }
            // "I'm her grandson Iwan, I'm 17", "I am his daughter Sarah
            // Pryce and …": a relation word, then the name closing the
            // clause.
            if space_gap(g)
                && self.lo_flags(k - 1) & flag::RELATION != 0
                && self
                    .tok(k - 1)
                    .is_some_and(|r| r.shape == Shape::Lower && !r.possessive)
                && self.tok(k).is_some_and(|n| n.shape == Shape::Cap)
            {
                let s = self.take_name(k, Policy { max: 3, ..CONTEXT })?;
                let ends = !self.tok(s.last).is_some_and(|x| x.possessive)
                    && (self.clause_end_after(s.last)
                        || self.text_end_after(s.last)
                        || self.is(s.last + 1, "and"));
                return ends.then_some(s);
            }
            if g.contains(',') {
                let s = self.take_name(k, Policy { max: 3, ..CONTEXT })?;
                let strong = s.last > s.first || !self.all_weak(s);
                let ends = !self.tok(s.last).is_some_and(|x| x.possessive)
                    && (self.clause_end_after(s.last) || self.text_end_after(s.last));
                return (strong && ends).then_some(s);
            }
            k += 1;
        }
        None
    }

    /// "my name on the account is", "my name at work is", "my full name
    /// is", "my married name was" at `i` ("my"): the index after "is".
    fn qualified_name_is(&self, i: usize) -> Option<usize> {
        let sentence_gap = |k: usize| self.gap(k).contains(['\n', '.', '!', '?', ';', ':']);
        let k = if self.is(i + 1, "name") {
            // A short phrase before "is": "on the account", "on my
            // passport", "at work", "for the bank".
            if !matches!(self.full(i + 2), "on" | "in" | "at" | "for" | "with") {
                return None;
            }
            (i + 3..=i + 6).find(|&k| matches!(self.full(k), "is" | "was"))?
        } else {
            let qualifier = matches!(
                self.full(i + 1),
                "full"
                    | "real"
                    | "legal"
                    | "proper"
                    | "maiden"
                    | "married"
                    | "given"
                    | "actual"
                    | "working"
                    | "work"
                    | "stage"
                    | "street"
                    | "professional"
                    | "trading"
                    | "online"
            );
            if !(qualifier && self.is(i + 2, "name") && matches!(self.full(i + 3), "is" | "was")) {
                return None;
            }
            i + 3
        };
        if (i + 1..=k).any(sentence_gap) {
            return None;
        }
        Some(k + 1)
    }

    /// "Lowri isn't my real name", "Jo is my nickname", "Kez's not my
    /// proper name", "Deano is what they call me": the name just before a
    /// copula and "my [real] name" or "what … call(s) me", read back from
    /// "my" or "what" at token `i` (at most six tokens). The writer's name,
    /// real or not.
    fn named_before_my_name(&self, i: usize) -> Option<Span> {
        if i == 0 {
            return None;
        }
        let n = match self.full(i) {
            "my" => {
                let mut n = i + 1;
                if matches!(
                    self.full(n),
                    "real" | "actual" | "proper" | "full" | "first" | "legal" | "usual" | "given"
                ) {
                    n += 1;
                }
                if !matches!(self.full(n), "name" | "nickname" | "surname" | "forename") {
                    return None;
                }
                n
            }
            // "Kezia is what everyone calls me", "Deano's what they call
            // me on the street".
            "what" => {
                (i + 2..=i + 3)
                    .find(|&k| matches!(self.full(k), "call" | "calls") && self.is(k + 1, "me"))?
                    + 1
            }
            _ => return None,
        };
        // The copula before "my" ("is", "isn't", "is not", "'s not").
        let mut k = i - 1;
        let negated = matches!(self.full(k), "not" | "really" | "even");
        if negated {
            k = k.checked_sub(1)?;
        }
        let last = match self.full(k) {
            "is" | "isnt" | "isn't" | "was" | "wasnt" | "wasn't" | "aint" | "ain't" => {
                k.checked_sub(1)?
            }
            // "Kez's not my real name", "Deano's what they call me": the
            // copula inside the name token.
            _ if self.tok(k).is_some_and(|t| t.possessive) => k,
            _ => return None,
        };
        if (last + 1..=n).any(|m| self.gap(m).contains(['\n', '.', '!', '?', ';', ':', ','])) {
            return None;
        }
        // Up to three capitalised words ending at `last`, opening their
        // sentence, clause or quote.
        let mut first = last;
        while first > 0
            && first + 3 > last
            && space_gap(self.gap(first))
            && self
                .tok(first - 1)
                .is_some_and(|t| t.shape == Shape::Cap && !t.possessive)
        {
            first -= 1;
        }
        let opens = self.sentence_start(first)
            || self
                .gap(first)
                .contains([',', '\'', '\u{2018}', '"', '\u{201c}', '(']);
        if !opens || self.tok(first).is_none_or(|t| t.shape != Shape::Cap) {
            return None;
        }
        let s = self.take_name(first, Policy { max: 3, ..CONTEXT })?;
        (s.last == last).then_some(s)
    }

    /// A name the writer gives in answer to being asked it ("She asked my
    /// name and I said Kezia", "when he asked who I was I told him Dale"):
    /// "said", "told", "replied" or "answered" after "I" (at token `i`),
    /// with the writer's "name" or "who I was" earlier in the sentence (or
    /// the sentence before). Returns the first token after the reply verb
    /// and its object.
    fn reply_with_name(&self, i: usize) -> Option<usize> {
        if !matches!(self.full(i), "said" | "told" | "replied" | "answered") {
            return None;
        }
        // "I said", "I just said", "I only told him"
        let writer = i >= 1 && self.is(i - 1, "i")
            || i >= 2
                && self.is(i - 2, "i")
                && matches!(self.full(i - 1), "just" | "only" | "then" | "simply");
        if !writer {
            return None;
        }
        // "name", "who" or "called" before, in the same sentence or, when
        // the reply opens its sentence ("He asked my name. I said Kezia"),
        // the one before (sixteen tokens).
        let mut asked = false;
        let mut k = i.saturating_sub(1);
        let mut stops = 0;
        while k > 0 && k + 16 > i {
            if self.gap(k).contains(['\n', '.', '!', '?']) {
                stops += 1;
                let opens_reply = self.is(k, "i") && k + 3 > i;
                if stops > 1 || !opens_reply || self.gap(k).contains("\n\n") {
                    break;
                }
            }
            k -= 1;
            // The writer's name ("my name", "your name", "asked name"),
            // not another's ("his name", "the officer's name"); "who I
            // was", "who are you", not "who did it".
            let own_name = matches!(self.full(k), "name" | "names" | "name's" | "called")
                && k > 0
                && !matches!(self.full(k - 1), "his" | "her" | "their" | "its" | "the")
                && !self.tok(k - 1).is_some_and(|t| t.possessive);
            let who_i =
                self.is(k, "who") && matches!(self.full(k + 1), "i" | "i'm" | "you" | "are" | "am");
            if own_name || who_i {
                asked = true;
                break;
            }
        }
        if !asked {
            return None;
        }
        let mut j = i + 1;
        if matches!(self.full(j), "him" | "her" | "them" | "it" | "that") {
            // "I told him Dale", "I said it was Dale"
            if matches!(self.full(j), "it" | "that") && matches!(self.full(j + 1), "was" | "is") {
                j += 1;
            }
            j += 1;
        }
        // "I said I was Kezia", "I told her my name was Kezia" (a strong
        // introduction of its own).
        if matches!((self.full(j), self.full(j + 1)), ("i", "was" | "am")) {
            j += 2;
        } else if self.is(j, "i'm") || self.is(j, "im") {
            j += 1;
        }
        let g = self.gap(j);
        let ok = g.chars().all(|c| {
            matches!(
                c,
                ' ' | '\t' | '"' | '\'' | '\u{201c}' | '\u{2018}' | ':' | ','
            )
        });
        (ok && self.tok(j).is_some_and(|t| t.shape == Shape::Cap)).then_some(j)
    }

    /// Dotted initials at token `k`: two to four capital letters, each but
    /// the last followed by a dot ("R.P.", "R. P.", "J.R.T").
    fn initials_at(&self, k: usize) -> Option<Span> {
        let is_initial = |m: usize| self.tok(m).is_some_and(|t| t.shape == Shape::Initial);
        if !is_initial(k) {
            return None;
        }
        let mut last = k;
        while last < k + 3
            && is_initial(last + 1)
            && self.gap(last + 1).starts_with('.')
            && initial_gap(self.gap(last + 1))
        {
            last += 1;
        }
        // "a.m.", "p.m." are times.
        let time = last == k + 1 && matches!((self.lo(k), self.lo(last)), ("a" | "p", "m"));
        (last > k && !time).then_some(Span { first: k, last })
    }

    /// "I'm Ruth Pickersgill, R.P. on the statement": the writer's initials
    /// right after the name they introduced themselves with.
    fn emit_initials_after(&self, s: Span, fam: Fam, covered: &mut [bool], cands: &mut Vec<Cand>) {
        let k = s.last + 1;
        if self.gap(k).trim_matches([' ', '\t']) != "," {
            return;
        }
        if let Some(ini) = self.initials_at(k) {
            self.emit(ini, fam, covered, cands);
        }
    }

    /// A title at `i`; returns whether lower-case names may follow.
    fn title(&self, i: usize) -> Option<bool> {
        let t = self.tok(i)?;
        if t.lo_flags & flag::TITLE == 0 {
            return None;
        }
        let lower_ok = t.lo_flags & flag::TITLE_LOWER != 0;
        match t.shape {
            Shape::Cap | Shape::Upper | Shape::Initial => Some(t.shape != Shape::Cap || lower_ok),
            Shape::Lower if lower_ok => Some(true),
            _ => None,
        }
    }

    /// A rank (possibly several words, "Detective Chief Inspector", and a
    /// collar number) at `i`. Returns the index after it, whether it is a
    /// formal rank, and whether it was written as a word (so a lower-case
    /// gazetteer surname may follow).
    fn rank(&self, i: usize) -> Option<(usize, bool, bool)> {
        let mut j = i;
        let mut formal = false;
        let mut word = false;
        let mut any = false;
        while j < self.toks.len() && j < i + 4 {
            if j > i && !(space_gap(self.gap(j)) || initial_gap(self.gap(j))) {
                break;
            }
            let t = self.tok(j)?;
            let lo = self.lo(j);
            let f = t.lo_flags;
            if (matches!(t.shape, Shape::Upper | Shape::Cap) && f & flag::RANK_ABBREVIATION != 0)
                || (t.shape == Shape::Lower && f & flag::LOWER_RANK_ABBREVIATION != 0)
            {
                word |= t.shape == Shape::Lower;
                // "Ch" only before "Supt"/"Insp".
                if lo == "ch" && !(self.is(j + 1, "supt") || self.is(j + 1, "insp")) {
                    break;
                }
                formal = true;
                any = true;
            } else if f & flag::RANK_WORD != 0 {
                if t.shape == Shape::Other || t.possessive {
                    break;
                }
                formal |= f & flag::FORMAL_RANK_WORD != 0;
                word = true;
                any = true;
            } else {
                break;
            }
            j += 1;
        }
        if !any {
            return None;
        }
        // "Officer Pryce", "officer Cormac Lomax": a capitalised role word,
        // or two capitalised words after it, take an unknown surname.
        if !formal && j > i && self.lo(j - 1) == "officer" {
            let cap = |k: usize| self.tok(k).is_some_and(|t| t.shape == Shape::Cap);
            if cap(j - 1) || (cap(j) && cap(j + 1) && space_gap(self.gap(j + 1))) {
                formal = true;
            }
        }
        // A collar number: "PC 4471 Reeves", "PC AB12 Reeves".
        if self.tok(j).is_some_and(|t| t.shape == Shape::Other) && space_gap(self.gap(j)) {
            j += 1;
        }
        // A dot closes an abbreviation ("Sgt. Arkwright"), but ends the
        // sentence after a whole word or a number ("… given to the officer.
        // Address Flat 6", "PC 4471. Reeves was …").
        let abbreviated = j > i
            && self.lo_flags(j - 1) & (flag::RANK_ABBREVIATION | flag::LOWER_RANK_ABBREVIATION)
                != 0;
        if !(space_gap(self.gap(j)) || abbreviated && initial_gap(self.gap(j))) {
            return None;
        }
        Some((j, formal, word))
    }

    /// "SURNAME, Forename" alone on a line, the senders of a chat export
    /// and a bare name closing the text. One pass over the tokens with
    /// cheap shape tests first.
    ///
    /// `gate`: try an email header label only at a token with
    /// [`flag::HEADER_LABEL`] and a proxy phrase only at one with
    /// [`flag::PROXY_START`] (the words those functions match first).
    /// Exact (the tests run with and without it); `false` only in tests.
    fn line_families(
        &self,
        ctx: &TextContext,
        covered: &mut [bool],
        cands: &mut Vec<Cand>,
        gate: bool,
    ) {
        let mut senders: Vec<Span> = Vec::new();
        // A pasted email header line came before (From:, To:, Subject: …).
        let mut header_seen = false;
        // The writer said they write for someone else ("on behalf of",
        // "write this for her", "asked me to report").
        let mut proxy_seen = false;
        for i in 0..self.toks.len() {
            let Some(t) = self.tok(i) else { break };
            if (!gate || t.lo_flags & flag::HEADER_LABEL != 0)
                && let Some(k) = self.header_label(i)
            {
                header_seen = true;
                if let Some(s) = self.header_name(k, covered) {
                    let to_or_from = matches!(self.lo(i), "from" | "to");
                    let fam = Fam {
                        hint: to_or_from.then_some(Party::Reporter),
                        ..HEADER
                    };
                    self.emit(s, fam, covered, cands);
                }
                continue;
            }
            if !proxy_seen
                && matches!(t.shape, Shape::Lower | Shape::Cap)
                && (!gate || t.full_flags & flag::PROXY_START != 0)
            {
                proxy_seen = self.proxy_phrase(i);
            }
            if proxy_seen
                && matches!(t.shape, Shape::Lower | Shape::Cap)
                && let Some(s) = self.proxy_name(i)
            {
                self.emit(s, PROXY, covered, cands);
                continue;
            }
            if matches!(t.shape, Shape::Cap | Shape::Upper)
                && !covered.get(i).copied().unwrap_or(true)
                && let Some(s) = self.addressee(i, header_seen)
            {
                self.emit(s, ADDRESSEE, covered, cands);
                continue;
            }
            if t.shape == Shape::Upper
                && (i == 0 || self.gap(i).contains('\n'))
                && !covered.get(i).copied().unwrap_or(true)
                && let Some(s) = self.surname_first(i)
                && self
                    .tok(i + 1)
                    .is_some_and(|f| matches!(f.class, Class::Strong { fore: true, .. }))
            {
                self.emit(s, SURNAME_FIRST, covered, cands);
                continue;
            }
            if i > 0
                && self.tok(i - 1).is_some_and(|p| p.shape == Shape::Other)
                && let Some(s) = self.chat_sender(i)
            {
                senders.push(s);
            }
        }
        if !senders.is_empty() {
            let subject = subject_parts(ctx);
            let is_subject = |s: &Span| {
                (s.first..=s.last).any(|k| subject.contains(self.lo(k)))
                    || (s.first..=s.last).any(|k| {
                        self.lo_flags(k) & (flag::RANK_ABBREVIATION | flag::RANK_WORD) != 0
                    })
            };
            let mut distinct: Vec<&str> = Vec::new();
            for s in &senders {
                let text = self.norm.get(self.range(*s)).unwrap_or("");
                if !distinct.iter().any(|d| d.eq_ignore_ascii_case(text)) {
                    distinct.push(text);
                }
            }
            // Two parties, one a declared subject: the other is the writer.
            let any_subject = senders.iter().any(is_subject);
            for s in &senders {
                let reporter = distinct.len() <= 2 && any_subject && !is_subject(s);
                let fam = Fam {
                    hint: reporter.then_some(Party::Reporter),
                    ..CHAT_SENDER
                };
                self.emit(*s, fam, covered, cands);
            }
        }
        if let Some(s) = self.bare_sign_off(covered) {
            self.emit(s, BARE_SIGN_OFF, covered, cands);
        }
    }

    /// An email header label at a line start ("From:", "To:", "Cc:",
    /// "Subject:", "Sent:"): the index of the token after its colon.
    fn header_label(&self, i: usize) -> Option<usize> {
        if !(i == 0 || self.gap(i).contains('\n')) {
            return None;
        }
        let label = matches!(
            self.lo(i),
            "from" | "to" | "cc" | "bcc" | "subject" | "sent" | "date" | "re"
        );
        let colon = self.gap_after(i).trim_matches([' ', '\t']) == ":";
        (label && colon).then_some(i + 1)
    }

    /// The person name on a From:/To:/Cc: header line at token `k`,
    /// followed by an address ("<jo@…>"), a separator or the line end.
    fn header_name(&self, k: usize, covered: &[bool]) -> Option<Span> {
        if !matches!(self.lo(k.checked_sub(1)?), "from" | "to" | "cc" | "bcc") {
            return None;
        }
        let s = self.take_name(
            k,
            Policy {
                lower: Lower::Gazetteer,
                max: 4,
                ..CONTEXT
            },
        )?;
        if (s.first..=s.last).any(|m| covered.get(m).copied().unwrap_or(true)) {
            return None;
        }
        let after = self.gap_after(s.last).trim_start_matches([' ', '\t']);
        let closed =
            self.line_end_after(s.last) || after.starts_with(['<', '(', '[', ',', ';', '"']);
        // "To: Professional Standards": a gazetteer name or an initial.
        (closed && !self.all_weak(s)).then_some(s)
    }

    /// A phrase at token `i` saying the writer reports for someone else:
    /// "on behalf of", "on her behalf", "write this for her", "asked me to
    /// report".
    fn proxy_phrase(&self, i: usize) -> bool {
        let (w0, w1, w2) = (self.full(i), self.full(i + 1), self.full(i + 2));
        let act = |w: &str| PROXY_ACTS.contains(&w);
        match (w0, w1, w2) {
            ("on", "behalf", "of") | ("on", "her" | "his" | "their" | "my", "behalf") => true,
            ("asked" | "asks" | "wants" | "wanted" | "got", "me" | "us", "to") => {
                act(self.full(i + 3))
            }
            _ if act(w0) => (i + 1..=i + 3).any(|k| {
                self.is(k, "for")
                    && matches!(self.full(k + 1), "her" | "him" | "them")
                    && !self.gap(k).contains(['\n', '.', '!', '?'])
            }),
            _ => false,
        }
    }

    /// After a proxy phrase: "she is Gwenllian ap Rhys", "her name is
    /// Maureen Tate", "on behalf of my gran, Gwenllian ap Rhys".
    fn proxy_name(&self, i: usize) -> Option<Span> {
        let (w0, w1, w2) = (self.full(i), self.full(i + 1), self.full(i + 2));
        let k = match (w0, w1, w2) {
            ("she" | "he", "is" | "was", _) => i + 2,
            ("she's" | "he's", _, _) => i + 1,
            ("her" | "his", "name", "is" | "was") => i + 3,
            ("her" | "his", "name's", _) => i + 2,
            ("of", _, _) if self.is(i.checked_sub(1)?, "behalf") => {
                // "on behalf of my gran, Gwenllian ap Rhys"
                let mut k = i + 1;
                if matches!(self.full(k), "my" | "our")
                    && self.lo_flags(k + 1) & flag::RELATION != 0
                {
                    k += 2;
                }
                k
            }
            _ => return None,
        };
        let g = self.gap(k);
        if !(space_gap(g) || g.trim_matches([' ', '\t']) == ",") {
            return None;
        }
        if self.tok(k).is_none_or(|t| t.shape != Shape::Cap) {
            return None;
        }
        // A cue or relation family may have found the name already ("her
        // name is …", "my gran, …"): the proxy's Reporter hint joins it.
        let s = self.take_name(k, Policy { max: 4, ..CONTEXT })?;
        let ends = !self.tok(s.last).is_some_and(|x| x.possessive)
            && (self.clause_end_after(s.last)
                || self.text_end_after(s.last)
                || self.is(s.last + 1, "and"));
        (ends && (s.last > s.first || !self.all_weak(s))).then_some(s)
    }

    /// The person a quoted or pasted message opens by speaking to, at
    /// token `i`: after an opening quote ("\"Siobhan it's me, pick up",
    /// "'Jo, open the door'"), after a greeting on a later line ("Dear
    /// Elin,", "Hi Jo,"), or at a line start after an email header block
    /// ("Elin, as discussed"). The name is followed by a comma or
    /// by "it's me"; a gazetteer name either way.
    fn addressee(&self, i: usize, header_seen: bool) -> Option<Span> {
        let g = self.gap(i);
        let quote = g
            .trim_end_matches([' ', '\t'])
            .ends_with(['"', '\u{201c}', '\'', '\u{2018}']);
        let greeting = self.greeting_before(i) && space_gap(g);
        // "\"hey Lowri, you looked great\"": the greeting opens a quote
        // (not the writer's own: "I texted him \"hey Darren, …\"").
        let quote = quote
            || greeting
                && self
                    .gap(i - 1)
                    .trim_end_matches([' ', '\t'])
                    .ends_with(['"', '\u{201c}', '\'', '\u{2018}'])
                && !self.writer_quotes(i - 1);
        let later_line = self.first_newline < self.tok(i)?.start;
        let line_start = i == 0 || g.contains('\n');
        if !(quote || greeting || line_start && header_seen) {
            return self.closing_vocative(i);
        }
        let s = self.take_name(i, Policy { max: 3, ..CONTEXT })?;
        if self.tok(s.last).is_some_and(|t| t.possessive) {
            return None;
        }
        let it_s_me = matches!(
            (self.full(s.last + 1), self.full(s.last + 2)),
            ("it's" | "its", "me") | ("it", "is")
        ) && (self.full(s.last + 2) == "me" || self.full(s.last + 3) == "me");
        let comma = self.gap_after(s.last).trim_matches([' ', '\t']) == ",";
        // A gazetteer name: "Listen, you" and "Honestly, it's me" are not.
        if !(it_s_me || comma) || self.all_weak(s) {
            return None;
        }
        // A greeting on the report's own first line addresses the police.
        if greeting && !quote && !header_seen && !later_line {
            return None;
        }
        Some(s)
    }

    /// A name closing a quote after a comma ("\"I'll always know where you
    /// are, Niamh\"", "'stop lying, Jo Bloggs!'") or between commas inside
    /// an open double quote ("\"listen, Niamh, nobody …\""): the person
    /// the quoted speaker talks to. An opening quote must come earlier on
    /// the line (within forty tokens); a gazetteer name only.
    fn closing_vocative(&self, i: usize) -> Option<Span> {
        if self.gap(i).trim_matches([' ', '\t']) != "," {
            return None;
        }
        let s = self.take_name(i, Policy { max: 2, ..CONTEXT })?;
        if self.all_weak(s) || self.tok(s.last).is_some_and(|t| t.possessive) {
            return None;
        }
        let quotes = ['"', '\u{201c}', '\u{201d}', '\'', '\u{2018}', '\u{2019}'];
        let after = self.gap_after(s.last).trim_start_matches([' ', '\t']);
        // "listen, Niamh, nobody will believe you": inside an open double
        // quote (an odd number of them before it on the line).
        let middle = after.starts_with(',');
        let after = after.trim_start_matches(['.', '!', '?', ',']);
        if !middle && !after.starts_with(quotes) {
            return None;
        }
        let mut k = i + 1;
        let mut doubles = 0;
        let mut opening = None;
        while k > 0 && k + 41 > i {
            k -= 1;
            let g = self.gap(k);
            if g.contains('\n') {
                break;
            }
            if g.contains(quotes) {
                opening.get_or_insert(k);
                if !middle {
                    break;
                }
            }
            doubles += g
                .chars()
                .filter(|c| matches!(c, '"' | '\u{201c}' | '\u{201d}'))
                .count();
        }
        let open = opening.filter(|_| !middle || doubles % 2 == 1)?;
        (!self.writer_quotes(open)).then_some(s)
    }

    /// Whether the quote opening at token `k` is the writer's own words ("I
    /// said \"leave me alone, Darren\"", "I told him 'hey Darren, …'"):
    /// "I" among the three tokens before it. Then the person addressed is
    /// not the writer.
    fn writer_quotes(&self, k: usize) -> bool {
        (1..=3).any(|d| k >= d && self.is(k - d, "i"))
    }

    /// Token `i` follows a chat-export prefix at a line start ("14/02/2025,
    /// 22:43 - ", "[14/02/2025, 22:43:10] ", "14.02.25, 10:43 pm - ") and
    /// starts a sender name of up to four words closed by a colon.
    fn chat_sender(&self, i: usize) -> Option<Span> {
        let gt = self.gap(i).trim_matches([' ', '\t']);
        if !matches!(gt, "-" | "\u{2013}" | "]" | "] -" | ":") {
            return None;
        }
        let digits = |m: usize| {
            self.tok(m).is_some_and(|t| {
                t.shape == Shape::Other
                    && (1..=4).contains(&(t.end - t.start))
                    && self.lo(m).bytes().all(|b| b.is_ascii_digit())
            })
        };
        let mut k = i.checked_sub(1)?;
        if matches!(self.full(k), "am" | "pm") {
            k = k.checked_sub(1)?;
        }
        // hh:mm[:ss]
        let mut parts = 1;
        while parts < 3 && digits(k) && self.gap(k) == ":" && k > 0 && digits(k - 1) {
            k -= 1;
            parts += 1;
        }
        if parts < 2 || !digits(k) {
            return None;
        }
        // the date before it: d/m/y (or . or -), then ", " or " "
        let g = self.gap(k);
        if !(g.trim_matches(' ') == "," || space_gap(g)) {
            return None;
        }
        k = k.checked_sub(1)?;
        for _ in 0..2 {
            if !digits(k) || !matches!(self.gap(k), "/" | "." | "-") {
                return None;
            }
            k = k.checked_sub(1)?;
        }
        if !digits(k) {
            return None;
        }
        if !(k == 0 || self.gap(k).contains(['\n', '['])) {
            return None;
        }
        // The sender: words up to a colon on the same line.
        let mut m = i;
        loop {
            let t = self.tok(m)?;
            if matches!(t.shape, Shape::Other) || m >= i + 4 {
                return None;
            }
            let after = self.gap_after(m);
            let colon = after.find(':');
            if colon.is_some_and(|c| !after.get(..c).is_some_and(|b| b.contains('\n'))) {
                break;
            }
            if !(space_gap(after) || initial_gap(after)) {
                return None;
            }
            m += 1;
        }
        let named = (i..=m).any(|k| !matches!(self.tok(k).map(|t| t.class), Some(Class::Block)));
        named.then_some(Span { first: i, last: m })
    }

    /// A bare name closing the text: after the last sentence end (or a
    /// comma that does not follow a relation or person word), one or two
    /// words before the end (and an optional kiss): a gazetteer forename
    /// that is not a common word, in any case, then optionally an initial
    /// or a surname ("… will come. nadia k", "(my work one). Kwame", "ps
    /// sorry about the spelling, ciara").
    fn bare_sign_off(&self, covered: &[bool]) -> Option<Span> {
        let mut last = self.toks.len().checked_sub(1)?;
        if last > 0 && matches!(self.full(last), "x" | "xx" | "xxx") {
            last -= 1;
        }
        // "…\nSukhwinder (Suki) Bains" alone on the last line: a bracketed
        // short form inside a gazetteer forename and a surname.
        if last >= 3
            && self.gap(last - 1).trim_matches([' ', '\t']) == "("
            && self.gap(last).trim_matches([' ', '\t']) == ")"
            && self.gap(last - 2).contains('\n')
            && !(last - 2..=last).any(|k| covered.get(k).copied().unwrap_or(true))
        {
            let cap = |k: usize| {
                self.tok(k)
                    .is_some_and(|t| t.shape == Shape::Cap && !t.possessive)
            };
            let fore = self
                .tok(last - 2)
                .is_some_and(|t| matches!(t.class, Class::Strong { fore: true, .. }));
            let sur = self.tok(last).is_some_and(|t| {
                matches!(t.class, Class::Strong { sur: true, .. } | Class::Unknown)
            });
            if fore && sur && cap(last - 2) && cap(last - 1) && cap(last) {
                return Some(Span {
                    first: last - 2,
                    last,
                });
            }
        }
        for first in [last.checked_sub(1), Some(last)].into_iter().flatten() {
            if first == 0 || (first..=last).any(|k| covered.get(k).copied().unwrap_or(true)) {
                continue;
            }
            let Some(f) = self.tok(first) else { continue };
            if !matches!(f.class, Class::Strong { fore: true, .. })
                || matches!(f.shape, Shape::Other | Shape::Initial)
                || f.possessive
            {
                continue;
            }
            if last > first {
                let Some(l) = self.tok(last) else { continue };
                let initial = l.end - l.start == 1
                    && self.lo(last).chars().all(char::is_alphabetic)
                    && self.lo(last) != "i"
                    && self.lo(last) != "a";
                let surname = matches!(l.class, Class::Strong { sur: true, .. })
                    || (l.shape == Shape::Cap
                        && f.shape == Shape::Cap
                        && l.class == Class::Unknown);
                if !(initial || surname) || l.possessive || !space_gap(self.gap(last)) {
                    continue;
                }
            }
            let prev = first - 1;
            if self.lo_flags(prev) & (flag::TITLE | flag::RANK_ABBREVIATION | flag::RANK_WORD) != 0
            {
                continue;
            }
            let g = self.gap(first);
            let prev_initial = self.tok(prev).is_some_and(|t| t.shape == Shape::Initial);
            let sentence = g.contains(['\n', '!', '?']) || (g.contains('.') && !prev_initial);
            let comma = g.trim_matches([' ', '\t']) == ","
                && self.lo_flags(prev) & (flag::RELATION | flag::PERSON_WORD | flag::STOP) == 0
                && self.tok(prev).is_some_and(|t| t.shape == Shape::Lower);
            if sentence || comma {
                return Some(Span { first, last });
            }
        }
        self.bare_nickname(last, covered)
    }

    /// A short word in no list alone at the very end, set apart from the
    /// text before it: "… or whatsapp same number. kaz", "…\nKaz", "… x
    /// kaz", "… - Shaz". A nickname the gazetteer cannot hold; a common
    /// word there is nearly always in a list ("Thanks.", "Help.") or in
    /// [`CLOSERS`]. Letters only, two to six of them, not shaped like
    /// a verb or adverb, no "!"/"?" after it, and the token is neither part
    /// of an address ("example.com": the sentence end needs a space after
    /// it) nor after a title or rank.
    fn bare_nickname(&self, last: usize, covered: &[bool]) -> Option<Span> {
        let t = self.tok(last)?;
        if last < 4
            || covered.get(last).copied().unwrap_or(true)
            || t.class != Class::Unknown
            || !matches!(t.shape, Shape::Lower | Shape::Cap)
            || t.possessive
        {
            return None;
        }
        let lo = self.lo(last);
        let n = lo.len();
        if !(2..=6).contains(&n)
            || !lo.bytes().all(|b| b.is_ascii_alphabetic())
            || CLOSERS.contains(&lo)
            || ["ed", "ing", "ly", "s"].iter().any(|x| lo.ends_with(x))
        {
            return None;
        }
        // Nothing after it but a full stop, spaces or a kiss.
        let after_end =
            last + 1 >= self.toks.len() || matches!(self.full(last + 1), "x" | "xx" | "xxx");
        let after = self.gap_after(last).trim();
        if !after_end || !(after.is_empty() || after == ".") {
            return None;
        }
        let prev = last - 1;
        if self.lo_flags(prev) & (flag::TITLE | flag::RANK_ABBREVIATION | flag::RANK_WORD) != 0 {
            return None;
        }
        let g = self.gap(last);
        let spaced_end = g.trim_start_matches(['.', '!', '?']).len() < g.len()
            && g.trim_start_matches(['.', '!', '?'])
                .starts_with([' ', '\t', '\n'])
            || g.trim_end_matches([' ', '\t']).len() < g.len()
                && g.trim_end_matches([' ', '\t']).ends_with(['.', '!', '?']);
        let dash = matches!(g.trim(), "-" | "\u{2013}" | "\u{2014}" | "~") && g.starts_with(' ');
        let kiss = matches!(self.full(prev), "x" | "xx" | "xxx") && space_gap(g);
        (g.contains('\n') || spaced_end || dash || kiss).then_some(Span { first: last, last })
    }

    /// A name the writer may have signed or cued with ([`SELF_CUE`],
    /// [`BARE_SIGN_OFF`]) that shares a part with a declared subject's
    /// name is not claimed for the reporter: known values win.
    fn unclaim_subject_names(&self, ctx: &TextContext, cands: &mut [Cand]) {
        let weak = |c: &Cand| {
            [
                SELF_CUE.detector,
                BARE_SIGN_OFF.detector,
                ADDRESSEE.detector,
                HEADER.detector,
                PROXY.detector,
            ]
            .contains(&c.detector)
        };
        if !cands.iter().any(weak) {
            return;
        }
        let subject = subject_parts(ctx);
        for c in cands.iter_mut().filter(|c| weak(c)) {
            // "IP name Ffion Llewellyn" (the officer is Owain Llewellyn):
            // a shared surname alone does not make the name the officer's.
            let parts = c.toks.clone().filter(|&k| {
                self.tok(k).is_some_and(|t| {
                    t.shape != Shape::Other && self.lo_flags(k) & flag::PARTICLE == 0
                })
            });
            let mut any = false;
            let mut all = true;
            for k in parts {
                let sub = subject.contains(self.lo(k));
                any |= sub;
                all &= sub;
            }
            if any && all {
                c.hint = None;
            }
        }
    }

    /// Every other occurrence of a part of a name the reporter introduced
    /// or signed with. One pass over the tokens; set look-ups only.
    fn reporter_repeats(&self, ctx: &TextContext, cands: &mut Vec<Cand>) {
        let mut parts: HashSet<&str> = HashSet::default();
        let mut skip = vec![false; self.toks.len()];
        for c in cands.iter() {
            let reporter = c.hint == Some(Party::Reporter);
            if reporter || c.detector == RANK.detector {
                for k in c.toks.clone() {
                    if let Some(x) = skip.get_mut(k) {
                        *x = true;
                    }
                }
            }
            if !reporter {
                continue;
            }
            for k in c.toks.clone() {
                let lo = self.lo(k);
                let usable = self
                    .tok(k)
                    .is_some_and(|t| t.shape != Shape::Initial && t.shape != Shape::Other);
                if usable && lo.chars().count() >= 2 && self.lo_flags(k) & flag::PARTICLE == 0 {
                    parts.insert(lo);
                }
            }
        }
        // Short forms of the reporter's declared forenames ("Hattie" for
        // Harriet, "Jen" for Jennifer): an officer's "don't make this
        // awkward, Hattie" names the reporter.
        let mut forenames: Vec<String> = Vec::new();
        for kv in ctx.known() {
            if kv.kind == Kind::Name
                && kv.party == Party::Reporter
                && let Some(w) = kv.value.split_whitespace().next()
            {
                let w = w.to_lowercase();
                if w.chars().count() >= 4 && w.chars().all(char::is_alphabetic) {
                    forenames.push(w);
                }
            }
        }
        if parts.is_empty() && forenames.is_empty() {
            return;
        }
        // Parts of the subject's declared name stay the officer's.
        let mut subject_words: HashSet<String> = HashSet::default();
        for kv in ctx.known() {
            if kv.kind == Kind::Name && kv.party == Party::Subject {
                for w in kv
                    .value
                    .split(|c: char| !c.is_alphanumeric() && !is_joiner(c))
                {
                    let w = w.to_lowercase();
                    parts.remove(w.as_str());
                    if !forenames.is_empty() {
                        subject_words.insert(w);
                    }
                }
            }
        }
        // The shape and class tests first: they are cheaper than the set
        // look-up, and most words are ordinary lower-case words.
        for (i, t) in self.toks.iter().enumerate() {
            let common = matches!(t.class, Class::Block | Class::Ambiguous { .. });
            let ok = match t.shape {
                Shape::Cap | Shape::Upper => true,
                Shape::Lower => !common,
                Shape::Initial | Shape::Other => false,
            };
            let repeat = |lo: &str| {
                parts.contains(lo)
                    || t.shape == Shape::Cap
                        && !common
                        && forenames.iter().any(|f| short_form_of(lo, f))
                        && !subject_words.contains(lo)
            };
            if ok && !skip.get(i).copied().unwrap_or(true) && repeat(self.lo(i)) {
                cands.push(Cand {
                    range: t.start..t.core_end,
                    toks: i..i + 1,
                    prio: 2,
                    detector: "name.reporter_repeat",
                    confidence: 0.85,
                    hint: Some(Party::Reporter),
                });
            }
        }
    }

    /// Capitalised names supported by the gazetteers, at token `i`.
    /// Returns the next token index to look at.
    fn gazetteer(&self, i: usize, covered: &mut [bool], cands: &mut Vec<Cand>) -> usize {
        if covered.get(i).copied().unwrap_or(true) {
            return i + 1;
        }
        let Some(t) = self.tok(i) else {
            return i + 1;
        };
        if t.shape == Shape::Lower {
            // "aled kowalski": a lower-case gazetteer forename and surname,
            // neither a common word.
            let pair = matches!(t.class, Class::Strong { fore: true, .. })
                && space_gap(self.gap(i + 1))
                && self.tok(i + 1).is_some_and(|n| {
                    n.shape == Shape::Lower && matches!(n.class, Class::Strong { sur: true, .. })
                })
                && !covered.get(i + 1).copied().unwrap_or(true);
            if pair {
                let s = Span {
                    first: i,
                    last: i + 1,
                };
                self.emit(s, fam(1, "name.gazetteer", 0.6, None), covered, cands);
                return i + 2;
            }
            return i + 1;
        }
        if !matches!(t.shape, Shape::Cap | Shape::Upper | Shape::Initial) {
            return i + 1;
        }
        // "St Helens", "West Bromwich", "New Brighton": place names.
        if i > 0
            && space_gap(self.gap(i))
            && self
                .tok(i - 1)
                .is_some_and(|p| p.shape != Shape::Lower && p.lo_flags & flag::PLACE_PREFIX != 0)
        {
            return i + 1;
        }
        let p = Policy {
            lower: Lower::No,
            unknown_first: true,
            unknown_rest: true,
            ambiguous_alone: false,
            lower_ambiguous: false,
            max: 4,
        };
        let span = if t.shape == Shape::Initial {
            self.take_name(i, p)
        } else {
            match t.class {
                Class::Block => None,
                Class::Strong { .. } => self.take_name(i, p).filter(|s| {
                    // An all-caps single token needs to be a surname-and-forename
                    // pair or longer ("PLEASE HELP" is not a name).
                    !(t.shape == Shape::Upper && s.first == s.last)
                }),
                Class::Ambiguous { .. } => {
                    let s = self.take_name(i, p);
                    match s {
                        Some(s) if s.last > s.first => {
                            // Second signal: a strong token in the span.
                            let strong = (s.first + 1..=s.last).any(|k| {
                                self.tok(k).is_some_and(|x| {
                                    matches!(x.class, Class::Strong { sur: true, .. })
                                })
                            });
                            strong.then_some(s)
                        }
                        _ => {
                            // "Grace's husband"
                            let person = t.possessive
                                && t.shape == Shape::Cap
                                && self.lo_flags(i + 1) & flag::PERSON_WORD != 0;
                            person.then_some(Span { first: i, last: i })
                        }
                    }
                }
                Class::Unknown => {
                    let next_surname = space_gap(self.gap(i + 1))
                        && t.shape == Shape::Cap
                        && self.tok(i + 1).is_some_and(|n| {
                            n.shape == Shape::Cap
                                && matches!(n.class, Class::Strong { sur: true, .. })
                        });
                    if next_surname {
                        self.take_name(i, p)
                    } else {
                        None
                    }
                }
            }
        };
        let Some(s) = span else {
            return i + 1;
        };
        if t.shape == Shape::Initial {
            // "J. Smith": the surname must be in the gazetteer.
            let ok = (s.first..=s.last).any(|k| {
                self.tok(k).is_some_and(|x| {
                    matches!(
                        x.class,
                        Class::Strong { sur: true, .. } | Class::Ambiguous { sur: true }
                    )
                })
            });
            if !ok {
                return i + 1;
            }
        }
        let n = s.last - s.first + 1;
        let confidence = if n >= 2 { 0.85 } else { 0.7 };
        self.emit(
            s,
            fam(1, "name.gazetteer", confidence, None),
            covered,
            cands,
        );
        s.last + 1
    }
}

/// The lower-cased parts (three letters or more) of the subjects'
/// declared names.
/// Whether `short` (lower case) is a usual short form of the forename
/// `full` (lower case, four letters or more): its first three letters
/// ("jen" for jennifer, "kath" for katherine), or the first two with a
/// pet-name ending ("hattie" for harriet, "becky" for rebecca is not
/// caught). Not the name itself (that is a plain repeat).
fn short_form_of(short: &str, full: &str) -> bool {
    let n = short.len();
    if short == full || !(2..=7).contains(&n) || !short.is_ascii() || !full.is_ascii() {
        return false;
    }
    let common = short
        .bytes()
        .zip(full.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    let pet = short.ends_with("ie") || short.ends_with('y') || short.ends_with("ee");
    (n >= 3 && common == n) || (common >= 3 && pet) || (common >= 2 && pet && n >= 5)
}

fn subject_parts(ctx: &TextContext) -> HashSet<String> {
    let mut parts = HashSet::default();
    for kv in ctx.known() {
        if kv.kind == Kind::Name && kv.party == Party::Subject {
            for w in kv
                .value
                .split(|c: char| !c.is_alphanumeric() && !is_joiner(c))
            {
                if w.chars().count() >= 3 {
                    parts.insert(w.to_lowercase());
                }
            }
        }
    }
    parts
}

/// Merges overlapping candidates: the union of their ranges, with the
/// detector, confidence and hint of the highest-priority one; except that a
/// reporter hint anywhere in the union wins (protect when in doubt) unless
/// a rank + name candidate is part of it (the officer's name is evidence).
fn merge(mut cands: Vec<Cand>, out: &mut Vec<Finding>) {
    cands.sort_by(|a, b| a.range.start.cmp(&b.range.start).then(b.prio.cmp(&a.prio)));
    let mut cur: Option<(Cand, bool, bool)> = None;
    for c in cands {
        if c.range.is_empty() {
            continue;
        }
        let reporter = c.hint == Some(Party::Reporter);
        let rank = c.detector == RANK.detector;
        match cur.as_mut() {
            Some((k, rep, rk)) if c.range.start < k.range.end => {
                k.range.end = k.range.end.max(c.range.end);
                *rep |= reporter;
                *rk |= rank;
                if c.prio > k.prio {
                    k.prio = c.prio;
                    k.detector = c.detector;
                    k.confidence = c.confidence;
                    k.hint = c.hint;
                }
            }
            _ => {
                if let Some(k) = cur.take() {
                    out.push(to_finding(k));
                }
                cur = Some((c, reporter, rank));
            }
        }
    }
    if let Some(k) = cur {
        out.push(to_finding(k));
    }
}

fn to_finding((c, reporter, rank): (Cand, bool, bool)) -> Finding {
    let f = Finding::new(Kind::Name, c.range, c.confidence, c.detector, false);
    let hint = if reporter && !rank {
        Some(Party::Reporter)
    } else {
        c.hint
    };
    match hint {
        Some(p) => f.with_party_hint(p),
        None => f,
    }
}

#[cfg(test)]
#[path = "names_tests.rs"]
mod tests;
