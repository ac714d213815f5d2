//! The `grid` binary: parse the command line, run the command, map the outcome to the exit
//! code (0 clean, 1 something wrong found, 2 could not run).

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

use std::ffi::OsString;

use grid::cli::{Cli, DevCli};
use grid::commands::{self, Outcome};
use grid::context::Context;
use grid::i18n::Lang;

/// mimalloc: imports and loads build many small strings; glibc's allocator spent a third of an
/// import's time allocating, freeing and faulting pages in.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (its place in `mi_option_e` of mimalloc 3's header;
/// libmimalloc-sys names no constant for it). The test below fails if the place moves.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// How long freed memory is held for reuse before it goes back to the system: 100 ms, not a
/// second (mimalloc 3's default). Reading a town frees every file's text as the next is read:
/// held a little, that memory is reused rather than faulted in afresh; held a second, what is
/// freed while the town's record lists are made is still held at their peak (on the
/// county-year town: 0 ms faulted in 1.2 GB over a 600 MB peak and spent 2.4 s of system time;
/// 100 ms faulted 0.75 GB for a 611 MB peak and 1.1 s; 1000 ms peaked at 657 MB).
/// `MIMALLOC_PURGE_DELAY` in the environment still decides, for measuring.
const PURGE_DELAY_MS: std::ffi::c_long = 100;

/// Sets [`PURGE_DELAY_MS`] unless the environment names a delay.
fn hold_freed_memory_briefly() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: mi_option_set only stores the value of an option that exists (see the test).
        unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, PURGE_DELAY_MS) }
    }
}

/// Parses the command line, its help and errors in the language it asks for (Chinese unless
/// `--lang`, `GRID_LANG` or `LANG` says otherwise).
fn parse(args: &[OsString]) -> Cli {
    let lang = grid::help_zh::lang_of(args);
    // `grid help case new` is `grid case new --help` (the Chinese command line has no help
    // subcommand of clap's, whose text is English).
    let mut args = args.to_vec();
    if lang == Lang::Zh && args.get(1).is_some_and(|a| a == "help") {
        args.remove(1);
        args.push("--help".into());
    }
    // A command line that parses is parsed the same in either language: the Chinese texts
    // (which take a millisecond to put in place) are only needed for help and errors.
    let matches = match Cli::command().try_get_matches_from(&args) {
        Ok(matches) => matches,
        Err(err) if lang == Lang::En => err.exit(),
        Err(_) => match grid::help_zh::localize(Cli::command()).try_get_matches_from(&args) {
            Ok(matches) => matches,
            Err(err) => {
                use clap::error::ErrorKind;
                let shown = grid::help_zh::in_chinese(&err.render().to_string());
                match err.kind() {
                    ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
                        print!("{shown}");
                        std::process::exit(0);
                    }
                    ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => eprint!("{shown}"),
                    _ => eprint!("{}", grid::help_zh::error(&err)),
                }
                std::process::exit(2);
            }
        },
    };
    Cli::from_arg_matches(&matches).unwrap_or_else(|err| err.exit())
}

fn main() -> ExitCode {
    hold_freed_memory_briefly();
    let args: Vec<OsString> = std::env::args_os().collect();
    let (ctx, result) = match DevCli::parse_dev(&args) {
        Some(dev) => {
            let ctx = Context::from_env(&dev.global);
            let result = commands::run_dev(&ctx, &dev.command);
            (ctx, result)
        }
        None => {
            let cli = parse(&args);
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

#[cfg(test)]
mod tests {
    use super::PURGE_DELAY;

    #[test]
    fn the_purge_delay_option_is_the_one_named() {
        // SAFETY: reading an option's value has no precondition.
        let delay = unsafe { libmimalloc_sys::mi_option_get(PURGE_DELAY) };
        // mimalloc 3's options.c: `{ 1000, …, MI_OPTION_LEGACY(purge_delay, reset_delay) }`.
        assert_eq!(
            delay, 1000,
            "option {PURGE_DELAY} is not mimalloc's purge_delay"
        );
    }
}
