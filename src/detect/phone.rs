//! Telephone numbers: UK (mobile, geographic, 03, freephone …; +44, 0044
//! and "(0)" forms), international numbers with a leading `+` or `00`,
//! digit-by-digit spacing, and spelled-out digits ("oh seven seven double
//! oh nine …"). Emergency and service numbers (999, 101, 111, the
//! service's own 0800 085 0000, Crimestoppers' 0800 555 111) are not
//! personal and are never reported.

use std::ops::Range;

use super::{Kind, Rule, Scan};
use crate::text::{NUMBER_WORDS_RE, NumberWord, digit_word, number_word, repeat_word};

const WORD: &str = r"(?i:zero|oh|o|nought|nil|one|two|three|four|five|six|seven|eight|nine|double|triple|treble|plus)";

pub(super) fn patterns() -> Vec<(Rule, String)> {
    // Digit words, and the words of numbers read out in groups ("nine
    // hundred", "forty one", "twelve").
    let word = format!("(?:{WORD}|{NUMBER_WORDS_RE})");
    let tok = format!(r"(?:[0-9]+|{word})\b");
    let sep = r"(?:[ ,.\-]+|\s+)";
    vec![(
        Rule::Spelled,
        format!(r"\b(?:{tok}{sep})*{word}\b(?:{sep}{tok})*"),
    )]
}

/// One digit group of a candidate: its digits and its normalised range.
#[derive(Debug, Clone)]
pub(crate) struct Group {
    pub(crate) digits: Vec<u8>,
    pub(crate) range: Range<usize>,
}

/// Service numbers that are never personal (national form).
const SERVICE: &[&str] = &["08000850000", "0800555111", "0800 555 111"];

/// Whether `d` (national form with leading 0, or `44…`/other country code
/// when `intl`) is a plausible phone number. Returns the detector id.
pub(crate) fn classify_digits(d: &[u8], plus: bool) -> Option<&'static str> {
    let s: String = d.iter().map(|&x| char::from(b'0' + x)).collect();
    let national: String = if plus {
        if let Some(rest) = s.strip_prefix("44") {
            format!("0{}", rest.strip_prefix('0').unwrap_or(rest))
        } else {
            // other country: 7–15 digits, country code cannot start with 0
            return (!s.starts_with('0') && (8..=15).contains(&s.len())).then_some("phone.intl");
        }
    } else if let Some(rest) = s.strip_prefix("0044") {
        format!("0{}", rest.strip_prefix('0').unwrap_or(rest))
    } else if let Some(rest) = s.strip_prefix("00") {
        return (!rest.starts_with('0') && (8..=15).contains(&rest.len())).then_some("phone.intl");
    } else {
        s
    };
    if SERVICE.contains(&national.as_str()) {
        return None;
    }
    let n = national.len();
    let b = national.as_bytes();
    if b.first() != Some(&b'0') {
        return None;
    }
    let ok = match b.get(1) {
        Some(b'1') | Some(b'2') => n == 10 || n == 11,
        Some(b'3') | Some(b'5') | Some(b'9') => n == 11,
        Some(b'7') => n == 11,
        Some(b'8') => n == 10 || n == 11,
        _ => false,
    };
    ok.then_some("phone.uk")
}

/// Finds phone numbers made of whole groups, left to right, longest first.
pub(crate) fn find_in_groups(
    scan: &mut Scan<'_>,
    groups: &[Group],
    plus_at_start: bool,
    id_override: Option<&'static str>,
) -> bool {
    let mut found = false;
    let mut i = 0;
    while i < groups.len() {
        let mut best: Option<(usize, &'static str)> = None;
        let mut acc: Vec<u8> = Vec::new();
        let plus = plus_at_start && i == 0;
        for (j, g) in groups.iter().enumerate().skip(i).take(16) {
            acc.extend_from_slice(&g.digits);
            if acc.len() > 16 {
                break;
            }
            if let Some(id) = classify_digits(&acc, plus) {
                best = Some((j, id));
            }
        }
        match best {
            Some((j, id)) => {
                let (Some(first), Some(last)) = (groups.get(i), groups.get(j)) else {
                    break;
                };
                let start = if plus {
                    let from =
                        crate::text::floor_boundary(scan.norm, first.range.start.saturating_sub(3));
                    scan.norm
                        .get(from..first.range.start)
                        .and_then(|s| s.rfind('+'))
                        .map_or(first.range.start, |k| from + k)
                } else {
                    // "(01632) 960123": take the opening bracket too.
                    let from =
                        crate::text::floor_boundary(scan.norm, first.range.start.saturating_sub(2));
                    scan.norm
                        .get(from..first.range.start)
                        .and_then(|s| s.rfind('('))
                        .map_or(first.range.start, |k| from + k)
                };
                let id = id_override.unwrap_or(id);
                let conf = if id == "phone.intl" { 0.85 } else { 0.95 };
                scan.push(Kind::Phone, start..last.range.end, conf, id, true);
                found = true;
                i = j + 1;
            }
            None => i += 1,
        }
    }
    found
}

/// Spelled-out or mixed digits: expands the words and looks for phone
/// numbers made of whole tokens.
pub(super) fn spelled(scan: &mut Scan<'_>, m: Range<usize>) {
    let text = scan.text(&m);
    let base = m.start;
    let mut groups: Vec<Group> = Vec::new();
    let mut repeat: Option<(usize, usize)> = None; // (count, start)
    let mut plus = false;
    let mut plus_start: Option<usize> = None;
    // The last token was a tens word ("forty"): a digit word next gives its
    // units.
    let mut tens_open = false;
    let mut pos = 0;
    for tok in text.split(|c: char| matches!(c, ' ' | ',' | '.' | '-') || c.is_whitespace()) {
        let start = pos;
        pos += tok.len() + 1;
        if tok.is_empty() {
            continue;
        }
        let lower = tok.to_ascii_lowercase();
        let range = base + start..base + start + tok.len();
        if let Some(count) = repeat_word(&lower) {
            repeat = Some((count, range.start));
            continue;
        }
        if lower == "plus" {
            if groups.is_empty() {
                plus = true;
                plus_start = Some(range.start);
            }
            continue;
        }
        let open = std::mem::take(&mut tens_open);
        // A word that extends the group before it: the units after a tens
        // word ("forty one"), "hundred" or "thousand" after digits ("nine
        // hundred").
        let extends = match (number_word(&lower), digit_word(&lower)) {
            (Some(n @ (NumberWord::Hundred | NumberWord::Thousand)), _) => Some((n.digits(), None)),
            (None, Some(d)) if d != 0 && open => Some((&[][..], Some(d))),
            _ => None,
        };
        if let Some((zeros, units)) = extends {
            repeat = None;
            if let Some(last) = groups.last_mut() {
                if let Some(d) = units
                    && let Some(u) = last.digits.last_mut()
                {
                    *u = d;
                }
                last.digits.extend_from_slice(zeros);
                last.range.end = range.end;
            }
            continue;
        }
        let mut digits: Vec<u8> = if let Some(d) = digit_word(&lower) {
            vec![d]
        } else if let Some(n) = number_word(&lower) {
            tens_open = matches!(n, NumberWord::Tens(_));
            n.digits().to_vec()
        } else if tok.bytes().all(|b| b.is_ascii_digit()) {
            tok.bytes().map(|b| b - b'0').collect()
        } else {
            repeat = None;
            continue;
        };
        let mut range = range;
        if let Some((count, rstart)) = repeat.take()
            && let Some(&first) = digits.first()
        {
            for _ in 1..count {
                digits.insert(0, first);
            }
            range.start = rstart;
        }
        groups.push(Group { digits, range });
    }
    let total: usize = groups.iter().map(|g| g.digits.len()).sum();
    if total < 10 {
        // "… five one nine, then corrected last three to five nine one":
        // a spoken correction of a part of the phone just given.
        if let (Some(first), Some(last)) = (groups.first(), groups.last())
            && super::numbers::corrects_a_phone(scan, total, first.range.start, last.range.end)
        {
            let range = first.range.start..last.range.end;
            scan.push(Kind::Phone, range, 0.8, "phone.part", false);
        }
        return;
    }
    let has_word = groups
        .iter()
        .any(|g| scan.text(&g.range).bytes().any(|b| b.is_ascii_alphabetic()));
    if let (Some(ps), Some(first)) = (plus_start, groups.first_mut()) {
        // "plus four four seven seven …": the '+' is the word itself.
        first.range.start = ps;
    }
    let before = scan.found_len();
    let all: Vec<u8> = groups
        .iter()
        .flat_map(|g| g.digits.iter().copied())
        .collect();
    if has_word && !plus && all.len() == 10 && all.first() == Some(&7) {
        // "seven seven double oh nine …": a mobile without its leading 0.
        if let (Some(first), Some(last)) = (groups.first(), groups.last()) {
            let range = first.range.start..last.range.end;
            scan.push(Kind::Phone, range, 0.85, "phone.spelled", false);
        }
        return;
    }
    find_in_groups(
        scan,
        &groups,
        plus,
        if has_word {
            Some("phone.spelled")
        } else {
            None
        },
    );
    // A spelled number is disguised on purpose: lower confidence is not
    // warranted, but it is not checksum-validated either.
    for f in scan.out.iter_mut().skip(before) {
        if f.detector == "phone.spelled" {
            f.validated = false;
            f.confidence = 0.9;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::detect::tests::found;
    use crate::detect::{Detector, Kind};

    #[test]
    fn phones_with_symbols_dots_and_line_breaks_between_groups() {
        let d = Detector::new().unwrap();
        let cases: &[&str] = &[
            "07700🔹900🔹845",
            "07700 🔹 900 🔹 845",
            "07700▪\u{FE0F}900▪\u{FE0F}845",
            "07700•900•845",
            "07700 • 900 • 845",
            "07700·900·845",
            "07700 | 900 | 845",
            "07700_900_845",
            "07700~900~845",
            "07700 ✨✨ 900 ✨ 845",
            "01632 ➡ 960 ➡ 123",
            "077.009.00.394",
            "077.009.003.94",
            "0770.090.0394",
            "07700 900\n537",
            "07700\n900537",
            "01632\n960 123",
            "07700 900 \n 537",
        ];
        let mut failures = Vec::new();
        for want in cases {
            let text = format!("text me on {want} (my work one)");
            let got = found(&d, &text);
            if !got.iter().any(|(k, s)| *k == Kind::Phone && s == want) {
                failures.push(format!("{text:?}: got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    /// The number identifiers a look-alike must not turn into.
    const NUMBER_IDS: [Kind; 6] = [
        Kind::Phone,
        Kind::Card,
        Kind::NhsNumber,
        Kind::Utr,
        Kind::SortCode,
        Kind::AccountNumber,
    ];

    /// Each text of `cases` in which a kind of `ids` was found.
    fn found_any(d: &Detector, ids: &[Kind], cases: &[&str]) -> Vec<String> {
        cases
            .iter()
            .map(|text| (text, found(d, text)))
            .filter(|(_, got)| got.iter().any(|(k, _)| ids.contains(k)))
            .map(|(text, got)| format!("{text:?}: got {got:?}"))
            .collect()
    }

    #[test]
    fn symbol_and_line_separated_look_alikes_stay() {
        let d = Detector::new().unwrap();
        let ids = [NUMBER_IDS.as_slice(), &[Kind::IpAddress]].concat();
        let cases: &[&str] = &[
            "paid £2,500 • 07:30 • 24/11/2025",
            "ref 43/12345/24 🔹 CAD 1234",
            "at 07:30\n0730hrs again",
            "CAD 4417 ▪ crime ref 43/12345/24",
            "it cost £350 🔹 £200 🔹 £150",
            "between 2019 • 2021 • 2023",
            "seen at 10:30\n11:45\n12:10",
            "score 3 | 2 | 1",
            "version 10.20.300.4000 of the app",
            "£2.5k then £1,200\n£300",
            "on 12/03/24 • 13/03/24",
            "paid 500€200 and 300£100 then 400¥900",
            "codes 1234é5678",
        ];
        let mut failures = found_any(&d, &ids, cases);
        // A real address keeps working next to the dotted form.
        let text = "my ip is 192.0.2.44";
        let got = found(&d, text);
        if !got
            .iter()
            .any(|(k, s)| *k == Kind::IpAddress && s == "192.0.2.44")
        {
            failures.push(format!("{text:?}: got {got:?}"));
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }
    /// A call handler's pause or grouping mark between the groups of a
    /// number ("07700 / 900 819"): slashes with or without spaces, doubled
    /// slashes, dots and doubled hyphens.
    #[test]
    fn phones_with_pause_marks_between_groups() {
        let d = Detector::new().unwrap();
        let cases: &[&str] = &[
            "07700 / 900 819",
            "07700 /900 819",
            "07700/ 900819",
            "07700 // 900 819",
            "07700//900819",
            "01632 / 960 123",
            "(01632) / 960123",
            "07700 ... 900 819",
            "07700...900819",
            "07700.. 900 819",
            "07700 -- 900 819",
            "07700 - - 900 819",
            "07700 900 / 819",
            "+44 7700 / 900 819",
        ];
        let mut failures = Vec::new();
        for want in cases {
            for text in [
                format!("Call back on {want}, 'after half five'."),
                format!("C/L mob {want}"),
            ] {
                let got = found(&d, &text);
                if !got.iter().any(|(k, s)| *k == Kind::Phone && s == want) {
                    failures.push(format!("{text:?}: got {got:?}"));
                }
            }
        }
        // Two numbers in a list stay two numbers.
        let text = "numbers 07700 900123 / 01632 960123";
        let got = found(&d, text);
        for want in ["07700 900123", "01632 960123"] {
            if !got.iter().any(|(k, s)| *k == Kind::Phone && s == want) {
                failures.push(format!("{text:?}: got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    /// Look-alikes written with the same marks stay: dates, fractions,
    /// crime and log references, times, money.
    #[test]
    fn pause_marked_look_alikes_stay() {
        let d = Detector::new().unwrap();
        let ids = [NUMBER_IDS.as_slice(), &[Kind::Passport]].concat();
        let cases: &[&str] = &[
            "on 12 / 03 / 24 at the station",
            "on 12 / 03 / 2024 and 13/03/2024",
            "open 24 / 7, 24/7",
            "about 3 / 4 of it",
            "crime ref 43/12345/24 and 43 / 12345 / 24",
            "ref 43 // 12345 // 24",
            "log 0730 / 0800 / 0915",
            "between 07:30 / 08:00",
            "paid £2,500 / £300",
            "2019 / 2020 / 2021 seasons",
            "CAD 1234 / 2345",
            "shifts 0700 ... 1500 ... 2300",
            "counts 10 -- 20 -- 30",
            "incident 20231104 / 0456",
        ];
        let failures = found_any(&d, &ids, cases);
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }
}
