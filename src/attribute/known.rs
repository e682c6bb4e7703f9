//! Matching a finding's text against the caller's known values.
//!
//! Comparison forms, per kind:
//! - names: words of two letters or more, lower-cased, with ranks, titles
//!   and a possessive `'s` dropped. A finding matches the subject's name
//!   when every one of its words is a part of that name ("Reeves",
//!   "Daniel Reeves", "Reeves's"); it matches the reporter's name when any
//!   of its words is a part of it (any part of the reporter's name
//!   identifies them).
//! - numbers (phone, NHS, card, sort code, account, UTR, date of birth,
//!   age): digits only; phones compared on the national significant number
//!   (no `+44`, `0044` or leading `0`). Numeric kinds compare across kinds,
//!   since one number can be detected as another kind.
//! - collar numbers: letters and digits, upper-cased, ranks dropped.
//! - handles: lower-cased without `@`; a URL matches a handle when its
//!   last path segment is the handle.
//! - everything else: letters and digits only, lower-cased.

use std::collections::{HashMap, HashSet};

use crate::attribute::Party;
use crate::attribute::cues::Cues;
use crate::detect::{Kind, TextContext};
use crate::text::{read_spoken, repeat_word};

/// The comparable form of a value.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Canon {
    /// Name parts.
    Words(Vec<String>),
    /// Any other value in its comparison form.
    Value(String),
}

/// What a known value matched.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct KnownMatch {
    /// A reporter value matched.
    pub(crate) reporter: bool,
    /// A subject value matched.
    pub(crate) subject: bool,
    /// A name finding has a word in the subject's name that is not in the
    /// reporter's (so a shared surname alone does not count).
    pub(crate) subject_distinctive: bool,
    /// A third party's known value matched.
    pub(crate) third_party: bool,
    /// A known value of unknown ownership (a deny list) matched.
    pub(crate) unknown: bool,
}

/// The caller's known values in comparison form, built once per text,
/// indexed so that looking a finding up costs the same however many values
/// the caller gave.
#[derive(Debug)]
pub(crate) struct KnownIndex {
    entries: Vec<(Kind, Party, Canon)>,
    /// Value entries by (class, value): indexes into `entries`.
    by_value: HashMap<(u8, String), Vec<usize>>,
    /// Name entries that are not the reporter's, by word.
    by_word: HashMap<String, Vec<usize>>,
    /// Every word of every reporter name entry.
    reporter_words: HashSet<String>,
    /// The value entries of the catch-all class (an address finding
    /// matches one it contains).
    other: Vec<usize>,
}

fn class(kind: Kind) -> u8 {
    match kind {
        Kind::Name => 0,
        Kind::Phone
        | Kind::NhsNumber
        | Kind::Card
        | Kind::SortCode
        | Kind::AccountNumber
        | Kind::Utr => 1,
        Kind::CollarNumber => 2,
        Kind::Handle | Kind::Url => 3,
        Kind::DateOfBirth => 4,
        Kind::Age => 5,
        _ => OTHER,
    }
}

/// The catch-all comparison class.
const OTHER: u8 = 6;

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// The digits of a number written with digits, digit words or both ("plus
/// four four seven seven double oh nine ...", "07700 nine 0 0"): "oh",
/// "o", "zero" and "nought" are 0; "double", "triple" and "treble" repeat
/// the next digit. Other words are skipped. Linear.
fn spoken_digits(s: &str) -> String {
    let mut out = String::new();
    let mut repeat = 1usize;
    let mut tens_open = false;
    for word in s.split(|c: char| !c.is_ascii_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        let lower = word.to_ascii_lowercase();
        if let Some(n) = repeat_word(&lower) {
            repeat = n;
            continue;
        }
        // Digit words, and numbers read out in groups ("nine hundred",
        // "forty one").
        if read_spoken(&lower, repeat, &mut out, &mut tens_open) {
            repeat = 1;
            continue;
        }
        if lower.bytes().any(|b| b.is_ascii_digit()) {
            // "double 7" repeats the first digit of a run; a letter O
            // inside a digit run ("O1632") is a zero.
            let mut chars = lower.chars().filter_map(|c| {
                if c == 'o' {
                    Some('0')
                } else {
                    c.to_digit(10).map(|_| c)
                }
            });
            if let Some(first) = chars.next() {
                out.extend(std::iter::repeat_n(first, repeat));
                out.extend(chars);
            }
        }
        repeat = 1;
    }
    out
}

/// The national significant number of a phone-like digit string, digits
/// spelled out or not.
fn phone_digits(s: &str) -> String {
    let d = if s.bytes().any(|b| b.is_ascii_alphabetic()) {
        spoken_digits(s)
    } else {
        digits(s)
    };
    let d = if let Some(rest) = d.strip_prefix("0044") {
        rest
    } else if d.len() > 10 && d.starts_with("44") {
        d.get(2..).unwrap_or("")
    } else {
        d.as_str()
    };
    d.trim_start_matches('0').to_owned()
}

fn alnum_lower(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn words(cues: &Cues, s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 2 && !cues.is_rank_word(w))
        .map(str::to_lowercase)
        .collect()
}

fn collar(cues: &Cues, s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !cues.is_rank_word(w))
        .flat_map(str::chars)
        .flat_map(char::to_uppercase)
        .collect()
}

fn handle(s: &str) -> String {
    s.trim().trim_start_matches('@').to_lowercase()
}

fn url_tail(s: &str) -> String {
    let s = s.trim().trim_end_matches('/');
    let tail = s.rsplit('/').next().unwrap_or(s);
    handle(tail)
}

/// The letters of a URL's last path segment, lower case
/// ("…/profile/liamsykes77" gives "liamsykes").
fn url_letters(s: &str) -> String {
    url_tail(s)
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether a known name of two or more words (each three letters or more)
/// is spelt out whole in a URL's last path segment ("Liam Sykes" in
/// "…/profile/liamsykes77"): the profile is that person's.
fn name_in_url(name: &Canon, letters: &str) -> bool {
    let Canon::Words(words) = name else {
        return false;
    };
    let long: Vec<&String> = words.iter().filter(|w| w.chars().count() >= 3).collect();
    long.len() >= 2 && long.iter().all(|w| letters.contains(w.as_str()))
}

fn canon(cues: &Cues, kind: Kind, value: &str) -> Canon {
    match class(kind) {
        0 => Canon::Words(words(cues, value)),
        1 => Canon::Value(phone_digits(value)),
        2 => Canon::Value(collar(cues, value)),
        3 => Canon::Value(handle(value)),
        4 | 5 => Canon::Value(digits(value)),
        _ => Canon::Value(alnum_lower(value)),
    }
}

impl KnownIndex {
    pub(crate) fn new(cues: &Cues, ctx: &TextContext) -> Self {
        let entries: Vec<(Kind, Party, Canon)> = ctx
            .known()
            .iter()
            .map(|k| (k.kind, k.party, canon(cues, k.kind, &k.value)))
            .filter(|(_, _, c)| match c {
                Canon::Words(w) => !w.is_empty(),
                Canon::Value(v) => !v.is_empty(),
            })
            .collect();
        let mut by_value: HashMap<(u8, String), Vec<usize>> = HashMap::new();
        let mut by_word: HashMap<String, Vec<usize>> = HashMap::new();
        let mut reporter_words = HashSet::new();
        let mut other = Vec::new();
        for (i, (kind, party, c)) in entries.iter().enumerate() {
            match c {
                Canon::Words(words) if *party == Party::Reporter => {
                    reporter_words.extend(words.iter().cloned());
                }
                Canon::Words(words) => {
                    for w in words {
                        let ids = by_word.entry(w.clone()).or_default();
                        if ids.last() != Some(&i) {
                            ids.push(i);
                        }
                    }
                }
                Canon::Value(v) => {
                    by_value
                        .entry((class(*kind), v.clone()))
                        .or_default()
                        .push(i);
                    if class(*kind) == OTHER {
                        other.push(i);
                    }
                }
            }
        }
        Self {
            entries,
            by_value,
            by_word,
            reporter_words,
            other,
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// What the finding's text (of `kind`) matches among the known values.
    ///
    /// A name finding matches a reporter name when any of its words is in
    /// that name, any other name when all of its words are; a value
    /// finding matches an equal value of its class (a URL also a handle
    /// equal to its last path segment, and a name of two words or more
    /// spelt out whole in that segment; an address also any value of six
    /// characters or more that it contains).
    pub(crate) fn matches(&self, cues: &Cues, kind: Kind, text: &str) -> KnownMatch {
        let mut out = KnownMatch::default();
        if self.entries.is_empty() {
            return out;
        }
        let mut hit = |party: Party| match party {
            Party::Reporter => out.reporter = true,
            Party::Subject => out.subject = true,
            Party::ThirdParty => out.third_party = true,
            Party::Unknown => out.unknown = true,
        };
        let fclass = class(kind);
        match canon(cues, kind, text) {
            Canon::Words(f) => {
                let Some(first) = f.first() else {
                    return out;
                };
                if f.iter().any(|w| self.reporter_words.contains(w)) {
                    hit(Party::Reporter);
                }
                let mut subject_hit = false;
                for &i in self.by_word.get(first).into_iter().flatten() {
                    let Some((_, party, Canon::Words(v))) = self.entries.get(i) else {
                        continue;
                    };
                    if f.iter().all(|w| v.contains(w)) {
                        hit(*party);
                        subject_hit |= *party == Party::Subject;
                    }
                }
                out.subject_distinctive =
                    subject_hit && f.iter().any(|w| !self.reporter_words.contains(w));
            }
            Canon::Value(f) => {
                if f.is_empty() {
                    return out;
                }
                for &i in self
                    .by_value
                    .get(&(fclass, f.clone()))
                    .into_iter()
                    .flatten()
                {
                    if let Some((_, party, _)) = self.entries.get(i) {
                        hit(*party);
                    }
                }
                if kind == Kind::Url {
                    let tail = url_tail(text);
                    for &i in self.by_value.get(&(fclass, tail)).into_iter().flatten() {
                        if let Some((Kind::Handle, party, _)) = self.entries.get(i) {
                            hit(*party);
                        }
                    }
                    let letters = url_letters(text);
                    for (k, party, value) in &self.entries {
                        if *k == Kind::Name && name_in_url(value, &letters) {
                            hit(*party);
                        }
                    }
                }
                if kind == Kind::Address && fclass == OTHER {
                    for &i in &self.other {
                        if let Some((_, party, Canon::Value(v))) = self.entries.get(i)
                            && v.len() >= 6
                            && f.contains(v.as_str())
                        {
                            hit(*party);
                        }
                    }
                }
            }
        }
        out
    }

    /// The reference: every known value compared in turn (what
    /// [`KnownIndex::matches`] must agree with).
    #[cfg(test)]
    pub(crate) fn matches_linear(&self, cues: &Cues, kind: Kind, text: &str) -> KnownMatch {
        let mut out = KnownMatch::default();
        if self.entries.is_empty() {
            return out;
        }
        let fclass = class(kind);
        let found = canon(cues, kind, text);
        let url_handle = (kind == Kind::Url).then(|| url_tail(text));
        let mut reporter_words: Vec<&str> = Vec::new();
        let mut subject_hit_words: Vec<&str> = Vec::new();
        for (k, party, value) in &self.entries {
            if class(*k) != fclass && !(kind == Kind::Url && *k == Kind::Name) {
                continue;
            }
            let hit = match (&found, value) {
                (Canon::Words(f), Canon::Words(v)) => {
                    if f.is_empty() {
                        false
                    } else if *party == Party::Reporter {
                        reporter_words.extend(v.iter().map(String::as_str));
                        f.iter().any(|w| v.contains(w))
                    } else {
                        let all = f.iter().all(|w| v.contains(w));
                        if all && *party == Party::Subject {
                            subject_hit_words.extend(f.iter().map(String::as_str));
                        }
                        all
                    }
                }
                (Canon::Value(f), Canon::Value(v)) => {
                    !f.is_empty()
                        && (f == v
                            || (*k == Kind::Handle && url_handle.as_deref() == Some(v.as_str()))
                            || (kind == Kind::Address && v.len() >= 6 && f.contains(v.as_str())))
                }
                (Canon::Value(f), Canon::Words(_)) => {
                    !f.is_empty() && kind == Kind::Url && name_in_url(value, &url_letters(text))
                }
                _ => false,
            };
            if hit {
                match party {
                    Party::Reporter => out.reporter = true,
                    Party::Subject => out.subject = true,
                    Party::ThirdParty => out.third_party = true,
                    Party::Unknown => out.unknown = true,
                }
            }
        }
        out.subject_distinctive = subject_hit_words
            .iter()
            .any(|w| !reporter_words.contains(w));
        out
    }
}

#[cfg(test)]
mod index_tests {
    use super::*;
    use proptest::prelude::*;

    const WORDS: &[&str] = &["Jo", "Bloggs", "Daniel", "Reeves", "PC", "Ann", "Lee"];
    const VALUES: &[&str] = &[
        "07700 900123",
        "+44 7700 900123",
        "4471",
        "PC 4471",
        "@reeves_d",
        "https://example.com/u/reeves_d",
        "12 Fern Road",
        "Flat 2, 12 Fern Road, Leeds",
        "B1 1AA",
        "jo@example.com",
        "",
    ];
    const KINDS: &[Kind] = &[
        Kind::Name,
        Kind::Phone,
        Kind::CollarNumber,
        Kind::Handle,
        Kind::Url,
        Kind::Address,
        Kind::Postcode,
        Kind::Email,
        Kind::Age,
    ];
    const PARTIES: &[Party] = &[
        Party::Reporter,
        Party::Subject,
        Party::ThirdParty,
        Party::Unknown,
    ];

    fn text_of(kind: Kind, pick: &[usize]) -> String {
        if kind == Kind::Name {
            pick.iter()
                .map(|&i| WORDS[i % WORDS.len()])
                .collect::<Vec<_>>()
                .join(" ")
        } else {
            VALUES[pick.first().copied().unwrap_or(0) % VALUES.len()].to_owned()
        }
    }

    fn entry() -> impl Strategy<Value = (usize, usize, Vec<usize>)> {
        (
            0..KINDS.len(),
            0..PARTIES.len(),
            proptest::collection::vec(0usize..20, 0..4),
        )
    }

    proptest! {
        #[test]
        fn index_agrees_with_linear_scan(
            known in proptest::collection::vec(entry(), 0..12),
            found in proptest::collection::vec(entry(), 1..8),
        ) {
            let cues = Cues::new().unwrap();
            let mut ctx = TextContext::new();
            for (k, p, pick) in &known {
                let kind = KINDS[*k];
                ctx.add_known(kind, text_of(kind, pick), PARTIES[*p]);
            }
            let index = KnownIndex::new(&cues, &ctx);
            for (k, _, pick) in &found {
                let kind = KINDS[*k];
                let text = text_of(kind, pick);
                prop_assert_eq!(
                    index.matches(&cues, kind, &text),
                    index.matches_linear(&cues, kind, &text),
                    "{:?} {:?}", kind, text
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_compare_by_their_spoken_digits() {
        for (written, nsn) in [
            ("07700 900123", "7700900123"),
            ("+44 (0)7700 900123", "7700900123"),
            (
                "plus four four seven seven double oh nine double oh one two three",
                "7700900123",
            ),
            (
                "oh seven seven oh oh, nine oh oh, one two three",
                "7700900123",
            ),
            ("0 double 7 00 nine 00 1 2 3", "7700900123"),
            (
                "oh seven seven hundred, nine hundred, one twenty three",
                "7700900123",
            ),
            (
                "oh seven seven double oh, nine hundred, twelve three",
                "7700900123",
            ),
            ("triple 7", "777"),
            ("O1632 960 984", "1632960984"),
        ] {
            assert_eq!(phone_digits(written), nsn, "{written:?}");
        }
    }

    /// A profile URL that spells out a known name whole (two words or
    /// more, three letters each) is that person's; a part of a name, a
    /// short name or another name is not a match.
    #[test]
    fn urls_that_spell_out_a_known_name() {
        let cues = Cues::new().unwrap();
        let mut ctx = TextContext::new();
        ctx.add_known(Kind::Name, "Liam Sykes", Party::Subject)
            .add_known(Kind::Name, "PC Tom Thompson", Party::Subject)
            .add_known(Kind::Name, "Jo Bloggs", Party::Reporter)
            .add_known(Kind::Name, "Ann Lee-Hart", Party::Reporter);
        let index = KnownIndex::new(&cues, &ctx);
        for (url, subject, reporter) in [
            (
                "https://www.facebook.example.com/marketplace/profile/liamsykes77",
                true,
                false,
            ),
            ("https://example.com/u/Liam.Sykes", true, false),
            ("https://example.com/u/sykes_liam_wy", true, false),
            ("https://example.com/tomthompson", true, false),
            ("https://example.com/annleehart", false, true),
            // A part of the name only, or a name of short words.
            ("https://example.com/u/liam77", false, false),
            ("https://example.com/u/sykesfamily", false, false),
            ("https://example.com/u/jobloggs", false, false),
            // The name in the host or an earlier segment, not the profile.
            ("https://liamsykes.example.com/shop/item42", false, false),
        ] {
            let m = index.matches(&cues, Kind::Url, url);
            assert_eq!((m.subject, m.reporter), (subject, reporter), "{url}");
            assert_eq!(m, index.matches_linear(&cues, Kind::Url, url), "{url}");
        }
    }
}
