//! # report-shield
//!
//! The report data model and the reporter-protecting anonymiser for the UK
//! Police Anti-Corruption and Abuse Reporting Service.
//!
//! The design, the threat model (who the adversaries are, what the crate
//! protects against and what it does not) and the guarantees are in the
//! [`manual`].

#![forbid(unsafe_code)]
#![deny(missing_docs)]
// Nothing in the library may panic on input; tests may (clippy.toml).
#![warn(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod anonymiser;

/// The manual: threat model, design decisions and guarantees (docs only).
pub mod manual;

mod attribute;
mod audit;
mod detect;
mod error;
mod model;
mod policy;
mod pseudonym;
mod review;
mod taxonomy;
mod text;
mod transform;

// --- errors -------------------------------------------------------------
pub use crate::error::{Error, ErrorKind, Result};

// --- model and taxonomy (issue 2) ---------------------------------------
pub use crate::model::{
    Attachment, Channel, Contact, Date, DateRange, Disseminated, DisseminatedAttachment,
    DisseminatedReporter, ForceRef, HowKnown, Incident, IncidentDate, Limits, Report, Reporter,
    ReporterMode, RoutedForce, Safeguarding, Setting, Subject, disseminated_report_schema,
    intake_report_schema,
};
pub use crate::taxonomy::{
    Category, CategoryInfo, CodeLabel, Country, Discrimination, Force, ForceKind,
    IntelligenceCategory, IopcReferral, Priority, Rank, RankEntry, Role, Routing, Taxonomy, Unit,
    categories, forces, route, taxonomy,
};

// --- normalise and detect (issue 3) -------------------------------------
pub use crate::detect::{Detector, DetectorBuilder, Finding, Kind, KnownValue, TextContext};
pub use crate::text::NormalisedText;

pub use crate::anonymiser::{
    AnonymisedText, Anonymiser, AnonymiserBuilder, Change, DEFAULT_MAX_TEXT_BYTES, Review,
};
// --- attribute, policy, pseudonyms, transform, review (issue 4) ---------
pub use crate::attribute::Party;
pub use crate::audit::Redaction;
pub use crate::policy::{Action, ActionKind, Policy};
pub use crate::pseudonym::dangerous;
pub use crate::pseudonym::{Key, Keyring, Scope, TokenKind};
pub use crate::review::{Hint, HintCategory, Severity};
pub use crate::transform::TextRedaction;
