//! Atomic file writes. A file is either old or new, never half: the new content goes to a
//! temporary file in the same folder (named `.grid-tmp-…`), is flushed to disk, renamed over
//! the target, and the folder is flushed. A multi-file change stages every file first and
//! renames last. Leftovers of a killed run are removed by the next writing command.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::Error;

/// The prefix of temporary files; `.gitignore` of a town repository ignores it.
pub const TEMP_PREFIX: &str = ".grid-tmp-";

/// Test hook: when this variable is set, the process aborts after the temporary files are
/// written and flushed but before any is renamed, as a crash would.
pub const FAULT_BEFORE_RENAME: &str = "GRID_FAULT_BEFORE_RENAME";

/// Files written but not yet in place.
#[derive(Default)]
pub struct Staged {
    files: Vec<(tempfile::TempPath, PathBuf)>,
}

impl Staged {
    /// Writes `bytes` to a temporary file beside `path` and flushes it to disk.
    pub fn add(&mut self, path: &Path, bytes: &[u8]) -> Result<(), Error> {
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
        self.files.push((temp.into_temp_path(), path.to_path_buf()));
        Ok(())
    }

    /// Renames every staged file over its target, then flushes the folders.
    pub fn commit(self) -> Result<(), Error> {
        if std::env::var_os(FAULT_BEFORE_RENAME).is_some() {
            for (temp, _) in self.files {
                // Leave the temporary files behind, as a killed process would.
                let _ = temp.keep();
            }
            std::process::abort();
        }
        let mut dirs: Vec<PathBuf> = Vec::new();
        for (temp, target) in self.files {
            temp.persist(&target)
                .map_err(|e| Error::io(&target, e.error))?;
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
        Ok(())
    }
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
