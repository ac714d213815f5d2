//! Benchmark: `grid county check` on a synthetic county — 10 and 20 towns of 40 villages and
//! 365 days each — wall time and peak memory of the real binary, to show the cost is linear
//! in towns and within the target (20 towns: 4 s, 800 MB on two cores).
//!
//! `cargo bench --bench county -- 10 20` generates `target/bench-towns/county10` and
//! `county20` once (each town its own git repository), then prints the best of three runs.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use chrono::NaiveDate;

fn county(towns: usize) -> PathBuf {
    let dir =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("target/bench-towns/county{towns}"));
    if !dir.join("county.yaml").exists() {
        let _ = std::fs::remove_dir_all(&dir);
        let params = grid::synth::Params {
            villages: 40,
            days: 365,
            end: NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date"),
            cases: 40 * 365 / 5,
            seed: 1,
            ..grid::synth::example()
        };
        let start = Instant::now();
        grid::synth::county::write(&params, towns, &dir).expect("synthetic county written");
        eprintln!("generated {} in {:.1?}", dir.display(), start.elapsed());
    }
    dir
}

/// One run of the binary: its wall time and peak resident memory in KB (from GNU time when
/// present).
fn run(dir: &Path) -> (Duration, Option<u64>) {
    let args = [
        "county",
        "check",
        "--county",
        dir.to_str().expect("a UTF-8 path"),
        "--as-of",
        "2026-11-23",
        "--format",
        "json",
    ];
    let start = Instant::now();
    let timed = Command::new("/usr/bin/time")
        .args(["-f", "%M"])
        .arg(env!("CARGO_BIN_EXE_grid"))
        .args(args)
        .output();
    let elapsed = start.elapsed();
    match timed {
        Ok(out) => {
            let peak = String::from_utf8_lossy(&out.stderr)
                .lines()
                .last()
                .and_then(|l| l.trim().parse().ok());
            (elapsed, peak)
        }
        Err(_) => {
            let start = Instant::now();
            let out = Command::new(env!("CARGO_BIN_EXE_grid")).args(args).output();
            assert!(out.is_ok(), "grid runs");
            (start.elapsed(), None)
        }
    }
}

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![10, 20]
    } else {
        sizes
    };
    println!("| towns | villages | county check (best of 3) | per town | peak memory |");
    println!("|---:|---:|---:|---:|---:|");
    for towns in sizes {
        let dir = county(towns);
        let mut best = (Duration::MAX, None);
        for _ in 0..3 {
            let this = run(&dir);
            if this.0 < best.0 {
                best = this;
            }
        }
        println!(
            "| {towns} | {} | {:.2} s | {:.3} s | {} |",
            towns * 40,
            best.0.as_secs_f64(),
            best.0.as_secs_f64() / towns as f64,
            best.1
                .map_or("—".to_string(), |kb| format!("{} MB", kb / 1024))
        );
    }
}
