//! One writer at a time. A writing command holds an exclusive lock on `grid.lock` in the git
//! folder (`.git/`, or the repository root outside git) from before it reads the town until it
//! has written, so two imports cannot both read the old file and each write their own version.
//! The lock is the operating system's (`File::try_lock`): a process that dies releases it, so
//! a stale lock is simply taken over. Who holds it (pid and start time) is written beside it,
//! in `grid.lock.holder`, for the message a second writer gets after waiting a few seconds.
//!
//! Taking the lock also finishes what a killed writer left: when a journal of a multi-file
//! change is found ([`crate::write::JOURNAL`]), the files it names are put back as they were.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::error::Error;
use crate::i18n::Lang;

/// How long a second writer waits for the first before giving up.
const WAIT: Duration = Duration::from_secs(5);

/// The folder that holds the lock and the journal: the git folder, else the root.
pub fn state_dir(root: &Path) -> PathBuf {
    git2::Repository::discover(root)
        .ok()
        .filter(|repo| {
            repo.workdir()
                .and_then(|w| w.canonicalize().ok())
                .zip(root.canonicalize().ok())
                .is_some_and(|(w, r)| r.starts_with(w))
        })
        .map_or_else(|| root.to_path_buf(), |repo| repo.path().to_path_buf())
}

/// The lock's folder, the lock file and the file naming its holder.
fn paths(root: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let dir = state_dir(root);
    let name = if dir == root {
        ".grid.lock"
    } else {
        "grid.lock"
    };
    let (path, holder) = (dir.join(name), dir.join(format!("{name}.holder")));
    (dir, path, holder)
}

/// What the lock says about writers (for `grid doctor`).
#[derive(Debug, PartialEq, Eq)]
pub enum LockState {
    /// No writer, nothing left behind.
    Free,
    /// A writer holds the lock now: who.
    Writing(String),
    /// A writer was killed: who it was (its holder file stayed), and whether it left a
    /// multi-file change half done (a journal, which the next writer puts back).
    Killed(String, bool),
}

/// Looks at the lock of the repository at `root` without taking it for long.
pub fn probe(root: &Path) -> LockState {
    let (dir, path, holder) = paths(root);
    let journal = dir.join(crate::write::JOURNAL).exists();
    let who = fs::read_to_string(&holder).map(|w| w.trim().to_string());
    let held = OpenOptions::new()
        .read(true)
        .write(true)
        .open(&path)
        .is_ok_and(|file| matches!(file.try_lock(), Err(TryLockError::WouldBlock)));
    match (held, who) {
        (true, who) => LockState::Writing(who.unwrap_or_default()),
        (false, Ok(who)) => LockState::Killed(who, journal),
        (false, Err(_)) if journal => LockState::Killed(String::new(), true),
        (false, Err(_)) => LockState::Free,
    }
}

/// The held lock; released when dropped (or when the process ends, however it ends).
pub struct RepoLock {
    _file: File,
    holder: PathBuf,
}

impl RepoLock {
    /// Takes the repository's lock, waiting up to a few seconds for another writer, then puts
    /// back what a killed writer left half done.
    pub fn acquire(root: &Path, lang: Lang) -> Result<RepoLock, Error> {
        let (dir, path, holder) = paths(root);
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|e| Error::io(&path, e))?;
        let started = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(TryLockError::WouldBlock) if started.elapsed() < WAIT => {
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(TryLockError::WouldBlock) => {
                    let who = fs::read_to_string(&holder).unwrap_or_default();
                    return Err(Error::Usage(format!(
                        "{} ({}){}",
                        lang.pick(
                            "另一个 grid 命令正在写入",
                            "another grid command is writing"
                        ),
                        who.trim(),
                        lang.pick("：请等它结束后再试", ": try again when it has finished")
                    )));
                }
                Err(TryLockError::Error(e)) => return Err(Error::io(&path, e)),
            }
        }
        let stamp = chrono::Local::now().format("%Y-%m-%d %H:%M:%S");
        fs::write(
            &holder,
            format!("pid {}, since {stamp}\n", std::process::id()),
        )
        .map_err(|e| Error::io(&holder, e))?;
        crate::write::recover(&dir)?;
        Ok(RepoLock {
            _file: file,
            holder,
        })
    }

    /// The folder of the journal a multi-file change writes while this lock is held.
    pub fn journal_dir(&self) -> &Path {
        self.holder.parent().unwrap_or(Path::new("."))
    }
}

impl Drop for RepoLock {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.holder);
    }
}
