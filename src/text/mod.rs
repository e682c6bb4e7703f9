//! The normalised view of a text and its offset map back to the original.
//!
//! Detection runs on a normalised view so that one set of ASCII patterns
//! finds details however they were typed: full-width digits pasted from a
//! phone, zero-width spaces hidden inside a number, Arabic-Indic digits, a
//! capital `O` typed for a zero. Every finding must still point at the
//! **original** text, so [`NormalisedText`] keeps an offset map.
//!
//! # What the normaliser does
//!
//! 1. Removes invisible characters: every format character (general category
//!    `Cf`: zero-width space, joiners, word joiner, soft hyphen, BOM, the bidi
//!    controls LRM/RLM/LRE/RLE/PDF/LRO/RLO/LRI/RLI/FSI/PDI, tag characters …),
//!    variation selectors and the combining grapheme joiner.
//! 2. Applies NFKC, one *chunk* at a time: a chunk is a starter with the
//!    combining marks (and Hangul jamo, and other characters that compose)
//!    that follow it. A chunk keeps at most [`MAX_MARKS`] marks; the rest are
//!    dropped from the view (they are still inside the chunk's original
//!    range), which bounds the work on hostile input.
//! 3. Maps every Unicode space to `' '` (line and paragraph separators and
//!    NEL to `'\n'`; `'\n'` stays), every dash to `'-'`, curly, reversed
//!    and modifier apostrophes (`’`, `‘`, `‛`, `ʼ`, `′`) to `'\''`,
//!    ideographic full stops to `'.'`, and every decimal digit (`Nd`) to its
//!    ASCII digit.
//! 4. Folds confusable letters inside digit runs: in a run of `0-9`, `O`,
//!    `o`, `I`, `l` and `|` that stands alone (not part of a longer word) and
//!    holds at least two real digits and no more letters than digits, `O`/`o`
//!    become `0` and `I`/`l`/`|` become `1` (`07700 9OO123` → `07700 900123`).
//!
//! Case is kept (names need it). NFKC already folds full-width `＠` and `﹫`
//! to `@` and full-width and mathematical digits to ASCII.
//!
//! # The offset map
//!
//! Each chunk's output maps back to the chunk's whole original range, so a
//! normalised range maps to the smallest original range on character
//! boundaries that covers every original character that produced it. Plain
//! ASCII text (the common case) takes a fast path: the map is the identity
//! and nothing is stored per byte.

mod compose;
mod fast_hash;
mod spoken;

#[cfg(test)]
pub(crate) use self::compose::SET_DFA_CACHE_CAPACITY;
pub(crate) use self::compose::{Fragments, regex_set_from_hirs};
pub(crate) use self::fast_hash::FastHashSet;
pub(crate) use self::spoken::{
    NUMBER_WORDS_RE, NumberWord, digit_word, number_word, read_spoken, repeat_word,
};

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::{canonical_combining_class, compose, decompose_compatible};

/// The most combining marks kept after one starter (as in the Unicode
/// stream-safe text format, UAX #15).
pub(crate) const MAX_MARKS: usize = 30;

/// A text and its normalised view, with a map from normalised byte ranges
/// back to original byte ranges.
///
/// ```
/// use report_shield::NormalisedText;
///
/// // Full-width digits and a zero-width space inside a phone number.
/// let original = "call ０７７００\u{200B}９００１２３";
/// let norm = NormalisedText::new(original);
/// assert_eq!(norm.as_str(), "call 07700900123");
/// let start = norm.as_str().find('0').unwrap_or(0);
/// let back = norm.to_original(start..norm.as_str().len());
/// assert_eq!(&original[back], "０７７００\u{200B}９００１２３");
/// # Ok::<(), report_shield::Error>(())
/// ```
pub struct NormalisedText<'a> {
    original: &'a str,
    text: Cow<'a, str>,
    /// `None`: identity map (ASCII fast path). Otherwise segments sorted by
    /// `norm_start`, covering the normalised text without gaps.
    map: Option<Vec<Segment>>,
}

/// One piece of the offset map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Segment {
    /// Where the segment starts in the normalised text.
    norm_start: usize,
    /// Original range the segment came from.
    orig_start: usize,
    orig_end: usize,
    /// Byte-for-byte copy (ASCII): offsets map linearly. Otherwise every
    /// byte of the segment maps to the whole original range.
    linear: bool,
}

impl fmt::Debug for NormalisedText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NormalisedText")
            .field("original_len", &self.original.len())
            .field("normalised_len", &self.text.len())
            .field("identity_map", &self.map.is_none())
            .finish()
    }
}

impl<'a> NormalisedText<'a> {
    /// Normalises `original`. Never fails and never panics; time and memory
    /// are linear in the length of the input.
    #[must_use]
    pub fn new(original: &'a str) -> Self {
        if original.is_ascii() {
            return Self::new_ascii(original);
        }
        let mut b = Builder::new(original.len());
        b.run(original);
        let text = fold_confusables(Cow::Owned(b.out));
        Self {
            original,
            text,
            map: Some(b.segments),
        }
    }

    fn new_ascii(original: &'a str) -> Self {
        let needs_space_fold = has_space_controls(original.as_bytes());
        let mut text: Cow<'a, str> = Cow::Borrowed(original);
        if needs_space_fold {
            let s: String = original
                .chars()
                .map(|c| {
                    if matches!(c, '\t' | '\r' | '\x0B' | '\x0C') {
                        ' '
                    } else {
                        c
                    }
                })
                .collect();
            text = Cow::Owned(s);
        }
        text = fold_confusables(text);
        Self {
            original,
            text,
            map: None,
        }
    }

    /// The normalised view.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The original text.
    #[must_use]
    pub fn original(&self) -> &'a str {
        self.original
    }

    /// Maps a byte range of the normalised view to the byte range of the
    /// original text that produced it. The result lies on character
    /// boundaries of the original and covers every original character that
    /// produced a byte of `range`. Out-of-range or reversed input is
    /// clamped; this never panics.
    #[must_use]
    pub fn to_original(&self, range: Range<usize>) -> Range<usize> {
        let nlen = self.text.len();
        let start = range.start.min(nlen);
        let end = range.end.min(nlen).max(start);
        match &self.map {
            None => {
                let olen = self.original.len();
                let s = floor_boundary(self.original, start.min(olen));
                let e = ceil_boundary(self.original, end.min(olen)).max(s);
                s..e
            }
            Some(segs) => {
                if segs.is_empty() {
                    return self.original.len()..self.original.len();
                }
                let s = self.map_start(segs, start);
                if end == start {
                    return s..s;
                }
                let e = self.map_end(segs, end).max(s);
                s..e
            }
        }
    }

    fn seg_index(segs: &[Segment], pos: usize) -> usize {
        // Last segment whose norm_start <= pos.
        segs.partition_point(|s| s.norm_start <= pos)
            .saturating_sub(1)
    }

    fn map_start(&self, segs: &[Segment], pos: usize) -> usize {
        if pos >= self.text.len() {
            return segs.last().map_or(self.original.len(), |s| s.orig_end);
        }
        let Some(seg) = segs.get(Self::seg_index(segs, pos)) else {
            return 0;
        };
        if seg.linear {
            let o = seg.orig_start + (pos - seg.norm_start);
            floor_boundary(self.original, o.min(seg.orig_end))
        } else {
            seg.orig_start
        }
    }

    fn map_end(&self, segs: &[Segment], end: usize) -> usize {
        // `end` is exclusive: look at the byte before it.
        let last = end.saturating_sub(1);
        let Some(seg) = segs.get(Self::seg_index(segs, last)) else {
            return self.original.len();
        };
        if seg.linear {
            let o = seg.orig_start + (end - seg.norm_start);
            ceil_boundary(self.original, o.min(seg.orig_end))
        } else {
            seg.orig_end
        }
    }
}

/// Compiles a multi-pattern regex for one leftmost-first pass, as
/// `meta::Regex::new_many` does but without the automatic literal
/// prefilter: on large sets of word patterns, extracting the literals took
/// about half the build time and the prefilter did not speed up the
/// search. Matching is unchanged.
pub(crate) fn regex_set<P: AsRef<str>>(
    patterns: &[P],
) -> std::result::Result<regex_automata::meta::Regex, Box<regex_automata::meta::BuildError>> {
    regex_automata::meta::Regex::builder()
        .configure(regex_automata::meta::Config::new().auto_prefilter(false))
        .build_many(patterns)
        .map_err(Box::new)
}

/// The largest char boundary of `s` that is `<= i`.
pub(crate) fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `s` that is `>= i`.
pub(crate) fn ceil_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Builds the normalised string and the segment map for non-ASCII input.
struct Builder {
    out: String,
    segments: Vec<Segment>,
    /// The current chunk's content (characters fed to NFKC).
    chunk: String,
    chunk_marks: usize,
    chunk_start: usize,
    chunk_end: usize,
    /// NFKC output buffer, reused.
    buf: String,
}

impl Builder {
    fn new(cap: usize) -> Self {
        Self {
            out: String::with_capacity(cap),
            segments: Vec::new(),
            chunk: String::new(),
            chunk_marks: 0,
            chunk_start: 0,
            chunk_end: 0,
            buf: String::new(),
        }
    }

    fn run(&mut self, original: &str) {
        let mut i = 0;
        while let Some(rest) = original.get(i..) {
            let Some(c) = rest.chars().next() else {
                break;
            };
            if c.is_ascii() {
                // Fast path: in a run of ASCII characters, every character
                // but the last is followed by an ASCII character, so no mark
                // or ignorable can attach to it: copy those straight through
                // (the same output and map as one `step` each). The last one
                // takes the normal path.
                let run = ascii_prefix_len(rest.as_bytes());
                if run > 1 {
                    self.flush();
                    self.push_ascii_run(rest.get(..run - 1).unwrap_or(""), i);
                    i += run - 1;
                    continue;
                }
            }
            self.step(i, c);
            i += c.len_utf8();
        }
        self.flush();
    }

    /// The reference loop: one `step` per character (the fast path in
    /// `run` must give the same result).
    #[cfg(test)]
    fn run_per_char(&mut self, original: &str) {
        for (i, c) in original.char_indices() {
            self.step(i, c);
        }
        self.flush();
    }

    /// Feeds the character `c` at byte `i` of the original.
    fn step(&mut self, i: usize, c: char) {
        let end = i + c.len_utf8();
        if is_ignorable(c) {
            if self.chunk.is_empty() && self.chunk_start == self.chunk_end {
                // Leading ignorables belong to no chunk: they produce
                // nothing and are covered only when surrounded.
                self.chunk_start = end;
                self.chunk_end = end;
            } else {
                self.chunk_end = end;
            }
            return;
        }
        if c.is_ascii() {
            self.flush();
            self.chunk_start = i;
            self.chunk_end = end;
            self.chunk.push(c);
            return;
        }
        let first = first_decomposed(c);
        let attaches = if self.chunk.is_empty() {
            false
        } else if canonical_combining_class(first) != 0 {
            true
        } else {
            self.composes_with_chunk(first)
        };
        if attaches {
            if canonical_combining_class(first) != 0 {
                self.chunk_marks += 1;
            }
            if self.chunk_marks <= MAX_MARKS {
                self.chunk.push(c);
            }
            self.chunk_end = end;
        } else {
            self.flush();
            self.chunk_start = i;
            self.chunk_end = end;
            self.chunk.push(c);
            self.chunk_marks = 0;
        }
    }

    /// Copies ASCII text that starts at byte `orig_start` of the original
    /// into the view (folding tab, CR, VT and FF to a space), extending the
    /// current linear segment: the same as `push_ascii` per character.
    fn push_ascii_run(&mut self, s: &str, orig_start: usize) {
        if s.is_empty() {
            return;
        }
        let norm_start = self.out.len();
        if has_space_controls(s.as_bytes()) {
            self.out.extend(s.chars().map(|c| match c {
                '\t' | '\r' | '\x0B' | '\x0C' => ' ',
                other => other,
            }));
        } else {
            self.out.push_str(s);
        }
        let orig_end = orig_start + s.len();
        if let Some(last) = self.segments.last_mut()
            && last.linear
            && last.orig_end == orig_start
            && last.norm_start + (last.orig_end - last.orig_start) == norm_start
        {
            last.orig_end = orig_end;
            return;
        }
        self.segments.push(Segment {
            norm_start,
            orig_start,
            orig_end,
            linear: true,
        });
    }

    /// Whether `first` (a starter) would compose with the current chunk's
    /// normalised last character (Hangul jamo, some Indic vowel signs).
    fn composes_with_chunk(&mut self, first: char) -> bool {
        self.buf.clear();
        self.buf.extend(self.chunk.nfkc());
        match self.buf.chars().next_back() {
            Some(last) => compose(last, first).is_some(),
            None => false,
        }
    }

    fn push_ascii(&mut self, c: char, orig_start: usize) {
        let mapped = match c {
            '\t' | '\r' | '\x0B' | '\x0C' => ' ',
            other => other,
        };
        let norm_start = self.out.len();
        self.out.push(mapped);
        if let Some(last) = self.segments.last_mut()
            && last.linear
            && last.orig_end == orig_start
            && last.norm_start + (last.orig_end - last.orig_start) == norm_start
        {
            last.orig_end = orig_start + 1;
            return;
        }
        self.segments.push(Segment {
            norm_start,
            orig_start,
            orig_end: orig_start + 1,
            linear: true,
        });
    }

    fn flush(&mut self) {
        if self.chunk.is_empty() {
            return;
        }
        let single_ascii = self.chunk.len() == 1 && self.chunk.is_ascii();
        if single_ascii && self.chunk_end == self.chunk_start + 1 {
            if let Some(c) = self.chunk.chars().next() {
                self.push_ascii(c, self.chunk_start);
            }
            self.chunk.clear();
            self.chunk_marks = 0;
            return;
        }
        self.buf.clear();
        self.buf.extend(self.chunk.nfkc());
        let norm_start = self.out.len();
        for c in self.buf.chars() {
            if is_ignorable(c) {
                continue;
            }
            self.out.push(fold_char(c));
        }
        if self.out.len() > norm_start {
            self.segments.push(Segment {
                norm_start,
                orig_start: self.chunk_start,
                orig_end: self.chunk_end,
                linear: false,
            });
        }
        self.chunk.clear();
        self.chunk_marks = 0;
    }
}

fn first_decomposed(c: char) -> char {
    let mut first = None;
    decompose_compatible(c, |d| {
        if first.is_none() {
            first = Some(d);
        }
    });
    first.unwrap_or(c)
}

/// Invisible characters removed from the view.
pub(crate) fn is_ignorable(c: char) -> bool {
    let cp = u32::from(c);
    if cp < 0xAD {
        return false;
    }
    matches!(
        cp,
        0xAD | 0x34F
            | 0x600..=0x605
            | 0x61C
            | 0x6DD
            | 0x70F
            | 0x890..=0x891
            | 0x8E2
            | 0x180B..=0x180F
            | 0x200B..=0x200F
            | 0x202A..=0x202E
            | 0x2060..=0x2064
            | 0x2066..=0x206F
            | 0xFE00..=0xFE0F
            | 0xFEFF
            | 0xFFF9..=0xFFFB
            | 0x110BD
            | 0x110CD
            | 0x13430..=0x1343F
            | 0x1BCA0..=0x1BCA3
            | 0x1D173..=0x1D17A
            | 0xE0001
            | 0xE0020..=0xE007F
            | 0xE0100..=0xE01EF
    )
}

/// Code points of the digit zero of every `Nd` block (ASCII excluded).
const DIGIT_ZEROS: &[u32] = &[
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
    0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x116D0, 0x116DA, 0x11730, 0x118E0, 0x11950, 0x11BF0, 0x11C50, 0x11D50, 0x11DA0,
    0x11F50, 0x16130, 0x16A60, 0x16AC0, 0x16B50, 0x16D70, 0x1CCF0, 0x1D7CE, 0x1D7D8, 0x1D7E2,
    0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0, 0x1E5F1, 0x1E950, 0x1FBF0,
];

/// The ASCII digit for a Unicode decimal digit.
fn decimal_digit(c: char) -> Option<char> {
    let cp = u32::from(c);
    if cp < 0x660 {
        return None;
    }
    let idx = DIGIT_ZEROS.partition_point(|&z| z <= cp).checked_sub(1)?;
    let zero = *DIGIT_ZEROS.get(idx)?;
    let d = cp - zero;
    if d < 10 {
        char::from_digit(d, 10)
    } else {
        None
    }
}

/// Per-character folds applied after NFKC.
fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return match c {
            '\t' | '\r' | '\x0B' | '\x0C' => ' ',
            other => other,
        };
    }
    match c {
        '\u{85}' | '\u{2028}' | '\u{2029}' => '\n',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => '-',
        // Curly, reversed and modifier apostrophes ("I’m", "O’Brien"), as
        // phones and word processors type them.
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{02BC}' | '\u{2032}' => '\'',
        '\u{3002}' | '\u{FF61}' | '\u{FF0E}' => '.',
        '\u{FF20}' | '\u{FE6B}' => '@',
        c if c.is_whitespace() => ' ',
        c => decimal_digit(c).unwrap_or(c),
    }
}

fn is_confusable(b: u8) -> bool {
    matches!(b, b'O' | b'o' | b'I' | b'l' | b'|')
}

/// Folds `O`/`o` to `0` and `I`/`l`/`|` to `1` inside stand-alone digit
/// runs. Every replacement is one ASCII byte for one ASCII byte, so offsets
/// do not move.
///
/// A *run* is a maximal sequence of digits and confusables that is not part
/// of a longer word; a *cluster* is a sequence of runs joined by single
/// spaces, hyphens or dots (`07700 9OO l23`). A run of letters only (`I`,
/// `O`, `lol`) is a word and breaks a cluster. A cluster is folded as a
/// whole, or not at all, when it holds at least four real digits and no
/// more confusables than digits; deciding per cluster keeps the fold
/// idempotent.
///
/// Returns the text unchanged (borrowed if it was) when nothing folds.
fn fold_confusables(text: Cow<'_, str>) -> Cow<'_, str> {
    let folds = confusable_folds(text.as_bytes());
    if folds.is_empty() {
        return text;
    }
    let mut s = text.into_owned();
    let mut folded = String::new();
    for r in folds {
        let Some(run) = s.get(r.clone()) else {
            continue;
        };
        folded.clear();
        folded.extend(run.chars().map(|c| match c {
            'O' | 'o' => '0',
            'I' | 'l' | '|' => '1',
            other => other,
        }));
        s.replace_range(r, &folded);
    }
    Cow::Owned(s)
}

/// The runs [`fold_confusables`] rewrites: those of a folded cluster that
/// hold a confusable, in text order.
fn confusable_folds(bytes: &[u8]) -> Vec<Range<usize>> {
    let runs = find_runs(bytes);
    let mut folds = Vec::new();
    let mut k = 0;
    while k < runs.len() {
        // Build a cluster starting at run k.
        let mut end = k + 1;
        while let (Some(prev), Some(next)) = (runs.get(end - 1), runs.get(end)) {
            let gap = next.0 - prev.1;
            let sep = bytes.get(prev.1).copied().unwrap_or(0);
            if gap == 1 && matches!(sep, b' ' | b'-' | b'.') {
                end += 1;
            } else {
                break;
            }
        }
        let cluster = runs.get(k..end).unwrap_or_default();
        let (digits, letters) = cluster.iter().fold((0, 0), |(d, l), r| (d + r.2, l + r.3));
        if letters > 0 && digits >= 4 && letters <= digits {
            folds.extend(cluster.iter().filter(|r| r.3 > 0).map(|&(a, b, _, _)| a..b));
        }
        k = end;
    }
    folds
}

/// The length of the longest all-ASCII prefix of `bytes`, testing 16
/// bytes at a time.
fn ascii_prefix_len(bytes: &[u8]) -> usize {
    let mut n = 0;
    let mut chunks = bytes.chunks_exact(16);
    for chunk in &mut chunks {
        if chunk.iter().fold(0, |acc, b| acc | b) >= 0x80 {
            break;
        }
        n += 16;
    }
    n + bytes
        .get(n..)
        .unwrap_or_default()
        .iter()
        .take_while(|b| b.is_ascii())
        .count()
}

/// Whether `bytes` holds a tab, CR, VT or FF (folded to a space), testing
/// 16 bytes at a time.
fn has_space_controls(bytes: &[u8]) -> bool {
    // Tab, VT, FF and CR are 0x09, 0x0B, 0x0C and 0x0D; LF (0x0A) is not
    // one of them.
    let is_control = |b: u8| u8::from(b.wrapping_sub(0x09) < 5 && b != b'\n');
    let mut chunks = bytes.chunks_exact(16);
    let found = chunks
        .by_ref()
        .any(|chunk| chunk.iter().fold(0, |acc, &b| acc | is_control(b)) != 0);
    found || chunks.remainder().iter().any(|&b| is_control(b) != 0)
}

fn is_run_byte(b: u8) -> bool {
    b.is_ascii_digit() || is_confusable(b)
}

/// The first ASCII digit at or after `from`, or `bytes.len()`. Tests 16
/// bytes at a time (a branch-free OR the compiler vectorises).
fn next_digit(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    let rest = bytes.get(from..).unwrap_or_default();
    let mut chunks = rest.chunks_exact(16);
    for chunk in &mut chunks {
        if chunk
            .iter()
            .fold(0, |acc, b| acc | u8::from(b.wrapping_sub(b'0') < 10))
            != 0
        {
            break;
        }
        i += 16;
    }
    while let Some(b) = bytes.get(i) {
        if b.is_ascii_digit() {
            return i;
        }
        i += 1;
    }
    bytes.len()
}

/// Stand-alone runs of digits and confusables: (start, end, digits, letters).
/// Runs of letters only are left out (they are words).
///
/// Every kept run holds a digit, so the search jumps from digit to digit
/// and widens each to its maximal run (the byte before a run's start and
/// at its end is never a run byte, so runs are found once, in order).
fn find_runs(bytes: &[u8]) -> Vec<(usize, usize, usize, usize)> {
    let mut runs = Vec::new();
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        let d = next_digit(bytes, i);
        if d >= n {
            break;
        }
        let mut start = d;
        while start > i && bytes.get(start - 1).is_some_and(|&c| is_run_byte(c)) {
            start -= 1;
        }
        let mut digits = 0usize;
        let mut letters = 0usize;
        let mut j = start;
        while let Some(&c) = bytes.get(j) {
            if c.is_ascii_digit() {
                digits += 1;
            } else if is_confusable(c) {
                letters += 1;
            } else {
                break;
            }
            j += 1;
        }
        let before_ok = start == 0
            || bytes
                .get(start - 1)
                .is_some_and(|c| !c.is_ascii_alphanumeric() && *c != b'_');
        let after_ok = bytes
            .get(j)
            .is_none_or(|c| !c.is_ascii_alphanumeric() && *c != b'_');
        if before_ok && after_ok {
            runs.push((start, j, digits, letters));
        }
        i = j;
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn table() {
        let cases: &[(&str, &str)] = &[
            ("plain ascii", "plain ascii"),
            ("tab\there\r\n", "tab here \n"),
            ("０７７００ ９００１２３", "07700 900123"),
            ("07700\u{200B}900\u{200D}123", "07700900123"),
            ("\u{202E}07700\u{2066}900123\u{FEFF}", "07700900123"),
            ("jo＠example．com", "jo@example.com"),
            ("jo﹫example。com", "jo@example.com"),
            ("٠٧٧٠٠ ٩٠٠١٢٣", "07700 900123"),
            ("०७७०० ९००१२३", "07700 900123"),
            ("𝟎𝟕𝟕𝟎𝟎 𝟗𝟎𝟎𝟏𝟐𝟑", "07700 900123"),
            ("07700\u{00A0}900\u{2009}123", "07700 900 123"),
            ("07700 9OO123", "07700 900123"),
            ("O7700 9OOl23", "07700 900123"),
            ("I 10 times", "I 10 times"),
            ("I 1000 times", "I 1000 times"),
            ("lol 07700 900123", "lol 07700 900123"),
            ("wl18 and ol-26-40-59-b", "wl18 and ol-26-40-59-b"),
            ("4111 l111 1111 1111", "4111 1111 1111 1111"),
            ("07700\u{2013}900123", "07700-900123"),
            ("Oil O2 Io", "Oil O2 Io"),
            ("LO11 ABC", "LO11 ABC"),
            ("café", "café"),
            ("cafe\u{301}", "café"),
            ("soft\u{AD}hyphen", "softhyphen"),
            ("line\u{2028}sep", "line\nsep"),
            ("I\u{2019}m O\u{2018}Brien", "I'm O'Brien"),
            ("he\u{02BC}s \u{201B}ere", "he's 'ere"),
        ];
        for (input, want) in cases {
            let n = NormalisedText::new(input);
            assert_eq!(n.as_str(), *want, "input {input:?}");
        }
    }

    #[test]
    fn ascii_fast_path_is_borrowed_and_identity() {
        let n = NormalisedText::new("call 07700 900123 now");
        assert!(matches!(n.text, Cow::Borrowed(_)));
        assert!(n.map.is_none());
        assert_eq!(n.to_original(5..17), 5..17);
        assert_eq!(n.to_original(100..200), 21..21);
        #[allow(clippy::reversed_empty_ranges)]
        let r = n.to_original(10..3);
        assert_eq!(r, 10..10);
    }

    #[test]
    fn maps_back_over_removed_and_expanded_chars() {
        let original = "tel: ０７７００\u{200B}９００１２３.";
        let n = NormalisedText::new(original);
        let s = n.as_str();
        let start = s.find("07700").unwrap();
        let end = start + "07700900123".len();
        let r = n.to_original(start..end);
        assert_eq!(&original[r], "０７７００\u{200B}９００１２３");
        // ligature expands to two chars: any part maps to the whole.
        let original = "x\u{FB01}y";
        let n = NormalisedText::new(original);
        assert_eq!(n.as_str(), "xfiy");
        assert_eq!(&original[n.to_original(1..2)], "\u{FB01}");
        assert_eq!(&original[n.to_original(3..4)], "y");
    }

    #[test]
    fn hostile_inputs_do_not_panic() {
        let marks = format!("a{}b", "\u{301}".repeat(1000));
        let n = NormalisedText::new(&marks);
        assert!(n.as_str().len() < marks.len());
        let _ = n.to_original(0..n.as_str().len());
        let spaces: String = (0u32..0x3100)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace())
            .collect();
        let n = NormalisedText::new(&spaces);
        assert!(n.as_str().chars().all(|c| c == ' ' || c == '\n'));
        let hangul = "\u{1100}\u{1161}\u{11A8}";
        assert_eq!(NormalisedText::new(hangul).as_str(), "\u{AC01}");
    }

    fn check_boundaries(s: &str) {
        let n = NormalisedText::new(s);
        let norm = n.as_str();
        let bounds: Vec<usize> = norm
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(norm.len()))
            .collect();
        for (k, &a) in bounds.iter().enumerate() {
            for &b in bounds.iter().skip(k).take(4) {
                let r = n.to_original(a..b);
                assert!(r.start <= r.end && r.end <= s.len(), "{r:?}");
                assert!(s.is_char_boundary(r.start) && s.is_char_boundary(r.end));
            }
        }
        let r = n.to_original(0..usize::MAX);
        assert!(r.end <= s.len());
    }

    fn same_as_per_char(s: &str) {
        let mut fast = Builder::new(s.len());
        fast.run(s);
        let mut slow = Builder::new(s.len());
        slow.run_per_char(s);
        assert_eq!(fast.out, slow.out, "input {s:?}");
        assert_eq!(fast.segments, slow.segments, "input {s:?}");
    }

    #[test]
    fn ascii_fast_path_table() {
        for s in [
            "",
            "a",
            "ab",
            "e\u{301}",
            "abc\u{301}def",
            "a\u{200B}b",
            "ab\u{200B}\u{200B}cd\t\r\n",
            "\u{200B}abc",
            "café 07700\u{2009}900123\tok",
            "x\u{FB01}y zz",
            "\u{1100}\u{1161}ab\u{11A8}",
        ] {
            same_as_per_char(s);
        }
    }

    /// The confusable fold as first written (one pass over every byte,
    /// in place): the reference the digit-to-digit search must match.
    fn fold_reference(s: &str) -> String {
        let mut bytes = s.as_bytes().to_vec();
        let n = bytes.len();
        let mut runs = Vec::new();
        let mut i = 0;
        while i < n {
            if !is_run_byte(bytes[i]) {
                i += 1;
                continue;
            }
            let start = i;
            let (mut digits, mut letters) = (0, 0);
            while i < n && is_run_byte(bytes[i]) {
                if bytes[i].is_ascii_digit() {
                    digits += 1;
                } else {
                    letters += 1;
                }
                i += 1;
            }
            let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
            let before_ok = start == 0 || !word(bytes[start - 1]);
            let after_ok = i == n || !word(bytes[i]);
            if before_ok && after_ok && digits > 0 {
                runs.push((start, i, digits, letters));
            }
        }
        let mut k = 0;
        while k < runs.len() {
            let mut end = k + 1;
            while end < runs.len()
                && runs[end].0 - runs[end - 1].1 == 1
                && matches!(bytes[runs[end - 1].1], b' ' | b'-' | b'.')
            {
                end += 1;
            }
            let (d, l) = runs[k..end]
                .iter()
                .fold((0, 0), |(d, l), r| (d + r.2, l + r.3));
            if l > 0 && d >= 4 && l <= d {
                for &(a, b, _, _) in &runs[k..end] {
                    for c in &mut bytes[a..b] {
                        *c = match *c {
                            b'O' | b'o' => b'0',
                            b'I' | b'l' | b'|' => b'1',
                            other => other,
                        };
                    }
                }
            }
            k = end;
        }
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn fold_table() {
        let cases: &[(&str, &str)] = &[
            ("07700 9OO l23", "07700 900 123"),
            ("call 0770O-9OOl23 now", "call 07700-900123 now"),
            ("lol 1O", "lol 1O"),
            ("I have 2 dogs", "I have 2 dogs"),
            ("ol-26-40-59-b", "ol-26-40-59-b"),
            ("a1OOO", "a1OOO"),
            ("12O4", "12O4"),
            ("12O45", "12045"),
            ("12OO", "12OO"),
            ("12OO56", "120056"),
            ("1OOO", "1OOO"),
            ("é 44O56 é", "é 44056 é"),
            ("", ""),
            (
                "0123456789abcdef0123456789 lO 12l45",
                "0123456789abcdef0123456789 lO 12145",
            ),
        ];
        for (input, want) in cases {
            assert_eq!(&fold_confusables(Cow::Borrowed(*input)), want, "{input:?}");
            assert_eq!(&fold_reference(input), want, "{input:?}");
        }
    }

    proptest! {
        #[test]
        fn ascii_fast_path_is_per_char(s in "[a-z0-9 \t\r\n.]{0,6}(\u{301}|\u{200B}|\u{FF10}|é|\u{1161}|\u{11A8}|[a-z \t]){0,12}") {
            same_as_per_char(&s);
        }

        #[test]
        fn ascii_fast_path_any_unicode(s in any::<String>()) {
            same_as_per_char(&s);
        }

        #[test]
        fn to_original_lies_on_char_boundaries(s in "\\PC{0,40}") {
            check_boundaries(&s);
        }

        #[test]
        fn to_original_any_unicode(s in any::<String>()) {
            check_boundaries(&s);
        }

        #[test]
        fn idempotent(s in any::<String>()) {
            let once = NormalisedText::new(&s).as_str().to_owned();
            let twice = NormalisedText::new(&once).as_str().to_owned();
            prop_assert_eq!(once, twice);
        }

        #[test]
        fn idempotent_digits_and_marks(s in "[0-9OoIl| \u{200B}\u{301}\u{FF10}-\u{FF19}a-z]{0,30}") {
            let once = NormalisedText::new(&s).as_str().to_owned();
            let twice = NormalisedText::new(&once).as_str().to_owned();
            prop_assert_eq!(once, twice);
        }

        #[test]
        fn fold_matches_reference(s in "([0-9OoIl| .\\-_a-zé]{0,3}|[0-9 ]{0,20}|x{16}){0,12}") {
            let fast = fold_confusables(Cow::Borrowed(s.as_str())).into_owned();
            prop_assert_eq!(fast, fold_reference(&s));
        }

        #[test]
        fn byte_scans_match_naive(s in "([a-z \t\r\x0B\x0C0-9]{0,20}|é|x{16}){0,8}") {
            let b = s.as_bytes();
            let naive_ascii = b.iter().take_while(|c| c.is_ascii()).count();
            prop_assert_eq!(ascii_prefix_len(b), naive_ascii);
            let naive_ctl = b.iter().any(|c| matches!(c, b'\t' | b'\r' | 0x0B | 0x0C));
            prop_assert_eq!(has_space_controls(b), naive_ctl);
            let naive_digit = b.iter().position(u8::is_ascii_digit).unwrap_or(b.len());
            prop_assert_eq!(next_digit(b, 0), naive_digit);
        }

        #[test]
        fn fold_matches_reference_any(s in any::<String>()) {
            let fast = fold_confusables(Cow::Borrowed(s.as_str())).into_owned();
            prop_assert_eq!(fast, fold_reference(&s));
        }
    }
}
