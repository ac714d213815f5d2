//! The `grid` binary: parse the command line, run the command, map the outcome to the exit
//! code (0 clean, 1 something wrong found, 2 could not run).

use std::process::ExitCode;

use clap::Parser;

use grid::cli::Cli;
use grid::commands::{self, Outcome};
use grid::context::Context;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let ctx = Context::from_env(&cli.global);
    match commands::run(&ctx, &cli.command) {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Failed) => ExitCode::from(1),
        Err(err) => {
            eprintln!("grid: {}", err.message(ctx.lang));
            ExitCode::from(2)
        }
    }
}
