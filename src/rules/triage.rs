//! The morning's triage of the overdue list: which items are new since the previous working
//! day's close, which are still open, which were done late, which are due soon; the filters a
//! clerk narrows them with; runs of the same duty on consecutive days collapsed into one line;
//! counts per grid. Pure functions over judged duty instances; rendering is in `output/`.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};

use crate::model::Town;
use crate::model::grid::{GridIx, GridKind};
use crate::model::people::PersonIx;
use crate::rules::duties::{Duty, Judged, Status, end_of};

/// Where an item of the overdue list stands this morning.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Standing {
    /// Not done, overdue, and it was not yet overdue at the previous working day's close.
    New,
    /// Not done (or done against the rules) and overdue since before that.
    Open,
    /// Not done, most of its time used.
    DueSoon,
    /// Done, after its deadline.
    DoneLate,
}

impl Standing {
    /// The stable name (JSON, CSV, `--status`).
    pub fn as_str(self) -> &'static str {
        match self {
            Standing::New => "new",
            Standing::Open => "open",
            Standing::DueSoon => "due_soon",
            Standing::DoneLate => "late",
        }
    }

    /// The Chinese name.
    pub fn zh(self) -> &'static str {
        match self {
            Standing::New => "新增",
            Standing::Open => "未办",
            Standing::DueSoon => "预警",
            Standing::DoneLate => "逾期完成",
        }
    }

    /// Whether the item still waits for someone to act (new items are open too).
    pub fn is_open(self) -> bool {
        matches!(self, Standing::New | Standing::Open)
    }
}

/// The last working day before `day`: "new" is measured from its close (on a Monday,
/// Friday's; after a holiday, the day before it).
pub fn previous_working_day(town: &Town, day: NaiveDate) -> NaiveDate {
    let mut current = day;
    for _ in 0..366 {
        match current.pred_opt() {
            Some(before) => current = before,
            None => break,
        }
        if town.calendar.is_working_day(current) {
            break;
        }
    }
    current
}

/// The close of [`previous_working_day`]: the default moment "new" is measured from.
pub fn previous_close(town: &Town, day: NaiveDate) -> NaiveDateTime {
    end_of(previous_working_day(town, day))
}

/// The standing of an item, `since` being the previous close; none for an item done in time
/// or not yet due.
pub fn standing(town: &Town, judged: &Judged, since: NaiveDateTime) -> Option<Standing> {
    Some(match judged.status {
        Status::Done | Status::Pending => return None,
        Status::DueSoon => Standing::DueSoon,
        Status::Late => Standing::DoneLate,
        Status::Missed | Status::Breach => {
            let before = judged
                .instance
                .status(since, town.policy.due_soon_percent.0);
            match before.is_overdue() {
                true => Standing::Open,
                false => Standing::New,
            }
        }
    })
}

/// The items of the overdue list with their standing, new ones being those not yet overdue
/// at `since`; those `filter` keeps.
pub fn standings<'a>(
    town: &Town,
    overdue: &'a [Judged],
    filter: &Filter,
    since: NaiveDateTime,
) -> Vec<(&'a Judged, Standing)> {
    overdue
        .iter()
        .filter_map(|j| {
            let standing = standing(town, j, since);
            standing
                .filter(|_| filter.keeps(town, j, standing))
                .map(|s| (j, s))
        })
        .collect()
}

/// What the clerk narrows the list to; every part empty keeps everything.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// A grid and everything under it.
    pub grid: Option<GridIx>,
    /// Only these duty kinds.
    pub duties: Vec<Duty>,
    /// Only these standings (`Open` also keeps `New`).
    pub standings: Vec<Standing>,
    /// Only the items this person must act on.
    pub person: Option<PersonIx>,
}

impl Filter {
    /// Whether `judged`, standing as `standing`, passes.
    pub fn keeps(&self, town: &Town, judged: &Judged, standing: Option<Standing>) -> bool {
        let instance = &judged.instance;
        self.grid.is_none_or(|g| within(town, instance.grid, g))
            && (self.duties.is_empty() || self.duties.contains(&instance.duty))
            && (self.standings.is_empty()
                || self.standings.iter().any(|s| match (s, standing) {
                    (Standing::Open, Some(st)) => st.is_open(),
                    (wanted, st) => Some(*wanted) == st,
                }))
            && self.person.is_none_or(|p| instance.person == Some(p))
    }
}

/// Whether `grid` is `ancestor` or lies under it (a village or enterprise under its work area;
/// everything under the town).
pub fn within(town: &Town, grid: GridIx, ancestor: GridIx) -> bool {
    grid == ancestor
        || town.grids.get(grid).work_area == Some(ancestor)
        || town.grids.get(ancestor).kind == GridKind::Town
}

/// Consecutive items of one duty, grid, person and subject whose deadlines fall on
/// consecutive days ("P0193 日巡查缺报 11-15 至 11-20（6 天）"), as one line.
#[derive(Clone, Debug)]
pub struct Run<'a> {
    /// The items, oldest first.
    pub items: Vec<&'a Judged>,
    /// The standing of the run: new when its newest item is new.
    pub standing: Standing,
}

impl Run<'_> {
    /// The first item.
    pub fn first(&self) -> &Judged {
        self.items[0]
    }

    /// The first and last day of the run.
    pub fn days(&self) -> (NaiveDate, NaiveDate) {
        let day = |j: &Judged| j.instance.start.date();
        (day(self.items[0]), day(self.items[self.items.len() - 1]))
    }
}

/// What a run holds one of: a duty of one person in one grid about one subject.
fn strand(j: &Judged) -> (GridIx, Duty, Option<PersonIx>, Option<&str>) {
    let i = &j.instance;
    (i.grid, i.duty, i.person, i.subject.as_deref())
}

/// Collapses `items` (each with its standing) into runs, keeping their order otherwise.
pub fn runs<'a>(items: &[(&'a Judged, Standing)]) -> Vec<Run<'a>> {
    let mut sorted: Vec<&(&Judged, Standing)> = items.iter().collect();
    sorted.sort_by(|(a, _), (b, _)| {
        (strand(a), a.instance.start).cmp(&(strand(b), b.instance.start))
    });
    let mut out: Vec<Run> = Vec::new();
    for (judged, standing) in sorted {
        if let Some(run) = out.last_mut() {
            let last = run.items[run.items.len() - 1];
            let next_day =
                last.instance.start.date().succ_opt() == Some(judged.instance.start.date());
            if next_day && strand(last) == strand(judged) && last.instance.duty.is_periodic() {
                run.items.push(judged);
                run.standing = *standing;
                continue;
            }
        }
        out.push(Run {
            items: vec![judged],
            standing: *standing,
        });
    }
    out
}

/// How serious a duty kind is, most serious first: cases and whistles, missing records, then
/// records that are there but unsigned, late or irregular.
pub fn severity(duty: Duty) -> u8 {
    match duty {
        Duty::CaseAcceptLate
        | Duty::CaseResolveLate
        | Duty::WhistleUnanswered
        | Duty::CountyUnanswered
        | Duty::CaseNotConsulted => 0,
        Duty::PatrolMissing
        | Duty::SweepMissing
        | Duty::MeetingMissing
        | Duty::InspectionMissing
        | Duty::ConsultationMissing
        | Duty::ApprovalUnsupervised
        | Duty::CenterIncomplete
        | Duty::InspectionUncovered => 1,
        _ => 2,
    }
}

/// How many items stand where: for the whole list (the headline) or one grid (`--by grid`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Open items (new ones included).
    pub open: usize,
    /// New items.
    pub new: usize,
    /// Items due soon.
    pub due_soon: usize,
    /// Items done late.
    pub done_late: usize,
}

impl Counts {
    /// The counts of `items`.
    pub fn of(items: &[(&Judged, Standing)]) -> Counts {
        let mut counts = Counts::default();
        for (_, standing) in items {
            counts.add(*standing);
        }
        counts
    }

    /// The counts of `items` per grid.
    pub fn per_grid(items: &[(&Judged, Standing)]) -> BTreeMap<GridIx, Counts> {
        let mut counts: BTreeMap<GridIx, Counts> = BTreeMap::new();
        for (j, standing) in items {
            counts.entry(j.instance.grid).or_default().add(*standing);
        }
        counts
    }

    /// Counts one item.
    pub fn add(&mut self, standing: Standing) {
        match standing {
            Standing::New => {
                self.new += 1;
                self.open += 1;
            }
            Standing::Open => self.open += 1,
            Standing::DueSoon => self.due_soon += 1,
            Standing::DoneLate => self.done_late += 1,
        }
    }
}
