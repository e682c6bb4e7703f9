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
            // Any case, the prefix and suffix optionally set off by a space, dot
            // or hyphen ("AB123456C", "ab 12 34 56 c", "ab-12-34-56-c"); a
            // rejected candidate's digits go back to the digit-run rules.
            r"\b[A-Za-z]{2}[ \-.]?[0-9](?:[ \-.]?[0-9]){5}(?:[ \-.]?[A-Da-d])?\b".to_owned(),
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
            if !nino(scan, &m) {
                // Not a NINO ("on 12-03-24", "to 20-00-00 12345678"): the
                // digits are classified like any other digit run.
                let digits = text
                    .find(|c: char| c.is_ascii_digit())
                    .unwrap_or(text.len());
                let start = m.start + digits;
                let end = super::numbers::run_end(scan.norm, start);
                let groups = scan
                    .text(&(start..end))
                    .split([' ', '-', '.'])
                    .filter(|g| !g.is_empty())
                    .count();
                if groups == 3 {
                    // Date-shaped ("on 30-11-23"): the look-alike rule
                    // decides (a date, or a sort code after a cue).
                    super::lookalike::date(scan, start..end);
                } else {
                    super::numbers::classify(scan, start..end);
                }
            }
        }
        _ => {
            if validate::dvla(text) {
                scan.push(Kind::DrivingLicence, m, 0.95, "licence.dvla", true);
            }
        }
    }
}

/// Whether a NINO-shaped candidate is reported (and pushes it).
fn nino(scan: &mut Scan<'_>, m: &Range<usize>) -> bool {
    let text = scan.text(m);
    if !validate::nino(text) {
        return false;
    }
    let c = validate::compact_upper(text);
    let prefix = String::from_utf8_lossy(c.get(..2).unwrap_or_default()).into_owned();
    let word = super::vehicle::is_short_word(&prefix);
    let before = scan.lookback(m.start, 40);
    let cued = [
        "insurance",
        "nino",
        "ni ",
        "n.i.",
        "ni:",
        "ni no",
        "nat ins",
    ]
    .iter()
    .any(|c| before.contains(c));
    let suffix = c.len() == 9;
    // "on 12.03.24 a man", "at 20 00 00 b": a short word before a
    // date-shaped or pair-grouped number needs a cue even with a suffix.
    let separated = text.get(2..3).is_some_and(|s| matches!(s, " " | "-" | "."));
    if word && !cued && (!suffix || separated || date_shaped(&c)) {
        return false;
    }
    let (conf, id, validated) = match (suffix, cued) {
        (true, _) => (0.95, "nino", true),
        (false, true) => (0.9, "nino.nosuffix", false),
        (false, false) => (0.6, "nino.nosuffix", false),
    };
    scan.push(Kind::Nino, m.clone(), conf, id, validated);
    true
}

/// Whether the six digits of a compact NINO candidate read as a date
/// (day 01-31, month 01-12).
fn date_shaped(c: &[u8]) -> bool {
    let d = |i: usize| c.get(i).map_or(0, |b| u32::from(b.wrapping_sub(b'0')));
    let day = d(2) * 10 + d(3);
    let month = d(4) * 10 + d(5);
    (1..=31).contains(&day) && (1..=12).contains(&month)
}

pub(super) fn passport(scan: &mut Scan<'_>, m: Range<usize>, v: Option<Range<usize>>) {
    let v = v.unwrap_or(m);
    scan.push(Kind::Passport, v, 0.9, "passport", false);
}
