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
use crate::import::merge::Merged;
use crate::import::problem::Problem;
use crate::import::rows::Converted;
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
    /// Every work-order number a case lists, with the case.
    by_ref: BTreeMap<String, String>,
    /// The last number used per year.
    last: BTreeMap<i32, u32>,
    /// Case files written, by id.
    docs: BTreeMap<String, CaseDoc>,
    /// The clerk's language, for why a case refuses a report.
    lang: Lang,
}

impl<'t> Pending<'t> {
    /// Starts from the cases of the repository at `root`.
    pub fn new(root: &Path, town: &'t Town, lang: Lang) -> Pending<'t> {
        let mut by_ref = BTreeMap::new();
        for (ix, case) in town.cases.iter() {
            for report in &case.reports {
                if let Some(r) = &report.reference {
                    by_ref.insert(r.clone(), town.cases.ids.name(ix).to_string());
                }
            }
        }
        Pending {
            root: root.to_path_buf(),
            town,
            by_ref,
            last: BTreeMap::new(),
            docs: BTreeMap::new(),
            lang,
        }
    }

    /// Places one converted work order.
    pub fn place(&mut self, row: &Converted) -> Result<Merged, Problem> {
        let get = |f: &str| {
            COLUMNS
                .iter()
                .position(|c| *c == f)
                .map_or("", |i| row.values[i].as_str())
        };
        let reference = get("ref").to_string();
        if self.by_ref.contains_key(&reference) {
            return Ok(Merged::Skipped);
        }
        let at = crate::timefmt::parse_stamp(get("reported_at"))
            .ok_or_else(|| problem!(E0112, get("reported_at")))?;
        let report = ReportEntry {
            at: Stamp(at),
            by: "12345".to_string(),
            channel: Channel::Hotline12345,
            reference: Some(reference.clone()),
        };
        if let Some(case) = self.by_ref.get(get("parent")).cloned() {
            let doc = match self.docs.remove(&case) {
                Some(doc) => doc,
                None => caseops::read(&self.root, &case).map_err(|e| refused(&case, e))?,
            };
            let change = Change {
                report: Some(report.clone()),
                ..Change::default()
            };
            let text = caseops::apply(&doc, &change)
                .map_err(|e| refused(&case, e))?
                .map_err(|why| refused(&case, refusal(&why, &case, self.lang)))?;
            let mut file = doc.file;
            file.reports.push(report);
            self.docs.insert(
                case.clone(),
                CaseDoc {
                    path: doc.path,
                    text,
                    file,
                },
            );
            self.by_ref.insert(reference, case);
            return Ok(Merged::Added);
        }
        // The item is a code of catalog.yaml: the row's conversion resolved it.
        let item = get("item").to_string();
        let year = at.year();
        let id = self.next_id(year).map_err(|e| refused(&reference, e))?;
        let title = match get("title") {
            "" => format!("12345工单 {reference}"),
            t => t.chars().take(60).collect(),
        };
        let file = CaseFile {
            id: id.clone(),
            title,
            item,
            // No village named: a matter of the town as a whole.
            grid: Some(match get("grid") {
                "" => self.town.grids.id(self.town.info.grid).to_string(),
                village => village.to_string(),
            }),
            location: Some(get("location").to_string()).filter(|l| !l.is_empty()),
            discovered_at: Stamp(at),
            impact: Impact::None,
            duplicate_of: None,
            approval: None,
            sensitive: None,
            confidential: false,
            reports: vec![report],
            events: Vec::new(),
            disclosure: None,
        };
        let text = caseops::new_text(&file).map_err(|e| refused(&id, e))?;
        self.docs.insert(
            id.clone(),
            CaseDoc {
                path: caseops::path_of(&self.root, &id),
                text,
                file,
            },
        );
        self.by_ref.insert(reference, id);
        Ok(Merged::Added)
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

/// Why a work order cannot be added to `case`.
fn refused(case: &str, why: impl std::fmt::Display) -> Problem {
    problem!(E0908, case, why)
}
