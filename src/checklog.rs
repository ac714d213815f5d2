//! The record of morning checks (`grid check --record`): `.grid/checks.csv` in the repository,
//! one row per recorded check — when, and what it counted — committed like other records, so
//! the office's history shows when the check was done. `--since-check` measures "new" from the
//! last row. Optional: nothing else reads or needs it.

use std::path::Path;

use chrono::NaiveDateTime;

use crate::error::Error;
use crate::timefmt::{format_stamp, parse_stamp};
use crate::write::Staged;

/// The file, relative to the repository root.
pub const PATH: &str = ".grid/checks.csv";

const HEADER: &str = "at,errors,open,new,due_soon,done_late\n";

/// What one check counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CheckRow {
    /// The moment checked as of.
    pub at: NaiveDateTime,
    /// Data errors.
    pub errors: usize,
    /// Open overdue items (new ones included).
    pub open: usize,
    /// New items.
    pub new: usize,
    /// Items due soon.
    pub due_soon: usize,
    /// Items done late.
    pub done_late: usize,
}

/// The moment of the last recorded check, if any row of the file can be read.
pub fn last(root: &Path) -> Option<NaiveDateTime> {
    let text = std::fs::read_to_string(root.join(PATH)).ok()?;
    text.lines()
        .rev()
        .filter_map(|line| parse_stamp(line.split(',').next()?.trim()))
        .next()
}

/// Appends a row (writing the header first when the file is new), atomically.
pub fn append(root: &Path, row: CheckRow) -> Result<(), Error> {
    let path = root.join(PATH);
    let mut text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => HEADER.to_string(),
        Err(e) => return Err(Error::io(&path, e)),
    };
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(&format!(
        "{},{},{},{},{},{}\n",
        format_stamp(row.at),
        row.errors,
        row.open,
        row.new,
        row.due_soon,
        row.done_late
    ));
    crate::write::inside(root, &path)?;
    let mut staged = Staged::default();
    staged.add(&path, text.as_bytes())?;
    staged.commit()
}
