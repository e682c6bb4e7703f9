//! # report-shield
//!
//! The report data model and the reporter-protecting anonymiser for the UK
//! Police Anti-Corruption and Abuse Reporting Service.
//!
//! (Crate manual: written as the crate lands; see README.md.)

#![forbid(unsafe_code)]
#![deny(missing_docs)]

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

// --- normalise and detect (issue 3) -------------------------------------
pub use crate::detect::{Detector, DetectorBuilder, Finding, Kind, KnownValue, TextContext};
pub use crate::text::NormalisedText;

// --- attribute, policy, pseudonyms, transform, review (issue 4) ---------
pub use crate::attribute::Party;
pub use crate::audit::Redaction;
pub use crate::policy::{Action, ActionKind};
pub use crate::review::{Hint, HintCategory, Severity};
