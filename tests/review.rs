//! Public surface of risk hints: the JSON shape of a `Hint` is part of the
//! disseminated report contract.

use report_shield::{Hint, HintCategory, Severity};

#[test]
fn hint_json_shape_round_trips() {
    let json = r#"{"category":"relationship","severity":"high","field":"narrative","range":{"start":3,"end":14},"message":"fixed text"}"#;
    let h: Hint = serde_json::from_str(json).unwrap();
    assert_eq!(h.category, HintCategory::Relationship);
    assert_eq!(h.severity, Severity::High);
    assert_eq!(h.field, "narrative");
    assert_eq!(h.range, 3..14);
    let again: serde_json::Value = serde_json::to_value(&h).unwrap();
    let orig: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(again, orig);
}

#[test]
fn hint_rejects_unknown_fields_and_categories() {
    let extra = r#"{"category":"relationship","severity":"high","field":"","range":{"start":0,"end":1},"message":"m","quote":"x"}"#;
    assert!(serde_json::from_str::<Hint>(extra).is_err());
    let bad_cat = r#"{"category":"gossip","severity":"high","field":"","range":{"start":0,"end":1},"message":"m"}"#;
    assert!(serde_json::from_str::<Hint>(bad_cat).is_err());
}

#[test]
fn category_names_are_stable_and_severity_orders() {
    let want = [
        (HintCategory::Relationship, "relationship"),
        (HintCategory::Proximity, "proximity"),
        (HintCategory::Workplace, "workplace"),
        (
            HintCategory::GenderedSelfReference,
            "gendered_self_reference",
        ),
        (HintCategory::UniqueEvent, "unique_event"),
        (HintCategory::SoleKnowledge, "sole_knowledge"),
    ];
    for (c, name) in want {
        assert_eq!(c.as_str(), name);
        assert_eq!(serde_json::to_string(&c).unwrap(), format!("\"{name}\""));
    }
    assert!(Severity::Low < Severity::Medium && Severity::Medium < Severity::High);
}
