//! `grid report …`: builds a report's data once, writes it as an Excel workbook (and, for the
//! disclosure, a CSV and a printable HTML page beside it), and prints the same figures as a
//! table, JSON or CSV.

use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate, Weekday};

use crate::cli::{ListFormat, ReportKind, ReportOut, ReportsArgs};
use crate::commands::check::write_stdout;
use crate::commands::{Outcome, open_for_writing, period};
use crate::context::Context;
use crate::error::Error;
use crate::output::xlsx::{Cover, render};
use crate::output::{csv_text, table};
use crate::report::book::Book;
use crate::report::common::Ctx;
use crate::report::{assessment, disclosure, monthly, quarterly, rollout, weekly};
use crate::write::Staged;

/// The folder of the repository that reports go to unless `-o` says otherwise.
pub const REPORTS_DIR: &str = "报表";

/// When `path` lies in the reports folder, stages the folder's `.gitignore` if it has none.
pub fn ignore_reports(staged: &mut Staged, root: &Path, path: &Path) -> Result<(), Error> {
    let reports_dir = root.join(REPORTS_DIR);
    let ignore = reports_dir.join(".gitignore");
    if path.starts_with(&reports_dir) && !ignore.exists() {
        staged.add(&ignore, REPORTS_GITIGNORE.as_bytes())?;
    }
    Ok(())
}

/// What `grid report` puts in that folder so that git ignores it in every town repository,
/// including those not made by `grid init`: reports are made from the data, not kept with it.
const REPORTS_GITIGNORE: &str =
    "# grid: reports are made from the data; git does not keep them\n*\n";

fn bad(ctx: &Context, what: &str) -> Error {
    Error::Usage(format!(
        "{}: {what}",
        ctx.lang.pick("无法识别的期间", "not a period")
    ))
}

/// The Monday of `YYYY-Www`.
fn week_start(text: &str) -> Option<NaiveDate> {
    let (y, w) = text.split_once("-W")?;
    NaiveDate::from_isoywd_opt(y.parse().ok()?, w.parse().ok()?, Weekday::Mon)
}

fn out_of(kind: &ReportKind) -> &ReportOut {
    match kind {
        ReportKind::Monthly { out, .. }
        | ReportKind::Weekly { out, .. }
        | ReportKind::Quarterly { out, .. }
        | ReportKind::Assessment { out, .. }
        | ReportKind::Disclosure { out, .. }
        | ReportKind::Rollout { out } => out,
    }
}

/// Runs `grid report …`.
pub fn run(ctx: &Context, args: &ReportsArgs) -> Result<Outcome, Error> {
    let (root, loaded, mut town, _lock) = open_for_writing(ctx)?;
    let out = out_of(&args.kind);
    if let Some(given) = out.as_of {
        town.cut(given.now);
    }
    let as_of = ctx.as_of(out.as_of);
    let rc = Ctx {
        town: &town,
        sources: &loaded.sources,
        lang: ctx.lang,
        as_of,
    };
    let today = as_of.date;
    let (book, name) = match &args.kind {
        ReportKind::Monthly {
            month,
            month_option,
            half,
            ..
        } => {
            let month = month.as_ref().or(month_option.as_ref());
            let (from, to) = match (month, half) {
                (None, None) => monthly::last_half(today),
                (m, h) => {
                    let (first, last) = match m {
                        Some(m) => crate::period::month(m).ok_or_else(|| bad(ctx, m))?,
                        None => crate::period::month_of(today),
                    };
                    match h {
                        Some(1) => (first, first.with_day(15).unwrap_or(last)),
                        Some(_) => (first.with_day(16).unwrap_or(first), last),
                        None => (first, last),
                    }
                }
            };
            let half_name = match (from.day(), to.day()) {
                (1, 15) => "-上半月",
                (16, _) => "-下半月",
                _ => "",
            };
            (
                monthly::build(&rc, from, to),
                format!("{}{half_name}-月报", from.format("%Y-%m")),
            )
        }
        ReportKind::Weekly {
            week, week_option, ..
        } => {
            let monday = match week.as_ref().or(week_option.as_ref()) {
                Some(w) => week_start(w).ok_or_else(|| bad(ctx, w))?,
                None => NaiveDate::from_isoywd_opt(
                    today.iso_week().year(),
                    today.iso_week().week(),
                    Weekday::Mon,
                )
                .unwrap_or(today),
            };
            let iso = monday.iso_week();
            (
                weekly::build(&rc, monday),
                format!("{}-W{:02}-周会商议程", iso.year(), iso.week()),
            )
        }
        ReportKind::Quarterly {
            quarter,
            quarter_option,
            ..
        } => {
            let (from, to) = match quarter.as_ref().or(quarter_option.as_ref()) {
                Some(q) => crate::period::quarter(q).ok_or_else(|| bad(ctx, q))?,
                None => {
                    crate::period::quarter(&format!("{}-Q{}", today.year(), today.month0() / 3 + 1))
                        .unwrap_or((today, today))
                }
            };
            (
                quarterly::build(&rc, from, to),
                format!("{}-Q{}-季度联查", from.year(), from.month0() / 3 + 1),
            )
        }
        ReportKind::Assessment { period: p, .. } => {
            let (from, to) = period(ctx, p)?.unwrap_or_else(|| crate::period::month_of(today));
            (
                assessment::build(&rc, from, to),
                format!("{from}至{to}-督考评分"),
            )
        }
        ReportKind::Disclosure { period: p, .. } => {
            let (from, to) = period(ctx, p)?.unwrap_or_else(|| crate::period::month_of(today));
            (
                disclosure::build(&rc, from, to),
                format!("{from}至{to}-公示"),
            )
        }
        ReportKind::Rollout { .. } => (rollout::build(&rc), format!("{today}-阵地建设")),
    };
    let reports_dir = root.join(REPORTS_DIR);
    let path = out
        .output
        .as_ref()
        .map_or_else(|| reports_dir.join(format!("{name}.xlsx")), |p| ctx.path(p));
    if path.starts_with(&root) {
        crate::write::inside(&root, &path)?;
    }
    let commit = crate::audit::repo::open(&root)
        .and_then(|r| r.head().ok()?.target())
        .map(|id| id.to_string()[..12].to_string());
    let cover = Cover::new(
        &town.info.name,
        rc.moment(),
        commit,
        crate::timefmt::format_stamp(ctx.as_of(None).now),
        ctx.lang,
    );
    let bytes =
        render(&book, &cover).map_err(|e| Error::Usage(format!("{}: {e}", path.display())))?;
    let mut staged = Staged::default();
    staged.add(&path, &bytes)?;
    ignore_reports(&mut staged, &root, &path)?;
    let mut written = vec![path.clone()];
    if matches!(args.kind, ReportKind::Disclosure { .. }) {
        let csv_path = path.with_extension("csv");
        let html_path = path.with_extension("html");
        if let Some(sheet) = book.sheets.first() {
            let rows = sheet
                .rows
                .iter()
                .map(|r| r.iter().map(|c| c.value.text()).collect());
            staged.add(&csv_path, csv_text(&sheet.heading_texts(), rows).as_bytes())?;
        }
        staged.add(&html_path, disclosure::html(&book).as_bytes())?;
        written.extend([csv_path, html_path]);
    }
    staged.commit()?;
    let text = match out.format {
        ListFormat::Table => summary_table(&book, ctx, &written),
        ListFormat::Json => format!("{}\n", book.json()),
        ListFormat::Csv => {
            let sheet = match &out.sheet {
                Some(name) => book
                    .sheets
                    .iter()
                    .find(|s| &s.name.text == name || &s.name.id == name),
                None => book.sheets.first(),
            };
            let sheet = sheet.ok_or_else(|| {
                Error::Usage(format!(
                    "{}: {}",
                    ctx.lang.pick("没有这张表", "no such sheet"),
                    out.sheet.clone().unwrap_or_default()
                ))
            })?;
            csv_text(
                &sheet.heading_texts(),
                sheet
                    .rows
                    .iter()
                    .map(|r| r.iter().map(|c| c.value.text()).collect()),
            )
        }
    };
    write_stdout(&text)?;
    Ok(Outcome::Clean)
}

fn summary_table(book: &Book, ctx: &Context, written: &[PathBuf]) -> String {
    let mut t = table::new(
        &[
            ctx.lang.pick("项目", "Item"),
            ctx.lang.pick("数值", "Value"),
        ],
        ctx.term,
    );
    t.add_row(vec![
        ctx.lang.pick("报表", "Report").to_string(),
        book.title.clone(),
    ]);
    t.add_row(vec![
        ctx.lang.pick("期间", "Period").to_string(),
        book.period.text.clone(),
    ]);
    for (label, value) in &book.summary {
        t.add_row(vec![label.text.clone(), value.text()]);
    }
    for sheet in &book.sheets {
        t.add_row(vec![
            format!("{}{}", ctx.lang.pick("表：", "sheet: "), sheet.name.text),
            format!("{} {}", sheet.rows.len(), ctx.lang.pick("行", "rows")),
        ]);
    }
    let files: Vec<String> = written.iter().map(|p| p.display().to_string()).collect();
    format!(
        "{t}\n{} {}\n",
        ctx.lang.pick("已写入", "wrote"),
        files.join(", ")
    )
}
