//! `grid case show`: a case as a readable timeline — reports and events in time order with
//! the time between steps — and its deadlines, met or not.

use crate::cli::{ShowArgs, ShowFormat};
use crate::commands::Outcome;
use crate::commands::check::write_stdout;
use crate::commands::open;
use crate::context::Context;
use crate::error::Error;
use crate::i18n::Lang;
use crate::model::cut::Recorded;
use crate::output::case::{render_show, render_show_json};
use crate::output::triage::moment;
use crate::rules::duties::cases::of_case;
use crate::timefmt::format_stamp;

/// Runs `grid case show`.
pub fn run(ctx: &Context, args: &ShowArgs) -> Result<Outcome, Error> {
    let (_, _, mut town) = open(ctx, None)?;
    let unknown = || {
        Error::Usage(format!(
            "{}: {}",
            ctx.lang.pick("未知案件", "unknown case"),
            args.id
        ))
    };
    let first_known = town
        .cases
        .ids
        .get(&args.id)
        .and_then(|ix| town.cases.get(ix))
        .map(Recorded::known_at);
    if let (Some(as_of), Some(known)) = (args.as_of, first_known) {
        if known > as_of.now {
            return Err(Error::Usage(match ctx.lang {
                Lang::Zh => format!(
                    "截至 {} 镇里尚不知道案件 {}：它 {} 才首次上报",
                    moment(as_of.now, ctx.lang),
                    args.id,
                    format_stamp(known)
                ),
                Lang::En => format!(
                    "as of {} the town did not yet know of case {}: it was first reported at {}",
                    moment(as_of.now, ctx.lang),
                    args.id,
                    format_stamp(known)
                ),
            }));
        }
        town.cut(as_of.now);
    }
    let ix = town.cases.ids.get(&args.id).ok_or_else(unknown)?;
    let case = town.cases.get(ix).ok_or_else(|| {
        Error::Usage(
            ctx.lang
                .pick(
                    "案件文件有错误：请先运行 grid check",
                    "the case file has errors: run `grid check`",
                )
                .to_string(),
        )
    })?;
    let as_of = ctx.as_of(args.as_of);
    let mut deadlines = Vec::new();
    of_case(&town, ix, case, &mut |i| deadlines.push(i));
    let text = match args.format {
        ShowFormat::Table => render_show(
            &town, &args.id, case, &deadlines, as_of.now, ctx.lang, ctx.term,
        ),
        ShowFormat::Json => render_show_json(&town, &args.id, case, &deadlines, as_of.now),
    };
    write_stdout(&text)?;
    Ok(Outcome::Clean)
}
