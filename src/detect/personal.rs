//! Dates of birth (after a birth cue) and ages that describe a person.

use std::ops::Range;

use super::{Finding, Kind, Rule, Scan};
use crate::attribute::Party;

pub(super) fn dob_patterns() -> Vec<(Rule, String)> {
    let date = super::lookalike::date_re();
    vec![(
        Rule::Dob,
        format!(
            r"\b(?i:d\.?o\.?b\.?|date\s+of\s+birth|birth\s?date|born(?:\s+on)?|birthday(?:\s+is)?|b'?day(?:\s+is)?)(?:\s*(?i:is|was|:|-|=|on|the)\b\s*|\s*[:\-=]\s*|\s+)*(?P<v>{date})\b"
        ),
    )]
}

pub(super) fn age_patterns() -> Vec<(Rule, String)> {
    vec![
        (
            Rule::Age,
            r"\b(?i:i'?m|i\s+am|aged|age\s*:|age\s+is|age|ages)\s+(?i:only\s+|just\s+)?(?P<v>[0-9]{1,3})\b".to_owned(),
        ),
        (
            Rule::Age,
            r"\b(?P<v>[0-9]{1,3})\s*-?\s*(?i:years?|yrs?|yr)\s*-?\s*(?i:old|of\s+age)\b".to_owned(),
        ),
        (Rule::Age, r"\b(?P<v>[0-9]{1,3}) ?(?i:yo|y/o|y\.o\.)".to_owned()),
    ]
}

pub(super) fn dob(scan: &mut Scan<'_>, m: Range<usize>, v: Option<Range<usize>>) {
    let Some(v) = v else { return };
    let before = scan.lookback(m.start, 24);
    let cue = scan.text(&m).to_ascii_lowercase();
    let mine = before.ends_with("my ")
        || before.ends_with("i was ")
        || (before.ends_with("i'm ") && cue.starts_with("born"));
    let f = Finding::new(Kind::DateOfBirth, v, 0.9, "dob", false);
    scan.push_finding(if mine {
        f.with_party_hint(Party::Reporter)
    } else {
        f
    });
}

const UNITS: &[&str] = &[
    "min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs", "second", "seconds", "secs",
    "mile", "miles", "metres", "meters", "m", "km", "yards", "feet", "ft", "foot", "pounds",
    "quid", "percent", "per", "times", "days", "day", "weeks", "week", "months", "month", "pm",
    "am", "o'clock", "%", "k", "of", "people", "officers", "men", "women", "calls", "texts",
    "messages", "kg", "stone", "st", "inches", "cm", "points", "grand", "x",
];

pub(super) fn age(scan: &mut Scan<'_>, m: Range<usize>, v: Option<Range<usize>>) {
    let Some(v) = v else { return };
    let Ok(n) = scan.text(&v).parse::<u32>() else {
        return;
    };
    if !(1..=120).contains(&n) {
        return;
    }
    let whole = scan.text(&m).to_ascii_lowercase();
    let self_cue = whole.starts_with("i'm") || whole.starts_with("im") || whole.starts_with("i ");
    if whole.starts_with("i") || whole.starts_with("age") {
        // "I'm 5 minutes away", "I am 2 streets over": the next word decides.
        let after = scan.lookahead(m.end, 16);
        let next: String = after
            .trim_start()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '\'' || *c == '%')
            .collect();
        let mut chars = after.chars();
        let first = chars.next();
        let second = chars.next();
        let next_starts_digitish = matches!(first, Some('\'' | '"'))
            || (matches!(first, Some(':' | '.' | ',' | '/' | '-'))
                && second.is_some_and(|c| c.is_ascii_digit()));
        if UNITS.contains(&next.as_str()) || next_starts_digitish {
            return;
        }
        if (whole.starts_with("age ") || whole == "ages")
            && !whole.contains(':')
            && !whole.contains(" is")
        {
            // bare "age 34" is fine; "ages 3" (ranges) is not
            if whole.starts_with("ages") {
                return;
            }
        }
    }
    let f = Finding::new(Kind::Age, v, 0.8, "age", false);
    scan.push_finding(if self_cue {
        f.with_party_hint(Party::Reporter)
    } else {
        f
    });
}
