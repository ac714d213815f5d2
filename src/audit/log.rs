//! `grid log ID`: every commit that touched a case, a person, a grid or a record, newest first,
//! with the field-level changes. One walk over the history; only the files the id lives in are
//! read, and only their changed lines.

use git2::Repository;
use serde_yaml::Value;

use crate::audit::compare::{Versions, entries, sides, text};
use crate::audit::history::{self, CommitInfo, FileChange};
use crate::audit::rows::{self, Row, delta};
use crate::layout::DECISIONS;

/// What to follow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// A YAML file as a whole (a case).
    File(String),
    /// The entry with this `id` in the YAML files under a folder (a grid).
    Entry {
        /// The folder, e.g. `grids/`.
        dir: String,
        /// The id.
        id: String,
    },
    /// The decisions on a finding in `findings/decisions.yaml` (the finding's id).
    Decision(String),
    /// CSV rows under a folder (or one file) whose key starts with `key`.
    Rows {
        /// The folder or file, e.g. `patrols/` or `roster.csv`.
        dir: String,
        /// The key or key prefix, e.g. `patrol:2026-11-20:P0044` or `roster:P0044:`.
        key: String,
    },
}

/// A commit that touched the target, and what it changed.
#[derive(Clone, Debug)]
pub struct LogEntry {
    /// The commit.
    pub commit: CommitInfo,
    /// The file touched.
    pub file: String,
    /// `field: old → new` lines.
    pub changes: Vec<String>,
}

fn compact(value: &Value) -> String {
    match value {
        Value::Null => "∅".to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.clone(),
        Value::Sequence(items) => format!(
            "[{}]",
            items.iter().map(compact).collect::<Vec<_>>().join(", ")
        ),
        Value::Mapping(map) => map
            .iter()
            .map(|(k, v)| format!("{}={}", compact(k), compact(v)))
            .collect::<Vec<_>>()
            .join(", "),
        Value::Tagged(t) => compact(&t.value),
    }
}

/// The differences between two YAML values, as `path: old → new` lines.
pub fn yaml_changes(path: &str, old: &Value, new: &Value, out: &mut Vec<String>) {
    if old == new {
        return;
    }
    match (old, new) {
        (Value::Mapping(a), Value::Mapping(b)) => {
            for (k, v) in b {
                let name = format!(
                    "{path}{}{}",
                    if path.is_empty() { "" } else { "." },
                    compact(k)
                );
                yaml_changes(&name, a.get(k).unwrap_or(&Value::Null), v, out);
            }
            for (k, v) in a {
                if !b.contains_key(k) {
                    let name = format!(
                        "{path}{}{}",
                        if path.is_empty() { "" } else { "." },
                        compact(k)
                    );
                    yaml_changes(&name, v, &Value::Null, out);
                }
            }
        }
        (Value::Sequence(a), Value::Sequence(b)) => {
            for i in 0..a.len().max(b.len()) {
                yaml_changes(
                    &format!("{path}[{i}]"),
                    a.get(i).unwrap_or(&Value::Null),
                    b.get(i).unwrap_or(&Value::Null),
                    out,
                );
            }
        }
        _ => out.push(format!("{path}: {} → {}", compact(old), compact(new))),
    }
}

fn entry_with_id(value: &Value, id: &str) -> Value {
    let Value::Mapping(map) = value else {
        return Value::Null;
    };
    for list in map.values() {
        if let Value::Sequence(items) = list
            && let Some(found) = items
                .iter()
                .find(|i| i.get("id").and_then(Value::as_str) == Some(id))
        {
            return found.clone();
        }
    }
    Value::Null
}

fn changes_of(
    target: &Target,
    change: &FileChange,
    versions: &mut Versions,
) -> Result<Vec<String>, git2::Error> {
    let mut out = Vec::new();
    match target {
        Target::File(path) if &change.path == path => {
            yaml_changes(
                "",
                &versions.yaml(change.old),
                &versions.yaml(change.new),
                &mut out,
            );
            if change.new.is_none() {
                out.push("(deleted)".to_string());
            } else if out.is_empty() {
                out.push("(comments or layout only)".to_string());
            }
        }
        Target::Decision(finding) if change.path == DECISIONS => {
            let of = |value: &Value| -> Vec<Value> {
                entries(value, "decisions")
                    .iter()
                    .filter(|d| text(d, "finding") == finding)
                    .cloned()
                    .collect()
            };
            let (old, new) = (
                Value::Sequence(of(&versions.yaml(change.old))),
                Value::Sequence(of(&versions.yaml(change.new))),
            );
            yaml_changes("decisions", &old, &new, &mut out);
        }
        Target::Entry { dir, id } if change.path.starts_with(dir.as_str()) => {
            let (old, new) = (
                entry_with_id(&versions.yaml(change.old), id),
                entry_with_id(&versions.yaml(change.new), id),
            );
            yaml_changes("", &old, &new, &mut out);
        }
        Target::Rows { dir, key } if change.path.starts_with(dir.as_str()) => {
            let Some(kind) = rows::kind_of(&change.path) else {
                return Ok(out);
            };
            let (old, new) = sides(&kind, change, versions)?;
            let d = delta(&old, &new);
            let mine = |row: &Row| row.key.starts_with(key.as_str());
            for (before, after) in d.edited.iter().filter(|(_, a)| mine(a)) {
                out.extend(
                    before
                        .changes_to(&kind, after)
                        .into_iter()
                        .map(|c| format!("{}: {c}", after.key)),
                );
            }
            out.extend(
                d.added
                    .iter()
                    .filter(|r| mine(r))
                    .map(|r| format!("+ {}", r.key)),
            );
            out.extend(
                d.removed
                    .iter()
                    .filter(|r| mine(r))
                    .map(|r| format!("- {}", r.key)),
            );
            if d.is_empty() && new.rows.keys().any(|k| k.starts_with(key.as_str())) {
                out.push(RESAVED.to_string());
            }
        }
        _ => {}
    }
    Ok(out)
}

/// The one line of a commit that re-saved the file holding the record without changing the
/// meaning of any record in it (re-sorted, re-quoted, another encoding or column order).
pub const RESAVED: &str = "re-saved the file, no change in meaning";

/// Every commit that touched one of `targets`, newest first (the walk's order), in one walk. A merge shows only what it changed
/// itself: what it took from another side is shown at the commit that made it.
pub fn log(
    repo: &Repository,
    prefix: &str,
    targets: &[Target],
) -> Result<Vec<LogEntry>, git2::Error> {
    let mut entries = Vec::new();
    let mut failure = None;
    let mut versions = Versions::new(repo);
    history::walk(repo, prefix, |step| {
        for change in &step.changes {
            if step.took_from_other_side(change) {
                continue;
            }
            for target in targets {
                match changes_of(target, change, &mut versions) {
                    Ok(list) if !list.is_empty() => entries.push(LogEntry {
                        commit: step.commit.clone(),
                        file: change.path.clone(),
                        changes: list,
                    }),
                    Ok(_) => {}
                    Err(e) => failure = Some(e),
                }
            }
        }
    })?;
    if let Some(e) = failure {
        return Err(e);
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_differences_are_listed_by_path() {
        let old: Value =
            serde_yaml::from_str("impact: none\nevents:\n- {at: 1, action: accepted}\n").unwrap();
        let new: Value = serde_yaml::from_str(
            "impact: eliminated\nevents:\n- {at: 1, action: accepted}\n- {at: 2, action: closed}\n",
        )
        .unwrap();
        let mut out = Vec::new();
        yaml_changes("", &old, &new, &mut out);
        assert_eq!(
            out,
            vec![
                "impact: none → eliminated",
                "events[1]: ∅ → at=2, action=closed"
            ]
        );
    }
}
