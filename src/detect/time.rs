//! Clock times ("07:30", "7.30pm", "0730hrs"). Reported as [`Kind::Time`]
//! so that they are never mistaken for a phone or account number; the
//! default policy keeps them.

use std::ops::Range;

use super::{Kind, Rule, Scan};

pub(super) fn patterns() -> Vec<(Rule, String)> {
    vec![(
        Rule::Time,
        r"\b(?:(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9](?::[0-5][0-9])?(?: ?(?i:am|pm|a\.m\.|p\.m\.|hrs|hours|h)\b)?|(?:[01][0-9]|2[0-3])[0-5][0-9] ?(?i:hrs|hours|h)|(?:1[0-2]|0?[1-9]) ?(?i:am|pm|a\.m\.|p\.m\.))\b"
            .to_owned(),
    )]
}

pub(super) fn handle(scan: &mut Scan<'_>, m: Range<usize>) {
    scan.push(Kind::Time, m, 0.8, "time", true);
}

/// The days of the week and the months, written out in lower case: words
/// that start with a capital and are no name or place.
pub(super) const CALENDAR_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
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
