//! The county level: `county.yaml`, the towns' repositories under it, and what the county
//! reads from them — each town's standing (`grid county check`), what towns have escalated
//! or whistled to county departments (`grid county inbox`).
//!
//! A county loads one town at a time per worker and keeps only the figures it needs, so
//! memory grows with the largest town, not with the county.

pub mod departments;
pub mod fetch;
pub mod inbox;
pub mod report;
pub mod standing;
pub mod workers;

use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Span};
use crate::error::Error;
use crate::format::CountyFile;
use crate::load::yaml;
use crate::source::Sources;

/// The county register's file name.
pub const COUNTY: &str = "county.yaml";

/// The folder that holds the copies of towns kept at a git remote.
pub const TOWNS: &str = "towns";

/// A county repository: its register and where it was read from.
#[derive(Debug)]
pub struct County {
    /// The register.
    pub file: CountyFile,
    /// The county repository's files (county.yaml, and the town files diagnostics cite).
    pub sources: Sources,
}

/// The first folder holding `county.yaml` from `start` upwards.
pub fn find_root(start: &Path) -> Result<PathBuf, Error> {
    let start = dunce::canonicalize(start).map_err(|e| Error::io(start, e))?;
    start
        .ancestors()
        .find(|dir| dir.join(COUNTY).is_file())
        .map(Path::to_path_buf)
        .ok_or_else(|| {
            Error::Usage(format!(
                "no county repository: no {COUNTY} in {} or any folder above it / 找不到县级仓库：{} 及其上级目录中都没有 {COUNTY}",
                start.display(),
                start.display()
            ))
        })
}

/// Reads `county.yaml` at `root`, with its located diagnostics; when it cannot be read, the
/// files the diagnostics name instead of the county.
pub fn load(root: &Path) -> (Result<County, Sources>, Vec<Diagnostic>) {
    let mut sources = Sources::new(root);
    let mut out = Vec::new();
    let file = sources.add(COUNTY.to_string());
    let tree = crate::load::tree::Tree::disk(root);
    let Some(text) = crate::load::read_text(&tree, COUNTY, file, &mut out) else {
        return (Err(sources), out);
    };
    let index = yaml::LineIndex::build(&text, file, &mut out);
    let Some(parsed) = yaml::parse::<CountyFile>(&text, file, &index, &mut out) else {
        return (Err(sources), out);
    };
    let mut seen = std::collections::HashSet::new();
    for (i, town) in parsed.towns.iter().enumerate() {
        if !seen.insert(town.id.as_str()) {
            let span = index.span(file, &crate::path!["towns", i]);
            crate::diag!(out, E1003, span, town.id.as_str());
        }
    }
    (
        Ok(County {
            file: parsed,
            sources,
        }),
        out,
    )
}

impl County {
    /// The county repository's root.
    pub fn root(&self) -> &Path {
        self.sources.root()
    }

    /// Where the repository of `town` (an entry of county.yaml) is on this machine: its folder,
    /// or for a remote the copy `grid county fetch` keeps under `towns/<id>/`.
    pub fn town_dir(&self, town: &crate::format::CountyTownEntry) -> PathBuf {
        if is_remote(&town.repo) {
            self.root().join(TOWNS).join(&town.id)
        } else {
            self.root().join(&town.repo)
        }
    }

    /// A span for a diagnostic in a town's file, the file named from the county's root.
    pub fn town_span(&mut self, town_dir: &Path, relative: &str, line: u32, col: u32) -> Span {
        let shown = town_dir
            .strip_prefix(self.root())
            .unwrap_or(town_dir)
            .join(relative);
        let shown = shown.to_string_lossy().replace('\\', "/");
        let file = self
            .sources
            .find(&shown)
            .unwrap_or_else(|| self.sources.add(shown));
        Span::new(file, line, col)
    }
}

/// Whether a town's `repo` names a git remote rather than a folder.
pub fn is_remote(repo: &str) -> bool {
    repo.contains("://") || (repo.contains('@') && repo.contains(':') && !repo.contains('\\'))
}

#[cfg(test)]
mod tests {
    use super::is_remote;

    #[test]
    fn remotes_and_folders() {
        for remote in [
            "https://git.example.cn/qs.git",
            "file:///srv/towns/qs",
            "git@git.example.cn:towns/qs.git",
            "ssh://git@host/qs",
        ] {
            assert!(is_remote(remote), "{remote}");
        }
        for folder in ["towns/QS", "../青山镇", "D:\\网格\\青山镇", "/srv/qs"] {
            assert!(!is_remote(folder), "{folder}");
        }
    }
}
