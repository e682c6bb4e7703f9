//! Street addresses: a house or flat number, a street name and a
//! street-type word ("12 Acacia Avenue", "Flat 3, 12 Acacia Avenue",
//! "12a High St", "12-14 Mill Lane").

use std::ops::Range;

use super::{Kind, Rule, Scan};

const TYPES: &str = "Road|Rd|Street|St|Avenue|Ave|Av|Lane|Ln|Close|Cl|Drive|Dr|Way|Court|Ct|Crescent|Cres|Gardens|Gdns|Terrace|Terr|Tce|Place|Pl|Grove|Gr|Walk|Row|Mews|Rise|Hill|Square|Sq|Parade|Pde|View|Green|Park|Vale|Gate|Wharf|Yard|Boulevard|Blvd|Embankment|Quay|Croft|Fold|Chase|Meadow|Meadows|Wynd|Brow|Drove|Circus|Approach|Heights|Grange|Path|Passage|Alley|Wood|End|Side|Bank|Mount|Lea|Hollow|Cottages|Villas|Buildings|Mansions|Broadway|Causeway|Promenade|Highway|Crossway|Link|Lawn|Lawns|Orchard|Paddock|Ridge|Dale|Glen|Nook|Garth|Loke|Twitten|Ginnel|Vennel|Wharf";

pub(super) fn patterns() -> Vec<(Rule, String)> {
    let unit = r"(?i:flat|apartment|apt|unit|suite|room)";
    let num = r"[0-9]{1,4}[A-Za-z]?(?:\s?[\-/]\s?[0-9]{1,4}[A-Za-z]?)?";
    let word = r"[A-Za-z][A-Za-z'\-]*";
    vec![(
        Rule::Address,
        format!(
            r"(?:\(\s?)?\b(?P<v>(?:{unit}\s*[0-9]{{1,4}}[A-Za-z]?,?\s*)?(?:{unit}\s*)?{num},?\s+(?:{word}\s+){{1,3}}(?i:{TYPES}))\b\.?"
        ),
    )]
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
