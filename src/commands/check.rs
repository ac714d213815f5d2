//! `grid check`: load the repository, validate it, print the diagnostics and a summary.

use std::io::Write;

use crate::cli::{CheckArgs, Deny, Format};
use crate::codes::Severity;
use crate::commands::Outcome;
use crate::context::Context;
use crate::diagnostic;
use crate::error::Error;
use crate::output::diagnostics::{SourceLines, render_json, render_text};
use crate::output::summary::{self, Tally};
use crate::report::summary::summarize;
use crate::{load, rules};

/// Runs `grid check`.
pub fn run(ctx: &Context, args: &CheckArgs) -> Result<Outcome, Error> {
    let root = ctx.repo()?;
    let as_of = ctx.as_of(args.as_of);
    let loaded = load::load(&root)?;
    let mut diagnostics = loaded.diagnostics;
    if let Some(town) = &loaded.town {
        diagnostics.extend(rules::validate(town));
    }
    let sources = &loaded.sources;
    diagnostic::sort(&mut diagnostics, |f| sources.path(f).to_string());
    let tally = Tally {
        errors: diagnostics
            .iter()
            .filter(|d| d.severity() == Severity::Error)
            .count(),
        warnings: diagnostics
            .iter()
            .filter(|d| d.severity() == Severity::Warning)
            .count(),
    };
    let summary = loaded.town.as_ref().map(summarize);
    let mut text = String::new();
    match args.format {
        Format::Json => {
            for d in &diagnostics {
                text.push_str(&render_json(d, sources, ctx.lang).to_string());
                text.push('\n');
            }
            if let Some(s) = &summary {
                text.push_str(&summary::render_json(s, as_of, tally).to_string());
                text.push('\n');
            }
        }
        Format::Table => {
            let mut lines = SourceLines::default();
            for d in &diagnostics {
                text.push_str(&render_text(d, sources, &mut lines, ctx.lang, ctx.color));
                text.push('\n');
            }
            if !ctx.quiet
                && let Some(s) = &summary
            {
                text.push_str(&summary::render_table(s, as_of, ctx.lang, ctx.color));
                text.push('\n');
            }
            text.push_str(&summary::render_tally(tally, ctx.lang));
            text.push('\n');
        }
    }
    write_stdout(&text)?;
    let deny_warnings = args.deny.contains(&Deny::Warnings);
    let failed = tally.errors > 0 || (deny_warnings && tally.warnings > 0);
    Ok(if failed {
        Outcome::Failed
    } else {
        Outcome::Clean
    })
}

/// Writes to standard output; a closed pipe (`grid check | head`) is not an error.
pub fn write_stdout(text: &str) -> Result<(), Error> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::io("<stdout>", e)),
        _ => Ok(()),
    }
}
