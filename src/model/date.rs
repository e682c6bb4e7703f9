//! A validated calendar date (`YYYY-MM-DD`), without a date-time crate.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A real calendar date written `YYYY-MM-DD` (years 0001–9999, Gregorian
/// leap years). Ordered chronologically.
///
/// ```
/// use report_shield::Date;
/// let d = Date::parse("2024-02-29").ok_or(()).is_ok();
/// assert!(d);
/// assert!(Date::parse("2023-02-29").is_none());
/// assert!(Date::parse("2026-11-20").is_some_and(|d| d.to_string() == "2026-11-20"));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

const fn is_leap(y: u16) -> bool {
    (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400)
}

const fn days_in_month(y: u16, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A date from its parts, if it is a real calendar date.
    #[must_use]
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if year == 0 || year > 9999 || month == 0 || month > 12 {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Reads exactly `YYYY-MM-DD` (ASCII digits, zero-padded).
    #[must_use]
    pub fn parse(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u16> {
            let mut n: u16 = 0;
            for &c in b.get(r)? {
                if !c.is_ascii_digit() {
                    return None;
                }
                n = n * 10 + u16::from(c - b'0');
            }
            Some(n)
        };
        let y = num(0..4)?;
        let m = u8::try_from(num(5..7)?).ok()?;
        let d = u8::try_from(num(8..10)?).ok()?;
        Date::new(y, m, d)
    }

    /// The year.
    #[must_use]
    pub const fn year(self) -> u16 {
        self.year
    }

    /// The month, 1–12.
    #[must_use]
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1–31.
    #[must_use]
    pub const fn day(self) -> u8 {
        self.day
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Date({self})")
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date written YYYY-MM-DD")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Date, E> {
                Date::parse(v).ok_or_else(|| {
                    E::custom(super::own_message(
                        "is not a real calendar date written YYYY-MM-DD",
                    ))
                })
            }
        }
        d.deserialize_str(V)
    }
}

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let mut m = serde_json::Map::new();
        m.insert("type".into(), "string".into());
        m.insert("format".into(), "date".into());
        m.insert("pattern".into(), "^[0-9]{4}-[0-9]{2}-[0-9]{2}$".into());
        m.insert(
            "description".into(),
            "A real calendar date, YYYY-MM-DD.".into(),
        );
        Schema::from(m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn valid_and_invalid_dates() {
        for ok in [
            "2026-11-20",
            "2024-02-29",
            "2000-02-29",
            "0001-01-01",
            "9999-12-31",
        ] {
            assert_eq!(Date::parse(ok).map(|d| d.to_string()).as_deref(), Some(ok));
        }
        for bad in [
            "",
            "2026-1-20",
            "2026-11-2",
            "26-11-20",
            "2026/11/20",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "1900-02-29",
            "2023-02-29",
            "0000-01-01",
            "2026-11-20T00:00",
            " 2026-11-20",
            "２０２６-11-20",
            "2026-11-00",
            "+026-11-20",
            "2026-1１-20",
        ] {
            assert!(Date::parse(bad).is_none(), "{bad:?}");
        }
    }

    #[test]
    fn ordering_is_chronological() {
        let a = Date::parse("2025-12-31").unwrap();
        let b = Date::parse("2026-01-01").unwrap();
        assert!(a < b);
        assert_eq!(format!("{a:?}"), "Date(2025-12-31)");
    }

    proptest! {
        #[test]
        fn parse_never_panics_and_round_trips(s in "\\PC{0,12}") {
            if let Some(d) = Date::parse(&s) {
                prop_assert_eq!(d.to_string(), s);
            }
        }

        #[test]
        fn new_agrees_with_parse(y in 0u16..10001, m in 0u8..14, d in 0u8..33) {
            let s = format!("{y:04}-{m:02}-{d:02}");
            prop_assert_eq!(Date::new(y, m, d), Date::parse(&s));
        }
    }
}
