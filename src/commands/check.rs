//! `grid check`: load the repository, validate it, compute what is overdue as of a moment,
//! print the diagnostics, the overdue list and a summary.

use std::io::Write;

use chrono::{Datelike, Months, NaiveDate, NaiveDateTime};

use crate::checklog::{self, CheckRow};
use crate::cli::{AsOf, By, CheckArgs, Deny, ListFormat};
use crate::codes::Severity;
use crate::commands::Outcome;
use crate::context::Context;
use crate::diagnostic::{self, Diagnostic};
use crate::error::Error;
use crate::output::diagnostics::{render_all_json, render_all_text};
use crate::output::duties::{render_overdue_json, render_overdue_table};
use crate::output::summary::{self, Tally};
use crate::output::triage::{self, Morning};
use crate::report::summary::summarize;
use crate::rules::duties::{self, Judged, Window};
use crate::rules::triage::{self as triage_rules, Counts, Standing, previous_close};
use crate::source::Sources;
use crate::{load, rules};

/// The first day of the month before `day`: the default of `--since`.
pub fn previous_month_start(day: NaiveDate) -> NaiveDate {
    let first = day.with_day(1).unwrap_or(day);
    first.checked_sub_months(Months::new(1)).unwrap_or(first)
}

/// What `grid check` and `grid board` read: the repository at `dir` loaded, its diagnostics
/// sorted, and (when `with_duties`) what is overdue or due soon from `since` as of `as_of`.
/// With `cut_at` (an `--as-of` given), the town as known at that moment, and no diagnostic
/// about a record made after it.
pub fn examine(
    dir: &std::path::Path,
    as_of: &AsOf,
    since: NaiveDate,
    with_duties: bool,
    cut_at: Option<NaiveDateTime>,
) -> Result<(load::Loaded, Vec<Diagnostic>, Vec<Judged>), Error> {
    let mut loaded = load::load(dir)?;
    let mut diagnostics = std::mem::take(&mut loaded.diagnostics);
    let mut overdue = Vec::new();
    if let (Some(town), Some(at)) = (&mut loaded.town, cut_at) {
        let taken = town.cut(at);
        diagnostics.retain(|d| !taken.covers(d.span.file, d.span.line));
    }
    if let Some(town) = &loaded.town {
        let window = Window {
            from: since,
            to: as_of.date,
            now: as_of.now,
        };
        let (found, due) = rayon::join(
            || rules::validate(town),
            || with_duties.then(|| duties::overdue(town, &window, since)),
        );
        diagnostics.extend(found);
        overdue = due.unwrap_or_default();
    }
    let sources = &loaded.sources;
    diagnostic::sort(&mut diagnostics, |f| sources.path(f).to_string());
    Ok((loaded, diagnostics, overdue))
}

/// The files whose errors kept the town from loading, so that no duty could be computed: the
/// files the town is built from (town.yaml, catalog.yaml, calendar.yaml, enforcement.yaml,
/// grids/, roster.csv) that have errors.
fn blocking_files(diagnostics: &[Diagnostic], sources: &Sources) -> Vec<String> {
    let mut files: Vec<String> = diagnostics
        .iter()
        .filter(|d| d.severity() == Severity::Error)
        .map(|d| sources.path(d.span.file).to_string())
        .filter(|path| {
            crate::layout::in_folder(path, crate::layout::GRIDS)
                || crate::layout::REQUIRED.contains(&path.as_str())
        })
        .collect();
    files.sort();
    files.dedup();
    files
}

/// Appends the check's moment and counts to `.grid/checks.csv`, under the writers' lock.
fn record(ctx: &Context, root: &std::path::Path, m: &Morning) -> Result<(), Error> {
    let counts = Counts::of(m.items);
    let row = CheckRow {
        at: m.now,
        errors: m.errors,
        open: counts.open,
        new: counts.new,
        due_soon: counts.due_soon,
        done_late: counts.done_late,
    };
    let _lock = crate::lock::RepoLock::acquire(root, ctx.lang)?;
    checklog::append(root, row)
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
    let dir = staged.as_ref().map_or(root.as_path(), |d| d.path());
    let (loaded, diagnostics, overdue) = examine(
        dir,
        &as_of,
        since,
        staged.is_none(),
        args.as_of.map(|a| a.now),
    )?;
    let sources = &loaded.sources;
    let errors = diagnostic::error_count(&diagnostics);
    let new_since = loaded.town.as_ref().map(|town| {
        let last = args.since_check.then(|| checklog::last(&root)).flatten();
        last.unwrap_or_else(|| previous_close(town, as_of.date))
    });
    let items = match (&loaded.town, new_since) {
        (Some(town), Some(new_since)) => {
            let filter = crate::commands::filter(ctx, town, &args.filter)?;
            triage_rules::standings(town, &overdue, &filter, new_since)
        }
        _ => Vec::new(),
    };
    let morning = loaded
        .town
        .as_ref()
        .zip(new_since)
        .map(|(town, since)| Morning {
            town,
            items: &items,
            now: as_of.now,
            since,
            errors,
            show_late: args.late,
        });
    if args.record
        && let Some(m) = &morning
    {
        record(ctx, &root, m)?;
    }
    let late: Vec<_> = items
        .iter()
        .filter(|(j, _)| j.status.is_overdue())
        .collect();
    let mut grids: Vec<_> = late.iter().map(|(j, _)| j.instance.grid).collect();
    grids.sort();
    grids.dedup();
    let tally = Tally {
        errors,
        warnings: diagnostics.len() - errors,
        overdue: late.len(),
        overdue_grids: grids.len(),
        due_soon: items
            .iter()
            .filter(|(_, s)| *s == Standing::DueSoon)
            .count(),
        duties_computed: loaded.town.is_some() && !args.staged,
    };
    let blocked = match loaded.town {
        Some(_) => Vec::new(),
        None => blocking_files(&diagnostics, sources),
    };
    let mut text = String::new();
    match args.format {
        ListFormat::Json => {
            text.push_str(&render_all_json(&diagnostics, sources, ctx.lang));
            if let Some(town) = &loaded.town {
                for (j, s) in &items {
                    text.push_str(
                        &render_overdue_json(town, sources, j, *s, as_of.now).to_string(),
                    );
                    text.push('\n');
                }
                text.push_str(
                    &summary::render_json(&summarize(town), as_of.date, tally).to_string(),
                );
                text.push('\n');
            } else {
                text.push_str(
                    &summary::render_blocked_json(as_of.date, tally, &blocked).to_string(),
                );
                text.push('\n');
            }
        }
        ListFormat::Csv => {
            if let Some(town) = &loaded.town {
                text = triage::render_csv(town, sources, &items, as_of.now, ctx.lang);
            }
        }
        ListFormat::Table => {
            text.push_str(&render_all_text(&diagnostics, sources, ctx.lang, ctx.term));
            if let Some(m) = morning.as_ref().filter(|_| !args.staged) {
                text.push_str(&town_view(ctx, args, sources, m));
            }
            match loaded.town {
                Some(_) => text.push_str(&summary::render_tally(tally, ctx.lang)),
                None => text.push_str(&summary::render_blocked(tally, &blocked, ctx.lang)),
            }
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

/// The table form for a town that loaded: the per-grid counts (`--by grid`), every item
/// with the town's summary (`--all`), or the morning view.
fn town_view(ctx: &Context, args: &CheckArgs, sources: &Sources, m: &Morning) -> String {
    let (town, now) = (m.town, m.now);
    if args.by == Some(By::Grid) {
        return triage::render_by_grid(town, m.items, now, ctx.lang, ctx.term);
    }
    if !args.all {
        return triage::render(m, ctx.lang, ctx.term);
    }
    let mut text = String::new();
    if !m.items.is_empty() {
        let listed = m.items.iter().map(|(j, _)| *j);
        text.push_str(&render_overdue_table(
            town, sources, listed, now, ctx.lang, ctx.term,
        ));
        text.push('\n');
    }
    if !ctx.quiet {
        text.push_str(&summary::render_table(
            &summarize(town),
            now.date(),
            ctx.lang,
            ctx.term,
        ));
        text.push('\n');
    }
    text
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
