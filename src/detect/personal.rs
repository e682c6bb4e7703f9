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

/// Ages written in words, ten to ninety-nine ("fifty two", "forty-three",
/// "nineteen"), as a regex fragment without capture groups.
const SPELLED: &str = r"(?i:(?:twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine)\b)?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";

/// Decades of life ("30s", "30's", "thirties", "teens").
const DECADE: &str = r"(?:[1-9]0'?s|(?i:teens|twenties|thirties|forties|fourties|fifties|sixties|seventies|eighties|nineties))";

/// A number that may be an age: digits, words or a decade.
fn age_value() -> String {
    format!(r"(?:{DECADE}|{SPELLED}|[0-9]{{1,3}})")
}

pub(super) fn age_patterns() -> Vec<(Rule, String)> {
    let num = age_value();
    vec![
        (
            Rule::Age,
            format!(
                r"\b(?i:i'?m|i\s+am|aged|age\s*:|age\s+is|age|ages)\s+(?i:only\s+|just\s+|nearly\s+|almost\s+|about\s+)?(?P<v>[0-9]{{1,3}}|{SPELLED})\b"
            ),
        ),
        (
            Rule::Age,
            format!(
                r"\b(?P<v>[0-9]{{1,3}}|{SPELLED})\s*-?\s*(?i:years?|yrs?|yr)\s*-?\s*(?i:old|of\s+age)\b"
            ),
        ),
        (
            Rule::Age,
            r"\b(?P<v>[0-9]{1,3}) ?(?i:yo\b|y/o\b|y\.o\.)".to_owned(),
        ),
        // "I'm in my 30s", "she's in her early forties".
        (
            Rule::Age,
            format!(
                r"\b(?i:(?:i'?m|i\s+am|(?:he|she|they|who)(?:'s|'re|\s+is|\s+was|\s+are|\s+were))\s+)?(?i:in\s+(?:my|his|her|their|your)\s+(?:(?:early|mid|late)[\s-]+)?)(?P<v>{DECADE})(?-u:\b)"
            ),
        ),
        // "caller is 34", "who is only 9", "she's 8", "he is about 40s".
        (
            Rule::Age,
            format!(
                r"\b(?i:caller|reporter|victim|officer|he|she|who|they)(?i:'s|\s+is|\s+was|\s+are|\s+were)\s+(?i:(?:only|just|nearly|almost|about|around|roughly|maybe|probably|aged|in\s+(?:his|her|their)(?:\s+(?:early|mid|late))?)\s+)?(?P<v>{num})\b"
            ),
        ),
        // A person's description: "older officer, 26", "officer, maybe 47".
        (
            Rule::Age,
            format!(
                r"\b(?i:officer|man|woman|male|female|bloke|guy|lad|lady|girl|boy|sergeant|constable)\s*,\s*(?i:(?:maybe|about|around|roughly|approx\.?|approximately|probably|aged)\s+)?(?P<v>{DECADE}|[1-9][0-9])\b"
            ),
        ),
        // "52, asian, dark hair", "about 40s, white".
        (
            Rule::Age,
            format!(
                r"\b(?P<v>{DECADE}|[1-9][0-9])\s*,\s*(?i:white|black|asian|mixed|arab|chinese|british|tall|short|slim|stocky|medium|heavy|thin|large|bald|blonde?|ginger|dark|fair|grey|gray|brown)\b"
            ),
        ),
        // "about 40s": a decade after an estimate.
        (
            Rule::Age,
            format!(
                r"\b(?i:about|around|roughly|approx\.?|approximately|maybe|probably|late|early|mid)[\s-]+(?P<v>{DECADE})(?-u:\b)"
            ),
        ),
    ]
}

/// Value of a spelled unit or teen word.
fn word_value(w: &str) -> Option<u32> {
    Some(match w {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return None,
    })
}

/// Value of a tens word, or of a decade word (its first year).
fn tens_value(w: &str) -> Option<(u32, bool)> {
    Some(match w {
        "twenty" => (20, false),
        "thirty" => (30, false),
        "forty" | "fourty" => (40, false),
        "fifty" => (50, false),
        "sixty" => (60, false),
        "seventy" => (70, false),
        "eighty" => (80, false),
        "ninety" => (90, false),
        "teens" => (13, true),
        "twenties" => (20, true),
        "thirties" => (30, true),
        "forties" | "fourties" => (40, true),
        "fifties" => (50, true),
        "sixties" => (60, true),
        "seventies" => (70, true),
        "eighties" => (80, true),
        "nineties" => (90, true),
        _ => return None,
    })
}

/// The first age written in words in `s` ("fifty two", "forty-three",
/// "nineteen", "thirties"): its byte range in `s` and its value (a
/// decade's first year, 13 for "teens"). ASCII words only; linear.
pub(crate) fn age_in_words(s: &str) -> Option<(Range<usize>, u32)> {
    // Words: (start, end, lower-case text).
    let mut words: Vec<(usize, usize, String)> = Vec::new();
    let mut cur: Option<usize> = None;
    for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
        if c.is_ascii_alphabetic() {
            cur.get_or_insert(i);
        } else if let Some(st) = cur.take() {
            words.push((st, i, s.get(st..i).unwrap_or("").to_ascii_lowercase()));
        }
    }
    for (k, (st, en, w)) in words.iter().enumerate() {
        if let Some((t, decade)) = tens_value(w) {
            if !decade
                && let Some((_, ue, u)) = words.get(k + 1)
                && let Some(u) = word_value(u).filter(|u| *u < 10)
                && s.get(*en..words.get(k + 1).map_or(*en, |n| n.0))
                    .is_some_and(|gap| gap.chars().all(|c| c == ' ' || c == '-'))
            {
                return Some((*st..*ue, t + u));
            }
            return Some((*st..*en, t));
        }
        if let Some(u) = word_value(w) {
            return Some((*st..*en, u));
        }
    }
    None
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
    "messages", "kg", "stone", "st", "inches", "cm", "points", "grand", "x", "streets", "street",
    "doors", "door", "houses", "flats", "floors", "stops", "yards", "metres", "quid", "pound",
    "grams", "g", "ml", "litres", "pints", "cans", "bottles",
];

/// Words before a bare number that make it an estimate of someone's age
/// in a description ("about 52, asian").
const ESTIMATE: &[&str] = &[
    "about",
    "around",
    "roughly",
    "approx",
    "approx.",
    "approximately",
    "maybe",
    "probably",
    "aged",
    "officer",
    "man",
    "woman",
    "male",
    "female",
];

pub(super) fn age(scan: &mut Scan<'_>, m: Range<usize>, v: Option<Range<usize>>) {
    let Some(v) = v else { return };
    let value = scan.text(&v);
    let n = match value.parse::<u32>() {
        Ok(n) => n,
        Err(_) => match value.strip_suffix('s').map(|d| d.trim_end_matches('\'')) {
            // "30s", "30's"
            Some(d) if !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()) => {
                d.parse::<u32>().unwrap_or(0)
            }
            _ => match age_in_words(value) {
                Some((_, n)) => n,
                None => return,
            },
        },
    };
    if !(1..=120).contains(&n) {
        return;
    }
    let whole = scan.text(&m).to_ascii_lowercase();
    let self_cue = whole.starts_with("i'm")
        || whole.starts_with("im")
        || whole.starts_with("i ")
        || whole.starts_with("in my")
        || whole.starts_with("caller")
        || whole.starts_with("reporter");
    if whole.starts_with(|c: char| c.is_ascii_digit()) && whole.contains(',') {
        // "52, asian, dark hair": only at the start of a text or line, after
        // a comma or an estimate ("about 52, white"), never "at 10, white van".
        let before = scan.lookback(m.start, 20);
        let before = before.trim_end();
        let last = before
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("");
        let ok = before.is_empty()
            || before.ends_with([',', ':', '(', '-', '\n'])
            || ESTIMATE.contains(&last);
        if !ok {
            return;
        }
    }
    let suffixed = whole.contains("year")
        || whole.contains("yo")
        || whole.contains("y/o")
        || whole.contains("y.o")
        || whole.contains("yr");
    if !suffixed {
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
