//! Collar (shoulder) numbers given with a rank ("PC 4471", "Sgt 123AB",
//! "sarge 123", "PCSO 7712", Met-style "PC 123AB"), a collar cue ("collar
//! number 4471", "badge number was 4471"), in brackets after a ranked
//! name ("PC Reeves (4471)"), or as "his number was 4471" when a
//! collar, shoulder, badge, epaulette, warrant, staff or payroll cue stands
//! nearby ("staff number C2318": police staff and volunteers). These are
//! usually the subject's and are kept by the default policy; detecting
//! them stops the number being read as a phone or account number.
//!
//! A candidate followed by more digits ("his number is 07700 900123") is
//! rejected, and the engine scans again from the candidate's number, so a
//! phone behind a collar-like cue is still found.

use std::ops::Range;

use super::{Kind, Rule, Scan};
use crate::attribute::Party;

/// Rank words written before a collar number.
const RANKS: &str = r"PCSO|PSCO|PC|DC|PS|DS|TDC|SC|SGT|Sgt|sgt|[Pp]c|[Dd]c|[Pp]s|[Dd]s|[Pp]cso|Sergeant|sergeant|[Ss]arge|Constable|constable|Special\s+Constable|[TA]/?(?:Sgt|PS|DS)";

/// The number itself: up to two letters, up to five digits, up to two
/// letters ("4471", "123AB", "AB123").
const NUMBER: &str = r"[A-Z]{0,2}[0-9]{1,5}[A-Z]{0,2}";

/// A labelled number ("badge S-2291", "PCSO number 7319") may also be
/// letters, a hyphen and digits, as stewards' and staff badges are.
/// A private-hire or door-staff badge may keep a space after its
/// letters ("badge number is PH 2291"), and a council's badge three or
/// four ("badge number is NCC 2291").
const LABELLED: &str = r"[A-Z]{1,4}[\- ][0-9]{2,6}|[A-Z]{0,2}[0-9]{1,5}[A-Z]{0,2}";

/// Trades whose licence or badge number identifies the holder: taxi and
/// private-hire drivers, door supervisors, security staff, street
/// traders.
const TRADE: &str = r"taxi|cab|hackney(?:\s+carriage)?|private\s+hire|ph|phv|sia|door\s*(?:staff|supervisor)|security|council|street\s+trader'?s?|market\s+trader'?s?";

/// Words that make a bare "number 4471" a collar number.
const COLLAR_CUES: &[&str] = &[
    "collar",
    "shoulder",
    "badge",
    "epaulette",
    "epaulet",
    "warrant",
    // Police staff and volunteers carry staff or payroll numbers instead.
    "staff",
    "payroll",
    "personnel",
    "employee",
    // A PCSO's or special constable's own number.
    "pcso",
    "constable",
];

/// Whether the clause before a bare number ends "my number is", "my own
/// no.:" (lower-cased): a number the writer gives as theirs that is not a
/// phone (digits do not follow) is protected as a collar or staff number.
fn my_number_before(before: &str) -> bool {
    let t = before.trim_end();
    let t = t
        .strip_suffix("is")
        .or_else(|| t.strip_suffix("was"))
        .or_else(|| t.strip_suffix(':'))
        .or_else(|| t.strip_suffix('='))
        .unwrap_or(t)
        .trim_end();
    let Some(t) = ["number", "no.", "no", "num"]
        .iter()
        .find_map(|n| t.strip_suffix(n))
    else {
        return false;
    };
    let t = t.trim_end();
    let t = t.strip_suffix("own").map_or(t, str::trim_end);
    t.strip_suffix("my").is_some_and(|head| {
        head.chars()
            .next_back()
            .is_none_or(|c| !c.is_ascii_alphanumeric())
    })
}

pub(super) fn patterns() -> Vec<(Rule, String)> {
    vec![
        (
            Rule::Collar,
            format!(r"\b(?:{RANKS})\.?\s?(?P<v>[A-Z]{{0,2}}\s?[0-9]{{1,5}}[A-Z]{{0,2}})\b"),
        ),
        (
            Rule::Collar,
            format!(
                r"\b(?i:collar|shoulder|warrant|badge|epaulette)\s*(?i:number|no\.?|num|#|id)?\s*(?:(?i:is|was)\s+|:\s*)?(?P<v>{LABELLED})\b"
            ),
        ),
        // A trade licence or badge: a taxi or private-hire driver's council
        // badge, a door supervisor's SIA licence ("My licence badge is NCC
        // 2291", "my SIA licence number 1234 5678 9012 3456", "taxi badge
        // no. PH-4471", "hackney licence: 2291"). Protected as the
        // reporter's (see `handle`): officers carry collar numbers, not
        // these.
        (
            Rule::Collar,
            format!(
                r"\b(?i:(?:{TRADE})(?:\s+(?:driver'?s?|drivers'))?\s+(?:licen[cs]e\s+)?(?:badge|licen[cs]e|permit|id)|licen[cs]e\s+badge|sia\s+(?:number|no\.?|num|#))\s*(?i:number|no\.?|num|#|id)?\s*(?:(?i:is|was)\s+|:\s*)?(?P<v>[0-9]{{4}}(?:[ \-]?[0-9]{{4}}){{3}}|[A-Z]{{0,4}}[\- ]?[0-9]{{2,6}}[A-Z]?)\b"
            ),
        ),
        // "my PCSO number is 7319", "SC no. 4471".
        (
            Rule::Collar,
            format!(
                r"\b(?:{RANKS})\.?\s+(?i:number|no\.?|num|#|id)\s*(?:(?i:is|was)\s+|:\s*|=\s*)?(?P<v>{LABELLED})\b"
            ),
        ),
        // "PC Reeves (4471)", "Sgt Daniel Reeves ( 4471 )".
        (
            Rule::Collar,
            format!(
                r"\b(?:{RANKS})\.?\s+(?:[A-Za-z][a-z'\-]+\s+){{0,2}}[A-Za-z][a-z'\-]+\s*\(\s*(?P<v>{NUMBER})\s*\)"
            ),
        ),
        // "his number was 4471", only with a collar cue nearby (checked by
        // the handler).
        (
            Rule::CollarCue,
            format!(
                r"\b(?i:number|no\.|no\s*:|num)\s*(?:(?i:is|was)\s+|:\s*|=\s*)?(?P<v>{NUMBER})\b"
            ),
        ),
    ]
}

/// Whether more digits follow `end` (a phone or reference, not a collar
/// number): "4471 900123", "4471-123".
fn digits_follow(scan: &Scan<'_>, end: usize) -> bool {
    let b = scan.norm.as_bytes();
    match b.get(end) {
        Some(c) if c.is_ascii_digit() => true,
        Some(b' ' | b'-' | b'.' | b'/') => b.get(end + 1).is_some_and(u8::is_ascii_digit),
        _ => false,
    }
}

/// Whether the next word after `end` (past spaces and one comma) is a
/// digit or number word: the number goes on in words.
fn number_words_follow(scan: &Scan<'_>, end: usize) -> bool {
    let rest = scan.norm.get(end..).unwrap_or("");
    let rest = rest.trim_start_matches([' ', ',']);
    let word: String = rest
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .take(12)
        .collect::<String>()
        .to_ascii_lowercase();
    crate::text::digit_word(&word).is_some() || crate::text::number_word(&word).is_some()
}

/// Whether the byte at `k` of `s` ends a sentence: a line break, `!`, `?`,
/// or a full stop that does not close an abbreviation ("no.", "Sgt.").
fn sentence_end_at(s: &str, k: usize) -> bool {
    const ABBREVIATIONS: &[&str] = &[
        "no", "nos", "num", "sgt", "pc", "dc", "ds", "ps", "insp", "st", "mr", "mrs", "ms", "dr",
    ];
    match s.as_bytes().get(k) {
        Some(b'\n' | b'!' | b'?') => true,
        Some(b'.') => {
            let head = s.get(..k).unwrap_or("");
            let word_start = head
                .rfind(|c: char| !c.is_ascii_alphabetic())
                .map_or(0, |i| i + 1);
            let word = head.get(word_start..).unwrap_or("");
            !ABBREVIATIONS.contains(&word)
        }
        _ => false,
    }
}

/// Whether a collar cue stands in the clause around `v`.
fn collar_cue_near(scan: &Scan<'_>, v: &Range<usize>) -> bool {
    let before = scan.lookback(v.start, 80);
    let cut = (0..before.len())
        .rev()
        .find(|&k| sentence_end_at(&before, k));
    let before = cut.and_then(|k| before.get(k + 1..)).unwrap_or(&before);
    let after = scan.lookahead(v.end, 40);
    let cut = (0..after.len()).find(|&k| sentence_end_at(&after, k));
    let after = cut.and_then(|k| after.get(..k)).unwrap_or(&after);
    COLLAR_CUES
        .iter()
        .any(|c| before.contains(c) || after.contains(c))
}

/// Handles a collar candidate: pushes the number, or nothing if rejected.
pub(super) fn handle(scan: &mut Scan<'_>, rule: Rule, m: Range<usize>, v: Option<Range<usize>>) {
    let v = v.unwrap_or_else(|| m.clone());
    if digits_follow(scan, v.end) {
        return;
    }
    let text = scan.text(&v);
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return;
    }
    if rule == Rule::CollarCue && text.starts_with('0') && number_words_follow(scan, v.end) {
        // "my number: 07700 nine hundred 412": a phone read out, not a
        // collar number.
        return;
    }
    if rule == Rule::CollarCue
        && !collar_cue_near(scan, &v)
        && !my_number_before(&scan.lookback(v.start, 24))
    {
        return;
    }
    let trade = rule == Rule::Collar && {
        let whole = scan.text(&m).to_ascii_lowercase();
        [
            "taxi", "cab", "hackney", "private", "ph", "sia", "door", "security", "council",
            "street", "market", "licen",
        ]
        .iter()
        .any(|w| whole.starts_with(w))
    };
    let Some(f) = scan.push(Kind::CollarNumber, v, 0.9, "collar", true) else {
        return;
    };
    if trade {
        // A trade licence or badge: the holder's, not an officer's.
        f.party_hint = Some(Party::Reporter);
    }
}

/// Where to scan again after a rejected collar candidate: its number, so
/// a phone or reference behind a collar-like cue is still read.
pub(super) fn rescan_from(m: &Range<usize>, v: Option<&Range<usize>>) -> Option<usize> {
    let v = v?;
    (v.start > m.start && v.start < m.end).then_some(v.start)
}

#[cfg(test)]
mod tests {
    use crate::attribute::Party;
    use crate::detect::{Detector, Kind, TextContext};

    /// The collar numbers found in `text`, as written.
    fn collars(text: &str) -> Vec<String> {
        let d = Detector::new().unwrap();
        d.detect(text, &TextContext::new())
            .into_iter()
            .filter(|f| f.kind == Kind::CollarNumber)
            .filter_map(|f| text.get(f.range).map(str::to_owned))
            .collect()
    }

    #[test]
    fn labelled_badges_rank_labels_and_my_number() {
        for (text, want) in [
            // Letters, a hyphen and digits after a badge label.
            ("I'm a steward, badge S-2291, the only one", "S-2291"),
            ("badge number: AB-1234.", "AB-1234"),
            ("my badge number is NCC 2291", "NCC 2291"),
            ("badge no. GMPH 40221 on his lanyard", "GMPH 40221"),
            // A rank as the label.
            ("My PCSO number is 7319 and I'm Shannon", "7319"),
            ("my SC no. 4471", "4471"),
            ("his PC number was 2210.", "2210"),
            // The writer's own "my number is N" that is not a phone.
            ("I'm a constable myself. My number is 5527.", "5527"),
            ("my own number: 812", "812"),
        ] {
            assert_eq!(collars(text), vec![want.to_owned()], "{text}");
        }
    }

    #[test]
    fn trade_licences_and_badges_are_the_holders() {
        let d = Detector::new().unwrap();
        for (text, want) in [
            (
                "My licence badge is NCC 2291 and my cab is CE67 RUV",
                "NCC 2291",
            ),
            (
                "my SIA licence number is 1234 5678 9012 3456.",
                "1234 5678 9012 3456",
            ),
            ("taxi badge no. PH-4471, ask at the rank", "PH-4471"),
            ("Hackney carriage licence: 2291", "2291"),
            (
                "my private hire badge number PHD 88123 is on the dash",
                "PHD 88123",
            ),
            ("door supervisor badge 4471", "4471"),
            (
                "my SIA number is 1234-5678-9012-3456",
                "1234-5678-9012-3456",
            ),
            ("street trader's licence no. ST 0931", "ST 0931"),
        ] {
            let got: Vec<_> = d
                .detect(text, &TextContext::new())
                .into_iter()
                .filter(|f| f.kind == Kind::CollarNumber)
                .map(|f| (text[f.range].to_owned(), f.party_hint))
                .collect();
            assert_eq!(
                got,
                vec![(want.to_owned(), Some(Party::Reporter))],
                "{text}"
            );
        }
        // An officer's collar number with a rank stays without a hint.
        for text in ["PC 4471 took the money", "his collar number was 2291"] {
            let got: Vec<_> = d
                .detect(text, &TextContext::new())
                .into_iter()
                .filter(|f| f.kind == Kind::CollarNumber)
                .map(|f| f.party_hint)
                .collect();
            assert_eq!(got, vec![None], "{text}");
        }
        // A driving licence or a plate is not a badge.
        assert!(collars("my driving licence number is MORGA657054SM9IJ").is_empty());
        assert!(collars("my taxi plate is CE67 RUV").is_empty());
    }

    #[test]
    fn phones_references_and_other_numbers_are_not_collars() {
        for text in [
            "My number is 07700 900123.",
            "my number is 0161 496 0000",
            "my number is 01632-960118",
            "his number is 5527 I think",
            "the bus number is 12",
            "my reference number is 43/12345/24",
            "money number is 5527",
            "my numbers are fine, 5527 people",
            "enemy number is 5527",
            "my number: 07700 nine hundred 412",
            "my number is 07700, nine double oh, one two three",
        ] {
            assert!(collars(text).is_empty(), "{text}: {:?}", collars(text));
        }
    }
}
