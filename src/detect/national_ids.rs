//! National Insurance numbers, DVLA driving licences and passports (in
//! context). NHS numbers, UTRs and Northern Ireland licences are all-digit
//! and are classified with the other digit runs (`numbers`).

use std::ops::Range;

use super::validate;
use super::{Kind, Rule, Scan};

pub(super) fn cue_patterns() -> Vec<(Rule, String)> {
    vec![(
        Rule::Passport,
        r"\b(?i:passport)(?:\s*(?i:no|number|num|#))?\.?\s*(?:(?i:is|was)\s+|[:\-]\s*)?(?P<v>[0-9]{3} ?[0-9]{3} ?[0-9]{3}|[A-Za-z]{1,2}[0-9]{6,7}|[0-9]{6}[A-Za-z])\b"
            .to_owned(),
    )]
}

pub(super) fn patterns() -> Vec<(Rule, String)> {
    vec![
        (
            Rule::Nino,
            r"\b(?:[A-Z]{2}[ \-.]?|[a-z]{2}|[A-Z][a-z])[0-9](?:[ \-.]?[0-9]){5}(?:[ \-.]?[A-Da-d])?\b".to_owned(),
        ),
        (
            Rule::Licence,
            r"\b(?i:[A-Z9]{5} ?[0-9]{6} ?[A-Z9]{2}[0-9] ?[A-Z0-9]{2})\b".to_owned(),
        ),
    ]
}

pub(super) fn handle(scan: &mut Scan<'_>, rule: Rule, m: Range<usize>) {
    let text = scan.text(&m);
    match rule {
        Rule::Nino => {
            if !validate::nino(text) {
                return;
            }
            let c = validate::compact_upper(text);
            if c.len() == 9 {
                scan.push(Kind::Nino, m, 0.95, "nino", true);
            } else {
                let cue = scan.lookback(m.start, 40);
                let prefix = String::from_utf8_lossy(c.get(..2).unwrap_or_default()).into_owned();
                let word = super::vehicle::is_short_word(&prefix);
                let cued = cue.contains("insurance") || cue.contains("nino") || cue.contains("ni ");
                if word && !cued {
                    return;
                }
                let conf =
                    if cue.contains("insurance") || cue.contains("nino") || cue.contains("ni ") {
                        0.9
                    } else {
                        0.6
                    };
                scan.push(Kind::Nino, m, conf, "nino.nosuffix", false);
            }
        }
        _ => {
            if validate::dvla(text) {
                scan.push(Kind::DrivingLicence, m, 0.95, "licence.dvla", true);
            }
        }
    }
}

pub(super) fn passport(scan: &mut Scan<'_>, m: Range<usize>, v: Option<Range<usize>>) {
    let v = v.unwrap_or(m);
    scan.push(Kind::Passport, v, 0.9, "passport", false);
}
