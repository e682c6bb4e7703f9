//! Applying actions to a text.
//!
//! [`apply`] takes the original text and the planned findings (each with
//! its kind, party, action and byte range) and writes the output text in a
//! single pass, with one [`TextRedaction`] per change. What each action
//! writes:
//!
//! | Action | Output |
//! |---|---|
//! | keep | the text as written (no record; counted in `kept`) |
//! | remove | nothing; see below for the spaces around it |
//! | label | `[PHONE]`, `[EMAIL]` … ([`Kind::label`]) |
//! | mask | `*` for every grapheme except the last `keep` (never more than half of them, so a short value is never left whole) |
//! | pseudonymise | the token the caller's function returns |
//! | generalise | postcode → outward code; address → outward code of its postcode; date of birth → year; age → ten-year band, words kept; time → part of the day; otherwise, or when no coarser form can be found, the label (recorded as `label`) |
//!
//! **Remove and spacing.** Removing a span never merges two words and
//! never leaves a doubled space: if the span sits between two spaces (or
//! at the start of the text before a space) one space after it goes too;
//! if it sits between a space and the end of the text or sentence
//! punctuation (`. , ; : ! ?`) the space before it goes; if it sits
//! between two letters or digits it is replaced by one space. Line breaks
//! are never removed.

mod generalise;

use std::fmt;
use std::ops::Range;

use schemars::JsonSchema;
use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

use crate::attribute::Party;
use crate::detect::Kind;
use crate::policy::{Action, ActionKind};

/// One change made to a text: what kind of detail, whose, what was done,
/// which detector found it, and where the replacement is in the output.
///
/// It never holds the original value, so its `Debug` output is safe to
/// log. `output_range` is a byte range in the output text, on `char`
/// boundaries (empty when a detail was removed).
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
pub struct TextRedaction {
    /// What kind of detail.
    pub kind: Kind,
    /// Whose it was.
    pub party: Party,
    /// What was done to it.
    pub action: ActionKind,
    /// The stable id of the detector that found it.
    pub detector: &'static str,
    /// Where the replacement is in the output text (bytes).
    pub output_range: Range<usize>,
}

/// One finding with its decided action, ready to apply.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Planned {
    /// Byte range in the original text, on char boundaries.
    pub(crate) range: Range<usize>,
    pub(crate) kind: Kind,
    pub(crate) party: Party,
    pub(crate) action: Action,
    pub(crate) detector: &'static str,
}

/// A replaced span: where it was in the original, where its replacement is
/// in the output.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Segment {
    original: Range<usize>,
    output: Range<usize>,
}

/// The output of [`apply`].
pub(crate) struct Transformed {
    /// The output text.
    pub(crate) text: String,
    /// One record per change, in text order.
    pub(crate) records: Vec<TextRedaction>,
    /// Planned findings whose action was `Keep` (left as written).
    pub(crate) kept: Vec<(Kind, Party)>,
    /// Replaced spans, sorted and non-overlapping, for `map_range`.
    segments: Vec<Segment>,
    /// Length of the original text.
    original_len: usize,
}

impl fmt::Debug for Transformed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Transformed")
            .field("text", &format_args!("<{} bytes>", self.text.len()))
            .field("records", &self.records)
            .field("kept", &self.kept)
            .finish_non_exhaustive()
    }
}

/// The largest char boundary of `s` at or below `i` (clamped to `s.len()`).
fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `s` at or above `i` (clamped to `s.len()`).
fn ceil_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

fn is_blank(c: char) -> bool {
    c == ' ' || c == '\t'
}

fn is_closing_punctuation(c: char) -> bool {
    matches!(c, '.' | ',' | ';' | ':' | '!' | '?')
}

/// `*` for every grapheme of `span` except the last `keep`, keeping at most
/// half of them (rounded down).
fn mask(span: &str, keep: u8) -> String {
    let count = span.graphemes(true).count();
    let keep = usize::from(keep).min(count / 2);
    let hidden = count - keep;
    let mut out = "*".repeat(hidden);
    for g in span.graphemes(true).skip(hidden) {
        out.push_str(g);
    }
    out
}

fn label(kind: Kind) -> String {
    format!("[{}]", kind.label())
}

/// Applies the planned actions to `text`.
///
/// `planned` should be sorted by start and non-overlapping with ranges on
/// char boundaries. Defensively: a range off a char boundary is widened to
/// the enclosing chars, a range past the end is clamped, a span that
/// overlaps an earlier changed span keeps only its part after it (and is
/// skipped if nothing is left), and empty spans are skipped.
pub(crate) fn apply(
    text: &str,
    planned: &[Planned],
    token: &mut dyn FnMut(Kind, &str) -> String,
) -> Transformed {
    let mut out = String::with_capacity(text.len());
    let mut records = Vec::new();
    let mut kept = Vec::new();
    let mut segments: Vec<Segment> = Vec::new();
    // Everything before `cursor` in the original has been written or
    // replaced.
    let mut cursor = 0;

    for p in planned {
        let start = floor_boundary(text, p.range.start).max(cursor);
        let end = ceil_boundary(text, p.range.end);
        if end <= start {
            continue;
        }
        if p.action == Action::Keep {
            kept.push((p.kind, p.party));
            continue;
        }
        let span = text.get(start..end).unwrap_or("");
        out.push_str(text.get(cursor..start).unwrap_or(""));
        let mut seg_start = start;
        let mut seg_end = end;

        let (replacement, action) = match p.action {
            // Unreachable: kept spans were skipped above. Writing the span
            // back unchanged is the harmless answer.
            Action::Keep => (span.to_owned(), ActionKind::Keep),
            Action::Remove => {
                let prev = out.chars().next_back();
                let next = text.get(end..).and_then(|rest| rest.chars().next());
                let mut replacement = String::new();
                if next.is_some_and(is_blank) && prev.is_none_or(char::is_whitespace) {
                    // "a <x> b" → "a b"; "<x> b" at the start → "b".
                    seg_end = end + 1;
                } else if prev.is_some_and(is_blank)
                    && cursor < start
                    && next.is_none_or(|c| is_closing_punctuation(c) || c == '\n' || c == '\r')
                {
                    // "is <x>." → "is."; "is <x>" at the end → "is".
                    out.pop();
                    seg_start = start - 1;
                } else if prev.is_some_and(char::is_alphanumeric)
                    && next.is_some_and(char::is_alphanumeric)
                {
                    // "ab<x>cd" → "ab cd": never merge two words.
                    replacement.push(' ');
                }
                (replacement, ActionKind::Remove)
            }
            Action::Label => (label(p.kind), ActionKind::Label),
            Action::Mask { keep } => (mask(span, keep), ActionKind::Mask),
            Action::Pseudonymise => (token(p.kind, span), ActionKind::Pseudonymise),
            Action::Generalise => match generalise::generalise(p.kind, span) {
                Some(g) => (g, ActionKind::Generalise),
                None => (label(p.kind), ActionKind::Label),
            },
        };

        let out_start = out.len();
        out.push_str(&replacement);
        let output = out_start..out.len();
        segments.push(Segment {
            original: seg_start..seg_end,
            output: output.clone(),
        });
        records.push(TextRedaction {
            kind: p.kind,
            party: p.party,
            action,
            detector: p.detector,
            output_range: output,
        });
        cursor = seg_end;
    }
    out.push_str(text.get(cursor..).unwrap_or(""));

    Transformed {
        text: out,
        records,
        kept,
        segments,
        original_len: text.len(),
    }
}

impl Transformed {
    /// One audit event per planned finding that was applied: each record's
    /// (kind, party, action), then a `Keep` event for each kept finding.
    /// Feed to `audit::summarise` (filter out `Keep` if the audit should
    /// list changes only).
    #[cfg(test)]
    pub(crate) fn audit_events(&self) -> impl Iterator<Item = (Kind, Party, ActionKind)> + '_ {
        self.records
            .iter()
            .map(|r| (r.kind, r.party, r.action))
            .chain(self.kept.iter().map(|&(k, p)| (k, p, ActionKind::Keep)))
    }

    /// Maps a byte range of the original text to the output text. A range
    /// inside unchanged text shifts with the changes before it; a range
    /// that overlaps a replaced span grows to cover the whole replacement.
    /// The result is always a valid range on char boundaries of the
    /// output, even for an out-of-bounds or reversed input.
    pub(crate) fn map_range(&self, original: Range<usize>) -> Range<usize> {
        let s = original.start.min(self.original_len);
        let e = original.end.min(self.original_len).max(s);
        let start = floor_boundary(&self.text, self.map_start(s));
        let end = ceil_boundary(&self.text, self.map_end(e)).max(start);
        start..end
    }

    /// Where an original position that starts a range lands.
    fn map_start(&self, p: usize) -> usize {
        let idx = self.segments.partition_point(|seg| seg.original.end <= p);
        if let Some(seg) = self.segments.get(idx)
            && seg.original.start <= p
        {
            return seg.output.start;
        }
        self.shift_after(idx, p)
    }

    /// Where an original position that ends a range lands.
    fn map_end(&self, p: usize) -> usize {
        let idx = self.segments.partition_point(|seg| seg.original.end < p);
        if let Some(seg) = self.segments.get(idx)
            && seg.original.start < p
        {
            return seg.output.end;
        }
        self.shift_after(idx, p)
    }

    /// `p` shifted by the segments before index `idx` (all of which end at
    /// or before `p`).
    fn shift_after(&self, idx: usize, p: usize) -> usize {
        match idx.checked_sub(1).and_then(|i| self.segments.get(i)) {
            Some(seg) => (p - seg.original.end.min(p)) + seg.output.end,
            None => p,
        }
    }
}

#[cfg(test)]
mod tests;
