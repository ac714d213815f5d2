//! The `grid` binary: parse the command line, run the command, map the outcome to the exit
//! code (0 clean, 1 something wrong found, 2 could not run).

use std::process::ExitCode;

use clap::Parser;

use std::ffi::OsString;

use grid::cli::{Cli, DevCli};
use grid::commands::{self, Outcome};
use grid::context::Context;

/// mimalloc: imports and loads build many small strings; glibc's allocator spent a third of an
/// import's time allocating, freeing and faulting pages in.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let (ctx, result) = match DevCli::parse_dev(&args) {
        Some(dev) => {
            let ctx = Context::from_env(&dev.global);
            let result = commands::run_dev(&ctx, &dev.command);
            (ctx, result)
        }
        None => {
            let cli = Cli::parse_from(args);
            let ctx = Context::from_env(&cli.global);
            let result = commands::run(&ctx, &cli.command);
            (ctx, result)
        }
    };
    match result {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Failed) => ExitCode::from(1),
        Err(err) => {
            eprintln!("grid: {}", err.message(ctx.lang));
            ExitCode::from(2)
        }
    }
}
