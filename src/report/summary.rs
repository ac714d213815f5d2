//! The one-screen summary of a town: its grids, people and records, and its cases by state.

use chrono::NaiveDate;

use crate::model::Town;
use crate::model::case::State;
use crate::model::grid::GridKind;

/// Counts that describe a town at a glance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// The town's name.
    pub town: String,
    /// Work-area grids.
    pub work_areas: usize,
    /// Enterprise grids.
    pub enterprises: usize,
    /// Village grids.
    pub villages: usize,
    /// People in the roster.
    pub people: usize,
    /// Rows of the roster.
    pub assignments: usize,
    /// Patrol rows.
    pub patrols: usize,
    /// Sweep rows.
    pub sweeps: usize,
    /// Meeting rows.
    pub meetings: usize,
    /// Inspection rows.
    pub inspections: usize,
    /// Approvals.
    pub approvals: usize,
    /// Readable cases.
    pub cases: usize,
    /// Cases per state, in the order of a case's life; states with none are left out.
    pub cases_by_state: Vec<(State, usize)>,
    /// First and last day of the records.
    pub period: Option<(NaiveDate, NaiveDate)>,
}

/// Summarises a town.
pub fn summarize(town: &Town) -> Summary {
    let mut by_state = vec![0usize; State::ALL.len()];
    let mut cases = 0;
    for (_, case) in town.cases.iter() {
        cases += 1;
        let state = case.state();
        if let Some(i) = State::ALL.iter().position(|s| *s == state) {
            by_state[i] += 1;
        }
    }
    Summary {
        town: town.info.name.clone(),
        work_areas: town.grids.count(GridKind::WorkArea),
        enterprises: town.grids.count(GridKind::Enterprise),
        villages: town.grids.count(GridKind::Village),
        people: town.people.ids.len(),
        assignments: town.roster.assignments.len(),
        patrols: town.patrols.len(),
        sweeps: town.sweeps.len(),
        meetings: town.meetings.len(),
        inspections: town.inspections.len(),
        approvals: town.approvals.list.iter().flatten().count(),
        cases,
        cases_by_state: State::ALL
            .iter()
            .zip(by_state)
            .filter(|(_, n)| *n > 0)
            .map(|(s, n)| (*s, n))
            .collect(),
        period: town.data_period(),
    }
}
