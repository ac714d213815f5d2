//! `grid generate-files`: writes the generated files that the project commits — JSON Schemas,
//! completion scripts, the man pages — so they can be reviewed; a test fails when they are stale.

use std::path::Path;

use clap_complete::Shell;

use crate::cli::GenerateArgs;
use crate::commands::Outcome;
use crate::commands::completions::script;
use crate::commands::manual;
use crate::context::Context;
use crate::error::Error;
use crate::schema;

/// Every generated file: its path relative to the project root and its content.
pub fn files() -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = schema::all()
        .into_iter()
        .map(|(name, text)| (format!("schemas/{name}"), text))
        .collect();
    for (shell, name) in [
        (Shell::Bash, "grid.bash"),
        (Shell::Zsh, "_grid"),
        (Shell::Fish, "grid.fish"),
        (Shell::PowerShell, "_grid.ps1"),
        (Shell::Elvish, "grid.elv"),
    ] {
        files.push((format!("completions/{name}"), script(shell)));
    }
    for (name, text) in manual::pages() {
        files.push((format!("{}/{name}", manual::DIR), text));
    }
    files
}

/// Runs `grid generate-files`.
pub fn run(ctx: &Context, args: &GenerateArgs) -> Result<Outcome, Error> {
    let root = ctx.path(&args.out);
    for (relative, text) in files() {
        write(&root.join(relative), &text)?;
    }
    Ok(Outcome::Clean)
}

fn write(path: &Path, text: &str) -> Result<(), Error> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    std::fs::write(path, text).map_err(|e| Error::io(path, e))
}
