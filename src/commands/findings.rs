//! `grid findings`: rewards, accountability and fault-tolerance findings of the cases
//! discovered in a period, with their decisions.

use crate::cli::{FindingsArgs, ListFormat};
use crate::commands::check::write_stdout;
use crate::commands::{Outcome, open, period};
use crate::context::Context;
use crate::error::Error;
use crate::output::findings::{render_csv, render_json, render_table};
use crate::rules::findings::findings;

/// Runs `grid findings`.
pub fn run(ctx: &Context, args: &FindingsArgs) -> Result<Outcome, Error> {
    let (_, _, town) = open(ctx, args.as_of)?;
    let period = period(ctx, &args.period)?;
    let found = findings(&town, period, ctx.as_of(args.as_of).now);
    let text = match args.format {
        ListFormat::Table => render_table(&town, &found, ctx.lang, ctx.term),
        ListFormat::Csv => render_csv(&town, &found, ctx.lang),
        ListFormat::Json => found
            .iter()
            .map(|f| format!("{}\n", render_json(&town, f)))
            .collect(),
    };
    write_stdout(&text)?;
    Ok(Outcome::Clean)
}
