//! Benchmark: `grid audit` and `grid log` over a history of 5,000 commits of the 40-village
//! synthetic town (365 daily patrol commits, a commit per new case, edits of cases).
//!
//! Two more have the shape of a real office: 5,000 and 15,000 commits (a year of a town
//! importing daily), one per village and day, each adding that village's patrol rows to the
//! month's file (`target/bench-towns/history-imports`, `history-imports-15000`). Every
//! history is packed as `git gc --auto` packs a real office's repository.
//!
//! `cargo bench --bench audit` (after `cargo bench --bench load`, which generates the town).
//! The histories are built once in `target/bench-towns/`.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use git2::{IndexEntry, IndexTime, Oid, Repository, Signature, Time};
use grid::audit::checks::{AuditPolicy, audit};
use grid::audit::log::{Target, log};

const COMMITS: usize = 5_000;

fn entry(path: &str) -> IndexEntry {
    IndexEntry {
        ctime: IndexTime::new(0, 0),
        mtime: IndexTime::new(0, 0),
        dev: 0,
        ino: 0,
        mode: 0o100644,
        uid: 0,
        gid: 0,
        file_size: 0,
        id: Oid::ZERO_SHA1,
        flags: 0,
        flags_extended: 0,
        path: path.as_bytes().to_vec(),
    }
}

fn files(dir: &Path, base: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("readable") {
        let path = e.expect("entry").path();
        if path.is_dir() {
            files(&path, base, out);
        } else {
            out.push(path.strip_prefix(base).expect("inside").to_path_buf());
        }
    }
}

struct Builder {
    repo: Repository,
    index: git2::Index,
    time: i64,
    count: usize,
}

impl Builder {
    /// A new repository in `dir`, and the files of `town` in order.
    fn start(town: &Path, dir: &Path) -> (Builder, Vec<PathBuf>) {
        let _ = std::fs::remove_dir_all(dir);
        let repo = Repository::init(dir).expect("init");
        let index = repo.index().expect("index");
        let b = Builder {
            repo,
            index,
            time: 1_732_000_000,
            count: 0,
        };
        let mut all = Vec::new();
        files(town, town, &mut all);
        all.sort();
        (b, all)
    }

    fn put(&mut self, path: &str, bytes: &[u8]) {
        self.index
            .add_frombuffer(&entry(path), bytes)
            .expect("added");
    }

    fn commit(&mut self, message: &str) {
        let tree = self
            .repo
            .find_tree(self.index.write_tree_to(&self.repo).expect("tree"))
            .expect("tree");
        self.time += 600;
        let sig = Signature::new(
            "网格中心",
            "p0006@qingshan.gov.cn",
            &Time::new(self.time, 480),
        )
        .expect("signature");
        let parent = self.repo.head().ok().and_then(|h| h.peel_to_commit().ok());
        let parents: Vec<&git2::Commit> = parent.iter().collect();
        self.repo
            .commit(Some("HEAD"), &sig, &sig, message, &tree, &parents)
            .expect("commit");
        self.count += 1;
    }
}

/// The shape of a real office: after the registers, one commit per village and day, each
/// adding that village's patrol rows to the month's file (a village's import).
fn build_imports(town: &Path, dir: &Path, commits: usize) {
    let (mut b, all) = Builder::start(town, dir);
    let (patrols, registers): (Vec<_>, Vec<_>) = all
        .into_iter()
        .filter(|p| !p.starts_with("cases"))
        .partition(|p| p.starts_with("patrols"));
    for p in &registers {
        b.put(
            &p.to_string_lossy(),
            &std::fs::read(town.join(p)).expect("read"),
        );
    }
    b.commit("registers");
    'files: for p in &patrols {
        let text = std::fs::read_to_string(town.join(p)).expect("read");
        let mut lines = text.lines();
        let header = lines.next().unwrap_or("").to_string();
        let mut rows: Vec<&str> = lines.collect();
        // By day, then village: the order the imports arrive in.
        rows.sort_by_key(|l| (l.get(..10), l.split(',').nth(1)));
        let mut so_far = format!("{header}\n");
        let mut group = String::new();
        for line in rows {
            let key = line.split(',').take(2).collect::<Vec<_>>().join(",");
            if key != group && !group.is_empty() {
                b.put(&p.to_string_lossy(), so_far.as_bytes());
                b.commit(&format!("import {group}"));
                if b.count >= commits {
                    break 'files;
                }
            }
            group = key;
            so_far.push_str(line);
            so_far.push('\n');
        }
        b.put(&p.to_string_lossy(), so_far.as_bytes());
        b.commit(&format!("import {group}"));
        if b.count >= commits {
            break;
        }
    }
}

fn build(town: &Path, dir: &Path) {
    let (mut b, all) = Builder::start(town, dir);
    let (patrols, rest): (Vec<_>, Vec<_>) = all.into_iter().partition(|p| p.starts_with("patrols"));
    let (cases, registers): (Vec<_>, Vec<_>) =
        rest.into_iter().partition(|p| p.starts_with("cases"));
    for p in &registers {
        b.put(
            &p.to_string_lossy(),
            &std::fs::read(town.join(p)).expect("read"),
        );
    }
    b.commit("registers");
    for p in &patrols {
        let text = std::fs::read_to_string(town.join(p)).expect("read");
        let mut lines = text.lines();
        let header = lines.next().unwrap_or("").to_string();
        let mut so_far = format!("{header}\n");
        let mut day = String::new();
        for line in lines {
            let date = &line[..10];
            if date != day && !day.is_empty() {
                b.put(&p.to_string_lossy(), so_far.as_bytes());
                b.commit(&format!("patrols {day}"));
            }
            day = date.to_string();
            so_far.push_str(line);
            so_far.push('\n');
        }
        b.put(&p.to_string_lossy(), so_far.as_bytes());
        b.commit(&format!("patrols {day}"));
    }
    for p in &cases {
        if b.count >= COMMITS {
            break;
        }
        b.put(
            &p.to_string_lossy(),
            &std::fs::read(town.join(p)).expect("read"),
        );
        b.commit(&format!("case {}", p.display()));
    }
    let mut i = 0;
    while b.count < COMMITS {
        let p = &cases[i % cases.len()];
        let mut text = std::fs::read_to_string(town.join(p)).expect("read");
        text.push_str(&format!("# 第 {i} 次补充\n"));
        b.put(&p.to_string_lossy(), text.as_bytes());
        b.commit(&format!("edit {}", p.display()));
        i += 1;
    }
}

/// Runs one measurement in a fresh process (`GRID_BENCH_ONE=<what>`), so that no cache of
/// an earlier run (libgit2's is process-wide) flatters it: best of three cold runs, with the
/// child's peak memory (Linux).
fn cold(what: &str) -> (Duration, String, String) {
    let mut best: Option<(Duration, String, String)> = None;
    for _ in 0..3 {
        let out = std::process::Command::new(std::env::current_exe().expect("the bench"))
            .env("GRID_BENCH_ONE", what)
            .output()
            .expect("a child run");
        let text = String::from_utf8_lossy(&out.stdout).to_string();
        let mut parts = text.split_whitespace();
        let secs: f64 = parts.next().and_then(|t| t.parse().ok()).expect("seconds");
        let result = parts.next().unwrap_or("").to_string();
        let memory = parts.next().unwrap_or("n/a").to_string();
        let run = (Duration::from_secs_f64(secs), result, memory);
        if best.as_ref().is_none_or(|b| run.0 < b.0) {
            best = Some(run);
        }
    }
    best.expect("ran")
}

/// The peak resident memory of this process, from /proc (Linux).
fn peak_memory() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l.trim_start_matches("VmHWM:").trim().replace(' ', ""))
        })
        .unwrap_or_else(|| "n/a".to_string())
}

/// One measurement, in this (child) process.
fn one(repo: &Repository, what: &str) {
    let policy = AuditPolicy {
        backfill_hours: 48,
        since: None,
    };
    let start = Instant::now();
    let result = match what {
        "walk" => {
            let mut n = 0;
            grid::audit::history::walk(repo, "", |_| n += 1).expect("walk");
            n
        }
        "audit" => audit(repo, "", &policy).expect("audit").items.len(),
        "log-case" => {
            let case = Target::File("cases/2026/QS-2026-0042.yaml".to_string());
            log(repo, "", std::slice::from_ref(&case))
                .expect("log")
                .len()
        }
        "log-row" => {
            let row = Target::Rows {
                dir: "patrols/2026-06.csv".to_string(),
                key: "patrol:2026-06-15:".to_string(),
            };
            log(repo, "", std::slice::from_ref(&row))
                .expect("log")
                .len()
        }
        _ => {
            // `log-row-january`, on the imports history.
            let row = Target::Rows {
                dir: "patrols/2026-01.csv".to_string(),
                key: "patrol:2026-01-15:".to_string(),
            };
            log(repo, "", std::slice::from_ref(&row))
                .expect("log")
                .len()
        }
    };
    println!(
        "{} {result} {}",
        start.elapsed().as_secs_f64(),
        peak_memory()
    );
}

/// Builds the history in `dir` once, packed (skipped without git).
fn once(dir: &Path, what: &str, build: impl FnOnce()) {
    if dir.join(".git").exists() {
        return;
    }
    let start = Instant::now();
    build();
    let _ = std::process::Command::new("git")
        .args(["gc", "-q"])
        .current_dir(dir)
        .status();
    eprintln!("built {what} in {:.1?}", start.elapsed());
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-towns");
    let town = root.join("v40");
    assert!(
        town.join("town.yaml").exists(),
        "run `cargo bench --bench load` first"
    );
    let dir = root.join("history");
    once(&dir, "the cases history", || build(&town, &dir));
    let imports = root.join("history-imports");
    once(&imports, "5,000 imports", || {
        build_imports(&town, &imports, COMMITS)
    });
    let year = root.join("history-imports-15000");
    once(&year, "15,000 imports", || {
        build_imports(&town, &year, 3 * COMMITS)
    });
    if let Ok(what) = std::env::var("GRID_BENCH_ONE") {
        let (what, at) = if let Some(rest) = what.strip_prefix("year-") {
            (rest.to_string(), &year)
        } else if let Some(rest) = what.strip_prefix("imports-") {
            (rest.to_string(), &imports)
        } else {
            (what, &dir)
        };
        one(&Repository::open(at).expect("repository"), &what);
        return;
    }
    println!("| what | result | time (cold process, best of 3) | peak memory |");
    println!("|---|---:|---:|---:|");
    for (what, label, unit) in [
        ("walk", "history walk".to_string(), "commits"),
        (
            "audit",
            format!("grid audit over {COMMITS} commits"),
            "items",
        ),
        ("log-case", "grid log QS-2026-0042".to_string(), "commits"),
        (
            "log-row",
            "grid log patrol:2026-06-15:*".to_string(),
            "commits",
        ),
        (
            "imports-audit",
            format!("imports shape: grid audit over {COMMITS} commits"),
            "items",
        ),
        (
            "imports-log-row-january",
            "imports shape: grid log patrol:2026-01-15:*".to_string(),
            "commits",
        ),
        (
            "year-audit",
            format!("imports shape: grid audit over {} commits", 3 * COMMITS),
            "items",
        ),
        (
            "year-log-row-january",
            "imports shape, 15,000: grid log patrol:2026-01-15:*".to_string(),
            "commits",
        ),
    ] {
        let (time, result, memory) = cold(what);
        println!(
            "| {label} | {result} {unit} | {:.3} s | {memory} |",
            time.as_secs_f64()
        );
    }
}
