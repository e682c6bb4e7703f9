//! Routing a report: destination force, receiving unit, priority and the
//! IOPC referral indication.
//!
//! The per-category facts (unit, IOPC indication, intelligence categories)
//! live in the category table ([`categories`](crate::categories)); this
//! module combines them for one report.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Category, Force, IopcReferral, Unit};
use crate::model::Report;

/// How quickly the receiving unit should look at a report.
#[non_exhaustive]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    /// Normal handling.
    Routine,
    /// Someone is at risk or in immediate danger.
    Urgent,
}

impl Priority {
    /// The stable snake_case code.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Priority::Routine => "routine",
            Priority::Urgent => "urgent",
        }
    }
}

impl fmt::Display for Priority {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Where a report goes and how it is flagged.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Routing {
    /// The destination force: the first subject (in report order) whose
    /// force resolved against the registry; `None` when no subject force
    /// resolved and the service must route by hand.
    pub force: Option<&'static Force>,
    /// anti_corruption if any category routes there, else
    /// professional_standards.
    pub unit: Unit,
    /// urgent when `safeguarding.immediate_danger` or
    /// `safeguarding.someone_at_risk`, else routine.
    pub priority: Priority,
    /// The strongest indication over the categories (`none` if there are
    /// none).
    pub iopc_referral: IopcReferral,
}

/// Routes a report.
///
/// ```
/// use report_shield::{route, Category, IopcReferral, Priority, Report, Safeguarding, Subject, Unit};
/// let r = Report::new("...", [Category::DomesticAbuse, Category::SexualMisconduct])
///     .with_subject(Subject::new().with_force("Gotham PD"))
///     .with_subject(Subject::new().with_force("GMP"))
///     .with_safeguarding(Safeguarding::new(true, false));
/// let routing = route(&r);
/// assert_eq!(routing.force.map(|f| f.code), Some("greater-manchester"));
/// assert_eq!(routing.unit, Unit::AntiCorruption);
/// assert_eq!(routing.priority, Priority::Urgent);
/// assert_eq!(routing.iopc_referral, IopcReferral::Indicated);
/// ```
#[must_use]
pub fn route(report: &Report) -> Routing {
    let force = report
        .subjects
        .iter()
        .find_map(|s| s.force.as_ref().and_then(|f| f.force()));
    let unit = if report
        .categories
        .iter()
        .any(|c| c.unit() == Unit::AntiCorruption)
    {
        Unit::AntiCorruption
    } else {
        Unit::ProfessionalStandards
    };
    let priority = match report.safeguarding {
        Some(s) if s.immediate_danger || s.someone_at_risk => Priority::Urgent,
        _ => Priority::Routine,
    };
    let iopc_referral = report
        .categories
        .iter()
        .map(|c: &Category| c.iopc_referral())
        .max()
        .unwrap_or(IopcReferral::None);
    Routing {
        force,
        unit,
        priority,
        iopc_referral,
    }
}

impl Report {
    /// Routes this report; see [`route`].
    #[must_use]
    pub fn routing(&self) -> Routing {
        route(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Safeguarding, Subject};

    #[test]
    fn unit_is_anti_corruption_if_any_category_routes_there() {
        for c in Category::ALL {
            let r = Report::new("x", [c]);
            assert_eq!(route(&r).unit, c.unit(), "{c}");
            let both = Report::new("x", [Category::Other, c]);
            let want = if c.unit() == Unit::AntiCorruption {
                Unit::AntiCorruption
            } else {
                Unit::ProfessionalStandards
            };
            assert_eq!(route(&both).unit, want);
        }
    }

    #[test]
    fn priority_table() {
        let cases = [
            (None, Priority::Routine),
            (Some((false, false)), Priority::Routine),
            (Some((true, false)), Priority::Urgent),
            (Some((false, true)), Priority::Urgent),
            (Some((true, true)), Priority::Urgent),
        ];
        for (sg, want) in cases {
            let mut r = Report::new("x", [Category::Other]);
            r.safeguarding = sg.map(|(a, b)| Safeguarding::new(a, b));
            assert_eq!(route(&r).priority, want, "{sg:?}");
        }
    }

    #[test]
    fn iopc_is_the_strongest_and_force_is_the_first_resolved() {
        let r = Report::new("x", [Category::Bribery, Category::Discrimination]);
        assert_eq!(route(&r).iopc_referral, IopcReferral::Indicated);
        let r = Report::new("x", [Category::Bribery]);
        assert_eq!(route(&r).iopc_referral, IopcReferral::Consider);
        let r = Report::new("x", []);
        assert_eq!(route(&r).iopc_referral, IopcReferral::None);
        assert_eq!(route(&r).force, None);
        let r = Report::new("x", [Category::Other])
            .with_subject(Subject::new())
            .with_subject(Subject::new().with_force("Kent"))
            .with_subject(Subject::new().with_force("Essex"));
        assert_eq!(route(&r).force.map(|f| f.code), Some("kent"));
    }
}
