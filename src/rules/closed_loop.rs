//! The closed loop approval → supervision → enforcement: a supervision that found problems is
//! followed by a case, and an enforcement result is checked by the village grid.

use crate::diag;
use crate::diagnostic::Diagnostic;
use crate::model::Town;
use crate::model::case::Party;
use crate::model::choices::{Action, Role};
use crate::model::grid::GridKind;
use crate::model::records::RecordRef;

/// Warns about approvals whose supervision found issues that no case followed up.
pub fn supervision_followed(town: &Town, out: &mut Vec<Diagnostic>) {
    let mut followed = vec![false; town.approvals.list.len()];
    for (_, case) in town.cases.iter() {
        if let Some(a) = case.approval {
            followed[a.get()] = true;
        }
    }
    for (ix, a) in town.approvals.iter() {
        if followed[ix.get()] {
            continue;
        }
        let found = match a.supervised_by {
            Some(link @ RecordRef::Patrol(date, person)) => town
                .patrol(date, person)
                .filter(|p| p.cases.is_empty())
                .map(|p| (p.issues, town.record_key(link))),
            Some(link @ RecordRef::Inspection(date, area)) => town
                .inspection(date, area)
                .filter(|i| i.cases.is_empty())
                .map(|i| (i.issues, town.record_key(link))),
            Some(RecordRef::Case(_)) | None => None,
        };
        if let Some((issues, record)) = found.filter(|(issues, _)| *issues > 0) {
            diag!(
                out,
                W0410,
                town.field(a.span, "supervised_by"),
                town.approvals.ids.name(ix),
                record,
                issues
            );
        }
    }
}

/// Warns about enforcement results checked by someone outside the village grid.
pub fn enforcement_checked_by_grid(town: &Town, out: &mut Vec<Diagnostic>) {
    for (ix, case) in town.cases.iter() {
        let Some(grid) = case
            .grid
            .filter(|g| town.grids.get(*g).kind == GridKind::Village)
        else {
            continue;
        };
        if !case.events.iter().any(|e| e.action == Action::Decided) {
            continue;
        }
        for check in case.events.iter().filter(|e| e.action == Action::Checked) {
            let day = check.at.date();
            let in_grid = match &check.by {
                Party::Person(p) => [Role::VillageHead, Role::SocialMember, Role::BaseMember]
                    .into_iter()
                    .any(|role| town.roster.holds(*p, grid, role, day)),
                _ => false,
            };
            if !in_grid {
                let who = check.entry.by.clone();
                diag!(
                    out,
                    W0510,
                    check.span,
                    town.cases.ids.name(ix),
                    who,
                    town.grids.id(grid)
                );
            }
        }
    }
}
