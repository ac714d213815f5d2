//! Benchmark: `grid audit` and `grid log` over a history of 5,000 commits of the 40-village
//! synthetic town (365 daily patrol commits, a commit per new case, edits of cases).
//!
//! `cargo bench --bench audit` (after `cargo bench --bench load`, which generates the town).
//! The history is built once in `target/bench-towns/history`.

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

fn build(town: &Path, dir: &Path) {
    let _ = std::fs::remove_dir_all(dir);
    let repo = Repository::init(dir).expect("init");
    let index = repo.index().expect("index");
    let mut b = Builder {
        repo,
        index,
        time: 1_732_000_000,
        count: 0,
    };
    let mut all = Vec::new();
    files(town, town, &mut all);
    all.sort();
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

fn best<T>(f: impl Fn() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..3 {
        let start = Instant::now();
        last = Some(f());
        best = best.min(start.elapsed());
    }
    (best, last.expect("ran"))
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-towns");
    let town = root.join("v40");
    assert!(
        town.join("town.yaml").exists(),
        "run `cargo bench --bench load` first"
    );
    let dir = root.join("history");
    if !dir.join(".git").exists() {
        let start = Instant::now();
        build(&town, &dir);
        eprintln!("built {COMMITS} commits in {:.1?}", start.elapsed());
    }
    let repo = Repository::open(&dir).expect("repository");
    let clerks = vec!["p0006@qingshan.gov.cn".to_string()];
    let policy = AuditPolicy {
        clerk_emails: &clerks,
        backfill_hours: 48,
        since: None,
    };
    let (t_walk, commits) = best(|| {
        let mut n = 0;
        grid::audit::history::walk(&repo, "", |_, _| n += 1).expect("walk");
        n
    });
    println!("walk: {commits} commits in {:.3} s", t_walk.as_secs_f64());
    let (t_audit, items) = best(|| audit(&repo, "", &policy).expect("audit").len());
    let case = Target::File("cases/2026/QS-2026-0042.yaml".to_string());
    let (t_case, case_entries) = best(|| log(&repo, "", &case).expect("log").len());
    let row = Target::Rows {
        dir: "patrols/2026-06.csv".to_string(),
        key: "patrol:2026-06-15:".to_string(),
    };
    let (t_row, row_entries) = best(|| log(&repo, "", &row).expect("log").len());
    println!("| what | result | time |");
    println!("|---|---:|---:|");
    println!(
        "| grid audit over {COMMITS} commits | {items} items | {:.3} s |",
        t_audit.as_secs_f64()
    );
    println!(
        "| grid log QS-2026-0042 | {case_entries} commits | {:.3} s |",
        t_case.as_secs_f64()
    );
    println!(
        "| grid log patrol:2026-06-15:* | {row_entries} commits | {:.3} s |",
        t_row.as_secs_f64()
    );
}
