//! Benchmark: the morning view of `grid check` and the daily board, against the full overdue
//! list that `grid check -q` printed before the view (`--all -q` now), on the town-year
//! synthetic town — the release binary, best of five runs each.
//!
//! `cargo bench --bench triage` (uses `target/bench-towns/v40` of `benches/load.rs`, written
//! with the same parameters when it is missing).

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const GRID: &str = env!("CARGO_BIN_EXE_grid");

fn run(args: &[&str]) -> Duration {
    let mut best = Duration::MAX;
    for _ in 0..5 {
        let start = Instant::now();
        let out = Command::new(GRID).args(args).output().expect("grid runs");
        assert!(
            out.status.code().is_some_and(|c| c <= 1),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        best = best.min(start.elapsed());
    }
    best
}

fn main() {
    let town = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-towns/v40");
    if !town.join("town.yaml").exists() {
        let _ = std::fs::remove_dir_all(&town);
        let made = Command::new(GRID)
            .args([
                "synth",
                "--villages",
                "40",
                "--days",
                "365",
                "--cases",
                "2920",
            ])
            .args(["--end", "2026-11-23", "--seed", "1", "--out"])
            .arg(&town)
            .status()
            .expect("grid synth runs");
        assert!(made.success());
    }
    let repo = town.to_str().expect("a UTF-8 path");
    let base = ["check", "--repo", repo, "--as-of", "2026-11-24"];
    let with = |extra: &[&'static str]| -> Vec<&str> {
        base.iter().copied().chain(extra.iter().copied()).collect()
    };
    let before = run(&with(&["--all", "-q"]));
    let view = run(&with(&[]));
    let by_grid = run(&with(&["--by", "grid"]));
    let page = std::env::temp_dir().join("grid-bench-board.html");
    let board = run(&[
        "board",
        "--repo",
        repo,
        "--as-of",
        "2026-11-24",
        "-o",
        page.to_str().expect("a UTF-8 path"),
    ]);
    let ratio = |d: Duration| d.as_secs_f64() / before.as_secs_f64();
    println!("| command (40 villages × 365 days) | best of 5 | vs the full list |");
    println!("|---|---:|---:|");
    println!(
        "| grid check --all -q (the full list) | {:.3} s | 1.00 |",
        before.as_secs_f64()
    );
    println!(
        "| grid check (the morning view) | {:.3} s | {:.2} |",
        view.as_secs_f64(),
        ratio(view)
    );
    println!(
        "| grid check --by grid | {:.3} s | {:.2} |",
        by_grid.as_secs_f64(),
        ratio(by_grid)
    );
    println!(
        "| grid board | {:.3} s | {:.2} |",
        board.as_secs_f64(),
        ratio(board)
    );
}
