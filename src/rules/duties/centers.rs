//! Village centre rollout (村级阵地建设): every centre of batch 1 and 2 is complete — opened,
//! with signage, furniture, procedures and duty roster — by the batch's date in
//! `policy.rollout`.

use crate::model::Town;
use crate::model::choices::Role;
use crate::model::grid::GridKind;
use crate::rules::duties::{Duty, Instance, Place, Window, end_of, start_of};

/// How a centre's subject starts: `batch-1` names the rollout's first batch.
pub const BATCH: &str = "batch-";

/// The days a first batch has to complete its centres: its clock starts this long before its
/// date.
pub const ROLLOUT_DAYS: u64 = 365;

/// Streams the rollout duty of every village centre whose batch has a target date.
pub fn generate(town: &Town, window: &Window, sink: &mut dyn FnMut(Instance)) {
    let rollout = &town.policy.rollout;
    for village in town.grids.of_kind(GridKind::Village) {
        let grid = town.grids.get(village);
        let Some(center) = &grid.center else { continue };
        let target = match center.batch {
            1 => rollout.batch_1_by,
            _ => rollout.batch_2_by,
        };
        let Some(target) = target else { continue };
        // The clock runs from the previous batch's date (batch 1: a year before its own), so
        // a centre shows due soon ahead of its date like every other duty.
        let began = match (center.batch, rollout.batch_1_by) {
            (1, _) | (_, None) => target - chrono::Days::new(ROLLOUT_DAYS),
            (_, Some(first)) => first.min(target),
        };
        let complete =
            center.signage && center.furniture && center.procedures && center.duty_roster;
        let done = center.opened.filter(|_| complete).map(start_of);
        let head = town
            .roster
            .holders(
                village,
                Role::VillageHead,
                target.min(super::day_of(window.now)),
            )
            .next();
        sink(Instance {
            duty: Duty::CenterIncomplete,
            grid: village,
            person: head,
            subject: Some(format!("{BATCH}{}", center.batch)),
            start: start_of(began),
            due: end_of(target),
            done,
            breach: false,
            place: Place::At(grid.span),
        });
    }
}
