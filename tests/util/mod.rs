//! Test helpers: run the real `grid` binary, on example-town or a temp copy of it that a test
//! may break in one place.

#![allow(dead_code)]

pub mod english;
pub mod history;

use std::path::{Path, PathBuf};
use std::process::Command;

/// The project's example town.
pub fn example_town() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("example-town")
}

/// What a run of `grid` gave.
#[derive(Debug)]
pub struct Run {
    /// Exit code.
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

impl Run {
    /// The JSON objects of a `--format json` run.
    pub fn json(&self) -> Vec<serde_json::Value> {
        self.stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON: {l}: {e}")))
            .collect()
    }

    /// The items of a JSON Lines stream that ends with its summary (duties, findings, score,
    /// case list, log), after asserting that the summary is there and counts them.
    pub fn items(&self) -> Vec<serde_json::Value> {
        let mut lines = self.json();
        let summary = lines.pop().expect("a summary line ends the stream");
        assert_eq!(summary["type"], "summary", "{summary}");
        assert_eq!(summary["items"], lines.len(), "{summary}");
        lines
    }

    /// The diagnostics of a `--format json` run.
    pub fn diagnostics(&self) -> Vec<Diag> {
        self.json()
            .into_iter()
            .filter(|v| v["type"] == "diagnostic")
            .map(|v| Diag {
                code: v["code"].as_str().unwrap_or("").to_string(),
                file: v["file"].as_str().unwrap_or("").to_string(),
                line: v["line"].as_u64().unwrap_or(0),
                column: v["column"].as_u64().unwrap_or(0),
                message: v["message"].as_str().unwrap_or("").to_string(),
            })
            .collect()
    }

    /// The summary object of a `--format json` run.
    pub fn summary(&self) -> serde_json::Value {
        self.json()
            .into_iter()
            .find(|v| v["type"] == "summary")
            .expect("a summary line")
    }
}

/// A diagnostic as `--format json` prints it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diag {
    pub code: String,
    pub file: String,
    pub line: u64,
    pub column: u64,
    pub message: String,
}

/// Runs `grid` with `args` in `dir`, English messages, no colour.
pub fn grid_in(dir: &Path, args: &[&str]) -> Run {
    grid_env(dir, args, &[])
}

/// Runs `grid` with `args` in `dir`, English messages and no colour unless `env` says
/// otherwise (an empty value removes the variable).
pub fn grid_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_grid"));
    command
        .args(args)
        .current_dir(dir)
        .env("GRID_LANG", "en")
        .env("NO_COLOR", "1")
        .env_remove("GRID_REPO")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("COLUMNS");
    for (name, value) in env {
        match value.is_empty() {
            true => command.env_remove(name),
            false => command.env(name, value),
        };
    }
    let output = command.output().expect("grid runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Every town report of `grid report`.
pub const REPORTS: &[&str] = &[
    "monthly",
    "weekly",
    "quarterly",
    "assessment",
    "disclosure",
    "rollout",
];

/// Runs `grid` with `args` from the project root.
pub fn grid(args: &[&str]) -> Run {
    grid_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

/// `grid synth` of a town of `villages` villages and `days` days ending 2026-11-23, into `out`.
pub fn synth(out: &Path, villages: u32, days: u32, cases: u32, seed: u64) -> Run {
    let numbers = [villages, days, cases].map(|n| n.to_string());
    let seed = seed.to_string();
    let made = grid(&[
        "synth",
        "--villages",
        &numbers[0],
        "--days",
        &numbers[1],
        "--cases",
        &numbers[2],
        "--seed",
        &seed,
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    made
}

/// `grid check --format json` on example-town as of the demo day, 2026-11-24.
pub fn example_check_json() -> Run {
    grid(&[
        "check",
        "--repo",
        "example-town",
        "--as-of",
        "2026-11-24",
        "--format",
        "json",
    ])
}

/// A temporary copy of example-town.
pub struct Town {
    dir: tempfile::TempDir,
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

impl Town {
    /// A fresh copy of example-town.
    pub fn copy() -> Town {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&example_town(), dir.path());
        Town { dir }
    }

    /// The copy's root.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Runs git in the copy as a clerk; its standard output, after asserting it succeeded.
    pub fn git(&self, args: &[&str]) -> String {
        let out = Command::new("git")
            .args(args)
            .current_dir(self.path())
            .env("GIT_AUTHOR_NAME", "c")
            .env("GIT_AUTHOR_EMAIL", "p0006@qingshan.gov.cn")
            .env("GIT_COMMITTER_NAME", "c")
            .env("GIT_COMMITTER_EMAIL", "p0006@qingshan.gov.cn")
            .output()
            .expect("git runs");
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// A file's text.
    pub fn read(&self, file: &str) -> String {
        std::fs::read_to_string(self.path().join(file)).unwrap()
    }

    /// A file's text, bad bytes replaced.
    pub fn read_lossy(&self, file: &str) -> String {
        String::from_utf8_lossy(&std::fs::read(self.path().join(file)).unwrap()).into_owned()
    }

    /// Replaces a file's text.
    pub fn write(&self, file: &str, text: impl AsRef<[u8]>) {
        let path = self.path().join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    /// Replaces the one occurrence of `old` in a file and returns its 1-based line.
    pub fn replace(&self, file: &str, old: &str, new: &str) -> u64 {
        let text = self.read(file);
        assert_eq!(
            text.matches(old).count(),
            1,
            "`{old}` must occur once in {file}"
        );
        let line = line_of(&text, old);
        self.write(file, text.replacen(old, new, 1));
        line
    }

    /// Changes one field of a CSV data row (1-based line) and returns the field's column.
    pub fn set_field(&self, file: &str, line: u64, column: &str, value: &str) -> u64 {
        let text = self.read(file);
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        let col = lines[0]
            .split(',')
            .position(|h| h == column)
            .expect("column");
        let mut fields: Vec<String> = lines[line as usize - 1]
            .split(',')
            .map(str::to_string)
            .collect();
        fields[col] = value.to_string();
        lines[line as usize - 1] = fields.join(",");
        self.write(file, lines.join("\n") + "\n");
        col as u64 + 1
    }

    /// A field of a CSV data row.
    pub fn field(&self, file: &str, line: u64, column: &str) -> String {
        let text = self.read(file);
        let mut lines = text.lines();
        let header = lines.next().unwrap();
        let col = header.split(',').position(|h| h == column).expect("column");
        text.lines()
            .nth(line as usize - 1)
            .unwrap()
            .split(',')
            .nth(col)
            .unwrap()
            .to_string()
    }

    /// The first data line (1-based) of a CSV file whose row satisfies `pick`.
    pub fn find_row(&self, file: &str, pick: impl Fn(&str) -> bool) -> u64 {
        let text = self.read(file);
        text.lines()
            .enumerate()
            .skip(1)
            .find(|(_, l)| pick(l))
            .map(|(i, _)| i as u64 + 1)
            .expect("a matching row")
    }

    /// `grid check --format json` on the copy.
    pub fn check(&self) -> Run {
        self.check_with(&["--format", "json"])
    }

    /// `grid check --as-of 2026-11-24` on the copy, with more arguments.
    pub fn check_with(&self, args: &[&str]) -> Run {
        let repo = self.path().to_str().unwrap();
        let mut all = vec!["check", "--repo", repo, "--as-of", "2026-11-24"];
        all.extend_from_slice(args);
        grid(&all)
    }
}

/// The 1-based line where `needle` first occurs in `text`.
pub fn line_of(text: &str, needle: &str) -> u64 {
    let at = text.find(needle).expect("needle present");
    text[..at].matches('\n').count() as u64 + 1
}
