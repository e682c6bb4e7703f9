//! The overlap rule.
//!
//! Detectors may report overlapping spans (a handle inside a URL, a phone
//! number inside a known value, a name inside an address). The engine keeps
//! a set of non-overlapping findings, chosen pairwise by this rule:
//!
//! 1. a span that strictly **contains** the other wins;
//! 2. otherwise a **validated** finding (checksum or format rule) wins;
//! 3. otherwise the higher **confidence** wins;
//! 4. otherwise the **earlier start** wins (then the longer span, then the
//!    detector id, so the result is deterministic).
//!
//! The winner's range grows to cover the loser's: with a partial overlap
//! the kept finding spans both, so no text a detector flagged is ever left
//! uncovered by the choice.
//!
//! When a finding is discarded, its `party_hint` is merged into the winner:
//! [`Party::Reporter`] beats any other hint (for safety, a detail someone
//! said was the reporter's stays the reporter's), otherwise the winner keeps
//! its own hint, or takes the loser's if it had none. One exception: a
//! name the caller declared as a subject's or third party's (a known value)
//! keeps that party when the reporter hint comes only from context inside
//! it, such as "- Daniel Reeves" read as a sign-off.

use std::cmp::Ordering;

use crate::attribute::Party;
use crate::detect::Finding;

/// Whether two byte ranges share at least one byte.
pub(crate) fn overlaps(a: &std::ops::Range<usize>, b: &std::ops::Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

fn contains(a: &Finding, b: &Finding) -> bool {
    a.range.start <= b.range.start && b.range.end <= a.range.end && a.range != b.range
}

/// `Ordering::Greater` if `a` beats `b`.
pub(crate) fn compare(a: &Finding, b: &Finding) -> Ordering {
    if contains(a, b) {
        return Ordering::Greater;
    }
    if contains(b, a) {
        return Ordering::Less;
    }
    a.validated
        .cmp(&b.validated)
        .then_with(|| a.confidence.total_cmp(&b.confidence))
        .then_with(|| b.range.start.cmp(&a.range.start))
        .then_with(|| a.range.len().cmp(&b.range.len()))
        .then_with(|| b.detector.cmp(a.detector))
}

/// Merges the loser's party hint into the winner.
pub(crate) fn merge_hint(winner: &mut Finding, loser: &Finding) {
    if declared_name_holds(winner, loser) {
        return;
    }
    winner.party_hint = match (winner.party_hint, loser.party_hint) {
        (Some(Party::Reporter), _) | (_, Some(Party::Reporter)) => Some(Party::Reporter),
        (Some(w), _) => Some(w),
        (None, l) => l,
    };
}

/// Whether `winner` is a name the caller declared as a subject's or a
/// third party's (a known value) and `loser` only an inference inside it
/// (a sign-off, a self-introduction): then the declaration stands. The
/// declared name is in the report's subject block already, so keeping it in
/// the text says nothing about the reporter; a name declared as the
/// reporter's is a known value too and still wins through the rule above.
fn declared_name_holds(winner: &Finding, loser: &Finding) -> bool {
    let declared = |f: &Finding| f.detector.starts_with("known.");
    winner.kind == crate::detect::Kind::Name
        && declared(winner)
        && !declared(loser)
        && matches!(winner.party_hint, Some(Party::Subject | Party::ThirdParty))
        && winner.range.start <= loser.range.start
        && loser.range.end <= winner.range.end
}

/// Carves the names the caller declared as a subject's or third party's out
/// of the inferred name findings that overlap them ("my son Kwame Daniel Reeves", where
/// "Daniel Reeves" is the declared officer): the inferred finding keeps
/// only its parts outside the declared name (trimmed of white space, one
/// finding per side), so the declaration stands and the rest stays
/// flagged. `text` is the text the ranges refer to.
pub(crate) fn carve_declared_names(found: Vec<Finding>, text: &str) -> Vec<Finding> {
    let declared: Vec<std::ops::Range<usize>> = found
        .iter()
        .filter(|f| {
            f.kind == crate::detect::Kind::Name
                && f.detector.starts_with("known.")
                && matches!(f.party_hint, Some(Party::Subject | Party::ThirdParty))
        })
        .map(|f| f.range.clone())
        .collect();
    if declared.is_empty() {
        return found;
    }
    let mut out = Vec::with_capacity(found.len());
    for f in found {
        let inferred = f.kind == crate::detect::Kind::Name && !f.detector.starts_with("known.");
        if !inferred
            || !declared
                .iter()
                .any(|d| overlaps(d, &f.range) && *d != f.range)
        {
            out.push(f);
            continue;
        }
        // The parts of `f` outside every declared name it overlaps.
        let mut pieces = vec![f.range.clone()];
        for d in declared.iter().filter(|d| overlaps(d, &f.range)) {
            pieces = pieces
                .into_iter()
                .flat_map(|p| [p.start..d.start.min(p.end), d.end.max(p.start)..p.end])
                .filter(|p| p.start < p.end)
                .collect();
        }
        for part in pieces {
            let Some(piece) = text.get(part.clone()) else {
                continue;
            };
            let edge = |c: char| !c.is_alphanumeric();
            let start = part.start + (piece.len() - piece.trim_start_matches(edge).len());
            let end = part.end - (piece.len() - piece.trim_end_matches(edge).len());
            // A possessive's "s" left over is no name.
            if end.saturating_sub(start) >= 2 {
                let mut g = f.clone();
                g.range = start..end;
                out.push(g);
            }
        }
    }
    out
}

/// Resolves overlaps: returns non-overlapping findings sorted by start.
pub(crate) fn resolve(mut found: Vec<Finding>) -> Vec<Finding> {
    found.retain(|f| f.range.start < f.range.end);
    found.sort_by(|a, b| {
        a.range
            .start
            .cmp(&b.range.start)
            .then_with(|| b.range.end.cmp(&a.range.end))
    });
    let mut kept: Vec<Finding> = Vec::with_capacity(found.len());
    for f in found {
        // Kept findings are sorted and disjoint, so the ones `f` overlaps
        // form a tail of `kept`.
        let first = kept
            .iter()
            .rposition(|k| !overlaps(&k.range, &f.range))
            .map_or(0, |i| i + 1);
        let first = kept
            .iter()
            .enumerate()
            .skip(first)
            .find(|(_, k)| overlaps(&k.range, &f.range))
            .map_or(kept.len(), |(i, _)| i);
        if first == kept.len() {
            kept.push(f);
            continue;
        }
        // `f` and the tail it overlaps become one finding: the best of them
        // by `compare`, spanning all of them. A finding that loses never
        // takes its text with it: a partial overlap widens the winner, so
        // nothing a detector flagged is left uncovered.
        let mut winner = f;
        for k in kept.drain(first..) {
            let (mut w, l) = if compare(&k, &winner) == Ordering::Greater {
                (k, winner)
            } else {
                (winner, k)
            };
            merge_hint(&mut w, &l);
            w.range = w.range.start.min(l.range.start)..w.range.end.max(l.range.end);
            winner = w;
        }
        kept.push(winner);
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::Kind;

    fn f(kind: Kind, r: std::ops::Range<usize>, c: f32, v: bool) -> Finding {
        Finding::new(kind, r, c, "test", v)
    }

    #[test]
    fn containing_span_wins_even_if_unvalidated() {
        let out = resolve(vec![
            f(Kind::Phone, 5..10, 0.9, true),
            f(Kind::Address, 0..20, 0.5, false),
        ]);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].kind, Kind::Address);
    }

    #[test]
    fn validated_then_confidence_then_earlier() {
        let out = resolve(vec![
            f(Kind::Phone, 0..10, 0.9, false),
            f(Kind::Card, 5..15, 0.5, true),
        ]);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].kind, Kind::Card);
        let out = resolve(vec![
            f(Kind::Phone, 0..10, 0.6, false),
            f(Kind::Handle, 5..15, 0.8, false),
        ]);
        assert_eq!(out[0].kind, Kind::Handle);
        let out = resolve(vec![
            f(Kind::Handle, 5..15, 0.8, false),
            f(Kind::Phone, 0..10, 0.8, false),
        ]);
        assert_eq!(out[0].kind, Kind::Phone);
    }

    #[test]
    fn a_loser_never_takes_its_text_with_it() {
        // A cue span contains the first name and partly overlaps the
        // second; the validated second name wins, and the kept finding
        // must still cover the first name.
        let out = resolve(vec![
            f(Kind::Name, 20..34, 0.99, true).with_party_hint(Party::Reporter),
            f(Kind::Name, 20..44, 0.6, false),
            f(Kind::Name, 36..50, 0.99, true).with_party_hint(Party::Reporter),
        ]);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].range, 20..50);
        assert_eq!(out[0].party_hint, Some(Party::Reporter));
        // A partial overlap widens the winner to both spans.
        let out = resolve(vec![
            f(Kind::Phone, 0..10, 0.9, false),
            f(Kind::Card, 5..15, 0.5, true),
        ]);
        assert_eq!((out[0].kind, out[0].range.clone()), (Kind::Card, 0..15));
    }

    #[test]
    fn disjoint_findings_are_all_kept_sorted() {
        let out = resolve(vec![
            f(Kind::Email, 20..30, 0.9, true),
            f(Kind::Phone, 0..10, 0.9, true),
        ]);
        assert_eq!(out.len(), 2);
        assert!(out[0].range.start < out[1].range.start);
    }

    #[test]
    fn reporter_hint_survives_discard() {
        let loser = f(Kind::Phone, 3..8, 0.9, true).with_party_hint(Party::Reporter);
        let winner = f(Kind::Phone, 0..10, 0.9, true).with_party_hint(Party::Subject);
        let out = resolve(vec![loser, winner]);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].range, 0..10);
        assert_eq!(out[0].party_hint, Some(Party::Reporter));
        // a hint-less winner takes the loser's hint
        let out = resolve(vec![
            f(Kind::Name, 0..10, 0.9, false),
            f(Kind::Name, 2..5, 0.9, false).with_party_hint(Party::Subject),
        ]);
        assert_eq!(out[0].party_hint, Some(Party::Subject));
    }

    #[test]
    fn one_long_finding_beats_a_chain() {
        let out = resolve(vec![
            f(Kind::Phone, 0..4, 0.9, false),
            f(Kind::Address, 0..30, 0.5, false),
            f(Kind::Phone, 10..14, 0.9, false),
        ]);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].range, 0..30);
    }

    fn known(kind: Kind, r: std::ops::Range<usize>, party: Party) -> Finding {
        Finding::new(kind, r, 0.99, "known.name", true).with_party_hint(party)
    }

    #[test]
    fn declared_subject_name_holds_against_an_inferred_sign_off_inside_it() {
        let sign_off = Finding::new(Kind::Name, 4..19, 0.9, "name.sign_off", false)
            .with_party_hint(Party::Reporter);
        let out = resolve(vec![known(Kind::Name, 4..19, Party::Subject), sign_off]);
        assert_eq!(out[0].party_hint, Some(Party::Subject));
        // An inference reaching past the declared name still makes it the
        // reporter's: the union holds text the declaration does not cover.
        let wider = Finding::new(Kind::Name, 4..25, 0.9, "name.sign_off", false)
            .with_party_hint(Party::Reporter);
        let out = resolve(vec![known(Kind::Name, 4..19, Party::Subject), wider]);
        assert_eq!(out[0].party_hint, Some(Party::Reporter));
        // A declared reporter name always wins.
        let out = resolve(vec![
            known(Kind::Name, 4..19, Party::Subject),
            known(Kind::Name, 4..19, Party::Reporter),
        ]);
        assert_eq!(out[0].party_hint, Some(Party::Reporter));
        // Not for other kinds: "call me on <a number declared as the
        // subject's>" stays protected.
        let phone = Finding::new(Kind::Phone, 4..19, 0.9, "phone.cue", false)
            .with_party_hint(Party::Reporter);
        let out = resolve(vec![
            Finding::new(Kind::Phone, 4..19, 0.99, "known.phone", true)
                .with_party_hint(Party::Subject),
            phone,
        ]);
        assert_eq!(out[0].party_hint, Some(Party::Reporter));
    }

    #[test]
    fn declared_names_are_carved_out_of_wider_inferred_names() {
        let text = "my son Kwame Daniel Reeves Jr, he said";
        let inferred = Finding::new(Kind::Name, 7..29, 0.9, "name.kin", false);
        let declared = known(Kind::Name, 13..26, Party::Subject);
        let out = resolve(carve_declared_names(vec![inferred, declared], text));
        let spans: Vec<&str> = out.iter().map(|f| &text[f.range.clone()]).collect();
        assert_eq!(spans, ["Kwame", "Daniel Reeves", "Jr"]);
        assert_eq!(out[1].party_hint, Some(Party::Subject));
        // An inferred name straddling a declared name's edge keeps only its
        // own side.
        let inferred = Finding::new(Kind::Name, 7..19, 0.9, "name.kin", false);
        let declared = known(Kind::Name, 13..26, Party::Subject);
        let out = resolve(carve_declared_names(vec![inferred, declared], text));
        let spans: Vec<&str> = out.iter().map(|f| &text[f.range.clone()]).collect();
        assert_eq!(spans, ["Kwame", "Daniel Reeves"]);
        // A declared reporter name is not carved out: it wins anyway.
        let inferred = Finding::new(Kind::Name, 7..26, 0.9, "name.kin", false);
        let declared = known(Kind::Name, 13..26, Party::Reporter);
        let out = resolve(carve_declared_names(vec![inferred, declared], text));
        assert_eq!(out.len(), 1);
        assert_eq!(&text[out[0].range.clone()], "Kwame Daniel Reeves");
    }
}
