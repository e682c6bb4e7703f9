//! One text through the pipeline: detect → attribute → policy →
//! transform, with the risk hints mapped onto the output.

use super::Anonymiser;
use crate::attribute::{KnownIndex, Party};
use crate::detect::known::KnownMatcher;
use crate::detect::{Finding, Kind, TextContext};
use crate::policy::ActionKind;
use crate::pseudonym::TokenKind;
use crate::review::Hint;
use crate::transform::{self, Planned, TextRedaction};

/// A text after the pipeline.
pub(super) struct Processed {
    pub(super) text: String,
    pub(super) records: Vec<TextRedaction>,
    pub(super) hints: Vec<Hint>,
    /// The original texts of the names attributed to the reporter (a
    /// self-introduction or a sign-off), to protect in the report's other
    /// fields. Never printed.
    pub(super) reporter_names: Vec<String>,
    /// The original texts of the addresses attributed to the reporter
    /// ("our house is Brookfield, 3 Moor End Lane") or to no one, to
    /// protect in the report's other fields (an incident location at the
    /// reporter's home). Never printed.
    pub(super) reporter_addresses: Vec<String>,
}

/// A context's known values, indexed once for every text processed with
/// it (see [`Anonymiser::prepare`]).
pub(super) struct Prepared {
    /// The automaton over the known and allowed values (detection).
    matcher: Option<KnownMatcher>,
    /// The known values by canonical value and word (attribution).
    known: KnownIndex,
}

impl Processed {
    /// The audit events of the changes (kept details are not changes).
    pub(super) fn events(&self) -> impl Iterator<Item = (Kind, Party, ActionKind)> + '_ {
        self.records.iter().map(|r| (r.kind, r.party, r.action))
    }
}

impl Anonymiser {
    /// What `ctx`'s known values need, built once: the known-value
    /// automaton for detection and the index for attribution. Pass it to
    /// every text processed with that context.
    pub(super) fn prepare(&self, ctx: &TextContext) -> Prepared {
        Prepared {
            matcher: self.detector.known_matcher(ctx),
            known: self.attributor.known_index(ctx),
        }
    }

    /// Detects and attributes: one party per finding, same order.
    /// `prepared` is [`Anonymiser::prepare`] of `ctx`.
    pub(super) fn find_and_attribute(
        &self,
        text: &str,
        ctx: &TextContext,
        prepared: &Prepared,
    ) -> (Vec<Finding>, Vec<Party>) {
        let findings = self
            .detector
            .detect_with(text, ctx, prepared.matcher.as_ref());
        let parties = self
            .attributor
            .attribute_with(text, &findings, &prepared.known);
        (findings, parties)
    }

    /// Runs `text` (the field `field` of a report, or `""`) through the
    /// whole pipeline, making tokens in the scope `scope_tag`. `prepared`
    /// is [`Anonymiser::prepare`] of `ctx`.
    pub(super) fn process(
        &self,
        text: &str,
        ctx: &TextContext,
        prepared: &Prepared,
        field: &str,
        scope_tag: &str,
    ) -> Processed {
        let (findings, mut parties) = self.find_and_attribute(text, ctx, prepared);
        if is_subject_description(field) {
            // A subject's description is about the officer: a vehicle, a
            // handle, an age or a collar number there with no cue either
            // way ("white Golf, reg AB12 CDE", "insta @x", "52") is the
            // officer's.
            // Contact details stay protected: "has my number saved" is
            // the reporter's, and rule 1 says protect what cannot be told.
            for (p, f) in parties.iter_mut().zip(&findings) {
                if *p == Party::Unknown && describes_the_officer(f.kind) {
                    *p = Party::Subject;
                }
            }
        }
        let reporter_values = |kind: Kind, unknown_too: bool| -> Vec<String> {
            findings
                .iter()
                .zip(&parties)
                .filter(|(f, p)| {
                    f.kind == kind
                        && (**p == Party::Reporter || (unknown_too && **p == Party::Unknown))
                })
                .filter_map(|(f, _)| text.get(f.range.clone()))
                .map(str::to_owned)
                .collect()
        };
        let reporter_names = reporter_values(Kind::Name, false);
        // An address no cue gives to anyone is protected here (rule 1), so
        // it is protected in the other fields too: "3 Front Street" in the
        // narrative and "Front Street" as the incident location.
        let reporter_addresses = reporter_values(Kind::Address, true);
        let planned: Vec<Planned> = findings
            .iter()
            .zip(parties)
            .map(|(f, party)| Planned {
                range: f.range.clone(),
                kind: f.kind,
                party,
                action: self.policy.action(f.kind, party),
                detector: f.detector,
            })
            .collect();
        let mut token = |kind: Kind, value: &str| {
            self.keyring
                .token_in(TokenKind::Identifier(kind), value, scope_tag)
        };
        let transformed = transform::apply(text, &planned, &mut token);
        let hints = self
            .reviewer
            .review(text, field)
            .into_iter()
            .map(|mut h| {
                h.range = transformed.map_range(h.range.clone());
                h
            })
            .collect();
        Processed {
            text: transformed.text,
            records: transformed.records,
            hints,
            reporter_names,
            reporter_addresses,
        }
    }
}

/// Kinds that, in a subject's description and without any cue, describe
/// the officer rather than point at the reporter.
fn describes_the_officer(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::VehicleReg
            | Kind::Handle
            | Kind::Url
            | Kind::Age
            | Kind::CollarNumber
            | Kind::Name
            | Kind::Time
    )
}

/// Whether a field path is a subject's description (`subjects[i].description`).
fn is_subject_description(field: &str) -> bool {
    field.starts_with("subjects[") && field.ends_with("].description")
}
