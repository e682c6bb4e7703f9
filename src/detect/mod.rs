//! Detection: finding every identifying detail in a text.
//!
//! # How a scan works
//!
//! 1. The text is normalised ([`NormalisedText`]): NFKC, invisible
//!    characters removed, Unicode digits and spaces folded, confusable
//!    letters inside digit runs folded.
//! 2. **One** combined pass of a multi-pattern regex
//!    (`regex_automata::meta::Regex::new_many`, compiled once when the
//!    [`Detector`] is built) runs over the normalised view with ASCII word
//!    boundaries and ASCII classes only. Matches are leftmost-first; at the
//!    same start the earlier rule in [`RULES`](self) wins, so look-alikes
//!    (money, times, dates, crime references) and our own tokens are listed
//!    before the identifier patterns whose text they resemble.
//! 3. Each match goes to its family's handler, which validates (checksums,
//!    format rules, cue words looked up in a short window before the match)
//!    and emits zero or more findings in normalised coordinates.
//! 4. Person names (`names`) and the caller's known values (`known`, one
//!    automaton per text) add their candidates.
//! 5. Findings inside a pseudonym token, a type label or a run of `*` are
//!    dropped, as are findings covered by an allowed value.
//! 6. Ranges are mapped back to the original text and overlaps resolved by
//!    the rule documented in the `overlap` module: a containing span wins,
//!    then a validated one, then higher confidence, then the earlier start;
//!    a discarded finding's party hint is merged into the winner
//!    (reporter beats the rest).

mod address;
mod context;
mod email;
mod finance;
mod finding;
pub(crate) mod known;
mod lookalike;
mod names;
mod national_ids;
mod numbers;
mod online;
pub(crate) mod overlap;
mod personal;
mod phone;
mod phonetic;
mod police;
mod postcode;
mod time;
pub(crate) mod validate;
mod vehicle;

use std::fmt;
use std::ops::Range;
use std::sync::OnceLock;

use regex_automata::meta;
use regex_automata::nfa::thompson::backtrack::{self, BoundedBacktracker};
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input, PatternID};

pub use self::context::{KnownValue, TextContext};
pub use self::finding::{Finding, Kind};
pub(crate) use self::personal::age_in_words;
pub(crate) use self::phonetic::decode as phonetic_decode;
use crate::error::{Error, ErrorKind, Result};
use crate::text::NormalisedText;

/// Which family handles a pattern's matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rule {
    /// Our own pseudonym tokens, type labels and `*` runs: never touched.
    Shield,
    Email,
    EmailDisguised,
    EmailSpaced,
    Url,
    UrlSocial,
    UrlBare,
    HandleAt,
    HandleCue,
    Ipv4,
    Ipv6,
    Dob,
    Money,
    Percent,
    CrimeRef,
    Date,
    Time,
    Age,
    Collar,
    CollarCue,
    Passport,
    VrmCue,
    Address,
    AddressSpelled,
    AddressCued,
    AddressHouse,
    Postcode,
    PostcodeSpaced,
    Nino,
    Licence,
    Iban,
    VrmCurrent,
    VrmPrefix,
    VrmSuffix,
    VrmLoose,
    Spelled,
    Phonetic,
    NumRun,
}

/// The rules in priority order (earlier wins at the same start).
fn rules() -> Vec<(Rule, String)> {
    let mut r: Vec<(Rule, String)> = vec![(
        Rule::Shield,
        r"\[[A-Z_]{2,16}:[A-Za-z0-9_\-]{1,16}:[A-Z2-7]{13}\]|\[[A-Z_]{2,16}\]|\*+".to_owned(),
    )];
    r.extend(email::patterns());
    // Ages before handle cues: "I'm fifty two" is an age, not a handle.
    r.extend(personal::age_patterns());
    // A street after "I'm on", "I'm living in a flat off" before the
    // handle cue "I'm x" takes the same start.
    r.extend(address::cued_patterns());
    r.extend(online::patterns());
    r.extend(personal::dob_patterns());
    r.extend(lookalike::patterns());
    r.extend(time::patterns());
    r.extend(online::ip_patterns());
    r.extend(police::patterns());
    r.extend(national_ids::cue_patterns());
    r.extend(vehicle::cue_patterns());
    r.extend(address::patterns());
    r.extend(postcode::patterns());
    // IBANs before NINOs: "DE89 3704 ..." starts like a NINO.
    r.extend(finance::patterns());
    r.extend(national_ids::patterns());
    r.extend(vehicle::patterns());
    r.extend(postcode::spaced_patterns());
    r.extend(phone::patterns());
    r.extend(phonetic::patterns());
    r.extend(numbers::patterns());
    r
}

/// The most memory the combined regex's lazy DFA may use per search
/// direction and thread. The cache grows on demand (a text only builds the
/// states it visits) and is cleared when full, after which every state must
/// be built again: a cache too small for the texts it sees makes searches
/// several times slower. The forward DFA needs about 11 MB for every field
/// of our evaluation corpus and held-out sets together; 8 MiB made the
/// corpus benchmark 3.7 times slower. A test keeps this at least twice
/// what those texts need.
pub(crate) const DFA_CACHE_CAPACITY: usize = 32 << 20;

/// One scan in progress: the normalised text and what has been found.
pub(crate) struct Scan<'t> {
    pub(crate) norm: &'t str,
    pub(crate) out: Vec<Finding>,
    /// Our own tokens and labels: nothing inside is ever flagged.
    pub(crate) shields: Vec<Range<usize>>,
}

impl<'t> Scan<'t> {
    pub(crate) fn push(
        &mut self,
        kind: Kind,
        range: Range<usize>,
        confidence: f32,
        detector: &'static str,
        validated: bool,
    ) -> Option<&mut Finding> {
        if range.start >= range.end || range.end > self.norm.len() {
            return None;
        }
        self.out
            .push(Finding::new(kind, range, confidence, detector, validated));
        self.out.last_mut()
    }

    /// The text of a normalised range ("" if the range is not valid).
    pub(crate) fn text(&self, r: &Range<usize>) -> &'t str {
        self.norm.get(r.clone()).unwrap_or("")
    }

    /// Adds a ready-made finding (normalised coordinates).
    pub(crate) fn push_finding(&mut self, f: Finding) {
        if f.range.start < f.range.end && f.range.end <= self.norm.len() {
            self.out.push(f);
        }
    }

    pub(crate) fn found_len(&self) -> usize {
        self.out.len()
    }

    /// Up to `n` bytes before `pos`, lower-cased, on char boundaries.
    pub(crate) fn lookback(&self, pos: usize, n: usize) -> String {
        let end = crate::text::floor_boundary(self.norm, pos);
        let start = crate::text::floor_boundary(self.norm, end.saturating_sub(n));
        self.norm.get(start..end).unwrap_or("").to_ascii_lowercase()
    }

    /// Up to `n` bytes after `pos`, lower-cased.
    pub(crate) fn lookahead(&self, pos: usize, n: usize) -> String {
        let start = crate::text::ceil_boundary(self.norm, pos);
        let end = crate::text::ceil_boundary(self.norm, start.saturating_add(n));
        self.norm.get(start..end).unwrap_or("").to_ascii_lowercase()
    }
}

/// The detection engine: compiled once, immutable, shareable across threads.
///
/// ```
/// use report_shield::{Detector, Kind, TextContext};
///
/// let detector = Detector::new()?;
/// let text = "Ring me on 07700 900123 or jo at example dot com.";
/// let found = detector.detect(text, &TextContext::new());
/// let kinds: Vec<Kind> = found.iter().map(|f| f.kind).collect();
/// assert_eq!(kinds, vec![Kind::Phone, Kind::Email]);
/// assert_eq!(&text[found[0].range.clone()], "07700 900123");
/// # Ok::<(), report_shield::Error>(())
/// ```
pub struct Detector {
    regex: meta::Regex,
    rules: Vec<Rule>,
    /// Per pattern: a small capture engine for its `v` group, if it has
    /// one (see [`ValueGroup`]).
    values: Vec<Option<LazyValueGroup>>,
    allowed: Vec<String>,
    names: names::NameDetector,
}

impl fmt::Debug for Detector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Detector")
            .field("patterns", &self.rules.len())
            .field(
                "allowed",
                &format_args!("<{} redacted>", self.allowed.len()),
            )
            .finish()
    }
}

/// Builds a [`Detector`] with extra configuration.
///
/// ```
/// use report_shield::{Detector, TextContext};
///
/// let detector = Detector::builder().allow("01632 960000").build()?;
/// let found = detector.detect("the front desk is 01632 960000", &TextContext::new());
/// assert!(found.is_empty());
/// # Ok::<(), report_shield::Error>(())
/// ```
#[derive(Clone, Default)]
pub struct DetectorBuilder {
    allowed: Vec<String>,
}

impl fmt::Debug for DetectorBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DetectorBuilder")
            .field(
                "allowed",
                &format_args!("<{} redacted>", self.allowed.len()),
            )
            .finish()
    }
}

impl DetectorBuilder {
    /// Adds a value that is never treated as identifying (a station name,
    /// the service's own phone number). Matched case-insensitively on the
    /// normalised text; a value with six or more digits also matches the
    /// same digits written with any separators.
    pub fn allow(&mut self, value: impl Into<String>) -> &mut Self {
        self.allowed.push(value.into());
        self
    }

    /// Compiles the detector.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidPattern`] if a pattern fails to compile (a bug)
    /// or the allow list cannot be compiled.
    pub fn build(&self) -> Result<Detector> {
        let table = rules();
        let patterns: Vec<String> = table.iter().map(|(_, p)| format!("(?-u){p}")).collect();
        let config = meta::Config::new()
            .nfa_size_limit(Some(64 << 20))
            .hybrid_cache_capacity(DFA_CACHE_CAPACITY)
            .auto_prefilter(false);
        let regex = meta::Regex::builder()
            .configure(config)
            .build_many(&patterns)
            .map_err(|e| {
                Error::new(
                    ErrorKind::InvalidPattern,
                    format!("detector patterns failed to compile: {e}"),
                )
            })?;
        let values = patterns
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let pid = PatternID::new(i).ok()?;
                regex.group_info().to_index(pid, "v")?;
                Some(LazyValueGroup {
                    pattern: p.clone(),
                    group: OnceLock::new(),
                })
            })
            .collect();
        Ok(Detector {
            regex,
            rules: table.into_iter().map(|(r, _)| r).collect(),
            values,
            allowed: self.allowed.clone(),
            names: names::NameDetector::new()?,
        })
    }
}

impl Detector {
    /// A detector with the default configuration.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidPattern`] if the built-in patterns fail to
    /// compile (a bug, covered by tests).
    pub fn new() -> Result<Detector> {
        DetectorBuilder::default().build()
    }

    /// A builder for a configured detector.
    #[must_use]
    pub fn builder() -> DetectorBuilder {
        DetectorBuilder::default()
    }

    /// Finds every identifying (or identifying-looking) detail in `text`.
    ///
    /// Findings are sorted by start, do not overlap, and their ranges are
    /// byte ranges of `text` on character boundaries.
    #[must_use]
    pub fn detect(&self, text: &str, ctx: &TextContext) -> Vec<Finding> {
        self.detect_with(text, ctx, self.known_matcher(ctx).as_ref())
    }

    /// The automaton over the caller's known and allowed values and the
    /// builder's allow list, or `None` when there are none. Built once per
    /// context and reused for every text of a report.
    pub(crate) fn known_matcher(&self, ctx: &TextContext) -> Option<known::KnownMatcher> {
        (!ctx.known().is_empty() || !ctx.allowed().is_empty() || !self.allowed.is_empty())
            .then(|| known::KnownMatcher::new(ctx, &self.allowed))
    }

    /// [`Detector::detect`] with a matcher already built by
    /// [`Detector::known_matcher`] for the text's context.
    pub(crate) fn detect_with(
        &self,
        text: &str,
        ctx: &TextContext,
        matcher: Option<&known::KnownMatcher>,
    ) -> Vec<Finding> {
        let norm_text = NormalisedText::new(text);
        let norm = norm_text.as_str();
        let mut scan = self.scan(norm);

        // Names and the caller's known values add candidates in normalised
        // coordinates, before shields, the allow list, mapping and the
        // overlap rule. One automaton per text covers every known value.
        self.names.find(norm, ctx, &mut scan.out);
        // Known values and allowed values in one search of one squeezed copy.
        let allowed = matcher.map_or_else(Vec::new, |m| m.find_and_allowed(norm, &mut scan.out));

        let Scan {
            mut out, shields, ..
        } = scan;
        if !shields.is_empty() {
            out.retain(|f| !shields.iter().any(|s| overlap::overlaps(s, &f.range)));
        }
        // An allowed value drops every finding it covers whole.
        if !allowed.is_empty() {
            out.retain(|f| {
                !allowed
                    .iter()
                    .any(|a| a.start <= f.range.start && f.range.end <= a.end)
            });
        }
        for f in &mut out {
            f.range = norm_text.to_original(f.range.clone());
        }
        overlap::resolve(overlap::carve_declared_names(out, text))
    }

    /// The combined regex pass and the family handlers over a normalised
    /// text: every candidate except names and known values, in normalised
    /// coordinates.
    pub(crate) fn scan<'t>(&self, norm: &'t str) -> Scan<'t> {
        let mut scan = Scan {
            norm,
            out: Vec::new(),
            shields: Vec::new(),
        };
        let mut caps = self.regex.create_captures();
        let mut value_caches: Vec<Option<ValueCache>> = Vec::new();
        let mut pos = 0;
        while pos <= norm.len() {
            let input = Input::new(norm).span(pos..norm.len());
            let Some(m) = self.regex.search(&input) else {
                break;
            };
            let range = m.range();
            // Never loop on an empty match: step past one character.
            let mut next = if range.is_empty() {
                crate::text::ceil_boundary(norm, range.end.saturating_add(1))
            } else {
                range.end
            };
            let Some(&rule) = self.rules.get(m.pattern().as_usize()) else {
                pos = next.max(pos.saturating_add(1));
                continue;
            };
            let before = scan.found_len();
            let value = self.value_group(norm, &range, m.pattern(), &mut caps, &mut value_caches);
            dispatch(&mut scan, rule, range.clone(), value.clone());
            if rule == Rule::Address
                && scan.found_len() == before
                && norm
                    .as_bytes()
                    .get(range.start)
                    .is_some_and(u8::is_ascii_digit)
            {
                // "it's 591 at the end": not an address; its number is
                // still a number (a phone's corrected tail, say).
                let end = numbers::run_end(norm, range.start).min(range.end);
                numbers::classify(&mut scan, range.start..end);
            }
            // A candidate whose handler accepted only a prefix (or nothing)
            // gives back a short tail to scan again.
            let tail = match rule {
                // Spoken digits end where digits may start something else
                // ("after six. 1 Acacia Ave.").
                Rule::NumRun | Rule::Spelled => numbers::rescan_from(&scan, &range, before),
                Rule::Phonetic => phonetic::rescan_from(&scan, &range, value.as_ref(), before),
                Rule::PostcodeSpaced if scan.found_len() == before => {
                    postcode::rescan_from(&scan, &range)
                }
                Rule::Collar | Rule::CollarCue if scan.found_len() == before => {
                    police::rescan_from(&range, value.as_ref())
                }
                // Any other rejected candidate gives back its value: the
                // cue it matched must not hide what starts there ("I am PC
                // PL 4419": "I am PC" is no handle, "PC PL 4419" is a
                // collar number).
                _ if scan.found_len() == before => value
                    .as_ref()
                    .filter(|v| v.start > range.start && v.start < next)
                    .map(|v| v.start),
                _ => None,
            };
            if let Some(tail) = tail {
                next = tail;
            }
            if next <= pos {
                break;
            }
            pos = next;
        }
        scan
    }

    /// The range of the `v` capture group of the match, if the pattern has
    /// one.
    ///
    /// The pattern's own small engine runs anchored on the match span;
    /// this gives the same groups as an anchored capture search of the
    /// combined regex, without re-running its DFA or clearing a visited
    /// set sized for every pattern. The combined regex is the fallback
    /// when the span is too long for the small backtracker.
    fn value_group(
        &self,
        norm: &str,
        range: &Range<usize>,
        pid: PatternID,
        caps: &mut Captures,
        caches: &mut Vec<Option<ValueCache>>,
    ) -> Option<Range<usize>> {
        let group = self.values.get(pid.as_usize())?.as_ref()?.get();
        let input = Input::new(norm).span(range.clone()).anchored(Anchored::Yes);
        if caches.len() < self.values.len() {
            caches.resize_with(self.values.len(), || None);
        }
        if let Some(group) = group
            && let Some(slot) = caches.get_mut(pid.as_usize())
        {
            let cache = slot.get_or_insert_with(|| ValueCache {
                cache: group.re.create_cache(),
                caps: group.re.create_captures(),
            });
            if group
                .re
                .try_search(&mut cache.cache, &input, &mut cache.caps)
                .is_ok()
            {
                return cache.caps.get_group(group.index).map(|s| s.range());
            }
        }
        let input = input.anchored(Anchored::Pattern(pid));
        self.regex.search_captures(&input, caps);
        caps.get_group_by_name("v").map(|s| s.range())
    }
}

/// A pattern with a `v` group and its capture engine, compiled on first
/// use so that building a [`Detector`] costs no more than the combined
/// regex (a text meets only a few of these patterns).
#[derive(Debug)]
struct LazyValueGroup {
    pattern: String,
    group: OnceLock<Option<ValueGroup>>,
}

impl LazyValueGroup {
    fn get(&self) -> Option<&ValueGroup> {
        self.group
            .get_or_init(|| ValueGroup::new(&self.pattern))
            .as_ref()
    }
}

/// One pattern's own capture engine, for its `v` group.
#[derive(Debug)]
struct ValueGroup {
    re: BoundedBacktracker,
    /// The index of the `v` group in `re`.
    index: usize,
}

impl ValueGroup {
    /// Compiles `pattern` alone (`None` if it fails or has no `v` group:
    /// the combined regex then answers).
    fn new(pattern: &str) -> Option<ValueGroup> {
        let re = BoundedBacktracker::new(pattern).ok()?;
        let index = re.get_nfa().group_info().to_index(PatternID::ZERO, "v")?;
        Some(ValueGroup { re, index })
    }
}

/// Scratch space of one [`ValueGroup`] during one scan.
struct ValueCache {
    cache: backtrack::Cache,
    caps: Captures,
}

fn dispatch(scan: &mut Scan<'_>, rule: Rule, m: Range<usize>, v: Option<Range<usize>>) {
    match rule {
        Rule::Shield => scan.shields.push(m),
        Rule::Email | Rule::EmailDisguised | Rule::EmailSpaced => email::handle(scan, rule, m),
        Rule::Url | Rule::UrlSocial | Rule::UrlBare => online::url(scan, rule, m),
        Rule::HandleAt | Rule::HandleCue => online::handle(scan, rule, m, v),
        Rule::Ipv4 | Rule::Ipv6 => online::ip(scan, rule, m),
        Rule::Dob => personal::dob(scan, m, v),
        Rule::Age => personal::age(scan, m, v),
        Rule::Money | Rule::Percent | Rule::CrimeRef => {}
        Rule::Date => lookalike::date(scan, m),
        Rule::Time => time::handle(scan, m),
        Rule::Collar | Rule::CollarCue => police::handle(scan, rule, m, v),
        Rule::Passport => national_ids::passport(scan, m, v),
        Rule::VrmCue | Rule::VrmCurrent | Rule::VrmPrefix | Rule::VrmSuffix | Rule::VrmLoose => {
            vehicle::handle(scan, rule, m, v)
        }
        Rule::Address => address::handle(scan, m, v),
        Rule::AddressSpelled => address::spelled(scan, m, v),
        Rule::AddressCued => address::cued(scan, m, v),
        Rule::AddressHouse => address::house(scan, m, v),
        Rule::Postcode => postcode::handle(scan, m, v),
        Rule::PostcodeSpaced => postcode::spaced(scan, m, v),
        Rule::Nino | Rule::Licence => national_ids::handle(scan, rule, m),
        Rule::Iban => finance::iban(scan, m),
        Rule::Spelled => phone::spelled(scan, m),
        Rule::Phonetic => phonetic::handle(scan, m),
        Rule::NumRun => numbers::classify(scan, m),
    }
}

#[cfg(test)]
mod tests;
