//! The files a town repository was read from. Every span names a file by its [`FileId`]; this
//! table turns it back into a path relative to the repository root.

use std::path::{Path, PathBuf};

/// Index of a file in [`Sources`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(pub u32);

/// The repository root and the files read from it.
#[derive(Debug, Default)]
pub struct Sources {
    root: PathBuf,
    paths: Vec<String>,
}

impl Sources {
    /// An empty table for the repository at `root`.
    pub fn new(root: &Path) -> Sources {
        Sources {
            root: root.to_path_buf(),
            paths: Vec::new(),
        }
    }

    /// Registers a file by its path relative to the root, written with `/`.
    pub fn add(&mut self, relative: String) -> FileId {
        let id = FileId(u32::try_from(self.paths.len()).unwrap_or(u32::MAX));
        self.paths.push(relative);
        id
    }

    /// The relative path of a file, as shown to the user.
    pub fn path(&self, file: FileId) -> &str {
        self.paths.get(file.0 as usize).map_or("?", String::as_str)
    }

    /// The file's location on disk.
    pub fn full_path(&self, file: FileId) -> PathBuf {
        self.root.join(self.path(file))
    }

    /// The repository root.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Every file's relative path, in the order of their ids.
    pub fn paths(&self) -> &[String] {
        &self.paths
    }

    /// The id of a file by its relative path.
    pub fn find(&self, relative: &str) -> Option<FileId> {
        self.paths
            .iter()
            .position(|p| p == relative)
            .and_then(|i| u32::try_from(i).ok())
            .map(FileId)
    }
}
