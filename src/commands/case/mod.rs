//! `grid case …`: one subcommand per event of a case's life, plus `new`, `show` and `list`.

mod event;
mod list;
mod new;
mod show;

use crate::cli::{CaseArgs, CaseCommand};
use crate::commands::Outcome;
use crate::context::Context;
use crate::error::Error;

/// Runs `grid case …`.
pub fn run(ctx: &Context, args: &CaseArgs) -> Result<Outcome, Error> {
    match &args.command {
        CaseCommand::New(a) => new::run(ctx, a),
        CaseCommand::Show(a) => show::run(ctx, a),
        CaseCommand::List(a) => list::run(ctx, a),
        other => event::run(ctx, other),
    }
}
