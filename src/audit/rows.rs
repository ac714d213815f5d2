//! Rows of the CSV files as the audit sees them: which kind of record a file holds, the key
//! that names a row (`patrol:2026-11-20:P0044`), and a line read against its header.

/// The records of one kind of CSV file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RowKind {
    /// The kind, as record keys start: `patrol`, `sweep` …
    pub kind: &'static str,
    /// The columns that make the key.
    pub key: &'static [&'static str],
    /// Whether rows carry a signature and a report time (patrols, meetings).
    pub signed: bool,
}

/// The kind of records a repository file holds, if it is a data CSV.
pub fn kind_of(path: &str) -> Option<RowKind> {
    let (dir, _) = path.split_once('/').unwrap_or(("", path));
    crate::load::discover::strip_extension(path, "csv")?;
    Some(match (dir, path) {
        ("patrols", _) => RowKind {
            kind: "patrol",
            key: &["date", "member"],
            signed: true,
        },
        ("sweeps", _) => RowKind {
            kind: "sweep",
            key: &["date", "grid"],
            signed: false,
        },
        ("meetings", _) => RowKind {
            kind: "meeting",
            key: &["date", "kind", "grid"],
            signed: true,
        },
        ("inspections", _) => RowKind {
            kind: "inspection",
            key: &["date", "work_area"],
            signed: false,
        },
        ("approvals", _) => RowKind {
            kind: "approval",
            key: &["id"],
            signed: false,
        },
        (_, "roster.csv") => RowKind {
            kind: "roster",
            key: &["person", "grid", "role", "from"],
            signed: false,
        },
        _ => return None,
    })
}

/// The fields of one CSV line (quoted fields and `""` escapes understood), trimmed. Hand-made
/// because it runs for every changed line of the history, where building a reader per line
/// costs more than the reading.
pub fn fields(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => out.push(std::mem::take(&mut field).trim().to_string()),
            _ => field.push(c),
        }
    }
    out.push(field.trim().to_string());
    out
}

/// A row read against its header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The record key.
    pub key: String,
    /// Column name and value, in file order.
    pub values: Vec<(String, String)>,
}

impl Row {
    /// Reads a data line; `None` for the header or a blank line.
    pub fn read(kind: RowKind, header: &[String], line: &str) -> Option<Row> {
        let values: Vec<String> = fields(line);
        if values.iter().all(String::is_empty) || values == header {
            return None;
        }
        let named: Vec<(String, String)> = header.iter().cloned().zip(values).collect();
        let get = |name: &str| {
            named
                .iter()
                .find(|(h, _)| h == name)
                .map_or("", |(_, v)| v.as_str())
        };
        let key = std::iter::once(kind.kind.to_string())
            .chain(kind.key.iter().map(|k| get(k).to_string()))
            .collect::<Vec<_>>()
            .join(":");
        Some(Row { key, values: named })
    }

    /// A value by column name.
    pub fn get(&self, name: &str) -> &str {
        self.values
            .iter()
            .find(|(h, _)| h == name)
            .map_or("", |(_, v)| v.as_str())
    }

    /// The columns whose values differ from `other`'s: `name: old → new`.
    pub fn changes_to(&self, other: &Row) -> Vec<String> {
        let mut out = Vec::new();
        for (name, old) in &self.values {
            let new = other.get(name);
            if old != new {
                out.push(format!("{name}: {} → {}", shown(old), shown(new)));
            }
        }
        out
    }
}

fn shown(value: &str) -> &str {
    if value.is_empty() { "∅" } else { value }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_keyed_and_compared() {
        let kind = kind_of("patrols/2026-11.csv").unwrap();
        let header = fields("date,grid,member,signed_by");
        let old = Row::read(kind, &header, "2026-11-20,W1-V01,P0044,").unwrap();
        let new = Row::read(kind, &header, "2026-11-20,W1-V01,P0044,P0042").unwrap();
        assert_eq!(old.key, "patrol:2026-11-20:P0044");
        assert_eq!(old.changes_to(&new), vec!["signed_by: ∅ → P0042"]);
        assert!(Row::read(kind, &header, "date,grid,member,signed_by").is_none());
        assert_eq!(kind_of("cases/2026/x.yaml"), None);
        assert_eq!(fields("a,\"b,\"\"c\"\"\", d "), vec!["a", "b,\"c\"", "d"]);
    }
}
