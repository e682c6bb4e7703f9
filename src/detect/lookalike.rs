//! Look-alikes that are not identifiers: money, percentages, crime and
//! incident references, and the dates of events. Their patterns come before
//! the identifier patterns in the combined set, so a leftmost-first match
//! consumes them and nothing inside is flagged.

use std::ops::Range;

use super::{Finding, Kind, Rule, Scan};

pub(super) const MONTH: &str = r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/// A calendar date in the forms people write.
pub(super) fn date_re() -> String {
    format!(
        r"(?:[0-9]{{1,2}} ?[/.\-] ?[0-9]{{1,2}} ?[/.\-] ?(?:[0-9]{{4}}|[0-9]{{2}})|[0-9]{{4}}-[0-9]{{1,2}}-[0-9]{{1,2}}|[0-9]{{1,2}}(?i:st|nd|rd|th)?(?:\s+(?i:of))?\s+{MONTH}\.?,?\s+(?:[0-9]{{4}}|'?[0-9]{{2}})|{MONTH}\.?\s+[0-9]{{1,2}}(?i:st|nd|rd|th)?,?\s+[0-9]{{4}}|[0-9]{{2}} [0-9]{{2}} (?:19|20)[0-9]{{2}})"
    )
}

pub(super) fn patterns() -> Vec<(Rule, String)> {
    let date = date_re();
    vec![
        (
            Rule::Money,
            r"(?:£|\$|€|(?i:gbp|eur|usd) ?) ?[0-9][0-9,]*(?:\.[0-9]+)?(?: ?(?i:k|m|bn|million|thousand|grand|mil))?\b|\b[0-9]{1,4}(?:,[0-9]{3})*(?:\.[0-9]+)? ?(?i:k|bn|quid|pounds?|grand|gbp|pence|p|euros?|dollars?)\b"
                .to_owned(),
        ),
        (
            Rule::Percent,
            r"\b[0-9]+(?:\.[0-9]+)? ?(?:%|(?i:per ?cent)\b)".to_owned(),
        ),
        (
            Rule::CrimeRef,
            r"\b(?i:crime(?:\s*(?:ref(?:erence)?|no|number|num))?|cad|incident(?:\s*(?:ref(?:erence)?|no|number|log))?|log(?:\s*(?:no|number))?|occurrence(?:\s*(?:ref|no|number))?|case\s*(?:no|number|ref(?:erence)?)|ref(?:erence)?(?:\s*(?:no|number))?|job\s*(?:no|number|id)|interpreter\s*(?:id|no|number)|language\s*line(?:\s*(?:id|no|number))?|ticket\s*(?:no|number)|urn|storm(?:\s*(?:ref|log))?|athena|niche)\b\.?\s*(?:(?i:is|was)\s+)?[:#]?\s*(?:[A-Z]{1,4}[ ][1-9][0-9]{3,}|[A-Za-z]{0,4}[\-/]?[0-9])[A-Za-z0-9/\-]*(?:\s+(?i:of)\s+[0-9]{1,2}/[0-9]{1,2}(?:/[0-9]{2,4})?)?"
                .to_owned(),
        ),
        (Rule::CrimeRef, r"\b[0-9]{2}/[0-9]{3,8}/[0-9]{2,4}\b".to_owned()),
        (Rule::Date, format!(r"\b{date}\b")),
    ]
}

/// A date without a birth cue is an event's date and stays as written.
/// Something shaped like a date that is not a plausible date (`20-00-00`)
/// goes to the number classifier (it may be a sort code).
pub(super) fn date(scan: &mut Scan<'_>, m: Range<usize>) {
    if repeats_a_date_of_birth(scan, &m) {
        return;
    }
    let text = scan.text(&m);
    if !text.bytes().any(|b| b.is_ascii_alphabetic()) {
        let parts: Vec<u32> = text
            .split(|c: char| !c.is_ascii_digit())
            .filter(|p| !p.is_empty())
            .filter_map(|p| p.parse().ok())
            .collect();
        let plausible = match parts.as_slice() {
            [a, b, _] if *a > 31 => (1..=12).contains(b),
            [a, b, _] => (1..=31).contains(a) && ((1..=12).contains(b) || (1..=12).contains(a)),
            _ => true,
        };
        let cue = scan.lookback(m.start, 40);
        if !plausible || super::numbers::sort_cue(&cue) || cue.contains("account") {
            // Take in any digit groups that follow ("12-34-56-78").
            let bytes = scan.norm.as_bytes();
            let mut end = m.end;
            loop {
                let sep = bytes.get(end).copied();
                let next = bytes.get(end + 1).copied();
                if matches!(sep, Some(b' ' | b'-' | b'.'))
                    && next.is_some_and(|b| b.is_ascii_digit())
                {
                    end += 1;
                    while bytes.get(end).is_some_and(u8::is_ascii_digit) {
                        end += 1;
                    }
                } else {
                    break;
                }
            }
            super::numbers::classify(scan, m.start..end);
        }
    }
}

/// Words that may stand between a date of birth and the same date written
/// again ("born on 03/04/1987 (3rd April 1987)", "DOB 3.4.87, i.e. 3 April
/// 1987", "d.o.b. 03/04/1987 aka 3/4/87").
const RESTATE: &[&str] = &[
    "i.e.", "ie", "i.e", "aka", "or", "that's", "thats", "that", "is", "so",
];

/// How far after a date of birth a restatement may start.
const RESTATE_GAP: usize = 16;

/// A date right after a date of birth, with only brackets, punctuation or
/// "i.e." between, is the same date of birth written again: it is pushed as
/// one (with the first one's party hint) and is not an event date.
fn repeats_a_date_of_birth(scan: &mut Scan<'_>, m: &Range<usize>) -> bool {
    let Some(dob) = scan
        .out
        .iter()
        .rev()
        .take(4)
        .find(|f| f.kind == Kind::DateOfBirth && f.range.end <= m.start)
    else {
        return false;
    };
    if m.start - dob.range.end > RESTATE_GAP {
        return false;
    }
    let hint = dob.party_hint;
    let gap = scan.text(&(dob.range.end..m.start)).to_ascii_lowercase();
    let only_glue = gap
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | '[' | ',' | ';' | ':' | '-' | '/'))
        .filter(|w| !w.is_empty())
        .all(|w| RESTATE.contains(&w));
    if !only_glue {
        return false;
    }
    let f = Finding::new(Kind::DateOfBirth, m.clone(), 0.85, "dob.restated", false);
    scan.push_finding(match hint {
        Some(p) => f.with_party_hint(p),
        None => f,
    });
    true
}
