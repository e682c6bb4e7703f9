//! A whole report: every free-text field with the report's context, the
//! contact block replaced by its token, attachments by theirs, routing and
//! the audit.

use super::{Anonymiser, ScopeMode};
use crate::attribute::Party;
use crate::audit;
use crate::detect::{Kind, KnownValue, TextContext};
use crate::error::Result;
use crate::model::{
    Contact, Disseminated, DisseminatedAttachment, DisseminatedReporter, Report, ReporterMode,
    RoutedForce, SchemaVersion,
};
use crate::pseudonym::{Scope, TokenKind, canonical};
use crate::taxonomy::route;

impl Anonymiser {
    /// Anonymises a whole intake report into the report that goes to the
    /// force.
    ///
    /// Every free-text field (the narrative, the incident location, each
    /// subject's description) is processed with the report's context: the
    /// reporter's declared contact details become known values to protect
    /// in any formatting, and the subject's name, collar number and handles
    /// become known values to keep; the subject's station is allowed. The
    /// narrative goes first: a name it gives as the reporter's (a
    /// self-introduction or a sign-off) is then protected in the other
    /// fields as well, as a reporter's known name. The
    /// contact block never reaches the output: a confidential report carries
    /// its contact token instead. Attachment file names become tokens.
    /// `redactions` lists what was changed by kind, party and action, never
    /// a value; `review` lists the risk hints with ranges in the output.
    ///
    /// # Errors
    ///
    /// Any validation error of [`Report::validate`] under the anonymiser's
    /// [`Limits`](crate::Limits): a report that breaks the contract or a
    /// size limit is rejected whole, never truncated.
    pub fn anonymise(&self, report: &Report) -> Result<Disseminated> {
        report.validate(&self.limits)?;
        let routing = route(report);
        let scope_tag = match &self.scope {
            ScopeMode::Fixed(scope) => scope.tag(),
            ScopeMode::PerForce => {
                Scope::Force(routing.force.map_or("unresolved", |f| f.code).to_owned()).tag()
            }
        };
        let mut ctx = TextContext::for_report(report);
        // One known-value automaton and index for every field of the report.
        let mut prepared = self.prepare(&ctx);
        let mut events = Vec::new();
        let mut review = Vec::new();

        // The narrative first: a reporter who introduces or signs off with
        // their name there ("I'm Jo Bloggs", "Thanks, Jo") is protected in
        // the other fields too, where no cue says whose the name is.
        let done = self.process(&report.narrative, &ctx, &prepared, "narrative", &scope_tag);
        events.extend(done.events());
        review.extend(done.hints.iter().cloned());
        let names = carry_reporter_names(&mut ctx, &done.reporter_names);
        if carry_reporter_addresses(&mut ctx, &done.reporter_addresses) || names {
            prepared = self.prepare(&ctx);
        }
        let narrative = done.text;

        let mut run = |text: &str, field: &str| {
            let done = self.process(text, &ctx, &prepared, field, &scope_tag);
            events.extend(done.events());
            review.extend(done.hints.iter().cloned());
            done.text
        };
        let incident = report.incident.clone().map(|mut incident| {
            incident.location = incident
                .location
                .as_deref()
                .map(|loc| run(loc, "incident.location"));
            incident
        });
        let subjects = report
            .subjects
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let mut s = s.clone();
                s.description = s
                    .description
                    .as_deref()
                    .map(|d| run(d, &format!("subjects[{i}].description")));
                s
            })
            .collect();

        let token = |kind: TokenKind, value: &str| self.keyring.token_in(kind, value, &scope_tag);
        let reference = match &report.id {
            Some(id) => token(TokenKind::Reference, id),
            // No id: derive the reference from the report itself, so the
            // same report always gets the same reference.
            None => token(TokenKind::Reference, &report.to_json()?),
        };
        let contact_token = match (report.reporter.mode, &report.reporter.contact) {
            (ReporterMode::Confidential, Some(contact)) => {
                Some(token(TokenKind::Contact, &contact_canonical(contact)))
            }
            _ => None,
        };
        let attachments = report
            .attachments
            .iter()
            .map(|a| {
                DisseminatedAttachment::new(
                    a.file_name
                        .as_deref()
                        .map(|name| token(TokenKind::FileName, name)),
                    a.media_type.clone(),
                    a.size_bytes,
                )
            })
            .collect();

        Ok(Disseminated {
            schema_version: SchemaVersion,
            reference,
            force: routing.force.map(RoutedForce::new),
            unit: routing.unit,
            categories: report.categories.clone(),
            discrimination: report.discrimination.clone(),
            priority: routing.priority,
            iopc_referral: routing.iopc_referral,
            subjects,
            incident,
            narrative,
            how_known: report.how_known.unwrap_or_default(),
            reporter: DisseminatedReporter::new(report.reporter.mode, contact_token),
            attachments,
            redactions: audit::summarise(events),
            review,
            key_id: self.keyring.active_id().to_owned(),
            policy: self.policy.name().to_owned(),
            crate_version: env!("CARGO_PKG_VERSION").to_owned(),
        })
    }
}

impl TextContext {
    /// The context every free-text field of `report` is processed with by
    /// [`Anonymiser::anonymise`]: the reporter's declared contact details
    /// as known values to protect, the subject's name, collar number and
    /// handles as known values to keep, and the subject's station allowed.
    ///
    /// ```
    /// use report_shield::{Report, TextContext};
    ///
    /// let report = Report::from_json(r#"{"schema_version": 1, "categories": ["bribery"],
    ///   "subjects": [{"name": "Daniel Reeves", "collar_number": "4471"}],
    ///   "narrative": "He took money.",
    ///   "reporter": {"mode": "confidential", "contact": {"phone": "07700 900123"}}}"#)?;
    /// let ctx = TextContext::for_report(&report);
    /// assert_eq!(ctx.known().len(), 3);
    /// # Ok::<(), report_shield::Error>(())
    /// ```
    #[must_use]
    pub fn for_report(report: &Report) -> TextContext {
        let mut ctx = TextContext::new();
        if let Some(contact) = &report.reporter.contact {
            let fields = [
                (Kind::Name, &contact.name),
                (Kind::Phone, &contact.phone),
                (Kind::Email, &contact.email),
                (Kind::Address, &contact.address),
                (Kind::Postcode, &contact.postcode),
            ];
            for (kind, value) in fields {
                if let Some(v) = value.as_deref().filter(|v| !v.trim().is_empty()) {
                    ctx.add_known(kind, v, Party::Reporter);
                }
            }
        }
        for subject in &report.subjects {
            if let Some(name) = subject.name.as_deref() {
                ctx.add_known(Kind::Name, name, Party::Subject);
            }
            if let Some(collar) = subject.collar_number.as_deref() {
                ctx.add_known(Kind::CollarNumber, collar, Party::Subject);
            }
            for handle in &subject.online_handles {
                ctx.add_known(Kind::Handle, handle.as_str(), Party::Subject);
            }
            if let Some(station) = subject.station.as_deref() {
                ctx.allow(station);
            }
        }
        ctx
    }
}

/// Adds the reporter's names found in the narrative (`names`, original
/// texts) to `ctx` as the reporter's known names, so that the report's
/// other fields protect them. A name already known, or one whose words are
/// all words of a subject's declared name, is not added. Returns whether
/// anything was added.
pub(super) fn carry_reporter_names(ctx: &mut TextContext, names: &[String]) -> bool {
    carry_reporter_values(ctx, Kind::Name, names, |k, folded| {
        // A name of the reporter that is the officer's declared name (or
        // part of it) is a misreading: the officer's name stays evidence.
        k.kind == Kind::Name
            && (fold(&k.value) == folded
                || (k.party == Party::Subject && words_within(folded, &fold(&k.value))))
    })
}

/// Adds the reporter's addresses found in the narrative to `ctx` as the
/// reporter's known addresses, so that the report's other fields protect
/// them in any formatting, the street alone included ("Moor End Lane,
/// Halifax" as the incident location). An address already known (to
/// anyone) is not added. Returns whether anything was added.
pub(super) fn carry_reporter_addresses(ctx: &mut TextContext, addresses: &[String]) -> bool {
    carry_reporter_values(ctx, Kind::Address, addresses, |k, folded| {
        k.kind == Kind::Address && fold(&k.value) == folded
    })
}

/// Adds each of `values` (original texts, trimmed; empty ones skipped) to
/// `ctx` as a known `kind` of the reporter's, unless `clashes` says a value
/// already known (given the new value folded) rules it out. Returns whether
/// anything was added.
fn carry_reporter_values(
    ctx: &mut TextContext,
    kind: Kind,
    values: &[String],
    clashes: impl Fn(&KnownValue, &str) -> bool,
) -> bool {
    let mut added = false;
    for value in values {
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        let folded = fold(value);
        if !ctx.known().iter().any(|k| clashes(k, &folded)) {
            ctx.add_known(kind, value, Party::Reporter);
            added = true;
        }
    }
    added
}

/// Lower case with runs of white space collapsed to one space.
fn fold(s: &str) -> String {
    s.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether every word of the folded name `part` (initials and punctuation
/// aside) is a word of the folded name `whole`: "reeves" or "d. reeves"
/// within "daniel reeves".
fn words_within(part: &str, whole: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | '\''))
            .filter(|w| w.chars().count() >= 2)
            .map(str::to_owned)
            .collect()
    };
    let whole = words(whole);
    let part = words(part);
    !part.is_empty() && part.iter().all(|w| whole.contains(w))
}

/// The canonical form of a contact block: each present field in canonical
/// form, tagged, in a fixed order, so that the same contact details always
/// give the same token however they were written. `best_time` is not part
/// of who the reporter is and is left out.
fn contact_canonical(contact: &Contact) -> String {
    let fields = [
        ("name", Kind::Name, &contact.name),
        ("phone", Kind::Phone, &contact.phone),
        ("email", Kind::Email, &contact.email),
        ("address", Kind::Address, &contact.address),
        ("postcode", Kind::Postcode, &contact.postcode),
    ];
    let mut out = String::new();
    for (tag, kind, value) in fields {
        if let Some(v) = value.as_deref().filter(|v| !v.trim().is_empty()) {
            out.push_str(tag);
            out.push('=');
            out.push_str(&canonical(kind, v));
            out.push('\n');
        }
    }
    out
}
