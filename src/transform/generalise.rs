//! Coarser forms of a detail, for [`Action::Generalise`](crate::Action).
//!
//! Every function returns `None` when it cannot find a coarser form that
//! differs from the value; the caller then writes the type label instead.
//! Nothing here indexes or slices user text except at positions it found
//! by iterating over `char`s.

use unicode_normalization::UnicodeNormalization;

use crate::detect::Kind;

/// The coarser form of `span`, a detail of `kind`, or `None` (label it).
pub(super) fn generalise(kind: Kind, span: &str) -> Option<String> {
    match kind {
        Kind::Postcode => outward_code(span).or_else(|| bfpo(span)),
        Kind::Address => address_district(span),
        Kind::DateOfBirth => birth_year(span),
        Kind::Age => age_band(span),
        Kind::Time => part_of_day(span).map(str::to_owned),
        _ => None,
    }
}

/// Whether `c` is invisible formatting that people (or attackers) put
/// inside values: zero-width spaces and joiners, word joiner, BOM, soft
/// hyphen.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// NFKC (full-width digits and letters become ASCII), invisible characters
/// removed.
fn normalised(span: &str) -> String {
    span.nfkc().filter(|&c| !is_invisible(c)).collect()
}

/// The ASCII letters and digits of `span` after normalisation, upper-cased.
fn alnum_upper(span: &str) -> String {
    normalised(span)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// Whether `s` (upper-case ASCII) has the shape of a postcode's outward
/// code: A9, A99, AA9, AA99, A9A or AA9A.
fn is_outward(s: &str) -> bool {
    let shape: String = s
        .chars()
        .map(|c| if c.is_ascii_digit() { 'D' } else { 'L' })
        .collect();
    s.chars().all(|c| c.is_ascii_alphanumeric())
        && matches!(
            shape.as_str(),
            "LD" | "LDD" | "LLD" | "LLDD" | "LDL" | "LLDL"
        )
}

/// Whether `s` (upper-case ASCII) is an inward code: a digit then two
/// letters.
fn is_inward(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(
        (chars.next(), chars.next(), chars.next(), chars.next()),
        (Some(d), Some(a), Some(b), None)
            if d.is_ascii_digit() && a.is_ascii_alphabetic() && b.is_ascii_alphabetic()
    )
}

/// Splits a compact upper-case postcode ("SW1A1AA") into its outward code,
/// if it is a whole postcode.
fn split_postcode(compact: &str) -> Option<String> {
    if compact == "GIR0AA" {
        return Some("GIR".to_owned());
    }
    let n = compact.chars().count();
    if !(5..=7).contains(&n) {
        return None;
    }
    let outward: String = compact.chars().take(n - 3).collect();
    let inward: String = compact.chars().skip(n - 3).collect();
    (is_outward(&outward) && is_inward(&inward)).then_some(outward)
}

/// "SW1A 1AA", "sw1a1aa", "ＳＷ１Ａ １ＡＡ" → "SW1A".
fn outward_code(span: &str) -> Option<String> {
    split_postcode(&alnum_upper(span))
}

/// "BFPO 1234" → "BFPO".
fn bfpo(span: &str) -> Option<String> {
    let compact = alnum_upper(span);
    let digits = compact.strip_prefix("BFPO")?;
    (!digits.is_empty() && digits.len() <= 4 && digits.chars().all(|c| c.is_ascii_digit()))
        .then(|| "BFPO".to_owned())
}

/// The outward code of the last whole postcode written inside an address
/// ("12 Acacia Avenue, Leeds LS6 2AB" → "LS6"). A street name without the
/// house number is not offered: it still points at a handful of homes.
fn address_district(span: &str) -> Option<String> {
    let norm = normalised(span);
    let words: Vec<String> = norm
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_uppercase)
        .collect();
    let mut found = None;
    for (i, w) in words.iter().enumerate() {
        if let Some(next) = words.get(i + 1)
            && is_outward(w)
            && is_inward(next)
        {
            found = Some(w.clone());
        } else if let Some(out) = split_postcode(w) {
            found = Some(out);
        }
    }
    found
}

/// The ASCII digit runs of `s`.
fn digit_runs(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
}

/// "03/04/1987", "3rd April 1987", "1987-04-03" → "1987". A span that is
/// only a year already is that coarse: labelled instead.
fn birth_year(span: &str) -> Option<String> {
    let norm = normalised(span);
    let year = digit_runs(&norm)
        .find(|run| run.len() == 4 && run.parse::<u32>().is_ok_and(plausible_year))
        .map(str::to_owned)
        .or_else(|| year_in_words(&norm))?;
    (alnum_upper(span) != year).then_some(year)
}

/// Whether `y` may be a year of birth.
fn plausible_year(y: u32) -> bool {
    (1870..=2099).contains(&y)
}

/// A four-digit year said in words at the end of a date ("nineteen ninety
/// four", "nineteen oh five", "twenty ten", "two thousand and three"), or
/// `None`. Words before the year (the day and month) are skipped: the year
/// is read from its first "nineteen", "twenty" or "two thousand".
fn year_in_words(norm: &str) -> Option<String> {
    let words: Vec<String> = norm
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    (0..words.len()).find_map(|i| read_year(words.get(i..)?))
}

/// The year said by `words` from their first word to the last, or `None`.
fn read_year(words: &[String]) -> Option<String> {
    let mut digits = String::new();
    let mut tens = false;
    match words {
        [two, thousand, rest @ ..] if two == "two" && thousand == "thousand" => {
            // "two thousand and three": 2000 plus what follows.
            for w in rest.iter().filter(|w| *w != "and") {
                if !crate::text::read_spoken(w, 1, &mut digits, &mut tens) {
                    return None;
                }
            }
            let n: u32 = if digits.is_empty() {
                0
            } else {
                digits.parse().ok()?
            };
            (n < 100).then(|| (2000 + n).to_string())
        }
        [first, ..] if first == "nineteen" || first == "twenty" => {
            for w in words {
                if !crate::text::read_spoken(w, 1, &mut digits, &mut tens) {
                    return None;
                }
            }
            let y: u32 = digits.parse().ok()?;
            (digits.len() == 4 && plausible_year(y)).then_some(digits)
        }
        _ => None,
    }
}

/// The value of a decimal digit, ASCII or full-width.
fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '\u{FF10}'..='\u{FF19}' => Some(u32::from(c) - 0xFF10),
        _ => None,
    }
}

/// Replaces the number in an age with its ten-year band in words and keeps
/// the other words: "34" → "(thirties)", "34 years old" → "(thirties) years
/// old", "fifty two" → "(fifties)", "in my 30s" → "in my (thirties)". The
/// band never contains the age's own number in digits or words (a band
/// written "30-39" would repeat the exact age of someone aged 30 or 39).
/// Bands: "(under ten)", "(teens)" for 10–19, "(twenties)" … "(nineties)",
/// "(a hundred or more)". A span with more than one number, or a number of
/// more than three digits, is labelled instead.
fn age_band(span: &str) -> Option<String> {
    let mut start = None;
    let mut end = 0;
    let mut value: u32 = 0;
    for (i, c) in span.char_indices() {
        match (digit_value(c), start) {
            (Some(d), None) => {
                start = Some(i);
                value = d;
                end = i + c.len_utf8();
            }
            (Some(d), Some(_)) if end == i => {
                value = value.saturating_mul(10).saturating_add(d);
                end = i + c.len_utf8();
            }
            // A second number: not a plain age.
            (Some(_), Some(_)) => return None,
            (None, _) => {}
        }
    }
    let Some(start) = start else {
        // Written in words: "fifty two", "forty-three", "thirties".
        let (range, value) = crate::detect::age_in_words(span)?;
        let band = band_words(value)?;
        return Some(format!(
            "{}({band}){}",
            span.get(..range.start)?,
            span.get(range.end..)?
        ));
    };
    let digits = span.get(start..end)?.chars().count();
    if digits > 3 {
        return None;
    }
    // A decade written "30s" or "30's": the band replaces the "s" too.
    let rest = span.get(end..)?;
    let end = if let Some(r) = rest.strip_prefix("'s").or_else(|| rest.strip_prefix('s'))
        && !r.starts_with(|c: char| c.is_alphanumeric())
    {
        span.len() - r.len()
    } else {
        end
    };
    let band = band_words(value)?;
    Some(format!(
        "{}({band}){}",
        span.get(..start)?,
        span.get(end..)?
    ))
}

/// The ten-year band of an age, in words.
fn band_words(age: u32) -> Option<&'static str> {
    Some(match age {
        0..=9 => "under ten",
        10..=19 => "teens",
        20..=29 => "twenties",
        30..=39 => "thirties",
        40..=49 => "forties",
        50..=59 => "fifties",
        60..=69 => "sixties",
        70..=79 => "seventies",
        80..=89 => "eighties",
        90..=99 => "nineties",
        100..=150 => "a hundred or more",
        _ => return None,
    })
}

/// The part of the day of a clock time: "07:30" → "morning" (05–12),
/// "13:05" → "afternoon" (12–17), "7.30pm" → "evening" (17–22),
/// "0100hrs" → "night" (22–05).
fn part_of_day(span: &str) -> Option<&'static str> {
    let lower = normalised(span).to_lowercase();
    if lower.contains("midnight") {
        return Some("night");
    }
    if lower.contains("noon") || lower.contains("midday") {
        return Some("afternoon");
    }
    let first = lower.find(|c: char| c.is_ascii_digit())?;
    let after_first = lower.get(first..)?;
    let run_len = after_first
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(after_first.len());
    let run = after_first.get(..run_len)?;
    let rest = after_first.get(run_len..)?;
    let hour: u32 = match run.len() {
        1 | 2 => run.parse().ok()?,
        3 | 4 => {
            let (h, m) = run.split_at(run.len() - 2);
            if m.parse::<u32>().ok()? > 59 {
                return None;
            }
            h.parse().ok()?
        }
        _ => return None,
    };
    let suffix: String = rest.chars().filter(|c| c.is_ascii_alphabetic()).collect();
    let hour = if suffix.starts_with("pm") && hour < 12 {
        hour + 12
    } else if suffix.starts_with("am") && hour == 12 {
        0
    } else {
        hour
    };
    match hour {
        5..=11 => Some("morning"),
        12..=16 => Some("afternoon"),
        17..=21 => Some("evening"),
        0..=4 | 22..=24 => Some("night"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postcodes_to_outward_codes() {
        for (input, expected) in [
            ("SW1A 1AA", Some("SW1A")),
            ("sw1a1aa", Some("SW1A")),
            ("M1 1AE", Some("M1")),
            ("B33 8TH", Some("B33")),
            ("CR2 6XH", Some("CR2")),
            ("DN55 1PT", Some("DN55")),
            ("W1A 0AX", Some("W1A")),
            ("EC1A 1BB", Some("EC1A")),
            ("GIR 0AA", Some("GIR")),
            (
                "\u{FF33}\u{FF37}\u{FF11}\u{FF21} \u{FF11}\u{FF21}\u{FF21}",
                Some("SW1A"),
            ),
            ("SW1A\u{200B} 1AA", Some("SW1A")),
            ("BFPO 1234", Some("BFPO")),
            // Not a whole postcode: labelled, never echoed.
            ("SW1A", None),
            ("1AA", None),
            ("SW1A 1A", None),
            ("12345", None),
            ("", None),
        ] {
            assert_eq!(
                generalise(Kind::Postcode, input).as_deref(),
                expected,
                "{input:?}"
            );
        }
    }

    #[test]
    fn addresses_to_the_district_of_their_postcode() {
        for (input, expected) in [
            ("12 Acacia Avenue, Leeds LS6 2AB", Some("LS6")),
            ("Flat 3, 4 High St, B33 8TH", Some("B33")),
            ("4 High St, sw1a1aa", Some("SW1A")),
            ("12 Acacia Avenue", None),
            ("12 Acacia Avenue, Leeds", None),
        ] {
            assert_eq!(
                generalise(Kind::Address, input).as_deref(),
                expected,
                "{input:?}"
            );
        }
    }

    #[test]
    fn dates_of_birth_to_years() {
        for (input, expected) in [
            ("03/04/1987", Some("1987")),
            ("3rd April 1987", Some("1987")),
            ("1987-04-03", Some("1987")),
            ("April 3, 1987", Some("1987")),
            ("03.04.2001", Some("2001")),
            (
                "\u{FF10}\u{FF13}/\u{FF10}\u{FF14}/\u{FF11}\u{FF19}\u{FF18}\u{FF17}",
                Some("1987"),
            ),
            // A year in words.
            ("third of March nineteen ninety four", Some("1994")),
            ("3rd March nineteen ninety-four", Some("1994")),
            ("twenty-first of June two thousand and three", Some("2003")),
            ("first of May two thousand", Some("2000")),
            ("12 May nineteen oh five", Some("1905")),
            ("5 June twenty ten", Some("2010")),
            ("5 June twenty twenty one", Some("2021")),
            // No four-digit year: cannot generalise without guessing.
            ("twelfth Feb ninety one", None),
            ("03/04/87", None),
            ("3rd of April", None),
            // Already only a year.
            ("1987", None),
            // Eight digits are not a year.
            ("19870403", None),
        ] {
            assert_eq!(
                generalise(Kind::DateOfBirth, input).as_deref(),
                expected,
                "{input:?}"
            );
        }
    }

    #[test]
    fn ages_to_ten_year_bands_keeping_words() {
        for (input, expected) in [
            ("34", Some("(thirties)")),
            ("30", Some("(thirties)")),
            ("39", Some("(thirties)")),
            ("34 years old", Some("(thirties) years old")),
            ("aged 34", Some("aged (thirties)")),
            ("34yo", Some("(thirties)yo")),
            ("7", Some("(under ten)")),
            ("19", Some("(teens)")),
            ("10", Some("(teens)")),
            ("60", Some("(sixties)")),
            ("102", Some("(a hundred or more)")),
            ("\u{FF13}\u{FF14}", Some("(thirties)")),
            ("30s", Some("(thirties)")),
            ("in my 40's", Some("in my (forties)")),
            ("thirty-four", Some("(thirties)")),
            ("fifty two", Some("(fifties)")),
            ("Sixty", Some("(sixties)")),
            ("nineteen years old", Some("(teens) years old")),
            ("thirties", Some("(thirties)")),
            ("early forties", Some("early (forties)")),
            ("a hundred", None),
            ("1234", None),
            ("34 or 35", None),
            ("999", None),
        ] {
            assert_eq!(
                generalise(Kind::Age, input).as_deref(),
                expected,
                "{input:?}"
            );
        }
    }

    #[test]
    fn times_to_parts_of_the_day() {
        for (input, expected) in [
            ("07:30", Some("morning")),
            ("05:00", Some("morning")),
            ("04:59", Some("night")),
            ("11:59", Some("morning")),
            ("12:00", Some("afternoon")),
            ("16:59", Some("afternoon")),
            ("17:00", Some("evening")),
            ("21:59", Some("evening")),
            ("22:00", Some("night")),
            ("00:15", Some("night")),
            ("7.30pm", Some("evening")),
            ("7.30 p.m.", Some("evening")),
            ("12.15am", Some("night")),
            ("12pm", Some("afternoon")),
            ("9am", Some("morning")),
            ("0730hrs", Some("morning")),
            ("2300 hours", Some("night")),
            ("1345", Some("afternoon")),
            ("midnight", Some("night")),
            ("noon", Some("afternoon")),
            ("25:00", None),
            ("0790", None),
            ("quarter past", None),
        ] {
            assert_eq!(
                generalise(Kind::Time, input).as_deref(),
                expected,
                "{input:?}"
            );
        }
    }

    #[test]
    fn other_kinds_have_no_coarser_form() {
        for &kind in Kind::ALL {
            if !crate::policy::can_generalise(kind) {
                assert_eq!(generalise(kind, "07700 900123"), None, "{kind}");
            }
        }
    }
}
