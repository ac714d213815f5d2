//! Finding the repository and its files. The repository root is the folder holding
//! `town.yaml`; data files are recognised by folder and name pattern (the headings of
//! docs/FORMATS.md), anything else in a data folder is reported and not read.

use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::load::tree::Tree;

/// The fixed files, relative to the root.
pub const TOWN: &str = "town.yaml";
/// The catalog of reportable items.
pub const CATALOG: &str = "catalog.yaml";
/// Enforcement groups and county departments.
pub const ENFORCEMENT: &str = "enforcement.yaml";
/// Holidays and make-up workdays.
pub const CALENDAR: &str = "calendar.yaml";
/// The work areas.
pub const WORK_AREAS: &str = "grids/work-areas.yaml";
/// The enterprise grids.
pub const ENTERPRISES: &str = "grids/enterprises.yaml";
/// The villages.
pub const VILLAGES: &str = "grids/villages.yaml";
/// Who holds which role in which grid.
pub const ROSTER: &str = "roster.csv";
/// The supervision office's decisions on findings.
pub const DECISIONS: &str = "findings/decisions.yaml";
/// The files `grid import` has added, by content hash.
pub const MANIFEST: &str = "imports/manifest.csv";
/// Import rules (read by `grid import`).
pub const IMPORT_RULES: &str = "imports/rules.yaml";

/// The files that must exist.
pub const REQUIRED: &[&str] = &[
    TOWN,
    CATALOG,
    ENFORCEMENT,
    CALENDAR,
    WORK_AREAS,
    VILLAGES,
    ROSTER,
];

/// `name` without its extension `.ext`, matched without regard to case: a file saved on
/// Windows as `2026-11.CSV` is the same record file as `2026-11.csv`.
pub fn strip_extension<'a>(name: &'a str, ext: &str) -> Option<&'a str> {
    let at = name.len().checked_sub(ext.len() + 1)?;
    let (stem, dot_ext) = (name.get(..at)?, name.get(at..)?);
    (dot_ext.starts_with('.') && dot_ext[1..].eq_ignore_ascii_case(ext)).then_some(stem)
}

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
    let mut files = RepoFiles::default();
    for fixed in [
        TOWN,
        CATALOG,
        ENFORCEMENT,
        CALENDAR,
        WORK_AREAS,
        ENTERPRISES,
        VILLAGES,
        ROSTER,
        DECISIONS,
        MANIFEST,
        IMPORT_RULES,
    ] {
        if tree.is_file(fixed) {
            files.fixed.push(fixed);
        }
    }
    let monthly = |name: &str| {
        let stem = strip_extension(name, "csv")?;
        let (y, m) = stem.split_once('-')?;
        let month: u32 = if m.len() == 2 {
            m.parse().ok()?
        } else {
            return None;
        };
        (1..=12).contains(&month).then_some((year(y)?, month))
    };
    let quarterly = |name: &str| {
        let stem = strip_extension(name, "csv")?;
        let (y, q) = stem.split_once("-Q")?;
        let quarter: u32 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
        Some((year(y)?, quarter))
    };
    let yearly = |name: &str| Some((year(strip_extension(name, "csv")?)?, 0));
    for (dir, list, pattern) in [
        (
            "patrols",
            &mut files.patrols,
            &monthly as &dyn Fn(&str) -> Option<(i32, u32)>,
        ),
        ("sweeps", &mut files.sweeps, &monthly),
        ("meetings", &mut files.meetings, &monthly),
        ("inspections", &mut files.inspections, &quarterly),
        ("approvals", &mut files.approvals, &yearly),
    ] {
        for name in tree.list_dir(dir)? {
            let path = format!("{dir}/{name}");
            match pattern(&name) {
                Some((year, part)) => list.push(DatedFile { path, year, part }),
                None => files.unexpected.push(path),
            }
        }
        list.sort();
    }
    for folder in tree.list_dir("cases")? {
        let dir = format!("cases/{folder}");
        if !tree.is_dir(&dir) {
            files.unexpected.push(dir);
            continue;
        }
        for name in tree.list_dir(&dir)? {
            let path = format!("cases/{folder}/{name}");
            match strip_extension(&name, "yaml") {
                Some(id) => files.cases.push(CaseFileName {
                    path,
                    year: year(&folder),
                    id: id.to_string(),
                }),
                None => files.unexpected.push(path),
            }
        }
    }
    files.cases.sort();
    for (dir, known) in [
        ("grids", &[WORK_AREAS, ENTERPRISES, VILLAGES][..]),
        ("findings", &[DECISIONS][..]),
        ("imports", &[MANIFEST, IMPORT_RULES][..]),
    ] {
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

fn year(text: &str) -> Option<i32> {
    (text.len() == 4).then(|| text.parse().ok()).flatten()
}
