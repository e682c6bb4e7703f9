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
            Rule::Nino,
            // Every character set off ("R K 5 2 6 0 1 3 A", "r.k.5.2.6.0.1.3.a",
            // "R K  52 60 13  A"): the prefix letters apart, then up to three
            // separators anywhere; the prefix rules and the suffix (or a
            // cue) decide in `nino`. With the letters together ("at 14.30 -
            // 15.00") the first pattern's single separators are the form.
            r"\b[A-Za-z][ \-.]{1,3}[A-Za-z][ \-.]{0,3}[0-9](?:[ \-.]{0,3}[0-9]){5}(?:[ \-.]{0,3}[A-Da-d])?\b"
                .to_owned(),
        ),
        (
            Rule::Licence,
            // The 16 characters, compact or in the groups people write
            // ("MORRI 705172 JP 9 AB", "MORRI-705172-JP9AB"); `validate::dvla`
            // checks the date.
            r"\b(?i:[A-Z9]{5}[ \-]?[0-9]{6}[ \-]?[A-Z9]{2}[ \-]?[0-9][ \-]?[A-Z0-9]{2})\b"
                .to_owned(),
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
                // To the end of the run, or of the candidate's last digit
                // when runs of separators split it ("ON 12  34  56").
                let last_digit = text
                    .rfind(|c: char| c.is_ascii_digit())
                    .map_or(start, |k| m.start + k + 1);
                let end = super::numbers::run_end(scan.norm, start).max(last_digit);
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
    // The two prefix letters set apart ("R K 5 2 6 0 1 3 A") or runs of
    // separators: spaced out on purpose, so a suffix or a cue is needed
    // ("a b 1 2 3 4 5 6" alone is not one).
    let spaced_prefix = text
        .as_bytes()
        .get(1)
        .is_some_and(|b| !b.is_ascii_alphabetic());
    let irregular = text.contains("  ") || text.contains(". ") || text.contains(" .");
    if (spaced_prefix || irregular) && !suffix && !cued {
        return false;
    }
    // Without a cue, a spaced prefix must be in capitals and not the end
    // of a word ("it's a 14 30 15 b").
    let capitals = text
        .bytes()
        .filter(u8::is_ascii_alphabetic)
        .all(|b| b.is_ascii_uppercase());
    let after_apostrophe = m.start > 0
        && scan
            .norm
            .as_bytes()
            .get(m.start - 1)
            .is_some_and(|&b| b == b'\'');
    if spaced_prefix && !cued && (!capitals || after_apostrophe) {
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

#[cfg(test)]
mod tests {
    use crate::detect::tests::found;
    use crate::detect::{Detector, Kind};

    #[test]
    fn ninos_with_every_character_set_off() {
        let d = Detector::new().unwrap();
        let cases: &[&str] = &[
            "R K 5 2 6 0 1 3 A",
            "r k 5 2 6 0 1 3 a",
            "R.K.5.2.6.0.1.3.A",
            "R-K-5-2-6-0-1-3-A",
            "R K  5 2  6 0  1 3  A",
            "R K  52 60 13  A",
            "R K 526013 A",
            "Q.Q . 12 . 34 . 56 . C",
        ];
        let mut failures = Vec::new();
        for want in cases {
            let text = format!("My NI number is {want} and you can email me");
            let got = found(&d, &text);
            if !got.iter().any(|(k, s)| *k == Kind::Nino && s == want) {
                failures.push(format!("{text:?}: got {got:?}"));
            }
            // Without a cue, a suffix is enough in capitals.
            if want.bytes().any(|b| b.is_ascii_lowercase()) {
                continue;
            }
            let text = format!("it's {want} ok");
            let got = found(&d, &text);
            if !got.iter().any(|(k, s)| *k == Kind::Nino && s == want) {
                failures.push(format!("{text:?}: got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    #[test]
    fn spaced_nino_look_alikes_are_not_ninos() {
        let d = Detector::new().unwrap();
        let cases: &[&str] = &[
            // Prefix rules: D, F, I, Q, U, V never first or second; O
            // never second; BG, GB, NK, KN, NT, TN, ZZ unused.
            "D A 1 2 3 4 5 6 A",
            "A O 1 2 3 4 5 6 A",
            "G B 1 2 3 4 5 6 A",
            "N T 1 2 3 4 5 6 A",
            // Suffix outside A-D.
            "A B 1 2 3 4 5 6 E",
            // Spaced prefix without suffix or cue.
            "a b 1 2 3 4 5 6",
            "a b 1 2 3 4 5 6 c",
            "seats A B 1 2 3 4 5 6 were",
            // Short words before a date or a sort code.
            "on 12  03  24 we met",
            "at  20 00 00 b",
            // Times are times.
            "at 14.30 - 15.00 he came back",
            "it's a 14 30 15 b",
        ];
        let mut failures = Vec::new();
        for text in cases {
            let got = found(&d, text);
            if got.iter().any(|(k, _)| *k == Kind::Nino) {
                failures.push(format!("{text:?}: got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    #[test]
    fn driving_licences_in_spaced_groups() {
        let d = Detector::new().unwrap();
        let cases: &[&str] = &[
            "MORRI 705172 JP 9 AB",
            "MORRI705172JP9AB",
            "MORRI 705172 JP9AB",
            "morri-705172-jp-9-ab",
            "SMIT9 856124 A9 9 XY",
        ];
        let mut failures = Vec::new();
        for want in cases {
            let text = format!("sort code 40-27-18. My licence number is {want}.");
            let got = found(&d, &text);
            if !got
                .iter()
                .any(|(k, s)| *k == Kind::DrivingLicence && s == want)
            {
                failures.push(format!("{text:?}: got {got:?}"));
            }
        }
        // Month 13 and day 32 are not dates: not a licence.
        for text in ["MORRI 713172 JP 9 AB", "MORRI 701322 JP 9 AB"] {
            let got = found(&d, text);
            if got.iter().any(|(k, _)| *k == Kind::DrivingLicence) {
                failures.push(format!("{text:?}: got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }
}
