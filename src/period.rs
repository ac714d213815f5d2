//! Periods named on the command line: a month `2026-11`, a quarter `2026-Q4`, or two days.

use chrono::{Datelike, Months, NaiveDate};

/// The first and last day of `YYYY-MM`.
pub fn month(text: &str) -> Option<(NaiveDate, NaiveDate)> {
    let (y, m) = text.split_once('-')?;
    let first = NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, 1)?;
    Some((first, last_day(first, 1)?))
}

/// The first and last day of `YYYY-Qn`.
pub fn quarter(text: &str) -> Option<(NaiveDate, NaiveDate)> {
    let (y, q) = text.split_once("-Q")?;
    let q: u32 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
    let first = NaiveDate::from_ymd_opt(y.parse().ok()?, (q - 1) * 3 + 1, 1)?;
    Some((first, last_day(first, 3)?))
}

fn last_day(first: NaiveDate, months: u32) -> Option<NaiveDate> {
    first.checked_add_months(Months::new(months))?.pred_opt()
}

/// A period written as one word: a month `2026-11`, a quarter `2026-Q4`, or two days
/// `2026-11-01..2026-11-15`. A reversed range is not a period.
pub fn parse(text: &str) -> Option<(NaiveDate, NaiveDate)> {
    if text.contains("..") {
        return range_days(text).filter(|(from, to)| from <= to);
    }
    quarter(text).or_else(|| month(text))
}

/// The two days of `FROM..TO`, in the order written (perhaps reversed).
pub fn range_days(text: &str) -> Option<(NaiveDate, NaiveDate)> {
    let (from, to) = text.split_once("..")?;
    let from = crate::timefmt::parse_date(from.trim())?;
    let to = crate::timefmt::parse_date(to.trim())?;
    Some((from, to))
}

/// The month of `day`.
pub fn month_of(day: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first = day.with_day(1).unwrap_or(day);
    (first, last_day(first, 1).unwrap_or(day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_and_quarters() {
        let d = |s| crate::timefmt::parse_date(s).unwrap();
        assert_eq!(month("2026-02"), Some((d("2026-02-01"), d("2026-02-28"))));
        assert_eq!(quarter("2026-Q4"), Some((d("2026-10-01"), d("2026-12-31"))));
        assert_eq!(quarter("2026-Q5"), None);
        assert_eq!(month("2026-13"), None);
        assert_eq!(
            month_of(d("2026-11-24")),
            (d("2026-11-01"), d("2026-11-30"))
        );
    }
}
