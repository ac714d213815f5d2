//! Atomic file writes. A file is either old or new, never half: the new content goes to a
//! temporary file in the same folder (named `.grid-tmp-…`), is flushed to disk, renamed over
//! the target, and the folder is flushed. A multi-file change stages every file first and
//! renames last; every file it replaces is copied aside first, so when a rename fails part-way
//! (a file held open by Excel on Windows, a full disk) the files already renamed are put back.
//! A change inside a repository also writes a journal naming each target and its copy before
//! the first rename: when the process is killed part-way, the next writer (which takes the
//! lock, [`crate::lock`]) puts every file back from it. Leftovers of a killed run are removed by
//! the next writing command, under the lock, so never another live writer's.
//!
//! Every path written in a repository must lie under its root with no symbolic link on the way
//! ([`inside`]): a committed link `cases/2026 → /elsewhere` cannot make `grid` write elsewhere.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::Error;

/// The prefix of temporary files; `.gitignore` of a town repository ignores it.
pub const TEMP_PREFIX: &str = ".grid-tmp-";

/// Test hook: when this variable is set, the process aborts after the temporary files are
/// written and flushed but before any is renamed, as a crash would.
pub const FAULT_BEFORE_RENAME: &str = "GRID_FAULT_BEFORE_RENAME";
/// Test hook: `N` makes the process abort right after the N-th rename, as a crash would.
pub const FAULT_ABORT_AFTER: &str = "GRID_FAULT_ABORT_AFTER_RENAMES";
/// Test hook: `N` makes the N-th rename fail, as a file held open by another program would.
pub const FAULT_FAIL_RENAME: &str = "GRID_FAULT_FAIL_RENAME";
/// Test hook: `N` makes the first rename fail N times as a file held open by another
/// program does on Windows (a sharing violation), then succeed.
pub const FAULT_HELD_OPEN: &str = "GRID_FAULT_HELD_OPEN";
/// The waits between attempts to rename over a file held open by another program, in
/// milliseconds: about a second and a half in all, then the clerk is asked to close it.
const HELD_OPEN_WAITS_MS: [u64; 5] = [50, 100, 200, 400, 800];
/// The journal of a multi-file change in progress, in the lock's folder.
pub const JOURNAL: &str = "grid-journal";

/// Renames `temp` over `target`; while the target is held open by another program (Excel or
/// WPS on Windows refuse a rename over a file they show), waits briefly and tries again, then
/// gives up with [`Error::HeldOpen`], which tells the clerk what to close.
fn persist_retrying(mut temp: tempfile::TempPath, target: &Path, first: bool) -> Result<(), Error> {
    let mut injected = if first {
        fault(FAULT_HELD_OPEN).unwrap_or(0)
    } else {
        0
    };
    let mut waits = HELD_OPEN_WAITS_MS.iter();
    loop {
        let failure = if injected > 0 {
            injected -= 1;
            (std::io::Error::other("sharing violation (injected)"), true)
        } else {
            match temp.persist(target) {
                Ok(()) => return Ok(()),
                Err(e) => {
                    temp = e.path;
                    let held = held_open(&e.error);
                    (e.error, held)
                }
            }
        };
        match (failure, waits.next()) {
            ((_, true), Some(ms)) => std::thread::sleep(std::time::Duration::from_millis(*ms)),
            ((_, true), None) => return Err(Error::HeldOpen(target.to_path_buf())),
            ((error, false), _) => return Err(Error::io(target, error)),
        }
    }
}

/// Whether a failed rename means another program holds the target open: on Windows, access
/// denied (5), a sharing violation (32) or a lock violation (33).
fn held_open(error: &std::io::Error) -> bool {
    cfg!(windows) && matches!(error.raw_os_error(), Some(5 | 32 | 33))
}

fn fault(name: &str) -> Option<usize> {
    std::env::var(name).ok()?.parse().ok()
}

/// Refuses a path to be written in the repository at `root` that is not under it, or that
/// passes through a symbolic link (a folder or the file itself).
pub fn inside(root: &Path, path: &Path) -> Result<(), Error> {
    let refuse = |why: String| Err(Error::Usage(format!("{}: {why}", path.display())));
    let relative = match path.strip_prefix(root) {
        Ok(r) => r,
        Err(_) => return refuse("lies outside the repository; grid writes only inside it".into()),
    };
    let mut at = root.to_path_buf();
    for part in relative.components() {
        match part {
            std::path::Component::Normal(name) => at.push(name),
            _ => return refuse("leaves the repository (`..`); grid writes only inside it".into()),
        }
        match fs::symlink_metadata(&at) {
            Ok(meta) if meta.file_type().is_symlink() => {
                return refuse(format!(
                    "{} is a symbolic link; grid writes only inside the repository, never through a link",
                    at.display()
                ));
            }
            Ok(_) => {}
            Err(_) => break,
        }
    }
    Ok(())
}

/// Files written but not yet in place.
#[derive(Default)]
pub struct Staged {
    files: Vec<(tempfile::TempPath, PathBuf)>,
    /// Targets that are not files (a device such as `/dev/null`, a pipe): nothing can be
    /// renamed over them, so they are written straight after the files are in place.
    streams: Vec<(PathBuf, Vec<u8>)>,
}

/// One file staged: written beside its target and flushed, or, for a target that is not a
/// file, kept to be written straight.
enum Staging {
    File(tempfile::TempPath, PathBuf),
    Stream(PathBuf, Vec<u8>),
}

/// Writes `bytes` to a temporary file beside `path` and flushes it to disk.
fn stage(path: &Path, bytes: &[u8]) -> Result<Staging, Error> {
    if let Ok(meta) = fs::metadata(path) {
        if meta.is_dir() {
            return Err(Error::io(
                path,
                std::io::Error::new(std::io::ErrorKind::IsADirectory, "it is a folder"),
            ));
        }
        if !meta.is_file() {
            return Ok(Staging::Stream(path.to_path_buf(), bytes.to_vec()));
        }
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let mut temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .tempfile_in(dir)
        .map_err(|e| Error::io(dir, e))?;
    temp.write_all(bytes)
        .map_err(|e| Error::io(temp.path(), e))?;
    // A temporary file is private (0600): the file it replaces keeps its permissions, a
    // new one gets the usual ones.
    if let Some(permissions) = permissions_for(path) {
        temp.as_file()
            .set_permissions(permissions)
            .map_err(|e| Error::io(temp.path(), e))?;
    }
    temp.as_file()
        .sync_all()
        .map_err(|e| Error::io(temp.path(), e))?;
    Ok(Staging::File(temp.into_temp_path(), path.to_path_buf()))
}

impl Staged {
    /// Writes `bytes` to a temporary file beside `path` and flushes it to disk.
    pub fn add(&mut self, path: &Path, bytes: &[u8]) -> Result<(), Error> {
        self.keep(stage(path, bytes)?);
        Ok(())
    }

    /// [`add`](Self::add) for each of `files`, written and flushed side by side (each flush
    /// waits for the disk), kept in the order given. On an error, the first in that order is
    /// returned; the files staged are removed when `self` is dropped, as with `add`.
    pub fn add_all<B: AsRef<[u8]> + Sync>(&mut self, files: &[(PathBuf, B)]) -> Result<(), Error> {
        let staged: Vec<Result<Staging, Error>> = files
            .par_iter()
            .map(|(path, bytes)| stage(path, bytes.as_ref()))
            .collect();
        for staging in staged {
            self.keep(staging?);
        }
        Ok(())
    }

    fn keep(&mut self, staging: Staging) {
        match staging {
            Staging::File(temp, target) => self.files.push((temp, target)),
            Staging::Stream(target, bytes) => self.streams.push((target, bytes)),
        }
    }

    /// Renames every staged file over its target, then flushes the folders; when a rename
    /// fails, the files already renamed are put back and the error returned.
    pub fn commit(self) -> Result<(), Error> {
        self.apply(None)
    }

    /// Like [`Staged::commit`], with a journal in `dir` so that a kill part-way is undone by
    /// the next [`recover`].
    pub fn commit_journaled(self, dir: &Path) -> Result<(), Error> {
        self.apply(Some(&dir.join(JOURNAL)))
    }

    fn apply(self, journal: Option<&Path>) -> Result<(), Error> {
        let streams = self.streams;
        if std::env::var_os(FAULT_BEFORE_RENAME).is_some() {
            for (temp, _) in self.files {
                // Leave the temporary files behind, as a killed process would.
                let _ = temp.keep();
            }
            std::process::abort();
        }
        let mut plan: Vec<(tempfile::TempPath, PathBuf, Option<PathBuf>)> = Vec::new();
        for (temp, target) in self.files {
            let backup = if target.exists() {
                Some(copy_aside(&target)?)
            } else {
                None
            };
            plan.push((temp, target, backup));
        }
        if let Some(journal) = journal {
            let text: String = plan
                .iter()
                .map(|(_, target, backup)| {
                    format!(
                        "{}\t{}\n",
                        target.display(),
                        backup
                            .as_ref()
                            .map_or(String::new(), |b| b.display().to_string())
                    )
                })
                .collect();
            let mut file = File::create(journal).map_err(|e| Error::io(journal, e))?;
            file.write_all(text.as_bytes())
                .and_then(|()| file.sync_all())
                .map_err(|e| Error::io(journal, e))?;
        }
        let backups: Vec<PathBuf> = plan.iter().filter_map(|(_, _, b)| b.clone()).collect();
        let mut done: Vec<(PathBuf, Option<PathBuf>)> = Vec::new();
        for (n, (temp, target, backup)) in plan.into_iter().enumerate() {
            let renamed = if fault(FAULT_FAIL_RENAME) == Some(n + 1) {
                Err(Error::io(
                    &target,
                    std::io::Error::other("injected failure"),
                ))
            } else {
                persist_retrying(temp, &target, n == 0)
            };
            if let Err(e) = renamed {
                put_back(&done);
                if let Some(journal) = journal {
                    let _ = fs::remove_file(journal);
                }
                for b in &backups {
                    let _ = fs::remove_file(b);
                }
                return Err(e);
            }
            if fault(FAULT_ABORT_AFTER) == Some(n + 1) {
                std::process::abort();
            }
            done.push((target, backup));
        }
        let mut dirs: Vec<PathBuf> = Vec::new();
        for (target, _) in &done {
            if let Some(dir) = target.parent()
                && !dirs.iter().any(|d| d == dir)
            {
                dirs.push(dir.to_path_buf());
            }
        }
        for dir in dirs {
            // Flushing a folder is how the rename itself reaches the disk; where the platform
            // cannot open folders this is a no-op.
            if let Ok(handle) = File::open(&dir) {
                let _ = handle.sync_all();
            }
        }
        if let Some(journal) = journal {
            fs::remove_file(journal).map_err(|e| Error::io(journal, e))?;
        }
        for b in backups {
            let _ = fs::remove_file(b);
        }
        for (target, bytes) in streams {
            fs::OpenOptions::new()
                .write(true)
                .open(&target)
                .and_then(|mut f| f.write_all(&bytes))
                .map_err(|e| Error::io(&target, e))?;
        }
        Ok(())
    }
}

/// A copy of `target` beside it, named like a temporary file, to put back if need be.
fn copy_aside(target: &Path) -> Result<PathBuf, Error> {
    let dir = target.parent().unwrap_or(Path::new("."));
    let temp = tempfile::Builder::new()
        .prefix(&format!("{TEMP_PREFIX}bak-"))
        .tempfile_in(dir)
        .map_err(|e| Error::io(dir, e))?;
    let path = temp
        .into_temp_path()
        .keep()
        .map_err(|e| Error::io(dir, e.error))?;
    fs::copy(target, &path).map_err(|e| Error::io(&path, e))?;
    File::open(&path)
        .and_then(|f| f.sync_all())
        .map_err(|e| Error::io(&path, e))?;
    Ok(path)
}

/// Puts files back as they were: a replaced file from its copy, a new file removed.
fn put_back(done: &[(PathBuf, Option<PathBuf>)]) {
    for (target, backup) in done.iter().rev() {
        match backup {
            Some(b) => {
                let _ = fs::rename(b, target);
            }
            None => {
                let _ = fs::remove_file(target);
            }
        }
    }
}

/// Puts back every file of a multi-file change that a killed run left in the journal in
/// `dir`, then removes the journal. Call with the repository's lock held.
pub fn recover(dir: &Path) -> Result<(), Error> {
    let journal = dir.join(JOURNAL);
    let Ok(text) = fs::read_to_string(&journal) else {
        return Ok(());
    };
    let entries: Vec<(PathBuf, Option<PathBuf>)> = text
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(target, backup)| {
            let backup = (!backup.is_empty()).then(|| PathBuf::from(backup));
            (PathBuf::from(target), backup)
        })
        // A copy that is gone was already put back or never needed: leave its file alone.
        .filter(|(_, backup)| backup.as_ref().is_none_or(|b| b.exists()))
        .collect();
    put_back(&entries);
    fs::remove_file(&journal).map_err(|e| Error::io(&journal, e))
}

/// The permissions a written file should have: those of the file it replaces, else 0644.
#[cfg(unix)]
fn permissions_for(path: &Path) -> Option<fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(fs::metadata(path).map_or_else(|_| fs::Permissions::from_mode(0o644), |m| m.permissions()))
}

/// The permissions a written file should have: those of the file it replaces.
#[cfg(not(unix))]
fn permissions_for(path: &Path) -> Option<fs::Permissions> {
    fs::metadata(path).ok().map(|m| m.permissions())
}

/// Removes the temporary files a killed run left in the repository's folders.
pub fn remove_leftovers(root: &Path) -> Result<usize, Error> {
    let mut removed = 0;
    let mut dirs = vec![root.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            let path = entry.path();
            if name.starts_with(TEMP_PREFIX) {
                fs::remove_file(&path).map_err(|e| Error::io(&path, e))?;
                removed += 1;
            } else if !name.starts_with('.') && entry.file_type().is_ok_and(|t| t.is_dir()) {
                dirs.push(path);
            }
        }
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staged_files_appear_only_on_commit() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.csv");
        let b = dir.path().join("sub/b.csv");
        fs::write(&a, "old").unwrap();
        let mut staged = Staged::default();
        staged.add(&a, b"new").unwrap();
        staged.add(&b, b"fresh").unwrap();
        assert_eq!(fs::read_to_string(&a).unwrap(), "old");
        assert!(!b.exists());
        staged.commit().unwrap();
        assert_eq!(fs::read_to_string(&a).unwrap(), "new");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&b), 0o644, "a new file is readable like any other");
            assert_eq!(mode(&a), 0o644, "a replaced file keeps its permissions");
        }
        assert_eq!(fs::read_to_string(&b).unwrap(), "fresh");
        assert_eq!(remove_leftovers(dir.path()).unwrap(), 0);
    }

    #[test]
    fn files_staged_side_by_side_fail_at_the_first_in_order_and_leave_nothing() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("b.csv")).unwrap();
        fs::create_dir_all(dir.path().join("d.csv")).unwrap();
        let files: Vec<(PathBuf, &[u8])> = ["a.csv", "b.csv", "c.csv", "d.csv"]
            .iter()
            .map(|name| (dir.path().join(name), &b"x"[..]))
            .collect();
        let mut staged = Staged::default();
        let error = staged.add_all(&files).unwrap_err().to_string();
        assert!(
            error.contains("b.csv") && !error.contains("d.csv"),
            "{error}"
        );
        drop(staged);
        assert_eq!(
            remove_leftovers(dir.path()).unwrap(),
            0,
            "no temporary file is left"
        );
        assert!(!dir.path().join("a.csv").exists());
        let ok = [
            (dir.path().join("e.csv"), "e"),
            (dir.path().join("sub/f.csv"), "f"),
        ];
        let mut staged = Staged::default();
        staged.add_all(&ok).unwrap();
        let targets: Vec<_> = staged.files.iter().map(|(_, t)| t.clone()).collect();
        assert_eq!(targets, [ok[0].0.clone(), ok[1].0.clone()], "kept in order");
        staged.commit().unwrap();
        assert_eq!(fs::read_to_string(&ok[1].0).unwrap(), "f");
    }

    #[test]
    fn leftovers_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("cases/2026")).unwrap();
        fs::write(dir.path().join("cases/2026/.grid-tmp-x1"), "half").unwrap();
        fs::write(dir.path().join(".grid-tmp-y2"), "half").unwrap();
        fs::write(dir.path().join("cases/2026/QS-2026-0001.yaml"), "kept").unwrap();
        assert_eq!(remove_leftovers(dir.path()).unwrap(), 2);
        assert!(dir.path().join("cases/2026/QS-2026-0001.yaml").exists());
    }
}
