//! Benchmark: the duty engine over a whole year of a synthetic town, beyond loading.
//!
//! `cargo bench --bench duties -- 40 800` (the towns of `benches/load.rs`, generated there).

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use grid::rules::duties::{self, Window};

fn main() {
    let sizes: Vec<u32> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() { vec![40] } else { sizes };
    println!(
        "| villages | duty instances | overdue or due soon | overdue as of 2026-11-24 (one year) |"
    );
    println!("|---:|---:|---:|---:|");
    for villages in sizes {
        let dir =
            Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("target/bench-towns/v{villages}"));
        let loaded = grid::load::load(&dir)
            .expect("run `cargo bench --bench load` first to generate the town");
        let town = loaded.town.expect("a town");
        let from = NaiveDate::from_ymd_opt(2025, 11, 24).expect("a date");
        let to = NaiveDate::from_ymd_opt(2026, 11, 24).expect("a date");
        let window = Window {
            from,
            to,
            now: duties::end_of(to),
        };
        let mut instances = 0usize;
        duties::generate(&town, &window, &mut |_| instances += 1);
        let mut best = Duration::MAX;
        let mut found = 0;
        for _ in 0..3 {
            let start = Instant::now();
            found = duties::overdue(&town, &window, from).len();
            best = best.min(start.elapsed());
        }
        println!(
            "| {villages} | {instances} | {found} | {:.3} s |",
            best.as_secs_f64()
        );
        let month = Window {
            from: NaiveDate::from_ymd_opt(2026, 11, 1).expect("a date"),
            ..window
        };
        let mut best = Duration::MAX;
        let mut counts = (0, 0);
        for _ in 0..3 {
            let start = Instant::now();
            let found =
                grid::rules::findings::findings(&town, None, chrono::NaiveDateTime::MAX).len();
            let scored = grid::rules::assessment::assess(&town, &month)
                .villages
                .len();
            best = best.min(start.elapsed());
            counts = (found, scored);
        }
        println!(
            "| {villages}: all findings ({}) and the November assessment ({} villages) | | | {:.3} s |",
            counts.0,
            counts.1,
            best.as_secs_f64()
        );
    }
}
