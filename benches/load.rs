//! Benchmark: load and validate a synthetic town, beside the raw `csv` ByteRecord parse of the
//! same patrol files (the floor any CSV reader has to pay).
//!
//! `cargo bench --bench load -- 40 800` generates `target/bench-towns/v40` and `v800`
//! (365 days each) once, then prints the best of three runs. Peak memory is measured on the
//! binary: `/usr/bin/time -f '%e s %M KB' target/release/grid check --repo target/bench-towns/v800 --as-of 2026-11-24 -q`.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::NaiveDate;

fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..runs {
        let start = Instant::now();
        let value = f();
        best = best.min(start.elapsed());
        last = Some(value);
    }
    (best, last.expect("at least one run"))
}

fn town(villages: u32) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("target/bench-towns/v{villages}"));
    if !dir.join("town.yaml").exists() {
        let _ = std::fs::remove_dir_all(&dir);
        let params = grid::synth::Params {
            villages,
            days: 365,
            end: NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date"),
            cases: villages * 365 / 5,
            seed: 1,
            ..grid::synth::example()
        };
        let start = Instant::now();
        grid::synth::write(&params, &dir).expect("synthetic town written");
        eprintln!("generated {} in {:.1?}", dir.display(), start.elapsed());
    }
    dir
}

fn raw_patrol_parse(dir: &Path) -> usize {
    let mut rows = 0;
    let mut record = csv::ByteRecord::new();
    for entry in std::fs::read_dir(dir.join("patrols")).expect("patrols/") {
        let mut reader = csv::Reader::from_path(entry.expect("entry").path()).expect("readable");
        while reader.read_byte_record(&mut record).expect("a record") {
            rows += 1;
        }
    }
    rows
}

fn main() {
    let sizes: Vec<u32> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() { vec![40] } else { sizes };
    println!(
        "| villages | patrol rows | cases | load + validate | raw ByteRecord parse of patrols/ |"
    );
    println!("|---:|---:|---:|---:|---:|");
    for villages in sizes {
        let dir = town(villages);
        let (checked, (patrols, cases, problems)) = best_of(3, || {
            let loaded = grid::load::load(&dir).expect("loads");
            let town = loaded.town.expect("a town");
            let problems = loaded.diagnostics.len() + grid::rules::validate(&town).len();
            (town.patrols.len(), town.cases.list.len(), problems)
        });
        assert_eq!(problems, 0, "the synthetic town checks clean");
        let (raw, rows) = best_of(3, || raw_patrol_parse(&dir));
        assert_eq!(rows, patrols);
        println!(
            "| {villages} | {patrols} | {cases} | {:.3} s | {:.3} s |",
            checked.as_secs_f64(),
            raw.as_secs_f64()
        );
    }
}
