//! Whose detail is it?

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Whose a detected detail is. Every finding gets one before the policy
/// decides what to do with it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[allow(clippy::exhaustive_enums)] // the four parties are the model; a fifth would be a new contract
pub enum Party {
    /// The person making the report. Always protected.
    Reporter,
    /// The officer, staff member or volunteer being reported. Kept: it is
    /// the evidence.
    Subject,
    /// Anyone else named: a victim, a witness, a colleague.
    ThirdParty,
    /// Could not be told. Treated as the reporter's for contact details and
    /// official numbers.
    Unknown,
}

impl Party {
    /// Every party, in a stable order.
    pub const ALL: [Party; 4] = [
        Party::Reporter,
        Party::Subject,
        Party::ThirdParty,
        Party::Unknown,
    ];

    /// The stable snake_case name used in JSON and policies.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Party::Reporter => "reporter",
            Party::Subject => "subject",
            Party::ThirdParty => "third_party",
            Party::Unknown => "unknown",
        }
    }
}

impl fmt::Display for Party {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
