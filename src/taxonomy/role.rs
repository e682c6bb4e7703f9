//! Roles (what kind of police worker a subject is) and ranks.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The kind of police worker a subject is (Home Office worker types).
#[non_exhaustive]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A police officer (of any rank).
    Officer,
    /// A police community support officer.
    Pcso,
    /// A special constable (volunteer officer).
    SpecialConstable,
    /// Police staff (call handlers, custody staff, analysts …).
    Staff,
    /// A designated officer (staff with designated powers).
    DesignatedOfficer,
    /// A police support volunteer.
    Volunteer,
    /// Not known to the reporter.
    Unknown,
}

impl Role {
    /// Every role, in a stable order.
    pub const ALL: [Role; 7] = [
        Role::Officer,
        Role::Pcso,
        Role::SpecialConstable,
        Role::Staff,
        Role::DesignatedOfficer,
        Role::Volunteer,
        Role::Unknown,
    ];

    /// The stable snake_case code.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Role::Officer => "officer",
            Role::Pcso => "pcso",
            Role::SpecialConstable => "special_constable",
            Role::Staff => "staff",
            Role::DesignatedOfficer => "designated_officer",
            Role::Volunteer => "volunteer",
            Role::Unknown => "unknown",
        }
    }

    /// A human label.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Role::Officer => "Police officer",
            Role::Pcso => "Police community support officer (PCSO)",
            Role::SpecialConstable => "Special constable",
            Role::Staff => "Police staff",
            Role::DesignatedOfficer => "Designated officer",
            Role::Volunteer => "Police support volunteer",
            Role::Unknown => "Not known",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A police rank, normalised from the many ways people write it.
///
/// In JSON a rank is written as a string. Any accepted surface form is
/// read (`"PC"`, `"Police Constable"`, `"Det. Sgt"`, `"Ch Supt"`,
/// `"acting inspector"` …; case, spaces and punctuation do not matter; an
/// "acting"/"temporary" prefix is dropped) and the canonical snake_case
/// [`code`](Rank::code) is written. An unrecognised rank is rejected with
/// an [`InvalidReport`](crate::ErrorKind::InvalidReport) error naming the
/// field: a front end should offer the list from the taxonomy, and put
/// anything else in the subject's description. (Keeping free text here
/// would give reporter-written text a field that is otherwise kept as
/// evidence.)
///
/// ```
/// use report_shield::Rank;
/// assert_eq!(Rank::parse("det. sgt"), Some(Rank::DetectiveSergeant));
/// assert_eq!(Rank::parse("Ch Supt"), Some(Rank::ChiefSuperintendent));
/// assert_eq!(Rank::DetectiveInspector.abbreviation(), "DI");
/// assert_eq!(Rank::Constable.title(), "Police Constable");
/// assert_eq!(Rank::parse("admiral"), None);
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rank {
    /// Police Constable (PC).
    Constable,
    /// Detective Constable (DC).
    DetectiveConstable,
    /// Sergeant (Sgt, PS).
    Sergeant,
    /// Detective Sergeant (DS).
    DetectiveSergeant,
    /// Inspector (Insp).
    Inspector,
    /// Detective Inspector (DI).
    DetectiveInspector,
    /// Chief Inspector (CI).
    ChiefInspector,
    /// Detective Chief Inspector (DCI).
    DetectiveChiefInspector,
    /// Superintendent (Supt).
    Superintendent,
    /// Detective Superintendent (DSupt).
    DetectiveSuperintendent,
    /// Chief Superintendent (Ch Supt).
    ChiefSuperintendent,
    /// Detective Chief Superintendent (DCS).
    DetectiveChiefSuperintendent,
    /// Assistant Chief Constable (ACC).
    AssistantChiefConstable,
    /// Deputy Chief Constable (DCC).
    DeputyChiefConstable,
    /// Chief Constable (CC).
    ChiefConstable,
    /// Commander (Cmdr), Metropolitan and City of London.
    Commander,
    /// Deputy Assistant Commissioner (DAC), Metropolitan.
    DeputyAssistantCommissioner,
    /// Assistant Commissioner (AC).
    AssistantCommissioner,
    /// Deputy Commissioner, Metropolitan.
    DeputyCommissioner,
    /// Commissioner.
    Commissioner,
    /// Police Community Support Officer (PCSO).
    Pcso,
    /// Special Constable (SC).
    SpecialConstable,
    /// Special Sergeant.
    SpecialSergeant,
    /// Special Inspector.
    SpecialInspector,
}

/// (rank, code, abbreviation, title)
const RANK_TABLE: [(Rank, &str, &str, &str); 24] = [
    (Rank::Constable, "constable", "PC", "Police Constable"),
    (
        Rank::DetectiveConstable,
        "detective_constable",
        "DC",
        "Detective Constable",
    ),
    (Rank::Sergeant, "sergeant", "Sgt", "Sergeant"),
    (
        Rank::DetectiveSergeant,
        "detective_sergeant",
        "DS",
        "Detective Sergeant",
    ),
    (Rank::Inspector, "inspector", "Insp", "Inspector"),
    (
        Rank::DetectiveInspector,
        "detective_inspector",
        "DI",
        "Detective Inspector",
    ),
    (
        Rank::ChiefInspector,
        "chief_inspector",
        "CI",
        "Chief Inspector",
    ),
    (
        Rank::DetectiveChiefInspector,
        "detective_chief_inspector",
        "DCI",
        "Detective Chief Inspector",
    ),
    (
        Rank::Superintendent,
        "superintendent",
        "Supt",
        "Superintendent",
    ),
    (
        Rank::DetectiveSuperintendent,
        "detective_superintendent",
        "DSupt",
        "Detective Superintendent",
    ),
    (
        Rank::ChiefSuperintendent,
        "chief_superintendent",
        "Ch Supt",
        "Chief Superintendent",
    ),
    (
        Rank::DetectiveChiefSuperintendent,
        "detective_chief_superintendent",
        "DCS",
        "Detective Chief Superintendent",
    ),
    (
        Rank::AssistantChiefConstable,
        "assistant_chief_constable",
        "ACC",
        "Assistant Chief Constable",
    ),
    (
        Rank::DeputyChiefConstable,
        "deputy_chief_constable",
        "DCC",
        "Deputy Chief Constable",
    ),
    (
        Rank::ChiefConstable,
        "chief_constable",
        "CC",
        "Chief Constable",
    ),
    (Rank::Commander, "commander", "Cmdr", "Commander"),
    (
        Rank::DeputyAssistantCommissioner,
        "deputy_assistant_commissioner",
        "DAC",
        "Deputy Assistant Commissioner",
    ),
    (
        Rank::AssistantCommissioner,
        "assistant_commissioner",
        "AC",
        "Assistant Commissioner",
    ),
    (
        Rank::DeputyCommissioner,
        "deputy_commissioner",
        "Dep Commr",
        "Deputy Commissioner",
    ),
    (Rank::Commissioner, "commissioner", "Commr", "Commissioner"),
    (
        Rank::Pcso,
        "pcso",
        "PCSO",
        "Police Community Support Officer",
    ),
    (
        Rank::SpecialConstable,
        "special_constable",
        "SC",
        "Special Constable",
    ),
    (
        Rank::SpecialSergeant,
        "special_sergeant",
        "SSgt",
        "Special Sergeant",
    ),
    (
        Rank::SpecialInspector,
        "special_inspector",
        "SInsp",
        "Special Inspector",
    ),
];

impl Rank {
    /// Every rank, in order of seniority within each ladder.
    pub const ALL: [Rank; 24] = [
        Rank::Constable,
        Rank::DetectiveConstable,
        Rank::Sergeant,
        Rank::DetectiveSergeant,
        Rank::Inspector,
        Rank::DetectiveInspector,
        Rank::ChiefInspector,
        Rank::DetectiveChiefInspector,
        Rank::Superintendent,
        Rank::DetectiveSuperintendent,
        Rank::ChiefSuperintendent,
        Rank::DetectiveChiefSuperintendent,
        Rank::AssistantChiefConstable,
        Rank::DeputyChiefConstable,
        Rank::ChiefConstable,
        Rank::Commander,
        Rank::DeputyAssistantCommissioner,
        Rank::AssistantCommissioner,
        Rank::DeputyCommissioner,
        Rank::Commissioner,
        Rank::Pcso,
        Rank::SpecialConstable,
        Rank::SpecialSergeant,
        Rank::SpecialInspector,
    ];

    /// Every accepted surface form with its rank, as people write them in
    /// text (`"PC"`, `"Sgt"`, `"Det Insp"` …). [`Rank::parse`] also accepts
    /// each of these with any case, spacing and punctuation (`"D.I."`,
    /// `"ch. supt"`), and with an "acting"/"temporary" prefix. Useful for
    /// spotting "PC 4471" or "Sgt Reeves" in a narrative.
    pub const ALIASES: &'static [(&'static str, Rank)] = &[
        ("PC", Rank::Constable),
        ("Police Constable", Rank::Constable),
        ("Constable", Rank::Constable),
        ("DC", Rank::DetectiveConstable),
        ("Det Con", Rank::DetectiveConstable),
        ("Detective Constable", Rank::DetectiveConstable),
        ("Sgt", Rank::Sergeant),
        ("Sergeant", Rank::Sergeant),
        ("Serjeant", Rank::Sergeant),
        ("PS", Rank::Sergeant),
        ("Police Sergeant", Rank::Sergeant),
        ("Sarge", Rank::Sergeant),
        ("DS", Rank::DetectiveSergeant),
        ("Det Sgt", Rank::DetectiveSergeant),
        ("DSgt", Rank::DetectiveSergeant),
        ("Detective Sergeant", Rank::DetectiveSergeant),
        ("Insp", Rank::Inspector),
        ("Inspector", Rank::Inspector),
        ("Police Inspector", Rank::Inspector),
        ("DI", Rank::DetectiveInspector),
        ("Det Insp", Rank::DetectiveInspector),
        ("Detective Inspector", Rank::DetectiveInspector),
        ("CI", Rank::ChiefInspector),
        ("Ch Insp", Rank::ChiefInspector),
        ("C Insp", Rank::ChiefInspector),
        ("Chief Insp", Rank::ChiefInspector),
        ("Chief Inspector", Rank::ChiefInspector),
        ("DCI", Rank::DetectiveChiefInspector),
        ("Det Ch Insp", Rank::DetectiveChiefInspector),
        ("Det Chief Insp", Rank::DetectiveChiefInspector),
        ("Detective Chief Inspector", Rank::DetectiveChiefInspector),
        ("Supt", Rank::Superintendent),
        ("Superintendent", Rank::Superintendent),
        ("DSupt", Rank::DetectiveSuperintendent),
        ("D Supt", Rank::DetectiveSuperintendent),
        ("Det Supt", Rank::DetectiveSuperintendent),
        ("DSU", Rank::DetectiveSuperintendent),
        ("Detective Superintendent", Rank::DetectiveSuperintendent),
        ("Ch Supt", Rank::ChiefSuperintendent),
        ("CSupt", Rank::ChiefSuperintendent),
        ("C Supt", Rank::ChiefSuperintendent),
        ("Chief Supt", Rank::ChiefSuperintendent),
        ("Chief Superintendent", Rank::ChiefSuperintendent),
        ("DCS", Rank::DetectiveChiefSuperintendent),
        ("Det Ch Supt", Rank::DetectiveChiefSuperintendent),
        ("Det Chief Supt", Rank::DetectiveChiefSuperintendent),
        (
            "Detective Chief Superintendent",
            Rank::DetectiveChiefSuperintendent,
        ),
        ("ACC", Rank::AssistantChiefConstable),
        ("Assistant Chief Constable", Rank::AssistantChiefConstable),
        ("DCC", Rank::DeputyChiefConstable),
        ("Deputy Chief Constable", Rank::DeputyChiefConstable),
        ("CC", Rank::ChiefConstable),
        ("Chief Constable", Rank::ChiefConstable),
        ("Commander", Rank::Commander),
        ("Cmdr", Rank::Commander),
        ("Cdr", Rank::Commander),
        ("DAC", Rank::DeputyAssistantCommissioner),
        (
            "Deputy Assistant Commissioner",
            Rank::DeputyAssistantCommissioner,
        ),
        ("AC", Rank::AssistantCommissioner),
        ("Asst Commissioner", Rank::AssistantCommissioner),
        ("Assistant Commissioner", Rank::AssistantCommissioner),
        ("Deputy Commissioner", Rank::DeputyCommissioner),
        ("Dep Commr", Rank::DeputyCommissioner),
        ("Commissioner", Rank::Commissioner),
        ("Commr", Rank::Commissioner),
        ("PCSO", Rank::Pcso),
        ("Police Community Support Officer", Rank::Pcso),
        ("SC", Rank::SpecialConstable),
        ("Special Constable", Rank::SpecialConstable),
        ("SPC", Rank::SpecialConstable),
        ("Special Sergeant", Rank::SpecialSergeant),
        ("Special Sgt", Rank::SpecialSergeant),
        ("SSgt", Rank::SpecialSergeant),
        ("Special Inspector", Rank::SpecialInspector),
        ("Special Insp", Rank::SpecialInspector),
        ("SInsp", Rank::SpecialInspector),
    ];

    fn row(self) -> (Rank, &'static str, &'static str, &'static str) {
        // RANK_TABLE is in the same order as ALL; the search is over 24
        // entries and cannot fail for a defined rank.
        RANK_TABLE
            .iter()
            .copied()
            .find(|r| r.0 == self)
            .unwrap_or((self, "unknown", "", ""))
    }

    /// The canonical snake_case code written to JSON.
    #[must_use]
    pub fn code(self) -> &'static str {
        self.row().1
    }

    /// The usual abbreviation ("PC", "Sgt", "DI" …).
    #[must_use]
    pub fn abbreviation(self) -> &'static str {
        self.row().2
    }

    /// The full title ("Police Constable", "Detective Inspector" …).
    #[must_use]
    pub fn title(self) -> &'static str {
        self.row().3
    }

    /// The rank for a canonical code (exact match only).
    #[must_use]
    pub fn from_code(code: &str) -> Option<Rank> {
        RANK_TABLE.iter().find(|r| r.1 == code).map(|r| r.0)
    }

    /// Every accepted surface form (see [`Rank::ALIASES`]).
    pub fn aliases() -> impl Iterator<Item = (&'static str, Rank)> {
        Rank::ALIASES.iter().copied()
    }

    /// Reads a rank written in any usual form: a canonical code, a title,
    /// an abbreviation or an alias, in any case, with any spacing and
    /// punctuation, with an optional "acting"/"temporary" prefix (`"A/Sgt"`,
    /// `"T/DI"`). Returns `None` for anything else.
    #[must_use]
    pub fn parse(text: &str) -> Option<Rank> {
        if text.len() > 64 {
            return None;
        }
        let key = rank_key(text);
        if key.is_empty() {
            return None;
        }
        if let Some(r) = lookup_key(&key) {
            return Some(r);
        }
        // "acting"/"temporary" prefixes: "acting sergeant", "a/sgt", "t/di".
        let words: Vec<&str> = text
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let first = words.first()?.to_ascii_lowercase();
        if matches!(first.as_str(), "acting" | "temporary" | "temp" | "a" | "t") && words.len() > 1
        {
            let rest: String = words.get(1..)?.concat().to_ascii_lowercase();
            return lookup_key(&rest);
        }
        None
    }
}

/// Lower-case ASCII alphanumerics only: "Ch. Supt" → "chsupt".
fn rank_key(text: &str) -> String {
    text.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn lookup_key(key: &str) -> Option<Rank> {
    for (code, rank) in RANK_TABLE.iter().map(|r| (r.1, r.0)) {
        if rank_key(code) == key {
            return Some(rank);
        }
    }
    for (title, rank) in RANK_TABLE.iter().map(|r| (r.3, r.0)) {
        if rank_key(title) == key {
            return Some(rank);
        }
    }
    Rank::ALIASES
        .iter()
        .find(|(alias, _)| rank_key(alias) == key)
        .map(|&(_, r)| r)
}

impl fmt::Display for Rank {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Rank {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Rank {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Rank;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a police rank")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Rank, E> {
                Rank::parse(v).ok_or_else(|| {
                    E::custom(crate::model::own_message("is not a recognised police rank"))
                })
            }
        }
        d.deserialize_str(V)
    }
}

impl JsonSchema for Rank {
    fn schema_name() -> Cow<'static, str> {
        "Rank".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let mut m = serde_json::Map::new();
        m.insert("type".into(), "string".into());
        m.insert(
            "description".into(),
            "A police rank. Input accepts a canonical code, a title or a usual abbreviation \
             (case and punctuation do not matter); output is always the canonical code."
                .into(),
        );
        m.insert(
            "examples".into(),
            serde_json::Value::Array(RANK_TABLE.iter().map(|r| r.1.into()).collect::<Vec<_>>()),
        );
        Schema::from(m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_matches_all_and_codes_are_unique() {
        assert_eq!(RANK_TABLE.len(), Rank::ALL.len());
        for (i, r) in Rank::ALL.iter().enumerate() {
            assert_eq!(RANK_TABLE[i].0, *r);
            assert_eq!(Rank::from_code(r.code()), Some(*r));
            assert_eq!(Rank::parse(r.code()), Some(*r));
            assert_eq!(Rank::parse(r.title()), Some(*r), "{}", r.title());
            assert_eq!(
                Rank::parse(r.abbreviation()),
                Some(*r),
                "{}",
                r.abbreviation()
            );
        }
    }

    #[test]
    fn every_alias_parses_to_its_rank_and_no_key_is_ambiguous() {
        let mut seen = std::collections::HashMap::new();
        for &(a, r) in Rank::ALIASES {
            assert_eq!(Rank::parse(a), Some(r), "{a}");
            if let Some(prev) = seen.insert(rank_key(a), r) {
                assert_eq!(prev, r, "alias {a} is ambiguous");
            }
        }
        for row in RANK_TABLE {
            for s in [row.1, row.3] {
                if let Some(prev) = seen.insert(rank_key(s), row.0) {
                    assert_eq!(prev, row.0, "{s} is ambiguous");
                }
            }
        }
    }

    #[test]
    fn usual_written_forms() {
        let cases = [
            ("pc", Rank::Constable),
            ("P.C.", Rank::Constable),
            ("police constable", Rank::Constable),
            ("D.C.", Rank::DetectiveConstable),
            ("ps", Rank::Sergeant),
            ("SGT.", Rank::Sergeant),
            ("Det. Sgt.", Rank::DetectiveSergeant),
            ("insp.", Rank::Inspector),
            ("D/I", Rank::DetectiveInspector),
            ("C/Insp", Rank::ChiefInspector),
            ("chief-inspector", Rank::ChiefInspector),
            ("D.C.I.", Rank::DetectiveChiefInspector),
            ("Supt", Rank::Superintendent),
            ("D/Supt", Rank::DetectiveSuperintendent),
            ("Ch. Supt.", Rank::ChiefSuperintendent),
            ("C/Supt", Rank::ChiefSuperintendent),
            ("dcs", Rank::DetectiveChiefSuperintendent),
            ("a.c.c.", Rank::AssistantChiefConstable),
            ("D.C.C", Rank::DeputyChiefConstable),
            ("cc", Rank::ChiefConstable),
            ("chief constable", Rank::ChiefConstable),
            ("COMMANDER", Rank::Commander),
            ("cmdr", Rank::Commander),
            ("dac", Rank::DeputyAssistantCommissioner),
            ("ac", Rank::AssistantCommissioner),
            ("deputy commissioner", Rank::DeputyCommissioner),
            ("commissioner", Rank::Commissioner),
            ("pcso", Rank::Pcso),
            ("s.c.", Rank::SpecialConstable),
            ("special constable", Rank::SpecialConstable),
            ("Acting Sergeant", Rank::Sergeant),
            ("A/Sgt", Rank::Sergeant),
            ("T/DI", Rank::DetectiveInspector),
            ("temporary chief inspector", Rank::ChiefInspector),
            (
                "detective_chief_superintendent",
                Rank::DetectiveChiefSuperintendent,
            ),
        ];
        for (s, r) in cases {
            assert_eq!(Rank::parse(s), Some(r), "{s}");
        }
    }

    #[test]
    fn non_ranks_are_rejected() {
        for s in [
            "",
            "  ",
            "...",
            "admiral",
            "captain",
            "the",
            "acting",
            "a",
            "p",
            "constables",
            "PC4471",
            "sergeant major",
            "chief",
            "detectives",
            "Daniel Reeves",
        ] {
            assert_eq!(Rank::parse(s), None, "{s:?}");
        }
        assert_eq!(Rank::parse(&"a".repeat(10_000)), None);
    }

    #[test]
    fn serde_writes_the_canonical_code() {
        let r: Rank = serde_json::from_str("\"Det Ch Supt\"").unwrap();
        assert_eq!(r, Rank::DetectiveChiefSuperintendent);
        assert_eq!(
            serde_json::to_string(&r).unwrap(),
            "\"detective_chief_superintendent\""
        );
        assert!(serde_json::from_str::<Rank>("\"general\"").is_err());
        assert!(serde_json::from_str::<Rank>("3").is_err());
    }

    #[test]
    fn roles_serialise_as_codes() {
        for r in Role::ALL {
            assert_eq!(
                serde_json::to_string(&r).unwrap(),
                format!("\"{}\"", r.code())
            );
        }
    }
}
