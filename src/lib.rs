//! # report-shield
//!
//! The report data model and the reporter-protecting anonymiser for the UK
//! Police Anti-Corruption and Abuse Reporting Service.
//!
//! Members of the public use the service to report police officers, staff
//! and volunteers, anonymously or confidentially. This crate, embedded by
//! every intake front end, does two jobs:
//!
//! - it defines the **report data model**: the intake [`Report`] a front end
//!   sends and the [`Disseminated`] report that goes to the force (a
//!   versioned JSON contract, v1), with the category [`taxonomy`], the
//!   registry of the UK's police [`forces`], ranks, roles and routing;
//! - it **protects the reporter**: an [`Anonymiser`] strips or pseudonymises
//!   (keyed HMAC-SHA256) every detail that could identify the person
//!   reporting, in structured fields and in free text, disguised forms
//!   included ("oh seven seven double oh nine …", "jo at example dot com",
//!   full-width digits, zero-width spaces), while keeping what the force
//!   needs: the reported officer's name, rank, collar number, force and
//!   station, and the facts (money, times, crime references, dates).
//!
//! When the crate cannot tell whose a detail is, it protects it.
//!
//! # The flow
//!
//! ```text
//! Report ─ validate ─┬─ for each free-text field:
//!                    │    normalise → detect → attribute → policy → transform
//!                    │   (NFKC,      (Finding) (Party)   (Action)  (tokens)
//!                    │    zero-width,
//!                    │    digits)
//!                    ├─ contact block → one contact token; file names → tokens
//!                    ├─ route (force, unit, priority, IOPC referral)
//!                    └─ audit (Redaction: kind, party, action, count)
//!                                                        → Disseminated
//! ```
//!
//! 1. **Normalise**: a view of the text with Unicode compatibility forms
//!    folded, invisible characters dropped and digits made ASCII, with a map
//!    back to the original ([`NormalisedText`]).
//! 2. **Detect**: every identifying detail, as a [`Finding`] of some
//!    [`Kind`] with a byte range in the original text ([`Detector`]). The
//!    reporter's declared contact details and the subject's fields are
//!    found in any formatting as known values ([`TextContext`]).
//! 3. **Attribute**: whose each detail is, a [`Party`]: the reporter, the
//!    subject (the officer reported), a third party, or unknown.
//! 4. **Policy**: what to do with each (kind, party): keep, remove, label,
//!    mask, pseudonymise or generalise ([`Policy`], [`Action`]).
//! 5. **Transform**: the text rewritten, tokens made with the [`Key`]; what
//!    changed is recorded without any value ([`TextRedaction`],
//!    [`Redaction`]).
//! 6. **Review**: phrases that may identify the reporter without being
//!    identifiers ("my ex-partner", "I live next door") are returned as
//!    [`Hint`]s for a human to decide, never rewritten silently.
//!
//! # Quick start
//!
//! ```
//! use report_shield::{Anonymiser, Key, Report};
//!
//! // In production the key comes from a file or the environment
//! // (`Key::from_file`, `Key::from_env`) and is kept for rotation.
//! let anonymiser = Anonymiser::builder().key(Key::generate("k1")?).build()?;
//!
//! let report = Report::from_json(r#"{
//!     "schema_version": 1,
//!     "categories": ["bribery"],
//!     "subjects": [{"name": "Daniel Reeves", "rank": "Sgt", "force": "the Met"}],
//!     "narrative": "Sgt Reeves took £500 to drop the ticket. Text me on 07700 900123.",
//!     "reporter": {"mode": "confidential", "contact": {"phone": "07700 900123"}}
//! }"#)?;
//! let out = anonymiser.anonymise(&report)?;
//!
//! assert!(out.narrative.starts_with("Sgt Reeves took £500 to drop the ticket."));
//! assert!(out.narrative.contains("[PHONE:k1:"));
//! assert!(!out.narrative.contains("900123"));
//! assert_eq!(out.force.as_ref().map(|f| f.code.as_str()), Some("metropolitan"));
//!
//! let json = out.to_json()?; // what goes to the force
//! assert!(!json.contains("900123"));
//! # Ok::<(), report_shield::Error>(())
//! ```
//!
//! A single text, with the caller's context, goes through
//! [`Anonymiser::anonymise_text`]; the reporter-facing check of a draft
//! ("what would be changed, and what might give you away") is
//! [`Anonymiser::review`].
//!
//! # Worked example
//!
//! A confidential domestic-abuse report: the narrative names the reporter,
//! gives their mobile as "07700 900 123" and their address, and names
//! "PC 4471 Daniel Reeves of West Midlands Police". The officer's details
//! come out intact, the reporter's are replaced by tokens, and "my
//! ex-partner" comes back as a risk hint.
//!
//! ```
//! use report_shield::{Anonymiser, HintCategory, Party, Report, dangerous};
//!
//! // The public test key: its tokens are reversible by anyone. Docs and tests only.
//! let anonymiser = Anonymiser::builder().key(dangerous::insecure_test_key()).build()?;
//! let report = Report::from_json(r#"{
//!   "schema_version": 1,
//!   "id": "r-2026-000777",
//!   "categories": ["domestic_abuse"],
//!   "subjects": [{"name": "Daniel Reeves", "rank": "PC", "collar_number": "4471",
//!                 "force": "West Midlands Police"}],
//!   "narrative": "My name is Jo Bloggs. My ex-partner is PC 4471 Daniel Reeves of West Midlands Police. He still turns up at my flat, 12 Acacia Avenue, Walsall WS1 1AA, and texts me on 07700 900 123 at all hours. Reeves told me nobody would believe me.",
//!   "reporter": {"mode": "confidential", "contact": {"name": "Jo Bloggs", "phone": "+44 7700 900123",
//!                "address": "12 Acacia Avenue, Walsall", "postcode": "WS1 1AA"}}
//! }"#)?;
//! let out = anonymiser.anonymise(&report)?;
//! let n = &out.narrative;
//!
//! // The officer's details and the facts are the evidence: kept as written.
//! assert!(n.contains("PC 4471 Daniel Reeves of West Midlands Police"));
//! assert!(n.contains("Reeves told me nobody would believe me."));
//! assert_eq!(out.subjects[0].collar_number.as_deref(), Some("4471"));
//! assert_eq!(out.force.as_ref().map(|f| f.code.as_str()), Some("west-midlands"));
//!
//! // The reporter's name, address, postcode and mobile are tokens.
//! for token in ["[PERSON:test:", "[ADDRESS:test:", "[POSTCODE:test:", "[PHONE:test:"] {
//!     assert!(n.contains(token), "{token} missing");
//! }
//! for value in ["Bloggs", "Acacia", "WS1 1AA", "900 123"] {
//!     assert!(!n.contains(value), "{value} leaked");
//! }
//! // The contact block never leaves the crate: one contact token stands for it.
//! assert!(out.reporter.contact_token.as_deref().is_some_and(|t| t.starts_with("[CONTACT:test:")));
//! assert!(out.redactions.iter().all(|r| r.role == Party::Reporter));
//!
//! // "my ex-partner" is left for a human to judge, with its range in the output.
//! let hint = out.review.iter().find(|h| h.category == HintCategory::Relationship);
//! assert_eq!(hint.and_then(|h| n.get(h.range.clone())), Some("My ex-partner"));
//! # Ok::<(), report_shield::Error>(())
//! ```
//!
//! The narrative that goes to the force reads:
//!
//! ```text
//! My name is [PERSON:test:Y7BVSZQ6JYPVI]. My ex-partner is PC 4471 Daniel Reeves
//! of West Midlands Police. He still turns up at my flat,
//! [ADDRESS:test:Z3CJDXZWVZGWA] [POSTCODE:test:FFCFYCIA7XXV5], and texts me on
//! [PHONE:test:D5FRZ4GPB5BYT] at all hours. Reeves told me nobody would believe me.
//! ```
//!
//! # Guarantees
//!
//! - **No panics** on any input: every text, report or key file gives an
//!   output or a typed [`Error`]; nothing indexes or slices user text
//!   unchecked.
//! - **No values in errors or `Debug`**: an [`Error`] names fields,
//!   positions and limits, never a value from a report or a key; `Debug` of
//!   anything that holds report values or keys redacts them.
//! - **Linear time** in the size of the input: one combined pass of the
//!   `regex` crate's linear-time automata and one Aho-Corasick pass for the
//!   known values; inputs over a limit ([`Limits`],
//!   [`DEFAULT_MAX_TEXT_BYTES`]) are an error, never truncated.
//! - **Keys are wiped**: a [`Key`]'s secret is zeroed when it is dropped, is
//!   never serialised, and its `Debug` shows the key id only. The only fixed
//!   key, [`dangerous::insecure_test_key`], is behind an explicit name and
//!   [`Anonymiser::uses_insecure_test_key`] reports it.
//! - **Stable tokens**: the same value, kind, key and scope always give the
//!   same token (`[PHONE:k1:5W7QG3XKZ2M4A]`), whatever its spelling; the
//!   format is frozen (see *Token format* in the README), and
//!   anonymising an output again changes nothing.
//! - `#![forbid(unsafe_code)]`; the built [`Anonymiser`] is immutable and
//!   `Send + Sync`.
//!
//! These invariants are checked by property tests (`tests/properties.rs`)
//! on generated reports that hide the reporter's details in random
//! formats and places.
//!
//! # Main types
//!
//! | type | what for |
//! |---|---|
//! | [`Report`], [`Subject`], [`Reporter`], [`Contact`], [`Incident`] | the intake report (JSON contract v1) |
//! | [`Disseminated`] | the report that goes to the force |
//! | [`Anonymiser`], [`AnonymiserBuilder`] | the pipeline: `anonymise`, `anonymise_text`, `review`, `detect` |
//! | [`Key`], [`Keyring`], [`Scope`] | keys, rotation, token scope (per deployment or per force) |
//! | [`Policy`], [`Action`] | what happens to each kind of detail for each party |
//! | [`Detector`], [`TextContext`], [`Finding`], [`Kind`] | detection on its own, known and allowed values |
//! | [`Hint`], [`Review`] | risk hints and the reporter-facing check |
//! | [`Redaction`], [`TextRedaction`] | the audit: what changed, never a value |
//! | [`Category`], [`Force`], [`Rank`], [`Routing`] | taxonomy, force registry, routing |
//! | [`Error`], [`ErrorKind`] | typed failures |
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
#[cfg(test)]
mod testdata;
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

// --- docs -----------------------------------------------------------------
/// The README's examples, compiled and run as doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
