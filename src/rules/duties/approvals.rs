//! Approval follow-up (审批后监管): the village grid checks every approval by its
//! `follow_up_by` date, through a patrol, an inspection or a case linked to it. A linked
//! record that does not count (made before the approval, after its date, or in another
//! village) leaves the duty open and is reported (W0413).

use rustc_hash::FxHashMap;

use crate::diagnostic::Localized;
use crate::model::Town;
use crate::model::choices::Role;
use crate::model::records::{Approval, RecordRef};
use crate::rules::duties::{Duty, Instance, Place, Window, end_of, start_of};
use chrono::NaiveDateTime;

/// Why a linked follow-up record does not count for its approval (W0413).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkFault {
    /// Made before the approval was granted.
    BeforeApproval,
    /// Made after the follow-up date.
    AfterDeadline,
    /// Made in another village (a patrol or case of another grid, an inspection that did not
    /// cover the approval's village).
    ElsewhereMade,
}

impl LinkFault {
    /// Why, in both languages.
    pub fn words(self) -> Localized {
        match self {
            LinkFault::BeforeApproval => {
                Localized("早于审批日期", "it was made before the approval")
            }
            LinkFault::AfterDeadline => Localized(
                "晚于监管期限 follow_up_by",
                "it was made after follow_up_by",
            ),
            LinkFault::ElsewhereMade => Localized(
                "不是该村的记录",
                "it is not a record of the approval's village",
            ),
        }
    }
}

/// When the record linked in `supervised_by` followed the approval up, or why it does not
/// count: it must be made on or after the approval day and by its follow-up day, in the
/// approval's village (a patrol of that village, an inspection covering it, a case of it or
/// of the town).
pub fn linked_follow_up(town: &Town, a: &Approval) -> Option<Result<NaiveDateTime, LinkFault>> {
    let link = a.supervised_by?;
    let (when, in_village) = match link {
        RecordRef::Patrol(day, member) => (
            start_of(day),
            town.patrol(day, member)
                .is_none_or(|p| Some(p.grid) == a.village),
        ),
        RecordRef::Inspection(day, area) => (
            start_of(day),
            town.inspection(day, area)
                .is_none_or(|i| a.village.is_none_or(|v| i.villages.contains(&v))),
        ),
        RecordRef::Case(case) => {
            let c = town.cases.get(case)?;
            (
                c.discovered_at,
                c.grid
                    .is_none_or(|g| Some(g) == a.village || g == town.info.grid),
            )
        }
    };
    Some(if when.date() < a.approved_at {
        Err(LinkFault::BeforeApproval)
    } else if when.date() > a.follow_up_by {
        Err(LinkFault::AfterDeadline)
    } else if !in_village {
        Err(LinkFault::ElsewhereMade)
    } else {
        Ok(when)
    })
}

/// Streams the follow-up duty of every approval granted by the window's moment.
pub fn generate(town: &Town, window: &Window, sink: &mut dyn FnMut(Instance)) {
    let mut linked_cases = FxHashMap::default();
    for (_, case) in town.cases.iter() {
        if let Some(approval) = case.approval {
            let earliest = linked_cases.entry(approval).or_insert(case.discovered_at);
            *earliest = (*earliest).min(case.discovered_at);
        }
    }
    for (ix, a) in town.approvals.iter() {
        let (Some(village), start) = (a.village, start_of(a.approved_at)) else {
            continue;
        };
        if start > window.now {
            continue;
        }
        let by_record = linked_follow_up(town, a).and_then(Result::ok);
        let done = match (by_record, linked_cases.get(&ix)) {
            (Some(a), Some(b)) => Some(a.min(*b)),
            (a, b) => a.or(b.copied()),
        };
        let head = town
            .roster
            .holders(
                village,
                Role::VillageHead,
                a.follow_up_by.min(super::day_of(window.now)),
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
