//! Periodic duties of villages, work areas and the town: the 1st/15th sweeps, the quarterly
//! joint inspections (within the first `window_days` working days of a quarter), the weekly
//! town consultation.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::layout::Dated;
use crate::model::Town;
use crate::model::choices::{MeetingKind, Role};
use crate::model::grid::GridKind;
use crate::model::people::PersonIx;
use crate::rules::duties::{Duty, Instance, Place, Window, end_of, start_of};

/// The holder of a role in a grid on a day.
fn holder(
    town: &Town,
    grid: crate::model::grid::GridIx,
    role: Role,
    day: NaiveDate,
) -> Option<PersonIx> {
    town.roster.holders(grid, role, day).next()
}

fn missing(register: Dated, day: NaiveDate) -> Place {
    Place::Missing(register.file_of(day))
}

/// Sweeps on the sweep days, and members absent without a reason.
pub fn sweeps(town: &Town, window: &Window, sink: &mut dyn FnMut(Instance)) {
    let days = &town.policy.sweep.days;
    for day in window.days().filter(|d| days.contains(&d.day())) {
        if town.is_unread(&Dated::Sweeps.file_of(day)) {
            continue;
        }
        let (start, due) = (start_of(day), end_of(day));
        for village in town.grids.of_kind(GridKind::Village) {
            let at = town
                .sweeps
                .partition_point(|s| (s.date, s.grid) < (day, village));
            let row = town
                .sweeps
                .get(at)
                .filter(|s| s.date == day && s.grid == village);
            let head = holder(town, village, Role::VillageHead, day);
            let owed = Instance {
                duty: Duty::SweepMissing,
                grid: village,
                person: head,
                subject: None,
                start,
                due,
                done: row.map(|_| start),
                breach: false,
                place: row.map_or_else(|| missing(Dated::Sweeps, day), |r| Place::At(r.span)),
            };
            sink(owed.clone());
            let Some(row) = row else { continue };
            for (absent, _) in row.absent.iter().filter(|(_, reason)| reason.is_empty()) {
                sink(Instance {
                    duty: Duty::SweepAbsentUnexcused,
                    person: Some(*absent),
                    breach: true,
                    place: Place::At(town.field(row.span, "absent")),
                    ..owed.clone()
                });
            }
        }
    }
}

/// The first day of each quarter whose inspection window reaches into the window.
fn quarter_starts(window: &Window) -> impl Iterator<Item = NaiveDate> + use<> {
    let first = NaiveDate::from_ymd_opt(window.from.year(), window.from.month0() / 3 * 3 + 1, 1);
    let to = window.to;
    first
        .into_iter()
        .flat_map(|f| (0..).map_while(move |q| f.checked_add_months(chrono::Months::new(3 * q))))
        .take_while(move |q| *q <= to)
}

/// Quarterly joint inspections: one per work area within the window, covering all its villages.
pub fn inspections(town: &Town, window: &Window, sink: &mut dyn FnMut(Instance)) {
    let window_days = town.policy.quarterly.window_days.0;
    for quarter in quarter_starts(window) {
        let last = town.calendar.working_window_end(quarter, window_days);
        if last < window.from || town.is_unread(&Dated::Inspections.file_of(quarter)) {
            continue;
        }
        let quarter_end = quarter
            .checked_add_months(chrono::Months::new(3))
            .and_then(|d| d.pred_opt())
            .unwrap_or(quarter);
        let (start, due) = (start_of(quarter), end_of(last));
        for area in town.grids.of_kind(GridKind::WorkArea) {
            let rows: Vec<_> = town
                .inspections
                .iter()
                .filter(|i| i.work_area == area && i.date >= quarter && i.date <= quarter_end)
                .collect();
            let head = holder(
                town,
                area,
                Role::WorkAreaHead,
                last.min(super::day_of(window.now)),
            );
            let in_window: Vec<_> = rows.iter().filter(|i| i.date <= last).collect();
            let done = rows.first().map(|i| start_of(i.date));
            let place = rows
                .first()
                .map_or_else(|| quarter_place(quarter), |i| Place::At(i.span));
            let owed = Instance {
                duty: Duty::InspectionMissing,
                grid: area,
                person: head,
                subject: None,
                start,
                due,
                done,
                breach: false,
                place,
            };
            sink(owed.clone());
            let Some(first) = in_window.first() else {
                continue;
            };
            for village in town.grids.of_kind(GridKind::Village) {
                let in_area = town.grids.get(village).work_area == Some(area);
                if in_area && !in_window.iter().any(|i| i.villages.contains(&village)) {
                    sink(Instance {
                        duty: Duty::InspectionUncovered,
                        grid: village,
                        subject: Some(town.grids.id(area).to_string()),
                        done: None,
                        place: Place::At(town.field(first.span, "villages")),
                        ..owed.clone()
                    });
                }
            }
        }
    }
}

/// The file a missing inspection of the quarter belongs in.
fn quarter_place(quarter: NaiveDate) -> Place {
    Place::Missing(Dated::Inspections.file_of(quarter))
}

/// The weekly town consultation, one per ISO week.
pub fn consultations(town: &Town, window: &Window, sink: &mut dyn FnMut(Instance)) {
    let town_grid = town.info.grid;
    let monday = window.from - Days::new(u64::from(window.from.weekday().num_days_from_monday()));
    let mut week = monday;
    while week <= window.to {
        let sunday = week + Days::new(6);
        let at = town.meetings.partition_point(|m| m.date < week);
        let held = town.meetings[at..]
            .iter()
            .take_while(|m| m.date <= sunday)
            .find(|m| m.kind == MeetingKind::TownConsultation);
        let clerk = holder(town, town_grid, Role::Clerk, week).or(town.info.leader);
        sink(Instance {
            duty: Duty::ConsultationMissing,
            grid: town_grid,
            person: clerk,
            subject: Some(format!(
                "{}-W{:02}",
                week.iso_week().year(),
                week.iso_week().week()
            )),
            start: start_of(week),
            due: end_of(sunday),
            done: held.map(|m| start_of(m.date)),
            breach: false,
            place: held.map_or_else(|| missing(Dated::Meetings, week), |m| Place::At(m.span)),
        });
        week = week + Days::new(7);
        if week.weekday() != Weekday::Mon {
            break;
        }
    }
}

/// The enterprise grids' patrols: in every cycle of `policy.enterprise.patrol_days` days
/// (counted from Monday 5 January 1970, so that a cycle of 7 is the ISO week), the enterprise
/// grid head patrols the enterprise at least once; due at the close of the cycle's last day.
pub fn enterprise_patrols(town: &Town, window: &Window, sink: &mut dyn FnMut(Instance)) {
    let days = i64::from(town.policy.enterprise.patrol_days.0.max(1));
    let Some(epoch) = NaiveDate::from_ymd_opt(1970, 1, 5) else {
        return;
    };
    let mut cycle =
        epoch + chrono::TimeDelta::days((window.from - epoch).num_days().div_euclid(days) * days);
    while cycle <= window.to {
        let last = cycle + chrono::TimeDelta::days(days - 1);
        // A month of patrols that could not be read holds what it holds: nothing in a cycle
        // that reaches into it is judged missed.
        let unread = cycle
            .iter_days()
            .take_while(|d| *d <= last)
            .filter(|d| *d == cycle || d.day() == 1)
            .any(|d| town.is_unread(&Dated::Patrols.file_of(d)));
        if unread {
            cycle = last + chrono::TimeDelta::days(1);
            continue;
        }
        let at = town.patrols.partition_point(|p| p.date < cycle);
        let rows: Vec<_> = town.patrols[at..]
            .iter()
            .take_while(|p| p.date <= last)
            .collect();
        for enterprise in town.grids.of_kind(GridKind::Enterprise) {
            let patrol = rows.iter().find(|p| {
                p.grid == enterprise
                    && town
                        .roster
                        .holds(p.member, enterprise, Role::EnterpriseHead, p.date)
            });
            sink(Instance {
                duty: Duty::EnterprisePatrolMissing,
                grid: enterprise,
                person: holder(town, enterprise, Role::EnterpriseHead, cycle),
                subject: Some(format!("{cycle}~{last}")),
                start: start_of(cycle),
                due: end_of(last),
                done: patrol.map(|p| start_of(p.date)),
                breach: false,
                place: patrol.map_or_else(|| missing(Dated::Patrols, cycle), |p| Place::At(p.span)),
            });
        }
        cycle = last + chrono::TimeDelta::days(1);
    }
}
