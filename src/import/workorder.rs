//! 12345 work orders into case files: a work order whose number a case already lists is
//! skipped; one that names an earlier work order (`关联工单编号`) already in a case becomes a new
//! report on that case; any other opens a new case numbered by the town's scheme. The caller's
//! name and phone in the export are never copied: the reporter is `12345`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::Datelike;

use crate::caseops::refusal::refusal;
use crate::caseops::{self, CaseDoc, Change};
use crate::error::Error;
use crate::format::{CaseFile, ReportEntry};
use crate::i18n::Lang;
use crate::import::mapping::Kind;
use crate::import::merge::Merged;
use crate::import::problem::Problem;
use crate::import::rows::{Converted, without_spaces};
use crate::model::Town;
use crate::model::choices::{Channel, Impact};
use crate::problem;
use crate::timefmt::Stamp;

/// The columns of a work order, in the order of [`Converted::values`].
pub const COLUMNS: &[&str] = &[
    "ref",
    "parent",
    "reported_at",
    "title",
    "item",
    "grid",
    "location",
];

/// The columns of a work order that hold free text, kept as typed.
pub const FREE_TEXT: &[&str] = &["title", "location"];

/// The case files a batch of work orders creates or extends.
pub struct Pending<'t> {
    root: PathBuf,
    town: &'t Town,
    /// The cases already in the repository: read when the first work order or incident comes,
    /// so that an import of other records never reads the case files.
    known: Option<Known>,
    /// The last number used per year.
    last: BTreeMap<i32, u32>,
    /// Case files written, by id.
    docs: BTreeMap<String, CaseDoc>,
    /// The clerk's language, for why a case refuses a report.
    lang: Lang,
}

/// The cases of the repository, as work orders and incidents are placed against them.
struct Known {
    /// The registers and the cases.
    town: Town,
    /// Every work-order number a case lists, with the case.
    by_ref: BTreeMap<String, String>,
    /// Every report by a person, by reporter and time, with the case.
    reported: BTreeMap<(String, chrono::NaiveDateTime), String>,
}

impl Known {
    /// Reads the cases of the repository at `root`.
    fn read(root: &Path) -> Result<Known, Problem> {
        let town = crate::load::load_registers_and_cases(root)
            .map_err(|e| problem!(E0106, e.to_string()))?
            .town
            .ok_or_else(|| problem!(E0106, crate::layout::CASES))?;
        let (mut by_ref, mut reported) = (BTreeMap::new(), BTreeMap::new());
        for (ix, case) in town.cases.iter() {
            let id = town.cases.ids.name(ix).to_string();
            for report in &case.reports {
                if let Some(r) = &report.reference {
                    by_ref.insert(r.clone(), id.clone());
                }
                if let crate::model::case::Party::Person(p) = report.by {
                    reported.insert((town.people.id(p).to_string(), report.at), id.clone());
                }
            }
        }
        Ok(Known {
            town,
            by_ref,
            reported,
        })
    }

    /// `known`, read from `root` the first time.
    fn of<'k>(known: &'k mut Option<Known>, root: &Path) -> Result<&'k mut Known, Problem> {
        let read = match known.take() {
            Some(read) => read,
            None => Known::read(root)?,
        };
        Ok(known.insert(read))
    }
}

impl<'t> Pending<'t> {
    /// Starts from the cases of the repository at `root`, whose registers `town` holds.
    pub fn new(root: &Path, town: &'t Town, lang: Lang) -> Pending<'t> {
        Pending {
            root: root.to_path_buf(),
            town,
            known: None,
            last: BTreeMap::new(),
            docs: BTreeMap::new(),
            lang,
        }
    }

    /// Places one converted work order.
    pub fn place(&mut self, row: &Converted) -> Result<Merged, Problem> {
        let get = |f: &str| {
            Kind::WorkOrder
                .column(f)
                .map_or("", |i| row.values[i].as_str())
        };
        let reference = get("ref").to_string();
        let known = Known::of(&mut self.known, &self.root)?;
        if known.by_ref.contains_key(&reference) {
            return Ok(Merged::Skipped);
        }
        let parent = known.by_ref.get(get("parent")).cloned();
        let at = crate::timefmt::parse_stamp(get("reported_at"))
            .ok_or_else(|| problem!(E0112, get("reported_at")))?;
        let report = ReportEntry {
            at: Stamp(at),
            by: "12345".to_string(),
            channel: Channel::Hotline12345,
            reference: Some(reference.clone()),
        };
        if let Some(case) = parent {
            self.add_report(&case, report, false)?;
            Known::of(&mut self.known, &self.root)?
                .by_ref
                .insert(reference, case);
            return Ok(Merged::Added);
        }
        // The item is a code of catalog.yaml: the row's conversion resolved it.
        let title = match get("title") {
            "" => format!("12345工单 {reference}"),
            t => t.chars().take(60).collect(),
        };
        let id = self.open(Incident {
            item: get("item").to_string(),
            grid: get("grid").to_string(),
            location: Some(get("location").to_string()).filter(|l| !l.is_empty()),
            title,
            discovered_at: at,
            report,
        })?;
        Known::of(&mut self.known, &self.root)?
            .by_ref
            .insert(reference, id);
        Ok(Merged::Added)
    }

    /// Places an incident reported in a chat: skipped when a case already holds the same
    /// report (same time, reporter and channel); another report of the open case of the same
    /// item and village (and place, when both name one), moving its discovery earlier when the
    /// report comes first; else a new case. Returns the case's id.
    pub fn incident(&mut self, incident: Incident) -> Result<(Merged, String), Problem> {
        let key = (incident.report.by.clone(), incident.report.at.0);
        let known = Known::of(&mut self.known, &self.root)?;
        if let Some(case) = known.reported.get(&key) {
            return Ok((Merged::Skipped, case.clone()));
        }
        let case = match open_case_of(known, &self.docs, &incident) {
            Some(case) => {
                self.add_report(&case, incident.report, true)?;
                case
            }
            None => self.open(incident)?,
        };
        Known::of(&mut self.known, &self.root)?
            .reported
            .insert(key, case.clone());
        Ok((Merged::Added, case))
    }

    /// Adds `report` to `case`; with `earlier_discovers`, a report before the case's
    /// discovery moves the discovery to it (the incident was known then).
    fn add_report(
        &mut self,
        case: &str,
        report: ReportEntry,
        earlier_discovers: bool,
    ) -> Result<(), Problem> {
        let mut doc = match self.docs.remove(case) {
            Some(doc) => doc,
            None => caseops::read(&self.root, case).map_err(|e| refused(case, e))?,
        };
        if earlier_discovers && report.at.0 < doc.file.discovered_at.0 {
            doc.file.discovered_at = report.at;
            doc.text = caseops::edit::set_scalar(
                &doc.text,
                "discovered_at",
                &crate::timefmt::format_stamp(report.at.0),
                "reports",
            );
        }
        let change = Change {
            report: Some(report.clone()),
            ..Change::default()
        };
        let text = caseops::apply(&doc, &change)
            .map_err(|e| refused(case, e))?
            .map_err(|why| refused(case, refusal(&why, case, self.lang)))?;
        doc.file.reports.push(report);
        doc.text = text;
        self.docs.insert(case.to_string(), doc);
        Ok(())
    }

    /// Opens a new case numbered by the town's scheme; a blank grid is the town's.
    fn open(&mut self, incident: Incident) -> Result<String, Problem> {
        let year = incident.report.at.0.year();
        let id = self
            .next_id(year)
            .map_err(|e| refused(&incident.title, e))?;
        let file = CaseFile {
            id: id.clone(),
            title: incident.title,
            item: incident.item,
            // No village named: a matter of the town as a whole.
            grid: Some(if incident.grid.is_empty() {
                self.town.grids.id(self.town.info.grid).to_string()
            } else {
                incident.grid
            }),
            location: incident.location,
            discovered_at: Stamp(incident.discovered_at),
            impact: Impact::None,
            duplicate_of: None,
            approval: None,
            sensitive: None,
            confidential: false,
            reports: vec![incident.report],
            events: Vec::new(),
            disclosure: None,
        };
        let text = caseops::new_text(&self.root, &file).map_err(|e| refused(&id, e))?;
        self.docs.insert(
            id.clone(),
            CaseDoc {
                path: caseops::path_of(&self.root, &id),
                text,
                file,
            },
        );
        Ok(id)
    }

    fn next_id(&mut self, year: i32) -> Result<String, Error> {
        let town_grid = self.town.grids.id(self.town.info.grid);
        let n = match self.last.get(&year) {
            Some(n) => n + 1,
            None => {
                let first = caseops::next_id(&self.root, town_grid, year)?;
                first
                    .rsplit('-')
                    .next()
                    .and_then(|n| n.parse().ok())
                    .unwrap_or(1)
            }
        };
        self.last.insert(year, n);
        Ok(format!("{town_grid}-{year}-{n:04}"))
    }

    /// The files to write: each new or extended case file with its text.
    pub fn changes(&self) -> Vec<(PathBuf, String)> {
        self.docs
            .values()
            .map(|doc| (doc.path.clone(), doc.text.clone()))
            .collect()
    }
}

/// The open case of the incident's item and village whose place agrees (one contains the
/// other, or either names none); the latest discovered when several.
fn open_case_of(
    known: &Known,
    docs: &BTreeMap<String, CaseDoc>,
    incident: &Incident,
) -> Option<String> {
    let town = &known.town;
    let agrees = |location: Option<&str>| match (location, incident.location.as_deref()) {
        (Some(a), Some(b)) => {
            let (a, b) = (without_spaces(a), without_spaces(b));
            a.contains(&b) || b.contains(&a)
        }
        _ => true,
    };
    let on_disk = town.cases.iter().filter_map(|(ix, case)| {
        let id = town.cases.ids.name(ix);
        let same = !docs.contains_key(id)
            && case.state().is_open()
            && case.item.map(|i| town.catalog.ids.name(i)) == Some(incident.item.as_str())
            && case.grid.map(|g| town.grids.id(g)) == Some(incident.grid.as_str())
            && agrees(case.location.as_deref());
        same.then_some((case.discovered_at, id.to_string()))
    });
    let pending = docs.values().filter_map(|doc| {
        let f = &doc.file;
        let same = caseops::state(f).state().is_open()
            && f.item == incident.item
            && f.grid.as_deref() == Some(incident.grid.as_str())
            && agrees(f.location.as_deref());
        same.then_some((f.discovered_at.0, f.id.clone()))
    });
    on_disk.chain(pending).max().map(|(_, id)| id)
}

/// An incident reported in a chat message or a line of the review workbook.
#[derive(Clone, Debug)]
pub struct Incident {
    /// The catalog item's code.
    pub item: String,
    /// The village's id (empty: the town).
    pub grid: String,
    /// Where exactly.
    pub location: Option<String>,
    /// The case's title, if it opens one.
    pub title: String,
    /// When it was discovered.
    pub discovered_at: chrono::NaiveDateTime,
    /// The report.
    pub report: ReportEntry,
}

/// Why a work order cannot be added to `case`.
fn refused(case: &str, why: impl std::fmt::Display) -> Problem {
    problem!(E0908, case, why)
}
