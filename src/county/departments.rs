//! Departments are the county's: every department a town's `enforcement.yaml` names must be in
//! `county.yaml` under the same id and name (E1001, E1002, E1004).

use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::format::DepartmentEntry;
use crate::model::Town;

/// A department of a town that the county does not know as written: the town's id and name,
/// where it is defined (line, column of the town's enforcement.yaml) and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mismatch {
    /// The id the town writes.
    pub id: String,
    /// The name the town writes.
    pub name: String,
    /// Line and column in the town's `enforcement.yaml`.
    pub at: (u32, u32),
    /// What the county has instead.
    pub problem: Problem,
}

/// How a town's department differs from the county's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Neither the id nor the name is the county's.
    Unknown,
    /// The county has the name under another id.
    OtherId(String),
    /// The county has the id under another name.
    OtherName(String),
}

/// The departments of `town` that are not the county's as written.
pub fn mismatches(town: &Town, county: &[DepartmentEntry]) -> Vec<Mismatch> {
    let mut out = Vec::new();
    let ids = &town.enforcement.department_ids;
    for (ix, d) in ids.iter().zip(&town.enforcement.departments) {
        let id = ids.name(ix).to_string();
        let problem = match county.iter().find(|c| c.id == id) {
            Some(c) if c.name == d.name => continue,
            Some(c) => Problem::OtherName(c.name.clone()),
            None => match county.iter().find(|c| c.name == d.name) {
                Some(c) => Problem::OtherId(c.id.clone()),
                None => Problem::Unknown,
            },
        };
        out.push(Mismatch {
            id,
            name: d.name.clone(),
            at: (d.span.line, d.span.col),
            problem,
        });
    }
    out
}

/// The mismatches as diagnostics at the town's `enforcement.yaml`, named from the county root.
pub fn diagnostics(
    county: &mut super::County,
    town_dir: &Path,
    found: &[Mismatch],
    out: &mut Vec<Diagnostic>,
) {
    for m in found {
        let span = county.town_span(town_dir, crate::layout::ENFORCEMENT, m.at.0, m.at.1);
        match &m.problem {
            Problem::Unknown => crate::diag!(out, E1001, span, m.id.as_str(), m.name.as_str()),
            Problem::OtherId(id) => {
                crate::diag!(
                    out,
                    E1004,
                    span,
                    m.id.as_str(),
                    m.name.as_str(),
                    id.as_str()
                )
            }
            Problem::OtherName(name) => {
                crate::diag!(
                    out,
                    E1002,
                    span,
                    m.id.as_str(),
                    name.as_str(),
                    m.name.as_str()
                )
            }
        }
    }
}
