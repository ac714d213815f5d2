//! Benchmark: `grid check` beside the floor — the least work any checker of the same town has to
//! do: every CSV record parsed with csv's `ByteRecord` and every YAML file parsed into a generic
//! `serde_yaml::Value`, in parallel over files. Both are run as processes under GNU time, so
//! wall time, CPU time and peak memory are measured the same way for each.
//!
//! `cargo bench --bench floor -- 40 800` uses the towns of `benches/load.rs` (`target/bench-towns/v40`
//! and `v800`: 365 days; run `cargo bench --bench load -- 40 800` first to generate them) and
//! prints the best of five runs of each (taken in turn), and the ratios. Targets (issue "One fact, one place"):
//! `grid check` ≤ 1.5× the floor's wall time on both towns; on the 800-village town ≤ 3.5 s
//! and ≤ 700 MB.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use rayon::prelude::*;

/// What one run of a process cost.
#[derive(Clone, Copy)]
struct Cost {
    wall: f64,
    cpu: f64,
    peak_mb: f64,
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            if !path.ends_with(".git") {
                files(&path, out);
            }
        } else {
            out.push(path);
        }
    }
}

/// The floor: parses every CSV and YAML file of `town`, in parallel over files; returns the
/// number of records and documents read.
fn floor(town: &Path) -> usize {
    let mut all = Vec::new();
    files(town, &mut all);
    all.par_iter()
        .map(|path| match path.extension().and_then(|e| e.to_str()) {
            Some("csv") => {
                let mut reader = csv::ReaderBuilder::new()
                    .flexible(true)
                    .from_path(path)
                    .expect("a readable CSV");
                let mut record = csv::ByteRecord::new();
                let mut rows = 0;
                while reader.read_byte_record(&mut record).expect("a record") {
                    rows += 1;
                }
                rows
            }
            Some("yaml") => {
                let text = std::fs::read_to_string(path).expect("a readable YAML file");
                let value: serde_yaml::Value = serde_yaml::from_str(&text).expect("YAML");
                usize::from(!value.is_null())
            }
            _ => 0,
        })
        .sum()
}

/// Runs `program args` under GNU time; `None` when GNU time is not installed.
fn timed(program: &Path, args: &[&str]) -> Option<Cost> {
    let out = Command::new("/usr/bin/time")
        .args(["-f", "%e %U %S %M"])
        .arg(program)
        .args(args)
        .env("GRID_LANG", "en")
        .output()
        .ok()?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let last = stderr.lines().last()?;
    let f: Vec<f64> = last
        .split_whitespace()
        .filter_map(|x| x.parse().ok())
        .collect();
    let [wall, user, system, kb] = f[..] else {
        panic!("GNU time printed {last:?}");
    };
    Some(Cost {
        wall,
        cpu: user + system,
        peak_mb: kb / 1024.0,
    })
}

/// The best (least wall time) of `runs` runs of each of two processes, run in turn so that
/// both meet the same state of the machine (page cache, other load).
fn best_of_both(
    runs: usize,
    mut first: impl FnMut() -> Option<Cost>,
    mut second: impl FnMut() -> Option<Cost>,
) -> Option<(Cost, Cost)> {
    let best = |a: Cost, b: Cost| if b.wall < a.wall { b } else { a };
    let (mut one, mut two) = (first()?, second()?);
    for _ in 1..runs {
        one = best(one, first()?);
        two = best(two, second()?);
    }
    Some((one, two))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, town] = &args[..]
        && flag == "--floor-of"
    {
        let start = Instant::now();
        let read = floor(Path::new(town));
        eprintln!("{read} records and documents in {:.2?}", start.elapsed());
        return;
    }
    let sizes: Vec<u32> = args.iter().filter_map(|a| a.parse().ok()).collect();
    let sizes = if sizes.is_empty() { vec![40] } else { sizes };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let grid = root.join("target/release/grid");
    let me = std::env::current_exe().expect("the benchmark's own path");
    println!(
        "| villages | floor: wall, CPU, peak | grid check: wall, CPU, peak | ratio wall | ratio CPU |"
    );
    println!("|---:|---:|---:|---:|---:|");
    for villages in sizes {
        let town = root.join(format!("target/bench-towns/v{villages}"));
        assert!(
            town.join("town.yaml").exists(),
            "{} missing: run `cargo bench --bench load -- {villages}` first",
            town.display()
        );
        let dir = town.to_str().expect("a UTF-8 path");
        let both = best_of_both(
            5,
            || timed(&me, &["--floor-of", dir]),
            || {
                timed(
                    &grid,
                    &["check", "--repo", dir, "--as-of", "2026-11-24", "-q"],
                )
            },
        );
        let Some((floor, check)) = both else {
            println!("| {villages} | SKIPPED: GNU time (/usr/bin/time) is not installed | | | |");
            continue;
        };
        println!(
            "| {villages} | {:.2} s, {:.2} s, {:.0} MB | {:.2} s, {:.2} s, {:.0} MB | {:.2}× | {:.2}× |",
            floor.wall,
            floor.cpu,
            floor.peak_mb,
            check.wall,
            check.cpu,
            check.peak_mb,
            check.wall / floor.wall,
            check.cpu / floor.cpu
        );
    }
}
