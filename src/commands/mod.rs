//! One file per subcommand: parse arguments → load → rules → output. Each returns whether
//! it found something wrong; errors that stop it are [`crate::error::Error`].

pub mod case;
pub mod check;
pub mod completions;
pub mod duties;
pub mod generate_files;
pub mod synth;

use crate::cli::Command;
use crate::context::Context;
use crate::error::Error;

/// How a command ended, for the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing wrong (exit 0).
    Clean,
    /// Something wrong was found and reported (exit 1).
    Failed,
}

/// Runs a subcommand.
pub fn run(ctx: &Context, command: &Command) -> Result<Outcome, Error> {
    match command {
        Command::Check(args) => check::run(ctx, args),
        Command::Duties(args) => duties::run(ctx, args),
        Command::Case(args) => case::run(ctx, args),
        Command::Completions(args) => completions::run(args),
        Command::Synth(args) => synth::run(ctx, args),
        Command::GenerateFiles(args) => generate_files::run(ctx, args),
    }
}
