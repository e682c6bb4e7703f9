//! UK postcodes (official per-position rules, any case, with or without the
//! space; GIR 0AA; BFPO numbers).

use std::ops::Range;

use super::{Kind, Rule, Scan};

pub(super) fn patterns() -> Vec<(Rule, String)> {
    vec![(
        Rule::Postcode,
        r"\b(?P<v>(?i:GIR ?0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPS-UW]|[A-HK-Y][0-9][ABEHMNPRV-Y]) {0,2}[0-9][ABD-HJLNP-UW-Z]{2}|BFPO ?[0-9]{1,4}))\b"
            .to_owned(),
    )]
}

/// Spaced-out postcodes, scanned after the vehicle registrations (whose
/// spaced forms look alike) and before the digit runs.
pub(super) fn spaced_patterns() -> Vec<(Rule, String)> {
    // Spaced out: "W S 1 1 A A", "ws1 1 aa", "B 1 1 A A" (one space at
    // most between any two characters; checked by `spaced`).
    vec![(
        Rule::PostcodeSpaced,
        r"\b(?P<v>[A-Za-z] ?(?:[A-Za-z] ?)?[0-9] ?(?:[0-9A-Za-z] ?)?[0-9] ?[A-Za-z] ?[A-Za-z])\b"
            .to_owned(),
    )]
}

/// Whether `s` (upper case, no spaces) is a postcode by the official
/// per-position rules (outward code of 2 to 4 characters, inward code of
/// a digit and two letters).
pub(super) fn valid(s: &str) -> bool {
    let b = s.as_bytes();
    let Some((inward, outward)) = b.split_last_chunk::<3>().map(|(o, i)| (i, o)) else {
        return false;
    };
    let inward_ok = inward[0].is_ascii_digit()
        && inward[1..]
            .iter()
            .all(|c| b"ABDEFGHJLNPQRSTUWXYZ".contains(c));
    let first = |c: &u8| b"ABCDEFGHIJKLMNOPRSTUWYZ".contains(c);
    let second = |c: &u8| b"ABCDEFGHKLMNOPQRSTUVWXY".contains(c);
    let outward_ok = match outward {
        [a, d] => first(a) && d.is_ascii_digit(),
        [a, d, e] if d.is_ascii_digit() => {
            first(a) && (e.is_ascii_digit() || b"ABCDEFGHJKPSTUW".contains(e))
        }
        [a, l, d] => first(a) && second(l) && d.is_ascii_digit(),
        [a, l, d, e] => {
            first(a)
                && second(l)
                && d.is_ascii_digit()
                && (e.is_ascii_digit() || b"ABEHMNPRVWXY".contains(e))
        }
        _ => false,
    };
    inward_ok && outward_ok
}

/// Words before a spaced-out postcode that make it one: the reporter's
/// own ("my", "I live"), or a postcode cue.
const SPACED_CUES: &[&str] = &[
    "postcode",
    "post code",
    "p/code",
    "my ",
    "i live",
    "i'm in",
    "address",
    "live in",
    "live at",
];

/// A postcode written with non-standard spaces: valid by the official
/// rules once the spaces are removed, and introduced by a cue.
pub(super) fn spaced(scan: &mut Scan<'_>, m: Range<usize>, v: Option<Range<usize>>) {
    let v = v.unwrap_or(m);
    let text = scan.text(&v);
    // Spaced out means two spaces or more ("ws1 1 aa", "W S 1 1 A A"):
    // with one, "on 24th" would pass for "ON2 4TH".
    if text.bytes().filter(|&b| b == b' ').count() < 2 {
        return;
    }
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if !valid(&compact) {
        return;
    }
    let cue = scan.lookback(v.start, 40);
    let cue = cue
        .rfind(['.', '!', '?', '\n'])
        .and_then(|k| cue.get(k + 1..))
        .unwrap_or(&cue);
    if SPACED_CUES.iter().any(|c| cue.contains(c)) {
        scan.push(Kind::Postcode, v, 0.8, "postcode.spaced", true);
    }
}

pub(super) fn handle(scan: &mut Scan<'_>, m: Range<usize>, v: Option<Range<usize>>) {
    let v = v.unwrap_or(m);
    let text = scan.text(&v);
    let upper = text
        .bytes()
        .filter(u8::is_ascii_alphabetic)
        .all(|b| b.is_ascii_uppercase());
    let conf = if upper { 0.95 } else { 0.8 };
    scan.push(Kind::Postcode, v, conf, "postcode", true);
}
