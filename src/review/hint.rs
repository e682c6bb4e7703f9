//! Risk hints: details that may identify the reporter without being
//! identifiers, surfaced for a person to decide on.

use std::fmt;
use std::ops::Range;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The family of a risk hint.
#[non_exhaustive]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum HintCategory {
    /// The reporter's relationship to the subject or a victim ("my
    /// husband", "his ex", "I'm his sergeant").
    Relationship,
    /// Where the reporter lives or was ("I live next door", "from my
    /// window").
    Proximity,
    /// A shared workplace or occupation ("I work with him", "I work at the
    /// custody suite").
    Workplace,
    /// A gendered reference to the reporter ("as a woman", "I'm his wife").
    GenderedSelfReference,
    /// A unique event pinned by an exact date and time.
    UniqueEvent,
    /// A fact only the reporter is likely to know ("I was the only one
    /// there").
    SoleKnowledge,
}

impl HintCategory {
    /// The stable snake_case name.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            HintCategory::Relationship => "relationship",
            HintCategory::Proximity => "proximity",
            HintCategory::Workplace => "workplace",
            HintCategory::GenderedSelfReference => "gendered_self_reference",
            HintCategory::UniqueEvent => "unique_event",
            HintCategory::SoleKnowledge => "sole_knowledge",
        }
    }
}

impl fmt::Display for HintCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How much a hint is likely to narrow down who the reporter is.
#[non_exhaustive]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Narrows the field a little.
    Low,
    /// Narrows the field to a small group.
    Medium,
    /// May point at one person.
    High,
}

/// One risk hint: a phrase that may identify the reporter, where it is and
/// why it matters. The message is fixed text per category and never
/// quotes the report.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Hint {
    /// The family of risk.
    pub category: HintCategory,
    /// How much it narrows the field.
    pub severity: Severity,
    /// The field of the report the range refers to (`"narrative"`,
    /// `"incident.location"` …); empty for a lone text.
    pub field: String,
    /// Byte range of the phrase in that field's text.
    pub range: Range<usize>,
    /// A plain-words explanation for the reporter.
    pub message: String,
}

impl Hint {
    /// A hint with the fixed message for its category and severity.
    pub(crate) fn new(
        category: HintCategory,
        severity: Severity,
        field: &str,
        range: Range<usize>,
    ) -> Self {
        Self {
            category,
            severity,
            field: field.to_owned(),
            range,
            message: crate::review::phrases::message(category, severity).to_owned(),
        }
    }
}
