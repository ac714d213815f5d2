//! `grid completions SHELL`: the completion script, generated from the clap definitions.

use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs};
use crate::commands::Outcome;
use crate::commands::check::write_stdout;
use crate::error::Error;

/// The completion script for a shell.
pub fn script(shell: clap_complete::Shell) -> String {
    let mut buffer = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "grid", &mut buffer);
    String::from_utf8_lossy(&buffer).into_owned()
}

/// Runs `grid completions`.
pub fn run(args: &CompletionsArgs) -> Result<Outcome, Error> {
    write_stdout(&script(args.shell))?;
    Ok(Outcome::Clean)
}
