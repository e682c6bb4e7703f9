//! Vehicle registration marks: current (`AB12 CDE`, age identifier
//! checked), prefix (`A123 BCD`), suffix (`ABC 123D`), and dateless or
//! Northern Ireland marks after a registration cue.

use std::ops::Range;

use super::validate;
use super::{Kind, Rule, Scan};

pub(super) fn cue_patterns() -> Vec<(Rule, String)> {
    vec![(
        Rule::VrmCue,
        r"\b(?i:(?:car|van|vehicle|motorbike|bike|his|her|their|my)\s+)?(?i:reg(?:istration)?(?:\s*(?:no|number|mark|plate))?|number\s*plate|plates?(?:\s*number)?|vrm)\b\.?\s*(?:(?i:is|was|of|reads|read)\s+|[:\-]\s*)?(?P<v>[A-Za-z]{1,3}[ \-]?[0-9]{1,4}(?:[ \-]?[A-Za-z]{1,3})?|[0-9]{1,4}[ \-]?[A-Za-z]{1,3})\b"
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
