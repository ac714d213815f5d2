//! `grid findings`: rewards, accountability and fault-tolerance findings of the cases
//! discovered in a period, with their decisions.

use crate::cli::{FindingsArgs, ListFormat};
use crate::commands::check::write_stdout;
use crate::commands::{Outcome, grid_option, open, period};
use crate::context::Context;
use crate::error::Error;
use crate::output::findings::{render_csv, render_json, render_table};
use crate::output::summary::stream_end;
use crate::rules::findings::findings;
use crate::rules::triage::within;

/// Runs `grid findings`.
pub fn run(ctx: &Context, args: &FindingsArgs) -> Result<Outcome, Error> {
    let (_, _, town) = open(ctx, args.as_of)?;
    let period = period(ctx, &args.period)?;
    let now = ctx.as_of(args.as_of).now;
    let mut found = findings(&town, period, now);
    if let Some(g) = grid_option(ctx, &town, args.grid.as_deref())? {
        found.retain(|f| within(&town, f.grid, g));
    }
    let text = match args.format {
        ListFormat::Table => render_table(&town, &found, ctx.lang, ctx.term),
        ListFormat::Csv => render_csv(&town, &found, ctx.lang),
        ListFormat::Json => {
            let mut text: String = found
                .iter()
                .map(|f| format!("{}\n", render_json(&town, f)))
                .collect();
            text.push_str(&stream_end("findings", found.len(), now));
            text
        }
    };
    write_stdout(&text)?;
    Ok(Outcome::Clean)
}
