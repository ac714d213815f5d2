//! `grid template KIND`: writes the fill-in workbook of a kind of records for a village.

use chrono::Datelike;

use crate::cli::{TemplateArgs, TemplateOf};
use crate::commands::check::write_stdout;
use crate::commands::{Outcome, open_for_writing};
use crate::context::Context;
use crate::error::Error;
use crate::import::template::{Request, build};
use crate::write::Staged;

/// Runs `grid template`.
pub fn run(ctx: &Context, args: &TemplateArgs) -> Result<Outcome, Error> {
    // Held while the workbook is written: its temporary file may lie in the repository.
    let (root, _, town, _lock) = open_for_writing(ctx)?;
    let lang = ctx.lang;
    let grid = crate::commands::grid_option(ctx, &town, args.grid.as_deref())?;
    let month = match &args.month {
        Some(m) => crate::period::month(m).ok_or_else(|| {
            Error::Usage(format!(
                "{}: {m}",
                lang.pick("月份应写成 YYYY-MM", "a month is written YYYY-MM")
            ))
        })?,
        None => crate::period::month_of(ctx.as_of(None).date),
    };
    let kind = match args.kind {
        TemplateOf::Records(kind) => kind,
        TemplateOf::Wechat => {
            let notice = crate::import::chat::notice::text(&town, grid);
            return match &args.output {
                None => write_stdout(&notice).map(|()| Outcome::Clean),
                Some(p) => {
                    let mut staged = Staged::default();
                    staged.add(&ctx.path(p), notice.as_bytes())?;
                    staged.commit()?;
                    Ok(Outcome::Clean)
                }
            };
        }
    };
    let request = Request {
        town: &town,
        kind,
        grid,
        month,
    };
    let name = format!(
        "{}-{}-{}-{:02}.xlsx",
        args.grid.as_deref().unwrap_or(&town.info.name),
        kind.as_str(),
        month.0.year(),
        month.0.month()
    );
    let path = args
        .output
        .as_ref()
        .map_or_else(|| root.join("模板").join(name), |p| ctx.path(p));
    let bytes = build(&request).map_err(|e| Error::Usage(format!("{}: {e}", path.display())))?;
    let mut staged = Staged::default();
    staged.add(&path, &bytes)?;
    staged.commit()?;
    if !ctx.quiet {
        write_stdout(&format!(
            "{} {}\n",
            lang.pick("已写出", "wrote"),
            path.display()
        ))?;
    }
    Ok(Outcome::Clean)
}
