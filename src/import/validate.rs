//! The rows an import would add, judged by the checks `grid check` runs — before anything is
//! written — and each problem traced back to the spreadsheet cell the row came from, so that a
//! clerk sees `登记表.xlsx [十一月] B7`, never a line of a repository file that was not
//! written, and `--skip-bad` can set exactly those rows aside.
//!
//! A row is refused for any error of the checks, and also for the warnings that say the row
//! names the wrong people for its grid and day (a member of another village, a signer who is
//! not the village head …): in the repository those stay warnings, since a register may be
//! corrected later, but an import would otherwise credit the work to the wrong village.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rustc_hash::FxHashMap;

use crate::codes::{Code, Severity};
use crate::error::Error;
use crate::i18n::Lang;
use crate::import::mapping::Kind;
use crate::import::merge::{FileRows, keys_by_line};
use crate::import::problem::Problem;
use crate::import::rows::Converted;
use crate::import::table::cell_ref;
use crate::load::tree::Tree;
use crate::problem;

/// Warnings of `grid check` that refuse an imported row: it names people who do not hold that
/// role in that grid on that day.
pub const REFUSING_WARNINGS: &[Code] = &[
    Code::W0401,
    Code::W0402,
    Code::W0403,
    Code::W0405,
    Code::W0407,
    Code::W0415,
];

/// Where an imported row came from.
#[derive(Debug, Clone)]
pub struct Origin {
    /// The source file, by its position on the command line.
    pub source: usize,
    /// The sheet, by its position in the file.
    pub sheet: usize,
    /// The 0-based sheet row.
    pub row: u32,
    /// The sheet column (0-based) each field was read from (shared by the sheet's rows).
    pub columns: std::sync::Arc<[(&'static str, u32)]>,
}

impl Origin {
    /// The cell of `field` in this row (the row's first cell when the field has none).
    pub fn cell(&self, field: &str) -> String {
        let column = self
            .columns
            .iter()
            .find(|(f, _)| *f == field)
            .map_or(0, |(_, c)| *c);
        cell_ref(self.row, column)
    }
}

/// An imported row the checks refuse.
#[derive(Debug, Clone)]
pub struct Refusal {
    /// The repository file it would go to (as the import named it).
    pub target: String,
    /// Its key there.
    pub key: Vec<String>,
    /// Where it came from.
    pub origin: Origin,
    /// The cell at fault.
    pub cell: String,
    /// Why: the code of the check and its arguments.
    pub problem: Problem,
}

/// What the checks say about the repository with an import's rows added.
#[derive(Default)]
pub struct Judged {
    /// Imported rows refused, at their cells.
    pub refusals: Vec<Refusal>,
    /// Errors that no imported row caused (a case file a work order writes, the manifest …),
    /// as `file:line: error[CODE]: message`.
    pub elsewhere: Vec<String>,
}

/// A row dated after `today`: refused at its date cell (a year typed 2027 for 2026 is one).
pub fn after_today(row: &Converted, kind: Kind, today: NaiveDate) -> Option<Problem> {
    let at = kind.column("date")?;
    let date = crate::timefmt::parse_date(row.values.get(at)?)?;
    (date > today).then(|| problem!(E0905, date, today))
}

/// Loads the repository at `root` with `changes` in place (in memory) and runs every check;
/// problems on the lines of rows added to `files` (by target) are refusals at the cells they
/// came from. `kinds` names, for each record file the import changed (its path relative to
/// `root`), the target its rows were merged under and their kind.
pub fn judge(
    root: &Path,
    changes: &[(PathBuf, Vec<u8>)],
    kinds: &BTreeMap<String, (String, Kind)>,
    files: &BTreeMap<String, FileRows>,
    lang: Lang,
) -> Result<Judged, Error> {
    let mut judged = Judged::default();
    if changes.is_empty() {
        return Ok(judged);
    }
    let tree = Tree::with(root, changes);
    let loaded = crate::load::load_tree(&tree)?;
    let mut diagnostics = loaded.diagnostics;
    if let Some(town) = &loaded.town {
        diagnostics.extend(crate::rules::validate(town));
    }
    let mut lines = FxHashMap::default();
    for d in &diagnostics {
        let refusing = REFUSING_WARNINGS.contains(&d.code);
        if d.severity() != Severity::Error && !refusing {
            continue;
        }
        let file = loaded.sources.path(d.span.file).to_string();
        let traced =
            kinds
                .get(&file)
                .zip(tree.in_memory(&file))
                .and_then(|((target, kind), bytes)| {
                    let found = lines
                        .entry(file.clone())
                        .or_insert_with(|| keys_by_line(*kind, bytes).unwrap_or_default());
                    let key = found.keys.get(&u64::from(d.span.line))?;
                    let origin = files.get(target)?.origin(key)?;
                    let column = (d.span.col as usize)
                        .checked_sub(1)
                        .and_then(|c| found.header.get(c))
                        .map_or("", String::as_str);
                    Some(Refusal {
                        target: target.clone(),
                        key: key.clone(),
                        origin: origin.clone(),
                        cell: origin.cell(column),
                        problem: Problem {
                            code: d.code,
                            args: d.args.clone(),
                        },
                    })
                });
        match traced {
            Some(refusal) => judged.refusals.push(refusal),
            None if !refusing => judged.elsewhere.push(format!(
                "{file}:{}: error[{}]: {}",
                d.span.line,
                d.code.as_str(),
                d.message(lang)
            )),
            None => {}
        }
    }
    Ok(judged)
}
