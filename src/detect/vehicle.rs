//! Vehicle registration marks: current (`AB12 CDE`, age identifier
//! checked), prefix (`A123 BCD`), suffix (`ABC 123D`), and dateless or
//! Northern Ireland marks after a registration cue.

use std::ops::Range;

use super::validate;
use super::{Kind, Rule, Scan};

pub(super) fn cue_patterns() -> Vec<(Rule, String)> {
    vec![(
        Rule::VrmCue,
        r"\b(?i:(?:car|van|vehicle|motorbike|bike|his|her|their|my)\s+)?(?i:reg(?:istration)?(?:\s*(?:no|number|mark|plate))?|number\s*plate|plates?(?:\s*number)?|vrm)\b\.?\s*(?:(?i:is|was|of|reads|read)\s+|[:\-]\s*)?(?P<v>[A-Za-z]{1,3}[ \-]?[0-9](?:[ \-]?[0-9]){0,3}(?:[ \-]?[A-Za-z]{1,3})?|[0-9]{1,4}[ \-]?[A-Za-z]{1,3})\b"
            .to_owned(),
    )]
}

pub(super) fn patterns() -> Vec<(Rule, String)> {
    vec![
        (
            Rule::VrmCurrent,
            r"\b(?:[A-Z]{2}[0-9]{2}[ \-]?[A-Z]{3}|[a-z]{2}[0-9]{2} ?[a-z]{3}|[A-Z] [A-Z] ?[0-9] ?[0-9] ?[A-Z] ?[A-Z] ?[A-Z]|[A-Z]{2} [0-9]{2} [A-Z]{3})\b"
                .to_owned(),
        ),
        (
            Rule::VrmPrefix,
            r"\b(?:[A-HJ-NP-TV-Y][0-9]{1,3} ?[A-Z]{3}|[a-hj-np-tv-y][0-9]{1,3}[a-z]{3})\b".to_owned(),
        ),
        (
            Rule::VrmSuffix,
            r"\b[A-Z]{3} ?[0-9]{1,3} ?[A-HJ-NP-TV-Y]\b".to_owned(),
        ),
        // Any case and spacing ("bm 73 emh", "j487 seo", "W6 88 AVC"):
        // reported only after a vehicle cue (see `loose`).
        (
            Rule::VrmLoose,
            r"\b(?i:[A-Z]{2}[ \-]?|[A-Z][ \-]?)[0-9](?:[ \-]?[0-9]){0,2}[ \-]?(?i:[A-Z]{3})\b".to_owned(),
        ),
    ]
}

const WORDS2: &[&str] = &[
    "ON", "AT", "IN", "BY", "TO", "OF", "IS", "IT", "AS", "OR", "AN", "UP", "SO", "NO", "DO", "GO",
    "HE", "WE", "ME", "MY", "BE", "US", "AM", "PM",
];
const WORDS3: &[&str] = &[
    "THE", "AND", "FOR", "ARE", "WAS", "HAS", "HIS", "HER", "NOT", "BUT", "YOU", "OUR", "CAD",
    "REF", "LOG", "URN", "AGE", "DOB", "TEL", "MOB", "FAX", "NHS", "UTR", "VAT", "PIN", "ACC",
];

/// Whether a two-letter string is a common English word ("ON", "AT").
pub(super) fn is_short_word(s: &str) -> bool {
    WORDS2.contains(&s.to_ascii_uppercase().as_str())
}

pub(super) fn handle(scan: &mut Scan<'_>, rule: Rule, m: Range<usize>, v: Option<Range<usize>>) {
    match rule {
        Rule::VrmCue => {
            let v = v.unwrap_or(m);
            let text = scan.text(&v);
            let valid = validate::vrm_current(text);
            scan.push(Kind::VehicleReg, v, 0.9, "vrm.cue", valid);
        }
        Rule::VrmCurrent => {
            let text = scan.text(&m);
            if !validate::vrm_current(text) {
                return;
            }
            let c = validate::compact_upper(text);
            let tag = std::str::from_utf8(c.get(..2).unwrap_or_default()).unwrap_or("");
            let spaced_tag = text.get(2..3).is_some_and(|s| s == " ");
            if spaced_tag && WORDS2.contains(&tag) {
                return;
            }
            scan.push(Kind::VehicleReg, m, 0.9, "vrm.current", true);
        }
        Rule::VrmLoose => loose(scan, m),
        _ => {
            let text = scan.text(&m);
            let c = validate::compact_upper(text);
            let head = std::str::from_utf8(c.get(..3).unwrap_or_default()).unwrap_or("");
            let tail = std::str::from_utf8(c.get(c.len().saturating_sub(3)..).unwrap_or_default())
                .unwrap_or("");
            if WORDS3.contains(&head) || WORDS3.contains(&tail) {
                return;
            }
            let id = if rule == Rule::VrmPrefix {
                "vrm.prefix"
            } else {
                "vrm.suffix"
            };
            scan.push(Kind::VehicleReg, m, 0.75, id, false);
        }
    }
}

/// Words that say a vehicle is being talked about.
const VEHICLE_CUES: &[&str] = &[
    "car", "van", "vehicle", "reg", "plate", "drive", "driving", "drove", "motor", "bike", "taxi",
    "lorry", "truck", "corsa", "fiesta", "golf", "astra", "parked",
];

/// Words and units a loose candidate's last three letters must not be
/// ("the m6 and", "in 30 mph", "on 12 may").
const LOOSE_TAILS: &[&str] = &[
    "MPH", "KMH", "HRS", "MIN", "YRS", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG",
    "SEP", "OCT", "NOV", "DEC", "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN", "ISH", "ODD",
    "OFF", "OUT", "NOW", "AGO", "AND", "ALL", "ANY", "ONE", "TWO", "SIX", "TEN", "GOT", "GET",
    "HAD", "HIM", "ITS", "LOT", "MEN", "PER", "SHE", "TOO", "WHO", "WHY", "HOW", "YES", "YET",
];

/// A registration in any case and spacing, after a vehicle cue in the same
/// line: current format (age identifier checked) or prefix format.
fn loose(scan: &mut Scan<'_>, m: Range<usize>) {
    let text = scan.text(&m);
    let c = validate::compact_upper(text);
    let tail =
        std::str::from_utf8(c.get(c.len().saturating_sub(3)..).unwrap_or_default()).unwrap_or("");
    if WORDS3.contains(&tail) || LOOSE_TAILS.contains(&tail) {
        return;
    }
    let letters = c.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let ok = match letters {
        2 => {
            let tag = std::str::from_utf8(c.get(..2).unwrap_or_default()).unwrap_or("");
            validate::vrm_current(text) && !WORDS2.contains(&tag)
        }
        // Prefix format: the first letter is the year letter (no I, O, Q,
        // U, Z); "a 4 car pile-up" is the article.
        1 if text.starts_with(['a', 'A']) && text.get(1..2) == Some(" ") => false,
        1 => c
            .first()
            .is_some_and(|b| !matches!(b, b'I' | b'O' | b'Q' | b'U' | b'Z')),
        _ => false,
    };
    if !ok {
        return;
    }
    let before = scan.lookback(m.start, 48);
    let line = before.rsplit('\n').next().unwrap_or("");
    let cued = VEHICLE_CUES.iter().any(|w| {
        line.match_indices(w).any(|(i, _)| {
            let prev = line.as_bytes().get(i.wrapping_sub(1)).copied();
            i == 0 || !prev.is_some_and(|b| b.is_ascii_alphabetic())
        })
    });
    if cued {
        scan.push(Kind::VehicleReg, m, 0.8, "vrm.loose", letters == 2);
    }
}
