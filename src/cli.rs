//! The command line, defined once: help text, man page and shell completions are all generated
//! from these types.

use std::path::PathBuf;

use chrono::{NaiveDate, NaiveDateTime};
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;
use crate::model::choices::{Card, Channel, Impact, Outcome, Verdict};
use crate::rules::duties::Duty;
use crate::rules::triage::Standing;

/// The version, with the commit and its date when built from a git checkout.
pub const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), env!("GRID_BUILD_STAMP"));

/// The town grid-management office (网格化监管、一体化执法) in a git repository.
///
/// A township's grid — patrols, sweeps, meetings, inspections, cases — kept as YAML and CSV
/// files. `grid check` validates the repository and says precisely what is wrong and where.
#[derive(Debug, Parser)]
#[command(name = "grid", version = VERSION, max_term_width = 100)]
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
    /// The town repository, or any folder inside it (default: the current folder; the town is
    /// the first folder holding town.yaml from there upwards).
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
    /// Move a case file along, show it, list cases (案件办理).
    Case(CaseArgs),
    /// Rewards, accountability and fault tolerance found in the cases (首报激励、问责、容错).
    Findings(FindingsArgs),
    /// Record the supervision office's decision on a finding (督考决定).
    Decide(DecideFindingArgs),
    /// The assessment: scores and ranking of villages, work areas and centres (督考评分).
    Score(ScoreArgs),
    /// Import what villages send: xlsx, xls, ods, CSV (导入).
    Import(ImportArgs),
    /// Write the workbook a village fills in, with drop-down lists (填报模板).
    Template(TemplateArgs),
    /// Excel reports for the supervision office (报表).
    Report(ReportsArgs),
    /// The daily board: one HTML page for the command centre's screen or the WeChat group (看板).
    Board(BoardArgs),
    /// Every commit that touched a case, person, grid or record (变更记录).
    Log(LogArgs),
    /// Check the git history: signed rows edited, backfills, deletions, authors (审计).
    Audit(AuditArgs),
    /// Create a town repository (git, files with their schemas, the pre-commit hook).
    Init(InitArgs),
    /// Git hooks.
    Hook(HookArgs),
    /// Print a shell completion script.
    Completions(CompletionsArgs),
    /// Check this machine and the repository for what commonly goes wrong, and say how to fix
    /// it (体检).
    Doctor(DoctorArgs),
    /// The county: every town's standing, the county departments' inbox, fetching the towns'
    /// repositories (县级汇总).
    County(CountyArgs),
    /// Write every record and computed fact for data engines: Parquet for DuckDB, Spark, Trino
    /// (数据导出).
    Export(ExportArgs),
}

/// The developers' command line: commands that build the project's own files. It is kept
/// apart from [`Cli`] so that help, completions and man pages never offer them to a clerk.
#[derive(Debug, Parser)]
#[command(name = "grid", version = VERSION)]
pub struct DevCli {
    /// Options that every command takes.
    #[command(flatten)]
    pub global: GlobalArgs,
    /// What to do.
    #[command(subcommand)]
    pub command: DevCommand,
}

/// The developers' subcommands.
#[derive(Debug, Subcommand)]
pub enum DevCommand {
    /// Write a deterministic synthetic town (for demos and benchmarks).
    Synth(SynthArgs),
    /// Regenerate the committed generated files: schemas/, completions/, the man pages.
    GenerateFiles(GenerateArgs),
}

impl DevCli {
    /// The developers' command line, when `args` names one of its commands; `None` hands the
    /// arguments to [`Cli`] (whose errors then say what a clerk can do). A malformed developer
    /// command prints clap's error and exits.
    pub fn parse_dev(args: &[std::ffi::OsString]) -> Option<DevCli> {
        let names_dev = args.iter().skip(1).any(|a| {
            DevCli::command()
                .get_subcommands()
                .any(|c| a.to_str() == Some(c.get_name()))
        });
        if !names_dev {
            return None;
        }
        match DevCli::try_parse_from(args) {
            Ok(cli) => Some(cli),
            Err(err) if err.kind() == clap::error::ErrorKind::InvalidSubcommand => None,
            Err(err) => err.exit(),
        }
    }
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

impl AsOf {
    /// The moment as a report states it: the close of a day reads `2026-11-24 24:00`.
    pub fn words(&self) -> String {
        if self.now == crate::rules::duties::end_of(self.date) {
            format!("{} 24:00", self.date)
        } else {
            crate::timefmt::format_stamp(self.now)
        }
    }
}

/// Why a value on the command line was refused, in Chinese and English (clap shows the
/// English; `help_zh` the Chinese).
#[derive(Debug)]
pub struct BadValue {
    /// In Chinese.
    pub zh: String,
    /// In English.
    pub en: String,
}

impl std::fmt::Display for BadValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.en)
    }
}

impl std::error::Error for BadValue {}

/// Reads `YYYY-MM-DD` (as of the close of that day) or `YYYY-MM-DD HH:MM`.
pub fn parse_as_of(text: &str) -> Result<AsOf, BadValue> {
    if let Some(now) = crate::timefmt::parse_stamp(text) {
        return Ok(AsOf {
            date: now.date(),
            now,
        });
    }
    let date = crate::timefmt::parse_date(text).ok_or_else(|| BadValue {
        zh: "应为 YYYY-MM-DD 或 YYYY-MM-DD HH:MM".to_string(),
        en: format!("`{text}` is not YYYY-MM-DD or YYYY-MM-DD HH:MM"),
    })?;
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
    /// Output format: the morning view (table), JSON Lines, or CSV of the items for Excel.
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
    /// Check what is staged for the next commit instead of the work tree (validation only,
    /// no duties; the pre-commit hook runs this).
    #[arg(long)]
    pub staged: bool,
    /// Narrow the items.
    #[command(flatten)]
    pub filter: FilterArgs,
    /// One row per grid with its counts and most serious item, instead of the list.
    #[arg(long, value_enum, value_name = "WHAT")]
    pub by: Option<By>,
    /// Every item in one table with every column, instead of the morning view.
    #[arg(long)]
    pub all: bool,
    /// List each item done late, not only their counts per duty.
    #[arg(long)]
    pub late: bool,
    /// Record this check (its moment and counts) in .grid/checks.csv, for --since-check.
    #[arg(long, conflicts_with = "staged")]
    pub record: bool,
    /// New means new since the last recorded check (default: since the previous working day's
    /// close).
    #[arg(long)]
    pub since_check: bool,
}

/// What `--by` groups by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum By {
    /// One row per grid.
    Grid,
}

/// Where an item stands, for `--status`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum StatusArg {
    /// Became overdue since the previous working day's close.
    New,
    /// Not done and overdue (new ones included).
    Open,
    /// Done after its deadline.
    Late,
    /// Not done, most of its time used.
    DueSoon,
}

impl StatusArg {
    /// The standing it selects.
    pub fn standing(self) -> Standing {
        match self {
            StatusArg::New => Standing::New,
            StatusArg::Open => Standing::Open,
            StatusArg::Late => Standing::DoneLate,
            StatusArg::DueSoon => Standing::DueSoon,
        }
    }
}

/// The filters of `grid check` and `grid duties`.
#[derive(Debug, Args)]
pub struct FilterArgs {
    /// Only this grid and everything under it (a work area with its villages and enterprises;
    /// the town: everything).
    #[arg(long, value_name = "ID")]
    pub grid: Option<String>,
    /// Only this duty kind (repeatable): patrol_missing, case_accept_late … or the Chinese name.
    #[arg(long, value_name = "KIND", value_parser = parse_duty)]
    pub duty: Vec<Duty>,
    /// Only items that are new, open, late (done late) or due-soon (repeatable).
    #[arg(long, value_enum, value_name = "STATUS")]
    pub status: Vec<StatusArg>,
    /// Only the items this person must act on.
    #[arg(long, value_name = "ID")]
    pub person: Option<String>,
}

/// Reads a duty kind by its id (`patrol_missing`) or its Chinese name (`日巡查缺报`).
pub fn parse_duty(text: &str) -> Result<Duty, BadValue> {
    Duty::ALL
        .iter()
        .copied()
        .find(|d| d.as_str() == text || d.zh() == text)
        .ok_or_else(|| {
            let known: Vec<&str> = Duty::ALL.iter().map(|d| d.as_str()).collect();
            BadValue {
                zh: format!("不是事项类别；可用：{}", known.join("、")),
                en: format!("`{text}` is not a duty kind; one of: {}", known.join(", ")),
            }
        })
}

/// `grid template`.
#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// The kind of records, or `wechat` for the WeChat message templates (群公告).
    #[arg(value_enum)]
    pub kind: TemplateOf,
    /// The village: its people in the drop-downs, and for patrols one line per member per day.
    #[arg(long, value_name = "ID")]
    pub grid: Option<String>,
    /// The month of the lines (default: this month).
    #[arg(long, value_name = "YYYY-MM")]
    pub month: Option<String>,
    /// The workbook to write (default: 模板/<grid>-<kind>-<month>.xlsx in the repository;
    /// `wechat` prints its text unless given a file).
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// What `grid template` writes: a kind's workbook, or the WeChat message templates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TemplateOf {
    /// The fill-in workbook of a kind of records.
    Records(crate::import::mapping::Kind),
    /// The message templates as the text of a group notice.
    Wechat,
}

impl TemplateOf {
    const ALL: [TemplateOf; 8] = {
        use crate::import::mapping::Kind::*;
        [
            TemplateOf::Records(Patrol),
            TemplateOf::Records(Sweep),
            TemplateOf::Records(Meeting),
            TemplateOf::Records(Inspection),
            TemplateOf::Records(Roster),
            TemplateOf::Records(Approval),
            TemplateOf::Records(WorkOrder),
            TemplateOf::Wechat,
        ]
    };
}

impl clap::ValueEnum for TemplateOf {
    fn value_variants<'a>() -> &'a [Self] {
        &Self::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(match self {
            TemplateOf::Records(kind) => kind.to_possible_value()?,
            TemplateOf::Wechat => clap::builder::PossibleValue::new("wechat")
                .help("The WeChat message templates, as the text of a group notice"),
        })
    }
}

/// `grid import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The files (xlsx, xls, ods, csv, WeChat chat text; the format is read from the bytes).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// The kind of records (default: decided from the headings).
    #[arg(long, value_enum)]
    pub kind: Option<crate::import::mapping::Kind>,
    /// Only this sheet.
    #[arg(long)]
    pub sheet: Option<String>,
    /// The grid of rows that name none.
    #[arg(long, value_name = "ID")]
    pub grid: Option<String>,
    /// The year of dates written without one (`11月24日`; default: the year a title row or the file name states, else this year).
    #[arg(long)]
    pub year: Option<i32>,
    /// Show what would be added, write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Import the good rows; write the bad ones to FILE.rejected.csv beside the source.
    #[arg(long)]
    pub skip_bad: bool,
    /// Import a file again although the manifest lists it.
    #[arg(long)]
    pub force: bool,
    /// Show how each column of each sheet was mapped, write nothing.
    #[arg(long)]
    pub explain: bool,
    /// Chat material: a WeChat group (reports are `wechat_group`) or a one-to-one chat
    /// (`wechat_direct`); default: a group when more than two people speak.
    #[arg(long, value_enum, value_name = "KIND")]
    pub chat: Option<crate::import::chat::ChatKind>,
    /// Write the free messages that may report an incident to this review workbook (采纳 /
    /// 不采纳), to import back once decided.
    #[arg(long, value_name = "FILE.xlsx")]
    pub review: Option<PathBuf>,
    /// Output: the summary as text, or JSON Lines with every refused cell's code.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Git handling.
    #[command(flatten)]
    pub write: WriteArgs,
}

/// `grid report`.
#[derive(Debug, Args)]
pub struct ReportsArgs {
    /// Which report.
    #[command(subcommand)]
    pub kind: ReportKind,
}

/// Where a report goes and how it is shown.
#[derive(Debug, Args)]
pub struct ReportOut {
    /// The workbook to write (default: 报表/<name>.xlsx in the repository).
    #[arg(long, short, value_name = "FILE.xlsx")]
    pub output: Option<PathBuf>,
    /// What to print: the summary table, the whole report as JSON, or one sheet as CSV.
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
    /// The sheet to print with `--format csv` (default: the first).
    #[arg(long)]
    pub sheet: Option<String>,
    /// The moment to report as of (default: now).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_as_of)]
    pub as_of: Option<AsOf>,
}

/// The reports.
#[derive(Debug, Subcommand)]
pub enum ReportKind {
    /// The half-month report of the 1st and the 15th (月报).
    Monthly {
        /// The month (default: that of the last finished half month); also `--month`.
        #[arg(value_name = "YYYY-MM", conflicts_with = "month_option")]
        month: Option<String>,
        /// The month (default: that of the last finished half month).
        #[arg(long = "month", id = "month_option", value_name = "YYYY-MM")]
        month_option: Option<String>,
        /// The half: 1 (1st–15th) or 2 (16th–end); without it, the whole month, or the last
        /// finished half month when no month is given either.
        #[arg(long, value_parser = clap::value_parser!(u8).range(1..=2))]
        half: Option<u8>,
        /// Output.
        #[command(flatten)]
        out: ReportOut,
    },
    /// The weekly consultation agenda (周会商议程).
    Weekly {
        /// The ISO week (default: the week of the as-of day); also `--week`.
        #[arg(value_name = "YYYY-Www", conflicts_with = "week_option")]
        week: Option<String>,
        /// The ISO week (default: the week of the as-of day).
        #[arg(long = "week", id = "week_option", value_name = "YYYY-Www")]
        week_option: Option<String>,
        /// Output.
        #[command(flatten)]
        out: ReportOut,
    },
    /// Quarterly joint-inspection coverage and totals (季度联查).
    Quarterly {
        /// The quarter (default: that of the as-of day); also `--quarter`.
        #[arg(value_name = "YYYY-Qn", conflicts_with = "quarter_option")]
        quarter: Option<String>,
        /// The quarter (default: that of the as-of day).
        #[arg(long = "quarter", id = "quarter_option", value_name = "YYYY-Qn")]
        quarter_option: Option<String>,
        /// Output.
        #[command(flatten)]
        out: ReportOut,
    },
    /// The assessment: scores and rankings (督考评分).
    Assessment {
        /// The period (default: the month of the as-of day).
        #[command(flatten)]
        period: PeriodArgs,
        /// Output.
        #[command(flatten)]
        out: ReportOut,
    },
    /// Public disclosure of enforcement decisions and supervision results, masked (公示).
    Disclosure {
        /// The period (default: the month of the as-of day).
        #[command(flatten)]
        period: PeriodArgs,
        /// Output.
        #[command(flatten)]
        out: ReportOut,
    },
    /// Village centres by batch and completeness (阵地建设).
    Rollout {
        /// Output.
        #[command(flatten)]
        out: ReportOut,
    },
}

/// `grid log`.
#[derive(Debug, Args)]
pub struct LogArgs {
    /// A case id, person id, grid id or record key (patrol:DATE:PERSON, sweep:DATE:GRID,
    /// meeting:DATE:KIND:GRID, inspection:DATE:AREA, approval:ID).
    pub id: String,
    /// Only commits from this day on.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub since: Option<NaiveDate>,
    /// Only commits made by this moment: a day (its close) or `YYYY-MM-DD HH:MM`; the id is
    /// looked up in the town as known then.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_as_of)]
    pub as_of: Option<AsOf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

/// `grid audit`.
#[derive(Debug, Args)]
pub struct AuditArgs {
    /// Only commits from this day on (the whole history is still read).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub since: Option<NaiveDate>,
    /// Only commits made by this moment: a day (its close) or `YYYY-MM-DD HH:MM`.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_as_of)]
    pub as_of: Option<AsOf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

/// `grid init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder to create the town in (default: the current folder).
    pub dir: Option<PathBuf>,
    /// Write the example town 青山镇 instead of an empty one.
    #[arg(long)]
    pub example: bool,
}

/// `grid hook`.
#[derive(Debug, Args)]
pub struct HookArgs {
    /// What to do.
    #[command(subcommand)]
    pub command: HookCommand,
}

/// The hook subcommands.
#[derive(Debug, Subcommand)]
pub enum HookCommand {
    /// Install the pre-commit hook that refuses commits whose data has errors.
    Install,
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
    /// The days (default: from the first day of the as-of half month to the as-of day; with
    /// `--from` or `--to` alone, the other end is that default).
    #[command(flatten)]
    pub period: PeriodArgs,
    /// Narrow the items.
    #[command(flatten)]
    pub filter: FilterArgs,
    /// The moment to judge as of (default: now).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_as_of)]
    pub as_of: Option<AsOf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

/// Reads `YYYY-MM-DD HH:MM`.
pub fn parse_time(text: &str) -> Result<NaiveDateTime, BadValue> {
    crate::timefmt::parse_stamp(text).ok_or_else(|| BadValue {
        zh: "应为 YYYY-MM-DD HH:MM".to_string(),
        en: format!("`{text}` is not YYYY-MM-DD HH:MM"),
    })
}

macro_rules! choice_parser {
    ($name:ident, $ty:ty) => {
        #[doc = concat!("Reads a `", stringify!($ty), "` as written in files.")]
        pub fn $name(text: &str) -> Result<$ty, BadValue> {
            <$ty>::parse(text).ok_or_else(|| BadValue {
                zh: format!("可用：{}", <$ty>::expected()),
                en: format!("expected one of: {}", <$ty>::expected()),
            })
        }
    };
}

choice_parser!(parse_channel, Channel);
choice_parser!(parse_outcome, Outcome);
choice_parser!(parse_impact, Impact);
choice_parser!(parse_card, Card);

/// `grid case`.
#[derive(Debug, Args)]
pub struct CaseArgs {
    /// What to do with a case.
    #[command(subcommand)]
    pub command: CaseCommand,
}

/// The case subcommands: one per event of the state machine, and `new`, `show`, `list`.
#[derive(Debug, Subcommand)]
pub enum CaseCommand {
    /// Open a case file with the first report of an incident (首次上报).
    New(CaseNewArgs),
    /// Record another report of the same incident.
    Report(CaseReportArgs),
    /// Accept the case (立案).
    Accept(EventArgs),
    /// Do not accept it (不予受理).
    Reject(ReasonArgs),
    /// Merge it into the case that reported the incident first (重复).
    Duplicate(DuplicateArgs),
    /// Dispatch it to a village, work group, unit or department (派遣).
    Assign(ToArgs),
    /// Raise it to the town (村呼镇应) or the county (镇呼县应).
    Escalate(EscalateArgs),
    /// Record its discussion at the town consultation (会商).
    Consult(ConsultArgs),
    /// Record the joint-office decision (联席办公会决定).
    Decide(DecideArgs),
    /// Pause its clock with approval (挂起).
    Suspend(SuspendArgs),
    /// Restart its clock.
    Resume(EventArgs),
    /// Whistle a county department in (吹哨).
    Whistle(ToArgs),
    /// Record the department's response (`--by` defaults to the department whistled).
    Respond(EventArgs),
    /// Record the village's own remedy (整改).
    Remedy(EventArgs),
    /// Urge it with a card (督办).
    Urge(UrgeArgs),
    /// Add a note.
    Note(NoteArgs),
    /// Report the handling done (处置完毕).
    Resolve(EventArgs),
    /// Record the check and the call-back to the reporter (核查、回访).
    Check(CaseCheckArgs),
    /// Send it back: the check failed (返工).
    Reopen(ReasonArgs),
    /// Close it (结案).
    Close(CloseArgs),
    /// Record its public disclosure (公示归档).
    Disclose(EventArgs),
    /// Take its public disclosure down (撤下公示).
    WithdrawDisclosure(EventArgs),
    /// Show a case as a timeline with its deadlines.
    Show(ShowArgs),
    /// List cases.
    List(CaseListArgs),
}

/// How a command that writes treats git.
#[derive(Debug, Args, Clone, Copy, Default)]
pub struct WriteArgs {
    /// Commit what was written, with a structured message.
    #[arg(long)]
    pub commit: bool,
    /// Write even over uncommitted changes in the files touched.
    #[arg(long)]
    pub allow_dirty: bool,
}

/// What every event command takes.
#[derive(Debug, Args)]
pub struct EventArgs {
    /// The case id, e.g. QS-2026-0042.
    pub id: String,
    /// When it happened (default: now).
    #[arg(long, value_name = "YYYY-MM-DD HH:MM", value_parser = parse_time)]
    pub at: Option<NaiveDateTime>,
    /// Who (a person id; default: the clerk whose email is your git user.email).
    #[arg(long, value_name = "ID")]
    pub by: Option<String>,
    /// A note kept with the event.
    #[arg(long, value_parser = field_text)]
    pub note: Option<String>,
    /// Git handling.
    #[command(flatten)]
    pub write: WriteArgs,
}

/// An event with a reason.
#[derive(Debug, Args)]
pub struct ReasonArgs {
    /// The case, when and who.
    #[command(flatten)]
    pub event: EventArgs,
    /// Why.
    #[arg(long, value_parser = field_text)]
    pub reason: String,
}

/// `grid case duplicate`.
#[derive(Debug, Args)]
pub struct DuplicateArgs {
    /// The case, when and who.
    #[command(flatten)]
    pub event: EventArgs,
    /// The lead case.
    #[arg(long, value_name = "ID")]
    pub of: String,
}

/// An event with a target.
#[derive(Debug, Args)]
pub struct ToArgs {
    /// The case, when and who.
    #[command(flatten)]
    pub event: EventArgs,
    /// To whom: a grid, work group, member unit or county department id.
    #[arg(long, value_name = "ID")]
    pub to: String,
}

/// Where a case is escalated to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Level {
    /// The town (村呼镇应).
    Town,
    /// The county (镇呼县应).
    County,
}

/// `grid case escalate`.
#[derive(Debug, Args)]
pub struct EscalateArgs {
    /// The case, when and who.
    #[command(flatten)]
    pub event: EventArgs,
    /// To the town or the county.
    #[arg(long, value_enum)]
    pub to: Level,
}

/// `grid case consult`.
#[derive(Debug, Args)]
pub struct ConsultArgs {
    /// The case, when and who.
    #[command(flatten)]
    pub event: EventArgs,
    /// The day of the consultation.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub meeting: NaiveDate,
    /// What it concluded.
    #[arg(long, value_parser = field_text)]
    pub result: Option<String>,
}

/// `grid case decide`.
#[derive(Debug, Args)]
pub struct DecideArgs {
    /// The case, when and who.
    #[command(flatten)]
    pub event: EventArgs,
    /// The day of the joint-office meeting.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub meeting: NaiveDate,
    /// The measures decided.
    #[arg(long, value_parser = field_text)]
    pub measures: String,
    /// The decision number.
    #[arg(long, value_parser = field_text)]
    pub decision_no: Option<String>,
    /// The party (masked when disclosed).
    #[arg(long, value_parser = field_text)]
    pub party: Option<String>,
}

/// `grid case suspend`.
#[derive(Debug, Args)]
pub struct SuspendArgs {
    /// The case, when and who.
    #[command(flatten)]
    pub event: EventArgs,
    /// Who approved the suspension.
    #[arg(long, value_name = "ID")]
    pub approved_by: String,
    /// Why.
    #[arg(long, value_parser = field_text)]
    pub reason: String,
}

/// `grid case urge`.
#[derive(Debug, Args)]
pub struct UrgeArgs {
    /// The case, when and who.
    #[command(flatten)]
    pub event: EventArgs,
    /// yellow, red or black.
    #[arg(long, value_parser = parse_card)]
    pub card: Card,
}

/// `grid case note`.
#[derive(Debug, Args)]
pub struct NoteArgs {
    /// The case id.
    pub id: String,
    /// The note.
    #[arg(value_parser = field_text)]
    pub text: String,
    /// When (default: now).
    #[arg(long, value_name = "YYYY-MM-DD HH:MM", value_parser = parse_time)]
    pub at: Option<NaiveDateTime>,
    /// Who (default: the clerk of your git email).
    #[arg(long, value_name = "ID")]
    pub by: Option<String>,
    /// Git handling.
    #[command(flatten)]
    pub write: WriteArgs,
}

/// `grid case check`.
#[derive(Debug, Args)]
pub struct CaseCheckArgs {
    /// The case, when and who.
    #[command(flatten)]
    pub event: EventArgs,
    /// The reporter could not be called back.
    #[arg(long)]
    pub no_callback: bool,
}

/// `grid case close`.
#[derive(Debug, Args)]
pub struct CloseArgs {
    /// The case, when and who.
    #[command(flatten)]
    pub event: EventArgs,
    /// fixed, not_responsible or unable.
    #[arg(long, value_parser = parse_outcome)]
    pub outcome: Outcome,
    /// What is left: none, ongoing or eliminated (default: eliminated when fixed).
    #[arg(long, value_parser = parse_impact)]
    pub impact: Option<Impact>,
}

/// `grid case new`.
#[derive(Debug, Args)]
pub struct CaseNewArgs {
    /// The catalog item, e.g. WJ01.
    #[arg(long)]
    pub item: String,
    /// Where it happened (none for a town-level matter).
    #[arg(long, value_name = "ID")]
    pub grid: Option<String>,
    /// A short title.
    #[arg(long, value_parser = field_text)]
    pub title: String,
    /// Where exactly.
    #[arg(long, value_parser = field_text)]
    pub location: Option<String>,
    /// When it was discovered (default: the time of the report).
    #[arg(long, value_name = "YYYY-MM-DD HH:MM", value_parser = parse_time)]
    pub discovered: Option<NaiveDateTime>,
    /// The first report.
    #[command(flatten)]
    pub report: ReportArgs,
    /// The approval this case follows up (审批后监管).
    #[arg(long, value_name = "ID")]
    pub approval: Option<String>,
    /// Git handling.
    #[command(flatten)]
    pub write: WriteArgs,
}

/// A report: who, how, when, reference.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Who reported: a person id, or for outside channels anyone (`12345`, 群众 …).
    #[arg(long, value_name = "WHO")]
    pub reporter: String,
    /// How the report came in.
    #[arg(long, value_parser = parse_channel)]
    pub channel: Channel,
    /// When it reached the town (default: now).
    #[arg(long, value_name = "YYYY-MM-DD HH:MM", value_parser = parse_time)]
    pub reported: Option<NaiveDateTime>,
    /// A reference such as the 12345 work-order number.
    #[arg(long = "ref", value_name = "REF", value_parser = field_text)]
    pub reference: Option<String>,
}

/// `grid case report`.
#[derive(Debug, Args)]
pub struct CaseReportArgs {
    /// The case id.
    pub id: String,
    /// The first report.
    #[command(flatten)]
    pub report: ReportArgs,
    /// Git handling.
    #[command(flatten)]
    pub write: WriteArgs,
}

/// `grid case show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The case id.
    pub id: String,
    /// The case as it stood at this moment, its deadlines judged then (default: now).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_as_of)]
    pub as_of: Option<AsOf>,
    /// Output format: the timeline as tables, or one JSON object.
    #[arg(long, value_enum, default_value_t = ShowFormat::Table)]
    pub format: ShowFormat,
}

/// Output formats of one case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    /// Tables.
    Table,
    /// One JSON object.
    Json,
}

/// Output formats of the case list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CaseListFormat {
    /// A table.
    Table,
    /// JSON Lines.
    Json,
    /// CSV.
    Csv,
    /// A JSON array of Open311 GeoReport v2 service requests.
    Open311,
}

/// `grid case list`.
#[derive(Debug, Args)]
pub struct CaseListArgs {
    /// Only cases in this state (reported, accepted, assigned, escalated, consulted, decided,
    /// suspended, resolved, checked, reopened, closed, archived, rejected, duplicate, or open).
    #[arg(long)]
    pub state: Option<String>,
    /// Only cases of this grid (a village, or a work area for all its villages).
    #[arg(long, value_name = "ID")]
    pub grid: Option<String>,
    /// Only cases of this catalog item.
    #[arg(long)]
    pub item: Option<String>,
    /// Only cases first reported through this channel.
    #[arg(long, value_parser = parse_channel)]
    pub channel: Option<Channel>,
    /// Only cases with an overdue deadline.
    #[arg(long)]
    pub overdue: bool,
    /// Only cases discovered on or after this day.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub since: Option<NaiveDate>,
    /// Judge deadlines as of this moment (default: now).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_as_of)]
    pub as_of: Option<AsOf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CaseListFormat::Table)]
    pub format: CaseListFormat,
}

/// A period: a month, a quarter, or two days.
#[derive(Debug, Args)]
#[group(multiple = true)]
pub struct PeriodArgs {
    /// The period as one word: `2026-11`, `2026-Q4` or `2026-11-01..2026-11-15`.
    #[arg(value_name = "PERIOD", conflicts_with_all = ["month", "quarter", "from", "to"])]
    pub period: Option<String>,
    /// A month.
    #[arg(long, value_name = "YYYY-MM", conflicts_with_all = ["quarter", "from", "to"])]
    pub month: Option<String>,
    /// A quarter.
    #[arg(long, value_name = "YYYY-Qn", conflicts_with_all = ["from", "to"])]
    pub quarter: Option<String>,
    /// The first day.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub from: Option<NaiveDate>,
    /// The last day.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub to: Option<NaiveDate>,
}

/// `grid findings`.
#[derive(Debug, Args)]
pub struct FindingsArgs {
    /// The cases discovered in this period (default: all).
    #[command(flatten)]
    pub period: PeriodArgs,
    /// The moment to judge as of: a day (its close) or `YYYY-MM-DD HH:MM` (default: now);
    /// only what was recorded by then counts.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_as_of)]
    pub as_of: Option<AsOf>,
    /// Only the findings of this grid and the grids under it.
    #[arg(long, value_name = "ID")]
    pub grid: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

choice_parser!(parse_verdict, Verdict);

/// `grid decide`.
#[derive(Debug, Args)]
pub struct DecideFindingArgs {
    /// The finding's id, as `grid findings` shows it (e.g. reward-QS-2026-0042).
    pub finding: String,
    /// approve, reject, exempt or reduce.
    #[arg(value_parser = parse_verdict)]
    pub decision: Verdict,
    /// Why (required: the decision is on the record).
    #[arg(long, value_parser = field_text)]
    pub note: String,
    /// Who decided (default: the clerk of your git email).
    #[arg(long, value_name = "ID")]
    pub by: Option<String>,
    /// When (default: now).
    #[arg(long, value_name = "YYYY-MM-DD HH:MM", value_parser = parse_time)]
    pub at: Option<NaiveDateTime>,
    /// Git handling.
    #[command(flatten)]
    pub write: WriteArgs,
}

/// `grid score`.
#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// The period assessed (default: the month of the as-of day, up to it).
    #[command(flatten)]
    pub period: PeriodArgs,
    /// Judge duties as of this moment (default: now).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_as_of)]
    pub as_of: Option<AsOf>,
    /// Only this grid and the grids under it (a work area: its villages and itself).
    #[arg(long, value_name = "ID")]
    pub grid: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

/// `grid county`.
#[derive(Debug, Args)]
pub struct CountyArgs {
    /// What to do.
    #[command(subcommand)]
    pub command: CountyCommand,
}

/// The county's subcommands.
#[derive(Debug, Subcommand)]
pub enum CountyCommand {
    /// Clone or bring up to date every town kept at a git remote (under towns/) (同步各镇).
    Fetch(CountyFetchArgs),
    /// Every town's standing: data errors, overdue, patrols, cases, findings (各镇汇总).
    Check(CountyCheckArgs),
    /// Every case escalated to the county and every whistle, with deadline and status (县级待办).
    Inbox(CountyInboxArgs),
    /// Every town's records and computed facts as Parquet, partitioned by kind, town, year
    /// and month (数据导出).
    Export(CountyExportArgs),
    /// The county workbook: towns, ranking, inbox, departments (县级报表).
    Report(CountyReportArgs),
}

/// Which county workbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CountyReportKind {
    /// Every town's standing, the ranking, the inbox and the departments (县级月报).
    Monthly,
    /// The ranking of towns with the county's weights (各镇排名).
    Assessment,
    /// The county departments' inbox and responsiveness (县级待办).
    Inbox,
}

/// `grid county report`.
#[derive(Debug, Args)]
pub struct CountyReportArgs {
    /// Which workbook.
    #[arg(value_enum)]
    pub kind: CountyReportKind,
    /// The county repository.
    #[command(flatten)]
    pub dir: CountyDir,
    /// The period (default: the month of the as-of day, up to it).
    #[command(flatten)]
    pub period: PeriodArgs,
    /// Judge every town as of this moment (default: now).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_as_of)]
    pub as_of: Option<AsOf>,
    /// The workbook to write (default: 报表/<period>-<kind>.xlsx in the county repository).
    #[arg(long, short, value_name = "FILE.xlsx")]
    pub output: Option<PathBuf>,
}

/// What `grid export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Parquet files, `KIND/town=ID/year=Y/month=M/part-0.parquet`.
    Parquet,
}

/// `grid export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The format.
    #[arg(value_enum)]
    pub format: ExportFormat,
    /// The folder to write into (the town's earlier export there is replaced).
    #[arg(long, short, value_name = "DIR")]
    pub output: PathBuf,
    /// The town as known at this moment, its facts judged then (default: now).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_as_of)]
    pub as_of: Option<AsOf>,
}

/// `grid county export`.
#[derive(Debug, Args)]
pub struct CountyExportArgs {
    /// The county repository.
    #[command(flatten)]
    pub dir: CountyDir,
    /// What to write, where and as of when.
    #[command(flatten)]
    pub export: ExportArgs,
}

/// Where the county repository is.
#[derive(Debug, Args)]
pub struct CountyDir {
    /// The county repository, or any folder inside it (default: the current folder; the
    /// county is the first folder holding county.yaml from there upwards).
    #[arg(long, value_name = "DIR", env = "GRID_COUNTY")]
    pub county: Option<PathBuf>,
}

/// `grid county fetch`.
#[derive(Debug, Args)]
pub struct CountyFetchArgs {
    /// The county repository.
    #[command(flatten)]
    pub dir: CountyDir,
}

/// `grid county check`.
#[derive(Debug, Args)]
pub struct CountyCheckArgs {
    /// The county repository.
    #[command(flatten)]
    pub dir: CountyDir,
    /// The period of the rates and findings (default: the month of the as-of day, up to it).
    #[command(flatten)]
    pub period: PeriodArgs,
    /// Judge every town as of this moment (default: now).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_as_of)]
    pub as_of: Option<AsOf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

/// `grid county inbox`.
#[derive(Debug, Args)]
pub struct CountyInboxArgs {
    /// The county repository.
    #[command(flatten)]
    pub dir: CountyDir,
    /// Only this department's items (its id in county.yaml).
    #[arg(long, value_name = "ID")]
    pub department: Option<String>,
    /// Judge every item as of this moment (default: now).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_as_of)]
    pub as_of: Option<AsOf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

/// `grid board`.
#[derive(Debug, Args)]
pub struct BoardArgs {
    /// The page to write (default: 报表/<day>-看板.html in the repository).
    #[arg(long, short, value_name = "FILE.html")]
    pub output: Option<PathBuf>,
    /// The moment the board is as of: a day (its close) or `YYYY-MM-DD HH:MM` (default: now).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_as_of)]
    pub as_of: Option<AsOf>,
}

/// `grid doctor`.
#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// How to print the findings.
    #[arg(long, value_enum, default_value = "table")]
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
    /// Also write, into this folder, each village's WeChat group chat of the 30 days after
    /// --end (for `grid import`, its tests and benchmark).
    #[arg(long, value_name = "DIR")]
    pub chat: Option<PathBuf>,
    /// Write a county of this many towns instead (county.yaml, each town a git repository
    /// under towns/), each town of the size the other options give.
    #[arg(long, value_name = "N", conflicts_with = "chat")]
    pub county: Option<usize>,
}

/// `grid generate-files`.
#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// The project root to write schemas/, completions/ and docs/grid.1 into.
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub out: PathBuf,
}

/// Free text for a field of a file: refused when longer than the loader accepts, so that no
/// command writes a value that would make its own file unreadable.
fn field_text(text: &str) -> Result<String, BadValue> {
    let chars = text.chars().count();
    let max = crate::load::csv_table::MAX_FIELD_CHARS;
    if chars > max {
        return Err(BadValue {
            zh: format!("{chars} 个字符，超过一个字段最多 {max} 个字符"),
            en: format!("{chars} characters, more than the {max} a field may hold"),
        });
    }
    Ok(text.to_string())
}
