//! The typed domain: a [`Town`] built once from the repository, with ids interned and indexes
//! ready. No IO happens here; the loader builds it, the rules read it.

pub mod case;
pub mod choices;
pub mod cut;
pub mod grid;
pub mod ids;
pub mod people;
pub mod records;
pub mod registry;

use chrono::NaiveDate;
use rustc_hash::FxHashMap;

use crate::diagnostic::Span;
use crate::format::Policy;
use crate::source::FileId;

use case::Cases;
use grid::GridIx;
use grid::Grids;
use people::PersonIx;
use people::{People, Roster};
use records::{Approvals, Decision, ImportRecord, Inspection, Meeting, Patrol, RecordRef, Sweep};
use registry::{Calendar, Catalog, Enforcement, TownInfo};

/// A whole town repository, loaded.
#[derive(Debug)]
pub struct Town {
    /// The CSV column of each field, per file (for pointing at a field of a row).
    pub columns: FxHashMap<FileId, Vec<(&'static str, u32)>>,
    /// `town.yaml` without its policy.
    pub info: TownInfo,
    /// `town.yaml` `policy:`.
    pub policy: Policy,
    /// `catalog.yaml`.
    pub catalog: Catalog,
    /// `enforcement.yaml`.
    pub enforcement: Enforcement,
    /// `calendar.yaml`.
    pub calendar: Calendar,
    /// `town.yaml` and `grids/*.yaml`.
    pub grids: Grids,
    /// The people of `roster.csv`.
    pub people: People,
    /// The rows of `roster.csv`.
    pub roster: Roster,
    /// `patrols/*.csv`, sorted by date, grid, member.
    pub patrols: Vec<Patrol>,
    /// `sweeps/*.csv`, sorted by date and grid.
    pub sweeps: Vec<Sweep>,
    /// `meetings/*.csv`, sorted by date, kind and grid.
    pub meetings: Vec<Meeting>,
    /// `inspections/*.csv`, sorted by date and work area.
    pub inspections: Vec<Inspection>,
    /// `approvals/*.csv`.
    pub approvals: Approvals,
    /// `cases/*/*.yaml`.
    pub cases: Cases,
    /// `findings/decisions.yaml`.
    pub decisions: Vec<Decision>,
    /// `imports/manifest.csv`.
    pub imports: Vec<ImportRecord>,
    /// The register files (patrols, sweeps, meetings, inspections) that could not be read to
    /// their end, by path: what they hold is unknown, so no duty of their period is judged
    /// missed and no reference into them is called dangling.
    pub unread: rustc_hash::FxHashSet<String>,
}

impl Town {
    /// Whether the register file at `path` could not be read to its end.
    pub fn is_unread(&self, path: &str) -> bool {
        !self.unread.is_empty()
            && (self.unread.contains(path)
                || self.unread.iter().any(|u| u.eq_ignore_ascii_case(path)))
    }

    /// The span of a named field of a CSV row (the row's span where the file has no such
    /// column).
    pub fn field(&self, row: Span, field: &str) -> Span {
        let col = self
            .columns
            .get(&row.file)
            .and_then(|cols| cols.iter().find(|(name, _)| *name == field))
            .map_or(0, |(_, col)| *col);
        row.at_col(col)
    }

    /// The patrol row of `member` on `date` (patrols are sorted by date and member).
    pub fn patrol(&self, date: NaiveDate, member: PersonIx) -> Option<&Patrol> {
        self.patrols
            .binary_search_by_key(&(date, member), |p| (p.date, p.member))
            .ok()
            .map(|i| &self.patrols[i])
    }

    /// The joint inspection of work area `area` on `date`.
    pub fn inspection(&self, date: NaiveDate, area: GridIx) -> Option<&Inspection> {
        self.inspections
            .iter()
            .find(|i| i.date == date && i.work_area == area)
    }

    /// The key a record reference is written with (`patrol:DATE:PERSON`,
    /// `inspection:DATE:AREA`, `case:ID`).
    pub fn record_key(&self, link: RecordRef) -> String {
        match link {
            RecordRef::Patrol(d, p) => format!("patrol:{d}:{}", self.people.id(p)),
            RecordRef::Inspection(d, g) => format!("inspection:{d}:{}", self.grids.id(g)),
            RecordRef::Case(c) => format!("case:{}", self.cases.ids.name(c)),
        }
    }

    /// The first and last day that any dated record mentions.
    pub fn data_period(&self) -> Option<(NaiveDate, NaiveDate)> {
        let dates = self
            .patrols
            .iter()
            .map(|p| p.date)
            .chain(self.sweeps.iter().map(|s| s.date))
            .chain(self.meetings.iter().map(|m| m.date))
            .chain(self.inspections.iter().map(|i| i.date))
            .chain(self.cases.iter().map(|(_, c)| c.discovered_at.date()));
        dates.fold(None, |acc, d| match acc {
            None => Some((d, d)),
            Some((lo, hi)) => Some((lo.min(d), hi.max(d))),
        })
    }
}
