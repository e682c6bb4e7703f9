//! Street addresses: a house or flat number, a street name and a
//! street-type word ("12 Acacia Avenue", "Flat 3, 12 Acacia Avenue",
//! "12a High St", "12-14 Mill Lane"); Welsh streets whose type comes first
//! ("12 Heol y Nant", "I live on Ffordd Glyndŵr"); Scottish and northern
//! street words ("4 Castle Brae", "22 Wellgate"); a flat and house number
//! before a street with no type ("Flat 3B, 22 Wellgate"); house and farm
//! names in an address context ("our house is Brookfield, 3 Moor End
//! Lane", "lives at Rose Cottage, Heol y Nant", "on our farm, Pen-y-Bryn
//! Farm, Llanfaes"); PO boxes; and what3words addresses
//! ("///limes.tractor.gravy", "w3w: limes.tractor.gravy"), which pin a
//! place to three metres.

use std::ops::Range;

use super::{Kind, Rule, Scan};
use crate::attribute::Party;

const TYPES: &str = "Road|Rd|Street|St|Avenue|Ave|Av|Lane|Ln|Close|Cl|Drive|Dr|Way|Court|Ct|Crescent|Cres|Gardens|Gdns|Terrace|Terr|Tce|Place|Pl|Grove|Gr|Walk|Row|Mews|Rise|Hill|Square|Sq|Parade|Pde|View|Green|Park|Vale|Gate|Wharf|Yard|Boulevard|Blvd|Embankment|Quay|Croft|Fold|Chase|Meadow|Meadows|Wynd|Brow|Drove|Circus|Approach|Heights|Grange|Path|Passage|Alley|Wood|End|Side|Bank|Mount|Lea|Hollow|Cottages|Villas|Buildings|Mansions|Broadway|Causeway|Promenade|Highway|Crossway|Link|Lawn|Lawns|Orchard|Paddock|Ridge|Dale|Glen|Nook|Garth|Loke|Twitten|Ginnel|Vennel|Wharf";

/// Scottish and northern street words that are also ordinary English
/// words ("a bank loan", "a steep brae"): street types only when
/// capitalised ("4 Castle Brae", "Hawthorn Loan", "Kirk Gait").
const SCOTS: &str = "Brae|Loan|Loaning|Gait|Pend|Neuk|Wynd|Vennel";

/// Welsh street words, which come before the name ("Heol y Nant",
/// "Ffordd Glyndŵr", "Stryd Fawr", "Lôn Goed"): capitalised only.
const WELSH: &str = "Heol|Ffordd|Stryd|Lon|Lôn|Rhodfa|Cilgant|Teras|Llys|Clos|Maes";

/// A capitalised word with hyphens and apostrophes ("Pen-y-Bryn"). ASCII
/// only, to keep the combined automaton small: a handler runs a match
/// on over the accented letters of Welsh and Irish names ("Glynd" +
/// "ŵr", see [`word_end`]).
const CAP: &str = r"[A-Z][A-Za-z'\-]*";

/// A word of a street name, any case ("acacia", "St.-less", "O'Neill").
const WORD: &str = r"[A-Za-z][A-Za-z'\-]*";

/// Where a home is from a street: "on", "off", "along" ….
const ON: &str = r"(?:on|off|in|at|along|down|up|near|just\s+off)";

/// Words that end a house or farm name ("Rose Cottage", "Pen-y-Bryn
/// Farm").
const HOUSE: &str = "Cottage|Farm|Farmhouse|House|Lodge|Barn|Manor|Villa|Bungalow|Mill|Steading|Bothy|Rectory|Vicarage|Croft|Grange";

/// A street type: one of [`TYPES`] in any case or one of [`SCOTS`]
/// capitalised.
fn street_type() -> String {
    format!(r"(?:(?i:{TYPES})|(?:{SCOTS}))")
}

/// A street by its name: one to three words and a street type ("Acacia
/// Avenue", "Upper Brook Street"), or a Welsh street.
fn street_named() -> String {
    format!(
        r"(?:(?:{WORD}\s+){{1,3}}{}|{})",
        street_type(),
        welsh_street()
    )
}

/// A Welsh street: the street word, an optional article, then one or two
/// capitalised words ("Heol y Nant", "Stryd Fawr", "Ffordd Pen Llech").
fn welsh_street() -> String {
    format!(r"(?:{WELSH})[ \t]+(?:(?:y|yr|'r)[ \t]+)?{CAP}(?:[ \t]+{CAP})?")
}

/// The street after a first-person living cue. Scanned before the handle
/// cues: "I'm on Acacia Avenue", "I'm living in a flat off Brackenfield
/// Road" start where "I'm x" would otherwise be tried as a user name and
/// win the tie.
pub(super) fn cued_patterns() -> Vec<(Rule, String)> {
    let street = street_named();
    // A landmark between the home and "on" ("the flat above the chippy
    // on …").
    let landmark = format!(r"(?:{BESIDE}\s+(?:the\s+)?[a-z'\-]+(?:\s+[a-z'\-]+)?\s+)?");
    let welsh = welsh_street();
    let types = street_type();
    vec![
        // A street without a number after a first-person cue: "I live on
        // Acacia Avenue", "I live round Acacia Avenue", "my address is
        // Acacia Avenue, Walsall", "outside my house on Acacia Avenue", "I
        // work from a flat off Acacia Avenue", "everyone knows me round
        // Acacia Avenue", "near me on Acacia Avenue", "I live on Heol y
        // Nant".
        (
            Rule::AddressCued,
            format!(
                r"\b(?i:{I}\s+(?:live|lived|living|stay|stayed|staying|reside|residing)\s+(?:on|in|at|off|down|along|up|round|around|near|by|just\s+off)|(?:my|our)\s+(?:home\s+)?(?:address|street|road)\s*(?:is|was|:|-)?|{I}\s+(?:on|off)|(?:{I}\s+(?:work|working|live|living|stay|staying|rent|renting)(?:\s+(?:from|in|at|out\s+of))?\s+(?:a|the)(?:\s+[a-z]+)?|(?:my|our))\s+(?:own\s+)?{PLACE}\s+{landmark}{ON}|(?:me|us)\s+(?:round|around)|near\s+(?:me|us)\s+(?:on|in|at|off))\s+(?:(?i:the)\s+)?(?P<v>{street})\b"
            ),
        ),
        // A street without a number after a hostel, refuge, shelter or other
        // place someone is housed ("im at the hostel on Granby Row",
        // "Caller is at the approved premises on Bramble Street", "the
        // women's refuge off Mill Lane", "a B&B on Station Road", "the
        // YMCA on Heol y Nant"): where the reporter (or someone they
        // speak for) sleeps, so protected even in the third person. A comma
        // may stand for "on" ("the Harbour Lights hostel, Quayside Lane").
        (
            Rule::AddressCued,
            format!(r"\b(?i:{SHELTER})\s+{landmark}(?i:{ON})\s+(?:(?i:the)\s+)?(?P<v>{street})\b"),
        ),
        // ... or after a comma, the street capitalised.
        (
            Rule::AddressCued,
            format!(r"\b(?i:{SHELTER})[ \t]*,[ \t]*(?P<v>(?:{CAP}[ \t]+){{1,3}}{types}|{welsh})\b"),
        ),
    ]
}

pub(super) fn patterns() -> Vec<(Rule, String)> {
    let unit = r"(?i:flat|apartment|apt|unit|suite|room)";
    let num = r"[0-9]{1,4}[A-Za-z]?(?:\s?[\-/]\s?[0-9]{1,4}[A-Za-z]?)?";
    let street = street_named();
    let types = street_type();
    vec![
        (
            Rule::Address,
            format!(
                r"(?:\(\s?)?\b(?P<v>(?:{unit}\s*[0-9]{{1,4}}[A-Za-z]?,?\s*)?(?:{unit}\s*)?{num},?\s+{street})\b\.?"
            ),
        ),
        // No street type: a flat and a house number before the street
        // ("Flat 3B, 22 Wellgate", "flat 2 14 Kirk Wynd"), or a number
        // before a one-word "-gate" street ("22 Wellgate", "5 Kirkgate").
        (
            Rule::Address,
            format!(
                r"\b(?P<v>(?i:flat|apartment|apt|unit)\s*[0-9]{{1,4}}[A-Za-z]?,?\s+[0-9]{{1,4}}[A-Za-z]?,?[ \t]+{CAP}(?:[ \t]+{CAP}){{0,2}}|[0-9]{{1,4}}[A-Za-z]?,?[ \t]+[A-Z][a-z]+(?:gate|gait))\b"
            ),
        ),
        // "PO Box 2217", "P.O. Box 12".
        (
            Rule::Address,
            r"\b(?P<v>(?i:p\.?[ ]?o\.?[ ]?box|post[ ]office[ ]box)[ ]?[0-9]{1,6})\b".to_owned(),
        ),
        // what3words: "///limes.tractor.gravy", "w3w: limes.tractor.gravy",
        // "what3words limes.tractor.gravy".
        (
            Rule::Address,
            r"(?:///|\b(?i:what[ ]?3[ ]?words|w3w)(?:[ ]*(?i:address|location|ref|is|:|-))*[ ]*(?:///)?)(?P<v>[a-z][a-z]+\.[a-z][a-z]+\.[a-z][a-z]+)\b".to_owned(),
        ),

        // A house number in words: "twelve Acacia Avenue", "one two one
        // Brackenfield Drive", "forty-two Mill Lane".
        (
            Rule::AddressSpelled,
            format!(
                r"\b(?P<v>(?i:{NUMBER_WORD})(?:[\s\-]+(?i:{NUMBER_WORD})){{0,3}},?\s+(?:{WORD}\s+){{1,3}}{types})\b"
            ),
        ),
        // ... or before a first-person cue: "Acacia Avenue is where I
        // live", "Acacia Avenue is my address".
        (
            Rule::AddressCued,
            format!(
                r"\b(?P<v>(?:{WORD}\s+){{1,3}}{types}),?\s+(?i:(?:is|was|'s)\s+(?:where\s+(?:i|we)\s+(?:live|lived|stay|staying|am\s+living|'m\s+living)|my\s+(?:home\s+)?(?:address|street|road)|our\s+(?:home\s+)?(?:address|street|road)))\b"
            ),
        ),
        // A house or farm name after an address cue: "lives on her own at
        // Rose Cottage", "our house is Brookfield", "on our farm, Pen-y-Bryn
        // Farm", "Address: Ty Gwyn". The name is `v`; see `house`.
        (
            Rule::AddressHouse,
            format!(
                r"\b(?i:(?:lives?|lived|living|stay(?:s|ed|ing)?|resides?|residing)(?:[ ]+(?:on[ ]+(?:my|his|her|their|our)[ ]+own|alone|together|now|with[ ]+(?:my|his|her|their|our)[ ]+[a-z]+(?:[ ]+and[ ]+[a-z]+)?))?[ ]+at|(?:my|our|his|her|their)[ ]+(?:(?:home[ ]+)?address|house|home|farm|cottage|bungalow|place)[ ]+(?:is[ ]+called|was[ ]+called|is|was|called)|(?:my|our)[ ]+(?:house|home|farm|cottage|bungalow)[ ]*[,:\-]|(?:house|farm|cottage|place)[ ]+(?:is[ ]+|was[ ]+)?called|(?:i'?m|i[ ]+am|we'?re|we[ ]+are)[ ]+at|address[ ]*[:\-])[ ]+(?:(?i:the)[ ]+)?(?P<v>{CAP}(?:[ \t]+(?:(?:y|yr|na|nan|an|'r)[ \t]+)?{CAP}){{0,3}})\b"
            ),
        ),
        // A house or farm name by its last word ("Rose Cottage",
        // "Pen-y-Bryn Farm"): the handler takes the name words before it;
        // an address only in an address context.
        (Rule::AddressHouse, format!(r"\b(?:{HOUSE})\b")),
    ]
}

/// A first-person subject before a living cue ("I", "we're", "I am").
const I: &str = r"(?:i|we)(?:'m|m|\s+am|'re|\s+are)?";

/// A landmark next to a home ("the blue house opposite the Co-op on
/// Market Street", "the flat above the chippy on High Street").
const BESIDE: &str = r"(?:opposite|facing|next\s+to|next\s+door\s+to|behind|above|below|over|beside|across\s+from|round\s+the\s+corner\s+from)";

/// Where someone lives or works from ("my house on", "a flat off").
const PLACE: &str =
    r"(?:house|flat|home|place|gaff|bungalow|maisonette|bedsit|room|front\s+door|door)";

/// Places people are housed in that are not their own home: a street
/// named after one is where someone sleeps.
const SHELTER: &str = r"hostels?|bail\s+hostel|refuges?|(?:night\s+)?shelters?|approved\s+premises|ymca|ywca|b\s?&\s?b|b\s?(?:'n'|n)\s?b|bed\s+and\s+breakfast|supported\s+(?:housing|accommodation|living)|halfway\s+house|safe\s+house|foyer|homeless\s+(?:unit|project|centre|center)|emergency\s+accommodation|temporary\s+accommodation|(?:guest|lodging|rooming)\s+house|digs";

/// Number words for a house number written out.
const NUMBER_WORD: &str = "zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|and";

/// Whether `w` is one of [`NUMBER_WORD`].
fn is_number_word(w: &str) -> bool {
    let w = w.to_ascii_lowercase();
    NUMBER_WORD.split('|').any(|n| n == w)
}

/// A house number in words before a street: the street is the words
/// after the number words. Needs a capitalised street or a first-person
/// cue before it ("I live at twelve acacia avenue"), since "two green
/// cars park" is not an address.
pub(super) fn spelled(scan: &mut Scan<'_>, m: Range<usize>, v: Option<Range<usize>>) {
    let v = v.unwrap_or(m);
    let text = scan.text(&v);
    let mut words = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == '-')
        .filter(|w| !w.is_empty())
        .peekable();
    let first = words.peek().copied().unwrap_or("");
    if first.eq_ignore_ascii_case("and") || first.eq_ignore_ascii_case("hundred") {
        return;
    }
    let street: Vec<&str> = words.skip_while(|w| is_number_word(w)).collect();
    let Some((street_type, names)) = street.split_last() else {
        return;
    };
    if !street_ok(names, street_type) {
        return;
    }
    let capitalised = street
        .iter()
        .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
    let before = scan.lookback(v.start, 40);
    let cued = first_person_cue(&before);
    if capitalised || cued {
        let f = scan.push(Kind::Address, v, 0.8, "address.spelled", false);
        if cued && let Some(f) = f {
            f.party_hint = Some(Party::Reporter);
        }
    }
}

/// Whether a look-back window ends in a first-person address cue ("I live
/// at", "my address is", "we're at").
fn first_person_cue(before: &str) -> bool {
    let t = before.trim_end();
    [
        "live at",
        "live on",
        "live in",
        "lives at",
        "address is",
        "address:",
        "i'm at",
        "we're at",
        "stay at",
        "staying at",
        "home is",
        "house is",
        "my house",
        "my flat",
        "my home",
        "my address",
    ]
    .iter()
    .any(|c| t.ends_with(c))
        && !t.contains(" he ")
}

/// A street with no number after a first-person cue. The cue is in the
/// match; the street must not be a common phrase ("the same road", "a
/// quiet street").
pub(super) fn cued(scan: &mut Scan<'_>, m: Range<usize>, v: Option<Range<usize>>) {
    let v = v.unwrap_or(m);
    let text = scan.text(&v);
    // "I live on Heol y Nant": a Welsh street, its type first.
    if text.split_whitespace().next().is_some_and(is_welsh) {
        let v = v.start..word_end(scan.norm, v.end);
        if let Some(f) = scan.push(Kind::Address, v, 0.8, "address.cued", false) {
            f.party_hint = Some(Party::Reporter);
        }
        return;
    }
    // "I live at twelve acacia avenue": a number in words may lead.
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == '-')
        .filter(|w| !w.is_empty())
        .skip_while(|w| is_number_word(w))
        .collect();
    let Some((street_type, names)) = words.split_last() else {
        return;
    };
    // With the cue after the street, the match may have started a word or
    // two early ("So Acacia Avenue is where I live"): keep the street
    // name words nearest the type.
    let typed_upper = street_type.starts_with(|c: char| c.is_ascii_uppercase());
    let keep = names
        .iter()
        .rev()
        .take_while(|w| {
            let l = w.to_ascii_lowercase();
            !STOP.contains(&l.as_str())
                && !GENERIC.contains(&l.as_str())
                && !OPENERS.contains(&l.as_str())
                && (!typed_upper || w.starts_with(|c: char| c.is_ascii_uppercase()))
        })
        .count();
    let all_names = names.len();
    let names = names.get(names.len() - keep..).unwrap_or_default();
    if !street_ok(names, street_type) {
        return;
    }
    // "took me round Steelhouse Lane station": a police building, not a
    // home.
    let after = scan.lookahead(v.end, 16);
    if ["station", "police", "nick", "custody"]
        .iter()
        .any(|w| after.trim_start().starts_with(w))
    {
        return;
    }
    // The street starts at its first kept word: the (keep + 1)-th word
    // from the right.
    let sep = |c: char| c.is_whitespace() || c == ',' || c == '-';
    let mut starts = Vec::new();
    let mut prev_sep = true;
    for (i, c) in text.char_indices() {
        if !sep(c) && prev_sep {
            starts.push(i);
        }
        prev_sep = sep(c);
    }
    let Some(&offset) = starts.iter().rev().nth(keep) else {
        return;
    };
    // Nothing trimmed: the whole match (with any number in words).
    let v = if keep == all_names {
        v
    } else {
        v.start + offset..v.end
    };
    if let Some(f) = scan.push(Kind::Address, v, 0.8, "address.cued", false) {
        f.party_hint = Some(Party::Reporter);
    }
}

/// Words that open a sentence rather than name a street.
const OPENERS: &[&str] = &[
    "so",
    "yes",
    "yeah",
    "well",
    "now",
    "anyway",
    "ok",
    "okay",
    "and",
    "but",
    "also",
    "still",
    "actually",
    "basically",
    "right",
    "hi",
    "hello",
    "thanks",
];

/// Words that make "X Road" a description rather than a street name.
const GENERIC: &[&str] = &[
    "same", "next", "busy", "quiet", "main", "long", "big", "small", "little", "new", "old",
    "nice", "private", "dead", "back", "side", "one", "another", "other", "last", "first",
    "estate", "council", "edge", "corner", "top", "bottom", "end", "rough", "posh", "street",
    "road", "a", "an", "some", "his", "her", "their",
];

/// The street-name words before a street type are plausible: at least
/// one, none a stop word, and an abbreviated type in lower case needs a
/// name of three letters or more.
fn street_ok(names: &[&str], street_type: &str) -> bool {
    if names.is_empty() {
        return false;
    }
    if names
        .iter()
        .any(|w| STOP.contains(&w.to_ascii_lowercase().as_str()) || is_number_word(w))
    {
        return false;
    }
    let capitalised = names
        .iter()
        .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
    let abbreviated = ABBREVIATIONS.contains(&street_type.to_ascii_lowercase().as_str());
    capitalised || !abbreviated || names.iter().any(|w| w.len() >= 3)
}

/// Street-type abbreviations (the short forms in `TYPES`).
const ABBREVIATIONS: &[&str] = &[
    "rd", "st", "ave", "av", "ln", "cl", "dr", "ct", "cres", "gdns", "terr", "tce", "pl", "gr",
    "sq", "pde", "blvd",
];

const STOP: &[&str] = &[
    "the", "a", "an", "on", "in", "at", "to", "of", "up", "down", "along", "and", "or", "from",
    "by", "with", "for", "my", "his", "her", "their", "our", "your", "this", "that", "these",
    "those", "minutes", "mins", "minute", "hours", "hour", "days", "day", "weeks", "week",
    "months", "years", "year", "times", "people", "officers", "officer", "men", "women", "miles",
    "mile", "metres", "yards", "feet", "cars", "police", "other", "more", "was", "were", "is",
    "are", "had", "have", "has", "me", "him", "them", "it", "over", "out", "off", "into", "onto",
    "across", "near", "past", "round", "around", "through", "behind", "towards", "toward", "then",
    "pm", "am", "o'clock", "seconds", "secs", "calls", "texts", "messages", "steps", "houses",
    "doors", "floors", "storeys", "blocks", "streets", "roads", "just", "about", "when", "where",
    "there", "here", "went", "walked", "drove", "lived", "lives", "live", "i", "he", "she", "we",
    "they", "you", "kids", "children", "dogs", "bags", "went", "came", "which", "who", "not",
];

pub(super) fn handle(scan: &mut Scan<'_>, m: Range<usize>, v: Option<Range<usize>>) {
    let v = v.unwrap_or(m.clone());
    let text = scan.text(&v);
    if is_w3w(text) {
        what3words(scan, m, v);
        return;
    }
    if text
        .bytes()
        .next()
        .is_some_and(|b| b.eq_ignore_ascii_case(&b'p'))
        && text.to_ascii_lowercase().contains("box")
    {
        scan.push(Kind::Address, v, 0.9, "address.po_box", false);
        return;
    }
    let Some(last) = text.split_whitespace().next_back() else {
        return;
    };
    if !is_street_type(last) {
        untyped(scan, v);
        return;
    }
    // The words between the number and the street type.
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .filter(|w| !w.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    let Some((street_type, names)) = words.split_last() else {
        return;
    };
    let names: Vec<&str> = names
        .iter()
        .copied()
        .filter(|w| {
            let l = w.to_ascii_lowercase();
            !matches!(
                l.as_str(),
                "flat" | "apartment" | "apt" | "unit" | "suite" | "room"
            )
        })
        .collect();
    if names.is_empty() {
        return;
    }
    if names
        .iter()
        .any(|w| STOP.contains(&w.to_ascii_lowercase().as_str()))
    {
        return;
    }
    let capitalised = names
        .iter()
        .chain(std::iter::once(street_type))
        .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
    // Abbreviated types in lower case ("12 main st", "90 kestrel ln") need
    // a street name of three letters or more.
    let abbreviated = ABBREVIATIONS.contains(&street_type.to_ascii_lowercase().as_str());
    if !capitalised && abbreviated && names.iter().all(|w| w.len() < 3) {
        return;
    }
    let conf = match (capitalised, abbreviated) {
        (true, _) => 0.9,
        (false, false) => 0.7,
        (false, true) => 0.6,
    };
    scan.push(Kind::Address, v, conf, "address.street", false);
}

/// Whether `w` is a street type: one of [`TYPES`] in any case, or one of
/// [`SCOTS`] as written.
pub(super) fn is_street_type(w: &str) -> bool {
    let w = w.trim_end_matches(['.', ',']);
    TYPES.split('|').any(|t| t.eq_ignore_ascii_case(w)) || SCOTS.split('|').any(|t| t == w)
}

/// Whether `w` is a Welsh street word ([`WELSH`], as written).
fn is_welsh(w: &str) -> bool {
    WELSH.split('|').any(|t| t == w)
}

/// Whether `w` ends a house or farm name ([`HOUSE`], as written).
pub(super) fn is_house_word(w: &str) -> bool {
    HOUSE.split('|').any(|t| t == w)
}

/// A numbered address with no English street type last: a Welsh street
/// ("12 Heol y Nant"), a one-word "-gate" street ("22 Wellgate"), or a
/// flat and house number before a capitalised street ("Flat 3B, 22
/// Wellgate"). Trailing words that cannot be part of a street name
/// ("Flat 2, 14 Kirk Wynd Then") are left out.
fn untyped(scan: &mut Scan<'_>, v: Range<usize>) {
    let text = scan.text(&v);
    // Word spans (start, end) in `text`, split at spaces and commas.
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if c.is_whitespace() || c == ',' {
            if let Some(st) = start.take() {
                spans.push((st, i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    let word = |(a, b): (usize, usize)| text.get(a..b).unwrap_or("");
    let first_name = spans
        .iter()
        .position(|&s| !word(s).starts_with(|c: char| c.is_ascii_digit()) && !is_unit(word(s)));
    let Some(first_name) = first_name else {
        return;
    };
    let names = spans.get(first_name..).unwrap_or_default();
    let Some(&head) = names.first() else {
        return;
    };
    if is_welsh(word(head)) {
        let end = word_end(scan.norm, v.end);
        scan.push(Kind::Address, v.start..end, 0.85, "address.street", false);
        return;
    }
    let numbers = spans
        .iter()
        .take(first_name)
        .filter(|s| word(**s).starts_with(|c: char| c.is_ascii_digit()))
        .count();
    let flat = spans.first().is_some_and(|s| is_unit(word(*s)));
    // Keep the leading street-name words: capitalised, not a stop word, a
    // day, a month or a rank.
    let keep = names
        .iter()
        .take_while(|s| {
            let w = word(**s);
            w.starts_with(|c: char| c.is_ascii_uppercase()) && !not_a_place(w)
        })
        .count();
    let Some(&(_, end)) = names.get(..keep).and_then(<[_]>::last) else {
        return;
    };
    let gate = keep == 1 && {
        let l = word(head).to_ascii_lowercase();
        l.len() > 5 && (l.ends_with("gate") || l.ends_with("gait"))
    };
    if (flat && numbers >= 2) || gate {
        let end = word_end(scan.norm, v.start + end);
        scan.push(Kind::Address, v.start..end, 0.85, "address.street", false);
    }
}

/// Flat and unit words before a flat number.
fn is_unit(w: &str) -> bool {
    ["flat", "apartment", "apt", "unit", "suite", "room"]
        .iter()
        .any(|u| u.eq_ignore_ascii_case(w))
}

/// Capitalised words that are no part of a place name: days, months,
/// pronouns, ranks and police words, sentence openers.
fn not_a_place(w: &str) -> bool {
    let l = w.trim_end_matches("'s").to_ascii_lowercase();
    STOP.contains(&l.as_str())
        || OPENERS.contains(&l.as_str())
        || super::time::CALENDAR_WORDS.contains(&l.as_str())
        || [
            "mon",
            "tue",
            "tues",
            "wed",
            "thu",
            "thur",
            "thurs",
            "fri",
            "sat",
            "sun",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec",
            "christmas",
            "easter",
            "pc",
            "pcso",
            "dc",
            "ds",
            "di",
            "dci",
            "dsi",
            "sgt",
            "sergeant",
            "constable",
            "inspector",
            "insp",
            "supt",
            "superintendent",
            "chief",
            "detective",
            "officer",
            "police",
            "station",
            "custody",
            "nick",
            "sir",
            "mr",
            "mrs",
            "ms",
            "miss",
            "dr",
            "it",
            "it's",
            "im",
            "i'm",
            "ive",
            "i've",
            "i'll",
            "i'd",
            "he's",
            "she's",
            "we're",
            "they're",
            "facebook",
            "whatsapp",
            "snapchat",
            "instagram",
            "tiktok",
            "twitter",
            "google",
            "town",
            "village",
            "church",
            "community",
            "sports",
            "council",
            "city",
            "county",
            "crown",
            "magistrates",
            "hospital",
            "school",
        ]
        .contains(&l.as_str())
}

/// Whether a value is shaped like a what3words address: three lower-case
/// words joined by dots.
fn is_w3w(text: &str) -> bool {
    let mut parts = 0;
    for p in text.split('.') {
        if p.is_empty() || !p.bytes().all(|b| b.is_ascii_lowercase()) {
            return false;
        }
        parts += 1;
    }
    parts == 3
}

/// A what3words address, after "///" or a what3words cue in the match.
fn what3words(scan: &mut Scan<'_>, m: Range<usize>, v: Range<usize>) {
    if v.start > m.start {
        scan.push(Kind::Address, v, 0.9, "address.what3words", true);
    }
}

/// The end of the word running on from `pos` in `s`: letters (any
/// script), hyphens and apostrophes ("Glynd" + "ŵr").
fn word_end(s: &str, pos: usize) -> usize {
    let rest = s.get(pos..).unwrap_or("");
    let n = rest
        .char_indices()
        .find(|&(_, c)| !(c.is_alphabetic() || c == '-' || c == '\''))
        .map_or(rest.len(), |(i, _)| i);
    pos + n
}

/// The start of a house name before a house word at `pos` ("Rose" in
/// "Rose Cottage", "The" in "The Old Vicarage"): one to three
/// capitalised words on the same line, with Welsh and Gaelic particles
/// between them ("Tŷ'n y Coed"), a leading "The" kept.
fn name_before(scan: &Scan<'_>, pos: usize) -> Option<usize> {
    let from = crate::text::floor_boundary(scan.norm, pos.saturating_sub(60));
    let text = scan.text(&(from..pos));
    // The same line only.
    let line = text.rsplit('\n').next().unwrap_or("");
    let from = from + (text.len() - line.len());
    let text = line;
    let body = text.strip_suffix(' ')?;
    let mut start = None;
    let mut names = 0;
    let mut rest = body;
    while !rest.is_empty() {
        let (head, word) = match rest.rfind([' ', '\t']) {
            Some(i) => (rest.get(..i).unwrap_or(""), rest.get(i + 1..).unwrap_or("")),
            None => ("", rest),
        };
        let word_start = from + head.len() + usize::from(!head.is_empty());
        let plain = !word.is_empty()
            && word
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'');
        if !plain || names >= 3 {
            break;
        }
        if word == "The" {
            if names > 0 {
                start = Some(word_start);
            }
            break;
        }
        let particle = names > 0 && ["y", "yr", "na", "nan", "an", "'r"].contains(&word);
        if particle {
            rest = head;
            continue;
        }
        if !word.starts_with(char::is_uppercase) || not_a_place(word) {
            break;
        }
        names += 1;
        start = Some(word_start);
        rest = head;
    }
    start
}

/// Cues after which a capitalised name is someone's home ("lives at",
/// "our house is", "Address:"), and those that also need a house word or
/// a street line after the name ("our farm, ...", "I'm at ...").
fn house_cue(cue: &str) -> (bool, bool) {
    let cue = cue.to_ascii_lowercase();
    let first_person = cue.starts_with("my ")
        || cue.starts_with("our ")
        || cue.starts_with("i'm")
        || cue.starts_with("im ")
        || cue.starts_with("i ")
        || cue.starts_with("we");
    let weak = cue.contains(',')
        || cue.contains(':') && !cue.starts_with("address")
        || cue.contains('-') && !cue.starts_with("address")
        || cue.starts_with("i'm")
        || cue.starts_with("im ")
        || cue.starts_with("i am")
        || cue.starts_with("we");
    (first_person, weak)
}

/// A house or farm name as an address line: after an address cue
/// (`v` starts after the cue) or ending in a house word ("Rose Cottage").
/// Needs an address context: a strong cue ("lives at", "our house is"),
/// or a house word with a weak cue ("on our farm, Pen-y-Bryn Farm") or
/// with a street, number or postcode line after it ("Rose Cottage, Heol y
/// Nant"). The address runs on over the next comma-separated line if it
/// is a street or a village.
pub(super) fn house(scan: &mut Scan<'_>, m: Range<usize>, v: Option<Range<usize>>) {
    let (m, v) = match v {
        Some(v) => (m, v.start..word_end(scan.norm, v.end)),
        None => {
            let Some(start) = name_before(scan, m.start) else {
                return;
            };
            (start..m.end, start..m.end)
        }
    };
    let text = scan.text(&v);
    let cue = scan.text(&(m.start..v.start));
    // The name: capitalised words up to one that is no part of a place.
    let mut end = 0;
    for (i, w) in text.split([' ', '\t']).enumerate() {
        // "The Old Vicarage": an article may lead.
        let article = i == 0 && w == "The";
        if w.is_empty() || (not_a_place(w) && !article) || (i > 0 && is_welsh(w)) {
            break;
        }
        end = w.as_ptr() as usize - text.as_ptr() as usize + w.len();
    }
    let Some(name) = text.get(..end).filter(|n| !n.is_empty()) else {
        return;
    };
    // "staying at Gemma's" is a person's, for the name detector.
    if name.ends_with("'s") || name.ends_with('\'') {
        return;
    }
    let words: Vec<&str> = name.split_whitespace().filter(|w| *w != "The").collect();
    // "at Flat 2, 91 Hazelmere Close", "at Number 7": a numbered address,
    // for the street patterns (scanned again from the name).
    if words.first().is_some_and(|w| {
        is_unit(w) || ["number", "no", "num"].contains(&w.to_ascii_lowercase().as_str())
    }) {
        return;
    }
    let house_word = words.last().is_some_and(|w| is_house_word(w));
    // "Leith station", "Town Hall police office".
    let after = scan.lookahead(v.start + end, 24);
    let next = after.split_whitespace().next().unwrap_or("");
    if ["station", "police", "nick", "custody", "court", "hospital"].contains(&next) {
        return;
    }
    let mut pos = v.start + end;
    // "Heol y Nant" itself after the cue: the whole Welsh street.
    if words.first().is_some_and(|w| is_welsh(w)) {
        match welsh_len(scan.text(&(v.start..scan.norm.len()))) {
            Some(n) => pos = v.start + n,
            None => return,
        }
    }
    let (cued, first_person, weak) = if v.start > m.start {
        let (fp, weak) = house_cue(cue);
        // "I live at", "we're living at": the subject is before the cue.
        let before = scan.lookback(m.start, 12);
        let me = [
            " i ",
            " we ",
            " i still ",
            " we still ",
            " i now ",
            " we now ",
        ]
        .iter()
        .any(|p| format!(" {before}").ends_with(p));
        (true, fp || me, weak)
    } else {
        let before = scan.lookback(m.start, 48);
        let before = before
            .trim_end_matches([' ', ',', ':'])
            .trim_end_matches(" the")
            .trim_end_matches([' ', ',']);
        let weak_cues = [
            "our farm",
            "my farm",
            "our house",
            "my house",
            "our home",
            "my home",
            "our cottage",
            "my cottage",
            "i'm at",
            "im at",
            "i am at",
            "we're at",
            "we are at",
            "i live at",
            "we live at",
            "lives at",
            "live at",
            "living at",
            "staying at",
            "stay at",
            "address",
            "address is",
            "home is",
            "farm is",
            "house is",
        ];
        let hit = weak_cues.iter().find(|c| before.ends_with(*c));
        let fp = hit.is_some_and(|c| c.starts_with(['m', 'o', 'i', 'w']) && !c.starts_with("live"));
        (hit.is_some(), fp, true)
    };
    // One comma-separated line after the name: a street or a village (the
    // town after a street stays, as it does after "12 Acacia Avenue").
    let mut street_line = false;
    if let Some(after_comma) = scan.text(&(pos..scan.norm.len())).strip_prefix(',') {
        let skip = after_comma.len() - after_comma.trim_start_matches([' ', '\t']).len();
        let seg_start = pos + 1 + skip;
        let seg = scan.text(&(seg_start..scan.norm.len()));
        match segment(seg) {
            Some((n, street)) => {
                street_line = street;
                pos = seg_start + n;
            }
            None => street_line = postcode_start(seg),
        }
    }
    let ok = if cued && !weak {
        true
    } else {
        (house_word && cued) || ((house_word || cued) && street_line)
    };
    if !ok {
        return;
    }
    let f = scan.push(Kind::Address, v.start..pos, 0.85, "address.house", false);
    if first_person && let Some(f) = f {
        f.party_hint = Some(Party::Reporter);
    }
}

/// The length of a Welsh street at the start of `s` ("Heol y Nant near"
/// gives "Heol y Nant"): its street word, an optional article and one or
/// two capitalised words.
fn welsh_len(s: &str) -> Option<usize> {
    let mut words = word_spans(s, 4).into_iter();
    let (_, first_end) = words
        .next()
        .filter(|&(a, b)| is_welsh(s.get(a..b).unwrap_or("")))?;
    let mut end = first_end;
    let mut names = 0;
    for (a, b) in words {
        let w = s.get(a..b).unwrap_or("");
        // Only spaces between the words.
        if !s
            .get(end..a)
            .is_some_and(|g| g.chars().all(|c| c == ' ' || c == '\t'))
        {
            break;
        }
        if names == 0 && end == first_end && ["y", "yr", "'r"].contains(&w) {
            end = b;
            continue;
        }
        if names < 2 && w.starts_with(|c: char| c.is_ascii_uppercase()) && !not_a_place(w) {
            names += 1;
            end = b;
        } else {
            break;
        }
    }
    (names > 0).then_some(end)
}

/// Up to `n` words at the start of `s`: runs of letters, digits,
/// hyphens and apostrophes, as (start, end) byte offsets.
fn word_spans(s: &str, n: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        let in_word = c.is_alphanumeric() || c == '-' || c == '\'';
        match (in_word, start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push((st, i));
                start = None;
                if out.len() >= n {
                    return out;
                }
                // Words are separated by spaces only.
                if c != ' ' && c != '\t' {
                    return out;
                }
            }
            _ => {}
        }
        if start.is_none() && c != ' ' && c != '\t' && !in_word {
            return out;
        }
    }
    if let Some(st) = start
        && out.len() < n
    {
        out.push((st, s.len()));
    }
    out
}

/// One address line after a house name: its length and whether it is a
/// street. A Welsh street, a numbered street ("3 Moor End Lane"), a
/// capitalised street with a type ("Mill Lane"), or a village: one to
/// three capitalised words that end the line ("Llanfaes,").
fn segment(s: &str) -> Option<(usize, bool)> {
    if let Some(n) = welsh_len(s) {
        return Some((n, true));
    }
    let spans = word_spans(s, 6);
    let word = |(a, b): (usize, usize)| s.get(a..b).unwrap_or("");
    let numbered = spans
        .first()
        .is_some_and(|&w| word(w).starts_with(|c: char| c.is_ascii_digit()) && word(w).len() <= 5);
    let names = spans.get(usize::from(numbered)..).unwrap_or_default();
    // "Station Road": a police word is a street name before a type.
    let keep = names
        .iter()
        .enumerate()
        .take_while(|&(i, &w)| {
            let typed_next = names.get(i + 1).is_some_and(|&n| is_street_type(word(n)));
            let w = word(w);
            w.starts_with(|c: char| c.is_ascii_uppercase()) && (!not_a_place(w) || typed_next)
        })
        .take(4)
        .count();
    let kept = names.get(..keep).unwrap_or_default();
    let &(_, end) = kept.last()?;
    if kept.iter().any(|&w| is_street_type(word(w))) {
        // A street: up to its type word.
        let last_type = kept.iter().rposition(|&w| is_street_type(word(w)))?;
        let &(_, e) = kept.get(last_type)?;
        return Some((e, true));
    }
    // A village or a numbered street without a type must end the line.
    let tail = s.get(end..).unwrap_or("");
    let ends_line = tail.is_empty() || tail.starts_with([',', '.', ';', ':', '!', '?', ')', '\n']);
    (ends_line && keep <= 3).then_some((end, numbered))
}

/// Words that make a line a place to live on a site rather than a street
/// ("Riverside Caravan Park", "Parc Carafanau Glan y Môr", "Maes y Coed
/// Estate").
const SITE: &[&str] = &[
    "Parc",
    "Plas",
    "Caravan",
    "Caravans",
    "Carafanau",
    "Estate",
    "Marina",
    "Moorings",
    "Homes",
    "Site",
];

/// An address line just before a postcode, set off by commas ("I am Jo
/// Bloggs, Parc Carafanau Glan y Môr, LL54 5TW", "Riverside Caravan Park,
/// DL8 4PQ"): the segment before `pos` (the postcode's start), on the same
/// line, of one to six capitalised words (Welsh and Gaelic particles
/// between them) with a street type, a house word or a site word among
/// them. A police building ("Steelhouse Lane Police Station, B4 6NW") or a
/// lone town ("Alfriston, BN26 5TR") is not pushed.
pub(super) fn line_before_postcode(scan: &mut Scan<'_>, pos: usize) {
    let from = crate::text::floor_boundary(scan.norm, pos.saturating_sub(80));
    let before = scan.text(&(from..pos));
    let Some(body) = before.trim_end_matches([' ', '\t']).strip_suffix(',') else {
        return;
    };
    let seg_start = body
        .rfind([',', '\n', '(', ':', ';', '.', '!', '?'])
        .map_or(0, |i| i + 1);
    let seg = body.get(seg_start..).unwrap_or("");
    let lead = seg.len() - seg.trim_start().len();
    let seg = seg.trim();
    let words: Vec<&str> = seg.split([' ', '\t']).filter(|w| !w.is_empty()).collect();
    if words.is_empty() || words.len() > 6 {
        return;
    }
    let particle = |w: &str| ["y", "yr", "na", "nan", "an", "'r", "of", "on", "the"].contains(&w);
    // "Station Road": a police word is a street name before a type.
    let shaped = words
        .first()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.iter().enumerate().all(|(i, w)| {
            let typed_next = words.get(i + 1).is_some_and(|n| is_street_type(n));
            particle(w)
                || (w.starts_with(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                    && (!not_a_place(w) || typed_next))
        });
    let placed = words
        .iter()
        .any(|w| is_street_type(w) || is_house_word(w) || SITE.contains(w));
    if !shaped || !placed {
        return;
    }
    let start = from + seg_start + lead;
    scan.push(
        Kind::Address,
        start..start + seg.len(),
        0.75,
        "address.before_postcode",
        false,
    );
}

/// Whether `s` starts like a postcode ("SA19 6AB", "BT6 9ES").
fn postcode_start(s: &str) -> bool {
    let b = s.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    (1..=2).contains(&letters) && b.get(letters).is_some_and(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use crate::attribute::Party;
    use crate::detect::{Detector, Kind, TextContext};

    fn addresses(d: &Detector, text: &str) -> Vec<(String, Option<Party>)> {
        d.detect(text, &TextContext::new())
            .into_iter()
            .filter(|f| f.kind == Kind::Address)
            .map(|f| (text[f.range].to_owned(), f.party_hint))
            .collect()
    }

    /// Each case: a text and the street in it that must be found as the
    /// reporter's address.
    fn assert_reporters_streets(d: &Detector, cases: &[(&str, &str)]) {
        let mut failures = Vec::new();
        for (text, want) in cases {
            let got = addresses(d, text);
            if !got
                .iter()
                .any(|(s, p)| s == want && *p == Some(Party::Reporter))
            {
                failures.push(format!("{text:?}: want {want:?}, got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    #[test]
    fn streets_without_a_number_after_a_living_cue() {
        let d = Detector::new().unwrap();
        let cases: &[(&str, &str)] = &[
            (
                "my names gaz everyone knows me round Mossfield Road but",
                "Mossfield Road",
            ),
            (
                "I work from a flat off Carver Street and advertise",
                "Carver Street",
            ),
            ("outside my house on Sleaford Road, Boston", "Sleaford Road"),
            (
                "I live up Hawthorn Crescent near the shops",
                "Hawthorn Crescent",
            ),
            ("we live down Pinfold Mill Lane", "Pinfold Mill Lane"),
            ("i live round kestrel close innit", "kestrel close"),
            ("I live just off Brindley Way", "Brindley Way"),
            (
                "he sits in his car near me on Tennyson Grove",
                "Tennyson Grove",
            ),
            (
                "he parked outside our flat on Mariner Court again",
                "Mariner Court",
            ),
            ("we're renting a room off Ebury Gardens", "Ebury Gardens"),
            ("he knows us round Lowther Terrace", "Lowther Terrace"),
            (
                "I live round the corner from Carver Street",
                "Carver Street",
            ),
            // A home described by a landmark.
            (
                "I live in the blue house opposite the Co-op on Market Street, so",
                "Market Street",
            ),
            (
                "we live in the flat above the chippy on Carver Street",
                "Carver Street",
            ),
            (
                "I live in the corner house on Mossfield Road",
                "Mossfield Road",
            ),
            (
                "we're living in a flat next to the Spar on Hawthorn Crescent",
                "Hawthorn Crescent",
            ),
        ];
        assert_reporters_streets(&d, cases);
    }

    #[test]
    fn streets_after_a_hostel_refuge_or_shelter() {
        let d = Detector::new().unwrap();
        let cases: &[(&str, &str)] = &[
            ("im at the hostel on Granby Row most nights", "Granby Row"),
            (
                "Caller is at the approved premises on Bramble Street and has curfew",
                "Bramble Street",
            ),
            ("she is in the womens refuge off Mill Lane now", "Mill Lane"),
            ("staying in a B&B on Station Road", "Station Road"),
            ("the YMCA on Heol y Nant", "Heol y Nant"),
            (
                "he sleeps at the night shelter near Kirkgate Market Street",
                "Kirkgate Market Street",
            ),
            (
                "the Harbour Lights hostel just off quayside lane",
                "quayside lane",
            ),
            (
                "we're in temporary accommodation on Lowther Terrace",
                "Lowther Terrace",
            ),
            (
                "he is at the Harbour Lights hostel, Quayside Lane, most nights",
                "Quayside Lane",
            ),
        ];
        assert_reporters_streets(&d, cases);
        // Not a street after the place word: nothing.
        for text in [
            "the hostel on Monday night",
            "the hostel on the same road",
            "the refuge in town",
            "he took me to the hostel on foot",
            "the hostel, the refuge and the shelter were all full",
            "the refuge, a safe place off the main road",
            "the shelter near Steelhouse Lane police station",
        ] {
            let got = addresses(&d, text);
            assert!(got.is_empty(), "{text:?}: got {got:?}");
        }
    }

    #[test]
    fn streets_in_the_facts_without_a_living_cue_stay() {
        let d = Detector::new().unwrap();
        let cases: &[&str] = &[
            "PC Reeves of Steelhouse Lane stopped me",
            "he took me round Steelhouse Lane station",
            "I went to Steelhouse Lane to complain",
            "I work at Steelhouse Lane",
            "it happened on Mossfield Road near the shops",
            "the house on Sleaford Road was raided",
            "he drove down Carver Street at speed",
            "I live near the park",
            "I live on the same road as him",
            "my house on the main road",
            "the house opposite the Co-op on Market Street was raided",
            "he lives in the blue house opposite the Co-op on Market Street",
            "I live in the blue house opposite the Co-op",
        ];
        let mut failures = Vec::new();
        for text in cases {
            let got = addresses(&d, text);
            if !got.is_empty() {
                failures.push(format!("{text:?}: got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    #[test]
    fn house_and_farm_names_in_an_address_context() {
        let d = Detector::new().unwrap();
        // (text, address, reporter's?)
        let cases: &[(&str, &str, bool)] = &[
            (
                "she lives on her own at Rose Cottage, Heol y Nant near Llandeilo.",
                "Rose Cottage, Heol y Nant",
                false,
            ),
            (
                "our house is Brookfield, 3 Moor End Lane. he did it",
                "Brookfield, 3 Moor End Lane",
                true,
            ),
            (
                "diesel from the tank on our farm, Pen-y-Bryn Farm, Llanfaes, for his",
                "Pen-y-Bryn Farm, Llanfaes",
                true,
            ),
            (
                "I live at Bryn Haul, 4 Chapel Row, Bishop Auckland.",
                "Bryn Haul, 4 Chapel Row",
                true,
            ),
            ("my house is called Bryn Awel and he", "Bryn Awel", true),
            (
                "Address: Ty Gwyn, Heol Fawr, Llanbedr",
                "Ty Gwyn, Heol Fawr",
                false,
            ),
            (
                "Yours sincerely\nThe Old Vicarage, 2 Chapel Lane\nHolmfirth",
                "The Old Vicarage, 2 Chapel Lane",
                false,
            ),
            ("I'm at Rose Cottage most days", "Rose Cottage", true),
            (
                "he lives at Tigh na Mara, Culduthel",
                "Tigh na Mara, Culduthel",
                false,
            ),
            (
                "My address is Bryn Awel, 14 Station Road, Denbigh",
                "Bryn Awel, 14 Station Road",
                true,
            ),
            // Living with someone at a house name.
            (
                "Home: lives with her grandparents at Penhallow Cottage, near St Columb",
                "Penhallow Cottage",
                false,
            ),
            (
                "he lives with his mum and dad at Ty Gwyn, Heol Fawr",
                "Ty Gwyn, Heol Fawr",
                false,
            ),
            (
                "she's staying with my sister at Rose Cottage most nights",
                "Rose Cottage",
                false,
            ),
        ];
        let mut failures = Vec::new();
        for (text, want, mine) in cases {
            let got = addresses(&d, text);
            let hint = mine.then_some(Party::Reporter);
            if !got.iter().any(|(s, p)| s == want && *p == hint) {
                failures.push(format!("{text:?}: want {want:?} {hint:?}, got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    #[test]
    fn welsh_scottish_untyped_and_po_box_addresses() {
        let d = Detector::new().unwrap();
        let cases: &[(&str, &str)] = &[
            ("I live at 12 Heol y Nant, Llandeilo", "12 Heol y Nant"),
            ("come to 3 Stryd Fawr if", "3 Stryd Fawr"),
            ("I live on Ffordd Glyndŵr in Corwen", "Ffordd Glyndŵr"),
            ("we live on Lôn Goed now", "Lôn Goed"),
            ("we live at 4 Castle Brae, Dunfermline", "4 Castle Brae"),
            ("my flat is 7 Kirk Wynd.", "7 Kirk Wynd"),
            ("she's at 19 Hawthorn Loan", "19 Hawthorn Loan"),
            ("Flat 3B, 22 Wellgate — actually", "Flat 3B, 22 Wellgate"),
            ("send it to flat 2 14 Overgate please", "flat 2 14 Overgate"),
            ("I'm at 5 Kirkgate in town", "5 Kirkgate"),
            (
                "Unit 4, 10 Marsh Barton Trading",
                "Unit 4, 10 Marsh Barton Trading",
            ),
            ("Write to me at PO Box 2217, Aberystwyth", "PO Box 2217"),
            ("or P.O. Box 45 in Leeds", "P.O. Box 45"),
        ];
        let mut failures = Vec::new();
        for (text, want) in cases {
            let got = addresses(&d, text);
            if !got.iter().any(|(s, _)| s == want) {
                failures.push(format!("{text:?}: want {want:?}, got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    #[test]
    fn a_site_or_street_line_before_a_postcode() {
        let d = Detector::new().unwrap();
        let cases: &[(&str, &str)] = &[
            (
                "I am Gwenllian Parry-Jones, Parc Carafanau Glan y Môr, LL54 5TW. Tel.",
                "Parc Carafanau Glan y Môr",
            ),
            (
                "Jo Bloggs, Riverside Caravan Park, DL8 4PQ",
                "Riverside Caravan Park",
            ),
            ("Regards,\nJo\nStation Road, B23 7UX", "Station Road"),
            (
                "write to me: Maes y Coed Estate, SA19 6AB",
                "Maes y Coed Estate",
            ),
        ];
        let mut failures = Vec::new();
        for (text, want) in cases {
            let got = addresses(&d, text);
            if !got.iter().any(|(s, _)| s == want) {
                failures.push(format!("{text:?}: want {want:?}, got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    #[test]
    fn what3words_addresses() {
        let d = Detector::new().unwrap();
        let cases: &[&str] = &[
            "We met at ///limes.tractor.gravy (the layby)",
            "w3w: limes.tractor.gravy",
            "what3words limes.tractor.gravy is the gate",
            "the what 3 words is limes.tractor.gravy",
            "What3Words: ///limes.tractor.gravy",
        ];
        let mut failures = Vec::new();
        for text in cases {
            let got = addresses(&d, text);
            if !got.iter().any(|(s, _)| s == "limes.tractor.gravy") {
                failures.push(format!("{text:?}: got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    #[test]
    fn capitalised_phrases_and_places_in_the_facts_are_not_addresses() {
        let d = Detector::new().unwrap();
        let cases: &[&str] = &[
            "I'm at Tesco on Fridays",
            "we met at the Town Hall, Station Road",
            "my house, Sunday night he came round",
            "she is staying at Gemma's",
            "he took me to Leith station",
            "the incident was on Heol y Nant, Llandeilo",
            "he has a bank loan of 3 grand",
            "we climbed a steep brae for 2 hours",
            "I live at Flat 2, 91 Hazelmere Close, B23 7UX",
            "the file was report.final.version on the drive",
            "it happened at Carmarthen Police Station",
            "the raid on Pen-y-Bryn Farm was in June",
            "flat 3 Tuesday night he came round",
            "Room 101, 2 Sergeant Pugh came",
            "she lives with her mum at the moment",
            "we live with our kids at the end of the lane",
            "Steelhouse Lane Police Station, B4 6NW",
            "it happened at Steelhouse Lane Police Station, B4 6NW",
            "Dear Sir, Leeds, LS1 4AB",
            "The Old Forge, Church Lane, Alfriston, BN26 5TR",
            "he said Park, LS1 4AB was wrong",
        ];
        let mut failures = Vec::new();
        for text in cases {
            let got = addresses(&d, text);
            // A numbered address in the text may be found, never a
            // capitalised phrase on its own.
            if got.iter().any(|(s, _)| {
                !s.starts_with(|c: char| c.is_ascii_digit()) && !s.starts_with("Flat")
            }) {
                failures.push(format!("{text:?}: got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }
}
