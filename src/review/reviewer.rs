//! The reporter-facing risk check: phrases that may identify the reporter
//! without being identifiers. See the `phrases` module for the families.

use regex_automata::meta;

use crate::error::{Error, ErrorKind, Result};
use crate::review::hint::{Hint, HintCategory, Severity};
use crate::review::phrases;

/// The widest gap (bytes) between a date and a time that still makes one
/// event.
const EVENT_GAP: usize = 80;

/// What an event-pattern match is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Event {
    Date,
    Time,
    /// Money and other numbers that look like times ("£12.50"): ignored.
    Other,
    /// The end of a sentence.
    Break,
}

/// Finds risk hints in a text. Compiled once; `Send + Sync`.
#[derive(Debug)]
pub(crate) struct Reviewer {
    phrases: meta::Regex,
    hints: Vec<&'static [(HintCategory, Severity)]>,
    events: meta::Regex,
    event_kinds: Vec<Event>,
}

const MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const WEEKDAY: &str = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?";

fn event_table() -> Vec<(Event, String)> {
    let b = r"(?-u:\b)";
    vec![
        (
            Event::Other,
            r"[£$€]\s?\d[\d,]*(?:\.\d+)?|(?-u:\b)\d+(?:\.\d+)?\s?%".to_owned(),
        ),
        (
            Event::Date,
            format!(r"(?i){b}\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:\d{{4}}|\d{{2}}){b}"),
        ),
        (
            Event::Date,
            format!(r"(?i){b}\d{{4}}-\d{{1,2}}-\d{{1,2}}{b}"),
        ),
        (
            Event::Date,
            format!(
                r"(?i){b}\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{MONTH}(?:{b}|\s)(?:,?\s*\d{{4}}{b})?"
            ),
        ),
        (
            Event::Date,
            format!(r"(?i){b}{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?{b}(?:,?\s+\d{{4}}{b})?"),
        ),
        (
            Event::Date,
            format!(
                r"(?i){b}(?:(?:last|this|next|on|that|the\s+following|the\s+previous)\s+)?{WEEKDAY}{b}(?:\s+(?:night|morning|afternoon|evening|lunchtime))?"
            ),
        ),
        (
            Event::Date,
            format!(
                r"(?i){b}(?:yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening))(?:\s+(?:morning|afternoon|evening))?{b}"
            ),
        ),
        (
            Event::Time,
            format!(
                r"(?i){b}(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[:.][0-5]\d)?(?:\s*(?:(?:am|pm|hrs|hours|h){b}|[ap]\.m\.?))?"
            ),
        ),
        (
            Event::Time,
            format!(r"(?i){b}(?:1[0-2]|0?[1-9])\s*(?:(?:am|pm){b}|[ap]\.m\.?)"),
        ),
        (
            Event::Time,
            format!(r"(?i){b}(?:[01]\d|2[0-3])[0-5]\d\s*(?:hrs|hours|h){b}"),
        ),
        (Event::Time, format!(r"(?i){b}(?:noon|midday|midnight){b}")),
        (Event::Break, r"[.!?](?:\s|$)|[\n\r]".to_owned()),
    ]
}

impl Reviewer {
    /// Compiles the phrase and event patterns.
    pub(crate) fn new() -> Result<Self> {
        let fragments = phrases::fragments()?;
        let (patterns, hints): (Vec<String>, Vec<_>) = phrases::table().into_iter().unzip();
        let hirs = patterns
            .iter()
            .map(|p| fragments.compose(p, "risk-hint phrase patterns"))
            .collect::<Result<Vec<_>>>()?;
        let phrases = crate::text::regex_set_from_hirs(&hirs, "risk-hint phrase patterns")?;
        let (event_kinds, patterns): (Vec<Event>, Vec<String>) = event_table().into_iter().unzip();
        let events = crate::text::regex_set(&patterns).map_err(|_| {
            Error::new(
                ErrorKind::InvalidPattern,
                "built-in date and time patterns failed to compile",
            )
        })?;
        Ok(Self {
            phrases,
            hints,
            events,
            event_kinds,
        })
    }

    /// Every risk hint in `text`, sorted by range, each tagged with
    /// `field`. Ranges are byte ranges in `text`, on char boundaries.
    pub(crate) fn review(&self, text: &str, field: &str) -> Vec<Hint> {
        let mut out = Vec::new();
        for m in self.phrases.find_iter(text) {
            let Some(hints) = self.hints.get(m.pattern().as_usize()) else {
                continue;
            };
            for &(category, severity) in *hints {
                out.push(Hint::new(category, severity, field, m.range()));
            }
        }
        self.unique_events(text, field, &mut out);
        out.retain(|h| {
            h.range.start < h.range.end
                && text.is_char_boundary(h.range.start)
                && text.is_char_boundary(h.range.end)
        });
        out.sort_by(|a, b| {
            (a.range.start, a.range.end, a.category).cmp(&(b.range.start, b.range.end, b.category))
        });
        out.dedup();
        out
    }

    /// A date and a time in one sentence, close together: one hint
    /// covering both.
    fn unique_events(&self, text: &str, field: &str, out: &mut Vec<Hint>) {
        let mut date: Option<std::ops::Range<usize>> = None;
        let mut time: Option<std::ops::Range<usize>> = None;
        for m in self.events.find_iter(text) {
            let Some(&kind) = self.event_kinds.get(m.pattern().as_usize()) else {
                continue;
            };
            let (mine, other) = match kind {
                Event::Other => continue,
                Event::Break => {
                    date = None;
                    time = None;
                    continue;
                }
                Event::Date => (&mut date, &mut time),
                Event::Time => (&mut time, &mut date),
            };
            match other.take() {
                Some(o) if m.start().saturating_sub(o.end) <= EVENT_GAP => {
                    out.push(Hint::new(
                        HintCategory::UniqueEvent,
                        Severity::Medium,
                        field,
                        o.start..m.end(),
                    ));
                    *mine = None;
                }
                _ => *mine = Some(m.range()),
            }
        }
    }
}
