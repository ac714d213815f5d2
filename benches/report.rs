//! Benchmark: the half-month workbook of the 40-village synthetic town (data and xlsx), beyond
//! loading. `cargo bench --bench report` (after `cargo bench --bench load`).

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use grid::i18n::Lang;
use grid::output::xlsx::{Cover, render};
use grid::report::common::Ctx;
use grid::report::monthly;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-towns/v40");
    let loaded = grid::load::load(&dir).expect("run `cargo bench --bench load` first");
    let town = loaded.town.as_ref().expect("a town");
    let from = NaiveDate::from_ymd_opt(2026, 11, 1).expect("a date");
    let to = NaiveDate::from_ymd_opt(2026, 11, 15).expect("a date");
    let ctx = Ctx {
        town,
        sources: &loaded.sources,
        lang: Lang::Zh,
        as_of: grid::cli::parse_as_of("2026-11-24").expect("a day"),
    };
    let cover = Cover::new(
        &town.info.name,
        ctx.moment(),
        None,
        "2026-11-24 18:00".to_string(),
        Lang::Zh,
    );
    let mut best = Duration::MAX;
    let mut size = 0;
    for _ in 0..3 {
        let start = Instant::now();
        let book = monthly::build(&ctx, from, to);
        size = render(&book, &cover).expect("rendered").len();
        best = best.min(start.elapsed());
    }
    println!(
        "| monthly workbook, 40 villages, 1–15 Nov 2026 | {} KB | {:.3} s |",
        size / 1024,
        best.as_secs_f64()
    );
}
