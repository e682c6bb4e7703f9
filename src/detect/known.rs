//! Known values (the caller's deny list, a confidential reporter's contact
//! details, the subject's fields) and allowed values, found in any
//! formatting.
//!
//! # Method
//!
//! Every value is expanded into *variants*; every variant is *squeezed*:
//! only its letters and digits are kept, lower-cased ("07700 900123" →
//! `07700900123`, "J. Bloggs" → `jbloggs`). The text is squeezed the same
//! way once per call, with a map from each squeezed byte back to its
//! character in `norm`. One pass over the squeezed text then finds every
//! variant of every value (known and allowed), whatever the spacing,
//! punctuation or case in the text: with up to [`SMALL_SET`] variants (a
//! report's own values) a table of the variants by first byte, looked up
//! at each byte, which costs almost nothing to build; with more, one
//! Aho-Corasick automaton over all of them. Both report the same hits.
//! Each hit is checked in `norm`:
//!
//! - **word boundary**: the characters just before and after the hit are
//!   not letters or digits (so "Jo" does not match inside "Joanne", and a
//!   phone number does not match inside a longer digit run); at a digit
//!   edge of a hit with six digits or more, only a digit breaks the
//!   boundary, so a number glued to words ("Call07700900123please", often
//!   the result of removing a zero-width space) is still found;
//! - **gap rule** per variant: `Any` (anything between the characters:
//!   "0 7 7 0 0", "jo . bloggs @ example . com", "J O  B L O G G S"),
//!   `NoSpace` (punctuation but no whitespace: an email's local part alone,
//!   an IP address) or `Contiguous` (letters and digits, apostrophes and
//!   hyphens only: short values such as a two-letter name part or a
//!   one- or two-digit number);
//! - **capitalised**: a name part that is also a common English word
//!   ("Will", "May", "Grace", "Green") matches only when written with a
//!   capital letter ("Will" but not "will").
//!
//! Overlapping hits are resolved leftmost-longest; when the same span
//! matches values of several parties, the most protective party wins
//! (Reporter, then Unknown, then ThirdParty, then Subject).
//!
//! # Variants per kind
//!
//! | kind | variants |
//! |------|----------|
//! | phone | national significant number with prefixes `0`, `44`, `440`, `0044`, `00440`, or none |
//! | email | whole address; "at"/"dot" spelled out; the local part alone (≥ 4 characters, `NoSpace`) |
//! | name | full name; "Surname First"; initial + surname; each part of ≥ 2 letters as a word (possessive "Bloggs's" matches "Bloggs") |
//! | address | full address; each comma-separated part that names a street, with and without its house number |
//! | postcode, NINO, IBAN, VRM, licence, passport, UTR | letters and digits, any separators |
//! | NHS, card, sort code, account, numeric date of birth | digits, any separators |
//! | handle | without its `@` |
//! | URL | without scheme and `www.`; its path alone (≥ 4 characters) |
//! | IP address | the address (`NoSpace`) |
//! | other kinds | letters and digits, any separators |
//!
//! Values whose squeezed form is shorter than 2 characters are ignored;
//! numbers shorter than 3 digits and name parts shorter than 4 letters must
//! appear contiguous.
//!
//! The text passed in is the engine's normalised view (NFKC, zero-width
//! characters removed, Unicode spaces folded, digits folded to ASCII), so
//! full-width and zero-width disguises are handled before this module sees
//! the text. Ranges returned are byte ranges in `norm`.

// Until the engine (src/detect/mod.rs, issue 3) calls this module; remove at merge.
#![cfg_attr(not(test), allow(dead_code))]

use std::collections::HashSet;
use std::fmt;
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::attribute::Party;
use crate::detect::{Finding, Kind, TextContext};

/// Words that are also name parts: such a part matches only capitalised.
static COMMON_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    [
        include_str!("data/ambiguous.txt"),
        include_str!("data/stopwords.txt"),
        include_str!("data/nonnames.txt"),
    ]
    .iter()
    .flat_map(|d| d.lines())
    .map(str::trim)
    .filter(|l| !l.is_empty())
    .collect()
});

/// Name particles that never match on their own.
const PARTICLES: &[&str] = &[
    "van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "bin", "binti", "bint", "ibn",
    "al", "el", "ap", "ter", "dos", "das", "mc", "mac", "o",
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Gap {
    Any,
    NoSpace,
    Contiguous,
}

#[derive(Clone, Copy, Debug)]
struct Pat {
    kind: Kind,
    party: Party,
    allow: bool,
    gap: Gap,
    capitalised: bool,
}

/// The most variants searched with the first-byte table; more use one
/// Aho-Corasick automaton. A report's own values make a few dozen; the
/// automaton costs far more to build (about 150,000 instructions for
/// them) than the table costs to search a report's text, but its search
/// cost does not grow with the number of variants.
const SMALL_SET: usize = 64;

/// How the variants are searched in a squeezed text.
enum Search {
    /// Few variants: their ids sorted by first byte, and for each byte
    /// value `b` the range `starts[b]..starts[b + 1]` of those ids.
    Table {
        strings: Vec<String>,
        ids: Vec<usize>,
        starts: Box<[u16; 257]>,
    },
    /// Many variants: one automaton (standard semantics, overlapping).
    Automaton(AhoCorasick),
}

impl Search {
    fn new(strings: Vec<String>) -> Option<Search> {
        let table = strings.len() <= SMALL_SET;
        Search::build(strings, table)
    }

    /// A table search (`table`) or an automaton over `strings`.
    fn build(strings: Vec<String>, table: bool) -> Option<Search> {
        if strings.is_empty() {
            return None;
        }
        if table {
            let first = |id: &usize| strings.get(*id).and_then(|s| s.bytes().next());
            let mut ids: Vec<usize> = (0..strings.len()).collect();
            // Stable: ids with one first byte stay in ascending order.
            ids.sort_by_key(|id| first(id));
            // `starts[b]`: how many ids have a first byte below `b` (every
            // variant has one: it is two characters or more).
            let mut starts = Box::new([0u16; 257]);
            for id in &ids {
                if let Some(f) = first(id)
                    && let Some(slot) = starts.get_mut(usize::from(f) + 1)
                {
                    *slot = slot.saturating_add(1);
                }
            }
            for b in 1..starts.len() {
                let below = starts.get(b - 1).copied().unwrap_or(0);
                if let Some(slot) = starts.get_mut(b) {
                    *slot = slot.saturating_add(below);
                }
            }
            return Some(Search::Table {
                strings,
                ids,
                starts,
            });
        }
        // Build failures (pattern set too large) degrade to no matching
        // rather than a panic; the sizes here are small. A noncontiguous
        // NFA, not the default DFA: the matcher is built per report, and a
        // DFA costs far more to build than it saves on a few KB of text;
        // so does a prefilter.
        AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::NoncontiguousNFA))
            .prefilter(false)
            .build(&strings)
            .ok()
            .map(Search::Automaton)
    }

    /// Calls `f(start, end, variant)` for every occurrence of every variant
    /// in `text`, overlapping ones included. Occurrences of identical
    /// variants at one place come in ascending variant order, as the
    /// automaton reports them (the order in which equal hits are kept).
    fn each(&self, text: &str, mut f: impl FnMut(usize, usize, usize)) {
        match self {
            Search::Automaton(ac) => {
                for m in ac.find_overlapping_iter(text) {
                    f(m.start(), m.end(), m.pattern().as_usize());
                }
            }
            Search::Table {
                strings,
                ids,
                starts,
            } => {
                let bytes = text.as_bytes();
                for (i, &b) in bytes.iter().enumerate() {
                    let b = usize::from(b);
                    let (Some(&lo), Some(&hi)) = (starts.get(b), starts.get(b + 1)) else {
                        continue;
                    };
                    if lo == hi {
                        continue;
                    }
                    let Some(cands) = ids.get(usize::from(lo)..usize::from(hi)) else {
                        continue;
                    };
                    for &id in cands {
                        let Some(p) = strings.get(id) else {
                            continue;
                        };
                        let end = i + p.len();
                        if bytes.get(i..end) == Some(p.as_bytes()) {
                            f(i, end, id);
                        }
                    }
                }
            }
        }
    }
}

/// Finds the caller's known values and allowed values in one text. Built
/// per text from its [`TextContext`]; `Debug` shows counts, never values.
pub(crate) struct KnownMatcher {
    search: Option<Search>,
    pats: Vec<Pat>,
    known: usize,
    allowed: usize,
}

impl fmt::Debug for KnownMatcher {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KnownMatcher")
            .field("known_values", &self.known)
            .field("allowed_values", &self.allowed)
            .field("variants", &self.pats.len())
            .finish()
    }
}

/// A squeezed text: letters and digits only, lower-cased, with the `norm`
/// character range of every byte.
struct Squeezed {
    text: String,
    map: Vec<(usize, usize)>,
}

fn lower_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let mut it = c.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => out.push(l),
        _ => out.push(c),
    }
}

fn squeeze_text(norm: &str) -> Squeezed {
    let mut text = String::with_capacity(norm.len());
    let mut map = Vec::with_capacity(norm.len());
    for (i, c) in norm.char_indices() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                text.push(c.to_ascii_lowercase());
                map.push((i, i + 1));
            }
            continue;
        }
        if c.is_alphanumeric() {
            let before = text.len();
            lower_char(c, &mut text);
            for _ in before..text.len() {
                map.push((i, i + c.len_utf8()));
            }
        }
    }
    Squeezed { text, map }
}

/// The squeezed form of a value or variant.
fn squeeze(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().filter(|c| c.is_alphanumeric()) {
        lower_char(c, &mut out);
    }
    out
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// How protective a party's hint is: higher wins on equal spans.
fn protect_rank(p: Party) -> u8 {
    match p {
        Party::Reporter => 3,
        Party::Unknown => 2,
        Party::ThirdParty => 1,
        Party::Subject => 0,
    }
}

fn detector_id(kind: Kind) -> &'static str {
    match kind {
        Kind::Phone => "known.phone",
        Kind::Email => "known.email",
        Kind::Url => "known.url",
        Kind::Handle => "known.handle",
        Kind::IpAddress => "known.ip_address",
        Kind::Postcode => "known.postcode",
        Kind::Address => "known.address",
        Kind::Nino => "known.nino",
        Kind::NhsNumber => "known.nhs_number",
        Kind::Utr => "known.utr",
        Kind::Card => "known.card",
        Kind::Iban => "known.iban",
        Kind::SortCode => "known.sort_code",
        Kind::AccountNumber => "known.account_number",
        Kind::Passport => "known.passport",
        Kind::DrivingLicence => "known.driving_licence",
        Kind::VehicleReg => "known.vehicle_reg",
        Kind::DateOfBirth => "known.date_of_birth",
        Kind::Age => "known.age",
        Kind::Name => "known.name",
        Kind::CollarNumber => "known.collar_number",
        Kind::Time => "known.time",
    }
}

/// Collects variants, dropping the too-short ones.
struct Variants {
    out: Vec<(String, Gap, bool)>,
}

impl Variants {
    fn push(&mut self, squeezed: String, gap: Gap, capitalised: bool) {
        let n = squeezed.chars().count();
        if n < 2 {
            return;
        }
        let all_digits = squeezed.chars().all(|c| c.is_ascii_digit());
        let gap = if all_digits && n < 3 {
            Gap::Contiguous
        } else {
            gap
        };
        if !self
            .out
            .iter()
            .any(|(s, g, c)| *s == squeezed && *g == gap && *c == capitalised)
        {
            self.out.push((squeezed, gap, capitalised));
        }
    }
}

/// The national significant number of a phone value, if it looks like one.
fn phone_nsn(value: &str) -> Option<String> {
    let d = digits(value);
    let plus = value.trim_start().starts_with('+');
    let mut nsn: &str = &d;
    if let Some(r) = nsn.strip_prefix("0044") {
        nsn = r;
    } else if plus {
        nsn = nsn.strip_prefix("44")?;
    } else if nsn.len() == 12 && nsn.starts_with("44") {
        nsn = nsn.get(2..)?;
    }
    let nsn = nsn.strip_prefix('0').unwrap_or(nsn);
    (nsn.len() >= 6).then(|| nsn.to_owned())
}

fn phone_variants(nsn: &str, v: &mut Variants) {
    for prefix in ["", "0", "44", "440", "0044", "00440"] {
        v.push(format!("{prefix}{nsn}"), Gap::Any, false);
    }
}

fn name_variants(value: &str, v: &mut Variants) {
    v.push(squeeze(value), Gap::Any, false);
    let parts: Vec<&str> = value
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|p| !p.is_empty())
        .collect();
    if let (Some(first), Some(last)) = (parts.first(), parts.last())
        && parts.len() >= 2
    {
        // "Bloggs, Jo" / "Bloggs Jo"
        v.push(
            format!("{}{}", squeeze(last), squeeze(first)),
            Gap::Any,
            false,
        );
        // "J. Bloggs", "J Bloggs"
        if let Some(initial) = squeeze(first).chars().next() {
            v.push(format!("{initial}{}", squeeze(last)), Gap::Any, false);
        }
    }
    for part in &parts {
        let mut subparts = vec![*part];
        if part.contains('-') {
            subparts.extend(part.split('-'));
        }
        for sp in subparts {
            let s = squeeze(sp);
            let letters = s.chars().count();
            if letters < 2 || PARTICLES.contains(&s.as_str()) {
                continue;
            }
            // "O'Neill" also as "Neill"? No: too loose; the squeezed whole
            // already matches "O'Neill", "ONeill", "O Neill".
            let common = COMMON_WORDS.contains(s.as_str());
            let gap = if letters < 4 {
                Gap::Contiguous
            } else {
                Gap::Any
            };
            v.push(s, gap, common);
        }
    }
}

fn email_variants(value: &str, v: &mut Variants) {
    let lower = value.trim().to_lowercase();
    let Some((local, domain)) = lower.rsplit_once('@') else {
        v.push(squeeze(&lower), Gap::Any, false);
        return;
    };
    v.push(squeeze(&lower), Gap::Any, false);
    let dotted_domain = domain.replace('.', " dot ");
    let dotted_local = local.replace('.', " dot ");
    v.push(
        squeeze(&format!("{local} at {dotted_domain}")),
        Gap::Any,
        false,
    );
    v.push(
        squeeze(&format!("{dotted_local} at {dotted_domain}")),
        Gap::Any,
        false,
    );
    v.push(squeeze(&format!("{local} at {domain}")), Gap::Any, false);
    let l = squeeze(local);
    if l.chars().count() >= 4 {
        v.push(l, Gap::NoSpace, false);
    }
}

fn address_variants(value: &str, v: &mut Variants) {
    v.push(squeeze(value), Gap::Any, false);
    for (i, seg) in value.split([',', '\n', ';']).enumerate() {
        let words: Vec<&str> = seg.split_whitespace().collect();
        // A line with no number that names the home itself: a house name
        // first ("The Old Forge, Church Lane") or a street by its type
        // ("Church Lane"), never a town ("Alfriston").
        let numberless = !seg.chars().any(|c| c.is_ascii_digit());
        let named = words
            .last()
            .is_some_and(|w| super::address::is_street_type(w) || super::address::is_house_word(w));
        let first_of_many = i == 0 && value.contains([',', '\n', ';']);
        if numberless && (named || (first_of_many && words.len() >= 2)) {
            let s = squeeze(seg);
            if s.chars().count() >= 6 {
                v.push(s, Gap::Any, false);
            }
            continue;
        }
        let skip = words
            .iter()
            .take_while(|w| {
                w.chars().any(|c| c.is_ascii_digit())
                    || matches!(
                        w.to_lowercase().as_str(),
                        "flat" | "apartment" | "apt" | "unit" | "no" | "no." | "number"
                    )
            })
            .count();
        if skip == 0 || skip >= words.len() {
            continue;
        }
        let street = words.get(skip..).map(|w| w.join(" ")).unwrap_or_default();
        let s = squeeze(&street);
        if s.chars().count() >= 6 {
            v.push(s, Gap::Any, false);
            v.push(squeeze(seg), Gap::Any, false);
        }
    }
}

fn url_variants(value: &str, v: &mut Variants) {
    let lower = value.trim().to_lowercase();
    let no_scheme = lower.split_once("://").map_or(lower.as_str(), |(_, r)| r);
    let bare = no_scheme.strip_prefix("www.").unwrap_or(no_scheme);
    let bare = bare.trim_end_matches('/');
    v.push(squeeze(bare), Gap::Any, false);
    if let Some((_, path)) = bare.split_once('/') {
        let p = squeeze(path);
        if p.chars().count() >= 4 {
            v.push(p, Gap::Any, false);
        }
    }
}

fn known_variants(kind: Kind, value: &str) -> Variants {
    let mut v = Variants { out: Vec::new() };
    match kind {
        Kind::Phone => match phone_nsn(value) {
            Some(nsn) => phone_variants(&nsn, &mut v),
            None => v.push(squeeze(value), Gap::Any, false),
        },
        Kind::NhsNumber | Kind::Card | Kind::SortCode | Kind::AccountNumber => {
            v.push(digits(value), Gap::Any, false);
        }
        Kind::Email => email_variants(value, &mut v),
        Kind::Name => name_variants(value, &mut v),
        Kind::Address => address_variants(value, &mut v),
        Kind::Handle => v.push(
            squeeze(value.trim().trim_start_matches('@')),
            Gap::Any,
            false,
        ),
        Kind::Url => url_variants(value, &mut v),
        Kind::IpAddress => {
            // Keep the separators' positions significant: no whitespace.
            v.push(squeeze(value), Gap::NoSpace, false);
        }
        Kind::Postcode
        | Kind::Nino
        | Kind::Iban
        | Kind::VehicleReg
        | Kind::DrivingLicence
        | Kind::Passport
        | Kind::Utr
        | Kind::DateOfBirth
        | Kind::Age
        | Kind::CollarNumber
        | Kind::Time => v.push(squeeze(value), Gap::Any, false),
    }
    v
}

fn allow_variants(value: &str) -> Variants {
    let mut v = Variants { out: Vec::new() };
    let has_letters = value.chars().any(char::is_alphabetic);
    if !has_letters {
        let d = digits(value);
        let looks_uk_phone = value.trim_start().starts_with('+')
            || (d.starts_with('0') && (10..=11).contains(&d.len()));
        match phone_nsn(value).filter(|_| looks_uk_phone) {
            Some(nsn) => phone_variants(&nsn, &mut v),
            None => v.push(d, Gap::Any, false),
        }
    } else {
        v.push(squeeze(value), Gap::Any, false);
    }
    v
}

struct Hit {
    range: Range<usize>,
    pat: usize,
}

impl KnownMatcher {
    /// Builds the matcher for one text: all variants of the context's
    /// known values, its allowed values and the builder-wide allow list,
    /// in one automaton.
    pub(crate) fn new(ctx: &TextContext, global_allow: &[String]) -> Self {
        let mut strings: Vec<String> = Vec::new();
        let mut pats: Vec<Pat> = Vec::new();
        for kv in ctx.known() {
            for (s, gap, capitalised) in known_variants(kv.kind, &kv.value).out {
                strings.push(s);
                pats.push(Pat {
                    kind: kv.kind,
                    party: kv.party,
                    allow: false,
                    gap,
                    capitalised,
                });
            }
        }
        for a in ctx.allowed().iter().chain(global_allow) {
            for (s, gap, capitalised) in allow_variants(a).out {
                strings.push(s);
                pats.push(Pat {
                    // The kind of an allowed value is not used.
                    kind: Kind::Name,
                    party: Party::Unknown,
                    allow: true,
                    gap,
                    capitalised,
                });
            }
        }
        Self {
            search: Search::new(strings),
            pats,
            known: ctx.known().len(),
            allowed: ctx.allowed().len() + global_allow.len(),
        }
    }

    /// Appends a finding for every occurrence of a known value in `norm`:
    /// the value's kind, `party_hint = Some(value.party)`, `validated`,
    /// detector `known.<kind>`.
    #[cfg(test)]
    pub(crate) fn find(&self, norm: &str, out: &mut Vec<Finding>) {
        let [known, _] = self.hits(norm, [true, false]);
        self.push_findings(known, out);
    }

    /// Byte ranges in `norm` of the allowed values (the context's and the
    /// builder-wide list), matched case-, spacing- and
    /// punctuation-insensitively; numbers compare by digits.
    #[cfg(test)]
    pub(crate) fn allowed_ranges(&self, norm: &str) -> Vec<Range<usize>> {
        let [_, allowed] = self.hits(norm, [false, true]);
        allowed.into_iter().map(|h| h.range).collect()
    }

    /// Both at once, with one squeezed copy of `norm` and one search:
    /// appends the known-value findings to `out` (as `find` does) and
    /// returns the allowed ranges (as `allowed_ranges` does).
    pub(crate) fn find_and_allowed(&self, norm: &str, out: &mut Vec<Finding>) -> Vec<Range<usize>> {
        let [known, allowed] = self.hits(norm, [true, true]);
        self.push_findings(known, out);
        allowed.into_iter().map(|h| h.range).collect()
    }

    fn push_findings(&self, hits: Vec<Hit>, out: &mut Vec<Finding>) {
        for h in hits {
            let Some(p) = self.pats.get(h.pat) else {
                continue;
            };
            out.push(
                Finding::new(p.kind, h.range, 0.99, detector_id(p.kind), true)
                    .with_party_hint(p.party),
            );
        }
    }

    /// The kept hits of known values and of allowed values, each list
    /// computed only if `want` asks for it.
    fn hits(&self, norm: &str, want: [bool; 2]) -> [Vec<Hit>; 2] {
        let mut lists: [Vec<Hit>; 2] = [Vec::new(), Vec::new()];
        let Some(search) = &self.search else {
            return lists;
        };
        let wanted = |p: &Pat| want[usize::from(p.allow)];
        if !self.pats.iter().any(wanted) {
            return lists;
        }
        let sq = squeeze_text(norm);
        search.each(&sq.text, |m_start, m_end, pid| {
            let Some(p) = self.pats.get(pid) else {
                return;
            };
            if !wanted(p) || m_start == m_end {
                return;
            }
            let (Some(&(start, _)), Some(&(_, end))) = (sq.map.get(m_start), sq.map.get(m_end - 1))
            else {
                return;
            };
            if self.accept(norm, start..end, p)
                && let Some(list) = lists.get_mut(usize::from(p.allow))
            {
                list.push(Hit {
                    range: start..end,
                    pat: pid,
                });
            }
        });
        lists.map(|hits| self.keep(hits))
    }

    /// Leftmost-longest, then the most protective party; overlaps dropped.
    fn keep(&self, mut hits: Vec<Hit>) -> Vec<Hit> {
        hits.sort_by(|a, b| {
            a.range
                .start
                .cmp(&b.range.start)
                .then(b.range.end.cmp(&a.range.end))
                .then_with(|| {
                    let pa = self.pats.get(a.pat).map_or(0, |p| protect_rank(p.party));
                    let pb = self.pats.get(b.pat).map_or(0, |p| protect_rank(p.party));
                    pb.cmp(&pa)
                })
        });
        let mut kept: Vec<Hit> = Vec::new();
        for h in hits {
            if kept.last().is_some_and(|k| h.range.start < k.range.end) {
                continue;
            }
            kept.push(h);
        }
        kept
    }

    fn accept(&self, norm: &str, r: Range<usize>, p: &Pat) -> bool {
        let (Some(before), Some(slice), Some(after)) =
            (norm.get(..r.start), norm.get(r.clone()), norm.get(r.end..))
        else {
            return false;
        };
        // A long number glued to letters ("Call07700900123please", or
        // words joined by a removed zero-width space) is still that number:
        // at a digit edge of a hit with six digits or more only a digit
        // breaks the boundary. Everywhere else any letter or digit does.
        let long_number = slice.chars().filter(char::is_ascii_digit).count() >= 6;
        let clash = |edge: Option<char>, outside: Option<char>| match (edge, outside) {
            (_, None) => false,
            (Some(e), Some(o)) if long_number && e.is_ascii_digit() => o.is_ascii_digit(),
            (_, Some(o)) => is_word_char(o),
        };
        if clash(slice.chars().next(), before.chars().next_back())
            || clash(slice.chars().next_back(), after.chars().next())
        {
            return false;
        }
        let gap_ok = match p.gap {
            Gap::Any => true,
            Gap::NoSpace => !slice.chars().any(char::is_whitespace),
            Gap::Contiguous => slice
                .chars()
                .all(|c| c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || c == '-'),
        };
        if !gap_ok {
            return false;
        }
        !p.capitalised || slice.chars().next().is_some_and(char::is_uppercase)
    }
}

#[cfg(test)]
#[path = "known_tests.rs"]
mod tests;
