//! The files a load reads: the repository folder on disk, with some files replaced or added in
//! memory. An import hands the loader the files it would write, so the checks judge them
//! before anything is written and without copying the repository.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use rustc_hash::FxHashMap;

use crate::error::Error;

/// A repository as the loader sees it.
pub struct Tree<'a> {
    root: &'a Path,
    /// Files held in memory, by path relative to the root with `/` between folders.
    overlay: FxHashMap<String, &'a [u8]>,
}

impl<'a> Tree<'a> {
    /// The repository at `root` as it is on disk.
    pub fn disk(root: &'a Path) -> Tree<'a> {
        Tree {
            root,
            overlay: FxHashMap::default(),
        }
    }

    /// The repository at `root` with each of `changes` (a path under `root` and the file's
    /// bytes) in place of what the disk holds.
    pub fn with(root: &'a Path, changes: &'a [(PathBuf, Vec<u8>)]) -> Tree<'a> {
        let overlay = changes
            .iter()
            .map(|(path, bytes)| {
                let relative = path.strip_prefix(root).unwrap_or(path);
                (relative_name(relative), bytes.as_slice())
            })
            .collect();
        Tree { root, overlay }
    }

    /// The repository folder.
    pub fn root(&self) -> &'a Path {
        self.root
    }

    /// The bytes of the file at `relative`.
    pub fn read(&self, relative: &str) -> std::io::Result<Cow<'a, [u8]>> {
        match self.overlay.get(relative) {
            Some(bytes) => Ok(Cow::Borrowed(bytes)),
            None => std::fs::read(self.root.join(relative)).map(Cow::Owned),
        }
    }

    /// The most records of at least `min_bytes` bytes each, one or more to a line, that the
    /// file at `relative` can hold; 0 when it cannot be read (reading it says why).
    pub fn line_bound(&self, relative: &str, min_bytes: usize) -> usize {
        let (newlines, bytes) = match self.overlay.get(relative) {
            Some(bytes) => (memchr::memchr_iter(b'\n', bytes).count(), bytes.len()),
            None => match count_newlines(&self.root.join(relative)) {
                Ok(counted) => counted,
                Err(_) => return 0,
            },
        };
        (newlines + 1).min((bytes + 1) / min_bytes.max(1))
    }

    /// The bytes of the file at `relative` when it is held in memory.
    pub fn in_memory(&self, relative: &str) -> Option<&'a [u8]> {
        self.overlay.get(relative).copied()
    }

    /// Whether a file exists at `relative`.
    pub fn is_file(&self, relative: &str) -> bool {
        self.overlay.contains_key(relative) || self.root.join(relative).is_file()
    }

    /// Whether a folder exists at `relative`.
    pub fn is_dir(&self, relative: &str) -> bool {
        let prefix = format!("{relative}/");
        self.overlay.keys().any(|k| k.starts_with(&prefix)) || self.root.join(relative).is_dir()
    }

    /// The visible entries of the folder at `relative`, sorted; nothing when it does not exist.
    pub fn list_dir(&self, relative: &str) -> Result<Vec<String>, Error> {
        let dir = self.root.join(relative);
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(self.held(relative)),
            Err(e) => return Err(Error::io(dir, e)),
        };
        let mut names = BTreeSet::new();
        for entry in entries {
            let entry = entry.map_err(|e| Error::io(&dir, e))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if !name.starts_with('.') {
                names.insert(name);
            }
        }
        names.extend(self.held(relative));
        Ok(names.into_iter().collect())
    }

    /// The entries of the folder at `relative` that files in memory make.
    fn held(&self, relative: &str) -> Vec<String> {
        let prefix = format!("{relative}/");
        let names: BTreeSet<String> = self
            .overlay
            .keys()
            .filter_map(|k| k.strip_prefix(&prefix))
            .map(|rest| rest.split('/').next().unwrap_or(rest).to_string())
            .collect();
        names.into_iter().collect()
    }
}

/// `patrols/2026-11.csv` for a relative path, whatever the platform's separator.
fn relative_name(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// The line ends and bytes of the file at `path`, read in pieces.
fn count_newlines(path: &Path) -> std::io::Result<(usize, usize)> {
    use std::io::Read;
    let mut file = std::fs::File::open(path)?;
    let mut piece = vec![0u8; 64 * 1024];
    let (mut newlines, mut bytes) = (0, 0);
    loop {
        let got = match file.read(&mut piece) {
            Ok(0) => return Ok((newlines, bytes)),
            Ok(got) => got,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        newlines += memchr::memchr_iter(b'\n', &piece[..got]).count();
        bytes += got;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_files_lines_and_size_bound_its_records() {
        let dir = tempfile::tempdir().expect("a folder");
        // Three line ends and a last line without one: at most four records.
        std::fs::write(
            dir.path().join("a.csv"),
            "date\n2026-11-01\n2026-11-02\n2026-11-03",
        )
        .expect("written");
        // A long file of blank lines holds no more records than its size allows.
        std::fs::write(dir.path().join("blank.csv"), "\n".repeat(110_000)).expect("written");
        let changes = vec![(dir.path().join("b.csv"), b"x\ny\n".to_vec())];
        let tree = Tree::with(dir.path(), &changes);
        assert_eq!(tree.line_bound("a.csv", 1), 4);
        assert_eq!(tree.line_bound("a.csv", 11), 3);
        assert_eq!(tree.line_bound("blank.csv", 11), 10_000);
        assert_eq!(tree.line_bound("b.csv", 1), 3);
        assert_eq!(tree.line_bound("missing.csv", 11), 0);
    }

    #[test]
    fn files_in_memory_are_read_and_listed_beside_the_disk() {
        let dir = tempfile::tempdir().expect("a folder");
        std::fs::create_dir_all(dir.path().join("patrols")).expect("a folder");
        std::fs::write(dir.path().join("patrols/2026-10.csv"), "disk").expect("written");
        std::fs::write(dir.path().join("patrols/2026-11.csv"), "disk").expect("written");
        let changes = vec![
            (dir.path().join("patrols/2026-11.csv"), b"memory".to_vec()),
            (dir.path().join("cases/2026/QS-1.yaml"), b"case".to_vec()),
        ];
        let tree = Tree::with(dir.path(), &changes);
        assert_eq!(&*tree.read("patrols/2026-11.csv").expect("read"), b"memory");
        assert_eq!(&*tree.read("patrols/2026-10.csv").expect("read"), b"disk");
        assert_eq!(
            tree.list_dir("patrols").expect("listed"),
            ["2026-10.csv", "2026-11.csv"]
        );
        assert_eq!(tree.list_dir("cases").expect("listed"), ["2026"]);
        assert!(tree.is_dir("cases/2026") && tree.is_file("cases/2026/QS-1.yaml"));
        assert!(!tree.is_file("cases/2026/QS-2.yaml"));
        assert!(tree.list_dir("sweeps").expect("listed").is_empty());
    }
}
