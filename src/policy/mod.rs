//! The policy: a table from (kind, party) to an action.
//!
//! A [`Policy`] answers one question for the transform stage: what to do
//! with a detail of a given [`Kind`] that belongs to a given [`Party`]. The
//! table is always complete (every kind × every party has exactly one
//! [`Action`]); a policy read from JSON is checked for completeness,
//! contradictions, actions that cannot apply, and choices that would
//! disclose the reporter before it can be used.
//!
#![doc = include_str!("presets.md")]

mod action;
mod file;
mod presets;

use std::fmt::Write as _;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Serialize};

pub use self::action::{Action, ActionKind};

use crate::attribute::Party;
use crate::detect::Kind;
use crate::error::{Error, ErrorKind, Result};

/// The number of kinds, i.e. the number of rows in a policy table.
const KINDS: usize = Kind::ALL.len();

/// The most graphemes a [`Action::Mask`] may leave visible, for any party.
pub(crate) const MAX_MASK_KEEP: u8 = 8;

/// The most graphemes a [`Action::Mask`] may leave visible for the
/// reporter's and unknown parties' details.
pub(crate) const MAX_PROTECTED_MASK_KEEP: u8 = 4;

/// The longest policy name accepted, in characters.
const MAX_NAME_CHARS: usize = 64;

/// What to do with each kind of detail, for each party.
///
/// A policy is a name and a complete table from ([`Kind`], [`Party`]) to an
/// [`Action`]. Two presets are built in: [`Policy::dissemination`] (the
/// default) and [`Policy::strict`]. A custom policy is read from JSON with
/// [`Policy::from_json`] or derived from a preset with
/// [`Policy::with_rule`]; either way it is checked by
/// [`Policy::validate`] before an anonymiser will use it.
///
/// ```
/// use report_shield::{Action, Kind, Party, Policy};
///
/// let policy = Policy::dissemination();
/// assert_eq!(policy.name(), "dissemination");
/// assert_eq!(policy.action(Kind::Phone, Party::Reporter), Action::Pseudonymise);
/// assert_eq!(policy.action(Kind::Name, Party::Subject), Action::Keep);
///
/// // Changing one cell; validation still guards the reporter.
/// let custom = policy
///     .with_rule(Kind::Postcode, Party::ThirdParty, Action::Generalise)
///     .with_name("custom");
/// custom.validate()?;
/// let unsafe_policy = custom.with_rule(Kind::Phone, Party::Reporter, Action::Keep);
/// assert!(unsafe_policy.validate().is_err());
/// # Ok::<(), report_shield::Error>(())
/// ```
///
#[doc = include_str!("presets.md")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "file::PolicyFile", into = "file::PolicyFile")]
pub struct Policy {
    name: String,
    table: [[Action; 4]; KINDS],
}

impl Default for Policy {
    /// The [`Policy::dissemination`] preset.
    fn default() -> Self {
        Policy::dissemination()
    }
}

impl Policy {
    /// Builds a policy from a function that decides every cell.
    pub(crate) fn from_fn(name: &str, decide: impl Fn(Kind, Party) -> Action) -> Policy {
        let mut table = [[Action::Label; 4]; KINDS];
        for (row, &kind) in table.iter_mut().zip(Kind::ALL) {
            for (cell, party) in row.iter_mut().zip(Party::ALL) {
                *cell = decide(kind, party);
            }
        }
        Policy {
            name: name.to_owned(),
            table,
        }
    }

    /// The default policy for disseminating a report to a force: the
    /// reporter's and unknown parties' identifiers are pseudonymised (their
    /// age generalised to a ten-year band), the subject's details are kept,
    /// third parties' contact details and official numbers are
    /// pseudonymised while their names, ages and collar numbers are kept,
    /// and times are kept for everyone. See the table in the [`Policy`]
    /// docs.
    ///
    /// ```
    /// use report_shield::{Action, Kind, Party, Policy};
    ///
    /// let p = Policy::dissemination();
    /// p.validate()?;
    /// assert_eq!(p.action(Kind::Email, Party::ThirdParty), Action::Pseudonymise);
    /// assert_eq!(p.action(Kind::Name, Party::ThirdParty), Action::Keep);
    /// assert_eq!(p.action(Kind::Time, Party::Reporter), Action::Keep);
    /// assert_eq!(Policy::default(), p);
    /// # Ok::<(), report_shield::Error>(())
    /// ```
    #[must_use]
    pub fn dissemination() -> Policy {
        presets::dissemination()
    }

    /// The strict policy: every detail except the subject's is
    /// pseudonymised (ages are removed), and every time is generalised to a
    /// part of the day. See the table in the [`Policy`] docs.
    ///
    /// ```
    /// use report_shield::{Action, Kind, Party, Policy};
    ///
    /// let p = Policy::strict();
    /// p.validate()?;
    /// assert_eq!(p.action(Kind::Name, Party::ThirdParty), Action::Pseudonymise);
    /// assert_eq!(p.action(Kind::Time, Party::Subject), Action::Generalise);
    /// assert_eq!(p.action(Kind::CollarNumber, Party::Subject), Action::Keep);
    /// # Ok::<(), report_shield::Error>(())
    /// ```
    #[must_use]
    pub fn strict() -> Policy {
        presets::strict()
    }

    /// Reads and validates a policy from its JSON form (see the [`Policy`]
    /// docs for the format, the wildcard rule and precedence).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Json`] if the text is not well-formed JSON;
    /// [`ErrorKind::InvalidPolicy`] for an unknown field, version, kind,
    /// party or action, an incomplete or contradictory table, an action
    /// that cannot apply to its kind, or a choice that would disclose the
    /// reporter. Messages name the rule index, kind and party, never a
    /// value.
    ///
    /// ```
    /// use report_shield::{Action, ErrorKind, Kind, Party, Policy};
    ///
    /// let json = r#"{
    ///   "name": "pseudonymise-all-but-subject",
    ///   "version": 1,
    ///   "rules": [
    ///     {"kind": "*", "party": "*", "action": "pseudonymise"},
    ///     {"kind": "*", "party": "subject", "action": "keep"},
    ///     {"kind": "postcode", "party": "third_party", "action": "mask", "keep": 2}
    ///   ]
    /// }"#;
    /// let p = Policy::from_json(json)?;
    /// assert_eq!(p.action(Kind::Phone, Party::Subject), Action::Keep);
    /// assert_eq!(p.action(Kind::Postcode, Party::ThirdParty), Action::Mask { keep: 2 });
    /// assert_eq!(Policy::from_json(&p.to_json()?)?, p);
    ///
    /// let bad = r#"{"name": "x", "version": 1,
    ///   "rules": [{"kind": "*", "party": "*", "action": "keep"}]}"#;
    /// let err = Policy::from_json(bad).err().map(|e| e.kind());
    /// assert_eq!(err, Some(ErrorKind::InvalidPolicy));
    /// # Ok::<(), report_shield::Error>(())
    /// ```
    pub fn from_json(json: &str) -> Result<Policy> {
        let parsed = file::parse(json)?;
        file::resolve(parsed)
    }

    /// Writes the policy as pretty-printed JSON that [`Policy::from_json`]
    /// reads back to an equal policy. The rules are written compactly: for
    /// each party, a `"*"` rule with its most common action, then one rule
    /// for each kind that differs.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Json`] if serialisation fails (it does not for a
    /// policy built by this crate).
    pub fn to_json(&self) -> Result<String> {
        serde_json::to_string_pretty(&file::PolicyFile::from(self.clone()))
            .map_err(|_| Error::new(ErrorKind::Json, "policy could not be serialised"))
    }

    /// The policy's name.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The action for a detail of `kind` belonging to `party`.
    #[must_use]
    pub fn action(&self, kind: Kind, party: Party) -> Action {
        kind_index(kind)
            .and_then(|k| self.table.get(k))
            .and_then(|row| row.get(party_index(party)))
            .copied()
            // Unreachable: the table has a row for every kind. Labelling is
            // the protective answer if it ever were reached.
            .unwrap_or(Action::Label)
    }

    /// The same policy with one cell changed. The result is not validated
    /// here; call [`Policy::validate`] (the anonymiser builder does).
    #[must_use]
    pub fn with_rule(mut self, kind: Kind, party: Party, action: Action) -> Policy {
        if let Some(cell) = kind_index(kind)
            .and_then(|k| self.table.get_mut(k))
            .and_then(|row| row.get_mut(party_index(party)))
        {
            *cell = action;
        }
        self
    }

    /// The same policy under another name.
    #[must_use]
    pub fn with_name(mut self, name: impl Into<String>) -> Policy {
        self.name = name.into();
        self
    }

    /// Checks that every cell is usable and safe.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidPolicy`] naming the first offending cell if the
    /// name is empty or longer than 64 characters, if `generalise` is used
    /// for a kind that has no coarser form (only `postcode`, `address`,
    /// `date_of_birth`, `age` and `time` have one), if a mask keeps more
    /// than 8 graphemes, or if the reporter's or an unknown party's
    /// identifying detail (every kind except `time`) would be kept or
    /// masked with more than 4 graphemes left visible.
    pub fn validate(&self) -> Result<()> {
        check_name(&self.name)?;
        for &kind in Kind::ALL {
            for party in Party::ALL {
                if let Some(problem) = cell_problem(kind, party, self.action(kind, party)) {
                    return Err(Error::new(
                        ErrorKind::InvalidPolicy,
                        format!("policy cell ({kind}, {party}): {problem}"),
                    ));
                }
            }
        }
        Ok(())
    }

    /// The policy as a Markdown table: one row per kind, one column per
    /// party. The tables in these docs are generated by this function (a
    /// test checks that they match).
    ///
    /// ```
    /// use report_shield::Policy;
    ///
    /// let table = Policy::dissemination().to_markdown_table();
    /// assert!(table.starts_with("| Kind | Reporter | Subject | Third party | Unknown |\n"));
    /// assert!(table.contains("| `phone` | pseudonymise | keep | pseudonymise | pseudonymise |\n"));
    /// # Ok::<(), report_shield::Error>(())
    /// ```
    #[must_use]
    pub fn to_markdown_table(&self) -> String {
        let mut out = String::from(
            "| Kind | Reporter | Subject | Third party | Unknown |\n|---|---|---|---|---|\n",
        );
        for &kind in Kind::ALL {
            let _ = write!(out, "| `{kind}` |");
            for party in Party::ALL {
                let _ = write!(out, " {} |", action_text(self.action(kind, party)));
            }
            out.push('\n');
        }
        out
    }
}

impl JsonSchema for Policy {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Policy".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        file::PolicyFile::json_schema(generator)
    }
}

/// An action as written in the Markdown tables.
fn action_text(action: Action) -> String {
    match action {
        Action::Mask { keep } => format!("mask (keep {keep})"),
        other => other.kind().as_str().to_owned(),
    }
}

/// The row of `kind` in a policy table.
fn kind_index(kind: Kind) -> Option<usize> {
    Kind::ALL.iter().position(|&k| k == kind)
}

/// The column of `party` in a policy table (the order of [`Party::ALL`]).
const fn party_index(party: Party) -> usize {
    match party {
        Party::Reporter => 0,
        Party::Subject => 1,
        Party::ThirdParty => 2,
        Party::Unknown => 3,
    }
}

/// Whether `Action::Generalise` has a coarser form for `kind`.
pub(crate) const fn can_generalise(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Postcode | Kind::Address | Kind::DateOfBirth | Kind::Age | Kind::Time
    )
}

/// Whether a party's identifying details must never be disclosed.
const fn is_protected(party: Party) -> bool {
    matches!(party, Party::Reporter | Party::Unknown)
}

/// Why one cell is unusable or unsafe, or `None` if it is fine. The text
/// names kinds, parties, actions and limits only.
fn cell_problem(kind: Kind, party: Party, action: Action) -> Option<String> {
    match action {
        Action::Generalise if !can_generalise(kind) => {
            return Some(format!(
                "generalise has no coarser form for {kind} (only postcode, address, \
                 date_of_birth, age and time)"
            ));
        }
        Action::Mask { keep } if keep > MAX_MASK_KEEP => {
            return Some(format!(
                "mask keeps {keep} graphemes; at most {MAX_MASK_KEEP} are allowed"
            ));
        }
        _ => {}
    }
    if is_protected(party) && kind != Kind::Time {
        match action {
            Action::Keep => {
                return Some(format!(
                    "keep would disclose the {party} party's {kind}; the reporter's and \
                     unknown parties' identifying details must be protected"
                ));
            }
            Action::Mask { keep } if keep > MAX_PROTECTED_MASK_KEEP => {
                return Some(format!(
                    "mask keeps {keep} graphemes of the {party} party's {kind}; at most \
                     {MAX_PROTECTED_MASK_KEEP} may stay visible"
                ));
            }
            _ => {}
        }
    }
    None
}

/// Checks a policy name: non-empty and at most 64 characters.
fn check_name(name: &str) -> Result<()> {
    if name.trim().is_empty() {
        return Err(Error::new(ErrorKind::InvalidPolicy, "policy name is empty"));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(Error::new(
            ErrorKind::InvalidPolicy,
            format!("policy name is longer than {MAX_NAME_CHARS} characters"),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn party_index_matches_party_all() {
        for (i, p) in Party::ALL.into_iter().enumerate() {
            assert_eq!(party_index(p), i);
        }
    }

    #[test]
    fn every_cell_can_be_set_and_read() {
        for &kind in Kind::ALL {
            for party in Party::ALL {
                let p = Policy::strict().with_rule(kind, party, Action::Mask { keep: 3 });
                assert_eq!(p.action(kind, party), Action::Mask { keep: 3 });
                // Only that cell changed.
                let changed = Kind::ALL
                    .iter()
                    .flat_map(|&k| Party::ALL.map(|q| (k, q)))
                    .filter(|&(k, q)| p.action(k, q) != Policy::strict().action(k, q))
                    .count();
                assert!(changed <= 1);
            }
        }
    }
}
