//! Benchmark: `grid import` of a month of WeChat group chat for 40 villages (≈ 38,000
//! messages, one file per village as `grid synth --chat` writes them) into the synthetic town
//! whose records end the day before, writing included (`--skip-bad`: the chat holds a few
//! counts nobody can read, as real chat does). Target ≤ 1 s. `cargo bench --bench chat`.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const VILLAGES: &str = "40";

fn grid(args: &[&str]) -> (Duration, std::process::Output) {
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_grid"))
        .args(args)
        .output()
        .expect("grid runs");
    (start.elapsed(), out)
}

fn path(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 path")
}

fn main() {
    let work = tempfile::tempdir().expect("a temp folder");
    let chat = work.path().join("chat");
    let mut best = Duration::MAX;
    let mut messages = 0u64;
    for round in 0..3 {
        let town = work.path().join(format!("town{round}"));
        let (_, out) = grid(&[
            "synth",
            "--villages",
            VILLAGES,
            "--days",
            "30",
            "--end",
            "2025-10-31",
            "--out",
            path(&town),
            "--chat",
            path(&chat),
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let mut files: Vec<String> = std::fs::read_dir(&chat)
            .expect("chat written")
            .map(|e| e.expect("an entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .map(|p| path(&p).to_string())
            .collect();
        files.sort();
        let mut args = vec![
            "import",
            "--quiet",
            "--skip-bad",
            "--format",
            "json",
            "--repo",
        ];
        args.push(path(&town));
        args.extend(files.iter().map(String::as_str));
        let (took, out) = grid(&args);
        let stdout = String::from_utf8_lossy(&out.stdout);
        messages = stdout
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter(|v| v["type"] == "file")
            .filter_map(|v| v["chat"]["messages"].as_u64())
            .sum();
        assert!(stdout.contains("\"written\":true"), "{stdout}");
        best = best.min(took);
        std::fs::remove_dir_all(&chat).expect("chat removed");
    }
    println!(
        "| import of a month of WeChat chat, {VILLAGES} villages ({messages} messages) | {:.3} s |",
        best.as_secs_f64()
    );
}
