//! `grid check`: load the repository, validate it, compute what is overdue as of a moment,
//! print the diagnostics, the overdue list and a summary.

use std::io::Write;

use chrono::{Datelike, Months, NaiveDate};

use crate::cli::{CheckArgs, Deny, Format};
use crate::codes::Severity;
use crate::commands::Outcome;
use crate::context::Context;
use crate::diagnostic;
use crate::error::Error;
use crate::output::diagnostics::{SourceLines, render_json, render_text};
use crate::output::duties::{render_overdue_json, render_overdue_table};
use crate::output::summary::{self, Tally};
use crate::report::summary::summarize;
use crate::rules::duties::{self, Status, Window};
use crate::{load, rules};

/// The first day of the month before `day`: the default of `--since`.
pub fn previous_month_start(day: NaiveDate) -> NaiveDate {
    let first = day.with_day(1).unwrap_or(day);
    first.checked_sub_months(Months::new(1)).unwrap_or(first)
}

/// Runs `grid check`.
pub fn run(ctx: &Context, args: &CheckArgs) -> Result<Outcome, Error> {
    let root = ctx.repo()?;
    let as_of = ctx.as_of(args.as_of);
    let since = args
        .since
        .unwrap_or_else(|| previous_month_start(as_of.date));
    let staged = match args.staged {
        true => Some(crate::audit::repo::staged_copy(&root, ctx.lang)?),
        false => None,
    };
    let loaded = load::load(staged.as_ref().map_or(root.as_path(), |d| d.path()))?;
    let mut diagnostics = loaded.diagnostics;
    let mut overdue = Vec::new();
    if let Some(town) = &loaded.town {
        diagnostics.extend(rules::validate(town));
        let window = Window {
            from: since,
            to: as_of.date,
            now: as_of.now,
        };
        if staged.is_none() {
            overdue = duties::overdue(town, &window, since);
        }
    }
    let sources = &loaded.sources;
    diagnostic::sort(&mut diagnostics, |f| sources.path(f).to_string());
    let late: Vec<_> = overdue.iter().filter(|j| j.status.is_overdue()).collect();
    let mut grids: Vec<_> = late.iter().map(|j| j.instance.grid).collect();
    grids.sort();
    grids.dedup();
    let tally = Tally {
        errors: diagnostics
            .iter()
            .filter(|d| d.severity() == Severity::Error)
            .count(),
        warnings: diagnostics
            .iter()
            .filter(|d| d.severity() == Severity::Warning)
            .count(),
        overdue: late.len(),
        overdue_grids: grids.len(),
        due_soon: overdue
            .iter()
            .filter(|j| j.status == Status::DueSoon)
            .count(),
    };
    let mut text = String::new();
    match args.format {
        Format::Json => {
            for d in &diagnostics {
                text.push_str(&render_json(d, sources, ctx.lang).to_string());
                text.push('\n');
            }
            if let Some(town) = &loaded.town {
                for j in &overdue {
                    text.push_str(&render_overdue_json(town, sources, j, as_of.now).to_string());
                    text.push('\n');
                }
                text.push_str(
                    &summary::render_json(&summarize(town), as_of.date, tally).to_string(),
                );
                text.push('\n');
            }
        }
        Format::Table => {
            let mut lines = SourceLines::default();
            for d in &diagnostics {
                text.push_str(&render_text(d, sources, &mut lines, ctx.lang, ctx.term));
                text.push('\n');
            }
            if let Some(town) = &loaded.town {
                if !overdue.is_empty() {
                    text.push_str(&render_overdue_table(
                        town, sources, &overdue, as_of.now, ctx.lang, ctx.term,
                    ));
                    text.push('\n');
                }
                if !ctx.quiet {
                    text.push_str(&summary::render_table(
                        &summarize(town),
                        as_of.date,
                        ctx.lang,
                        ctx.term,
                    ));
                    text.push('\n');
                }
            }
            text.push_str(&summary::render_tally(tally, ctx.lang));
            text.push('\n');
        }
    }
    write_stdout(&text)?;
    let deny_warnings = args.deny.contains(&Deny::Warnings);
    let failed = tally.errors > 0
        || (deny_warnings && tally.warnings > 0)
        || (args.strict && tally.overdue > 0);
    Ok(if failed {
        Outcome::Failed
    } else {
        Outcome::Clean
    })
}

/// Writes to standard output; a closed pipe (`grid check | head`) is not an error.
pub fn write_stdout(text: &str) -> Result<(), Error> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::io("<stdout>", e)),
        _ => Ok(()),
    }
}
