//! Risk-hint tests: each family with positive and negative cases, ranges,
//! messages, and no panic on hostile input.

use proptest::prelude::*;

use super::Reviewer;
use crate::review::hint::{HintCategory, Severity};

use HintCategory::{
    GenderedSelfReference, Proximity, Relationship, SoleKnowledge, UniqueEvent, Workplace,
};
use Severity::{High, Low, Medium};

static REVIEWER: std::sync::LazyLock<Reviewer> =
    std::sync::LazyLock::new(|| Reviewer::new().unwrap());

/// (category, severity, covered text) for every hint in `text`.
fn hints(text: &str) -> Vec<(HintCategory, Severity, String)> {
    REVIEWER
        .review(text, "narrative")
        .into_iter()
        .map(|h| (h.category, h.severity, text[h.range].to_owned()))
        .collect()
}

/// Each positive case must give a hint of the category and severity whose
/// range covers `needle`.
fn positives(table: &[(&str, HintCategory, Severity, &str)]) {
    let mut failures = Vec::new();
    for &(text, cat, sev, needle) in table {
        let found = hints(text);
        if !found
            .iter()
            .any(|(c, s, t)| *c == cat && *s == sev && t.contains(needle))
        {
            failures.push(format!(
                "{text:?}: want {cat:?}/{sev:?} over {needle:?}, got {found:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Each negative case must give no hint of the category.
fn negatives(table: &[(&str, HintCategory)]) {
    let mut failures = Vec::new();
    for &(text, cat) in table {
        let found = hints(text);
        if found.iter().any(|(c, _, _)| *c == cat) {
            failures.push(format!("{text:?}: want no {cat:?}, got {found:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn relationship() {
    positives(&[
        (
            "My ex-partner is PC Reeves.",
            Relationship,
            High,
            "ex-partner",
        ),
        ("my husband hit me", Relationship, High, "husband"),
        ("MY EX HUSBAND came round", Relationship, High, "EX HUSBAND"),
        ("my abusive ex turned up", Relationship, High, "ex"),
        ("my fiancée told me", Relationship, High, "fiancée"),
        ("my boyfriend’s car", Relationship, High, "boyfriend"),
        (
            "my 7-year-old daughter saw it",
            Relationship,
            High,
            "daughter",
        ),
        ("my mum rang", Relationship, High, "mum"),
        ("my step-dad is a special", Relationship, High, "step-dad"),
        ("I'm his ex and he knows it", Relationship, High, "his ex"),
        ("she is his ex-wife", Relationship, High, "his ex-wife"),
        (
            "he is the father of my children",
            Relationship,
            High,
            "father of my children",
        ),
        ("my kids' dad", Relationship, High, "dad"),
        (
            "we were together for 6 years",
            Relationship,
            High,
            "we were together",
        ),
        (
            "We have been married since 2015",
            Relationship,
            High,
            "married",
        ),
        ("we split up last year", Relationship, High, "split up"),
        ("we have two children", Relationship, High, "two children"),
        ("our son is scared", Relationship, High, "our son"),
        ("I'm his sergeant", Relationship, High, "sergeant"),
        ("I am her line manager", Relationship, High, "line manager"),
        ("I'm his wife", Relationship, High, "wife"),
        (
            "my landlord is an officer",
            Relationship,
            Medium,
            "landlord",
        ),
        ("my colleague told me", Relationship, Medium, "colleague"),
        ("my carer saw him", Relationship, Medium, "carer"),
    ]);
    negatives(&[
        ("his wife works at the bank", Relationship),
        ("the husband of a friend said", Relationship),
        ("a partner at the firm", Relationship),
        ("the exit was blocked", Relationship),
        ("my experience with him", Relationship),
        ("my sonic screwdriver", Relationship),
        ("he has a son", Relationship),
    ]);
}

#[test]
fn proximity() {
    positives(&[
        ("I live next door to him", Proximity, Medium, "next door"),
        (
            "I live directly opposite the officer",
            Proximity,
            Medium,
            "opposite",
        ),
        (
            "we live across the road",
            Proximity,
            Medium,
            "across the road",
        ),
        ("I live above his flat", Proximity, Medium, "above"),
        (
            "I saw it from my window",
            Proximity,
            Medium,
            "from my window",
        ),
        (
            "I could see from my flat",
            Proximity,
            Medium,
            "from my flat",
        ),
        ("my neighbour is a PC", Proximity, Medium, "neighbour"),
        (
            "my next door neighbours heard",
            Proximity,
            Medium,
            "neighbours",
        ),
        ("he lives on my street", Proximity, Medium, "on my street"),
        (
            "he parks outside my house",
            Proximity,
            Medium,
            "outside my house",
        ),
        (
            "he lives in the same building as me",
            Proximity,
            Medium,
            "building as me",
        ),
    ]);
    negatives(&[
        ("I live in Birmingham", Proximity),
        ("he lives next door to the shop", Proximity),
        ("the window was broken", Proximity),
        ("his neighbour saw it", Proximity),
    ]);
}

#[test]
fn workplace() {
    positives(&[
        ("I work with him", Workplace, High, "work with him"),
        (
            "I worked alongside her for years",
            Workplace,
            High,
            "alongside her",
        ),
        ("we're on the same shift", Workplace, High, "same shift"),
        (
            "We are on the same response team",
            Workplace,
            High,
            "response team",
        ),
        ("I was on his team", Workplace, High, "his team"),
        ("as his line manager I saw", Workplace, High, "line manager"),
        (
            "I'm a PCSO at the same station",
            Workplace,
            High,
            "same station",
        ),
        (
            "I work at the custody suite",
            Workplace,
            Medium,
            "custody suite",
        ),
        (
            "I work in the control room",
            Workplace,
            Medium,
            "control room",
        ),
        ("I work on the front desk", Workplace, Medium, "front desk"),
        ("I'm a PCSO", Workplace, Medium, "PCSO"),
        (
            "I am a member of police staff",
            Workplace,
            Medium,
            "police staff",
        ),
        ("my sergeant ignored it", Workplace, Medium, "sergeant"),
    ]);
    negatives(&[
        ("he works at the custody suite", Workplace),
        ("the team was there", Workplace),
        ("I am a bit worried", Workplace),
        ("I worked out what happened", Workplace),
    ]);
}

#[test]
fn gendered_self_reference() {
    positives(&[
        (
            "As a woman I felt unsafe",
            GenderedSelfReference,
            Low,
            "woman",
        ),
        ("as a man, I", GenderedSelfReference, Low, "man"),
        (
            "as a trans woman",
            GenderedSelfReference,
            Low,
            "trans woman",
        ),
        ("as a gay man", GenderedSelfReference, Low, "gay"),
        (
            "as a black woman",
            GenderedSelfReference,
            Low,
            "black woman",
        ),
        ("I'm a mum of two", GenderedSelfReference, Low, "mum of two"),
        (
            "I am a single father",
            GenderedSelfReference,
            Low,
            "single father",
        ),
        ("I'm his wife", GenderedSelfReference, High, "his wife"),
        (
            "I was her girlfriend",
            GenderedSelfReference,
            High,
            "girlfriend",
        ),
    ]);
    negatives(&[
        ("I saw a woman", GenderedSelfReference),
        ("he is a man of his word", GenderedSelfReference),
        ("as a result", GenderedSelfReference),
        (
            "as a matter of fact the manager knew",
            GenderedSelfReference,
        ),
    ]);
}

#[test]
fn unique_event() {
    positives(&[
        (
            "It happened on 12 March at 23:40.",
            UniqueEvent,
            Medium,
            "12 March at 23:40",
        ),
        (
            "last Tuesday at 7.15pm he came",
            UniqueEvent,
            Medium,
            "Tuesday at 7.15pm",
        ),
        (
            "at 0730hrs on 03/04/2024",
            UniqueEvent,
            Medium,
            "0730hrs on 03/04/2024",
        ),
        (
            "On March 3rd, around 11pm",
            UniqueEvent,
            Medium,
            "March 3rd, around 11pm",
        ),
        (
            "yesterday at 7 p.m.",
            UniqueEvent,
            Medium,
            "yesterday at 7 p.m.",
        ),
        ("2024-03-12 23:40", UniqueEvent, Medium, "2024-03-12 23:40"),
    ]);
    negatives(&[
        // A date or a time alone is kept as a fact, no hint.
        ("It happened on 12 March.", UniqueEvent),
        ("It happened at 23:40.", UniqueEvent),
        // Different sentences.
        ("It was 12 March. Later, at 23:40, he left.", UniqueEvent),
        // Money and percentages are not times.
        ("He paid £12.50 on 12 March", UniqueEvent),
        ("On Friday he took 15.5% off", UniqueEvent),
    ]);
}

#[test]
fn sole_knowledge() {
    positives(&[
        (
            "I was the only one there",
            SoleKnowledge,
            High,
            "only one there",
        ),
        (
            "I'm the only one he told",
            SoleKnowledge,
            High,
            "only one he",
        ),
        ("only I know the code", SoleKnowledge, High, "only I know"),
        ("nobody else saw it", SoleKnowledge, High, "nobody else saw"),
        ("No one else knew", SoleKnowledge, High, "No one else knew"),
        ("he only told me", SoleKnowledge, High, "told me"),
        ("it was just me and him", SoleKnowledge, High, "me and him"),
    ]);
    negatives(&[
        ("the only car there", SoleKnowledge),
        ("everyone saw it", SoleKnowledge),
        ("he told me to leave", SoleKnowledge),
    ]);
}

#[test]
fn hints_are_sorted_tagged_and_messages_never_quote_the_text() {
    let text = "We live across the road. My husband, PC Reeves, came on 12 March at 23:40. \
                I was the only one there. As a woman I work with him.";
    let found = REVIEWER.review(text, "incident.description");
    let cats: Vec<_> = found.iter().map(|h| h.category).collect();
    for c in [
        Proximity,
        Relationship,
        UniqueEvent,
        SoleKnowledge,
        GenderedSelfReference,
        Workplace,
    ] {
        assert!(cats.contains(&c), "{c:?} missing from {cats:?}");
    }
    assert!(
        found
            .windows(2)
            .all(|w| w[0].range.start <= w[1].range.start)
    );
    for h in &found {
        assert_eq!(h.field, "incident.description");
        let covered = &text[h.range.clone()];
        assert!(!h.message.is_empty());
        assert!(
            !h.message.contains(covered),
            "{:?} quotes {covered:?}",
            h.message
        );
        assert!(!h.message.contains("Reeves"));
    }
    // Same category and severity, same message.
    let again = REVIEWER.review("my husband and I", "");
    let rel = found.iter().find(|h| h.category == Relationship).unwrap();
    assert_eq!(again[0].message, rel.message);
    assert_eq!(again[0].field, "");
}

#[test]
fn empty_and_plain_texts_give_nothing() {
    assert!(REVIEWER.review("", "narrative").is_empty());
    assert!(
        REVIEWER
            .review(
                "PC 4471 took £2,500 from the till at the station.",
                "narrative"
            )
            .is_empty()
    );
}

#[test]
fn reviewer_is_send_sync_debug() {
    fn assert_send_sync<T: Send + Sync + std::fmt::Debug>() {}
    assert_send_sync::<Reviewer>();
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Arbitrary Unicode around trigger phrases: ranges are in bounds, on
    /// char boundaries, non-empty and sorted.
    #[test]
    fn ranges_on_char_boundaries(
        parts in proptest::collection::vec(
            prop_oneof![
                "\\PC{0,8}",
                Just("my ex".to_owned()),
                Just("I live next door".to_owned()),
                Just("as a woman".to_owned()),
                Just(" 12 March at 23:40 ".to_owned()),
                Just("I'm his wife".to_owned()),
                Just("é".to_owned()),
                Just("\u{200b}".to_owned()),
                Just("ｍｙ ｈｕｓｂａｎｄ".to_owned()),
            ],
            0..16,
        )
    ) {
        let text: String = parts.concat();
        let found = REVIEWER.review(&text, "f");
        let mut last = 0;
        for h in &found {
            prop_assert!(h.range.start < h.range.end && h.range.end <= text.len());
            prop_assert!(text.is_char_boundary(h.range.start));
            prop_assert!(text.is_char_boundary(h.range.end));
            prop_assert!(h.range.start >= last);
            last = h.range.start;
        }
    }

    /// Any string at all: no panic.
    #[test]
    fn never_panics(text in "\\PC{0,300}") {
        let _ = REVIEWER.review(&text, "narrative");
    }
}
