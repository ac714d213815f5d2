//! The rules: pure functions over a loaded [`Town`]. Validation here; each check is a function
//! in one ordered list, returning diagnostics. No IO, no printing.

pub mod assessment;
pub mod calendar;
pub mod cases;
pub mod closed_loop;
pub mod completion;
pub mod duties;
pub mod findings;
pub mod records;
pub mod roster;
pub mod triage;

use rayon::prelude::*;

use crate::diagnostic::Diagnostic;
use crate::model::Town;

/// One validation check.
type Check = fn(&Town, &mut Vec<Diagnostic>);

/// Every validation check, in the order their findings are most useful to read.
const CHECKS: &[Check] = &[
    calendar::years_covered,
    roster::coverage,
    roster::work_area_heads,
    records::patrols,
    records::sweeps,
    records::meetings,
    records::inspections,
    records::approvals,
    cases::cases,
    closed_loop::supervision_followed,
    closed_loop::enforcement_checked_by_grid,
    findings::deciders,
    findings::orphan_decisions,
];

/// Validates the whole town: the checks run in parallel, their diagnostics come in the
/// checks' order.
pub fn validate(town: &Town) -> Vec<Diagnostic> {
    CHECKS
        .par_iter()
        .map(|check| {
            let mut out = Vec::new();
            check(town, &mut out);
            out
        })
        .collect::<Vec<_>>()
        .concat()
}
