//! Where every file of a town repository lives: the one place that names its folders and
//! makes its file names. Discovery, the wrong-file check, the duties' missing places, the
//! import's targets, `grid log`, the audit, the export, the synthesiser and the case commands
//! all ask here; `tests/layout.rs` fails if any other source file names a record folder or
//! builds a record file name.

use chrono::{Datelike, NaiveDate};

/// The town: its name, offices and policy.
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

/// Every fixed file, in the order they are read.
pub const FIXED: &[&str] = &[
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
];

/// The fixed files that must exist.
pub const REQUIRED: &[&str] = &[
    TOWN,
    CATALOG,
    ENFORCEMENT,
    CALENDAR,
    WORK_AREAS,
    VILLAGES,
    ROSTER,
];

/// The folder of the grid registers.
pub const GRIDS: &str = "grids";

/// The folders of fixed files, each with the files it may hold.
pub const FIXED_FOLDERS: &[(&str, &[&str])] = &[
    (GRIDS, &[WORK_AREAS, ENTERPRISES, VILLAGES]),
    ("findings", &[DECISIONS]),
    ("imports", &[MANIFEST, IMPORT_RULES]),
];

/// The folder of case files, one subfolder per year.
pub const CASES: &str = "cases";

/// How much time one file of a dated register holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spread {
    /// `2026-11.csv`.
    Month,
    /// `2026-Q4.csv`.
    Quarter,
    /// `2026.csv`.
    Year,
}

/// A register of dated records: one CSV file per month, quarter or year in its own folder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dated {
    /// `patrols/YYYY-MM.csv`.
    Patrols,
    /// `sweeps/YYYY-MM.csv`.
    Sweeps,
    /// `meetings/YYYY-MM.csv`.
    Meetings,
    /// `inspections/YYYY-Qn.csv`.
    Inspections,
    /// `approvals/YYYY.csv`.
    Approvals,
}

impl Dated {
    /// Every dated register.
    pub const ALL: [Dated; 5] = [
        Dated::Patrols,
        Dated::Sweeps,
        Dated::Meetings,
        Dated::Inspections,
        Dated::Approvals,
    ];

    /// Its folder, which is also its name in exports and the audit.
    pub fn folder(self) -> &'static str {
        match self {
            Dated::Patrols => "patrols",
            Dated::Sweeps => "sweeps",
            Dated::Meetings => "meetings",
            Dated::Inspections => "inspections",
            Dated::Approvals => "approvals",
        }
    }

    /// How much time one file holds.
    pub fn spread(self) -> Spread {
        match self {
            Dated::Patrols | Dated::Sweeps | Dated::Meetings => Spread::Month,
            Dated::Inspections => Spread::Quarter,
            Dated::Approvals => Spread::Year,
        }
    }

    /// The register a path relative to the root is in (by its folder).
    pub fn of_path(path: &str) -> Option<Dated> {
        let folder = path.split('/').next()?;
        Dated::ALL.into_iter().find(|d| d.folder() == folder)
    }

    /// The file that holds the records of `day`: `patrols/2026-11.csv`.
    pub fn file_of(self, day: NaiveDate) -> String {
        self.file_named(day.year(), self.part_of(day))
    }

    /// The file of `year` and `part` (as [`Dated::part_of`] gives it), from the root.
    pub fn file_named(self, year: i32, part: u32) -> String {
        format!("{}/{}", self.folder(), self.name_of(year, part))
    }

    /// The part of the year `day` is in: its month, its quarter, or 0 for a yearly file.
    pub fn part_of(self, day: NaiveDate) -> u32 {
        match self.spread() {
            Spread::Month => day.month(),
            Spread::Quarter => day.month0() / 3 + 1,
            Spread::Year => 0,
        }
    }

    /// The file name of `year` and `part` (as [`Dated::part_of`] gives it).
    pub fn name_of(self, year: i32, part: u32) -> String {
        match self.spread() {
            Spread::Month => format!("{year}-{part:02}.csv"),
            Spread::Quarter => format!("{year}-Q{part}.csv"),
            Spread::Year => format!("{year}.csv"),
        }
    }

    /// The year and part a file name of this register gives (`2026-11.csv`, `2026-Q4.csv`,
    /// `2026.csv`; the extension in any case), or `None` for a name that is not one.
    pub fn parse(self, name: &str) -> Option<(i32, u32)> {
        let stem = strip_extension(name, "csv")?;
        match self.spread() {
            Spread::Month => {
                let (y, m) = stem.split_once('-')?;
                let month: u32 = (m.len() == 2).then(|| m.parse().ok()).flatten()?;
                (1..=12).contains(&month).then_some((year(y)?, month))
            }
            Spread::Quarter => {
                let (y, q) = stem.split_once("-Q")?;
                let quarter: u32 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
                Some((year(y)?, quarter))
            }
            Spread::Year => Some((year(stem)?, 0)),
        }
    }
}

/// The year folder of case files: `cases/2026`.
pub fn case_folder(year: &str) -> String {
    format!("{CASES}/{year}")
}

/// The case file of `id`, in the folder of the year its id names (`QS-2026-0001` →
/// `cases/2026/QS-2026-0001.yaml`).
pub fn case_file(id: &str) -> String {
    let year = id.rsplit('-').nth(1).unwrap_or("0000");
    format!("{}/{id}.yaml", case_folder(year))
}

/// Whether `path` (relative to the root) is in the case folder.
pub fn is_case_path(path: &str) -> bool {
    in_folder(path, CASES)
}

/// Whether `path` (relative to the root) is in `folder` or below.
pub fn in_folder(path: &str, folder: &str) -> bool {
    path.strip_prefix(folder)
        .is_some_and(|rest| rest.starts_with('/'))
}

/// The id a case file's name gives (`QS-2026-0001.yaml`, the extension in any case).
pub fn case_id_of(name: &str) -> Option<&str> {
    strip_extension(name, "yaml")
}

/// `name` without its extension `.ext`, matched without regard to case: a file saved on
/// Windows as `2026-11.CSV` is the same record file as `2026-11.csv`.
pub fn strip_extension<'a>(name: &'a str, ext: &str) -> Option<&'a str> {
    let at = name.len().checked_sub(ext.len() + 1)?;
    let (stem, dot_ext) = (name.get(..at)?, name.get(at..)?);
    (dot_ext.starts_with('.') && dot_ext[1..].eq_ignore_ascii_case(ext)).then_some(stem)
}

fn year(text: &str) -> Option<i32> {
    (text.len() == 4).then(|| text.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_has_one_file_per_register_and_its_name_reads_back() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let files: Vec<String> = Dated::ALL.iter().map(|d| d.file_of(day)).collect();
        assert_eq!(
            files,
            [
                "patrols/2026-11.csv",
                "sweeps/2026-11.csv",
                "meetings/2026-11.csv",
                "inspections/2026-Q4.csv",
                "approvals/2026.csv"
            ]
        );
        for d in Dated::ALL {
            let file = d.file_of(day);
            let (folder, name) = file.split_once('/').unwrap();
            assert_eq!(Dated::of_path(&file), Some(d));
            assert_eq!(folder, d.folder());
            assert_eq!(d.parse(name), Some((2026, d.part_of(day))));
            assert_eq!(d.parse(&name.to_uppercase()), d.parse(name));
        }
        assert_eq!(Dated::Patrols.parse("2026-13.csv"), None);
        assert_eq!(Dated::Patrols.parse("2026-1.csv"), None);
        assert_eq!(Dated::Inspections.parse("2026-Q5.csv"), None);
        assert_eq!(Dated::Approvals.parse("26.csv"), None);
    }

    #[test]
    fn case_files_are_in_the_folder_of_their_year() {
        assert_eq!(case_file("QS-2026-0001"), "cases/2026/QS-2026-0001.yaml");
        assert!(is_case_path("cases/2026/QS-2026-0001.yaml"));
        assert!(!is_case_path("casesx/a.yaml") && !is_case_path("cases"));
        assert_eq!(case_id_of("QS-2026-0001.YAML"), Some("QS-2026-0001"));
    }
}
