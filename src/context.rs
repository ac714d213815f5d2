//! The resolved environment of one run: repository root, language, colour, as-of date. It is
//! read once here; no command reads the clock, the current folder or the environment itself.

use std::io::IsTerminal;
use std::path::PathBuf;

use chrono::{NaiveDateTime, TimeDelta, Utc};

use crate::cli::{AsOf, GlobalArgs};
use crate::error::Error;
use crate::i18n::Lang;
use crate::load::discover::find_root;
use crate::output::terminal::{self, Terminal};

/// What a command needs to know about its environment.
#[derive(Debug)]
pub struct Context {
    repo: Option<PathBuf>,
    cwd: PathBuf,
    /// Language of messages.
    pub lang: Lang,
    /// What decided the language: `--lang`, `GRID_LANG`, `LANG` or `default`.
    pub lang_source: &'static str,
    /// Whether to colour the output and the width tables fit.
    pub term: Terminal,
    /// Print only what is wrong.
    pub quiet: bool,
    now: NaiveDateTime,
}

impl Context {
    /// Resolves the environment from the global options and the process environment.
    pub fn from_env(global: &GlobalArgs) -> Context {
        let var = |name: &str| std::env::var(name).ok();
        let (lang, lang_source) = Lang::from_env(global.lang);
        let term = terminal::detect(
            global.no_color,
            var("NO_COLOR").as_deref(),
            var("CLICOLOR_FORCE").as_deref(),
            var("COLUMNS").as_deref(),
            std::io::stdout().is_terminal(),
        );
        Context {
            repo: global.repo.clone(),
            cwd: std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")),
            lang,
            lang_source,
            term,
            quiet: global.quiet,
            now: Utc::now().naive_utc() + TimeDelta::hours(8),
        }
    }

    /// The repository root: the first folder holding `town.yaml` found upwards from `--repo`,
    /// else from the current folder. When a
    /// writer was killed part-way through a multi-file change, its files are put back first,
    /// so that no command reads half of it.
    pub fn repo(&self) -> Result<PathBuf, Error> {
        let root = self.root()?;
        if crate::lock::state_dir(&root)
            .join(crate::write::JOURNAL)
            .exists()
        {
            crate::lock::RepoLock::acquire(&root, self.lang)?;
        }
        Ok(root)
    }

    /// The repository root as [`Context::repo`] finds it, without putting back anything a
    /// killed writer left (for `grid doctor`, which looks and never changes).
    pub fn root(&self) -> Result<PathBuf, Error> {
        let start = self
            .repo
            .as_ref()
            .map_or_else(|| self.cwd.clone(), |dir| self.cwd.join(dir));
        find_root(&start)
    }

    /// The as-of moment: the given one, else now in China Standard Time.
    pub fn as_of(&self, given: Option<AsOf>) -> AsOf {
        given.unwrap_or(AsOf {
            date: self.now.date(),
            now: self.now,
        })
    }

    /// When something a writing command records happened: the time given, else now. A time
    /// after the real clock is refused — the files record what has happened, not what will.
    pub fn recorded_at(&self, given: Option<NaiveDateTime>) -> Result<NaiveDateTime, Error> {
        match given {
            Some(at) if at > self.now => Err(Error::Usage(format!(
                "{} {} ({} {})",
                crate::timefmt::format_stamp(at),
                self.lang.pick(
                    "尚未到来，不能记录未来的事",
                    "is in the future; grid records what has happened"
                ),
                self.lang.pick("现在是", "it is now"),
                crate::timefmt::format_stamp(self.now)
            ))),
            Some(at) => Ok(at),
            None => Ok(self.now),
        }
    }

    /// A path given on the command line, relative to the current folder.
    pub fn path(&self, given: &std::path::Path) -> PathBuf {
        self.cwd.join(given)
    }
}
