//! `grid completions SHELL`: the completion script, generated from the clap definitions.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::{Cli, CompletionsArgs};
use crate::commands::Outcome;
use crate::commands::check::write_stdout;
use crate::error::Error;

/// The completion script for a shell.
pub fn script(shell: Shell) -> String {
    let mut command = Cli::command();
    let mut buffer = Vec::new();
    clap_complete::generate(shell, &mut command, "grid", &mut buffer);
    let mut text = String::from_utf8_lossy(&buffer).into_owned();
    if shell == Shell::Fish {
        text.push_str(&fish_global_values(&command));
    }
    text
}

/// clap_complete's fish script offers a global option's values only once the option is
/// complete (its condition parses the words before the cursor, and `grid --lang` alone does
/// not parse), so fish fell back to file names. These lines offer the values unconditionally.
fn fish_global_values(command: &clap::Command) -> String {
    let mut lines = String::new();
    for arg in command.get_arguments().filter(|a| a.is_global_set()) {
        let values = arg.get_possible_values();
        let (Some(long), false) = (arg.get_long(), values.is_empty()) else {
            continue;
        };
        let candidates: Vec<String> = values
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| match v.get_help() {
                Some(help) => format!(
                    "{}\\t'{}'",
                    v.get_name(),
                    help.to_string().replace('\'', "")
                ),
                None => v.get_name().to_string(),
            })
            .collect();
        lines.push_str(&format!(
            "complete -c grid -l {long} -x -a \"{}\"\n",
            candidates.join(" ")
        ));
    }
    lines
}

/// Runs `grid completions`.
pub fn run(args: &CompletionsArgs) -> Result<Outcome, Error> {
    write_stdout(&script(args.shell))?;
    Ok(Outcome::Clean)
}
