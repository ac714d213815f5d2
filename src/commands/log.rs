//! `grid log ID`: every commit that touched a case, a person, a grid or a record, newest first.

use crate::audit::log::{LogEntry, Target, log};
use crate::audit::repo;
use crate::cli::{ListFormat, LogArgs};
use crate::commands::check::write_stdout;
use crate::commands::{Outcome, open};
use crate::context::Context;
use crate::error::Error;
use crate::i18n::Lang;
use crate::layout::Dated;
use crate::model::Town;
use crate::output::csv_text;
use crate::timefmt::{format_stamp, parse_date};
use chrono::NaiveDateTime;

/// Where an id's history may be: the targets to follow, and whether the town as it stands
/// knows the id (an id it does not know may still live in the history: a deleted person, grid
/// or decision).
struct Lookup {
    targets: Vec<Target>,
    known: bool,
}

/// What an id names: a record key, a case, a person, a grid, a finding's decisions.
fn target(town: &Town, id: &str, now: NaiveDateTime, lang: Lang) -> Result<Lookup, Error> {
    let parts: Vec<&str> = id.split(':').collect();
    let rows = |dir: String| Target::Rows {
        dir,
        key: id.to_string(),
    };
    let person = |one: &str| Target::Rows {
        dir: crate::layout::ROSTER.to_string(),
        key: format!("roster:{one}:"),
    };
    let grid = |one: &str| Target::Entry {
        dir: format!("{}/", crate::layout::GRIDS),
        id: one.to_string(),
    };
    let known = |t: Target| Some(vec![t]);
    let found = match parts.as_slice() {
        ["patrol", date, _] => parse_date(date).map(|d| vec![rows(Dated::Patrols.file_of(d))]),
        ["sweep", date, _] => parse_date(date).map(|d| vec![rows(Dated::Sweeps.file_of(d))]),
        ["meeting", date, _, _] => parse_date(date).map(|d| vec![rows(Dated::Meetings.file_of(d))]),
        ["inspection", date, _] => {
            parse_date(date).map(|d| vec![rows(Dated::Inspections.file_of(d))])
        }
        ["approval", _] => known(rows(format!("{}/", Dated::Approvals.folder()))),
        [one]
            if town.cases.ids.get(one).is_some()
                || one.starts_with(&format!("{}-", town.grids.id(town.info.grid))) =>
        {
            known(Target::File(crate::layout::case_file(one)))
        }
        [one] if town.people.ids.get(one).is_some() => known(person(one)),
        [one] if town.grids.ids.get(one).is_some() => known(grid(one)),
        [one] if crate::model::ids::is_valid_id(one) => {
            // A finding the town computes now is known even before anyone decided on it.
            let finding = crate::rules::findings::findings(town, None, now)
                .iter()
                .any(|f| f.id == *one);
            return Ok(Lookup {
                targets: vec![person(one), grid(one), Target::Decision(one.to_string())],
                known: finding,
            });
        }
        _ => None,
    };
    let targets = found.ok_or_else(|| {
        Error::Usage(format!(
            "{}: {id}",
            lang.pick(
                "无法识别的编号（案件、人员、网格、发现或 patrol:日期:人员 等记录键）",
                "not a case, person, grid, finding or record key (patrol:DATE:PERSON …)"
            )
        ))
    })?;
    Ok(Lookup {
        targets,
        known: true,
    })
}

fn render(entries: &[LogEntry], format: ListFormat, lang: Lang) -> String {
    if format == ListFormat::Csv {
        let headings = [
            lang.pick("提交", "Commit"),
            lang.pick("时间", "Time"),
            lang.pick("作者", "Author"),
            lang.pick("说明", "Message"),
            lang.pick("文件", "File"),
            lang.pick("改动", "Changes"),
        ];
        return csv_text(
            &headings,
            entries.iter().map(|e| {
                vec![
                    e.commit.id.to_string(),
                    format_stamp(e.commit.time),
                    format!("{} <{}>", e.commit.author, e.commit.email),
                    e.commit.summary.clone(),
                    e.file.clone(),
                    e.changes.join("\n"),
                ]
            }),
        );
    }
    let mut out = String::new();
    for e in entries {
        let id = e.commit.id.to_string();
        if format == ListFormat::Json {
            let value = serde_json::json!({
                "type": "log",
                "commit": id,
                "time": format_stamp(e.commit.time),
                "author": e.commit.author,
                "email": e.commit.email,
                "message": e.commit.summary,
                "file": e.file,
                "changes": e.changes,
            });
            out.push_str(&format!("{value}\n"));
            continue;
        }
        out.push_str(&format!(
            "{}  {}  {} <{}>\n    {}\n    {}\n",
            &id[..12],
            format_stamp(e.commit.time),
            e.commit.author,
            e.commit.email,
            e.commit.summary,
            e.file
        ));
        for change in &e.changes {
            out.push_str(&format!("      {change}\n"));
        }
    }
    out
}

/// Runs `grid log`.
pub fn run(ctx: &Context, args: &LogArgs) -> Result<Outcome, Error> {
    let (root, _, town) = open(ctx, args.as_of)?;
    let lookup = target(&town, &args.id, ctx.as_of(args.as_of).now, ctx.lang)?;
    let git = crate::commands::audit::history_of(&root, ctx.lang)?;
    let prefix = repo::prefix(&git, &root);
    let mut entries =
        log(&git, &prefix, &lookup.targets).map_err(|e| Error::Usage(e.message().to_string()))?;
    entries.sort_by_key(|e| std::cmp::Reverse(e.commit.time));
    if entries.is_empty() && !lookup.known {
        eprintln!(
            "grid: {}: {}",
            ctx.lang.pick(
                "没有这个编号（现有数据和历史中都没有）",
                "no such id (neither in the data nor in its history)"
            ),
            args.id
        );
        return Ok(Outcome::Failed);
    }
    if let Some(since) = args.since {
        entries.retain(|e| e.commit.time.date() >= since);
    }
    if let Some(as_of) = args.as_of {
        entries.retain(|e| e.commit.time <= as_of.now);
    }
    let mut text = render(&entries, args.format, ctx.lang);
    if args.format == ListFormat::Json {
        let now = ctx.as_of(args.as_of).now;
        text.push_str(&crate::output::summary::stream_end(
            "log",
            entries.len(),
            now,
        ));
    }
    write_stdout(&text)?;
    Ok(Outcome::Clean)
}
