//! Digit runs: one pattern finds every run of digits with the separators
//! people use (spaces, dots, hyphens, slashes, brackets, "(0)"), and this module
//! decides what a run is from its digits, its grouping, checksums and the
//! cue words just before it: phone, card (Luhn), NHS (mod 11), UTR, sort
//! code and account number, passport, Northern Ireland licence, or nothing
//! (a quantity, a year, a crime reference).

use std::ops::Range;

use super::phone::{self, Group};
use super::validate;
use super::{Kind, Rule, Scan};

/// Symbols people put between digit groups instead of spaces ("07700🔹900🔹845",
/// "07700 • 900 • 845", "07700▪️900▪️845", "07700 | 900 | 845"): ASCII
/// `|`, `_`, `~`, `#`, `=`, `>`, `^` and backslash, and any non-ASCII
/// character (emoji, bullets, middle dots). The ASCII marks that make
/// times, money, lists and our own `*` masks (`:`, `,`, `*`, `+`) are not
/// separators; a non-ASCII letter or currency sign ends the run in
/// [`classify`]. (A general-category class here made the lazy DFA several
/// times larger; one byte-range class costs nothing.)
const SYMBOL: &str = r"(?:[|_~#=>\\^]|(?u:[^\x00-\x7F]))";

/// The marks a call handler or writer puts between digit groups to show a
/// pause or a grouping ("07700 / 900 819", "07700 // 900819", "07700 ...
/// 900 819", "07700 -- 900 819"): a slash or hyphen pair, or dots, with
/// spaces on either side. A slash run is still split by [`classify_run`]:
/// only an area code and its number join across it, so dates ("12 / 03 /
/// 24"), fractions ("24 / 7") and references stay look-alikes.
const PAUSE: &str =
    r"(?: {1,2}/{1,2} {0,2}| {0,2}/{1,2} {1,2}|//| {0,2}\.{2,3} {0,2}| {0,2}-- {0,2}| - ?- )";

pub(super) fn patterns() -> Vec<(Rule, String)> {
    // Between digit groups: the usual single separators, two or three
    // spaces, a line break ("07700 900\n537"), or a short run of symbols.
    vec![(
        Rule::NumRun,
        format!(
            r"(?:\+ ?\(?|\( ?|\b)[0-9]+(?:(?: ?\(0\) ?|\)(?: ?|{PAUSE})| ?\( ?| - |[ \-./]| {{2,3}}| {{0,2}}\n {{0,2}}| {{0,2}}{SYMBOL}{{1,3}} {{0,2}}|{PAUSE})[0-9]+)*[kK]?\b"
        ),
    )]
}

/// How far a digit run may reach past what its handler accepted and still
/// be scanned again (a house number and its separator, "12-14a").
const RESCAN_TAIL: usize = 16;

/// Where to scan again after the digit run `m`, when its handler accepted
/// only a prefix of it (or nothing) and the rest may begin something else:
/// "01632 960984 121 Brackenfield Dr" is a phone and then an address, not
/// one run. `before` is the number of findings before the handler ran.
///
/// Only a short tail is scanned again (at most [`RESCAN_TAIL`] bytes, and
/// always strictly after the run's start), so the whole scan stays linear.
/// A rejected run gives back only its last group, and only when a word
/// follows it (a house number before a street name).
pub(super) fn rescan_from(scan: &Scan<'_>, m: &Range<usize>, before: usize) -> Option<usize> {
    let accepted_end = scan
        .out
        .get(before..)
        .unwrap_or_default()
        .iter()
        .map(|f| f.range.end)
        .max();
    let bytes = scan.norm.as_bytes();
    let from = match accepted_end {
        Some(end) if end < m.end => {
            // The first digit after what was accepted.
            let mut i = end;
            while i < m.end && !bytes.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            i
        }
        Some(_) => return None,
        None => {
            // A rejected run: its last group, if a word follows the run.
            let mut i = m.end;
            while i > m.start && bytes.get(i - 1).is_some_and(u8::is_ascii_digit) {
                i -= 1;
            }
            let word_follows = bytes.get(m.end) == Some(&b' ')
                && bytes.get(m.end + 1).is_some_and(u8::is_ascii_alphabetic);
            if !word_follows || m.end - i > 4 {
                return None;
            }
            i
        }
    };
    (from > m.start && from < m.end && m.end - from <= RESCAN_TAIL).then_some(from)
}

/// The end of the digit run starting at `start`: digits, and single
/// spaces, dots or hyphens between digits.
pub(super) fn run_end(norm: &str, start: usize) -> usize {
    let b = norm.as_bytes();
    let mut i = start;
    let mut end = start;
    while let Some(&c) = b.get(i) {
        if c.is_ascii_digit() {
            i += 1;
            end = i;
        } else if matches!(c, b' ' | b'-' | b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i += 1;
        } else {
            break;
        }
    }
    end
}

fn groups_of(scan: &Scan<'_>, m: &Range<usize>, intl: bool) -> Vec<Group> {
    let text = scan.text(m);
    let bytes = text.as_bytes();
    let mut groups = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes.get(i).is_some_and(u8::is_ascii_digit) {
            let start = i;
            while bytes.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            let digits: Vec<u8> = bytes
                .get(start..i)
                .unwrap_or_default()
                .iter()
                .map(|b| b - b'0')
                .collect();
            let trunk_zero = intl
                && digits == [0]
                && start > 0
                && bytes.get(start - 1) == Some(&b'(')
                && bytes.get(i) == Some(&b')');
            if !trunk_zero {
                groups.push(Group {
                    digits,
                    range: m.start + start..m.start + i,
                });
            }
        } else {
            i += 1;
        }
    }
    groups
}

fn any(hay: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| hay.contains(n))
}

/// Whether a cue window names a sort code ("sort code", "sort", "s/c",
/// "s.c.", "s/code").
pub(super) fn sort_cue(cue: &str) -> bool {
    any(cue, &["sort", "s/c", "s.c.", "s/code", "s-code"])
}

/// The cue window: a few words before `pos`, not crossing a line break.
fn cue(scan: &Scan<'_>, pos: usize) -> String {
    let w = scan.lookback(pos, 48);
    match w.rfind('\n') {
        Some(k) => w.get(k + 1..).unwrap_or("").to_owned(),
        None => w,
    }
}

/// Splits groups into a leading run of exactly `n` digits and the rest.
fn split_at_digits(groups: &[Group], n: usize) -> Option<(Range<usize>, Range<usize>)> {
    let mut acc = 0;
    for (k, g) in groups.iter().enumerate() {
        acc += g.digits.len();
        if acc == n {
            let first = groups.first()?.range.start..g.range.end;
            let rest = groups.get(k + 1)?.range.start..groups.last()?.range.end;
            return Some((first, rest));
        }
        if acc > n {
            return None;
        }
    }
    None
}

/// Currency signs outside ASCII: never a separator inside a number.
const CURRENCY: &[char] = &['£', '€', '¥', '¢', '₹', '₽', '₩', '₪', '₺', '₦', '₱', '₿'];

/// Whether `c` ends a digit run that the symbol separators let through: a
/// non-ASCII letter, numeral or currency sign ("07700 900845£200").
fn ends_run(c: char) -> bool {
    !c.is_ascii() && (c.is_alphanumeric() || CURRENCY.contains(&c))
}

pub(super) fn classify(scan: &mut Scan<'_>, m: Range<usize>) {
    let text = scan.text(&m);
    if !text.chars().any(ends_run) {
        classify_run(scan, m);
        return;
    }
    // Each piece between letters or currency signs on its own.
    let mut pieces = Vec::new();
    let mut start = 0;
    for (k, c) in text.char_indices() {
        if ends_run(c) {
            pieces.push(m.start + start..m.start + k);
            start = k + c.len_utf8();
        }
    }
    pieces.push(m.start + start..m.end);
    for p in pieces {
        let t = scan.text(&p);
        let lead = t.len() - t.trim_start().len();
        let trail = t.len() - t.trim_end().len();
        let p = p.start + lead..p.end - trail;
        if p.start < p.end {
            classify_run(scan, p);
        }
    }
}

fn classify_run(scan: &mut Scan<'_>, m: Range<usize>) {
    let text = scan.text(&m);
    // A slash joins only an area code and a number ("07700/900123",
    // "07700 / 900 819"); anything else with a slash is a reference, a
    // date or a fraction ("(23/11737/25)", "24/7"), never an identifier.
    // A spaced or doubled slash is also a list mark ("20-45-18 /
    // 53196274"): each piece between such marks is a run of its own.
    if let Some(k) = text.find('/') {
        let area = text.get(..k).unwrap_or("");
        let local = text.get(k..).unwrap_or("").trim_start_matches('/');
        let joins = (area.trim_start_matches(['(', ' ']).starts_with(['0', '+']))
            && !local.contains('/')
            && text.bytes().filter(u8::is_ascii_digit).count() >= 10;
        if !joins {
            let b = text.as_bytes();
            let spaced = b
                .windows(2)
                .any(|w| matches!(w, [b' ', b'/'] | [b'/', b' '] | [b'/', b'/']));
            if spaced {
                for piece in slash_pieces(text) {
                    let piece = m.start + piece.start..m.start + piece.end;
                    classify_run(scan, piece);
                }
            }
            return;
        }
    }
    let plus = text.starts_with('+');
    let zz = text.trim_start_matches(['(', ' ']).starts_with("00");
    let k_suffix = text.ends_with(['k', 'K']);
    let groups = groups_of(scan, &m, plus || zz);
    let all: Vec<u8> = groups
        .iter()
        .flat_map(|g| g.digits.iter().copied())
        .collect();
    let n = all.len();
    let (Some(first_g), Some(last_g)) = (groups.first(), groups.last()) else {
        return;
    };
    if (all.first() != Some(&0) && repeats_a_phone(scan, &all, m.start))
        || corrects_a_phone(scan, n, m.start, m.end)
    {
        // "07700 900 413 ('sorry, it's 900 413 not 431')": a part of a
        // phone number just given, repeated or corrected, is that number.
        scan.push(
            Kind::Phone,
            first_g.range.start..last_g.range.end,
            0.8,
            "phone.part",
            false,
        );
        return;
    }
    if n < 6 {
        return;
    }
    let span = first_g.range.start..last_g.range.end;
    let span_k = if k_suffix {
        span.start..m.end
    } else {
        span.clone()
    };
    let cue = cue(scan, m.start);

    if plus || zz {
        phone::find_in_groups(scan, &groups, plus, None);
        return;
    }
    if sort_cue(&cue) {
        if n == 6 {
            scan.push(Kind::SortCode, span, 0.95, "bank.sort_code", false);
            return;
        }
        if n == 14
            && let Some((sc, acc)) = split_at_digits(&groups, 6)
        {
            scan.push(Kind::SortCode, sc, 0.95, "bank.sort_code", false);
            scan.push(Kind::AccountNumber, acc, 0.95, "bank.account", false);
            return;
        }
    }
    let acc_cue = any(
        &cue,
        &[
            "account", "acc no", "acc.", "acc:", "acc ", "acct", "a/c", "bank",
        ],
    );
    if acc_cue {
        if (7..=8).contains(&n) {
            scan.push(Kind::AccountNumber, span, 0.9, "bank.account", false);
            return;
        }
        if n == 14
            && let Some((sc, acc)) = split_at_digits(&groups, 6)
        {
            scan.push(Kind::SortCode, sc, 0.9, "bank.sort_code", false);
            scan.push(Kind::AccountNumber, acc, 0.9, "bank.account", false);
            return;
        }
    }
    if n == 9 && cue.contains("passport") {
        scan.push(Kind::Passport, span, 0.9, "passport", false);
        return;
    }
    if n == 8 && any(&cue, &["licence", "license"]) {
        scan.push(Kind::DrivingLicence, span, 0.85, "licence.ni", false);
        return;
    }
    if n == 10 && cue.contains("nhs") {
        let ok = validate::nhs(&all);
        scan.push(
            Kind::NhsNumber,
            span,
            if ok { 0.98 } else { 0.8 },
            "nhs",
            ok,
        );
        return;
    }
    if (n == 10 || n == 13) && any(&cue, &["utr", "tax", "self assessment", "hmrc", "taxpayer"]) {
        let ok = n == 10 && validate::utr(&all);
        scan.push(Kind::Utr, span_k, if ok { 0.95 } else { 0.8 }, "utr", ok);
        return;
    }
    if (13..=19).contains(&n)
        && any(
            &cue,
            &["card", "visa", "mastercard", "amex", "debit", "credit"],
        )
    {
        let ok = validate::luhn(&all);
        scan.push(Kind::Card, span, if ok { 0.98 } else { 0.8 }, "card", ok);
        return;
    }
    if all.first() == Some(&0) && phone::find_in_groups(scan, &groups, false, None) {
        return;
    }
    let crime = any(
        &cue,
        &[
            "crime",
            "incident",
            "cad",
            "log",
            "occurrence",
            "reference",
            "ref",
            "case",
            "urn",
            "storm",
            "job",
        ],
    );
    if (13..=19).contains(&n) && validate::luhn(&all) && !crime {
        scan.push(Kind::Card, span, 0.95, "card", true);
        return;
    }
    if n == 10 && !crime {
        if validate::nhs(&all) {
            scan.push(Kind::NhsNumber, span, 0.85, "nhs", true);
            return;
        }
        if validate::utr(&all) || k_suffix {
            scan.push(Kind::Utr, span_k, 0.8, "utr", validate::utr(&all));
            return;
        }
    }
    if n == 14
        && !crime
        && let Some((sc, acc)) = split_at_digits(&groups, 6)
    {
        scan.push(Kind::SortCode, sc, 0.85, "bank.sort_code", false);
        scan.push(Kind::AccountNumber, acc, 0.85, "bank.account", false);
        return;
    }
    if n == 6 && groups.len() == 3 && groups.iter().all(|g| g.digits.len() == 2) && !crime {
        let hyphens = text.matches('-').count() == 2;
        if hyphens {
            scan.push(Kind::SortCode, span, 0.6, "bank.sort_code", false);
            return;
        }
    }
    if n == 8 {
        let after_sort = scan.out.iter().rev().take(3).any(|f| {
            f.kind == Kind::SortCode && f.range.end <= m.start && m.start - f.range.end < 48
        });
        if after_sort {
            scan.push(Kind::AccountNumber, span, 0.85, "bank.account", false);
            return;
        }
    }
    let phone_cue = any(
        &cue,
        &[
            "phone", "mobile", "mob", "tel", "call", "text", "ring", "number", "whatsapp",
            "contact", "landline",
        ],
    );
    if phone_cue && (n == 10 || n == 9) && all.first().is_some_and(|&d| d != 0) {
        let mut with0 = vec![0];
        with0.extend_from_slice(&all);
        if phone::classify_digits(&with0, false).is_some() {
            scan.push(Kind::Phone, span, 0.8, "phone.uk", false);
            return;
        }
    }
    // Phones embedded in a longer run ("ref 123 07700 900123").
    if all.contains(&0) {
        phone::find_in_groups(scan, &groups, false, None);
    }
}

/// The pieces of `text` between slashes, trimmed of spaces, without empty
/// ones (ranges relative to `text`). No piece contains a slash.
fn slash_pieces(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for piece in text.split('/') {
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim();
        if !trimmed.is_empty() {
            out.push(start + lead..start + lead + trimmed.len());
        }
        start += piece.len() + 1;
    }
    out
}

/// How far after a phone number a repeated part of it is looked for.
const REPEAT_REACH: usize = 160;

/// Words just before a short digit run that say it corrects or repeats a
/// number ("sorry, it's 413", "I mean 900413", "correction: 413").
const CORRECTION: &[&str] = &[
    "sorry",
    "i mean",
    "i meant",
    "correction",
    "typo",
    "should be",
    "should read",
    "not ",
    "last digits",
    "ending",
    "ends in",
    "ends with",
];

/// How far after a phone number a corrected part of it is looked for.
const CORRECT_REACH: usize = 80;

/// Words just before a short number that say it replaces a part of the
/// number just given, even when its digits differ ("then corrected last
/// three to five nine one", "sorry, last three are 591", "no wait, it
/// ends 591", "I meant 431"). Narrower than [`CORRECTION`]: "sorry, it
/// was about 200 metres" is not a correction.
const CORRECTED: &[&str] = &[
    "correct",
    "last two",
    "last three",
    "last four",
    "last five",
    "last 2",
    "last 3",
    "last 4",
    "last 5",
    "last digit",
    "last few",
    "last bit",
    "last part",
    "no wait",
    "i mean",
    "i meant",
    "should be",
    "should read",
    "should have been",
    "typo",
    "ending",
    "ends in",
    "ends with",
    "end in",
    "end with",
    "end is",
    "ends ",
];

/// Whether a short number (`n` digits, two to six, in figures or words,
/// at `start..end`) corrects a part of a phone number given just before:
/// a correction word before it ([`CORRECTED`]), "at the end" after it, or
/// "not 413, 431" right after a part of the phone. The corrected digits
/// are the same party's phone, so they are protected like it.
pub(super) fn corrects_a_phone(scan: &Scan<'_>, n: usize, start: usize, end: usize) -> bool {
    if !(2..=6).contains(&n) {
        return false;
    }
    let Some(phone) = scan.out.iter().rev().take(4).find(|f| {
        f.kind == Kind::Phone && f.range.end <= start && start - f.range.end <= CORRECT_REACH
    }) else {
        return false;
    };
    // "ending 20 minutes later": a number that a word goes on to measure
    // is a quantity. A correction ends its clause.
    let after = scan.lookahead(end, 16);
    let next_word = after
        .trim_start_matches([' ', '\t'])
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    if !next_word.is_empty()
        && !after.starts_with([',', '.', ';', ')', '!', '?'])
        && !matches!(
            next_word,
            "at" | "on"
                | "not"
                | "instead"
                | "then"
                | "and"
                | "but"
                | "so"
                | "sorry"
                | "i"
                | "is"
                | "please"
                | "thanks"
                | "ok"
                | "okay"
        )
    {
        return false;
    }
    let cue = cue(scan, start);
    let said = CORRECTED.iter().any(|w| {
        cue.match_indices(w).any(|(i, _)| {
            i == 0
                || !cue
                    .as_bytes()
                    .get(i - 1)
                    .is_some_and(u8::is_ascii_alphabetic)
        })
    });
    if said {
        return true;
    }
    if after.starts_with(" at the end") || after.starts_with(" on the end") {
        return true;
    }
    // "07700 900413, not 413, 431": right after a part of the phone that
    // a "not" introduced, with only punctuation or "but it's" between.
    let gap = scan.text(&(phone.range.end..start)).to_ascii_lowercase();
    let gap_is_short = gap.len() <= 12
        && gap
            .split(|c: char| !c.is_ascii_alphanumeric() && c != '\'')
            .all(|w| matches!(w, "" | "but" | "it's" | "its" | "it" | "is" | "i" | "mean"));
    let before_phone = scan.lookback(phone.range.start, 6);
    gap_is_short && before_phone.ends_with("not ")
}

/// Whether `digits` (five or more, or three or more after a correction
/// word) are a part of a phone number found just before `start`.
fn repeats_a_phone(scan: &Scan<'_>, digits: &[u8], start: usize) -> bool {
    if digits.len() < 3 || digits.len() > 9 {
        return false;
    }
    let phone = scan.out.iter().rev().take(4).find(|f| {
        f.kind == Kind::Phone && f.range.end <= start && start - f.range.end <= REPEAT_REACH
    });
    let Some(phone) = phone else {
        return false;
    };
    if digits.len() < 5 && !any(&cue(scan, start), CORRECTION) {
        return false;
    }
    let own: Vec<u8> = scan
        .text(&phone.range)
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect();
    own.windows(digits.len()).any(|w| w == digits)
}
