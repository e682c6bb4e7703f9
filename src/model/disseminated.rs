//! The disseminated report: what goes to the force (JSON contract v1).

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::intake::{HowKnown, Incident, ReporterMode, Subject};
use super::json::{self, SchemaVersion};
use super::redact::Opt;
use crate::audit::Redaction;
use crate::error::Result;
use crate::review::Hint;
use crate::taxonomy::{Category, Discrimination, Force, IopcReferral, Priority, Unit};

/// The force a disseminated report is routed to.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RoutedForce {
    /// The registry code (`"west-midlands"`).
    pub code: String,
    /// The official name (`"West Midlands Police"`).
    pub name: String,
}

impl RoutedForce {
    /// The code and name of a registry force.
    #[must_use]
    pub fn new(force: &Force) -> Self {
        Self {
            code: force.code.to_owned(),
            name: force.name.to_owned(),
        }
    }
}

impl From<&Force> for RoutedForce {
    fn from(f: &Force) -> Self {
        Self::new(f)
    }
}

/// The reporter block of a disseminated report: never any contact detail.
#[non_exhaustive]
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DisseminatedReporter {
    /// Anonymous or confidential.
    pub mode: ReporterMode,
    /// For confidential reports only: a keyed token of the contact details.
    /// The same details always give the same token, so the service can
    /// route questions back without the force learning who it is. Absent
    /// for anonymous reports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_token: Option<String>,
}

impl DisseminatedReporter {
    /// A reporter block.
    #[must_use]
    pub fn new(mode: ReporterMode, contact_token: Option<String>) -> Self {
        Self {
            mode,
            contact_token,
        }
    }
}

impl fmt::Debug for DisseminatedReporter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DisseminatedReporter")
            .field("mode", &self.mode)
            .field("contact_token", &Opt(&self.contact_token))
            .finish()
    }
}

/// An attachment in a disseminated report: the file name is replaced by a
/// token.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DisseminatedAttachment {
    /// A keyed token standing for the original file name (absent when the
    /// intake attachment had no file name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_token: Option<String>,
    /// The media type, as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    /// The size in bytes, as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_bytes: Option<u64>,
}

impl DisseminatedAttachment {
    /// An attachment entry.
    #[must_use]
    pub fn new(
        file_token: Option<String>,
        media_type: Option<String>,
        size_bytes: Option<u64>,
    ) -> Self {
        Self {
            file_token,
            media_type,
            size_bytes,
        }
    }
}

/// A disseminated report, JSON contract v1: the sanitised report that goes
/// to the receiving force. It never contains the reporter's contact block,
/// the intake `id`, the received date, the channel or attachment file
/// names. Built by the anonymiser; read back with
/// [`Disseminated::from_json`].
#[non_exhaustive]
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Disseminated report (JSON contract v1)",
    description = "The sanitised report that goes to the receiving force. It never contains the reporter's contact details."
)]
pub struct Disseminated {
    /// Always 1.
    pub(crate) schema_version: SchemaVersion,
    /// A pseudonymous reference, derived from the intake `id` with the key
    /// (the same id and key always give the same reference).
    pub reference: String,
    /// The force the report is routed to: the first subject force that
    /// resolved against the registry. `null` when none resolved and the
    /// service must route it by hand.
    pub force: Option<RoutedForce>,
    /// The receiving unit: anti_corruption if any category routes there,
    /// else professional_standards.
    pub unit: Unit,
    /// The report's categories, as given.
    pub categories: Vec<Category>,
    /// The kinds of discrimination (empty unless the discrimination
    /// category is present).
    pub discrimination: Vec<Discrimination>,
    /// urgent when someone is at risk or in immediate danger, else routine.
    pub priority: Priority,
    /// The strongest IOPC referral indication over the categories.
    pub iopc_referral: IopcReferral,
    /// The subjects: their details are kept (free-text fields sanitised).
    pub subjects: Vec<Subject>,
    /// The incident, with a sanitised location.
    pub incident: Option<Incident>,
    /// The sanitised narrative.
    pub narrative: String,
    /// How the reporter knows (`unknown` when not given).
    pub how_known: HowKnown,
    /// The reporter's mode and, for confidential reports, a contact token.
    pub reporter: DisseminatedReporter,
    /// Attachments with tokens instead of file names.
    pub attachments: Vec<DisseminatedAttachment>,
    /// What was changed: kind, whose, action and count; never a value.
    pub redactions: Vec<Redaction>,
    /// Risk hints for a human reviewer.
    pub review: Vec<Hint>,
    /// The id of the key used for tokens and the reference.
    pub key_id: String,
    /// The name of the policy applied.
    pub policy: String,
    /// The version of report-shield that produced the report.
    pub crate_version: String,
}

impl Disseminated {
    /// The contract version (always 1).
    #[must_use]
    pub fn schema_version(&self) -> u32 {
        1
    }

    /// Writes the report as compact JSON.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Json`](crate::ErrorKind::Json) if serialisation fails.
    pub fn to_json(&self) -> Result<String> {
        json::to_string(self, false)
    }

    /// Writes the report as indented JSON.
    ///
    /// # Errors
    ///
    /// As [`Disseminated::to_json`].
    pub fn to_json_pretty(&self) -> Result<String> {
        json::to_string(self, true)
    }

    /// Reads a disseminated report.
    ///
    /// # Errors
    ///
    /// As [`Report::from_json`](crate::Report::from_json), without the
    /// intake rules and limits.
    pub fn from_json(text: &str) -> Result<Disseminated> {
        json::from_str(text)
    }
}

impl fmt::Debug for Disseminated {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Disseminated")
            .field("schema_version", &json::SCHEMA_VERSION)
            .field("reference", &self.reference)
            .field("force", &self.force)
            .field("unit", &self.unit)
            .field("categories", &self.categories)
            .field("discrimination", &self.discrimination)
            .field("priority", &self.priority)
            .field("iopc_referral", &self.iopc_referral)
            .field("subjects", &self.subjects)
            .field("incident", &self.incident)
            .field("narrative", &"<redacted>")
            .field("how_known", &self.how_known)
            .field("reporter", &self.reporter)
            .field("attachments", &self.attachments)
            .field("redactions", &self.redactions)
            .field("review", &self.review.len())
            .field("key_id", &self.key_id)
            .field("policy", &self.policy)
            .field("crate_version", &self.crate_version)
            .finish()
    }
}
