//! One town's standing in the county as of a moment: the figures `grid check`, `grid score`
//! and `grid findings` give for it, computed by the same functions, and the town dropped
//! once they are.

use std::path::Path;

use chrono::NaiveDate;

use crate::cli::AsOf;
use crate::county::departments::{self, Mismatch};
use crate::diagnostic::{self, Diagnostic};
use crate::format::{CountyTownEntry, DepartmentEntry};
use crate::rules::assessment::{Ratio, assess};
use crate::rules::duties::{self, Status, Window};
use crate::rules::findings::{self, Kind};
use crate::rules::triage::{self, Counts, Filter};

/// Whether the town could be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Readable {
    /// Read; its figures stand (data errors, if any, are counted).
    Yes,
    /// Its registers have errors: no duty could be computed (the errors are counted).
    Registers,
    /// No repository at its place (not fetched, or the folder is missing).
    Missing,
}

/// A town's row of `grid county check`.
#[derive(Clone, Debug)]
pub struct Standing {
    /// The town's id in county.yaml.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Whether it could be read.
    pub readable: Readable,
    /// Data errors, as `grid check` counts them.
    pub errors: usize,
    /// Data warnings.
    pub warnings: usize,
    /// Overdue items still open (new ones included), as `grid check` lists them.
    pub overdue: usize,
    /// Of those, the ones that became overdue since the previous working day's close.
    pub new: usize,
    /// Items due soon.
    pub due_soon: usize,
    /// Patrols done of those owed in the period (the villages of `grid score`).
    pub patrols: Ratio,
    /// Case deadlines met of those due in the period (`grid score`'s case_on_time).
    pub cases: Ratio,
    /// Duties of the period done by their deadline, of those whose deadline has come.
    pub duties: Ratio,
    /// First-report rewards found in the period.
    pub rewards: usize,
    /// Accountability findings in the period.
    pub accountability: usize,
    /// Departments that are not the county's as written.
    pub departments: Vec<Mismatch>,
    /// The town's own diagnostics (to be shown from the county root).
    pub diagnostics: Vec<Diagnostic>,
    /// The town's files, to name the diagnostics' files.
    pub files: Vec<String>,
}

/// The period and moment a county is judged for.
#[derive(Clone, Copy, Debug)]
pub struct Judged {
    /// The moment.
    pub as_of: AsOf,
    /// Whether the moment was given (`--as-of`): the town is then cut at it, as
    /// `grid check --as-of` does.
    pub given: bool,
    /// The period of the rates and findings.
    pub from: NaiveDate,
    /// Its last day.
    pub to: NaiveDate,
}

/// The standing of the town `entry`, whose repository is at `dir`.
pub fn of_town(
    dir: &Path,
    entry: &CountyTownEntry,
    county_departments: &[DepartmentEntry],
    judged: &Judged,
) -> Standing {
    let mut standing = Standing {
        id: entry.id.clone(),
        name: entry.name.clone(),
        readable: Readable::Missing,
        errors: 0,
        warnings: 0,
        overdue: 0,
        new: 0,
        due_soon: 0,
        patrols: Ratio::default(),
        cases: Ratio::default(),
        duties: Ratio::default(),
        rewards: 0,
        accountability: 0,
        departments: Vec::new(),
        diagnostics: Vec::new(),
        files: Vec::new(),
    };
    if !dir.join(crate::layout::TOWN).is_file() {
        return standing;
    }
    let as_of = judged.as_of;
    let since = crate::commands::check::previous_month_start(as_of.date);
    let cut = judged.given.then_some(as_of.now);
    let Ok((loaded, diagnostics, overdue)) =
        crate::commands::check::examine(dir, &as_of, since, true, cut)
    else {
        return standing;
    };
    standing.errors = diagnostic::error_count(&diagnostics);
    standing.warnings = diagnostics.len() - standing.errors;
    standing.files = loaded.sources.paths().to_vec();
    standing.diagnostics = diagnostics;
    let Some(town) = &loaded.town else {
        standing.readable = Readable::Registers;
        return standing;
    };
    standing.readable = Readable::Yes;
    let since = triage::previous_close(town, as_of.date);
    let items = triage::standings(town, &overdue, &Filter::default(), since);
    let counts = Counts::of(&items);
    (standing.overdue, standing.new, standing.due_soon) =
        (counts.open, counts.new, counts.due_soon);
    let window = Window {
        from: judged.from,
        to: judged.to.min(as_of.date),
        now: as_of.now,
    };
    for village in &assess(town, &window).villages {
        standing.patrols.add(village.rates.patrol_completion);
        standing.cases.add(village.rates.case_on_time);
    }
    // Counted as they come: no vector of the period's duties, no sort.
    duties::each_of_calendar(town, &window, &mut |j| match j.status {
        Status::Pending | Status::DueSoon => {}
        status => standing.duties.count(status == Status::Done),
    });
    for found in findings::findings(town, Some((judged.from, judged.to)), as_of.now) {
        match found.kind {
            Kind::Reward => standing.rewards += 1,
            _ => standing.accountability += 1,
        }
    }
    standing.departments = departments::mismatches(town, county_departments);
    standing
}
