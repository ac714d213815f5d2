//! The command line, defined once: help text, man page and shell completions are all generated
//! from these types.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;

/// grid — the town grid-management office (网格化监管、一体化执法) in a git repository.
///
/// A township's grid — patrols, sweeps, meetings, inspections, cases — kept as YAML and CSV
/// files. `grid check` validates the repository and says precisely what is wrong and where.
#[derive(Debug, Parser)]
#[command(name = "grid", version, max_term_width = 100)]
pub struct Cli {
    /// Options that every command takes.
    #[command(flatten)]
    pub global: GlobalArgs,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Options that every command takes.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// The town repository (default: the folder holding town.yaml, found from the current
    /// folder upwards).
    #[arg(long, global = true, value_name = "DIR", env = "GRID_REPO")]
    pub repo: Option<PathBuf>,
    /// Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set
    /// to something else).
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,
    /// Print only what is wrong, no summary.
    #[arg(long, short, global = true)]
    pub quiet: bool,
    /// No colours (also when NO_COLOR is set or output is not a terminal).
    #[arg(long, global = true)]
    pub no_color: bool,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate the repository: every file, field and reference (检查数据).
    Check(CheckArgs),
    /// Print a shell completion script.
    Completions(CompletionsArgs),
    /// Write a deterministic synthetic town (for demos and benchmarks).
    #[command(hide = true)]
    Synth(SynthArgs),
    /// Regenerate the committed generated files: schemas/, completions/, the man page.
    #[command(hide = true)]
    GenerateFiles(GenerateArgs),
}

/// How to print results.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Human-readable text and tables.
    Table,
    /// JSON Lines, one object per line, each with a "type".
    Json,
}

/// Which diagnostics fail the check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Deny {
    /// Warnings fail the check too (exit 1).
    Warnings,
}

/// `grid check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The day to check as of (default: today in China Standard Time).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub as_of: Option<NaiveDate>,
    /// Turn warnings into failures.
    #[arg(long, value_enum, value_name = "WHAT")]
    pub deny: Vec<Deny>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// `grid completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// `grid synth`.
#[derive(Debug, Args)]
pub struct SynthArgs {
    /// Number of villages.
    #[arg(long, default_value_t = 24)]
    pub villages: u32,
    /// Number of days of records, ending on --end.
    #[arg(long, default_value_t = 92)]
    pub days: u32,
    /// The last day of records.
    #[arg(long, value_name = "YYYY-MM-DD", default_value = "2026-11-23")]
    pub end: NaiveDate,
    /// Number of cases (default: one per village per five days).
    #[arg(long)]
    pub cases: Option<u32>,
    /// Random seed; the same seed writes the same town.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Folder to write (created; must be empty or absent).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
}

/// `grid generate-files`.
#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// The project root to write schemas/, completions/ and docs/grid.1 into.
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub out: PathBuf,
}
