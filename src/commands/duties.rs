//! `grid duties`: the duty calendar — every duty of a range of days, with whether it was done,
//! late, missed or is still to do.

use crate::cli::{DutiesArgs, ListFormat};
use crate::commands::Outcome;
use crate::commands::check::write_stdout;
use crate::context::Context;
use crate::error::Error;
use crate::output::duties::{render_calendar_csv, render_calendar_json, render_calendar_table};
use crate::output::summary::stream_end;
use crate::rules::duties::{self, Window};
use crate::rules::triage::{previous_close, standing};

/// Runs `grid duties`.
pub fn run(ctx: &Context, args: &DutiesArgs) -> Result<Outcome, Error> {
    let as_of = ctx.as_of(args.as_of);
    let p = &args.period;
    let named = p.period.is_some() || p.month.is_some() || p.quarter.is_some();
    let (from, to) = match crate::commands::period(ctx, p)? {
        Some(range) if named => range,
        _ => {
            let to = p.to.unwrap_or(as_of.date);
            (p.from.unwrap_or_else(|| duties::half_month(to).0), to)
        }
    };
    if from > to {
        return Err(crate::commands::reversed(
            ctx,
            format!("--from {from}"),
            format!("--to {to}"),
        ));
    }
    let (_, loaded, town) = crate::commands::open(ctx, args.as_of)?;
    let filter = crate::commands::filter(ctx, &town, &args.filter)?;
    let window = Window {
        from,
        to,
        now: as_of.now,
    };
    let since = previous_close(&town, as_of.date);
    let mut items = duties::calendar(&town, &window);
    items.retain(|j| filter.keeps(&town, j, standing(&town, j, since)));
    let sources = &loaded.sources;
    let text = match args.format {
        ListFormat::Table => {
            render_calendar_table(&town, sources, &items, as_of.now, ctx.lang, ctx.term) + "\n"
        }
        ListFormat::Csv => render_calendar_csv(&town, sources, &items, as_of.now, ctx.lang),
        ListFormat::Json => {
            let mut text: String = items
                .iter()
                .map(|j| render_calendar_json(&town, sources, j).to_string() + "\n")
                .collect();
            text.push_str(&stream_end("duties", items.len(), as_of.now));
            text
        }
    };
    write_stdout(&text)?;
    Ok(Outcome::Clean)
}
