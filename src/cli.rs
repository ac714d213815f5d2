//! The command line, defined once: help text, man page and shell completions are all generated
//! from these types.

use std::path::PathBuf;

use chrono::{NaiveDate, NaiveDateTime};
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
    /// The duty calendar: what is due, done, late or missed per day and grid (履职日历).
    Duties(DutiesArgs),
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

/// The moment duties are judged at: a day (its close) or a day and a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AsOf {
    /// The day.
    pub date: NaiveDate,
    /// The moment: the given time, or the end of the day.
    pub now: NaiveDateTime,
}

/// Reads `YYYY-MM-DD` (as of the close of that day) or `YYYY-MM-DD HH:MM`.
pub fn parse_as_of(text: &str) -> Result<AsOf, String> {
    if let Some(now) = crate::timefmt::parse_stamp(text) {
        return Ok(AsOf {
            date: now.date(),
            now,
        });
    }
    let date = crate::timefmt::parse_date(text)
        .ok_or_else(|| format!("`{text}` is not YYYY-MM-DD or YYYY-MM-DD HH:MM"))?;
    Ok(AsOf {
        date,
        now: crate::rules::duties::end_of(date),
    })
}

/// `grid check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The moment to check as of: a day (as of its close) or `YYYY-MM-DD HH:MM`
    /// (default: now in China Standard Time).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_as_of)]
    pub as_of: Option<AsOf>,
    /// List overdue items from this day on (default: the first day of the previous month).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub since: Option<NaiveDate>,
    /// Overdue items fail the check too (exit 1).
    #[arg(long)]
    pub strict: bool,
    /// Turn warnings into failures.
    #[arg(long, value_enum, value_name = "WHAT")]
    pub deny: Vec<Deny>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// Output formats of lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// A table.
    Table,
    /// JSON Lines.
    Json,
    /// CSV.
    Csv,
}

/// `grid duties`.
#[derive(Debug, Args)]
pub struct DutiesArgs {
    /// First day (default: the first day of the current half month).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub from: Option<NaiveDate>,
    /// Last day (default: the as-of day).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub to: Option<NaiveDate>,
    /// Only this grid (a village, work area or the town).
    #[arg(long, value_name = "ID")]
    pub grid: Option<String>,
    /// The moment to judge as of (default: now).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_as_of)]
    pub as_of: Option<AsOf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
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
