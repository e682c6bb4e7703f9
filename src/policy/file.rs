//! The JSON form of a policy, and its resolution into a complete table.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Action, KINDS, Policy, cell_problem, check_name, party_index};
use crate::attribute::Party;
use crate::detect::Kind;
use crate::error::{Error, ErrorKind, Result};

/// The only policy format version this crate reads and writes.
pub(crate) const POLICY_VERSION: u32 = 1;

/// The most rules a policy file may hold (a complete explicit table needs
/// 88).
const MAX_RULES: usize = 1024;

/// The wildcard that matches every kind or every party.
const WILDCARD: &str = "*";

/// A policy as written in JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Policy",
    description = "A report-shield policy (format version 1)."
)]
pub(crate) struct PolicyFile {
    /// The policy's name (1 to 64 characters).
    pub(crate) name: String,
    /// The format version; must be 1.
    pub(crate) version: u32,
    /// The rules. Every (kind, party) cell must be covered; a rule that
    /// names both kind and party beats one with a single `"*"`, which beats
    /// `"*"` for both. Two rules of the same specificity may not give one
    /// cell different actions.
    pub(crate) rules: Vec<RuleFile>,
}

/// One rule as written in JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RuleFile {
    /// A kind name (`"phone"`, `"nhs_number"` …) or `"*"` for every kind.
    pub(crate) kind: String,
    /// A party name (`"reporter"`, `"subject"`, `"third_party"`,
    /// `"unknown"`) or `"*"` for every party.
    pub(crate) party: String,
    /// `"keep"`, `"remove"`, `"label"`, `"mask"`, `"pseudonymise"` or
    /// `"generalise"`.
    pub(crate) action: String,
    /// For `"mask"` only: how many graphemes at the end stay visible
    /// (default 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) keep: Option<u8>,
}

/// Parses the JSON text into its file form. Error messages carry a path
/// and a position, never the offending text.
pub(super) fn parse(json: &str) -> Result<PolicyFile> {
    let mut de = serde_json::Deserializer::from_str(json);
    let file: PolicyFile = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let inner = e.inner();
        let unknown_field = inner.to_string().starts_with("unknown field");
        // The path of an unknown field ends in its (caller-written) name:
        // drop it, and never print a key that is not one of ours.
        let segments: Vec<_> = e.path().iter().collect();
        let shown = if unknown_field {
            segments.len().saturating_sub(1)
        } else {
            segments.len()
        };
        let path = safe_path(segments.get(..shown).unwrap_or(&[]));
        let inner = e.inner();
        let at = format!("line {}, column {}", inner.line(), inner.column());
        if inner.is_syntax() || inner.is_eof() || inner.is_io() {
            return Error::new(
                ErrorKind::Json,
                format!("policy is not well-formed JSON ({at})"),
            );
        }
        let message = inner.to_string();
        if let Some(rest) = message.strip_prefix("missing field `") {
            let field = rest.split('`').next().unwrap_or("");
            if matches!(
                field,
                "name" | "version" | "rules" | "kind" | "party" | "action"
            ) {
                return Error::new(
                    ErrorKind::InvalidPolicy,
                    format!("policy is missing the field `{field}` at `{path}` ({at})"),
                );
            }
        }
        if unknown_field {
            return Error::new(
                ErrorKind::InvalidPolicy,
                format!("policy has an unknown field at `{path}` ({at})"),
            );
        }
        Error::new(
            ErrorKind::InvalidPolicy,
            format!("policy has a value of the wrong type at `{path}` ({at})"),
        )
    })?;
    de.end()
        .map_err(|_| Error::new(ErrorKind::Json, "policy has trailing characters"))?;
    Ok(file)
}

/// Field names of the file form, the only map keys an error may print.
const FIELDS: &[&str] = &[
    "name", "version", "rules", "kind", "party", "action", "keep",
];

/// A path such as `rules[2].keep`, with any key that is not a field name
/// of ours shown as `?`.
fn safe_path(segments: &[&serde_path_to_error::Segment]) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for seg in segments {
        match seg {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(FIELDS.iter().find(|f| **f == key.as_str()).unwrap_or(&"?"));
            }
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    if out.is_empty() {
        out.push('.');
    }
    out
}

/// What a rule's kind or party field selects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sel<T> {
    Any,
    One(T),
}

impl<T: PartialEq + Copy> Sel<T> {
    fn matches(self, x: T) -> bool {
        match self {
            Sel::Any => true,
            Sel::One(y) => x == y,
        }
    }

    fn is_specific(self) -> bool {
        matches!(self, Sel::One(_))
    }
}

fn kind_names() -> String {
    Kind::ALL
        .iter()
        .map(|k| k.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn parse_kind(index: usize, name: &str) -> Result<Sel<Kind>> {
    if name == WILDCARD {
        return Ok(Sel::Any);
    }
    Kind::from_name(name).map(Sel::One).ok_or_else(|| {
        Error::new(
            ErrorKind::InvalidPolicy,
            format!(
                "rules[{index}].kind is not a known kind; expected \"*\" or one of: {}",
                kind_names()
            ),
        )
    })
}

fn parse_party(index: usize, name: &str) -> Result<Sel<Party>> {
    if name == WILDCARD {
        return Ok(Sel::Any);
    }
    Party::ALL
        .into_iter()
        .find(|p| p.as_str() == name)
        .map(Sel::One)
        .ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidPolicy,
                format!(
                    "rules[{index}].party is not a known party; expected \"*\", reporter, \
                     subject, third_party or unknown"
                ),
            )
        })
}

fn parse_action(index: usize, name: &str, keep: Option<u8>) -> Result<Action> {
    let action = match name {
        "keep" => Action::Keep,
        "remove" => Action::Remove,
        "label" => Action::Label,
        "mask" => Action::Mask {
            keep: keep.unwrap_or(0),
        },
        "pseudonymise" => Action::Pseudonymise,
        "generalise" => Action::Generalise,
        _ => {
            return Err(Error::new(
                ErrorKind::InvalidPolicy,
                format!(
                    "rules[{index}].action is not a known action; expected keep, remove, \
                     label, mask, pseudonymise or generalise"
                ),
            ));
        }
    };
    if keep.is_some() && !matches!(action, Action::Mask { .. }) {
        return Err(Error::new(
            ErrorKind::InvalidPolicy,
            format!("rules[{index}].keep is only allowed with the mask action"),
        ));
    }
    Ok(action)
}

/// Which rule decides one cell so far: (specificity, rule index, action).
type Decision = Option<(u8, usize, Action)>;

/// Turns the file form into a validated, complete policy.
pub(super) fn resolve(file: PolicyFile) -> Result<Policy> {
    if file.version != POLICY_VERSION {
        return Err(Error::new(
            ErrorKind::InvalidPolicy,
            format!(
                "policy version {} is not supported; this crate reads version {POLICY_VERSION}",
                file.version
            ),
        ));
    }
    check_name(&file.name)?;
    if file.rules.len() > MAX_RULES {
        return Err(Error::new(
            ErrorKind::InvalidPolicy,
            format!("policy has more than {MAX_RULES} rules"),
        ));
    }
    let mut rules = Vec::with_capacity(file.rules.len());
    for (i, r) in file.rules.iter().enumerate() {
        rules.push((
            parse_kind(i, &r.kind)?,
            parse_party(i, &r.party)?,
            parse_action(i, &r.action, r.keep)?,
        ));
    }

    let mut decided: [[Decision; 4]; KINDS] = [[None; 4]; KINDS];
    // Most specific rules first, so that a conflict between less specific
    // rules is only reported for cells that no more specific rule settles.
    let mut order: Vec<(u8, usize)> = rules
        .iter()
        .enumerate()
        .map(|(i, (k, p, _))| (u8::from(k.is_specific()) + u8::from(p.is_specific()), i))
        .collect();
    order.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    for (specificity, i) in order {
        let Some(&(ksel, psel, action)) = rules.get(i) else {
            continue;
        };
        for (row, &kind) in decided.iter_mut().zip(Kind::ALL) {
            if !ksel.matches(kind) {
                continue;
            }
            for (cell, party) in row.iter_mut().zip(Party::ALL) {
                if !psel.matches(party) {
                    continue;
                }
                match *cell {
                    Some((s, _, _)) if s > specificity => {}
                    Some((s, j, a)) if s == specificity && a != action => {
                        return Err(Error::new(
                            ErrorKind::InvalidPolicy,
                            format!(
                                "rules[{j}] and rules[{i}] give ({kind}, {party}) different \
                                 actions at the same specificity; add a more specific rule \
                                 or remove one of them"
                            ),
                        ));
                    }
                    Some((s, _, _)) if s == specificity => {}
                    _ => *cell = Some((specificity, i, action)),
                }
            }
        }
    }

    let mut policy = Policy::from_fn(&file.name, |_, _| Action::Label);
    for (row, &kind) in decided.iter().zip(Kind::ALL) {
        for (cell, party) in row.iter().zip(Party::ALL) {
            let Some((_, i, action)) = *cell else {
                return Err(Error::new(
                    ErrorKind::InvalidPolicy,
                    format!(
                        "policy is incomplete: no rule covers ({kind}, {party}); add a rule \
                         for it or a \"*\" rule"
                    ),
                ));
            };
            if let Some(problem) = cell_problem(kind, party, action) {
                return Err(Error::new(
                    ErrorKind::InvalidPolicy,
                    format!("rules[{i}] for ({kind}, {party}): {problem}"),
                ));
            }
            policy = policy.with_rule(kind, party, action);
        }
    }
    Ok(policy)
}

impl TryFrom<PolicyFile> for Policy {
    type Error = Error;

    fn try_from(file: PolicyFile) -> Result<Policy> {
        resolve(file)
    }
}

fn rule(kind: &str, party: Party, action: Action) -> RuleFile {
    let (action, keep) = match action {
        Action::Mask { keep } => ("mask", Some(keep)),
        other => (other.kind().as_str(), None),
    };
    RuleFile {
        kind: kind.to_owned(),
        party: party.as_str().to_owned(),
        action: action.to_owned(),
        keep,
    }
}

impl From<Policy> for PolicyFile {
    /// Writes, for each party, a `"*"` rule with the party's most common
    /// action, then a rule for each kind whose action differs.
    fn from(policy: Policy) -> PolicyFile {
        let mut rules = Vec::new();
        for party in Party::ALL {
            let column: Vec<Action> = policy
                .table
                .iter()
                .filter_map(|row| row.get(party_index(party)).copied())
                .collect();
            // Most common action; ties go to the one seen first.
            let mut counts: Vec<(Action, usize)> = Vec::new();
            for &a in &column {
                match counts.iter_mut().find(|(b, _)| *b == a) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((a, 1)),
                }
            }
            let mut common = None;
            for &(a, n) in &counts {
                if common.is_none_or(|(_, m)| n > m) {
                    common = Some((a, n));
                }
            }
            let Some((common, _)) = common else { continue };
            rules.push(rule(WILDCARD, party, common));
            for (&kind, &a) in Kind::ALL.iter().zip(&column) {
                if a != common {
                    rules.push(rule(kind.as_str(), party, a));
                }
            }
        }
        PolicyFile {
            name: policy.name,
            version: POLICY_VERSION,
            rules,
        }
    }
}
