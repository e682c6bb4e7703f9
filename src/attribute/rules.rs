//! The attribution rules: one [`Party`] per finding.
//!
//! The rules are tried in order; the first that decides wins.
//!
//! 1. **Caller's word.** A finding from a caller-supplied known value
//!    (detector id starting `known.`) with a party hint gets exactly that
//!    party. A [`Party::Reporter`] hint from any other detector (the
//!    self-introduction `name.self_intro` and sign-off `name.sign_off`
//!    detectors) gives [`Party::Reporter`]. Other detectors' hints are
//!    ignored: the rules below decide.
//! 2. **Known values.** The finding's text is compared with the context's
//!    known values (see the `known` module for the comparison forms).
//!    Reporter only → Reporter; subject only → Subject. When both match
//!    (a shared surname, a shared landline): contact details and official
//!    numbers → Reporter; a name → Subject if it contains a part of the
//!    subject's name that the reporter's name lacks, or if a rank or
//!    third-person cue supports it (rules 3–4); otherwise Reporter. A match
//!    with a known value of unknown ownership → Unknown; of a third party →
//!    ThirdParty.
//! 3. **Clock times** → Unknown (the policy keeps them as facts).
//! 4. **Names.** A rank directly before ("PC Reeves", "PC 4471 Daniel
//!    Reeves", "Sgt. Reeves"), at the start of the finding, or a rank and
//!    number directly after ("Reeves (PC 4471)"), or "the officer" /
//!    "officer called" directly before → Subject. A self-introduction or
//!    sign-off directly before ("I, Jo Bloggs,", "my name is", "I'm",
//!    "regards,") → Reporter, unless the name is followed by a possessive
//!    ("I'm Daniel's wife"). Any other name → ThirdParty (victims,
//!    witnesses; the policy keeps their names).
//! 5. **Collar numbers.** A first-person cue (rule 6), or "I'm" / "I am"
//!    directly before the rank and number ("I'm PC 1234 myself") →
//!    Reporter; otherwise Subject (collar numbers are almost always the
//!    officer's).
//! 6. **Context cues** for every other kind. The nearest cue wins: the last
//!    cue that ends at most 48 bytes before the finding with no sentence
//!    end or clause break ("but", "whereas", "and he", "and his") between
//!    them, or a cue just after the finding ("… is mine", "… (his)"),
//!    whichever is closer (before wins a tie).
//!    - first person ("my number is", "text me on", "call me on", "email
//!      me at", "me at", "I live at", "my address", "our flat", "my car",
//!      "I drive", "my NI number", "my DOB", "I was born", "I'm on", "my
//!      insta", "find me on", "I'm 34" directly) → Reporter;
//!    - third person ("his number", "her mobile", "his is", "the
//!      officer's car", "PC Reeves's phone", "he texted me from", "he
//!      drives", "she lives at", "he'd ring from"; for an age, "he's" or
//!      "she is" directly before) → Subject. A contact verb counts only
//!      with "from", "using" or "via": "he called 07700 …" names the
//!      number he called, which may be the reporter's. A bare "he" or
//!      "she" with a verb of use ("she can be reached on", "he lives at")
//!      is not enough for phones, emails, IP addresses, addresses and postcodes ("she"
//!      is often the caller in a transcript, or a third party): they stay
//!      Unknown unless the officer is named ("the officer lives at", "PC
//!      Reeves can be reached on"). "He" and "his" are
//!      taken to mean the officer: reports are about the officer, and a
//!      detail wrongly kept as the officer's is less likely than one
//!      wrongly kept as someone else's only because that someone is then
//!      named (next point);
//!    - someone else's detail ("my sister's number", "his wife's phone",
//!      "the witness's mobile", "my son is") → ThirdParty.
//!
//!    Third-person cues are deliberately narrow and first-person cues
//!    broad: a detail wrongly given to the reporter is only protected, one
//!    wrongly given to the subject is kept.
//! 7. **Otherwise** → Unknown, which the policy protects as if it were the
//!    reporter's: when you cannot tell whose a detail is, protect it.

use crate::attribute::Party;
use crate::attribute::cues::{Cue, CueClass, Cues};
use crate::attribute::known::KnownIndex;
use crate::detect::{Finding, Kind, TextContext};
use crate::error::Result;

/// How far before a finding (in bytes) a context cue still applies.
const WINDOW: usize = 48;
/// How far after a finding (in bytes) a trailing cue is looked for.
const AFTER: usize = 24;
/// How far before a finding a rank is looked for.
const RANK_WINDOW: usize = 40;
/// The widest gap (bytes) between a self-introduction and a name.
const ADJACENT: usize = 3;

/// Decides whose each finding is. Compiled once; `Send + Sync`.
#[derive(Debug)]
pub(crate) struct Attributor {
    cues: Cues,
}

/// The nearest context cue around a finding, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Nearest {
    None,
    FirstPerson,
    ThirdPerson,
    ThirdParty,
}

impl Attributor {
    /// Compiles the cue patterns.
    pub(crate) fn new() -> Result<Self> {
        Ok(Self { cues: Cues::new()? })
    }

    /// One [`Party`] per finding, in the same order. `text` is the original
    /// text the findings' ranges refer to; a range that does not fit the
    /// text gives [`Party::Unknown`] (protected).
    pub(crate) fn attribute(
        &self,
        text: &str,
        findings: &[Finding],
        ctx: &TextContext,
    ) -> Vec<Party> {
        let known = KnownIndex::new(&self.cues, ctx);
        let cues = if findings.is_empty() {
            Vec::new()
        } else {
            self.cues.scan(text)
        };
        findings
            .iter()
            .map(|f| self.one(text, f, &cues, &known))
            .collect()
    }

    fn one(&self, text: &str, f: &Finding, cues: &[Cue], known: &KnownIndex) -> Party {
        // Rule 1.
        if let Some(hint) = f.party_hint
            && (f.detector.starts_with("known.") || hint == Party::Reporter)
        {
            return hint;
        }
        let Some(own) = text.get(f.range.clone()) else {
            return Party::Unknown;
        };
        let start = f.range.start;
        let end = f.range.end;
        // Rule 2.
        if !known.is_empty() {
            let m = known.matches(&self.cues, f.kind, own);
            if m.reporter && m.subject {
                if f.kind == Kind::Name
                    && (m.subject_distinctive
                        || self.rank_near(text, own, start, end)
                        || self.officer_adjacent(text, cues, start)
                        || self.nearest(text, cues, f.kind, start, end) == Nearest::ThirdPerson)
                {
                    return Party::Subject;
                }
                return Party::Reporter;
            }
            if m.reporter {
                return Party::Reporter;
            }
            if m.subject {
                return Party::Subject;
            }
            if m.unknown {
                return Party::Unknown;
            }
            if m.third_party {
                return Party::ThirdParty;
            }
        }
        match f.kind {
            // Rule 3.
            Kind::Time => Party::Unknown,
            // Rule 4.
            Kind::Name => {
                if self.rank_near(text, own, start, end) || self.officer_adjacent(text, cues, start)
                {
                    Party::Subject
                } else if self.self_intro_adjacent(text, cues, start, false)
                    && !possessive_after(text, end)
                {
                    Party::Reporter
                } else {
                    Party::ThirdParty
                }
            }
            // Rule 5.
            Kind::CollarNumber => {
                if self.self_intro_adjacent(text, cues, start, true)
                    || self.nearest(text, cues, f.kind, start, end) == Nearest::FirstPerson
                {
                    Party::Reporter
                } else {
                    Party::Subject
                }
            }
            Kind::Age if self.cues.age_his(slice_before(text, start, RANK_WINDOW)) => {
                Party::Subject
            }
            // Rules 6 and 7.
            _ => {
                if self.self_intro_adjacent(text, cues, start, false) {
                    return Party::Reporter;
                }
                match self.nearest(text, cues, f.kind, start, end) {
                    Nearest::FirstPerson => Party::Reporter,
                    Nearest::ThirdPerson => Party::Subject,
                    Nearest::ThirdParty => Party::ThirdParty,
                    Nearest::None => Party::Unknown,
                }
            }
        }
    }

    /// A rank before, at the start of, or (with a number) after the finding.
    fn rank_near(&self, text: &str, own: &str, start: usize, end: usize) -> bool {
        self.cues.rank_lead(own)
            || self
                .cues
                .rank_before(slice_before(text, start, RANK_WINDOW))
            || self.cues.rank_after(slice_after(text, end, AFTER))
    }

    /// The last cue ending at or before `start`, its index.
    fn last_before(cues: &[Cue], start: usize) -> Option<usize> {
        let n = cues.partition_point(|c| c.range.end <= start);
        n.checked_sub(1)
    }

    /// "the officer" (or "officer called") directly before a name.
    fn officer_adjacent(&self, text: &str, cues: &[Cue], start: usize) -> bool {
        Self::last_before(cues, start)
            .and_then(|i| cues.get(i))
            .is_some_and(|c| c.class == CueClass::Officer && small_gap(text, c.range.end, start))
    }

    /// A self-introduction directly before the finding (for collar numbers,
    /// a rank may stand between: "I'm PC 1234").
    fn self_intro_adjacent(&self, text: &str, cues: &[Cue], start: usize, collar: bool) -> bool {
        let Some(c) = Self::last_before(cues, start).and_then(|i| cues.get(i)) else {
            return false;
        };
        if c.class != CueClass::SelfIntro {
            return false;
        }
        if collar {
            text.get(c.range.end..start)
                .is_some_and(|gap| gap.len() <= RANK_WINDOW && self.cues.rank_gap(gap))
        } else {
            small_gap(text, c.range.end, start)
        }
    }

    /// The nearest first-person, third-person or third-party cue.
    fn nearest(&self, text: &str, cues: &[Cue], kind: Kind, start: usize, end: usize) -> Nearest {
        let mut before: Option<(usize, Nearest)> = None;
        if let Some(last) = Self::last_before(cues, start) {
            for c in cues.get(..=last).unwrap_or(&[]).iter().rev() {
                let distance = start.saturating_sub(c.range.end);
                if distance > WINDOW {
                    break;
                }
                let class = match c.class {
                    CueClass::Break => break,
                    CueClass::FirstPerson => Nearest::FirstPerson,
                    CueClass::ThirdPerson => Nearest::ThirdPerson,
                    CueClass::ThirdParty => Nearest::ThirdParty,
                    CueClass::SelfIntro if small_gap(text, c.range.end, start) => {
                        Nearest::FirstPerson
                    }
                    CueClass::PayTo if is_bank(kind) => Nearest::ThirdPerson,
                    // A pronoun alone never makes a contact detail the
                    // officer's: it stays Unknown (protected).
                    CueClass::PronounUse if is_reachable(kind) => Nearest::None,
                    CueClass::PronounUse => Nearest::ThirdPerson,
                    CueClass::ContactFrom
                        if matches!(kind, Kind::Handle | Kind::Phone | Kind::Email | Kind::Url) =>
                    {
                        Nearest::ThirdPerson
                    }
                    CueClass::SelfIntro
                    | CueClass::Officer
                    | CueClass::PayTo
                    | CueClass::ContactFrom => continue,
                };
                before = Some((distance, class));
                break;
            }
        }
        let after_text = slice_after(text, end, AFTER);
        let mine = self.cues.mine_after(after_text);
        let his = self.cues.his_after(after_text);
        let after = match (mine, his) {
            (Some(a), Some(b)) if b < a => Some((b, Nearest::ThirdPerson)),
            (Some(a), _) => Some((a, Nearest::FirstPerson)),
            (None, Some(b)) => Some((b, Nearest::ThirdPerson)),
            (None, None) => None,
        };
        match (before, after) {
            (Some((db, b)), Some((da, a))) => {
                if da < db {
                    a
                } else {
                    b
                }
            }
            (Some((_, b)), None) => b,
            (None, Some((_, a))) => a,
            (None, None) => Nearest::None,
        }
    }
}

/// Up to `max` bytes of `text` before `at`, starting on a char boundary.
fn slice_before(text: &str, at: usize, max: usize) -> &str {
    let mut from = at.saturating_sub(max);
    while from < at && !text.is_char_boundary(from) {
        from += 1;
    }
    text.get(from..at).unwrap_or("")
}

/// Up to `max` bytes of `text` after `at`, ending on a char boundary.
fn slice_after(text: &str, at: usize, max: usize) -> &str {
    let mut to = at.saturating_add(max).min(text.len());
    while to > at && !text.is_char_boundary(to) {
        to -= 1;
    }
    text.get(at..to).unwrap_or("")
}

/// Whether only a few spaces, commas or colons lie between two offsets.
fn small_gap(text: &str, from: usize, to: usize) -> bool {
    text.get(from..to).is_some_and(|gap| {
        gap.len() <= ADJACENT
            && gap
                .chars()
                .all(|c| c.is_whitespace() || c == ',' || c == ':' || c == '@')
    })
}

/// Details that reach a person: a bare pronoun does not make them the
/// officer's. Handles and profile links are left out: "he goes by x", "she
/// is on insta as x" name the account the report is about.
fn is_reachable(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Phone | Kind::Email | Kind::IpAddress | Kind::Address | Kind::Postcode
    )
}

/// Bank details, the only kinds a "paid into" cue governs.
fn is_bank(kind: Kind) -> bool {
    matches!(kind, Kind::Iban | Kind::SortCode | Kind::AccountNumber)
}

/// Whether a possessive `'s` follows directly ("Daniel's wife").
fn possessive_after(text: &str, end: usize) -> bool {
    let after = slice_after(text, end, 4);
    after.starts_with("'s") || after.starts_with("’s") || after.starts_with('\'')
}
