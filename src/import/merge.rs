//! Merging imported rows into the repository's files: rows already present are skipped, a row
//! that contradicts one already there is refused, new rows are added, and each file is
//! written back sorted by key so that a diff shows only what was added.

use std::collections::BTreeMap;
use std::path::Path;

use crate::import::mapping::Kind;
use crate::import::rows::{Converted, key_columns};

/// One file's rows, as they will be written.
#[derive(Debug, Clone)]
pub struct FileRows {
    /// The kind of the file.
    pub kind: Kind,
    /// Rows by key.
    pub rows: BTreeMap<Vec<String>, Vec<String>>,
    /// Whether rows were added.
    pub changed: bool,
}

/// What happened to an imported row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Added.
    Added,
    /// Already there, the same.
    Skipped,
    /// Already there, different: the differing columns.
    Conflict(Vec<String>),
}

/// Reads a file of the repository into rows keyed like imported ones.
pub fn read_file(root: &Path, kind: Kind, relative: &str) -> Result<FileRows, String> {
    let mut rows = BTreeMap::new();
    let path = root.join(relative);
    if path.exists() {
        let bytes = std::fs::read(&path).map_err(|e| format!("{relative}: {e}"))?;
        let text =
            crate::load::text::decode(bytes).map_err(|_| format!("{relative}: binary data"))?;
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .from_reader(text.as_bytes());
        let header: Vec<String> = reader
            .headers()
            .map_err(|e| format!("{relative}: {e}"))?
            .iter()
            .map(|h| h.trim().to_string())
            .collect();
        for record in reader.records() {
            let record = record.map_err(|e| format!("{relative}: {e}"))?;
            let values: Vec<String> = kind
                .columns()
                .iter()
                .map(|c| {
                    header
                        .iter()
                        .position(|h| h == c)
                        .and_then(|i| record.get(i))
                        .unwrap_or("")
                        .trim()
                        .to_string()
                })
                .collect();
            rows.insert(key_of(kind, &values), values);
        }
    }
    Ok(FileRows {
        kind,
        rows,
        changed: false,
    })
}

fn key_of(kind: Kind, values: &[String]) -> Vec<String> {
    key_columns(kind)
        .iter()
        .map(|k| {
            kind.columns()
                .iter()
                .position(|c| c == k)
                .map_or(String::new(), |i| values[i].clone())
        })
        .collect()
}

impl FileRows {
    /// Merges one row.
    pub fn merge(&mut self, row: &Converted) -> Outcome {
        match self.rows.get(&row.key) {
            Some(existing) if existing == &row.values => Outcome::Skipped,
            Some(existing) => {
                let differ = self
                    .kind
                    .columns()
                    .iter()
                    .zip(existing.iter().zip(&row.values))
                    .filter(|(_, (a, b))| a != b && !b.is_empty())
                    .map(|(c, (a, b))| format!("{c}: {a} ≠ {b}"))
                    .collect::<Vec<_>>();
                if differ.is_empty() {
                    Outcome::Skipped
                } else {
                    Outcome::Conflict(differ)
                }
            }
            None => {
                self.rows.insert(row.key.clone(), row.values.clone());
                self.changed = true;
                Outcome::Added
            }
        }
    }

    /// The file's text: the header, then every row sorted by key.
    pub fn text(&self) -> String {
        crate::output::csv_text(self.kind.columns(), self.rows.values().cloned())
    }
}
