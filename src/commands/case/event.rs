//! The event commands (`accept`, `assign`, `escalate` … `disclose`) and `report`: each appends
//! one entry to the case file after the state machine has allowed it.

use crate::caseops::refusal::{command_name, refusal};
use crate::caseops::{self, Change};
use crate::cli::{CaseCommand, CaseReportArgs, EventArgs, Level};
use crate::commands::Outcome;
use crate::commands::check::write_stdout;
use crate::commands::{actor, open_for_writing, write_files};
use crate::context::Context;
use crate::error::Error;
use crate::format::{DisclosureEntry, EventEntry, ReportEntry};
use crate::i18n::Lang;
use crate::model::Town;
use crate::model::case::Awaiting;
use crate::model::choices::{Action, Impact, Outcome as CaseOutcome};
use crate::timefmt::{Stamp, format_stamp};

/// What a command adds to the event and to the case.
type Fill<'a> = Box<dyn Fn(&mut EventEntry, &mut Change) + 'a>;

/// The common arguments, the action, and what the command adds to the event and the case.
fn parts(command: &CaseCommand) -> Option<(&EventArgs, Action, Fill<'_>)> {
    use CaseCommand as C;
    let none = || Box::new(|_: &mut EventEntry, _: &mut Change| {}) as Fill<'_>;
    Some(match command {
        C::Accept(a) => (a, Action::Accepted, none()),
        C::Resume(a) => (a, Action::Resumed, none()),
        C::Respond(a) => (a, Action::Responded, none()),
        C::Remedy(a) => (a, Action::Remedied, none()),
        C::Resolve(a) => (a, Action::Resolved, none()),
        C::Reject(a) => (
            &a.event,
            Action::Rejected,
            Box::new(|e, _| e.reason = Some(a.reason.clone())),
        ),
        C::Reopen(a) => (
            &a.event,
            Action::Reopened,
            Box::new(|e, _| e.reason = Some(a.reason.clone())),
        ),
        C::Duplicate(a) => (
            &a.event,
            Action::Duplicate,
            Box::new(|e, c| {
                e.of = Some(a.of.clone());
                c.duplicate_of = Some(a.of.clone());
            }),
        ),
        C::Assign(a) => (
            &a.event,
            Action::Assigned,
            Box::new(|e, _| e.to = Some(a.to.clone())),
        ),
        C::Whistle(a) => (
            &a.event,
            Action::Whistle,
            Box::new(|e, _| e.to = Some(a.to.clone())),
        ),
        C::Escalate(a) => (
            &a.event,
            Action::Escalated,
            Box::new(|e, _| {
                e.to = Some(
                    match a.to {
                        Level::Town => "town",
                        Level::County => "county",
                    }
                    .to_string(),
                );
            }),
        ),
        C::Consult(a) => (
            &a.event,
            Action::Consulted,
            Box::new(|e, _| {
                e.meeting = Some(a.meeting);
                e.result = a.result.clone();
            }),
        ),
        C::Decide(a) => (
            &a.event,
            Action::Decided,
            Box::new(|e, _| {
                e.meeting = Some(a.meeting);
                e.measures = Some(a.measures.clone());
                e.decision_no = a.decision_no.clone();
                e.party = a.party.clone();
            }),
        ),
        C::Suspend(a) => (
            &a.event,
            Action::Suspended,
            Box::new(|e, _| {
                e.approved_by = Some(a.approved_by.clone());
                e.reason = Some(a.reason.clone());
            }),
        ),
        C::Urge(a) => (
            &a.event,
            Action::Urged,
            Box::new(|e, _| e.card = Some(a.card)),
        ),
        C::Check(a) => (
            &a.event,
            Action::Checked,
            Box::new(|e, _| e.callback = Some(!a.no_callback)),
        ),
        C::Close(a) => (
            &a.event,
            Action::Closed,
            Box::new(|e, c| {
                let impact = a.impact.unwrap_or(if a.outcome == CaseOutcome::Fixed {
                    Impact::Eliminated
                } else {
                    Impact::Ongoing
                });
                e.outcome = Some(a.outcome);
                e.impact = Some(impact);
                c.impact = Some(impact);
            }),
        ),
        C::Disclose(a) => (
            a,
            Action::Disclosed,
            Box::new(|e, c| {
                c.disclosure = Some(DisclosureEntry {
                    public: true,
                    published_at: Some(e.at.0.date()),
                    withdrawn_at: None,
                });
            }),
        ),
        C::WithdrawDisclosure(a) => (
            a,
            Action::Note,
            Box::new(|e, _| {
                e.note = Some(format!(
                    "撤下公示 withdrawn from disclosure{}",
                    e.note
                        .as_deref()
                        .map(|n| format!("：{n}"))
                        .unwrap_or_default()
                ));
            }),
        ),
        C::New(_) | C::Report(_) | C::Note(_) | C::Show(_) | C::List(_) => return None,
    })
}

/// Runs an event command.
pub fn run(ctx: &Context, command: &CaseCommand) -> Result<Outcome, Error> {
    if let CaseCommand::Report(args) = command {
        return report(ctx, args);
    }
    let (root, _, town, lock) = open_for_writing(ctx)?;
    let (args, action, fill) = match command {
        CaseCommand::Note(n) => {
            let args = EventArgs {
                id: n.id.clone(),
                at: n.at,
                by: n.by.clone(),
                note: Some(n.text.clone()),
                write: n.write,
            };
            (args, Action::Note, None)
        }
        other => {
            let (args, action, fill) =
                parts(other).ok_or_else(|| Error::Usage("unsupported case command".to_string()))?;
            (
                EventArgs {
                    id: args.id.clone(),
                    at: args.at,
                    by: args.by.clone(),
                    note: args.note.clone(),
                    write: args.write,
                },
                action,
                Some(fill),
            )
        }
    };
    if args.note.as_deref().is_some_and(|n| n.trim().is_empty()) {
        return Err(Error::Usage(
            ctx.lang
                .pick("备注不能为空", "a note cannot be empty")
                .to_string(),
        ));
    }
    let doc = read(ctx, &root, &town, &args.id)?;
    let at = ctx.recorded_at(args.at)?;
    let by = match (action, &args.by) {
        (Action::Responded, None) => last_whistled(&doc.file.events).ok_or_else(|| {
            Error::Usage(
                ctx.lang
                    .pick(
                        "没有待响应的吹哨，请用 --by 指明部门",
                        "no whistle awaits a response; name the department with --by",
                    )
                    .to_string(),
            )
        })?,
        (Action::Responded, Some(dept)) if town.enforcement.department_ids.get(dept).is_some() => {
            if !awaiting(&doc.file.events).answer(dept) {
                return Err(Error::Usage(format!(
                    "{dept}: {}",
                    ctx.lang.pick(
                        "没有待它响应的吹哨或上报县级（先 grid case whistle）",
                        "no whistle or escalation to it awaits an answer (whistle first)"
                    )
                )));
            }
            dept.clone()
        }
        _ => actor(ctx, &root, &town, args.by.as_deref())?,
    };
    let mut entry = EventEntry {
        note: args.note.clone(),
        ..EventEntry::new(at, action, by)
    };
    let mut change = Change::default();
    if let Some(fill) = fill {
        fill(&mut entry, &mut change);
    }
    if let CaseCommand::WithdrawDisclosure(_) = command {
        let published = doc
            .file
            .disclosure
            .as_ref()
            .filter(|d| d.public && d.withdrawn_at.is_none());
        let Some(published) = published else {
            return Err(Error::Usage(
                ctx.lang
                    .pick(
                        "该案件没有正在公示的内容",
                        "the case is not publicly disclosed",
                    )
                    .to_string(),
            ));
        };
        change.disclosure = Some(DisclosureEntry {
            public: false,
            published_at: published.published_at,
            withdrawn_at: Some(at.date()),
        });
    }
    check_references(ctx, &town, &args.id, &entry)?;
    change.event = Some(entry);
    let text = match caseops::apply(&doc, &change)? {
        Ok(text) => text,
        Err(refused) => return Err(Error::Usage(refusal(&refused, &args.id, ctx.lang))),
    };
    let command = match command {
        CaseCommand::WithdrawDisclosure(_) => "withdraw-disclosure",
        _ => command_name(action),
    };
    let committed = write_files(
        ctx,
        &root,
        &lock,
        &[(doc.path.clone(), text.clone())],
        &args.write,
        &format!("grid case {command} {}", args.id),
        &[
            ("command", format!("case {command}")),
            ("case", args.id.clone()),
            ("at", format_stamp(at)),
            ("by", change_by(&change)),
        ],
    )?;
    let state =
        caseops::state(&serde_yaml::from_str(&text).map_err(|e| Error::Usage(e.to_string()))?)
            .state();
    let lang = ctx.lang;
    let shown = doc
        .path
        .strip_prefix(&root)
        .unwrap_or(&doc.path)
        .display()
        .to_string();
    let mut out = format!(
        "{} → {}（{shown}）\n",
        args.id,
        lang.pick(state.zh(), state.as_str())
    );
    out.push_str(&committed);
    if let Some(hint) = whistle_hint(&town, &doc.file.item, action, lang) {
        out.push_str(&hint);
    }
    write_stdout(&out)?;
    Ok(Outcome::Clean)
}

/// Who acted in a change, for the commit message.
fn change_by(change: &Change) -> String {
    change
        .event
        .as_ref()
        .map(|e| e.by.clone())
        .unwrap_or_default()
}

/// Reads a case, with a clear message when there is none.
fn read(
    ctx: &Context,
    root: &std::path::Path,
    town: &Town,
    id: &str,
) -> Result<caseops::CaseDoc, Error> {
    if town.cases.ids.get(id).is_none() {
        return Err(Error::Usage(format!(
            "{}: {id}",
            ctx.lang.pick("未知案件", "unknown case")
        )));
    }
    caseops::read(root, id)
}

/// The departments the case's whistles and escalations still wait for.
fn awaiting(events: &[EventEntry]) -> Awaiting<String> {
    let mut awaiting = Awaiting::default();
    for e in events {
        match (e.action, &e.to) {
            (Action::Escalated, Some(to)) if to == "county" => awaiting.call_county(),
            (Action::Whistle | Action::Escalated, Some(to)) => awaiting.call(to.clone()),
            (Action::Responded, _) => {
                awaiting.answer(&e.by);
            }
            _ => {}
        }
    }
    awaiting
}

fn last_whistled(events: &[EventEntry]) -> Option<String> {
    events
        .iter()
        .rev()
        .find(|e| e.action == Action::Whistle)
        .and_then(|w| {
            let dept = w.to.clone()?;
            let answered = events
                .iter()
                .any(|e| e.action == Action::Responded && e.by == dept && e.at >= w.at);
            (!answered).then_some(dept)
        })
}

/// Refuses ids the town does not know.
fn check_references(ctx: &Context, town: &Town, id: &str, e: &EventEntry) -> Result<(), Error> {
    let lang = ctx.lang;
    let unknown = |what: (&str, &str), value: &str| {
        Err(Error::Usage(format!(
            "{}: {value}",
            lang.pick(what.0, what.1)
        )))
    };
    match e.action {
        Action::Assigned => {
            let to = e.to.as_deref().unwrap_or("");
            let known = town.grids.ids.get(to).is_some()
                || town.enforcement.group_ids.get(to).is_some()
                || town.info.units.ids.get(to).is_some()
                || town.enforcement.department_ids.get(to).is_some();
            if !known {
                return unknown(
                    (
                        "未知的承办对象（网格、工作组、成员单位或县直部门）",
                        "unknown assignee (a grid, work group, member unit or county department)",
                    ),
                    to,
                );
            }
        }
        Action::Whistle => {
            let to = e.to.as_deref().unwrap_or("");
            if town.enforcement.department_ids.get(to).is_none() {
                return unknown(
                    (
                        "吹哨对象须为 enforcement.yaml 中的县直部门",
                        "a whistle goes to a county department of enforcement.yaml",
                    ),
                    to,
                );
            }
        }
        Action::Duplicate => {
            let of = e.of.as_deref().unwrap_or("");
            if of == id || town.cases.ids.get(of).is_none() {
                return unknown(("主案件无效", "invalid lead case"), of);
            }
        }
        Action::Suspended => {
            let who = e.approved_by.as_deref().unwrap_or("");
            if town.people.ids.get(who).is_none() {
                return unknown(("未知人员", "unknown person"), who);
            }
        }
        _ => {}
    }
    Ok(())
}

/// Suggests the whistle when the case's item is outside the town's authority.
fn whistle_hint(town: &Town, item: &str, action: Action, lang: Lang) -> Option<String> {
    if !matches!(action, Action::Accepted | Action::Assigned) {
        return None;
    }
    let ix = town.catalog.ids.get(item)?;
    if town.catalog.item(ix).town_authority {
        return None;
    }
    let depts: Vec<&str> = town
        .enforcement
        .department_ids
        .iter()
        .map(|d| town.enforcement.department_ids.name(d))
        .collect();
    Some(match lang {
        Lang::Zh => format!(
            "提示：{item} 不属于镇级执法权限，可吹哨县直部门：grid case whistle <编号> --to <部门>（{}）\n",
            depts.join("、")
        ),
        Lang::En => format!(
            "hint: {item} is outside the town's authority; whistle a county department in: grid case whistle <ID> --to <DEPT> ({})\n",
            depts.join(", ")
        ),
    })
}

/// `grid case report`: another report of the same incident.
fn report(ctx: &Context, args: &CaseReportArgs) -> Result<Outcome, Error> {
    let (root, _, town, lock) = open_for_writing(ctx)?;
    let doc = read(ctx, &root, &town, &args.id)?;
    let r = &args.report;
    if r.channel.needs_person() && town.people.ids.get(&r.reporter).is_none() {
        return Err(Error::Usage(format!(
            "{}: {}",
            ctx.lang.pick(
                "该渠道的上报人须为人员编号，未知人员",
                "a report on this channel names a person id; unknown person"
            ),
            r.reporter
        )));
    }
    let change = Change {
        report: Some(ReportEntry {
            at: Stamp(ctx.recorded_at(r.reported)?),
            by: r.reporter.clone(),
            channel: r.channel,
            reference: r.reference.clone(),
        }),
        ..Change::default()
    };
    let text = match caseops::apply(&doc, &change)? {
        Ok(text) => text,
        Err(refused) => return Err(Error::Usage(refusal(&refused, &args.id, ctx.lang))),
    };
    let committed = write_files(
        ctx,
        &root,
        &lock,
        &[(doc.path.clone(), text)],
        &args.write,
        &format!("grid case report {}", args.id),
        &[
            ("command", "case report".to_string()),
            ("case", args.id.clone()),
            ("reporter", r.reporter.clone()),
            ("channel", r.channel.to_string()),
        ],
    )?;
    write_stdout(&format!(
        "{}: {}\n{committed}",
        args.id,
        ctx.lang.pick("已记录上报", "report recorded")
    ))?;
    Ok(Outcome::Clean)
}
