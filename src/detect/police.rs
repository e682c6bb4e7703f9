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

/// Rank words written before a collar number.
const RANKS: &str = r"PCSO|PSCO|PC|DC|PS|DS|TDC|SC|SGT|Sgt|sgt|[Pp]c|[Dd]c|[Pp]s|[Dd]s|[Pp]cso|Sergeant|sergeant|[Ss]arge|Constable|constable|Special\s+Constable|[TA]/?(?:Sgt|PS|DS)";

/// The number itself: up to two letters, up to five digits, up to two
/// letters ("4471", "123AB", "AB123").
const NUMBER: &str = r"[A-Z]{0,2}[0-9]{1,5}[A-Z]{0,2}";

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
];

pub(super) fn patterns() -> Vec<(Rule, String)> {
    vec![
        (
            Rule::Collar,
            format!(r"\b(?:{RANKS})\.?\s?(?P<v>[A-Z]{{0,2}}\s?[0-9]{{1,5}}[A-Z]{{0,2}})\b"),
        ),
        (
            Rule::Collar,
            format!(
                r"\b(?i:collar|shoulder|warrant|badge|epaulette)\s*(?i:number|no\.?|num|#|id)?\s*(?:(?i:is|was)\s+|:\s*)?(?P<v>{NUMBER})\b"
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
    let v = v.unwrap_or(m);
    if digits_follow(scan, v.end) {
        return;
    }
    let text = scan.text(&v);
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return;
    }
    if rule == Rule::CollarCue && !collar_cue_near(scan, &v) {
        return;
    }
    scan.push(Kind::CollarNumber, v, 0.9, "collar", true);
}

/// Where to scan again after a rejected collar candidate: its number, so
/// a phone or reference behind a collar-like cue is still read.
pub(super) fn rescan_from(m: &Range<usize>, v: Option<&Range<usize>>) -> Option<usize> {
    let v = v?;
    (v.start > m.start && v.start < m.end).then_some(v.start)
}
