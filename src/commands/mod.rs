//! One file per subcommand: parse arguments → load → rules → output. Each returns whether
//! it found something wrong; errors that stop it are [`crate::error::Error`].

pub mod audit;
pub mod board;
pub mod case;
pub mod check;
pub mod completions;
pub mod county;
pub mod decide;
pub mod doctor;
pub mod duties;
pub mod export;
pub mod findings;
pub mod generate_files;
pub mod hook;
pub mod import;
pub mod init;
pub mod log;
pub mod manual;
pub mod report;
pub mod score;
pub mod synth;
pub mod template;

use std::path::{Path, PathBuf};

use crate::cli::{AsOf, Command, DevCommand, FilterArgs, PeriodArgs, WriteArgs};
use crate::context::Context;
use crate::error::Error;
use crate::load;
use crate::model::Town;
use crate::model::choices::Role;
use crate::model::grid::GridIx;
use crate::model::people::PersonIx;
use crate::rules::triage::Filter;

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
        Command::Findings(args) => findings::run(ctx, args),
        Command::Decide(args) => decide::run(ctx, args),
        Command::Score(args) => score::run(ctx, args),
        Command::Import(args) => import::run(ctx, args),
        Command::Template(args) => template::run(ctx, args),
        Command::Report(args) => report::run(ctx, args),
        Command::Log(args) => log::run(ctx, args),
        Command::Audit(args) => audit::run(ctx, args),
        Command::Init(args) => init::run(ctx, args),
        Command::Hook(args) => hook::run(ctx, args),
        Command::Completions(args) => completions::run(args),
        Command::Doctor(args) => doctor::run(ctx, args),
        Command::Board(args) => board::run(ctx, args),
        Command::County(args) => county::run(ctx, args),
        Command::Export(args) => export::run(ctx, args),
    }
}

/// Runs a developers' subcommand.
pub fn run_dev(ctx: &Context, command: &DevCommand) -> Result<Outcome, Error> {
    match command {
        DevCommand::Synth(args) => synth::run(ctx, args),
        DevCommand::GenerateFiles(args) => generate_files::run(ctx, args),
    }
}

/// The repository and its town, loaded for a command that needs the model; refuses a repository whose
/// registers cannot be read. With `--as-of`, the town as it was known at that moment
/// ([`Town::cut`]).
pub fn open(ctx: &Context, as_of: Option<AsOf>) -> Result<(PathBuf, load::Loaded, Town), Error> {
    let (root, loaded, mut town) = load_town(ctx, ctx.repo()?, load::load)?;
    if let Some(as_of) = as_of {
        town.cut(as_of.now);
    }
    Ok((root, loaded, town))
}

/// Leaves `value` to the end of the process instead of freeing it piece by piece: a command
/// about to exit need not wait for the many small frees of a large structure, since the
/// system takes the process's memory back at once (clang's `-disable-free` is the same idea).
/// Only for what a command holds to its very end.
pub fn leave_to_exit<T>(value: T) {
    std::mem::forget(value);
}

/// Like [`open`], for a command that writes: the repository's lock is taken before the town
/// is read and held until the returned lock is dropped.
pub fn open_for_writing(
    ctx: &Context,
) -> Result<(PathBuf, load::Loaded, Town, crate::lock::RepoLock), Error> {
    open_for_writing_with(ctx, load::load)
}

/// [`open_for_writing`], the town read by `load` (e.g. [`load::load_registers`]).
pub fn open_for_writing_with(
    ctx: &Context,
    load: fn(&Path) -> Result<load::Loaded, Error>,
) -> Result<(PathBuf, load::Loaded, Town, crate::lock::RepoLock), Error> {
    let root = ctx.repo()?;
    let lock = crate::lock::RepoLock::acquire(&root, ctx.lang)?;
    let (root, loaded, town) = load_town(ctx, root, load)?;
    Ok((root, loaded, town, lock))
}

fn load_town(
    ctx: &Context,
    root: PathBuf,
    load: fn(&Path) -> Result<load::Loaded, Error>,
) -> Result<(PathBuf, load::Loaded, Town), Error> {
    let mut loaded = load(&root)?;
    let town = loaded.town.take().ok_or_else(|| registers_broken(ctx))?;
    Ok((root, loaded, town))
}

/// The error of a command that needs the town when its registers cannot be read.
pub fn registers_broken(ctx: &Context) -> Error {
    Error::Usage(
        ctx.lang
            .pick(
                "仓库的基础文件有错误：请先运行 grid check",
                "the repository's registers have errors: run `grid check` first",
            )
            .to_string(),
    )
}

/// The grid a `--grid ID` option names, if given; an unknown id is a usage error.
pub fn grid_option(
    ctx: &Context,
    town: &Town,
    given: Option<&str>,
) -> Result<Option<GridIx>, Error> {
    given
        .map(|id| {
            town.grids.ids.get(id).ok_or_else(|| {
                Error::Usage(format!(
                    "{}: {id}",
                    ctx.lang.pick("未知网格", "unknown grid")
                ))
            })
        })
        .transpose()
}

/// The filters of `--grid`, `--duty`, `--status` and `--person`, with their ids resolved.
pub fn filter(ctx: &Context, town: &Town, args: &FilterArgs) -> Result<Filter, Error> {
    let person = args
        .person
        .as_deref()
        .map(|id| {
            town.people.ids.get(id).ok_or_else(|| {
                Error::Usage(format!(
                    "{}: {id}",
                    ctx.lang.pick("未知人员", "unknown person")
                ))
            })
        })
        .transpose()?;
    Ok(Filter {
        grid: grid_option(ctx, town, args.grid.as_deref())?,
        duties: args.duty.clone(),
        standings: args.status.iter().map(|s| s.standing()).collect(),
        person,
    })
}

/// Who acts: `--by`, else the clerk whose roster email is the git `user.email`.
pub fn actor(ctx: &Context, root: &Path, town: &Town, by: Option<&str>) -> Result<String, Error> {
    if let Some(id) = by {
        return match town.people.ids.get(id) {
            Some(_) => Ok(id.to_string()),
            None => Err(Error::Usage(format!(
                "{}: {id}",
                ctx.lang.pick("未知人员", "unknown person")
            ))),
        };
    }
    let email = crate::gitinfo::user_email(root);
    let clerk: Option<PersonIx> = email.as_deref().and_then(|email| {
        town.roster
            .assignments
            .iter()
            .find(|a| a.role == Role::Clerk && a.email.eq_ignore_ascii_case(email))
            .map(|a| a.person)
    });
    match (clerk, email) {
        (Some(p), _) => Ok(town.people.id(p).to_string()),
        (None, Some(email)) => Err(Error::Usage(match ctx.lang {
            crate::i18n::Lang::Zh => format!(
                "请用 --by 指明经办人：git 邮箱 {email} 不是 roster.csv 中任何专职人员（clerk）的邮箱"
            ),
            crate::i18n::Lang::En => format!(
                "say who with --by: the git email {email} is no clerk's email in roster.csv"
            ),
        })),
        (None, None) => Err(Error::Usage(
            ctx.lang
                .pick(
                    "请用 --by 指明经办人（git 未设置 user.email）",
                    "say who with --by (git has no user.email)",
                )
                .to_string(),
        )),
    }
}

/// The refusal of a range whose start `from` lies after its end `to` (each as written).
pub fn reversed(ctx: &Context, from: impl std::fmt::Display, to: impl std::fmt::Display) -> Error {
    Error::Usage(format!("{from} {} {to}", ctx.lang.pick("晚于", "is after")))
}

/// The period of `--month`, `--quarter` or `--from`/`--to`; `None` when none is given.
pub fn period(
    ctx: &Context,
    args: &PeriodArgs,
) -> Result<Option<(chrono::NaiveDate, chrono::NaiveDate)>, Error> {
    let bad = |what: &str| {
        Error::Usage(format!(
            "{}: {what}",
            ctx.lang.pick("无法识别的期间", "not a period")
        ))
    };
    if let Some(p) = &args.period {
        if let Some((from, to)) = crate::period::range_days(p).filter(|(f, t)| f > t) {
            return Err(reversed(ctx, from, to));
        }
        return crate::period::parse(p).map(Some).ok_or_else(|| bad(p));
    }
    if let Some(m) = &args.month {
        return crate::period::month(m).map(Some).ok_or_else(|| bad(m));
    }
    if let Some(q) = &args.quarter {
        return crate::period::quarter(q).map(Some).ok_or_else(|| bad(q));
    }
    match (args.from, args.to) {
        (Some(from), Some(to)) if from > to => Err(reversed(
            ctx,
            format!("--from {from}"),
            format!("--to {to}"),
        )),
        (None, None) => Ok(None),
        (from, to) => Ok(Some((
            from.unwrap_or(chrono::NaiveDate::MIN),
            to.unwrap_or(chrono::NaiveDate::MAX),
        ))),
    }
}

/// Writes files for a command holding the repository's `lock`: refuses a path outside the
/// repository or through a symbolic link, a repository in the middle of something or with
/// uncommitted changes in them (unless allowed), removes leftovers of killed runs, writes all
/// files atomically (journaled: all or none, even if killed), and commits them with a
/// structured message when asked. Returns what to
/// tell the user about the commit.
pub fn write_files(
    ctx: &Context,
    root: &Path,
    lock: &crate::lock::RepoLock,
    files: &[(PathBuf, impl AsRef<[u8]> + Sync)],
    write: &WriteArgs,
    summary: &str,
    fields: &[(&str, String)],
) -> Result<String, Error> {
    let paths: Vec<PathBuf> = files.iter().map(|(p, _)| p.clone()).collect();
    for path in &paths {
        crate::write::inside(root, path)?;
    }
    crate::audit::repo::before_write(root, &paths, write.allow_dirty, ctx.lang)?;
    crate::write::remove_leftovers(root)?;
    let mut staged = crate::write::Staged::default();
    staged.add_all(files)?;
    staged.commit_journaled(lock.journal_dir())?;
    if !write.commit {
        return Ok(String::new());
    }
    let shown: Vec<String> = paths
        .iter()
        .map(|p| p.strip_prefix(root).unwrap_or(p).display().to_string())
        .collect();
    let mut all: Vec<(&str, String)> = fields.to_vec();
    all.push(("files", shown.join(", ")));
    let message = crate::audit::repo::message(summary, &all);
    let id = crate::audit::repo::commit(root, &paths, &message, ctx.lang)?;
    Ok(format!(
        "{} {}\n",
        ctx.lang.pick("已提交", "committed"),
        &id[..id.len().min(12)]
    ))
}
