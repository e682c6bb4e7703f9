//! Building regexes from shared fragments, parsed once.
//!
//! The attribution cues and the reviewer's phrases repeat large
//! case-insensitive fragments (ranks, relationship nouns, detail nouns)
//! across many patterns. Parsing and translating them (Unicode case
//! folding) once per use was about a third of building the anonymiser.
//! Here a pattern names a fragment with an empty named group, `(?<RANK>)`
//! ; the pattern is parsed with the markers, and each
//! marker is replaced by the fragment's syntax tree, parsed once. The
//! result is the same syntax tree (`Hir`) as parsing the pattern with the
//! fragment's text written in place of the marker, which the tests check
//! for every pattern, so the compiled regex and its matches are unchanged.

use regex_automata::meta;
use regex_syntax::hir::{Capture, Hir, HirKind, Repetition};

use crate::error::{Error, ErrorKind, Result};

/// How a marker starts: a fragment `NAME` is marked `(?<NAME>)`, an empty
/// named group. A pattern may use the same marker more than once.
const MARKER_OPEN: &str = "(?<";

/// Fragments by name, each parsed once.
#[derive(Debug)]
pub(crate) struct Fragments {
    parsed: Vec<(&'static str, Hir)>,
    /// The fragment texts, for `expand` in tests.
    #[cfg(test)]
    texts: Vec<(&'static str, String)>,
}

impl Fragments {
    /// Parses each `(name, text)`; `text` is parsed under `flags` (for
    /// example `(?i)`), which must be the flags in force wherever the
    /// fragment's marker is used.
    pub(crate) fn new(
        flags: &str,
        defs: &[(&'static str, &str)],
        what: &'static str,
    ) -> Result<Self> {
        let mut parsed = Vec::with_capacity(defs.len());
        #[cfg(test)]
        let mut texts = Vec::with_capacity(defs.len());
        for &(name, text) in defs {
            let hir = regex_automata::util::syntax::parse(&format!("{flags}{text}"))
                .map_err(|_| compile_error(what))?;
            parsed.push((name, hir));
            #[cfg(test)]
            texts.push((name, text.to_owned()));
        }
        Ok(Self {
            parsed,
            #[cfg(test)]
            texts,
        })
    }

    /// The syntax tree of `pattern` with every marker replaced by its
    /// fragment.
    pub(crate) fn compose(&self, pattern: &str, what: &'static str) -> Result<Hir> {
        let hir = regex_automata::util::syntax::parse(&number_markers(pattern))
            .map_err(|_| compile_error(what))?;
        Ok(self.substitute(hir))
    }

    /// `pattern` with every marker replaced by its fragment's text: the
    /// pattern as it would be written without fragments.
    #[cfg(test)]
    pub(crate) fn expand(&self, pattern: &str) -> String {
        let mut out = pattern.to_owned();
        for (name, text) in &self.texts {
            out = out.replace(&format!("(?<{name}>)"), text);
        }
        out
    }

    fn get(&self, name: &str) -> Option<&Hir> {
        self.parsed.iter().find(|(n, _)| *n == name).map(|(_, h)| h)
    }

    /// Rebuilds `hir` bottom-up with the same smart constructors the
    /// parser uses, so that a spliced fragment is flattened and merged
    /// exactly as if its text had been parsed in place. Recursion depth is
    /// the nesting depth of a built-in pattern (bounded, not input).
    fn substitute(&self, hir: Hir) -> Hir {
        match hir.into_kind() {
            HirKind::Empty => Hir::empty(),
            HirKind::Literal(l) => Hir::literal(l.0),
            HirKind::Class(c) => Hir::class(c),
            HirKind::Look(l) => Hir::look(l),
            HirKind::Repetition(r) => Hir::repetition(Repetition {
                sub: Box::new(self.substitute(*r.sub)),
                ..r
            }),
            HirKind::Capture(c) => {
                let fragment = c
                    .name
                    .as_deref()
                    .and_then(|n| n.split_once("__"))
                    .and_then(|(name, _)| self.get(name));
                match fragment {
                    Some(f) => f.clone(),
                    None => Hir::capture(Capture {
                        sub: Box::new(self.substitute(*c.sub)),
                        ..c
                    }),
                }
            }
            HirKind::Concat(v) => Hir::concat(v.into_iter().map(|h| self.substitute(h)).collect()),
            HirKind::Alternation(v) => {
                Hir::alternation(v.into_iter().map(|h| self.substitute(h)).collect())
            }
        }
    }
}

/// Group names must be unique in a pattern: `(?<X>)` becomes `(?<X__n>)`.
fn number_markers(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 32);
    let mut rest = pattern;
    let mut n = 0usize;
    while let Some(i) = rest.find(MARKER_OPEN) {
        let (head, tail) = rest.split_at(i);
        out.push_str(head);
        let Some(close) = tail.find(">)") else {
            break;
        };
        let (name, after) = tail.split_at(close);
        out.push_str(name);
        out.push_str("__");
        out.push_str(&n.to_string());
        n += 1;
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The most memory a pattern set's lazy DFA may use per search direction
/// and thread (it grows on demand). The cue set's forward DFA needs about
/// 6 MB for every field of the evaluation corpus and held-out sets; the
/// 2 MiB default made long texts 2.5 times slower. A test in the cues
/// module keeps this at least twice what those texts need.
pub(crate) const SET_DFA_CACHE_CAPACITY: usize = 16 << 20;

/// A one-pass leftmost-first regex over `hirs`, configured as
/// [`super::regex_set`].
pub(crate) fn regex_set_from_hirs(hirs: &[Hir], what: &'static str) -> Result<meta::Regex> {
    meta::Regex::builder()
        .configure(
            meta::Config::new()
                .auto_prefilter(false)
                .hybrid_cache_capacity(SET_DFA_CACHE_CAPACITY),
        )
        .build_many_from_hir(hirs)
        .map_err(|_| compile_error(what))
}

fn compile_error(what: &'static str) -> Error {
    Error::new(
        ErrorKind::InvalidPattern,
        format!("built-in {what} failed to compile"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_are_numbered_and_the_rest_kept() {
        assert_eq!(
            number_markers(r"a(?<X>)b(?<Y>)(?<X>)c"),
            r"a(?<X__0>)b(?<Y__1>)(?<X__2>)c"
        );
        assert_eq!(number_markers("plain"), "plain");
    }

    #[test]
    fn composed_tree_equals_the_tree_of_the_written_out_pattern() {
        let f = Fragments::new("(?i)", &[("W", "(?:ab|cd)"), ("C", r"x\s+y")], "test").unwrap();
        for p in [
            r"(?i)\b(?<W>)\s+(?<C>)z",
            r"(?i)q(?<C>)(?<C>)",
            r"(?i)(?:(?<W>)|k)+",
            r"(?i)^(?<W>)$",
        ] {
            let composed = f.compose(p, "test").unwrap();
            let direct = regex_automata::util::syntax::parse(&f.expand(p)).unwrap();
            assert_eq!(composed, direct, "{p}");
        }
    }

    #[test]
    fn a_fragment_under_other_flags_gives_a_different_tree() {
        // The check in the tests of the callers can fail: a fragment
        // parsed case-sensitively differs from the text in a (?i) pattern.
        let f = Fragments::new("", &[("W", "ab")], "test").unwrap();
        let composed = f.compose(r"(?i)(?<W>)", "test").unwrap();
        let direct = regex_automata::util::syntax::parse(&f.expand(r"(?i)(?<W>)")).unwrap();
        assert_ne!(composed, direct);
    }
}
