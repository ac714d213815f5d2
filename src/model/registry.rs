//! The town's fixed registers: its own description, the catalog of reportable items, the
//! enforcement work groups and county departments, the working-day calendar.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Weekday};
use rustc_hash::FxHashSet;

use crate::diagnostic::Span;
use crate::format::OfficesEntry;
use crate::model::choices::BottomLine;
use crate::model::grid::GridIx;
use crate::model::ids::{IdTable, Ix};
use crate::model::people::PersonIx;

/// What `town.yaml` says of the town itself.
#[derive(Debug)]
pub struct TownInfo {
    /// 9-digit township code.
    pub code: String,
    /// Name.
    pub name: String,
    /// County.
    pub county: String,
    /// The level-1 grid.
    pub grid: GridIx,
    /// Leader of the leadership group.
    pub leader: Option<PersonIx>,
    /// Deputy leaders.
    pub deputies: Vec<PersonIx>,
    /// Member units.
    pub units: Units,
    /// The names of the one office and two centres.
    pub offices: OfficesEntry,
}

/// A member unit of the leadership group.
#[derive(Clone, Debug)]
pub struct Unit {
    /// Name.
    pub name: String,
    /// Contact person.
    pub contact: Option<PersonIx>,
    /// Where it is defined.
    pub span: Span,
}

/// Index of a unit.
pub type UnitIx = Ix<Unit>;

/// The member units.
#[derive(Debug, Default)]
pub struct Units {
    /// The ids.
    pub ids: IdTable<Unit>,
    /// The units, indexed by [`UnitIx`].
    pub list: Vec<Unit>,
}

/// A class of the catalog.
#[derive(Clone, Debug)]
pub struct Class {
    /// Code.
    pub code: String,
    /// Name.
    pub name: String,
    /// The bottom-line class it is, if any.
    pub bottom_line: Option<BottomLine>,
}

/// A reportable item.
#[derive(Clone, Debug)]
pub struct Item {
    /// Name.
    pub name: String,
    /// Index into [`Catalog::classes`].
    pub class: usize,
    /// Hours to accept.
    pub accept_hours: u32,
    /// Working days to resolve.
    pub resolve_days: u32,
    /// The work group that handles it.
    pub group: Option<GroupIx>,
    /// Whether the town may act itself.
    pub town_authority: bool,
    /// Words of a free message that suggest this item.
    pub keywords: Vec<String>,
    /// Where it is defined.
    pub span: Span,
}

/// Index of an item.
pub type ItemIx = Ix<Item>;

/// The catalog of reportable items.
#[derive(Debug, Default)]
pub struct Catalog {
    /// The classes.
    pub classes: Vec<Class>,
    /// The item codes.
    pub ids: IdTable<Item>,
    /// The items, indexed by [`ItemIx`].
    pub items: Vec<Item>,
}

impl Catalog {
    /// The item behind an index.
    pub fn item(&self, ix: ItemIx) -> &Item {
        &self.items[ix.get()]
    }

    /// The class of an item.
    pub fn class_of(&self, ix: ItemIx) -> &Class {
        &self.classes[self.item(ix).class]
    }
}

/// An enforcement work group.
#[derive(Clone, Debug)]
pub struct Group {
    /// Name.
    pub name: String,
    /// Leader in charge.
    pub leader: Option<PersonIx>,
    /// Group head.
    pub head: Option<PersonIx>,
    /// Members.
    pub members: Vec<PersonIx>,
    /// Items handled.
    pub items: Vec<ItemIx>,
    /// Where it is defined.
    pub span: Span,
}

/// Index of a work group.
pub type GroupIx = Ix<Group>;

/// A county department.
#[derive(Clone, Debug)]
pub struct Department {
    /// Name.
    pub name: String,
    /// Contact, free text.
    pub contact: Option<String>,
    /// Where it is defined.
    pub span: Span,
}

/// Index of a department.
pub type DepartmentIx = Ix<Department>;

/// Work groups and county departments.
#[derive(Debug, Default)]
pub struct Enforcement {
    /// Group ids.
    pub group_ids: IdTable<Group>,
    /// Groups, indexed by [`GroupIx`].
    pub groups: Vec<Group>,
    /// Department ids.
    pub department_ids: IdTable<Department>,
    /// Departments, indexed by [`DepartmentIx`].
    pub departments: Vec<Department>,
}

/// Holidays and make-up workdays.
#[derive(Debug, Default)]
pub struct Calendar {
    /// The years the calendar lists.
    pub years: Vec<i32>,
    /// Where it is defined.
    pub span: Option<Span>,
    /// Days off that would be working days.
    pub holidays: FxHashSet<NaiveDate>,
    /// Weekend days that are working days.
    pub workdays: FxHashSet<NaiveDate>,
}

impl Calendar {
    /// Whether `day` is a working day: a weekday that is not a holiday, or a listed make-up day.
    pub fn is_working_day(&self, day: NaiveDate) -> bool {
        if self.workdays.contains(&day) {
            return true;
        }
        !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) && !self.holidays.contains(&day)
    }

    /// The `n`th working day after `day` (`day` itself when `n` is 0). A calendar without
    /// working days stops the search after `7n + 366` days: never a runaway loop.
    pub fn add_working_days(&self, day: NaiveDate, n: u32) -> NaiveDate {
        let mut current = day;
        let mut left = n;
        let mut budget = u64::from(n) * 7 + 366;
        while left > 0 && budget > 0 {
            budget -= 1;
            match current.succ_opt() {
                Some(next) => current = next,
                None => break,
            }
            if self.is_working_day(current) {
                left -= 1;
            }
        }
        current
    }

    /// The working time between two moments: the part of `[from, to)` that falls on working
    /// days (a suspension from Friday 10:00 to Monday 10:00 takes one working day).
    pub fn working_time(&self, from: NaiveDateTime, to: NaiveDateTime) -> TimeDelta {
        let mut total = TimeDelta::zero();
        let mut day = from.date();
        let mut budget = (to.date() - from.date()).num_days().clamp(0, 36_600) + 1;
        while budget > 0 && day <= to.date() {
            budget -= 1;
            let start = day.and_time(NaiveTime::MIN).max(from);
            let end = day
                .succ_opt()
                .map_or(to, |next| next.and_time(NaiveTime::MIN).min(to));
            if self.is_working_day(day) && end > start {
                total += end - start;
            }
            match day.succ_opt() {
                Some(next) => day = next,
                None => break,
            }
        }
        total
    }

    /// The moment `span` of working time after `at`: non-working days are stepped over, so
    /// that a deadline moved by a suspension lands on a working day, at the time of day the
    /// working time runs out.
    pub fn add_working_time(&self, at: NaiveDateTime, span: TimeDelta) -> NaiveDateTime {
        let mut now = at;
        let mut left = span;
        let mut budget = 36_600;
        while left > TimeDelta::zero() && budget > 0 {
            budget -= 1;
            let Some(next_day) = now.date().succ_opt() else {
                break;
            };
            let midnight = next_day.and_time(NaiveTime::MIN);
            if !self.is_working_day(now.date()) {
                now = midnight;
                continue;
            }
            let room = midnight - now;
            if left <= room {
                return now + left;
            }
            left -= room;
            now = midnight;
        }
        now
    }

    /// The first `n` working days starting at `day` end on the returned day.
    pub fn working_window_end(&self, day: NaiveDate, n: u32) -> NaiveDate {
        let first = if self.is_working_day(day) {
            day
        } else {
            self.add_working_days(day, 1)
        };
        self.add_working_days(first, n.saturating_sub(1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn working_days_follow_the_calendar() {
        let d = |s: &str| crate::timefmt::parse_date(s).unwrap();
        let mut calendar = Calendar::default();
        calendar.holidays.insert(d("2026-10-01"));
        calendar.workdays.insert(d("2026-10-10"));
        assert!(!calendar.is_working_day(d("2026-10-01")));
        assert!(calendar.is_working_day(d("2026-10-10")));
        assert!(!calendar.is_working_day(d("2026-10-11")));
        assert!(calendar.is_working_day(d("2026-10-12")));
        assert_eq!(
            calendar.add_working_days(d("2026-09-30"), 1),
            d("2026-10-02")
        );
        assert_eq!(
            calendar.add_working_days(d("2026-10-09"), 1),
            d("2026-10-10")
        );
        assert_eq!(
            calendar.working_window_end(d("2026-10-01"), 2),
            d("2026-10-05")
        );
        assert_eq!(
            calendar.working_window_end(d("2026-10-05"), 1),
            d("2026-10-05")
        );
    }

    #[test]
    fn a_suspension_costs_the_working_time_it_covered() {
        let t = |s: &str| crate::timefmt::parse_stamp(s).unwrap();
        let calendar = Calendar::default();
        // Tuesday 10:00 → Thursday 10:00: two working days.
        let lost = calendar.working_time(t("2026-11-24 10:00"), t("2026-11-26 10:00"));
        assert_eq!(lost, TimeDelta::days(2));
        // Friday 10:00 → Monday 10:00: one working day (14 h of Friday, 10 h of Monday).
        let lost = calendar.working_time(t("2026-11-27 10:00"), t("2026-11-30 10:00"));
        assert_eq!(lost, TimeDelta::days(1));
        // A deadline of Friday 15:00 moved by two working days lands on Tuesday 15:00.
        assert_eq!(
            calendar.add_working_time(t("2026-11-27 15:00"), TimeDelta::days(2)),
            t("2026-12-01 15:00")
        );
        // Nothing lost, nothing moved; a moment on a Saturday moves from Monday on.
        assert_eq!(
            calendar.add_working_time(t("2026-11-27 15:00"), TimeDelta::zero()),
            t("2026-11-27 15:00")
        );
        assert_eq!(
            calendar.add_working_time(t("2026-11-28 09:00"), TimeDelta::hours(3)),
            t("2026-11-30 03:00")
        );
    }
}
