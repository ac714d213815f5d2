//! `grid export parquet`: the town's records and computed facts for data engines.

use std::path::Path;

use crate::cli::{AsOf, ExportArgs};
use crate::commands::Outcome;
use crate::commands::check::write_stdout;
use crate::context::Context;
use crate::error::Error;
use crate::export::parquet::{self, Written};
use crate::export::tables;

/// Runs `grid export parquet`.
pub fn run(ctx: &Context, args: &ExportArgs) -> Result<Outcome, Error> {
    let root = ctx.repo()?;
    let as_of = ctx.as_of(args.as_of);
    let out = ctx.path(&args.output);
    let written = self::town(ctx, &root, None, &out, as_of, args.as_of.is_some())?;
    write_stdout(&summary(ctx, &out, &written))?;
    Ok(Outcome::Clean)
}

/// Exports the town at `dir` into `out` as `id` (default: its town grid's id): its earlier
/// partitions there are removed first, so a month that no longer has rows does not linger.
pub fn town(
    ctx: &Context,
    dir: &Path,
    id: Option<&str>,
    out: &Path,
    as_of: AsOf,
    cut: bool,
) -> Result<Written, Error> {
    let loaded = crate::load::load(dir)?;
    let mut town = loaded
        .town
        .ok_or_else(|| crate::commands::registers_broken(ctx))?;
    if cut {
        town.cut(as_of.now);
    }
    let id = id.unwrap_or_else(|| town.grids.id(town.info.grid));
    let tables = tables::tables(&town, as_of);
    for table in &tables {
        let earlier = out.join(table.kind).join(format!("town={id}"));
        if earlier.exists() {
            std::fs::remove_dir_all(&earlier).map_err(|e| Error::io(&earlier, e))?;
        }
    }
    parquet::write(out, id, tables)
}

/// What was written, one line per kind.
pub fn summary(ctx: &Context, out: &Path, written: &Written) -> String {
    let mut text = String::new();
    for (kind, (files, rows)) in &written.kinds {
        text.push_str(&match ctx.lang {
            crate::i18n::Lang::Zh => format!("{kind}：{rows} 行，{files} 个文件\n"),
            crate::i18n::Lang::En => format!("{kind}: {rows} rows in {files} files\n"),
        });
    }
    text.push_str(&format!(
        "{} {}\n",
        ctx.lang.pick("已写入", "written to"),
        out.display()
    ));
    text
}
