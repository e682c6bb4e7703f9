//! The project's leak standard (`leak-standard.md`) as code: when a
//! reporter's value counts as leaked by an output, and when a subject's
//! value (or a look-alike) counts as kept.
//!
//! Use it from an integration test or an example with
//! `#[path = "../tests/support/leak.rs"] mod leak;` (adjust the path). It
//! depends only on `std` and `unicode-normalization` (a dependency of the
//! crate, so available to its tests and examples).
//!
//! Every check first normalises the output (and the value): NFKC, invisible
//! format characters removed (zero-width space, non-joiner and joiner, word
//! joiner, soft hyphen, BOM, bidi controls, Mongolian vowel separator),
//! every whitespace character turned into a space, then lower-cased.
//!
//! Rules per kind (the `kind` argument is the crate's snake_case name):
//! - `phone`: the national significant number (the digits after +44 / 0044
//!   or the leading 0; for another country after `+`, all digits) appears
//!   as a digit sequence with at most three separators between consecutive
//!   digits, or in spelled-out digits ("oh seven seven double oh nine ...",
//!   digits and digit words may be mixed; "double"/"triple"/"treble"
//!   repeat the next digit).
//! - `nhs_number`, `card`, `sort_code`, `account_number`: the value's digits
//!   appear in sequence with at most three separators between them.
//! - `date_of_birth`: the date (parsed from a numeric or a written form) in
//!   any numeric rendering (day and month with or without a leading zero,
//!   four- or two-digit year) with at most three separators between digits,
//!   or written with the month as a word ("3rd April 1987", "April 3 87").
//!   If the value is not a recognisable date, its digits as above.
//! - `nino`, `iban`, `postcode`, `vehicle_reg`, `driving_licence`,
//!   `passport`, `utr`: the value's letters and digits appear in sequence
//!   with at most three separators between them.
//! - `email`: the whole address appears, also after undoing "at"/"dot"
//!   disguises in the output ("jo at example dot com", "[at]", "(dot)"), or
//!   the local part alone (four characters or more) appears, not inside a
//!   longer run of letters and digits.
//! - `handle`: the handle without its `@` appears, not inside a longer run of
//!   letters, digits and underscores.
//! - `url`: the address without scheme and "www." appears, or its path
//!   (four characters or more).
//! - `ip_address`: the address appears (compared as parsed addresses, so
//!   another spelling of the same IPv6 address counts).
//! - `name`: the name's words appear as a word sequence, or any part of
//!   three letters or more appears as a word (words are runs of letters, so
//!   "Bloggs's" and "@jo_bloggs" leak "Jo Bloggs").
//! - `address`: the address appears as a word sequence, or the street
//!   without its house/flat number (the words after the last word that
//!   contains a digit). Street-type abbreviations are folded on both sides
//!   ("Rd" = "Road").
//!
//! Kinds the standard does not name (our choice, documented):
//! - `age`: the number appears as a whole number (not part of a longer digit
//!   run), or in words ("forty two").
//! - anything else (`collar_number`, `time`, unknown names): the value's
//!   letters and digits appear in sequence with at most three separators.
//!
//! A subject's value (or a look-alike) is [`kept`] if it appears in the
//! output as written (after normalisation, runs of spaces counted as one),
//! as a whole word or digit sequence: not inside a longer run of letters and
//! digits.

#![allow(dead_code, unreachable_pub)]

use std::net::IpAddr;

use unicode_normalization::UnicodeNormalization;

/// The most separator characters allowed between two consecutive characters
/// of a value for it to still count as "in sequence".
pub const MAX_SEPARATORS: usize = 3;

/// Whether `c` is an invisible format character that the standard removes
/// before comparing.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// NFKC, invisible characters removed, whitespace turned into spaces,
/// lower-cased.
pub fn normalise(s: &str) -> String {
    s.nfkc()
        .filter(|c| !is_invisible(*c))
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

/// A separator between the characters of a value: space, hyphen (any dash),
/// dot, slash or a bracket.
pub fn is_separator(c: char) -> bool {
    matches!(
        c,
        ' ' | '-' | '.' | '/' | '(' | ')' | '[' | ']' | '{' | '}' | '\u{2010}'
            ..='\u{2015}' | '\u{2212}'
    )
}

/// Whether `needle` (characters without separators) appears in `hay` in
/// order, with at most `max_sep` separator characters between any two
/// consecutive needle characters and nothing else.
pub fn appears_in_sequence(hay: &[char], needle: &[char], max_sep: usize) -> bool {
    let Some(&first) = needle.first() else {
        return false;
    };
    'start: for i in 0..hay.len() {
        if hay[i] != first {
            continue;
        }
        let mut p = i + 1;
        for &want in &needle[1..] {
            let mut seps = 0;
            while p < hay.len() && is_separator(hay[p]) {
                seps += 1;
                p += 1;
            }
            if seps > max_sep || p >= hay.len() || hay[p] != want {
                continue 'start;
            }
            p += 1;
        }
        return true;
    }
    false
}

/// Whether `needle` occurs in `hay` with no character of `inner` right
/// before or right after it.
fn contains_bounded(hay: &str, needle: &str, inner: impl Fn(char) -> bool) -> bool {
    if needle.is_empty() {
        return false;
    }
    let mut from = 0;
    while let Some(off) = hay.get(from..).and_then(|h| h.find(needle)) {
        let at = from + off;
        let before = hay.get(..at).and_then(|h| h.chars().next_back());
        let after = hay.get(at + needle.len()..).and_then(|h| h.chars().next());
        if !before.is_some_and(&inner) && !after.is_some_and(&inner) {
            return true;
        }
        from = at
            + hay
                .get(at..)
                .and_then(|h| h.chars().next())
                .map_or(1, char::len_utf8);
    }
    false
}

/// Runs of letters and digits (Unicode alphanumeric), in order.
pub fn alnum_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Runs of letters (Unicode alphabetic), in order.
pub fn letter_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Whether `needle` occurs as a consecutive sub-sequence of `hay`.
pub fn contains_words(hay: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

fn digit_word(w: &str) -> Option<char> {
    Some(match w {
        "oh" | "o" | "zero" | "nought" | "nil" => '0',
        "one" => '1',
        "two" => '2',
        "three" => '3',
        "four" => '4',
        "five" => '5',
        "six" => '6',
        "seven" => '7',
        "eight" => '8',
        "nine" => '9',
        _ => return None,
    })
}

fn repeat_word(w: &str) -> Option<usize> {
    match w {
        "double" => Some(2),
        "triple" | "treble" => Some(3),
        _ => None,
    }
}

/// The runs of letters and digits of `s` with their byte offsets.
pub fn word_spans(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in s.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.extend(s.get(st..i).map(|w| (st, w)));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        out.extend(s.get(st..).map(|w| (st, w)));
    }
    out
}

/// The digit strings spelled out in a normalised text: each maximal run of
/// digit words, "double"/"triple" and digit groups, separated by at most
/// three non-alphanumeric characters, gives one string.
pub fn spelled_digit_runs(norm: &str) -> Vec<String> {
    let mut runs = Vec::new();
    let mut cur = String::new();
    let mut repeat = 1usize;
    let mut last_end: Option<usize> = None;
    let flush = |cur: &mut String, runs: &mut Vec<String>| {
        if !cur.is_empty() {
            runs.push(std::mem::take(cur));
        }
    };
    for (start, word) in word_spans(norm) {
        // a gap of more than three characters ends the run (a gap never
        // holds letters or digits: those would be a word)
        if let Some(end) = last_end
            && norm.get(end..start).map_or(0, |g| g.chars().count()) > MAX_SEPARATORS
        {
            flush(&mut cur, &mut runs);
            repeat = 1;
        }
        if let Some(n) = repeat_word(word) {
            repeat = n;
        } else if let Some(d) = digit_word(word) {
            for _ in 0..repeat {
                cur.push(d);
            }
            repeat = 1;
        } else if word.chars().all(|c| c.is_ascii_digit()) {
            let mut chars = word.chars();
            if let Some(d) = chars.next() {
                for _ in 0..repeat {
                    cur.push(d);
                }
            }
            cur.extend(chars);
            repeat = 1;
        } else {
            flush(&mut cur, &mut runs);
            repeat = 1;
            last_end = None;
            continue;
        }
        last_end = Some(start + word.len());
    }
    flush(&mut cur, &mut runs);
    runs
}

/// The digits of a value, reading digit words too ("oh seven ...").
pub fn value_digits(norm_value: &str) -> String {
    let mut out = String::new();
    let mut repeat = 1usize;
    for word in norm_value.split(|c: char| !c.is_alphanumeric()) {
        if let Some(n) = repeat_word(word) {
            repeat = n;
        } else if let Some(d) = digit_word(word) {
            for _ in 0..repeat {
                out.push(d);
            }
            repeat = 1;
        } else {
            let digits: Vec<char> = word.chars().filter(char::is_ascii_digit).collect();
            if let Some((&d, rest)) = digits.split_first() {
                for _ in 0..repeat {
                    out.push(d);
                }
                out.extend(rest);
                repeat = 1;
            }
        }
    }
    out
}

/// The national significant number of a phone value: the digits after +44,
/// 0044 or the leading 0 (the "(0)" of "+44 (0)..." dropped too).
pub fn phone_nsn(value: &str) -> String {
    let norm = normalise(value);
    let digits = value_digits(&norm);
    let plus = norm.trim_start().starts_with('+');
    let rest = if let Some(r) = digits.strip_prefix("0044") {
        r
    } else if plus {
        digits.strip_prefix("44").unwrap_or(&digits)
    } else {
        &digits
    };
    rest.strip_prefix('0').unwrap_or(rest).to_owned()
}

fn digits_rule(hay: &[char], digits: &str) -> bool {
    let needle: Vec<char> = digits.chars().collect();
    appears_in_sequence(hay, &needle, MAX_SEPARATORS)
}

fn alnum_rule(hay: &[char], value: &str) -> bool {
    let needle: Vec<char> = normalise(value)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    appears_in_sequence(hay, &needle, MAX_SEPARATORS)
}

/// Undoes "at"/"dot" email disguises in a normalised text:
/// "jo dot b at example dot com", "jo [at] example (dot) com" and the like
/// become "jo.b@example.com".
pub fn undo_email_disguise(norm: &str) -> String {
    let mut s = norm.to_owned();
    for (open, close) in [("[", "]"), ("(", ")"), ("{", "}"), ("<", ">")] {
        for (word, sym) in [("at", " @ "), ("dot", " . ")] {
            s = s.replace(&format!("{open}{word}{close}"), sym);
            s = s.replace(&format!("{open} {word} {close}"), sym);
        }
    }
    s = s.replace(" at ", " @ ").replace(" dot ", " . ");
    // collapse the spaces around the symbols
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == ' ' {
            let mut j = i;
            while j < chars.len() && chars[j] == ' ' {
                j += 1;
            }
            let next = chars.get(j).copied();
            let prev = out.chars().next_back();
            if matches!(next, Some('@' | '.')) || matches!(prev, Some('@' | '.')) {
                i = j;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

fn email_rule(norm_out: &str, value: &str) -> bool {
    let v = undo_email_disguise(&normalise(value));
    let v = v.trim();
    let undone = undo_email_disguise(norm_out);
    if !v.is_empty() && (norm_out.contains(v) || undone.contains(v)) {
        return true;
    }
    let local = v.split('@').next().unwrap_or("");
    if local.chars().count() >= 4 {
        let inner = |c: char| c.is_alphanumeric();
        return contains_bounded(norm_out, local, inner) || contains_bounded(&undone, local, inner);
    }
    false
}

fn handle_rule(norm_out: &str, value: &str) -> bool {
    let v = normalise(value);
    let h = v.trim().trim_start_matches('@');
    contains_bounded(norm_out, h, |c| c.is_alphanumeric() || c == '_')
}

fn url_rule(norm_out: &str, value: &str) -> bool {
    let v = normalise(value);
    let mut v = v.trim();
    for scheme in ["https://", "http://"] {
        if let Some(r) = v.strip_prefix(scheme) {
            v = r;
        }
    }
    if let Some(r) = v.strip_prefix("www.") {
        v = r;
    }
    let v = v.trim_end_matches('/');
    if !v.is_empty() && norm_out.contains(v) {
        return true;
    }
    if let Some((_, path)) = v.split_once('/') {
        let path = path.trim_matches('/');
        if path.chars().count() >= 4 && norm_out.contains(path) {
            return true;
        }
    }
    false
}

fn ip_rule(norm_out: &str, value: &str) -> bool {
    let v = normalise(value);
    let v = v.trim();
    let Ok(addr) = v.parse::<IpAddr>() else {
        return contains_bounded(norm_out, v, |c| c.is_ascii_hexdigit() || c == ':');
    };
    norm_out
        .split(|c: char| !(c.is_ascii_hexdigit() || c == ':' || c == '.'))
        .map(|run| run.trim_matches(|c| c == '.' || c == ':'))
        .filter(|run| !run.is_empty())
        .any(|run| {
            run.parse::<IpAddr>() == Ok(addr)
                // an IPv4 address glued to a longer run of dots and digits
                || (addr.is_ipv4()
                    && contains_bounded(run, v, |c| c.is_ascii_digit()))
        })
}

fn name_rule(norm_out: &str, value: &str) -> bool {
    let parts = letter_words(&normalise(value));
    let words = letter_words(norm_out);
    if contains_words(&words, &parts) {
        return true;
    }
    parts
        .iter()
        .filter(|p| p.chars().count() >= 3)
        .any(|p| words.contains(p))
}

fn fold_street_word(w: &str) -> &str {
    match w {
        "rd" => "road",
        "st" | "str" => "street",
        "ave" | "av" => "avenue",
        "ln" => "lane",
        "cl" => "close",
        "dr" => "drive",
        "ct" => "court",
        "cres" => "crescent",
        "gdns" => "gardens",
        "terr" | "ter" => "terrace",
        "pl" => "place",
        "gr" | "gro" => "grove",
        "sq" => "square",
        "pde" => "parade",
        other => other,
    }
}

fn folded_words(norm: &str) -> Vec<String> {
    alnum_words(norm)
        .iter()
        .map(|w| fold_street_word(w).to_owned())
        .collect()
}

fn address_rule(norm_out: &str, value: &str) -> bool {
    let v = folded_words(&normalise(value));
    let out = folded_words(norm_out);
    if contains_words(&out, &v) {
        return true;
    }
    let last_numeric = v
        .iter()
        .rposition(|w| w.chars().any(|c| c.is_ascii_digit()));
    match last_numeric {
        Some(i) => contains_words(&out, v.get(i + 1..).unwrap_or(&[])),
        None => false,
    }
}

fn month_number(w: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    MONTHS
        .iter()
        .position(|m| {
            *m == w || (w.len() >= 3 && m.starts_with(w)) || (w == "sept" && *m == "september")
        })
        .and_then(|i| u32::try_from(i + 1).ok())
}

/// "3rd" -> "3", "03" -> "3"; other words unchanged.
fn strip_ordinal(w: &str) -> String {
    let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
    let rest = w.get(digits.len()..).unwrap_or("");
    if !digits.is_empty() && matches!(rest, "" | "st" | "nd" | "rd" | "th") {
        let trimmed = digits.trim_start_matches('0');
        if trimmed.is_empty() {
            "0".to_owned()
        } else {
            trimmed.to_owned()
        }
    } else {
        w.to_owned()
    }
}

/// (day, month, year as written: 2 or 4 digits) from a date value.
fn parse_date(norm_value: &str) -> Option<(u32, u32, String)> {
    let words = alnum_words(norm_value);
    let mut nums: Vec<String> = Vec::new();
    let mut month: Option<u32> = None;
    for w in &words {
        if let Some(m) = month_number(w) {
            month = Some(m);
        } else {
            let s = strip_ordinal(w);
            if s.chars().all(|c| c.is_ascii_digit()) {
                // digits as written (a compact "03041987" keeps its zeros);
                // an ordinal without its suffix
                nums.push(if w.chars().all(|c| c.is_ascii_digit()) {
                    w.clone()
                } else {
                    s
                });
            }
        }
    }
    match (month, nums.as_slice()) {
        (Some(m), [d, y]) => Some((d.parse().ok()?, m, y.clone())),
        (None, [d, m, y]) => Some((d.parse().ok()?, m.parse().ok()?, y.clone())),
        (None, [compact]) if compact.len() == 8 => Some((
            compact.get(0..2)?.parse().ok()?,
            compact.get(2..4)?.parse().ok()?,
            compact.get(4..8)?.to_owned(),
        )),
        _ => None,
    }
}

fn dob_rule(hay: &[char], norm_out: &str, value: &str) -> bool {
    let nv = normalise(value);
    let Some((d, m, y)) = parse_date(&nv) else {
        return digits_rule(hay, &value_digits(&nv));
    };
    let y_num: u32 = y.parse().unwrap_or(0);
    let (y4, y2) = if y.len() == 4 {
        (y.clone(), format!("{:02}", y_num % 100))
    } else {
        let full = if y_num <= 30 {
            2000 + y_num
        } else {
            1900 + y_num
        };
        (full.to_string(), format!("{y_num:02}"))
    };
    for dd in [d.to_string(), format!("{d:02}")] {
        for mm in [m.to_string(), format!("{m:02}")] {
            for yy in [&y4, &y2] {
                if digits_rule(hay, &format!("{dd}{mm}{yy}")) {
                    return true;
                }
            }
        }
    }
    // month written as a word: day month year or month day year
    let words: Vec<String> = alnum_words(norm_out)
        .iter()
        .filter(|w| *w != "of" && *w != "the")
        .map(|w| match month_number(w) {
            Some(m) => format!("m{m}"),
            None => strip_ordinal(w),
        })
        .collect();
    let mw = format!("m{m}");
    let ds = d.to_string();
    [&y4, &y2].iter().any(|yy| {
        let yy = (*yy).clone();
        contains_words(&words, &[ds.clone(), mw.clone(), yy.clone()])
            || contains_words(&words, &[mw.clone(), ds.clone(), yy])
    })
}

fn number_words(norm: &str) -> Vec<u32> {
    // reads "forty two", "42", "twelve" as numbers
    let units = |w: &str| -> Option<u32> {
        Some(match w {
            "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            "eleven" => 11,
            "twelve" => 12,
            "thirteen" => 13,
            "fourteen" => 14,
            "fifteen" => 15,
            "sixteen" => 16,
            "seventeen" => 17,
            "eighteen" => 18,
            "nineteen" => 19,
            _ => return None,
        })
    };
    let tens = |w: &str| -> Option<u32> {
        Some(match w {
            "twenty" => 20,
            "thirty" => 30,
            "forty" => 40,
            "fifty" => 50,
            "sixty" => 60,
            "seventy" => 70,
            "eighty" => 80,
            "ninety" => 90,
            _ => return None,
        })
    };
    let words = alnum_words(norm);
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = words[i].as_str();
        if let Some(t) = tens(w) {
            if let Some(u) = words.get(i + 1).and_then(|n| units(n)).filter(|u| *u < 10) {
                out.push(t + u);
                i += 2;
                continue;
            }
            out.push(t);
        } else if let Some(u) = units(w) {
            out.push(u);
        }
        i += 1;
    }
    out
}

fn age_rule(norm_out: &str, value: &str) -> bool {
    let nv = normalise(value);
    let digits: String = nv.chars().filter(char::is_ascii_digit).collect();
    let n: Option<u32> = if digits.is_empty() {
        number_words(&nv).first().copied()
    } else {
        digits.parse().ok()
    };
    let Some(n) = n else {
        return false;
    };
    contains_bounded(norm_out, &n.to_string(), |c| c.is_ascii_digit())
        || number_words(norm_out).contains(&n)
}

/// Whether a reporter's `value` of `kind` (snake_case kind name) has leaked
/// through `output`, by the project's leak standard.
pub fn leaked(output: &str, kind: &str, value: &str) -> bool {
    let norm = normalise(output);
    let hay: Vec<char> = norm.chars().collect();
    match kind {
        "phone" => {
            let nsn = phone_nsn(value);
            if nsn.is_empty() {
                return alnum_rule(&hay, value);
            }
            digits_rule(&hay, &nsn) || spelled_digit_runs(&norm).iter().any(|r| r.contains(&nsn))
        }
        "nhs_number" | "card" | "sort_code" | "account_number" => {
            digits_rule(&hay, &value_digits(&normalise(value)))
        }
        "date_of_birth" => dob_rule(&hay, &norm, value),
        "email" => email_rule(&norm, value),
        "handle" => handle_rule(&norm, value),
        "url" => url_rule(&norm, value),
        "ip_address" => ip_rule(&norm, value),
        "name" => name_rule(&norm, value),
        "address" => address_rule(&norm, value),
        "age" => age_rule(&norm, value),
        _ => alnum_rule(&hay, value),
    }
}

/// Collapses runs of spaces into one (on normalised text).
fn collapse_spaces(norm: &str) -> String {
    let mut out = String::with_capacity(norm.len());
    for c in norm.chars() {
        if c == ' ' && out.ends_with(' ') {
            continue;
        }
        out.push(c);
    }
    out
}

/// Whether a subject's `value` (or a look-alike) is kept in `output`: after
/// normalisation (and with runs of spaces counted as one), the value appears
/// as written, not inside a longer run of letters and digits ("PC 4471" is
/// not kept by "PC 44710", "£2,500" is not kept by "£2.500"). An empty value
/// is trivially kept.
pub fn kept(output: &str, value: &str) -> bool {
    let v = collapse_spaces(&normalise(value));
    let v = v.trim();
    if v.is_empty() {
        return true;
    }
    contains_bounded(
        &collapse_spaces(&normalise(output)),
        v,
        char::is_alphanumeric,
    )
}
