//! The headline rates of a period — patrol completion, sweeps held, half-month meetings held —
//! counted once from the period's duties, and their change from the period before (环比).

use chrono::{Datelike, Days, NaiveDate};

use crate::report::book::{Value, Words};
use crate::report::common::Ctx;
use crate::rules::completion;
use crate::rules::duties::{Duty, Judged, Status};

/// (done, owed) of each headline.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Rates {
    /// Member-days patrolled of those owed.
    pub patrols: (usize, usize),
    /// Sweeps held of those owed (due by the moment).
    pub sweeps: (usize, usize),
    /// Half-month meetings held (on time or late) of those owed (due by the moment).
    pub meetings: (usize, usize),
}

/// The rates of the duties of a period.
pub fn rates(duties: &[Judged]) -> Rates {
    let patrols = completion::patrols(duties)
        .into_iter()
        .fold((0, 0), |(d, o), (_, c)| (d + c.done, o + c.owed));
    // Owed are those whose deadline has come: a sweep still open today is not yet missing.
    let held = |duty: Duty, done: &dyn Fn(Status) -> bool| {
        duties
            .iter()
            .filter(|j| j.instance.duty == duty)
            .filter(|j| !matches!(j.status, Status::Pending | Status::DueSoon))
            .fold((0, 0), |(d, o), j| (d + usize::from(done(j.status)), o + 1))
    };
    Rates {
        patrols,
        sweeps: held(Duty::SweepMissing, &|s| s == Status::Done),
        meetings: held(Duty::MeetingMissing, &|s| {
            matches!(s, Status::Done | Status::Late)
        }),
    }
}

/// A share as a cell: done over owed, 100 % when nothing was owed.
pub fn share((done, owed): (usize, usize)) -> Value {
    Value::Percent(if owed == 0 {
        1.0
    } else {
        done as f64 / owed as f64
    })
}

/// The period before `[from, to]`: the previous calendar month for a calendar month, the
/// previous half month for a half month, else the same number of days just before.
pub fn previous(from: NaiveDate, to: NaiveDate) -> (NaiveDate, NaiveDate) {
    let last = from.pred_opt().unwrap_or(from);
    let whole_month = from.day() == 1 && to.succ_opt().is_none_or(|next| next.day() == 1);
    if whole_month {
        return (last.with_day(1).unwrap_or(last), last);
    }
    if crate::rules::duties::half_month(from) == (from, to) {
        return crate::rules::duties::half_month(last);
    }
    let days = (to - from).num_days().max(0) as u64;
    (last.checked_sub_days(Days::new(days)).unwrap_or(last), last)
}

/// The change of a rate from the period before, in percentage points (`+0.4 个百分点`, its id
/// `+0.4`); no figure when the period before owed nothing (before the town's first record).
pub fn change(ctx: &Ctx, now: (usize, usize), before: (usize, usize)) -> Value {
    if before.1 == 0 || now.1 == 0 {
        return Value::Word(ctx.w("上期无数据", "no earlier data"));
    }
    let points = (now.0 as f64 / now.1 as f64 - before.0 as f64 / before.1 as f64) * 100.0;
    let points = (points * 10.0).round() / 10.0;
    Value::Word(Words {
        id: format!("{points:+.1}"),
        text: format!("{points:+.1}{}", ctx.t(" 个百分点", " points")),
    })
}

#[cfg(test)]
mod tests {
    use super::previous;
    use crate::timefmt::parse_date;

    #[test]
    fn the_period_before() {
        let d = |s| parse_date(s).unwrap();
        assert_eq!(
            previous(d("2026-11-01"), d("2026-11-30")),
            (d("2026-10-01"), d("2026-10-31"))
        );
        assert_eq!(
            previous(d("2026-03-01"), d("2026-03-31")),
            (d("2026-02-01"), d("2026-02-28"))
        );
        assert_eq!(
            previous(d("2026-11-16"), d("2026-11-30")),
            (d("2026-11-01"), d("2026-11-15"))
        );
        assert_eq!(
            previous(d("2026-11-01"), d("2026-11-15")),
            (d("2026-10-16"), d("2026-10-31"))
        );
        assert_eq!(
            previous(d("2026-11-10"), d("2026-11-19")),
            (d("2026-10-31"), d("2026-11-09"))
        );
    }
}
