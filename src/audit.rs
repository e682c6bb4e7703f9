//! The audit trail: what was changed, never what it was.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::attribute::Party;
use crate::detect::Kind;
use crate::policy::ActionKind;

/// One line of a disseminated report's `redactions`: how many details of
/// one kind and one party were handled with one action. It never holds a
/// value, a range or anything else that could re-create what was removed.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Redaction {
    /// What kind of detail.
    pub kind: Kind,
    /// Whose it was.
    pub role: Party,
    /// What was done.
    pub action: ActionKind,
    /// How many times.
    pub count: u32,
}

impl Redaction {
    /// A redaction summary line.
    #[must_use]
    pub fn new(kind: Kind, role: Party, action: ActionKind, count: u32) -> Self {
        Self {
            kind,
            role,
            action,
            count,
        }
    }
}

/// Folds individual `(kind, party, action)` events into sorted summary
/// lines with counts.
#[must_use]
pub(crate) fn summarise<I>(events: I) -> Vec<Redaction>
where
    I: IntoIterator<Item = (Kind, Party, ActionKind)>,
{
    let mut counts: std::collections::BTreeMap<(Kind, Party, ActionKind), u32> =
        std::collections::BTreeMap::new();
    for e in events {
        let c = counts.entry(e).or_insert(0);
        *c = c.saturating_add(1);
    }
    counts
        .into_iter()
        .map(|((kind, role, action), count)| Redaction::new(kind, role, action, count))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summarise_counts_and_sorts() {
        let s = summarise([
            (Kind::Phone, Party::Reporter, ActionKind::Pseudonymise),
            (Kind::Email, Party::Reporter, ActionKind::Pseudonymise),
            (Kind::Phone, Party::Reporter, ActionKind::Pseudonymise),
        ]);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].kind, Kind::Phone);
        assert_eq!(s[0].count, 2);
        assert_eq!(s[1].kind, Kind::Email);
        assert_eq!(s[1].count, 1);
    }
}
