//! Normalising the values villages type: full-width digits and spaces, dates written four
//! ways (and Excel date cells), times like `8:30` or `上午8点30`, long numbers Excel has already
//! damaged.

use std::borrow::Cow;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};

use crate::import::problem::Problem;
use crate::import::table::Raw;
use crate::problem;

/// Folds full-width ASCII (`２０２６`, `：`, the ideographic space) to ASCII; fixes `（）`.
/// Text with nothing to fold is borrowed, not copied (most cells).
pub fn fold_width(text: &str) -> Cow<'_, str> {
    if text.chars().all(|c| fold_char(c) == c) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(fold_char).collect())
}

/// The ideographic space as a space, a full-width form of an ASCII character as that
/// character; any other character as it is.
fn fold_char(c: char) -> char {
    match c {
        '\u{3000}' => ' ',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// A cell as clean text: folded, trimmed; numbers without a useless `.0`.
pub fn text(raw: &Raw) -> Result<String, Problem> {
    Ok(match raw {
        Raw::Empty => String::new(),
        Raw::Text(t) => fold_width(t).trim().to_string(),
        Raw::Number(n) if n.abs() >= 1e15 => {
            return Err(problem!(E0903, format!("{n:.0}")));
        }
        Raw::Number(n) if n.fract() == 0.0 => format!("{}", *n as i64),
        Raw::Number(n) => n.to_string(),
        Raw::Time(t) => crate::timefmt::format_stamp(*t),
    })
}

/// A cell of free text (notes, decisions …) as typed, only trimmed: a Chinese comma stays a
/// Chinese comma.
pub fn free_text(raw: &Raw) -> Result<String, Problem> {
    match raw {
        Raw::Text(t) => Ok(t.trim().to_string()),
        _ => text(raw),
    }
}

fn digits(text: &str) -> Option<u32> {
    (!text.is_empty() && text.len() <= 4 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// A date: a date cell (its workbook's 1900 or 1904 system honoured by the reader), or
/// `2026-11-24`, `2026/11/24`, `2026.11.24`, `2026年11月24日`, `20261124`, or `11月24日` in
/// `year`. A plain number (`46350`) is refused: without a date format it cannot be told from
/// a count, and in a 1904-system workbook it would mean a day four years later.
pub fn date(raw: &Raw, year: i32) -> Result<NaiveDate, Problem> {
    match raw {
        Raw::Time(t) => return Ok(t.date()),
        Raw::Number(n) => return number_date(*n, &n.to_string()),
        _ => {}
    }
    let t = text(raw)?;
    if let Ok(n) = t.parse::<f64>() {
        return number_date(n, &t);
    }
    let head = t.split([' ', 'T']).next().unwrap_or("");
    let cleaned: String = head
        .replace(['年', '月', '/', '.'], "-")
        .trim_end_matches('日')
        .to_string();
    let parts: Vec<&str> = cleaned.split('-').filter(|p| !p.is_empty()).collect();
    let found = match parts.as_slice() {
        [y, m, d] => {
            digits(y).and_then(|y| NaiveDate::from_ymd_opt(y as i32, digits(m)?, digits(d)?))
        }
        [m, d] if t.contains('月') => {
            NaiveDate::from_ymd_opt(year, digits(m).unwrap_or(0), digits(d).unwrap_or(0))
        }
        _ => None,
    };
    found.ok_or_else(|| problem!(E0111, t))
}

fn number_date(n: f64, shown: &str) -> Result<NaiveDate, Problem> {
    let found = if n.fract() == 0.0 && (20_000_101.0..=20_991_231.0).contains(&n) {
        let n = n as u32;
        NaiveDate::from_ymd_opt((n / 10_000) as i32, n / 100 % 100, n % 100)
    } else {
        None
    };
    found.ok_or_else(|| problem!(E0904, shown))
}

/// A time of day: a time cell, `8:30`, `08:30:00`, `8点30`, `8点半`, `上午8点`, `下午3点30分`.
pub fn clock(raw: &Raw) -> Result<NaiveTime, Problem> {
    if let Raw::Time(t) = raw {
        return Ok(t.time());
    }
    let t = text(raw)?;
    if let Some(c) = crate::timefmt::parse_clock(&t) {
        return Ok(c);
    }
    let afternoon = t.contains("下午") || t.contains("晚上");
    let bare = t
        .replace(['上', '下', '午', '晚', '早', '中', '分'], "")
        .replace("点半", ":30")
        .replace(['点', '时'], ":");
    let bare = if bare.ends_with(':') {
        format!("{bare}00")
    } else {
        bare
    };
    let parsed = crate::timefmt::parse_clock(bare.trim()).ok_or_else(|| problem!(E0112, &t))?;
    Ok(
        if afternoon && parsed < NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default() {
            parsed + chrono::TimeDelta::hours(12)
        } else {
            parsed
        },
    )
}

/// A date and time: a date-time cell or text with a date and a time; a date alone is `day 00:00`.
pub fn stamp(raw: &Raw, year: i32) -> Result<NaiveDateTime, Problem> {
    if let Raw::Time(t) = raw {
        return Ok(*t);
    }
    let t = text(raw)?;
    if let Some(s) = crate::timefmt::parse_stamp(&t) {
        return Ok(s);
    }
    let day = date(raw, year)?;
    let rest = t
        .split_once([' ', 'T'])
        .map(|(_, r)| r.trim())
        .unwrap_or("");
    let time = if rest.is_empty() {
        NaiveTime::MIN
    } else {
        clock(&Raw::Text(rest.to_string()))?
    };
    Ok(NaiveDateTime::new(day, time))
}

/// The year a file's `11月24日` dates belong to: `--year`, else the as-of year.
pub fn year_of(given: Option<i32>, today: NaiveDate) -> i32 {
    given.unwrap_or(today.year())
}

/// The year a title or file name states: `2026年` (2000–2099).
pub fn year_in(text: &str) -> Option<i32> {
    let folded = fold_width(text);
    let chars: Vec<char> = folded.chars().collect();
    chars.windows(5).find_map(|w| {
        let digits: String = w[..4].iter().collect();
        (w[4] == '年' && digits.starts_with("20") && digits.bytes().all(|b| b.is_ascii_digit()))
            .then(|| digits.parse().ok())
            .flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Raw {
        Raw::Text(s.to_string())
    }

    #[test]
    fn the_year_comes_from_a_title() {
        assert_eq!(year_in("前店村2026年11月巡查登记表"), Some(2026));
        assert_eq!(year_in("２０２５年度台账.xlsx"), Some(2025));
        assert_eq!(year_in("11月巡查登记表"), None);
        assert_eq!(year_in("1998年"), None);
    }

    #[test]
    fn dates_four_ways() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        for text in [
            "2026-11-24",
            "2026/11/24",
            "2026.11.24",
            "2026年11月24日",
            "11月24日",
            "２０２６－１１－２４",
            "2026/11/24 08:30",
        ] {
            assert_eq!(date(&t(text), 2026), Ok(d), "{text}");
        }
        assert_eq!(date(&t("20261124"), 2026), Ok(d));
        // A plain number is no date: Excel's serial day 46350 (2026-11-24 in the 1900 system,
        // 2030-11-25 in the 1904 system) is refused unless the cell is formatted as a date.
        assert!(date(&Raw::Number(46350.0), 2026).unwrap_err().code == crate::codes::Code::E0904);
        for number in ["12", "46350", "46350.5", "20261345", "99999"] {
            assert!(
                date(&t(number), 2026).unwrap_err().code == crate::codes::Code::E0904,
                "{number}"
            );
        }
        assert!(date(&t("昨天"), 2026).is_err());
    }

    #[test]
    fn times_as_clerks_write_them() {
        let hm = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        assert_eq!(clock(&t("8:30")), Ok(hm(8, 30)));
        assert_eq!(clock(&t("上午8点30")), Ok(hm(8, 30)));
        assert_eq!(clock(&t("下午3点半")), Ok(hm(15, 30)));
        assert_eq!(clock(&t("８：０５")), Ok(hm(8, 5)));
        assert!(clock(&t("早晨")).is_err());
        assert_eq!(
            stamp(&t("2026年11月24日 下午6点"), 2026).map(|s| s.to_string()),
            Ok("2026-11-24 18:00:00".to_string())
        );
    }

    #[test]
    fn long_numbers_are_refused() {
        assert_eq!(
            text(&Raw::Number(1.10105e17)).unwrap_err().code,
            crate::codes::Code::E0903
        );
        assert_eq!(
            text(&Raw::Number(13812345678.0)),
            Ok("13812345678".to_string())
        );
    }
}
