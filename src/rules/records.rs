//! Rules for the daily records: who may sign and report patrols and meetings, who organises a
//! sweep and leads an inspection, times in order, approvals supervised by records that exist.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use crate::diag;
use crate::diagnostic::Localized;
use crate::diagnostic::{Diagnostic, Locate};
use crate::layout::Dated;
use crate::model::Town;
use crate::model::case::Target;
use crate::model::choices::{Action, MeetingKind, Role};
use crate::model::grid::{GridIx, GridKind};
use crate::model::people::PersonIx;
use crate::model::records::{Meeting, RecordRef};
use crate::timefmt::format_stamp;

/// Lists the holders of a role, for messages ("none" when there is none).
fn holders(town: &Town, grid: GridIx, role: Role, day: NaiveDate) -> String {
    let ids: Vec<&str> = town
        .roster
        .holders(grid, role, day)
        .map(|p| town.people.id(p))
        .collect();
    if ids.is_empty() {
        "-".to_string()
    } else {
        ids.join(", ")
    }
}

/// Warns when `person` is set but does not hold `role` in `grid` on `day`.
fn check_holder(
    town: &Town,
    person: Option<PersonIx>,
    role: Role,
    grid: GridIx,
    day: NaiveDate,
    span: impl Locate,
    out: &mut Vec<Diagnostic>,
) {
    let Some(person) = person else { return };
    if town.roster.holds(person, grid, role, day) {
        return;
    }
    let span = span.locate();
    let (who, expected, grid_id) = (
        town.people.id(person),
        holders(town, grid, role, day),
        town.grids.id(grid),
    );
    match role {
        Role::VillageHead => diag!(out, W0401, span, who, expected, grid_id, day),
        _ => diag!(out, W0402, span, who, expected, grid_id, day),
    }
}

/// Reports `later` before `earlier`, at the place `span` finds (only then looked up).
fn in_order(
    earlier: (&str, Option<NaiveDateTime>),
    later: (&str, Option<NaiveDateTime>),
    span: impl Locate,
    out: &mut Vec<Diagnostic>,
) {
    if let (Some(e), Some(l)) = (earlier.1, later.1)
        && l < e
    {
        let span = span.locate();
        diag!(
            out,
            E0404,
            span,
            later.0,
            format_stamp(l),
            earlier.0,
            format_stamp(e)
        );
    }
}

/// Patrol rows: signer, reporter, member, times.
pub fn patrols(town: &Town, out: &mut Vec<Diagnostic>) {
    for p in &town.patrols {
        if town.grids.get(p.grid).kind == GridKind::Enterprise {
            if !town
                .roster
                .holds(p.member, p.grid, Role::EnterpriseHead, p.date)
            {
                diag!(
                    out,
                    W0415,
                    town.field(p.span, "member"),
                    town.people.id(p.member),
                    town.grids.id(p.grid),
                    p.date
                );
            }
            continue;
        }
        check_holder(
            town,
            p.signed_by,
            Role::VillageHead,
            p.grid,
            p.date,
            || town.field(p.span, "signed_by"),
            out,
        );
        check_holder(
            town,
            p.reported_by,
            Role::SocialMember,
            p.grid,
            p.date,
            || town.field(p.span, "reported_by"),
            out,
        );
        if !town
            .roster
            .holds(p.member, p.grid, Role::BaseMember, p.date)
        {
            diag!(
                out,
                W0403,
                town.field(p.span, "member"),
                town.people.id(p.member),
                town.grids.id(p.grid),
                p.date
            );
        }
        let at = |t: Option<NaiveTime>| t.map(|t| NaiveDateTime::new(p.date, t));
        in_order(
            ("start", at(p.start)),
            ("end", at(p.end)),
            || town.field(p.span, "end"),
            out,
        );
        let finished = at(p.end).or(at(p.start));
        in_order(
            ("end", finished),
            ("signed_at", p.signed_at),
            || town.field(p.span, "signed_at"),
            out,
        );
        in_order(
            ("end", finished),
            ("reported_at", p.reported_at),
            || town.field(p.span, "reported_at"),
            out,
        );
        if let (Some(signed), Some(reported)) = (p.signed_at, p.reported_at)
            && reported < signed
        {
            diag!(
                out,
                W0411,
                town.field(p.span, "reported_at"),
                format_stamp(reported),
                format_stamp(signed)
            );
        }
    }
}

/// Sweeps: organised by the head, on a sweep day, every base member of the village either
/// taking part or absent (`sweep_member_unaccounted`, W0412).
pub fn sweeps(town: &Town, out: &mut Vec<Diagnostic>) {
    use chrono::Datelike;
    let days = &town.policy.sweep.days;
    for s in &town.sweeps {
        if let Some(o) = s.organizer
            && !town.roster.holds(o, s.grid, Role::VillageHead, s.date)
        {
            diag!(
                out,
                W0405,
                town.field(s.span, "organizer"),
                town.people.id(o),
                town.grids.id(s.grid)
            );
        }
        let unaccounted: Vec<&str> = town
            .roster
            .holders(s.grid, Role::BaseMember, s.date)
            .filter(|m| !s.participants.contains(m) && !s.absent.iter().any(|(a, _)| a == m))
            .map(|m| town.people.id(m))
            .collect();
        if !unaccounted.is_empty() {
            diag!(
                out,
                W0412,
                town.field(s.span, "participants"),
                town.grids.id(s.grid),
                unaccounted.join(", ")
            );
        }
        if !days.contains(&s.date.day()) {
            let list: Vec<String> = days.iter().map(u32::to_string).collect();
            diag!(
                out,
                W0406,
                town.field(s.span, "date"),
                s.date,
                list.join(", ")
            );
        }
    }
}

/// Village meetings: minutes signed by the head and reported by the social member, not before
/// the meeting.
pub fn meetings(town: &Town, out: &mut Vec<Diagnostic>) {
    for m in &town.meetings {
        if m.kind == MeetingKind::VillageHalfMonth {
            check_holder(
                town,
                m.signed_by,
                Role::VillageHead,
                m.grid,
                m.date,
                || town.field(m.span, "signed_by"),
                out,
            );
            check_holder(
                town,
                m.reported_by,
                Role::SocialMember,
                m.grid,
                m.date,
                || town.field(m.span, "reported_by"),
                out,
            );
        }
        attendance(town, m, out);
        let day_start = m.date.and_hms_opt(0, 0, 0);
        in_order(
            ("date", day_start),
            ("reported_at", m.reported_at),
            || town.field(m.span, "reported_at"),
            out,
        );
    }
}

/// Who a meeting needs present (W0414): at a village half-month meeting the two committees
/// (两委: the head and every committee post of the village); at a town consultation the
/// leadership group's leader or a deputy, and the contact of every member unit a discussed
/// case was last assigned to.
fn attendance(town: &Town, m: &Meeting, out: &mut Vec<Diagnostic>) {
    let absent = |p: &PersonIx| !m.attendees.contains(p);
    let span = town.field(m.span, "attendees");
    let (kind, mut owed) = match m.kind {
        MeetingKind::VillageHalfMonth => (
            Localized("半月会议", "half-month meeting"),
            town.roster.committee(m.grid, m.date),
        ),
        MeetingKind::TownConsultation => {
            let leaders: Vec<PersonIx> = [Role::GroupLeader, Role::GroupDeputy]
                .into_iter()
                .flat_map(|role| town.roster.holders(town.info.grid, role, m.date))
                .collect();
            if !leaders.is_empty() && leaders.iter().all(absent) {
                diag!(
                    out,
                    W0414,
                    span,
                    Localized("周会商", "consultation"),
                    Localized(
                        "领导小组组长或副组长",
                        "the leadership group's leader or a deputy"
                    )
                );
            }
            let contacts = m
                .cases
                .iter()
                .filter_map(|&c| town.cases.get(c))
                .filter_map(|c| {
                    let assigned = c
                        .events
                        .iter()
                        .rev()
                        .find(|e| e.action == Action::Assigned)?;
                    match assigned.to? {
                        Target::Unit(u) => town.info.units.list.get(u.get())?.contact,
                        _ => None,
                    }
                })
                .collect();
            (Localized("周会商", "consultation"), contacts)
        }
        MeetingKind::JointOffice => return,
    };
    owed.retain(absent);
    owed.sort();
    owed.dedup();
    if !owed.is_empty() {
        let names: Vec<String> = owed
            .into_iter()
            .map(|p| format!("{} {}", town.people.id(p), town.people.get(p).name))
            .collect();
        diag!(out, W0414, span, kind, names.join(", "));
    }
}

/// Joint inspections: led by the work area's head, covering its own villages.
pub fn inspections(town: &Town, out: &mut Vec<Diagnostic>) {
    for i in &town.inspections {
        if let Some(lead) = i.lead
            && !town
                .roster
                .holds(lead, i.work_area, Role::WorkAreaHead, i.date)
        {
            diag!(
                out,
                W0407,
                town.field(i.span, "lead"),
                town.people.id(lead),
                town.grids.id(i.work_area)
            );
        }
        for v in &i.villages {
            if town.grids.get(*v).work_area != Some(i.work_area) {
                diag!(
                    out,
                    E0408,
                    town.field(i.span, "villages"),
                    town.grids.id(*v),
                    town.grids.id(i.work_area)
                );
            }
        }
    }
}

/// Approvals: the supervising record exists and counts (made in the village between the
/// approval and its follow-up date).
pub fn approvals(town: &Town, out: &mut Vec<Diagnostic>) {
    for (ix, a) in town.approvals.iter() {
        let Some(reference) = a.supervised_by else {
            continue;
        };
        let unread = match reference {
            RecordRef::Patrol(date, _) => town.is_unread(&Dated::Patrols.file_of(date)),
            RecordRef::Inspection(date, _) => town.is_unread(&Dated::Inspections.file_of(date)),
            RecordRef::Case(_) => false,
        };
        let exists = unread
            || match reference {
                RecordRef::Patrol(date, person) => town.patrol(date, person).is_some(),
                RecordRef::Inspection(date, area) => town.inspection(date, area).is_some(),
                RecordRef::Case(case) => town.cases.get(case).is_some(),
            };
        if !exists {
            diag!(
                out,
                E0208,
                town.field(a.span, "supervised_by"),
                town.record_key(reference)
            );
        } else if let Some(Err(fault)) = crate::rules::duties::approvals::linked_follow_up(town, a)
        {
            diag!(
                out,
                W0413,
                town.field(a.span, "supervised_by"),
                town.approvals.ids.name(ix),
                town.record_key(reference),
                fault.words()
            );
        }
    }
}
