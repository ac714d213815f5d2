//! Case rules: at least one report, times in order, events that the state machine allows, the
//! fields each event needs, duplicate links that make sense, meetings that happened.

use rustc_hash::FxHashSet;

use crate::diag;
use crate::diagnostic::{Diagnostic, Localized, Phrase};
use crate::model::Town;
use crate::model::case::{
    Awaiting, Case, CaseIx, Machine, Party, State, Target, fixed_but_ongoing,
};
use crate::model::choices::{Action, MeetingKind};
use crate::timefmt::format_stamp;

/// Every case file.
pub fn cases(town: &Town, out: &mut Vec<Diagnostic>) {
    let consultations: FxHashSet<_> = town
        .meetings
        .iter()
        .filter(|m| m.kind == MeetingKind::TownConsultation)
        .map(|m| m.date)
        .collect();
    let joint_offices: FxHashSet<_> = town
        .meetings
        .iter()
        .filter(|m| m.kind == MeetingKind::JointOffice)
        .map(|m| m.date)
        .collect();
    for (ix, case) in town.cases.iter() {
        reports(case, out);
        events(case, out);
        duplicate_link(town, ix, case, out);
        for e in &case.events {
            let (dates, what) = match e.action {
                Action::Consulted => (&consultations, Localized("镇级会商", "town consultation")),
                Action::Decided => (
                    &joint_offices,
                    Localized("联席办公会", "joint-office meeting"),
                ),
                _ => continue,
            };
            if let Some(day) = e.entry.meeting
                && !dates.contains(&day)
            {
                diag!(out, W0508, e.span, day, what);
            }
        }
    }
}

fn reports(case: &Case, out: &mut Vec<Diagnostic>) {
    if case.reports.is_empty() {
        diag!(out, E0507, case.span);
    }
    for r in &case.reports {
        if r.at < case.discovered_at {
            diag!(
                out,
                E0503,
                r.span,
                format_stamp(r.at),
                format_stamp(case.discovered_at)
            );
        }
        if r.channel.needs_person() && !matches!(r.by, Party::Person(_)) {
            diag!(out, E0509, r.span, r.channel);
        }
    }
}

fn events(case: &Case, out: &mut Vec<Diagnostic>) {
    let mut machine = Machine::default();
    let mut previous = None;
    let first_report = case.reports.iter().map(|r| r.at).min();
    let mut awaiting = Awaiting::default();
    for e in &case.events {
        match (e.action, e.to, &e.by) {
            (Action::Whistle | Action::Escalated, Some(Target::Department(d)), _) => {
                awaiting.call(d);
            }
            (Action::Escalated, Some(Target::County), _) => awaiting.call_county(),
            (Action::Responded, _, Party::Department(d)) if !awaiting.answer(d) => {
                diag!(out, E0513, e.span, e.entry.by.as_str());
            }
            _ => {}
        }
        if let Some(first) = first_report
            && e.at < first
        {
            diag!(
                out,
                E0511,
                e.span,
                e.action,
                format_stamp(e.at),
                format_stamp(first)
            );
        }
        if e.action == Action::Closed
            && (fixed_but_ongoing(e.entry.outcome, e.entry.impact)
                || fixed_but_ongoing(e.entry.outcome, Some(case.impact)))
        {
            diag!(out, E0512, e.span);
        }
        if e.at < case.discovered_at {
            diag!(
                out,
                E0503,
                e.span,
                format_stamp(e.at),
                format_stamp(case.discovered_at)
            );
        }
        if let Some(prev) = previous
            && e.at < prev
        {
            diag!(out, E0502, e.span, format_stamp(e.at), format_stamp(prev));
        }
        previous = Some(e.at);
        let state = machine.state();
        if let Err(allowed) = machine.apply(e.action) {
            let list: Vec<&str> = allowed.iter().map(|a| a.as_str()).collect();
            diag!(
                out,
                E0501,
                e.span,
                e.action,
                Localized(state.zh(), state.as_str()),
                list.join(", ")
            );
        }
        for field in missing_fields(e) {
            diag!(out, E0506, e.span, e.action, field);
        }
        if e.action == Action::Whistle
            && let Some(target) = e.to
            && !matches!(target, Target::Department(_))
        {
            diag!(out, E0205, e.span, e.entry.to.as_deref().unwrap_or(""));
        }
    }
}

/// The fields an event's action needs that it lacks.
fn missing_fields(e: &crate::model::case::Event) -> Vec<&'static str> {
    let x = &e.entry;
    let needs: &[(&str, bool)] = match e.action {
        Action::Rejected => &[("reason", x.reason.is_some())],
        Action::Duplicate => &[("of", x.of.is_some())],
        Action::Assigned => &[("to", x.to.is_some())],
        Action::Escalated => &[(
            "to: town | county",
            matches!(e.to, Some(Target::Town | Target::County)),
        )],
        Action::Consulted => &[("meeting", x.meeting.is_some())],
        Action::Decided => &[("measures", x.measures.is_some())],
        Action::Suspended => &[
            ("approved_by", x.approved_by.is_some()),
            ("reason", x.reason.is_some()),
        ],
        Action::Reopened => &[("reason", x.reason.is_some())],
        Action::Closed => &[("outcome", x.outcome.is_some())],
        Action::Urged => &[("card", x.card.is_some())],
        Action::Whistle => &[("to", x.to.is_some())],
        _ => &[],
    };
    needs
        .iter()
        .filter(|(_, ok)| !ok)
        .map(|(f, _)| *f)
        .collect()
}

fn duplicate_link(town: &Town, ix: CaseIx, case: &Case, out: &mut Vec<Diagnostic>) {
    let event_of = case
        .events
        .iter()
        .find(|e| e.action == Action::Duplicate)
        .and_then(|e| e.of);
    let lead = case.duplicate_of.or(event_of);
    let Some(lead) = lead else { return };
    let name = |c: CaseIx| town.cases.ids.name(c).to_string();
    if lead == ix {
        let phrase = Phrase::new(
            format!("{} 指向了自己", name(ix)),
            format!("{} names itself", name(ix)),
        );
        diag!(out, E0505, case.span, phrase);
    } else if let (Some(field), Some(event)) = (case.duplicate_of, event_of)
        && field != event
    {
        diag!(
            out,
            E0505,
            case.span,
            Phrase::new(
                format!(
                    "duplicate_of 为 {}，但重复事件写的是 {}",
                    name(field),
                    name(event)
                ),
                format!(
                    "duplicate_of {} but the duplicate event names {}",
                    name(field),
                    name(event)
                )
            )
        );
    } else if let Some(lead_case) = town.cases.get(lead)
        && lead_case.state() == State::Duplicate
    {
        diag!(
            out,
            E0505,
            case.span,
            Phrase::new(
                format!("{} 本身也是重复案件", name(lead)),
                format!("{} is itself a duplicate", name(lead))
            )
        );
    }
}
