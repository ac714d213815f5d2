//! `grid case new`: a case file for the first report of an incident, numbered by the town's
//! scheme.

use chrono::Datelike;

use crate::caseops;
use crate::cli::CaseNewArgs;
use crate::commands::Outcome;
use crate::commands::check::write_stdout;
use crate::commands::{open_for_writing, write_files};
use crate::context::Context;
use crate::error::Error;
use crate::format::{CaseFile, ReportEntry};
use crate::model::choices::Impact;
use crate::model::grid::GridKind;
use crate::timefmt::Stamp;

/// Runs `grid case new`.
pub fn run(ctx: &Context, args: &CaseNewArgs) -> Result<Outcome, Error> {
    let (root, _, town, lock) = open_for_writing(ctx)?;
    let lang = ctx.lang;
    let unknown =
        |what: (&str, &str), id: &str| Error::Usage(format!("{}: {id}", lang.pick(what.0, what.1)));
    if town.catalog.ids.get(&args.item).is_none() {
        return Err(unknown(("未知事项", "unknown catalog item"), &args.item));
    }
    if let Some(ix) = crate::commands::grid_option(ctx, &town, args.grid.as_deref())?
        && town.grids.get(ix).kind == GridKind::WorkArea
    {
        return Err(Error::Usage(
            lang.pick(
                "案件发生地应为村、企业或镇级网格，不能是工作区",
                "a case happens in a village, an enterprise or the town, not a work area",
            )
            .to_string(),
        ));
    }
    if let Some(approval) = &args.approval
        && town.approvals.ids.get(approval).is_none()
    {
        return Err(unknown(("未知审批", "unknown approval"), approval));
    }
    let report = &args.report;
    if report.channel.needs_person() && town.people.ids.get(&report.reporter).is_none() {
        return Err(unknown(
            (
                "该渠道的上报人须为人员编号，未知人员",
                "a report on this channel names a person id; unknown person",
            ),
            &report.reporter,
        ));
    }
    let reported = ctx.recorded_at(report.reported)?;
    let discovered = args.discovered.unwrap_or(reported);
    if discovered > reported {
        return Err(Error::Usage(
            lang.pick(
                "发现时间不能晚于上报时间",
                "the discovery cannot be later than the report",
            )
            .to_string(),
        ));
    }
    let id = caseops::next_id(&root, town.grids.id(town.info.grid), discovered.year())?;
    let file = CaseFile {
        id: id.clone(),
        title: args.title.clone(),
        item: args.item.clone(),
        grid: args.grid.clone(),
        location: args.location.clone(),
        discovered_at: Stamp(discovered),
        impact: Impact::None,
        duplicate_of: None,
        approval: args.approval.clone(),
        sensitive: None,
        confidential: false,
        reports: vec![ReportEntry {
            at: Stamp(reported),
            by: report.reporter.clone(),
            channel: report.channel,
            reference: report.reference.clone(),
        }],
        events: Vec::new(),
        disclosure: None,
    };
    let path = caseops::path_of(&root, &id);
    let committed = write_files(
        ctx,
        &root,
        &lock,
        &[(path.clone(), caseops::new_text(&root, &file)?)],
        &args.write,
        &format!("grid case new {id}"),
        &[
            ("command", "case new".to_string()),
            ("case", id.clone()),
            ("reporter", report.reporter.clone()),
            ("channel", report.channel.to_string()),
        ],
    )?;
    let shown = path
        .strip_prefix(&root)
        .unwrap_or(&path)
        .display()
        .to_string();
    write_stdout(&format!(
        "{id} {} {shown}\n{committed}",
        lang.pick("已立卷", "opened")
    ))?;
    Ok(Outcome::Clean)
}
