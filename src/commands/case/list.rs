//! `grid case list`: cases filtered by state, grid, item, channel, age and overdue deadlines,
//! as a table, CSV, JSON Lines or Open311 service requests.

use crate::cli::{CaseListArgs, CaseListFormat};
use crate::commands::Outcome;
use crate::commands::check::write_stdout;
use crate::commands::open;
use crate::context::Context;
use crate::error::Error;
use crate::model::case::State;
use crate::output::case::{CaseRow, render_csv, render_json, render_open311, render_table};
use crate::output::summary::stream_end;
use crate::rules::duties::Status;
use crate::rules::duties::cases::of_case;

/// Runs `grid case list`.
pub fn run(ctx: &Context, args: &CaseListArgs) -> Result<Outcome, Error> {
    let (_, _, town) = open(ctx, args.as_of)?;
    let lang = ctx.lang;
    let now = ctx.as_of(args.as_of).now;
    let state_filter = match args.state.as_deref() {
        None | Some("open") => None,
        Some(name) => Some(
            State::ALL
                .iter()
                .copied()
                .find(|s| s.as_str() == name || s.zh() == name)
                .ok_or_else(|| {
                    let all: Vec<&str> = State::ALL.iter().map(|s| s.as_str()).collect();
                    Error::Usage(format!(
                        "{}: {name} ({})",
                        lang.pick("未知状态", "unknown state"),
                        all.join(", ")
                    ))
                })?,
        ),
    };
    let grid = crate::commands::grid_option(ctx, &town, args.grid.as_deref())?;
    let mut rows = Vec::new();
    for (ix, case) in town.cases.iter() {
        let state = case.state();
        let first = case.first_report();
        let mut overdue = false;
        of_case(&town, ix, case, &mut |i| {
            overdue |= i.status(now, 100) == Status::Missed
        });
        let keep = state_filter.is_none_or(|s| s == state)
            && (args.state.as_deref() != Some("open") || state.is_open())
            && grid.is_none_or(|g| {
                case.grid
                    .is_some_and(|c| c == g || town.grids.get(c).work_area == Some(g))
            })
            && args
                .item
                .as_deref()
                .is_none_or(|item| case.item.is_some_and(|i| town.catalog.ids.name(i) == item))
            && args
                .channel
                .is_none_or(|c| first.is_some_and(|r| r.channel == c))
            && args
                .since
                .is_none_or(|since| case.discovered_at.date() >= since)
            && (!args.overdue || overdue);
        if keep {
            rows.push(CaseRow {
                ix,
                case,
                state,
                overdue,
            });
        }
    }
    let text = match args.format {
        CaseListFormat::Table => render_table(&town, &rows, lang, ctx.term),
        CaseListFormat::Csv => render_csv(&town, &rows, lang),
        CaseListFormat::Json => {
            render_json(&town, &rows) + &stream_end("case list", rows.len(), now)
        }
        CaseListFormat::Open311 => render_open311(&town, &rows, now),
    };
    write_stdout(&text)?;
    Ok(Outcome::Clean)
}
