//! Dates and times as the files write them: `YYYY-MM-DD`, `HH:MM`, and `YYYY-MM-DD HH:MM`
//! (China Standard Time, no zone written). Parsed straight from the bytes: this runs for every
//! field of millions of rows, and chrono's format-string parser is several times slower.

use std::borrow::Cow;
use std::fmt;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

fn digits(bytes: &[u8]) -> Option<u32> {
    if bytes.is_empty() || bytes.len() > 4 {
        return None;
    }
    bytes.iter().try_fold(0u32, |acc, b| {
        b.is_ascii_digit().then(|| acc * 10 + u32::from(b - b'0'))
    })
}

/// Reads `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = i32::try_from(digits(&b[0..4])?).ok()?;
    if !YEARS.contains(&year) {
        return None;
    }
    NaiveDate::from_ymd_opt(year, digits(&b[5..7])?, digits(&b[8..10])?)
}

/// The years a date in a town's files may have: a record of year 1001 or 9999 is a typo, and
/// would otherwise widen every period computed from the data.
pub const YEARS: std::ops::RangeInclusive<i32> = 1970..=2099;

/// `moment` plus `hours`, saturating at the last moment chrono can hold: arithmetic on
/// numbers read from files never panics.
pub fn hours_after(moment: NaiveDateTime, hours: u32) -> NaiveDateTime {
    moment
        .checked_add_signed(chrono::TimeDelta::hours(i64::from(hours)))
        .unwrap_or(NaiveDateTime::MAX)
}

/// `moment` plus `days` days, saturating like [`hours_after`].
pub fn days_after(moment: NaiveDateTime, days: u32) -> NaiveDateTime {
    moment
        .checked_add_days(chrono::Days::new(u64::from(days)))
        .unwrap_or(NaiveDateTime::MAX)
}

/// Reads `HH:MM` or `H:MM`, with optional `:SS`.
pub fn parse_clock(text: &str) -> Option<NaiveTime> {
    let b = text.as_bytes();
    let colon = b.iter().position(|&c| c == b':')?;
    if !(1..=2).contains(&colon) {
        return None;
    }
    let hour = digits(&b[..colon])?;
    let rest = &b[colon + 1..];
    let (minute, second) = match rest.len() {
        2 => (digits(rest)?, 0),
        5 if rest[2] == b':' => (digits(&rest[..2])?, digits(&rest[3..])?),
        _ => return None,
    };
    NaiveTime::from_hms_opt(hour, minute, second)
}

/// Reads `YYYY-MM-DD HH:MM` (also with `T`, and with seconds).
pub fn parse_stamp(text: &str) -> Option<NaiveDateTime> {
    if text.len() < 15 || !text.is_char_boundary(10) || !text.is_char_boundary(11) {
        return None;
    }
    let sep = text.as_bytes()[10];
    if sep != b' ' && sep != b'T' {
        return None;
    }
    Some(NaiveDateTime::new(
        parse_date(&text[..10])?,
        parse_clock(&text[11..])?,
    ))
}

/// Writes `YYYY-MM-DD HH:MM`.
pub fn format_stamp(stamp: NaiveDateTime) -> String {
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        stamp.year(),
        stamp.month(),
        stamp.day(),
        stamp.hour(),
        stamp.minute()
    )
}

/// Writes `HH:MM`.
pub fn format_clock(clock: NaiveTime) -> String {
    format!("{:02}:{:02}", clock.hour(), clock.minute())
}

macro_rules! text_type {
    ($name:ident, $inner:ty, $parse:path, $format:path, $pattern:literal, $what:literal) => {
        #[doc = concat!("A ", $what, " as the files write it.")]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub $inner);

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&$format(self.0))
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = Cow::<str>::deserialize(deserializer)?;
                $parse(text.trim()).map($name).ok_or_else(|| {
                    serde::de::Error::custom(format!(
                        concat!("`{}` is not a ", $what, " (", $pattern, ")"),
                        text
                    ))
                })
            }
        }

        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({
                    "type": "string",
                    "description": concat!("A ", $what, ": ", $pattern),
                    "pattern": match stringify!($name) {
                        "Stamp" => r"^\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(:\d{2})?$",
                        _ => r"^\d{1,2}:\d{2}(:\d{2})?$",
                    },
                })
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&$format(self.0))
            }
        }
    };
}

text_type!(
    Stamp,
    NaiveDateTime,
    parse_stamp,
    format_stamp,
    "YYYY-MM-DD HH:MM",
    "time"
);
text_type!(
    Clock,
    NaiveTime,
    parse_clock,
    format_clock,
    "HH:MM",
    "time of day"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(
            parse_date("2026-11-24"),
            NaiveDate::from_ymd_opt(2026, 11, 24)
        );
        assert_eq!(parse_date("2026-02-30"), None);
        assert_eq!(parse_date("2026/11/24"), None);
        assert_eq!(parse_date("2026-11-2"), None);
        assert_eq!(parse_date("２０２６-11-24"), None);
    }

    #[test]
    fn clocks_and_stamps() {
        assert_eq!(parse_clock("8:30"), NaiveTime::from_hms_opt(8, 30, 0));
        assert_eq!(parse_clock("08:30:15"), NaiveTime::from_hms_opt(8, 30, 15));
        assert_eq!(parse_clock("24:00"), None);
        assert_eq!(parse_clock("0830"), None);
        let stamp = parse_stamp("2026-11-24 08:30").unwrap();
        assert_eq!(parse_stamp("2026-11-24T08:30:00"), Some(stamp));
        assert_eq!(format_stamp(stamp), "2026-11-24 08:30");
        assert_eq!(parse_stamp("2026-11-24"), None);
        assert_eq!(parse_stamp("2026-11-24 早上"), None);
    }
}
