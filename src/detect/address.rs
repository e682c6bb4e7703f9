//! Street addresses: a house or flat number, a street name and a
//! street-type word ("12 Acacia Avenue", "Flat 3, 12 Acacia Avenue",
//! "12a High St", "12-14 Mill Lane").

use std::ops::Range;

use super::{Kind, Rule, Scan};
use crate::attribute::Party;

const TYPES: &str = "Road|Rd|Street|St|Avenue|Ave|Av|Lane|Ln|Close|Cl|Drive|Dr|Way|Court|Ct|Crescent|Cres|Gardens|Gdns|Terrace|Terr|Tce|Place|Pl|Grove|Gr|Walk|Row|Mews|Rise|Hill|Square|Sq|Parade|Pde|View|Green|Park|Vale|Gate|Wharf|Yard|Boulevard|Blvd|Embankment|Quay|Croft|Fold|Chase|Meadow|Meadows|Wynd|Brow|Drove|Circus|Approach|Heights|Grange|Path|Passage|Alley|Wood|End|Side|Bank|Mount|Lea|Hollow|Cottages|Villas|Buildings|Mansions|Broadway|Causeway|Promenade|Highway|Crossway|Link|Lawn|Lawns|Orchard|Paddock|Ridge|Dale|Glen|Nook|Garth|Loke|Twitten|Ginnel|Vennel|Wharf";

pub(super) fn patterns() -> Vec<(Rule, String)> {
    let unit = r"(?i:flat|apartment|apt|unit|suite|room)";
    let num = r"[0-9]{1,4}[A-Za-z]?(?:\s?[\-/]\s?[0-9]{1,4}[A-Za-z]?)?";
    let word = r"[A-Za-z][A-Za-z'\-]*";
    vec![
        (
            Rule::Address,
            format!(
                r"(?:\(\s?)?\b(?P<v>(?:{unit}\s*[0-9]{{1,4}}[A-Za-z]?,?\s*)?(?:{unit}\s*)?{num},?\s+(?:{word}\s+){{1,3}}(?i:{TYPES}))\b\.?"
            ),
        ),
        // A house number in words: "twelve Acacia Avenue", "one two one
        // Brackenfield Drive", "forty-two Mill Lane".
        (
            Rule::AddressSpelled,
            format!(
                r"\b(?P<v>(?i:{NUMBER_WORD})(?:[\s\-]+(?i:{NUMBER_WORD})){{0,3}},?\s+(?:{word}\s+){{1,3}}(?i:{TYPES}))\b"
            ),
        ),
        // A street without a number after a first-person cue: "I live on
        // Acacia Avenue", "I live round Acacia Avenue", "my address is
        // Acacia Avenue, Walsall", "outside my house on Acacia Avenue", "I
        // work from a flat off Acacia Avenue", "everyone knows me round
        // Acacia Avenue", "near me on Acacia Avenue".
        (
            Rule::AddressCued,
            format!(
                r"\b(?i:{I}\s+(?:live|lived|living|stay|stayed|staying|reside|residing)\s+(?:on|in|at|off|down|along|up|round|around|near|by|just\s+off)|(?:my|our)\s+(?:home\s+)?(?:address|street|road)\s*(?:is|was|:|-)?|{I}\s+(?:on|off)|(?:{I}\s+(?:work|working|live|living|stay|staying|rent|renting)(?:\s+(?:from|in|at|out\s+of))?\s+(?:a|the)|(?:my|our))\s+(?:own\s+)?{PLACE}\s+(?:on|off|in|at|along|down|up|near|just\s+off)|(?:me|us)\s+(?:round|around)|near\s+(?:me|us)\s+(?:on|in|at|off))\s+(?:(?i:the)\s+)?(?P<v>(?:{word}\s+){{1,3}}(?i:{TYPES}))\b"
            ),
        ),
        // ... or before a first-person cue: "Acacia Avenue is where I
        // live", "Acacia Avenue is my address".
        (
            Rule::AddressCued,
            format!(
                r"\b(?P<v>(?:{word}\s+){{1,3}}(?i:{TYPES})),?\s+(?i:(?:is|was|'s)\s+(?:where\s+(?:i|we)\s+(?:live|lived|stay|staying|am\s+living|'m\s+living)|my\s+(?:home\s+)?(?:address|street|road)|our\s+(?:home\s+)?(?:address|street|road)))\b"
            ),
        ),
    ]
}

/// A first-person subject before a living cue ("I", "we're", "I am").
const I: &str = r"(?:i|we)(?:'m|\s+am|'re|\s+are)?";

/// Where someone lives or works from ("my house on", "a flat off").
const PLACE: &str =
    r"(?:house|flat|home|place|gaff|bungalow|maisonette|bedsit|room|front\s+door|door)";

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
    let v = v.unwrap_or(m);
    let text = scan.text(&v);
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
        ];
        let mut failures = Vec::new();
        for (text, want) in cases {
            let got = addresses(&d, text);
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
}
