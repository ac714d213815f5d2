//! `grid score`: the assessment of a period as rankings with every component.

use crate::cli::{ListFormat, ScoreArgs};
use crate::commands::check::write_stdout;
use crate::commands::{Outcome, grid_option, open, period};
use crate::context::Context;
use crate::error::Error;
use crate::output::score::{render_csv, render_json, render_table};
use crate::output::summary::stream_end;
use crate::rules::assessment::assess;
use crate::rules::duties::Window;
use crate::rules::triage::within;

/// Runs `grid score`.
pub fn run(ctx: &Context, args: &ScoreArgs) -> Result<Outcome, Error> {
    let (_, _, town) = open(ctx, args.as_of)?;
    let as_of = ctx.as_of(args.as_of);
    let (from, to) =
        period(ctx, &args.period)?.unwrap_or_else(|| crate::period::month_of(as_of.date));
    let window = Window {
        from,
        to: to.min(as_of.date),
        now: as_of.now,
    };
    let mut assessment = assess(&town, &window);
    if let Some(g) = grid_option(ctx, &town, args.grid.as_deref())? {
        assessment.villages.retain(|s| within(&town, s.grid, g));
        assessment.work_areas.retain(|s| within(&town, s.grid, g));
        if town.grids.get(g).kind != crate::model::grid::GridKind::Town {
            assessment.offices.clear();
        }
    }
    let text = match args.format {
        ListFormat::Table => render_table(&town, &assessment, ctx.lang, ctx.term),
        ListFormat::Csv => render_csv(&town, &assessment, ctx.lang),
        ListFormat::Json => {
            let items =
                assessment.villages.len() + assessment.work_areas.len() + assessment.offices.len();
            render_json(&town, &assessment) + &stream_end("score", items, as_of.now)
        }
    };
    write_stdout(&text)?;
    Ok(Outcome::Clean)
}
