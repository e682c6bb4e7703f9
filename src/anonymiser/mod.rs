//! The anonymiser: the whole pipeline, built once and used many times.
//!
//! [`AnonymiserBuilder`] validates everything (key, policy, patterns) when
//! [`AnonymiserBuilder::build`] is called; the built [`Anonymiser`] is
//! immutable, `Send + Sync`, and used through `&self`, so one instance can
//! serve every thread of a service.

mod builder;
mod pipeline;
mod report;

use std::fmt;
use std::ops::Range;

use crate::attribute::{Attributor, Party};
use crate::detect::{Detector, Finding, Kind, TextContext};
use crate::error::{Error, ErrorKind, Result};
use crate::model::Limits;
use crate::policy::{ActionKind, Policy};
use crate::pseudonym::{Keyring, Scope};
use crate::review::{Hint, Reviewer};
use crate::transform::TextRedaction;

pub use self::builder::{AnonymiserBuilder, DEFAULT_MAX_TEXT_BYTES};

/// Which scope tokens are made in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ScopeMode {
    /// One scope for every report.
    Fixed(Scope),
    /// The receiving force's code, so that two forces cannot join their
    /// data on tokens. Texts without a report use the global scope.
    PerForce,
}

/// The report-shield anonymiser.
///
/// Build it once with [`Anonymiser::builder`], then call
/// [`anonymise`](Anonymiser::anonymise) for whole reports,
/// [`anonymise_text`](Anonymiser::anonymise_text) for a single text, and
/// [`review`](Anonymiser::review) for the reporter-facing check.
///
/// ```
/// use report_shield::{Anonymiser, Kind, Party, TextContext, dangerous};
///
/// let anonymiser = Anonymiser::builder()
///     .key(dangerous::insecure_test_key())
///     .build()?;
/// let mut ctx = TextContext::new();
/// ctx.add_known(Kind::Name, "Daniel Reeves", Party::Subject);
/// let out = anonymiser.anonymise_text(
///     "PC Daniel Reeves took £500. Call me on 07700 900123.",
///     &ctx,
/// )?;
/// assert!(out.text.contains("PC Daniel Reeves"));
/// assert!(out.text.contains("£500"));
/// assert!(!out.text.contains("900123"));
/// assert!(out.text.contains("[PHONE:test:"));
/// # Ok::<(), report_shield::Error>(())
/// ```
pub struct Anonymiser {
    detector: Detector,
    attributor: Attributor,
    reviewer: Reviewer,
    policy: Policy,
    keyring: Keyring,
    scope: ScopeMode,
    limits: Limits,
    max_text_bytes: usize,
}

impl fmt::Debug for Anonymiser {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Anonymiser")
            .field("policy", &self.policy.name())
            .field("key_id", &self.keyring.active_id())
            .field("scope", &self.scope)
            .field("max_text_bytes", &self.max_text_bytes)
            .finish_non_exhaustive()
    }
}

/// A text after anonymisation: the new text, what was changed in it and
/// the risk hints.
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct AnonymisedText {
    /// The anonymised text.
    pub text: String,
    /// One record per change, in text order, with its range in `text`.
    pub redactions: Vec<TextRedaction>,
    /// Risk hints, with ranges in `text`.
    pub hints: Vec<Hint>,
}

impl fmt::Debug for AnonymisedText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The text is anonymised, but it is still a report: keep it out
        // of logs that print Debug output by default.
        f.debug_struct("AnonymisedText")
            .field("text", &format_args!("<{} bytes>", self.text.len()))
            .field("redactions", &self.redactions)
            .field("hints", &self.hints)
            .finish()
    }
}

/// One change that anonymisation would make to a draft, with its range in
/// the draft. Used by [`Anonymiser::review`]; holds no value.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// What kind of detail.
    pub kind: Kind,
    /// Whose the anonymiser takes it to be.
    pub party: Party,
    /// What the policy would do with it.
    pub action: ActionKind,
    /// The stable id of the detector that found it.
    pub detector: &'static str,
    /// Byte range in the draft, on character boundaries.
    pub range: Range<usize>,
}

/// The reporter-facing check of a draft: what would be changed and which
/// phrases may identify the reporter. Ranges refer to the draft.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Review {
    /// Details that would be changed (kept details are not listed).
    pub changes: Vec<Change>,
    /// Phrases that may identify the reporter without being identifiers.
    pub hints: Vec<Hint>,
}

impl Anonymiser {
    /// A builder with the default policy ([`Policy::dissemination`]) and no
    /// key; [`AnonymiserBuilder::build`] fails until a key is set.
    #[must_use]
    pub fn builder() -> AnonymiserBuilder {
        AnonymiserBuilder::new()
    }

    /// The policy in force.
    #[must_use]
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// The id of the key that makes new tokens.
    #[must_use]
    pub fn key_id(&self) -> &str {
        self.keyring.active_id()
    }

    /// Whether the keyring holds the public, insecure test key
    /// ([`crate::dangerous::insecure_test_key`]). A production service
    /// should refuse to start when this is true.
    #[must_use]
    pub fn uses_insecure_test_key(&self) -> bool {
        self.keyring.has_insecure_test_key()
    }

    /// The limits applied to reports.
    #[must_use]
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Finds every identifying detail in `text`, without attributing or
    /// changing anything. Ranges are byte ranges in `text`.
    #[must_use]
    pub fn detect(&self, text: &str, ctx: &TextContext) -> Vec<Finding> {
        self.detector.detect(text, ctx)
    }

    /// Anonymises one text with its context: the caller's known values
    /// (the reporter's declared details to protect, the subject's to keep)
    /// and allowed values.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::LimitExceeded`] if the text is longer than the
    /// builder's `max_text_bytes`.
    pub fn anonymise_text(&self, text: &str, ctx: &TextContext) -> Result<AnonymisedText> {
        self.check_text_len(text)?;
        let prepared = self.prepare(ctx);
        let done = self.process(text, ctx, &prepared, "", &self.default_scope_tag());
        Ok(AnonymisedText {
            text: done.text,
            redactions: done.records,
            hints: done.hints,
        })
    }

    /// The reporter-facing check of a draft `text`: what would be changed
    /// and which phrases may identify the reporter, with ranges in `text`.
    ///
    /// ```
    /// use report_shield::{Anonymiser, HintCategory, Kind, TextContext, dangerous};
    ///
    /// let anonymiser = Anonymiser::builder().key(dangerous::insecure_test_key()).build()?;
    /// let review = anonymiser.review("My ex-partner PC 4471 texted me on 07700 900123.", &TextContext::new())?;
    /// assert!(review.changes.iter().any(|c| c.kind == Kind::Phone));
    /// assert!(review.hints.iter().any(|h| h.category == HintCategory::Relationship));
    /// # Ok::<(), report_shield::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`ErrorKind::LimitExceeded`] if the text is longer than the
    /// builder's `max_text_bytes`.
    pub fn review(&self, text: &str, ctx: &TextContext) -> Result<Review> {
        self.check_text_len(text)?;
        let prepared = self.prepare(ctx);
        let (findings, parties) = self.find_and_attribute(text, ctx, &prepared);
        let changes = findings
            .iter()
            .zip(parties)
            .filter_map(|(f, party)| {
                let action = self.policy.action(f.kind, party).kind();
                (action != ActionKind::Keep).then(|| Change {
                    kind: f.kind,
                    party,
                    action,
                    detector: f.detector,
                    range: f.range.clone(),
                })
            })
            .collect();
        Ok(Review {
            changes,
            hints: self.reviewer.review(text, ""),
        })
    }

    fn check_text_len(&self, text: &str) -> Result<()> {
        if text.len() > self.max_text_bytes {
            return Err(Error::new(
                ErrorKind::LimitExceeded,
                format!(
                    "text is {} bytes, more than the limit of {} bytes",
                    text.len(),
                    self.max_text_bytes
                ),
            ));
        }
        Ok(())
    }

    fn default_scope_tag(&self) -> String {
        match &self.scope {
            ScopeMode::Fixed(scope) => scope.tag(),
            ScopeMode::PerForce => Scope::Global.tag(),
        }
    }
}

#[cfg(test)]
mod tests;
