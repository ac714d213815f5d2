//! `grid case show`: a case as a readable timeline — reports and events in time order with
//! the time between steps — and its deadlines, met or not.

use crate::cli::ShowArgs;
use crate::commands::Outcome;
use crate::commands::check::write_stdout;
use crate::commands::open;
use crate::context::Context;
use crate::error::Error;
use crate::output::case::render_show;
use crate::rules::duties::cases::of_case;

/// Runs `grid case show`.
pub fn run(ctx: &Context, args: &ShowArgs) -> Result<Outcome, Error> {
    let (_, _, town) = open(ctx)?;
    let ix = town.cases.ids.get(&args.id).ok_or_else(|| {
        Error::Usage(format!(
            "{}: {}",
            ctx.lang.pick("未知案件", "unknown case"),
            args.id
        ))
    })?;
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
    let text = render_show(
        &town, &args.id, case, &deadlines, as_of.now, ctx.lang, ctx.term,
    );
    write_stdout(&text)?;
    Ok(Outcome::Clean)
}
