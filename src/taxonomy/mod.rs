//! Categories, forces, roles, ranks and routing.

mod category;
mod forces;
mod role;
mod routing;

use serde::Serialize;

pub use self::category::{
    Category, CategoryInfo, Discrimination, IntelligenceCategory, IopcReferral, Unit, categories,
};
pub use self::forces::{Country, Force, ForceKind, forces};
pub use self::role::{Rank, Role};
pub use self::routing::{Priority, Routing, route};

/// A code with a human label, for front-end forms.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CodeLabel {
    /// The stable code used in JSON.
    pub code: &'static str,
    /// A human label.
    pub label: &'static str,
}

/// A rank entry for front-end forms.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RankEntry {
    /// The canonical code written to JSON.
    pub code: &'static str,
    /// The usual abbreviation.
    pub abbreviation: &'static str,
    /// The full title.
    pub title: &'static str,
}

/// The whole taxonomy (categories, discrimination kinds, roles, ranks and
/// forces), serialisable so a front end can build its form from it.
///
/// ```
/// let t = report_shield::taxonomy();
/// assert_eq!(t.categories.len(), 6);
/// assert_eq!(t.forces.len(), 48);
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Taxonomy {
    /// The contract version the codes belong to.
    pub schema_version: u32,
    /// The categories with their routing facts.
    pub categories: &'static [CategoryInfo],
    /// The kinds of discrimination.
    pub discrimination: Vec<CodeLabel>,
    /// The subject roles.
    pub roles: Vec<CodeLabel>,
    /// The ranks.
    pub ranks: Vec<RankEntry>,
    /// The 48 forces.
    pub forces: &'static [Force],
}

/// Builds the [`Taxonomy`].
#[must_use]
pub fn taxonomy() -> Taxonomy {
    Taxonomy {
        schema_version: 1,
        categories: categories(),
        discrimination: Discrimination::ALL
            .iter()
            .map(|d| CodeLabel {
                code: d.code(),
                label: d.label(),
            })
            .collect(),
        roles: Role::ALL
            .iter()
            .map(|r| CodeLabel {
                code: r.code(),
                label: r.label(),
            })
            .collect(),
        ranks: Rank::ALL
            .iter()
            .map(|r| RankEntry {
                code: r.code(),
                abbreviation: r.abbreviation(),
                title: r.title(),
            })
            .collect(),
        forces: forces(),
    }
}
