//! Canonical forms: one spelling per identifier, so that every way of
//! writing one value gives one token.
//!
//! The forms are part of the frozen token format (see the module docs of
//! `pseudonym`): changing what any input canonicalises to changes its
//! token, which is a breaking change.
//!
//! Every function here works on arbitrary Unicode, never panics, never
//! slices by byte index and runs in time linear in the input.

use std::net::IpAddr;

use unicode_normalization::UnicodeNormalization;

use crate::detect::Kind;
use crate::text::{read_spoken, repeat_word};

/// The canonical form of `value` as an identifier of `kind`.
///
/// Every form starts from the value in NFKC (so full-width and other
/// compatibility characters fold to their plain forms) with invisible
/// format characters (zero-width spaces and joiners, soft hyphens, BOMs,
/// bidirectional controls) removed. Then, per kind:
///
/// | kind | canonical form |
/// |---|---|
/// | phone | E.164 (`+447700900123`) for UK numbers written nationally (`07700 900123`), with `+44`/`0044`/`44`, with a `(0)`; `+CC…` for other international numbers; digits only otherwise. Spelled-out digits (`oh seven seven double oh`) and letters O/l standing for 0/1 inside digit groups are read as digits. |
/// | email | lower case, no spaces, `mailto:` removed, disguises undone (`jo at example dot com`, `jo [at] example (dot) co (dot) uk`) |
/// | postcode, NINO, IBAN, vehicle reg, driving licence, passport, collar number | upper-case letters and digits only |
/// | NHS number, card, sort code, account number, UTR | digits only |
/// | handle | lower case without leading `@` |
/// | URL | no scheme, no `www.`, lower-case host, no trailing `/` (path case kept) |
/// | IP address | the standard text form of the parsed address (`2001:db8::1`) |
/// | name | lower case (`ß` as `ss`), dots as spaces, possessive `'s` removed, surrounding punctuation removed, spaces collapsed |
/// | address | lower case, commas and dots as spaces, spaces collapsed |
/// | others | lower case, spaces collapsed |
///
/// A value that yields nothing under its kind's rule (a "phone" with no
/// digits) falls back to the general form, so distinct junk values do not
/// all share one token.
pub(crate) fn canonical(kind: Kind, value: &str) -> String {
    let pre = prepare(value);
    let out = match kind {
        Kind::Phone => phone(&pre),
        Kind::Email => email(&pre),
        // Read out in the phonetic alphabet ("Lima Sierra one four …"):
        // the letters and digits it stands for.
        Kind::Postcode | Kind::Nino | Kind::VehicleReg
            if let Some(decoded) = crate::detect::phonetic_decode(&pre) =>
        {
            decoded
        }
        Kind::Postcode
        | Kind::Nino
        | Kind::Iban
        | Kind::VehicleReg
        | Kind::DrivingLicence
        | Kind::Passport
        | Kind::CollarNumber => upper_alnum(&pre),
        Kind::NhsNumber | Kind::Card | Kind::SortCode | Kind::AccountNumber | Kind::Utr => {
            digits(&pre)
        }
        Kind::Handle => handle(&pre),
        Kind::Url => url(&pre),
        Kind::IpAddress => ip(&pre),
        Kind::Name => name(&pre),
        Kind::Address => address(&pre),
        _ => general(&pre),
    };
    if out.is_empty() { general(&pre) } else { out }
}

/// The canonical form of free text that is not a typed identifier (file
/// names, contact blocks): the general form.
pub(crate) fn canonical_text(value: &str) -> String {
    general(&prepare(value))
}

/// The canonical form of a report reference: NFKC without invisible
/// characters, trimmed; case is kept (references are exact).
pub(crate) fn canonical_reference(value: &str) -> String {
    prepare(value).trim().to_owned()
}

/// The canonical form of a scope name: the general form with every
/// control character removed (so a scope tag never contains the 0x00
/// separator of the MAC input).
pub(crate) fn canonical_scope_name(value: &str) -> String {
    general(&prepare(value))
        .chars()
        .filter(|c| !c.is_control())
        .collect()
}

/// Invisible characters that change nothing a reader sees.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{17B4}'
            | '\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E0FFF}'
    )
}

/// NFKC with invisible characters removed. ASCII text is its own NFKC
/// form and holds no invisible character: it is copied as it is.
fn prepare(value: &str) -> String {
    if value.is_ascii() {
        return value.to_owned();
    }
    value.nfkc().filter(|&c| !is_invisible(c)).collect()
}

/// Lower case with `ß` folded to `ss` and final sigma to sigma: a close,
/// dependency-free approximation of Unicode case folding.
fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ς' => out.push('σ'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Words separated by single ASCII spaces.
fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The general form: case-folded, spaces collapsed.
fn general(pre: &str) -> String {
    collapse(&fold(pre))
}

fn upper_alnum(pre: &str) -> String {
    pre.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_uppercase)
        .collect()
}

fn digits(pre: &str) -> String {
    pre.chars().filter(char::is_ascii_digit).collect()
}

/// Reads the digits of a phone number, with spoken and look-alike forms.
/// Returns whether it started with an international `+` and the digits.
fn phone_digits(pre: &str) -> (bool, String) {
    let folded = fold(pre);
    // "(0)" after a country code is a trunk prefix that E.164 drops.
    let folded = folded.replace("(0)", " ");
    let mut plus = false;
    let mut seen_digit = false;
    let mut out = String::new();
    let mut repeat = 1usize;
    let mut tens_open = false;
    for word in folded.split(|c: char| !c.is_alphanumeric() && c != '+') {
        if word.is_empty() {
            continue;
        }
        if let Some(n) = repeat_word(word) {
            repeat = n;
            continue;
        }
        if word == "plus" && !seen_digit {
            plus = true;
            continue;
        }
        // Digit words, and numbers read out in groups ("nine hundred",
        // "forty one").
        if read_spoken(word, repeat, &mut out, &mut tens_open) {
            seen_digit = true;
            repeat = 1;
            continue;
        }
        let has_digit = word.chars().any(|c| c.is_ascii_digit());
        let mut first = true;
        for c in word.chars() {
            let d = match c {
                '0'..='9' => Some(c),
                '+' if !seen_digit => {
                    plus = true;
                    None
                }
                // Letters typed for digits inside a digit group: "O77OO".
                'o' if has_digit => Some('0'),
                'l' | 'i' if has_digit => Some('1'),
                _ => None,
            };
            if let Some(d) = d {
                let times = if first { repeat } else { 1 };
                for _ in 0..times {
                    out.push(d);
                }
                first = false;
                seen_digit = true;
            }
        }
        repeat = 1;
    }
    (plus, out)
}

fn phone(pre: &str) -> String {
    let (plus, d) = phone_digits(pre);
    if d.is_empty() {
        return String::new();
    }
    let international = if plus {
        Some(d.as_str())
    } else {
        d.strip_prefix("00")
    };
    if let Some(rest) = international {
        if let Some(uk) = rest.strip_prefix("44") {
            // "+44 07700 …": the trunk 0 is not part of the number.
            let nsn = uk.strip_prefix('0').unwrap_or(uk);
            return format!("+44{nsn}");
        }
        return format!("+{rest}");
    }
    if let Some(nsn) = d.strip_prefix('0') {
        // A national UK number: trunk 0 then the significant number.
        return format!("+44{nsn}");
    }
    if let Some(uk) = d.strip_prefix("44") {
        // "44 7700 900123" without the plus.
        let nsn = uk.strip_prefix('0').unwrap_or(uk);
        if (9..=10).contains(&nsn.len()) && !nsn.starts_with('0') {
            return format!("+44{nsn}");
        }
    }
    d
}

fn email(pre: &str) -> String {
    let folded = fold(pre);
    let trimmed = folded.trim();
    let body = trimmed.strip_prefix("mailto:").unwrap_or(trimmed);
    let mut out = String::with_capacity(body.len());
    // Whitespace and brackets separate the parts of a disguised address;
    // neither occurs in an ordinary one.
    for word in body.split(|c: char| c.is_whitespace() || "[](){}<>".contains(c)) {
        match word {
            "" => {}
            "at" => out.push('@'),
            "dot" => out.push('.'),
            _ => out.push_str(word),
        }
    }
    out.trim_end_matches('.').to_owned()
}

fn handle(pre: &str) -> String {
    let folded = fold(pre);
    folded
        .trim()
        .trim_start_matches('@')
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

fn url(pre: &str) -> String {
    let trimmed = pre.trim();
    // Drop a scheme: letters, digits, "+", "-", "." before "://".
    let without_scheme = match trimmed.split_once("://") {
        Some((scheme, rest))
            if !scheme.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)) =>
        {
            rest
        }
        _ => trimmed,
    };
    let split_at = without_scheme
        .find(['/', '?', '#'])
        .unwrap_or(without_scheme.len());
    let (host, path) = match (
        without_scheme.get(..split_at),
        without_scheme.get(split_at..),
    ) {
        (Some(h), Some(p)) => (h, p),
        _ => (without_scheme, ""),
    };
    let host = fold(host);
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let host = host.trim_end_matches('.');
    let path = path.trim_end_matches('/');
    let mut out = String::with_capacity(host.len() + path.len());
    out.push_str(host);
    out.push_str(path);
    out.chars().filter(|c| !c.is_whitespace()).collect()
}

fn ip(pre: &str) -> String {
    let t = pre.trim();
    let t = t.strip_prefix('[').unwrap_or(t);
    let t = t.strip_suffix(']').unwrap_or(t);
    match t.parse::<IpAddr>() {
        Ok(addr) => addr.to_string(),
        Err(_) => general(t),
    }
}

/// Apostrophe look-alikes, folded to `'`.
fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}' | '\u{2032}'
    )
}

fn name(pre: &str) -> String {
    let folded: String = fold(pre)
        .chars()
        .map(|c| match c {
            '.' => ' ',
            c if is_apostrophe(c) => '\'',
            c => c,
        })
        .collect();
    let mut out = String::with_capacity(folded.len());
    for word in folded.split_whitespace() {
        // Surrounding punctuation ("(Jo", "Bloggs,") is not part of a name;
        // inner apostrophes and hyphens ("O'Brien", "Smith-Jones") are.
        let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
        let word = word.strip_suffix("'s").unwrap_or(word);
        let word = word.trim_matches('\'');
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

fn address(pre: &str) -> String {
    let folded: String = fold(pre)
        .chars()
        .map(|c| if c == ',' || c == '.' { ' ' } else { c })
        .collect();
    collapse(&folded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The ASCII fast paths give what the general paths give.
        #[test]
        fn ascii_fast_paths_match_the_general_ones(s in "[\\x00-\\x7f]{0,40}") {
            let general: String = s.nfkc().filter(|&c| !is_invisible(c)).collect();
            prop_assert_eq!(prepare(&s), general);
            let folded: String = s.chars().flat_map(char::to_lowercase).collect();
            prop_assert_eq!(fold(&s), folded);
        }
    }

    #[test]
    fn phone_forms() {
        let cases = [
            ("07700 900 123", "+447700900123"),
            ("+44 (0)7700-900123", "+447700900123"),
            ("0044 7700 900123", "+447700900123"),
            ("44 7700 900123", "+447700900123"),
            ("０７７００　９００１２３", "+447700900123"),
            (
                "oh seven seven double oh nine double oh one two three",
                "+447700900123",
            ),
            ("O77OO 9OO123", "+447700900123"),
            (
                "oh seven seven double oh, nine hundred, one twenty three",
                "+447700900123",
            ),
            ("07700 nine hundred 123", "+447700900123"),
            ("+1 (202) 555-0100", "+12025550100"),
            ("+49 (0)30 1234567", "+49301234567"),
            ("0116 496 0123", "+441164960123"),
            ("9001 23", "900123"),
        ];
        for (input, want) in cases {
            assert_eq!(canonical(Kind::Phone, input), want, "{input}");
        }
    }

    #[test]
    fn email_forms() {
        let cases = [
            ("Jo.Bloggs@Example.COM", "jo.bloggs@example.com"),
            ("jo at example dot com", "jo@example.com"),
            ("jo [at] example (dot) co (dot) uk", "jo@example.co.uk"),
            ("  mailto:jo@example.com ", "jo@example.com"),
            ("ｊｏ＠ｅｘａｍｐｌｅ．ｃｏｍ", "jo@example.com"),
            ("jo\u{200B}@example.com", "jo@example.com"),
            ("kate@example.com", "kate@example.com"),
        ];
        for (input, want) in cases {
            assert_eq!(canonical(Kind::Email, input), want, "{input}");
        }
    }

    #[test]
    fn other_forms() {
        let cases = [
            (Kind::Postcode, "b4 6ng", "B46NG"),
            (Kind::Nino, "qq 12 34 56 c", "QQ123456C"),
            (
                Kind::Iban,
                "gb82 west 1234 5698 7654 32",
                "GB82WEST12345698765432",
            ),
            (Kind::VehicleReg, "ab12-cde", "AB12CDE"),
            (
                Kind::Postcode,
                "Lima Sierra one four, four Delta Foxtrot",
                "LS144DF",
            ),
            (
                Kind::VehicleReg,
                "Yankee X-ray 70 Bravo Charlie Delta",
                "YX70BCD",
            ),
            (Kind::NhsNumber, "943 476 5919", "9434765919"),
            (Kind::SortCode, "20-00-00", "200000"),
            (Kind::Handle, "@Jo_B_92", "jo_b_92"),
            (Kind::Url, "HTTPS://www.Example.com/Jo/", "example.com/Jo"),
            (Kind::Url, "example.com", "example.com"),
            (Kind::IpAddress, "2001:DB8:0:0::1", "2001:db8::1"),
            (Kind::IpAddress, "[2001:db8::1]", "2001:db8::1"),
            (Kind::IpAddress, "192.0.2.1", "192.0.2.1"),
            (Kind::Name, "  Jo   BLOGGS's ", "jo bloggs"),
            (Kind::Name, "J.R. Bloggs", "j r bloggs"),
            (Kind::Name, "O’Brien", "o'brien"),
            (Kind::Name, "Strauß", "strauss"),
            (Kind::Address, "12 High St., Anytown", "12 high st anytown"),
            (Kind::Time, " 07:30  Hrs", "07:30 hrs"),
        ];
        for (kind, input, want) in cases {
            assert_eq!(canonical(kind, input), want, "{kind} {input}");
        }
    }

    #[test]
    fn empty_results_fall_back_to_general() {
        assert_eq!(canonical(Kind::Phone, "Not A Number"), "not a number");
        assert_ne!(
            canonical(Kind::Card, "abc"),
            canonical(Kind::Card, "def"),
            "distinct junk must not share a canonical form"
        );
    }

    #[test]
    fn scope_names_have_no_controls() {
        assert_eq!(
            canonical_scope_name(" West\0 Midlands\tPolice "),
            "west midlands police"
        );
        assert!(!canonical_scope_name("a\0b").contains('\0'));
    }
}
