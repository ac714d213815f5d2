//! `grid board`: the daily board as one self-contained HTML page (see [`crate::output::board`]).

use chrono::Datelike;

use crate::cli::BoardArgs;
use crate::commands::Outcome;
use crate::commands::check::{examine, previous_month_start, write_stdout};
use crate::commands::report::{REPORTS_DIR, ignore_reports};
use crate::context::Context;
use crate::error::Error;
use crate::output::board;
use crate::output::triage::{Morning, grid_name};
use crate::report::summary::summarize;
use crate::rules::completion;
use crate::rules::duties::{self, Window};
use crate::rules::triage::{Filter, previous_close, standings};
use crate::write::Staged;

/// Runs `grid board`.
pub fn run(ctx: &Context, args: &BoardArgs) -> Result<Outcome, Error> {
    let lang = ctx.lang;
    let root = ctx.repo()?;
    let _lock = crate::lock::RepoLock::acquire(&root, lang)?;
    let as_of = ctx.as_of(args.as_of);
    let since = previous_month_start(as_of.date);
    let (loaded, diagnostics, overdue) =
        examine(&root, &as_of, since, true, args.as_of.map(|a| a.now))?;
    let Some(town) = &loaded.town else {
        return Err(Error::Usage(
            lang.pick(
                "仓库的基础文件有错误：请先运行 grid check",
                "the repository's registers have errors: run `grid check` first",
            )
            .to_string(),
        ));
    };
    let since = previous_close(town, as_of.date);
    let items = standings(town, &overdue, &Filter::default(), since);
    let month = Window {
        from: as_of.date.with_day(1).unwrap_or(as_of.date),
        to: as_of.date,
        now: as_of.now,
    };
    let completion: Vec<_> = completion::patrols(&duties::patrol_calendar(town, &month))
        .into_iter()
        .map(|(grid, c)| (grid_name(town, grid), c))
        .collect();
    let cases: Vec<(String, usize)> = summarize(town)
        .cases_by_state
        .iter()
        .map(|(state, n)| (lang.pick(state.zh(), state.as_str()).to_string(), *n))
        .collect();
    let morning = Morning {
        town,
        items: &items,
        now: as_of.now,
        since,
        errors: crate::diagnostic::error_count(&diagnostics),
        show_late: false,
    };
    let page = board::render(&morning, &completion, &cases, lang);
    let path = args.output.as_ref().map_or_else(
        || {
            root.join(REPORTS_DIR)
                .join(format!("{}-看板.html", as_of.date))
        },
        |p| ctx.path(p),
    );
    if path.starts_with(&root) {
        crate::write::inside(&root, &path)?;
    }
    let mut staged = Staged::default();
    staged.add(&path, page.as_bytes())?;
    ignore_reports(&mut staged, &root, &path)?;
    staged.commit()?;
    write_stdout(&format!("{}\n", path.display()))?;
    Ok(Outcome::Clean)
}
