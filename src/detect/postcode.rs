//! UK postcodes (official per-position rules, any case, with or without the
//! space, with a run of spaces or a line break between the halves; GIR 0AA;
//! BFPO numbers), and postcodes spaced out character by character.

use std::ops::Range;

use super::{Kind, Rule, Scan};

pub(super) fn patterns() -> Vec<(Rule, String)> {
    // Between the outward and inward codes: none, a run of spaces ("ng7
    // 3ju" with three) or a line break ("L8" at the end of one line and
    // "4WT" at the start of the next). The per-position rules keep the
    // look-alikes out.
    vec![(
        Rule::Postcode,
        r"\b(?P<v>(?i:GIR ?0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPS-UW]|[A-HK-Y][0-9][ABEHMNPRV-Y])(?: {0,4}| {0,2}\n {0,2})[0-9][ABD-HJLNP-UW-Z]{2}|BFPO ?[0-9]{1,4}))\b"
            .to_owned(),
    )]
}

/// Spaced-out postcodes, scanned after the vehicle registrations (whose
/// spaced forms look alike) and before the digit runs.
pub(super) fn spaced_patterns() -> Vec<(Rule, String)> {
    // Spaces only: with dots, "at 7.30pm" would be a candidate.
    const S: &str = " {0,2}";
    // Spaced out: "W S 1 1 A A", "ws1 1 aa", "B 1 1 A A", "L 8  4 W T"
    // (up to two spaces between any two characters; checked by `spaced`).
    vec![(
        Rule::PostcodeSpaced,
        format!(
            r"\b(?P<v>[A-Za-z]{S}(?:[A-Za-z]{S})?[0-9]{S}(?:[0-9A-Za-z]{S})?[0-9]{S}[A-Za-z]{S}[A-Za-z])\b"
        ),
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
/// own ("my", "our house in", "I live"), or a postcode cue.
const SPACED_CUES: &[&str] = &[
    "postcode",
    "post code",
    "p/code",
    "my ",
    "our ",
    "i live",
    "we live",
    "i'm in",
    "im in",
    "we're in",
    "address",
    "live in",
    "live at",
    "lives in",
    "lives at",
    "living in",
    "house in",
    "home in",
    "flat in",
    "based in",
];

/// A postcode written with non-standard separators: valid by the official
/// rules once the separators are removed, and introduced by a cue, or
/// spaced out character by character in capitals ("W S 9 8 T J"), a form
/// nothing else is written in.
pub(super) fn spaced(scan: &mut Scan<'_>, m: Range<usize>, v: Option<Range<usize>>) {
    let v = v.unwrap_or(m);
    let text = scan.text(&v);
    let is_sep = char::is_whitespace;
    // Separated characters: runs of non-separators.
    let pieces = text.split(is_sep).filter(|p| !p.is_empty()).count();
    // Spaced out means three pieces or more ("ws1 1 aa", "W S 1 1 A A"):
    // with two, "on 24th" would pass for "ON2 4TH".
    if pieces < 3 {
        return;
    }
    // "it's 591 at the end", "he'd 12 ab…": a letter after an apostrophe
    // ends a contraction, it does not start a postcode.
    if after_apostrophe(scan, v.start) {
        return;
    }
    let compact: String = text
        .chars()
        .filter(|&c| !is_sep(c))
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if !valid(&compact) {
        return;
    }
    // Every character on its own, in capitals.
    let fully_spaced = pieces == compact.len()
        && text
            .bytes()
            .filter(u8::is_ascii_alphabetic)
            .all(|b| b.is_ascii_uppercase());
    let cue = scan.lookback(v.start, 40);
    let cue = cue
        .rfind(['.', '!', '?', '\n'])
        .and_then(|k| cue.get(k + 1..))
        .unwrap_or(&cue);
    if SPACED_CUES.iter().any(|c| cue.contains(c)) {
        scan.push(Kind::Postcode, v, 0.8, "postcode.spaced", true);
    } else if fully_spaced {
        scan.push(Kind::Postcode, v, 0.7, "postcode.spaced", true);
    }
}

/// Whether the text before `pos` ends with an apostrophe: a letter there
/// ends a contraction ("it's", "he'd").
fn after_apostrophe(scan: &Scan<'_>, pos: usize) -> bool {
    scan.norm
        .get(..pos)
        .is_some_and(|b| b.ends_with(['\'', '\u{2019}']))
}

/// Where to scan again after a spaced candidate `m` rejected because it
/// starts with a contraction's letter: after that letter ("it's 591 at
/// the end": the digits are scanned on their own). Strictly inside `m`,
/// so the scan stays linear. Other rejected candidates are skipped whole
/// ("A Z 1 1 A A" must not become "Z 1 1 A A").
pub(super) fn rescan_from(scan: &Scan<'_>, m: &Range<usize>) -> Option<usize> {
    if !after_apostrophe(scan, m.start) {
        return None;
    }
    let text = scan.text(m);
    let first = text.find(' ')?;
    let rest = text.get(first..)?;
    let next = first + (rest.len() - rest.trim_start().len());
    (next > 0 && next < text.len()).then_some(m.start + next)
}

pub(super) fn handle(scan: &mut Scan<'_>, m: Range<usize>, v: Option<Range<usize>>) {
    let v = v.unwrap_or(m);
    let text = scan.text(&v);
    let upper = text
        .bytes()
        .filter(u8::is_ascii_alphabetic)
        .all(|b| b.is_ascii_uppercase());
    let conf = if upper { 0.95 } else { 0.8 };
    let at = v.start;
    scan.push(Kind::Postcode, v, conf, "postcode", true);
    super::address::line_before_postcode(scan, at);
}

#[cfg(test)]
mod tests {
    use crate::detect::{Detector, Kind, TextContext};

    fn postcodes(d: &Detector, text: &str) -> Vec<String> {
        d.detect(text, &TextContext::new())
            .into_iter()
            .filter(|f| f.kind == Kind::Postcode)
            .map(|f| text[f.range].to_owned())
            .collect()
    }

    #[test]
    fn irregular_spacing_and_line_breaks_between_the_halves() {
        let d = Detector::new().unwrap();
        let cases: &[(&str, &str)] = &[
            ("where I live, ng7   3ju. The bike", "ng7   3ju"),
            ("outside 22 Ashgrove Road, B33    8TH", "B33    8TH"),
            ("My postcode is L8\n4WT if you want", "L8\n4WT"),
            ("post code: sw1a\n1aa", "sw1a\n1aa"),
            ("send it to M1 \n 1AE please", "M1 \n 1AE"),
            (
                "he parks outside our house in W S 9 8 T J and",
                "W S 9 8 T J",
            ),
            ("W S 9 8 T J", "W S 9 8 T J"),
            ("we live in n g 7 3 j u", "n g 7 3 j u"),
            ("our house is in L 8  4 W T", "L 8  4 W T"),
            ("postcode ws1 1 aa", "ws1 1 aa"),
        ];
        let mut failures = Vec::new();
        for (text, want) in cases {
            let got = postcodes(&d, text);
            if !got.iter().any(|g| g == want) {
                failures.push(format!("{text:?}: want {want:?}, got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    #[test]
    fn look_alikes_with_odd_spacing_stay_safe() {
        let d = Detector::new().unwrap();
        let cases: &[&str] = &[
            // Inward letters C, I, K, M, O, V are never used.
            "ng7   3jc",
            "NG7 \n 3KO",
            // First letter Q/V/X, second I/J/Z.
            "QA1   1AA",
            "X 1 1 A A",
            "A Z 1 1 A A",
            // Not spaced enough to need a cue, but no cue and lower case.
            "on 2 4 th",
            "he said a b 1 2 c d",
            // A line break that is not between the halves of one code.
            "At 4\n5th floor",
            "junction 4 of the M1\n2 miles on",
            // Times, money and refs.
            "at 07:30 on the 24th",
            "£2,500 on 24th May",
            "crime ref 43/12345/24",
            "at 7.30pm and again at 7 30pm",
            "we met at 8 15am",
        ];
        let mut failures = Vec::new();
        for text in cases {
            let got = postcodes(&d, text);
            if !got.is_empty() {
                failures.push(format!("{text:?}: got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }
}
