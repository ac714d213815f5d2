//! Village half-month meetings: one in each half month (1–15, 16–end), its minutes signed by
//! the head and reported by the social member before the half month ends.

use chrono::{Datelike, NaiveDate};
use rustc_hash::FxHashMap;

use crate::layout::Dated;
use crate::model::Town;
use crate::model::choices::{MeetingKind, Role};
use crate::model::grid::{GridIx, GridKind};
use crate::model::records::Meeting;
use crate::rules::duties::{Duty, Instance, Place, Window, end_of, start_of};

/// The half month containing `day`: its first and last day.
pub fn half_month(day: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first = |d: u32| day.with_day(d).unwrap_or(day);
    if day.day() <= 15 {
        (first(1), first(15))
    } else {
        let next = day
            .checked_add_months(chrono::Months::new(1))
            .and_then(|d| d.with_day(1))
            .and_then(|d| d.pred_opt())
            .unwrap_or(day);
        (first(16), next)
    }
}

/// Streams the half-month meeting duties of the window.
pub fn generate(town: &Town, window: &Window, sink: &mut dyn FnMut(Instance)) {
    let mut by_village: FxHashMap<GridIx, Vec<&Meeting>> = FxHashMap::default();
    for m in town
        .meetings
        .iter()
        .filter(|m| m.kind == MeetingKind::VillageHalfMonth)
    {
        by_village.entry(m.grid).or_default().push(m);
    }
    let mut halves = Vec::new();
    let mut day = window.from;
    while day <= window.to {
        let half = half_month(day);
        halves.push(half);
        match half.1.succ_opt() {
            Some(next) => day = next,
            None => break,
        }
    }
    for village in town.grids.of_kind(GridKind::Village) {
        let rows = by_village.get(&village).map_or(&[][..], Vec::as_slice);
        for &(first, last) in &halves {
            if town.is_unread(&Dated::Meetings.file_of(first)) {
                continue;
            }
            let held = rows.iter().find(|m| m.date >= first && m.date <= last);
            let head = town
                .roster
                .holders(
                    village,
                    Role::VillageHead,
                    last.min(super::day_of(window.now)),
                )
                .next();
            let owed = Instance {
                duty: Duty::MeetingMissing,
                grid: village,
                person: head,
                subject: None,
                start: start_of(first),
                due: end_of(last),
                done: held.map(|m| start_of(m.date)),
                breach: false,
                place: held.map_or_else(
                    || Place::Missing(Dated::Meetings.file_of(first)),
                    |m| Place::At(m.span),
                ),
            };
            sink(owed.clone());
            if let Some(m) = held {
                let complete = m.signed_by.is_some() && m.reported_by.is_some();
                sink(Instance {
                    duty: Duty::MeetingUnsigned,
                    start: start_of(m.date),
                    done: complete.then(|| m.reported_at.unwrap_or(start_of(m.date))),
                    place: Place::At(town.field(
                        m.span,
                        if m.signed_by.is_none() {
                            "signed_by"
                        } else {
                            "reported_by"
                        },
                    )),
                    ..owed
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::half_month;
    use crate::timefmt::parse_date;

    #[test]
    fn half_months_end_on_the_15th_and_the_last_day() {
        let d = |s| parse_date(s).unwrap();
        assert_eq!(
            half_month(d("2026-11-03")),
            (d("2026-11-01"), d("2026-11-15"))
        );
        assert_eq!(
            half_month(d("2026-11-16")),
            (d("2026-11-16"), d("2026-11-30"))
        );
        assert_eq!(
            half_month(d("2026-02-20")),
            (d("2026-02-16"), d("2026-02-28"))
        );
        assert_eq!(
            half_month(d("2026-12-31")),
            (d("2026-12-16"), d("2026-12-31"))
        );
    }
}
