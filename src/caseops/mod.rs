//! Moving a case file along: finding it, numbering a new one, and applying an event so that the
//! state machine is obeyed and everything else the file held stays as it was.

pub mod edit;
pub mod refusal;

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;

use crate::error::Error;
use crate::format::{CaseFile, DisclosureEntry, EventEntry, ReportEntry};
use crate::model::case::{Machine, State, fixed_but_ongoing};
use crate::model::choices::{Action, Impact};
use crate::schema;
use crate::yamlout;

/// A case file as read from disk.
#[derive(Debug, Clone)]
pub struct CaseDoc {
    /// Where it is.
    pub path: PathBuf,
    /// Its text.
    pub text: String,
    /// Its content.
    pub file: CaseFile,
}

/// The path of case `id` (in the folder of the year its id names).
pub fn path_of(root: &Path, id: &str) -> PathBuf {
    root.join(crate::layout::case_file(id))
}

/// Reads case `id`.
pub fn read(root: &Path, id: &str) -> Result<CaseDoc, Error> {
    let path = path_of(root, id);
    let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
    let file: CaseFile = serde_yaml::from_str(&text)
        .map_err(|e| Error::Usage(format!("{}: {e} (run `grid check`)", path.display())))?;
    Ok(CaseDoc { path, text, file })
}

/// The next free id of the town's scheme for `year`: `<grid>-<year>-NNNN`.
pub fn next_id(root: &Path, town_grid: &str, year: i32) -> Result<String, Error> {
    let dir = root.join(crate::layout::case_folder(&year.to_string()));
    let prefix = format!("{town_grid}-{year}-");
    let mut highest = 0u32;
    match std::fs::read_dir(&dir) {
        Ok(entries) => {
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                if let Some(n) = name
                    .strip_prefix(&prefix)
                    .and_then(crate::layout::case_id_of)
                    .and_then(|n| n.parse::<u32>().ok())
                {
                    highest = highest.max(n);
                }
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(Error::io(&dir, e)),
    }
    Ok(format!("{prefix}{:04}", highest + 1))
}

/// The text of a new case file of the town at `root`, with its schema line.
pub fn new_text(root: &Path, file: &CaseFile) -> Result<String, Error> {
    let body = yamlout::to_string(file).map_err(|e| Error::Usage(e.to_string()))?;
    let header = schema::header(&crate::layout::case_file(&file.id), root);
    Ok(format!("{header}{body}"))
}

/// What a command changes in a case.
#[derive(Debug, Clone, Default)]
pub struct Change {
    /// An event to append.
    pub event: Option<EventEntry>,
    /// A report to append.
    pub report: Option<ReportEntry>,
    /// The lead case to record in `duplicate_of`.
    pub duplicate_of: Option<String>,
    /// The impact to record.
    pub impact: Option<Impact>,
    /// The disclosure to record.
    pub disclosure: Option<DisclosureEntry>,
}

/// Why a change was refused.
#[derive(Debug, Clone, PartialEq)]
pub enum Refused {
    /// The state machine does not allow the action now.
    NotAllowed {
        /// The case's state.
        state: State,
        /// The action asked for.
        action: Action,
        /// What is allowed.
        allowed: Vec<Action>,
    },
    /// The event would come before the last one.
    BeforeLast {
        /// The event's time.
        at: NaiveDateTime,
        /// The last event's time.
        last: NaiveDateTime,
    },
    /// The event would come before the case was first reported.
    BeforeReport {
        /// The event's time.
        at: NaiveDateTime,
        /// The first report's time.
        first: NaiveDateTime,
    },
    /// A close as fixed while the impact goes on.
    FixedButOngoing,
    /// The event or report would come before the incident was discovered.
    BeforeDiscovery {
        /// The time given.
        at: NaiveDateTime,
        /// The discovery time.
        discovered: NaiveDateTime,
    },
}

/// The case's state from its file.
pub fn state(file: &CaseFile) -> Machine {
    let mut machine = Machine::default();
    for e in &file.events {
        let _refused_ones_are_reported_by_check = machine.apply(e.action);
    }
    machine
}

/// Applies `change` to the case, returning the new text; the text outside the touched parts
/// is kept byte for byte.
pub fn apply(doc: &CaseDoc, change: &Change) -> Result<Result<String, Refused>, Error> {
    let discovered = doc.file.discovered_at.0;
    let mut text = doc.text.clone();
    if let Some(report) = &change.report {
        if report.at.0 < discovered {
            return Ok(Err(Refused::BeforeDiscovery {
                at: report.at.0,
                discovered,
            }));
        }
        let item = yamlout::list_item(report, 0).map_err(|e| Error::Usage(e.to_string()))?;
        text = edit::append_to_list(&text, "reports", &item);
    }
    if let Some(event) = &change.event {
        let mut machine = state(&doc.file);
        let before = machine.state();
        if let Err(allowed) = machine.apply(event.action) {
            return Ok(Err(Refused::NotAllowed {
                state: before,
                action: event.action,
                allowed,
            }));
        }
        if event.at.0 < discovered {
            return Ok(Err(Refused::BeforeDiscovery {
                at: event.at.0,
                discovered,
            }));
        }
        if let Some(first) = doc.file.reports.iter().map(|r| r.at.0).min()
            && event.at.0 < first
        {
            return Ok(Err(Refused::BeforeReport {
                at: event.at.0,
                first,
            }));
        }
        let impact = change.impact.or(event.impact);
        if event.action == Action::Closed && fixed_but_ongoing(event.outcome, impact) {
            return Ok(Err(Refused::FixedButOngoing));
        }
        if let Some(last) = doc.file.events.last().map(|e| e.at.0)
            && event.at.0 < last
        {
            return Ok(Err(Refused::BeforeLast {
                at: event.at.0,
                last,
            }));
        }
        let item = yamlout::list_item(event, 0).map_err(|e| Error::Usage(e.to_string()))?;
        text = edit::append_to_list(&text, "events", &item);
    }
    if let Some(lead) = &change.duplicate_of {
        text = edit::set_scalar(&text, "duplicate_of", &yamlout::scalar(lead), "reports");
    }
    if let Some(impact) = change.impact {
        text = edit::set_scalar(&text, "impact", impact.as_str(), "reports");
    }
    if let Some(disclosure) = &change.disclosure {
        let rendered = yamlout::to_string(&serde_yaml::Mapping::from_iter([(
            serde_yaml::Value::from("disclosure"),
            serde_yaml::to_value(disclosure).map_err(|e| Error::Usage(e.to_string()))?,
        )]))
        .map_err(|e| Error::Usage(e.to_string()))?;
        text = edit::set_block(&text, "disclosure", &rendered);
    }
    serde_yaml::from_str::<CaseFile>(&text).map_err(|e| {
        Error::Usage(format!(
            "{}: the edited case would not read back ({e}); nothing was written",
            doc.path.display()
        ))
    })?;
    Ok(Ok(text))
}
