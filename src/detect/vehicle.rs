//! Vehicle registration marks: current (`AB12 CDE`, age identifier
//! checked), prefix (`A123 BCD`), suffix (`ABC 123D`), Northern Ireland
//! (`KIZ 4821`, after a vehicle cue or in capitals), and dateless marks
//! after a registration cue.

use std::ops::Range;

use super::validate;
use super::{Kind, Rule, Scan};

pub(super) fn cue_patterns() -> Vec<(Rule, String)> {
    vec![(
        Rule::VrmCue,
        r"\b(?i:(?:car|van|vehicle|motorbike|bike|his|her|their|my)\s+)?(?i:reg(?:istration)?(?:\s*(?:no|number|mark|plate))?|number\s*plate|plates?(?:\s*(?:number|no))?|vrm)\b\.?\s*(?:(?i:(?:is\s+|was\s+)?(?:(?:start|begin|end)(?:s|ed|ing)?|began)(?:\s+(?:with|in))?|is|was|of|reads|read|something\s+like)\s+|[:\-,]\s*(?i:something\s+like\s+)?)?(?P<v>[A-Za-z]{1,3}[ \-]?[0-9](?:[ \-]?[0-9]){0,3}(?:[ \-]?[A-Za-z]{1,3})?|[0-9]{1,4}(?:[ \-]?[A-Za-z]{1,3})?)\b"
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
        // Any case and spacing ("bm 73 emh", "j487 seo", "W6 88 AVC"):
        // reported only after a vehicle cue (see `loose`).
        (
            Rule::VrmLoose,
            r"\b(?i:[A-Z]{2}[ \-]?|[A-Z][ \-]?)[0-9](?:[ \-]?[0-9]){0,2}[ \-]?(?i:[A-Z]{3})\b".to_owned(),
        ),
        // Northern Ireland: a serial letter, a two-letter county code
        // containing I or Z, then up to four digits ("KIZ 4821", "OIZ
        // 6605", "BFZ 123"), any case (see `northern_irish`). The digits
        // are `v`, scanned again when the letters are a word ("his 2").
        (
            Rule::VrmLoose,
            r"\b[A-Za-z](?:[A-Za-z][IZiz]|[IZiz][A-Za-z])[ \-]?(?P<v>[0-9]{1,4})\b".to_owned(),
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

/// Whether one to three letters are a common English word that may follow
/// a number in a sentence ("and", "so", "but", "is"): never a mark's
/// letters after a cue.
fn is_common_word(s: &str) -> bool {
    let up = s.to_ascii_uppercase();
    !s.is_empty()
        && (WORDS2.contains(&up.as_str())
            || WORDS3.contains(&up.as_str())
            || LOOSE_TAILS.contains(&up.as_str())
            || matches!(
                up.as_str(),
                "A" | "I" | "IF" | "OK" | "X" | "YOU" | "CAN" | "DID"
            ))
}

/// Whether a two-letter string is a common English word ("ON", "AT").
pub(super) fn is_short_word(s: &str) -> bool {
    WORDS2.contains(&s.to_ascii_uppercase().as_str())
}

pub(super) fn handle(scan: &mut Scan<'_>, rule: Rule, m: Range<usize>, v: Option<Range<usize>>) {
    match rule {
        Rule::VrmCue => {
            let mut v = v.unwrap_or(m.clone());
            let text = scan.text(&v);
            // "plate number is 412 and my car reg": a common word after
            // the digits is the sentence going on, not the mark's letters.
            let digits_end = text
                .char_indices()
                .rfind(|(_, c)| c.is_ascii_digit())
                .map_or(0, |(i, _)| i + 1);
            let letters = text.get(digits_end..).unwrap_or("");
            let word = letters.trim_start_matches([' ', '-']);
            if letters.len() > word.len() && is_common_word(word) {
                v = v.start..v.start + digits_end;
            }
            let text = scan.text(&v);
            if text.bytes().all(|b| b.is_ascii_digit()) {
                // Digits alone are a (taxi, private hire) plate number only
                // after "plate number" / "reg no" and the like, and not when
                // the number goes on ("reg no 12:30", "plate 3.5").
                let cue = scan.text(&(m.start..v.start)).to_ascii_lowercase();
                let numbered = cue.contains("number") || cue.contains(" no");
                let next = scan.norm.as_bytes().get(v.end).copied();
                let goes_on = matches!(next, Some(b':' | b'.' | b'/' | b','))
                    && scan
                        .norm
                        .as_bytes()
                        .get(v.end + 1)
                        .is_some_and(u8::is_ascii_digit);
                if !numbered || goes_on || text.len() < 2 {
                    return;
                }
            }
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
        Rule::VrmLoose if scan.text(&m).ends_with(|c: char| c.is_ascii_digit()) => {
            northern_irish(scan, m);
        }
        Rule::VrmLoose => loose(scan, m),
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

/// Words that say a vehicle is being talked about.
const VEHICLE_CUES: &[&str] = &[
    "car", "van", "vehicle", "reg", "plate", "drive", "driving", "drove", "motor", "bike", "taxi",
    "lorry", "truck", "corsa", "fiesta", "golf", "astra", "parked",
];

/// Words and units a loose candidate's last three letters must not be
/// ("the m6 and", "in 30 mph", "on 12 may").
const LOOSE_TAILS: &[&str] = &[
    "MPH", "KMH", "HRS", "MIN", "YRS", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG",
    "SEP", "OCT", "NOV", "DEC", "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN", "ISH", "ODD",
    "OFF", "OUT", "NOW", "AGO", "AND", "ALL", "ANY", "ONE", "TWO", "SIX", "TEN", "GOT", "GET",
    "HAD", "HIM", "ITS", "LOT", "MEN", "PER", "SHE", "TOO", "WHO", "WHY", "HOW", "YES", "YET",
];

/// A registration in any case and spacing, after a vehicle cue in the same
/// line: current format (age identifier checked) or prefix format.
fn loose(scan: &mut Scan<'_>, m: Range<usize>) {
    let text = scan.text(&m);
    let c = validate::compact_upper(text);
    let tail =
        std::str::from_utf8(c.get(c.len().saturating_sub(3)..).unwrap_or_default()).unwrap_or("");
    if WORDS3.contains(&tail) || LOOSE_TAILS.contains(&tail) {
        return;
    }
    let letters = c.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let ok = match letters {
        2 => {
            let tag = std::str::from_utf8(c.get(..2).unwrap_or_default()).unwrap_or("");
            validate::vrm_current(text) && !WORDS2.contains(&tag)
        }
        // Prefix format: the first letter is the year letter (no I, O, Q,
        // U, Z); "a 4 car pile-up" is the article.
        1 if text.starts_with(['a', 'A']) && text.get(1..2) == Some(" ") => false,
        1 => c
            .first()
            .is_some_and(|b| !matches!(b, b'I' | b'O' | b'Q' | b'U' | b'Z')),
        _ => false,
    };
    if !ok {
        return;
    }
    let before = scan.lookback(m.start, 48);
    let line = before.rsplit('\n').next().unwrap_or("");
    let cued = VEHICLE_CUES.iter().any(|w| {
        line.match_indices(w).any(|(i, _)| {
            let prev = line.as_bytes().get(i.wrapping_sub(1)).copied();
            i == 0 || !prev.is_some_and(|b| b.is_ascii_alphabetic())
        })
    });
    if cued {
        scan.push(Kind::VehicleReg, m, 0.8, "vrm.loose", letters == 2);
    }
}

/// Three-letter words shaped like a Northern Ireland mark's letters (a
/// letter, then I or Z in a county code): "his 2", "AIR 2020", "SIX 4".
const NI_WORDS: &[&str] = &[
    "HIS", "HIM", "SIX", "BIG", "BIT", "DID", "FIT", "HIT", "KIT", "SIT", "WIT", "LIT", "PIT",
    "TIP", "LIP", "RIP", "ZIP", "DIG", "FIG", "PIG", "WIG", "MID", "KID", "LID", "RID", "AID",
    "BID", "AIR", "AIM", "SIR", "FIX", "MIX", "BIN", "DIN", "FIN", "GIN", "KIN", "PIN", "SIN",
    "TIN", "WIN", "DIM", "RIM", "VIA", "OIL", "NIL", "SKI", "BIZ", "FIZ", "WIZ", "TIL", "DIY",
    "VIP", "CID", "AIB", "MIA", "TIE", "LIE", "DIE", "PIE", "VIE", "HIV", "ZIG", "ZIT", "FIR",
    "SIM", "NIB", "JIB", "RIB", "FIB", "DIP", "HIP", "NIP", "SIP", "YIP", "ZIT", "OZ", "ADZ",
    "BIO", "TIC", "MIC", "PIC", "SIC", "WII", "CHI", "PHI", "PSI", "SKI", "TAI", "MAI", "OBI",
    "UNI", "KIA", "ABI", "ALI", "AVI", "EVI", "IIT", "VIZ", "FEZ", "PIP", "SIA", "CIA", "FIA",
    "MIT", "GIS", "BIS", "DIS", "NIC", "LIZ", "VIC", "KIM", "TIM", "JIM", "BIL", "GIZ", "AIS",
    "RIS", "PIS", "TIS", "XIV", "XIX", "XII", "VII", "III", "LII", "DII", "CIV", "MIS", "EZY",
    "EIN", "WZZ", "AIC", "AZA",
];

/// Words before a letters-and-digits code that make it a flight, train or
/// bus service, not a plate ("flight EZY6841").
const SERVICE_CUES: &[&str] = &[
    "flight", "flew", "plane", "airport", "train", "service", "route", "bus", "ferry",
];

/// A Northern Ireland mark ("KIZ 4821"): after a vehicle cue in the same
/// line in any case, or in capitals in mixed-case text with three or four
/// digits; never when the letters are a word ("his 2", "AIR 2020").
fn northern_irish(scan: &mut Scan<'_>, m: Range<usize>) {
    let text = scan.text(&m);
    let letters: String = text
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect::<String>()
        .to_ascii_uppercase();
    if letters.len() != 3
        || NI_WORDS.contains(&letters.as_str())
        || WORDS3.contains(&letters.as_str())
    {
        return;
    }
    // "Liz 2", "Vic 40": a capitalised word is a name.
    let mut cs = text.chars();
    if cs.next().is_some_and(|c| c.is_ascii_uppercase())
        && cs.take(2).all(|c| c.is_ascii_lowercase())
    {
        return;
    }
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let before = scan.lookback(m.start, 48);
    let line = before.rsplit('\n').next().unwrap_or("");
    let after = scan.lookahead(m.end, 24);
    let after_line = after.split('\n').next().unwrap_or("");
    let cue_in = |s: &str| {
        VEHICLE_CUES.iter().any(|w| {
            s.match_indices(w).any(|(i, _)| {
                let prev = s.as_bytes().get(i.wrapping_sub(1)).copied();
                let next = s.as_bytes().get(i + w.len()).copied();
                (i == 0 || !prev.is_some_and(|b| b.is_ascii_alphabetic()))
                    && !next.is_some_and(|b| b.is_ascii_alphabetic() && b != b's')
            })
        })
    };
    if SERVICE_CUES.iter().any(|w| line.contains(w)) {
        return;
    }
    let cued = cue_in(line) || cue_in(after_line);
    // Without a cue, a plate is written with a space ("KIZ 4821"); a
    // compact code in capitals is more often a flight or a product.
    let spaced = text.contains([' ', '-']);
    let capitals = text.chars().take(3).all(|c| c.is_ascii_uppercase());
    // Capitals stand out only in mixed-case text: "HIS 2 KIDS" is shouting.
    let raw_before =
        scan.text(&(crate::text::floor_boundary(scan.norm, m.start.saturating_sub(40))..m.start));
    let mixed = raw_before.chars().any(|c| c.is_ascii_lowercase());
    if cued || (capitals && mixed && spaced && digits >= 3) {
        scan.push(Kind::VehicleReg, m, 0.8, "vrm.northern_ireland", false);
    }
}

#[cfg(test)]
mod tests {
    use crate::detect::{Detector, Kind, TextContext};

    fn regs(d: &Detector, text: &str) -> Vec<String> {
        d.detect(text, &TextContext::new())
            .into_iter()
            .filter(|f| f.kind == Kind::VehicleReg)
            .map(|f| text[f.range].to_owned())
            .collect()
    }

    #[test]
    fn northern_irish_marks() {
        let d = Detector::new().unwrap();
        let cases: &[(&str, &str)] = &[
            ("I ran the car, KIZ 4821, don't make me", "KIZ 4821"),
            ("He has a tracker on my car, OIZ 6605. I'm 41", "OIZ 6605"),
            ("my car is kiz4821 and", "kiz4821"),
            ("the van was a white Transit, AIZ 123", "AIZ 123"),
            ("We saw BFZ 7788 outside the house twice", "BFZ 7788"),
            ("KIZ 4821 is my car", "KIZ 4821"),
            ("his reg is LIB 4512", "LIB 4512"),
            ("a silver van (jiz-990) parked", "jiz-990"),
        ];
        let mut failures = Vec::new();
        for (text, want) in cases {
            let got = regs(&d, text);
            if !got.iter().any(|g| g == want) {
                failures.push(format!("{text:?}: want {want:?}, got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    #[test]
    fn words_and_numbers_shaped_like_northern_irish_marks_stay() {
        let d = Detector::new().unwrap();
        let cases: &[&str] = &[
            "he put his 2 kids in the car",
            "HE PUT HIS 2 KIDS IN THE CAR AND AIR 2020",
            "in the car he said biz 2020 was good",
            "he paid SIX 4 times at the car park",
            "the car had done 3 laps, via 2 towns",
            "he wore a KIT 12 shirt",
            "we both had CID 2020 training",
            "he drove Liz 2 miles home",
            "she gets PIP 2024 rates and a car",
            "an SIA 2021 licence",
            "my flight home was EZY6841 from Belfast, the car was at the airport",
            "order ref KIZ4821 from the shop",
        ];
        let mut failures = Vec::new();
        for text in cases {
            let got = regs(&d, text);
            if !got.is_empty() {
                failures.push(format!("{text:?}: got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }
}
