//! Finding the repository and its files. The repository root is the folder holding
//! `town.yaml`; data files are recognised by folder and name pattern (the headings of
//! docs/FORMATS.md), anything else in a data folder is reported and not read.

use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::layout::{self, CASES, Dated, FIXED, FIXED_FOLDERS, TOWN};
use crate::load::tree::Tree;

/// How a file of the repository is spelled on disk: `relative` itself, or, when only a
/// spelling differing in ASCII case exists (`patrols/2026-11.CSV`), that one, so that a
/// writer adds to the file the loader reads rather than making a second file for the month.
pub fn existing_spelling(root: &Path, relative: &str) -> String {
    if root.join(relative).exists() {
        return relative.to_string();
    }
    let (dir, name) = relative.rsplit_once('/').unwrap_or(("", relative));
    Tree::disk(root)
        .list_dir(dir)
        .ok()
        .and_then(|names| names.into_iter().find(|n| n.eq_ignore_ascii_case(name)))
        .map_or_else(
            || relative.to_string(),
            |found| match dir {
                "" => found,
                _ => format!("{dir}/{found}"),
            },
        )
}

/// Walks up from `start` to the first folder holding `town.yaml`.
pub fn find_root(start: &Path) -> Result<PathBuf, Error> {
    let start = dunce::canonicalize(start).map_err(|e| Error::io(start, e))?;
    start
        .ancestors()
        .find(|dir| dir.join(TOWN).is_file())
        .map(Path::to_path_buf)
        .ok_or(Error::RepoNotFound(start))
}

/// A dated data file: its path and the period its name gives.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct DatedFile {
    /// Path relative to the root.
    pub path: String,
    /// Its register.
    pub register: Dated,
    /// Year of the name.
    pub year: i32,
    /// Month (1–12) for monthly files, quarter (1–4) for quarterly ones, 0 for yearly ones.
    pub part: u32,
}

/// A case file.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct CaseFileName {
    /// Path relative to the root.
    pub path: String,
    /// The year folder.
    pub year: Option<i32>,
    /// The file stem: the case id.
    pub id: String,
}

/// Every data file of a repository, by kind, each list sorted.
#[derive(Debug, Default)]
pub struct RepoFiles {
    /// The fixed files that exist.
    pub fixed: Vec<&'static str>,
    /// `patrols/YYYY-MM.csv`.
    pub patrols: Vec<DatedFile>,
    /// `sweeps/YYYY-MM.csv`.
    pub sweeps: Vec<DatedFile>,
    /// `meetings/YYYY-MM.csv`.
    pub meetings: Vec<DatedFile>,
    /// `inspections/YYYY-Qn.csv`.
    pub inspections: Vec<DatedFile>,
    /// `approvals/YYYY.csv`.
    pub approvals: Vec<DatedFile>,
    /// `cases/YYYY/<id>.yaml`.
    pub cases: Vec<CaseFileName>,
    /// Files in data folders that match no pattern.
    pub unexpected: Vec<String>,
}

/// Lists the repository's files.
pub fn scan(tree: &Tree) -> Result<RepoFiles, Error> {
    let mut files = RepoFiles {
        fixed: FIXED.iter().copied().filter(|f| tree.is_file(f)).collect(),
        ..RepoFiles::default()
    };
    for register in Dated::ALL {
        let list = match register {
            Dated::Patrols => &mut files.patrols,
            Dated::Sweeps => &mut files.sweeps,
            Dated::Meetings => &mut files.meetings,
            Dated::Inspections => &mut files.inspections,
            Dated::Approvals => &mut files.approvals,
        };
        let dir = register.folder();
        for name in tree.list_dir(dir)? {
            let path = format!("{dir}/{name}");
            match register.parse(&name) {
                Some((year, part)) => list.push(DatedFile {
                    path,
                    register,
                    year,
                    part,
                }),
                None => files.unexpected.push(path),
            }
        }
        list.sort();
    }
    for folder in tree.list_dir(CASES)? {
        let dir = layout::case_folder(&folder);
        if !tree.is_dir(&dir) {
            files.unexpected.push(dir);
            continue;
        }
        for name in tree.list_dir(&dir)? {
            let path = format!("{dir}/{name}");
            match layout::case_id_of(&name) {
                Some(id) => files.cases.push(CaseFileName {
                    path,
                    year: (folder.len() == 4).then(|| folder.parse().ok()).flatten(),
                    id: id.to_string(),
                }),
                None => files.unexpected.push(path),
            }
        }
    }
    files.cases.sort();
    for (dir, known) in FIXED_FOLDERS {
        for name in tree.list_dir(dir)? {
            let path = format!("{dir}/{name}");
            if !known.contains(&path.as_str()) {
                files.unexpected.push(path);
            }
        }
    }
    files.unexpected.sort();
    Ok(files)
}
