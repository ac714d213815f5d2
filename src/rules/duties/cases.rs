//! Case duties: accept a report within the item's `accept_hours`; resolve an accepted case
//! within its `resolve_days` working days (suspensions pause the clock); discuss a case
//! escalated to the town within `policy.consultation.within_days`; a whistled county
//! department responds within `policy.whistle.response_hours`; the county answers a case
//! escalated to it within `policy.county.response_hours` (default: the whistle's).

use crate::timefmt::{days_after, hours_after};
use chrono::NaiveDateTime;

use crate::model::Town;
use crate::model::case::{Case, CaseIx, Event, Party, Target};
use crate::model::choices::{Action, Role};
use crate::model::people::PersonIx;
use crate::model::registry::DepartmentIx;
use crate::rules::duties::{Duty, Instance, Place, Window};

/// Streams the duties of every case whose clock has started by the window's moment.
pub fn generate(town: &Town, window: &Window, sink: &mut dyn FnMut(Instance)) {
    for (ix, case) in town.cases.iter() {
        if case.first_report().is_some_and(|r| r.at <= window.now) {
            of_case(town, ix, case, sink);
        }
    }
}

/// Streams the duties of one case: acceptance, resolution, consultations, whistles.
pub fn of_case(town: &Town, ix: CaseIx, case: &Case, sink: &mut dyn FnMut(Instance)) {
    let Some(first) = case.first_report() else {
        return;
    };
    let grid = case.grid.unwrap_or(town.info.grid);
    let id = town.cases.ids.name(ix).to_string();
    let clerk = town
        .roster
        .holders(town.info.grid, Role::Clerk, first.at.date())
        .next();
    let owed = |duty, person, start, due, done, place| Instance {
        duty,
        grid,
        person,
        subject: Some(id.clone()),
        start,
        due,
        done,
        breach: false,
        place,
    };
    let item = case.item.map(|i| town.catalog.item(i));
    let decision = case.events.iter().find(|e| {
        matches!(
            e.action,
            Action::Accepted | Action::Rejected | Action::Duplicate
        )
    });
    if let Some(item) = item {
        let due = hours_after(first.at, item.accept_hours);
        let place = Place::At(decision.map_or(case.span, |e| e.span));
        sink(owed(
            Duty::CaseAcceptLate,
            clerk,
            first.at,
            due,
            decision.map(|e| e.at),
            place,
        ));
    }
    if let (Some(item), Some(accepted)) = (item, decision.filter(|e| e.action == Action::Accepted))
        && let Some(due) = resolution_due(town, case, accepted.at, item.resolve_days)
    {
        let (done, place) = resolved(case);
        let person = assignee(town, case).or(clerk);
        sink(owed(
            Duty::CaseResolveLate,
            person,
            accepted.at,
            due,
            done,
            Place::At(place.unwrap_or(accepted.span)),
        ));
    }
    let within = town.policy.consultation.within_days.0;
    let response = town.policy.whistle.response_hours.0;
    let county_response = town.policy.county.response_hours.map_or(response, |h| h.0);
    for (i, e) in case.events.iter().enumerate() {
        let later = &case.events[i + 1..];
        match (e.action, e.to) {
            (Action::Escalated, Some(Target::Town)) => {
                let consulted = later.iter().find(|l| l.action == Action::Consulted);
                let place = Place::At(consulted.map_or(e.span, |c| c.span));
                sink(owed(
                    Duty::CaseNotConsulted,
                    clerk,
                    e.at,
                    days_after(e.at, within),
                    consulted.map(|c| c.at),
                    place,
                ));
            }
            (Action::Escalated, Some(Target::County)) => {
                let answer = later.iter().find(|l| {
                    l.action == Action::Responded && matches!(l.by, Party::Department(_))
                });
                sink(owed(
                    Duty::CountyUnanswered,
                    clerk,
                    e.at,
                    hours_after(e.at, county_response),
                    answer.map(|a| a.at),
                    Place::At(answer.map_or(e.span, |a| a.span)),
                ));
            }
            (Action::Whistle, Some(Target::Department(dept))) => {
                let answer = later
                    .iter()
                    .find(|l| l.action == Action::Responded && l.by == Party::Department(dept));
                let subject = whistle_subject(town, &id, dept);
                sink(Instance {
                    subject: Some(subject),
                    ..owed(
                        Duty::WhistleUnanswered,
                        None,
                        e.at,
                        hours_after(e.at, response),
                        answer.map(|a| a.at),
                        Place::At(answer.map_or(e.span, |a| a.span)),
                    )
                });
            }
            _ => {}
        }
    }
}

/// The subject of a whistle's duty: the case and the department (`QS-2026-0010 county-sthj`).
fn whistle_subject(town: &Town, case: &str, department: DepartmentIx) -> String {
    format!(
        "{case} {}",
        town.enforcement.department_ids.name(department)
    )
}

/// The duty an event of case `id` owes, among the case's instances `owed` (from [`of_case`]):
/// the consultation of an escalation to the town, the county's answer to an escalation to it,
/// a department's response to a whistle; `None` for any other event.
pub fn owed_by<'a>(
    town: &Town,
    id: &str,
    event: &Event,
    owed: &'a [Instance],
) -> Option<&'a Instance> {
    let (duty, subject) = match (event.action, event.to) {
        (Action::Escalated, Some(Target::Town)) => (Duty::CaseNotConsulted, id.to_string()),
        (Action::Escalated, Some(Target::County)) => (Duty::CountyUnanswered, id.to_string()),
        (Action::Whistle, Some(Target::Department(d))) => {
            (Duty::WhistleUnanswered, whistle_subject(town, id, d))
        }
        _ => return None,
    };
    owed.iter().find(|i| {
        i.duty == duty && i.start == event.at && i.subject.as_deref() == Some(subject.as_str())
    })
}

/// The resolution deadline: `resolve_days` working days after acceptance, moved by the
/// working time every suspension took (a suspension over a weekend costs only the working
/// hours it covered); `None` while the case is suspended (the clock is paused).
pub fn resolution_due(
    town: &Town,
    case: &Case,
    accepted: NaiveDateTime,
    resolve_days: u32,
) -> Option<NaiveDateTime> {
    let day = town
        .calendar
        .add_working_days(accepted.date(), resolve_days);
    let mut due = NaiveDateTime::new(day, accepted.time());
    let mut suspended: Option<NaiveDateTime> = None;
    for e in &case.events {
        match e.action {
            Action::Suspended => suspended = Some(e.at),
            Action::Resumed => {
                if let Some(from) = suspended.take() {
                    let lost = town.calendar.working_time(from, e.at);
                    due = town.calendar.add_working_time(due, lost);
                }
            }
            _ => {}
        }
    }
    suspended.is_none().then_some(due)
}

/// When the case was finally resolved (a resolution undone by a later reopening does not
/// count), and where.
fn resolved(case: &Case) -> (Option<NaiveDateTime>, Option<crate::diagnostic::Span>) {
    let mut last = (None, None);
    for e in &case.events {
        match e.action {
            Action::Resolved => last = (Some(e.at), Some(e.span)),
            Action::Reopened => last = (None, None),
            _ => {}
        }
    }
    last
}

/// Who owns the case: the head of the village, work group or unit it was last assigned to.
fn assignee(town: &Town, case: &Case) -> Option<PersonIx> {
    let assigned = case
        .events
        .iter()
        .rev()
        .find(|e| e.action == Action::Assigned)?;
    match assigned.to? {
        Target::Grid(grid) => town
            .roster
            .holders(grid, Role::VillageHead, assigned.at.date())
            .next(),
        Target::Group(group) => town
            .enforcement
            .groups
            .get(group.get())
            .and_then(|g| g.head),
        Target::Unit(unit) => town.info.units.list.get(unit.get()).and_then(|u| u.contact),
        Target::Department(_) | Target::Town | Target::County => None,
    }
}
