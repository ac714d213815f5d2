//! `grid log ID`: every commit that touched a case, a person, a grid or a record, newest first.

use crate::audit::log::{LogEntry, Target, log};
use crate::audit::repo;
use crate::cli::{ListFormat, LogArgs};
use crate::commands::check::write_stdout;
use crate::commands::{Outcome, open};
use crate::context::Context;
use crate::error::Error;
use crate::i18n::Lang;
use crate::model::Town;
use crate::output::csv_text;
use crate::timefmt::{format_stamp, parse_date};

/// What an id names: a record key, a case, a person, a grid.
fn target(town: &Town, id: &str, lang: Lang) -> Result<Target, Error> {
    let parts: Vec<&str> = id.split(':').collect();
    let month = |date: &str| parse_date(date).map(|d| d.format("%Y-%m").to_string());
    let rows = |dir: String| Target::Rows {
        dir,
        key: id.to_string(),
    };
    let found = match parts.as_slice() {
        ["patrol", date, _] => month(date).map(|m| rows(format!("patrols/{m}.csv"))),
        ["sweep", date, _] => month(date).map(|m| rows(format!("sweeps/{m}.csv"))),
        ["meeting", date, _, _] => month(date).map(|m| rows(format!("meetings/{m}.csv"))),
        ["inspection", date, _] => parse_date(date).map(|d| {
            use chrono::Datelike;
            rows(format!(
                "inspections/{}-Q{}.csv",
                d.year(),
                d.month0() / 3 + 1
            ))
        }),
        ["approval", _] => Some(rows("approvals/".to_string())),
        [one]
            if town.cases.ids.get(one).is_some()
                || one.starts_with(&format!("{}-", town.grids.id(town.info.grid))) =>
        {
            let year = one.rsplit('-').nth(1).unwrap_or("0000");
            Some(Target::File(format!("cases/{year}/{one}.yaml")))
        }
        [one] if town.people.ids.get(one).is_some() => Some(Target::Rows {
            dir: "roster.csv".to_string(),
            key: format!("roster:{one}:"),
        }),
        [one] if town.grids.ids.get(one).is_some() => Some(Target::Entry {
            dir: "grids/".to_string(),
            id: one.to_string(),
        }),
        _ => None,
    };
    found.ok_or_else(|| {
        Error::Usage(format!(
            "{}: {id}",
            lang.pick(
                "无法识别的编号（案件、人员、网格或 patrol:日期:人员 等记录键）",
                "not a case, person, grid or record key (patrol:DATE:PERSON …)"
            )
        ))
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
    let target = target(&town, &args.id, ctx.lang)?;
    let git = repo::open(&root).ok_or_else(|| {
        Error::Usage(
            ctx.lang
                .pick(
                    "这个镇网格仓库不在 git 中",
                    "this town repository is not in git",
                )
                .to_string(),
        )
    })?;
    if crate::audit::history::is_shallow(&git) {
        return Err(crate::commands::audit::shallow(ctx.lang));
    }
    let prefix = repo::prefix(&git, &root);
    let mut entries =
        log(&git, &prefix, &target).map_err(|e| Error::Usage(e.message().to_string()))?;
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
