//! Shared pieces of the fuzz targets: the project's leak standard, token
//! stripping, and generators of synthetic reporter values that the
//! invariants can be stated about precisely.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::sync::LazyLock;

use arbitrary::Arbitrary;
use regex::Regex;

/// The project's leak standard (`tests/support/leak.rs`), shared with the
/// integration tests.
#[path = "../../tests/support/leak.rs"]
pub mod leak;

/// What replaces a token or a label before the leak check, and what joins
/// the arbitrary pieces of text in the pre-check: a character that is
/// neither a separator nor a letter or digit, so nothing "in sequence" can
/// run across it.
pub const BARRIER: &str = " # ";

static TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    // `[PHONE:k1:ABCDEFGHIJKLM]`, `[NAME]`, `[PHONE REMOVED]`: anything in
    // square brackets that starts with an upper-case label.
    Regex::new(r"\[[A-Z][A-Z_ ]*(?::[^\]\s]*)*\]").expect("token pattern")
});

/// `text` with every token and label replaced by [`BARRIER`]: a token's
/// MAC is random base32 and may spell any short word, and its label
/// (`NAME`, `PHONE`) is not a reporter's value.
pub fn strip_tokens(text: &str) -> String {
    TOKEN.replace_all(text, BARRIER).into_owned()
}

/// Whether `range` lies inside `s` on character boundaries.
pub fn on_boundaries(s: &str, range: &std::ops::Range<usize>) -> bool {
    range.start <= range.end
        && range.end <= s.len()
        && s.is_char_boundary(range.start)
        && s.is_char_boundary(range.end)
}

/// A word of 4 to 10 ASCII letters, capitalised: the shape of a name part
/// that the leak standard counts (three letters or more) with one to spare.
#[derive(Debug, Clone)]
pub struct Word(pub String);

impl<'a> Arbitrary<'a> for Word {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        let len = u.int_in_range(4..=10)?;
        let mut s = String::with_capacity(len);
        for i in 0..len {
            let b: u8 = u.int_in_range(0..=25)?;
            let c = char::from(b'a' + b);
            s.push(if i == 0 { c.to_ascii_uppercase() } else { c });
        }
        Ok(Word(s))
    }
}

/// A UK mobile or landline drama number (Ofcom 07700 900xxx / 01632
/// 960xxx) written in one of the usual formats.
#[derive(Debug, Clone)]
pub struct Phone {
    /// Which number: 0..1000 within the drama range.
    pub n: u16,
    /// Landline instead of mobile.
    pub landline: bool,
    /// Which format.
    pub format: u8,
}

impl<'a> Arbitrary<'a> for Phone {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        Ok(Phone {
            n: u.int_in_range(0..=999)?,
            landline: u.arbitrary()?,
            format: u.int_in_range(0..=5)?,
        })
    }
}

impl Phone {
    /// The number as a reporter would type it.
    pub fn text(&self) -> String {
        let (area, rest) = if self.landline {
            ("01632", format!("960{:03}", self.n))
        } else {
            ("07700", format!("900{:03}", self.n))
        };
        let area_nsn = &area[1..];
        match self.format {
            0 => format!("{area} {rest}"),
            1 => format!("{area}{rest}"),
            2 => format!("+44 {area_nsn} {rest}"),
            3 => format!("+44{area_nsn}{rest}"),
            4 => format!("({area}) {rest}"),
            _ => format!("{area}-{}-{}", &rest[..3], &rest[3..]),
        }
    }
}

/// A piece of a fuzzed text: arbitrary text, or one of the reporter's
/// known values (by index), always with a space on each side.
#[derive(Debug, Clone, Arbitrary)]
pub enum Piece {
    /// Arbitrary text.
    Text(String),
    /// The reporter's phone.
    Phone,
    /// The reporter's email.
    Email,
    /// The reporter's full name.
    Name,
    /// The subject's name (must be kept).
    Subject,
}

/// The reporter's synthetic values.
#[derive(Debug, Clone, Arbitrary)]
pub struct ReporterValues {
    /// Phone number.
    pub phone: Phone,
    /// Local part of the email (at example.com or example.org).
    pub email_local: Word,
    /// Whether the email is at example.org.
    pub email_org: bool,
    /// First name.
    pub first: Word,
    /// Last name.
    pub last: Word,
}

impl ReporterValues {
    /// The email address.
    pub fn email(&self) -> String {
        let dom = if self.email_org {
            "example.org"
        } else {
            "example.com"
        };
        format!("{}@{dom}", self.email_local.0.to_ascii_lowercase())
    }

    /// The full name.
    pub fn name(&self) -> String {
        format!("{} {}", self.first.0, self.last.0)
    }

    /// Every (leak-standard kind, value) pair.
    pub fn values(&self) -> Vec<(&'static str, String)> {
        vec![
            ("phone", self.phone.text()),
            ("email", self.email()),
            ("name", self.name()),
        ]
    }

    /// The lower-cased words of the values (name parts, email local part).
    pub fn words(&self) -> Vec<String> {
        [&self.first, &self.last, &self.email_local]
            .iter()
            .map(|w| w.0.to_ascii_lowercase())
            .collect()
    }
}

/// Whether two lower-cased words are too close to state a leak invariant
/// about both (one contains the other).
pub fn clash(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    !a.is_empty() && !b.is_empty() && (a.contains(&b) || b.contains(&a))
}

/// Joins `pieces` into a text, each piece with a space on both sides.
pub fn assemble(pieces: &[Piece], r: &ReporterValues, subject: &str) -> String {
    let mut out = String::new();
    for p in pieces {
        out.push(' ');
        match p {
            Piece::Text(t) => out.push_str(t),
            Piece::Phone => out.push_str(&r.phone.text()),
            Piece::Email => out.push_str(&r.email()),
            Piece::Name => out.push_str(&r.name()),
            Piece::Subject => out.push_str(subject),
        }
        out.push(' ');
    }
    out
}

/// The arbitrary text alone, the known values replaced by [`BARRIER`]: if
/// it already "leaks" a value, the fuzzer wrote that value itself, in a
/// form the invariant is not about.
pub fn background(pieces: &[Piece]) -> String {
    let mut out = String::new();
    for p in pieces {
        out.push(' ');
        match p {
            Piece::Text(t) => out.push_str(t),
            _ => out.push('#'),
        }
        out.push(' ');
    }
    out
}
