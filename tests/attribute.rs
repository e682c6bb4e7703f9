//! Public surface of attribution: the `Party` names used in JSON and
//! policies are a stable contract.

use report_shield::Party;

#[test]
fn party_names_are_stable_and_round_trip() {
    let want = [
        (Party::Reporter, "reporter"),
        (Party::Subject, "subject"),
        (Party::ThirdParty, "third_party"),
        (Party::Unknown, "unknown"),
    ];
    assert_eq!(Party::ALL.len(), want.len());
    for (p, name) in want {
        assert_eq!(p.as_str(), name);
        assert_eq!(p.to_string(), name);
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(json, format!("\"{name}\""));
        let back: Party = serde_json::from_str(&json).unwrap();
        assert_eq!(back, p);
    }
}

#[test]
fn unknown_party_names_are_rejected() {
    for bad in ["\"Reporter\"", "\"officer\"", "\"\"", "1", "null"] {
        assert!(serde_json::from_str::<Party>(bad).is_err(), "{bad}");
    }
}
