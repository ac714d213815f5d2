//! Patrol completion per village: of the member-days that were owed (their deadline passed),
//! how many have a patrol row, and how many of those were reported late. Computed once here for
//! the monthly workbook and the daily board.

use std::collections::BTreeMap;

use crate::model::grid::GridIx;
use crate::rules::duties::{Duty, Judged, Status};

/// One village's patrols of a period.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Completion {
    /// Member-days owed (deadline passed).
    pub owed: usize,
    /// Of those, with a patrol row (on time or late).
    pub done: usize,
    /// Patrols reported to the centre late.
    pub late: usize,
}

impl Completion {
    /// Done over owed; 1 when nothing was owed.
    pub fn rate(&self) -> f64 {
        match self.owed {
            0 => 1.0,
            owed => self.done as f64 / owed as f64,
        }
    }
}

/// Completion per village grid, from the judged duty instances of a period.
pub fn patrols<'a>(items: impl IntoIterator<Item = &'a Judged>) -> BTreeMap<GridIx, Completion> {
    let mut out: BTreeMap<GridIx, Completion> = BTreeMap::new();
    for j in items {
        match (j.instance.duty, j.status) {
            (Duty::PatrolMissing, Status::Pending | Status::DueSoon) => {}
            (Duty::PatrolMissing, status) => {
                let entry = out.entry(j.instance.grid).or_default();
                entry.owed += 1;
                if status != Status::Missed {
                    entry.done += 1;
                }
            }
            (Duty::PatrolLate, Status::Late) => out.entry(j.instance.grid).or_default().late += 1,
            _ => {}
        }
    }
    out
}
