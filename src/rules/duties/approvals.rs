//! Approval follow-up (审批后监管): the village grid checks every approval by its
//! `follow_up_by` date, through a patrol, an inspection or a case linked to it.

use rustc_hash::FxHashMap;

use crate::model::Town;
use crate::model::choices::Role;
use crate::model::records::RecordRef;
use crate::rules::duties::{Duty, Instance, Place, Window, end_of, start_of};

/// Streams the follow-up duty of every approval granted by the window's moment.
pub fn generate(town: &Town, window: &Window, sink: &mut dyn FnMut(Instance)) {
    let mut linked_cases = FxHashMap::default();
    for (_, case) in town.cases.iter() {
        if let Some(approval) = case.approval {
            let earliest = linked_cases.entry(approval).or_insert(case.discovered_at);
            *earliest = (*earliest).min(case.discovered_at);
        }
    }
    for (ix, approval) in town.approvals.ids.iter().zip(&town.approvals.list) {
        let Some(a) = approval else { continue };
        let (Some(village), start) = (a.village, start_of(a.approved_at)) else {
            continue;
        };
        if start > window.now {
            continue;
        }
        let by_record = a.supervised_by.map(|r| match r {
            RecordRef::Patrol(day, _) | RecordRef::Inspection(day, _) => start_of(day),
            RecordRef::Case(case) => town.cases.get(case).map_or(start, |c| c.discovered_at),
        });
        let done = match (by_record, linked_cases.get(&ix)) {
            (Some(a), Some(b)) => Some(a.min(*b)),
            (a, b) => a.or(b.copied()),
        };
        let head = town
            .roster
            .holders(
                village,
                Role::VillageHead,
                a.follow_up_by.min(window.now.date()),
            )
            .next();
        sink(Instance {
            duty: Duty::ApprovalUnsupervised,
            grid: village,
            person: head,
            subject: Some(town.approvals.ids.name(ix).to_string()),
            start,
            due: end_of(a.follow_up_by),
            done,
            breach: false,
            place: Place::At(town.field(a.span, "supervised_by")),
        });
    }
}
