//! The check shown while the reporter writes: what would be changed and
//! the risk hints, in plain words. Used by the JSON endpoint (live preview)
//! and by the server-rendered Preview button alike, so both say the same.

use report_shield::{ActionKind, Anonymiser, HintCategory, Kind, Party, Severity};
use serde::{Deserialize, Serialize};

use super::form::FormInput;

/// The check of one draft narrative.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Preview {
    /// Details that would be changed.
    pub(crate) changes: Vec<PreviewChange>,
    /// Phrases that may identify the reporter.
    pub(crate) hints: Vec<PreviewHint>,
    /// The narrative as the force would read it.
    pub(crate) result: String,
    /// A one-line summary for screen readers.
    pub(crate) summary: String,
}

/// One detail that would be changed.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PreviewChange {
    /// The words in the draft.
    pub(crate) excerpt: String,
    /// What it is, whose it seems to be, and what would happen to it.
    pub(crate) explanation: String,
}

/// One risky phrase.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PreviewHint {
    /// The words in the draft.
    pub(crate) excerpt: String,
    /// "'my ex-partner' may tell the officer who you are."
    pub(crate) headline: String,
    /// The crate's advice, in plain words.
    pub(crate) message: String,
    /// `low`, `medium` or `high`.
    pub(crate) severity: &'static str,
}

/// What the live preview sends: the narrative and the fields that tell
/// whose a detail is (the officer's to keep, the reporter's to protect).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct PreviewRequest {
    narrative: String,
    subject_name: String,
    subject_collar: String,
    subject_station: String,
    reporter_mode: String,
    contact_name: String,
    contact_phone: String,
    contact_email: String,
    contact_address: String,
    contact_postcode: String,
}

impl PreviewRequest {
    /// The same request as a form, so both paths build one context.
    pub(crate) fn into_form(self) -> FormInput {
        let mut f = FormInput::default();
        f.set("narrative", self.narrative);
        f.set("subject_name", self.subject_name);
        f.set("subject_collar", self.subject_collar);
        f.set("subject_station", self.subject_station);
        f.set("reporter_mode", self.reporter_mode);
        f.set("contact_name", self.contact_name);
        f.set("contact_phone", self.contact_phone);
        f.set("contact_email", self.contact_email);
        f.set("contact_address", self.contact_address);
        f.set("contact_postcode", self.contact_postcode);
        f
    }
}

/// Checks the draft narrative of `input`.
///
/// # Errors
///
/// The crate's error when the narrative is over the size limit.
pub(crate) fn preview(
    anonymiser: &Anonymiser,
    input: &FormInput,
) -> Result<Preview, report_shield::Error> {
    let text = input.get("narrative");
    let ctx = input.text_context();
    let review = anonymiser.review(text, &ctx)?;
    let result = anonymiser.anonymise_text(text, &ctx)?.text;
    let excerpt = |r: &std::ops::Range<usize>| text.get(r.clone()).unwrap_or("").to_owned();
    let changes: Vec<PreviewChange> = review
        .changes
        .iter()
        .map(|c| PreviewChange {
            excerpt: excerpt(&c.range),
            explanation: format!(
                "{}{}: {}.",
                capitalise(c.kind.plain_words()),
                party_words(c.party),
                action_words(c.action, c.kind, "would be")
            ),
        })
        .collect();
    let hints: Vec<PreviewHint> = review
        .hints
        .iter()
        .map(|h| {
            let words = excerpt(&h.range);
            PreviewHint {
                headline: format!("\u{2018}{words}\u{2019} {}", hint_lead(h.category)),
                excerpt: words,
                message: h.message.clone(),
                severity: severity_code(h.severity),
            }
        })
        .collect();
    let summary = format!(
        "{} that would be changed, {} to think about.",
        plural(changes.len(), "detail", "details"),
        plural(hints.len(), "phrase", "phrases"),
    );
    Ok(Preview {
        changes,
        hints,
        result,
        summary,
    })
}

fn plural(n: usize, one: &str, many: &str) -> String {
    match n {
        0 => format!("No {many}"),
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}

pub(crate) fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Whose a detail seems to be, as a phrase that follows the kind.
pub(crate) fn party_words(party: Party) -> &'static str {
    match party {
        Party::Reporter => " that looks like yours",
        Party::Subject => " of the officer",
        Party::ThirdParty => " of someone else",
        _ => " (we cannot tell whose it is, so it is protected)",
    }
}

/// What the policy does, as a verb phrase: `verb` is "would be" for the
/// preview, "was" once sent.
pub(crate) fn action_words(action: ActionKind, kind: Kind, verb: &str) -> String {
    match action {
        ActionKind::Keep => format!("it {verb} kept"),
        ActionKind::Remove => format!("it {verb} removed"),
        ActionKind::Label => format!("it {verb} replaced by [{}]", kind.label()),
        ActionKind::Mask => format!("it {verb} partly hidden"),
        ActionKind::Pseudonymise => {
            format!("it {verb} replaced by a code that the force cannot turn back into it")
        }
        ActionKind::Generalise => format!("it {verb} made less precise"),
        _ => format!("it {verb} changed"),
    }
}

/// The headline that follows the quoted phrase of a hint.
fn hint_lead(category: HintCategory) -> &'static str {
    match category {
        HintCategory::Proximity => "may show the officer where you live or where you were.",
        HintCategory::Workplace => "may narrow down who you are at work.",
        HintCategory::UniqueEvent => "may show who was there at that moment.",
        _ => "may tell the officer who you are.",
    }
}

/// The stable name of a severity.
pub(crate) fn severity_code(severity: Severity) -> &'static str {
    match severity {
        Severity::High => "high",
        Severity::Medium => "medium",
        _ => "low",
    }
}
