//! One fact, one place: only `src/layout.rs` names the repository's folders and makes record
//! file names. Every other source file asks it (`Dated::Patrols.file_of(day)`,
//! `layout::case_file(id)`, `layout::ROSTER` …), so that moving a register or renaming a file
//! pattern is one change that discovery, the checks, the import, the audit, `grid log`, the
//! export and the synthesiser all follow.
//!
//! Looked for in the code (comments and `#[cfg(test)]` modules, whose fixtures are data, are
//! not): a string that starts with a data folder and `/` (`"patrols/2026-11.csv"`,
//! `"cases/"`); a folder's bare name given to `join`, `list_dir`, `starts_with` …; a format
//! string that builds a `.csv` or `.yaml` name (`"{y}-{m:02}.csv"`).

use std::path::{Path, PathBuf};

const FOLDERS: &[&str] = &[
    "patrols",
    "sweeps",
    "meetings",
    "inspections",
    "approvals",
    "cases",
    "grids",
    "findings",
    "imports",
];

/// Format strings that build a file name that is no repository file: the rows an import
/// refused, written beside the clerk's own spreadsheet.
const NOT_REPOSITORY_FILES: &[&str] = &["\"{stem}.rejected.csv\""];

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literals of a line of code (without escapes: enough for paths).
fn literals(line: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = line;
    while let Some(open) = rest.find('"') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('"') else { break };
        found.push(&rest[open..open + close + 2]);
        rest = &after[close + 1..];
    }
    found
}

/// What is wrong with one line of code, if anything.
fn naming(line: &str) -> Option<String> {
    for literal in literals(line) {
        let text = &literal[1..literal.len() - 1];
        for folder in FOLDERS {
            if text.starts_with(&format!("{folder}/")) {
                return Some(format!("{literal} names the folder {folder}"));
            }
            for call in [
                "join(",
                "list_dir(",
                "starts_with(",
                "strip_prefix(",
                "in_folder(",
            ] {
                if line.contains(&format!("{call}\"{folder}\"")) {
                    return Some(format!("{call}\"{folder}\") names the folder {folder}"));
                }
            }
        }
        let builds_name = text.contains('{')
            && !text.contains(char::is_whitespace)
            && (text.ends_with(".csv") || text.ends_with(".yaml"));
        if builds_name && !NOT_REPOSITORY_FILES.contains(&literal) {
            return Some(format!("{literal} builds a record file name"));
        }
    }
    None
}

#[test]
fn only_the_layout_names_record_folders_and_files() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let layout = src.join("layout.rs");
    let mut files = Vec::new();
    sources(&src, &mut files);
    assert!(files.len() > 100, "the sources were not found");
    let mut found = Vec::new();
    for file in files.iter().filter(|f| **f != layout) {
        let text = std::fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            if line.trim() == "#[cfg(test)]" {
                break;
            }
            if line.trim_start().starts_with("//") {
                continue;
            }
            if let Some(why) = naming(line) {
                found.push(format!("{}:{}: {why}", file.display(), n + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "ask src/layout.rs instead:\n{}",
        found.join("\n")
    );
}

/// The test finds what it is meant to find (a test that cannot fail is worse than none).
#[test]
fn the_check_sees_each_way_of_naming_a_record_file() {
    for line in [
        r#"let p = "patrols/2026-11.csv";"#,
        r#"root.join("cases").join(year)"#,
        r#"format!("{y}-{m:02}.csv")"#,
        r#"format!("{dir}/{id}.yaml")"#,
        r#"tree.list_dir("sweeps")?"#,
    ] {
        assert!(naming(line).is_some(), "{line}");
    }
    for line in [
        r#"Dated::Patrols.file_of(day)"#,
        r#"let cases = row.get("cases");"#,
        r#"E1003: "镇 {0} 在 county.yaml 中出现两次""#,
        r#"source.with_file_name(format!("{stem}.rejected.csv"))"#,
    ] {
        assert_eq!(naming(line), None, "{line}");
    }
}
