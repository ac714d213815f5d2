//! Record files as the audit sees them: which kind of record a file holds, the key that names
//! a record (`patrol:2026-11-20:P0044`), and one version of a file read the way `grid check`
//! reads it — decoded from its own encoding, its header mapped to the kind's columns, quoted
//! fields and line breaks inside them understood — so that two versions compare by meaning:
//! a re-sorted, re-saved or re-quoted file, or one with its columns swapped, changes nothing.

use rustc_hash::FxHashMap;

use crate::format::{ApprovalRow, InspectionRow, MeetingRow, PatrolRow, RosterRow, SweepRow};
use crate::layout::Dated;
use crate::load::csv_table::Table;
use crate::source::FileId;

/// The records of one kind of CSV file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RowKind {
    /// The kind, as record keys start: `patrol`, `sweep` …
    pub kind: &'static str,
    /// The columns that make the key.
    pub key: &'static [&'static str],
    /// Whether rows carry a signature and a report time (patrols, meetings).
    pub signed: bool,
    /// The kind's columns, as the loader knows them.
    pub columns: &'static [&'static str],
}

/// The kind of records a repository file holds, if it is a data CSV.
pub fn kind_of(path: &str) -> Option<RowKind> {
    crate::layout::strip_extension(path, "csv")?;
    let kind = |kind, key, signed, columns| RowKind {
        kind,
        key,
        signed,
        columns,
    };
    if path == crate::layout::ROSTER {
        return Some(kind(
            "roster",
            &["person", "grid", "role", "from"],
            false,
            RosterRow::COLUMNS,
        ));
    }
    Some(match Dated::of_path(path)? {
        Dated::Patrols => kind("patrol", &["date", "member"], true, PatrolRow::COLUMNS),
        Dated::Sweeps => kind("sweep", &["date", "grid"], false, SweepRow::COLUMNS),
        Dated::Meetings => kind(
            "meeting",
            &["date", "kind", "grid"],
            true,
            MeetingRow::COLUMNS,
        ),
        Dated::Inspections => kind(
            "inspection",
            &["date", "work_area"],
            false,
            InspectionRow::COLUMNS,
        ),
        Dated::Approvals => kind("approval", &["id"], false, ApprovalRow::COLUMNS),
    })
}

impl RowKind {
    /// The position of `column` among the kind's columns.
    pub fn column(&self, column: &str) -> Option<usize> {
        self.columns.iter().position(|c| *c == column)
    }
}

/// One record: its values in the order of the kind's columns (empty where the file lacks the
/// column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The record key.
    pub key: String,
    /// The values, in the order of [`RowKind::columns`].
    pub values: Vec<String>,
}

impl Row {
    /// A value by column name.
    pub fn get<'a>(&'a self, kind: &RowKind, name: &str) -> &'a str {
        kind.column(name)
            .and_then(|i| self.values.get(i))
            .map_or("", String::as_str)
    }

    /// The columns whose values differ from `other`'s: `name: old → new`.
    pub fn changes_to(&self, kind: &RowKind, other: &Row) -> Vec<String> {
        kind.columns
            .iter()
            .zip(self.values.iter().zip(&other.values))
            .filter(|(_, (old, new))| old != new)
            .map(|(name, (old, new))| format!("{name}: {} → {}", shown(old), shown(new)))
            .collect()
    }
}

fn shown(value: &str) -> &str {
    if value.is_empty() { "∅" } else { value }
}

/// One version of a record file, read as `grid check` reads it.
#[derive(Debug, Default)]
pub struct Version {
    /// The records by key (the first of a repeated key).
    pub rows: FxHashMap<String, Row>,
    /// Whether the version could be read at all (decoded, its header mapped, no broken
    /// record): an unreadable version is not compared row by row.
    pub readable: bool,
}

impl Version {
    /// Reads `bytes` as a file of `kind`; an absent file is an empty, readable version.
    pub fn read(kind: &RowKind, bytes: Option<&[u8]>) -> Version {
        let Some(bytes) = bytes else {
            return Version {
                rows: FxHashMap::default(),
                readable: true,
            };
        };
        let Ok(decoded) = crate::load::text::decode(bytes) else {
            return Version::default();
        };
        let mut ignored = Vec::new();
        let Some(table) = Table::open(&decoded.text, FileId(0), kind.columns, &[], &mut ignored)
        else {
            return Version::default();
        };
        let fields = table.columns();
        let keys: Vec<usize> = kind.key.iter().filter_map(|k| kind.column(k)).collect();
        let mut rows = FxHashMap::default();
        table.for_each_row(&mut ignored, |row, _| {
            let values: Vec<String> = fields.iter().map(|f| row.text(*f).to_string()).collect();
            if values.iter().all(String::is_empty) {
                return;
            }
            let key = std::iter::once(kind.kind)
                .chain(keys.iter().map(|&i| values[i].as_str()))
                .collect::<Vec<_>>()
                .join(":");
            rows.entry(key.clone()).or_insert(Row { key, values });
        });
        Version {
            rows,
            readable: true,
        }
    }
}

/// What changed in meaning between two versions of a file.
#[derive(Debug, Default)]
pub struct Delta<'v> {
    /// Records in both, with different values: (before, after).
    pub edited: Vec<(&'v Row, &'v Row)>,
    /// Records only in the new version.
    pub added: Vec<&'v Row>,
    /// Records only in the old version.
    pub removed: Vec<&'v Row>,
}

impl Delta<'_> {
    /// Whether nothing changed in meaning.
    pub fn is_empty(&self) -> bool {
        self.edited.is_empty() && self.added.is_empty() && self.removed.is_empty()
    }
}

/// The records that differ between `old` and `new`, each list in key order.
pub fn delta<'v>(old: &'v Version, new: &'v Version) -> Delta<'v> {
    let mut d = Delta::default();
    for (key, after) in &new.rows {
        match old.rows.get(key) {
            Some(before) if before.values != after.values => d.edited.push((before, after)),
            Some(_) => {}
            None => d.added.push(after),
        }
    }
    d.removed = old
        .rows
        .iter()
        .filter(|(key, _)| !new.rows.contains_key(*key))
        .map(|(_, row)| row)
        .collect();
    d.edited.sort_by(|a, b| a.1.key.cmp(&b.1.key));
    d.added.sort_by(|a, b| a.key.cmp(&b.key));
    d.removed.sort_by(|a, b| a.key.cmp(&b.key));
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    fn version(text: &str) -> Version {
        Version::read(
            &kind_of("patrols/2026-11.csv").unwrap(),
            Some(text.as_bytes()),
        )
    }

    #[test]
    fn versions_compare_by_meaning() {
        let kind = kind_of("patrols/2026-11.csv").unwrap();
        let old = version(
            "date,grid,member,signed_by\n2026-11-20,W1-V01,P0044,\n2026-11-21,W1-V01,P0045,P0042\n",
        );
        let swapped = version(
            "\u{feff}member,date,grid,signed_by\r\n\"P0045\",2026-11-21,W1-V01,P0042\r\nP0044,2026-11-20,W1-V01,\r\n",
        );
        assert!(delta(&old, &swapped).is_empty());
        let edited = version("date,grid,member,signed_by\n2026-11-20,W1-V01,P0044,P0042\n");
        let d = delta(&old, &edited);
        assert_eq!(d.edited.len(), 1);
        assert_eq!(
            d.edited[0].0.changes_to(&kind, d.edited[0].1),
            vec!["signed_by: ∅ → P0042"]
        );
        assert_eq!(d.removed[0].key, "patrol:2026-11-21:P0045");
        assert_eq!(kind_of("cases/2026/x.yaml"), None);
    }

    #[test]
    fn a_quoted_line_break_stays_in_its_record() {
        let v = version("date,grid,member,notes\n2026-11-20,W1-V01,P0044,\"two\nlines\"\n");
        assert_eq!(v.rows.len(), 1);
        assert!(v.readable);
    }
}
