//! The loader: a small synthetic town with one of its files replaced by the input, then loaded,
//! validated, its duties judged and its findings computed. No input panics.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use chrono::NaiveDate;
use grid::rules::duties::{self, Window};
use libfuzzer_sys::fuzz_target;

/// The files an input may replace (the first byte chooses).
const FILES: &[&str] = &[
    "town.yaml",
    "catalog.yaml",
    "enforcement.yaml",
    "calendar.yaml",
    "roster.csv",
    "patrols/2026-11.csv",
    "sweeps/2026-11.csv",
    "meetings/2026-11.csv",
    "cases/2026/QS-2026-0001.yaml",
    "grids/villages.yaml",
];

fn town() -> &'static PathBuf {
    static TOWN: OnceLock<PathBuf> = OnceLock::new();
    TOWN.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("grid-fuzz-town-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let params = grid::synth::Params {
            villages: 2,
            days: 20,
            cases: 4,
            ..grid::synth::example()
        };
        grid::synth::write(&params, &dir).expect("a synthetic town");
        dir
    })
}

fuzz_target!(|input: &[u8]| {
    let Some((&choice, bytes)) = input.split_first() else {
        return;
    };
    let root = town();
    let file = root.join(FILES[usize::from(choice) % FILES.len()]);
    let Ok(original) = std::fs::read(&file) else {
        return;
    };
    std::fs::write(&file, bytes).expect("write the input");
    let loaded = grid::load::load(root);
    std::fs::write(&file, original).expect("put the file back");
    let Ok(loaded) = loaded else {
        return;
    };
    let Some(town) = loaded.town else {
        return;
    };
    let _ = grid::rules::validate(&town);
    let day = NaiveDate::from_ymd_opt(2026, 11, 24).expect("a day");
    let window = Window {
        from: NaiveDate::from_ymd_opt(2026, 11, 1).expect("a day"),
        to: day,
        now: duties::end_of(day),
    };
    let _ = duties::overdue(&town, &window, window.from);
    let _ = grid::rules::findings::findings(&town, None);
});
