//! Benchmark: `grid import` of a 10,000-row patrol workbook (date cells, members by name) into
//! a copy of example-town, writing included; beside it, the same file read by Python's openpyxl
//! (`read_only=True`), when Python has it. `cargo bench --bench import`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

const ROWS: usize = 10_000;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a folder");
    for entry in std::fs::read_dir(from).expect("a folder") {
        let entry = entry.expect("an entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("a type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("a copy");
        }
    }
}

/// The base members of example-town in office all along (no from/to): (name, grid).
fn members(town: &Path) -> Vec<(String, String)> {
    let mut reader = csv::Reader::from_path(town.join("roster.csv")).expect("roster.csv");
    reader
        .records()
        .map(|r| r.expect("a row"))
        .filter(|r| &r[4] == "base_member" && r[6].is_empty() && r[7].is_empty())
        .map(|r| (r[1].to_string(), r[3].to_string()))
        .collect()
}

/// Writes the workbook: a title row, headings, then one row per member per day from December
/// 2025 (days already past: an import refuses rows dated after today).
fn workbook(town: &Path, path: &Path) {
    let members = members(town);
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    let date = Format::new().set_num_format("yyyy/m/d");
    ws.write_string(0, 0, "巡查登记表").expect("a cell");
    let headings = [
        "巡查日期",
        "村",
        "巡查人",
        "开始时间",
        "结束时间",
        "巡查事项",
        "发现问题数",
        "备注",
    ];
    for (c, h) in headings.iter().enumerate() {
        ws.write_string(1, c as u16, *h).expect("a cell");
    }
    let first = NaiveDate::from_ymd_opt(2025, 12, 1).expect("a date");
    for i in 0..ROWS {
        let (name, grid) = &members[i % members.len()];
        let day = first + chrono::Days::new((i / members.len()) as u64);
        let r = i as u32 + 2;
        let cell = ExcelDateTime::from_ymd(day.year() as u16, day.month() as u8, day.day() as u8)
            .expect("a date");
        ws.write_datetime_with_format(r, 0, &cell, &date)
            .expect("a cell");
        ws.write_string(r, 1, grid).expect("a cell");
        ws.write_string(r, 2, name).expect("a cell");
        ws.write_string(r, 3, "8:30").expect("a cell");
        ws.write_string(r, 4, "上午9点45").expect("a cell");
        ws.write_string(r, 5, "RJ01;WJ02").expect("a cell");
        ws.write_number(r, 6, (i % 3) as f64).expect("a cell");
        ws.write_string(r, 7, "正常").expect("a cell");
    }
    wb.save(path).expect("saved");
}

fn import(town: &Path, file: &Path, dry: bool) -> Duration {
    let mut command = Command::new(env!("CARGO_BIN_EXE_grid"));
    command
        .args(["import", "--quiet", "--repo"])
        .arg(town)
        .arg(file);
    if dry {
        command.arg("--dry-run");
    }
    let start = Instant::now();
    let out = command.output().expect("grid runs");
    let took = start.elapsed();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    took
}

/// The patrol rows from December 2025 on (example-town's own begin in September 2026).
fn written(town: &Path) -> usize {
    ["2025-12", "2026-01", "2026-02", "2026-03"]
        .iter()
        .filter_map(|m| std::fs::read_to_string(town.join(format!("patrols/{m}.csv"))).ok())
        .map(|text| text.lines().count() - 1)
        .sum()
}

fn openpyxl(file: &Path) -> Option<Duration> {
    let script = "import sys, openpyxl\n\
                  wb = openpyxl.load_workbook(sys.argv[1], read_only=True)\n\
                  n = sum(1 for ws in wb.worksheets for _ in ws.iter_rows(values_only=True))\n\
                  print(n)";
    let start = Instant::now();
    let out = Command::new("python3")
        .args(["-c", script])
        .arg(file)
        .output()
        .ok()?;
    let took = start.elapsed();
    out.status.success().then_some(took)
}

fn main() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("example-town");
    if let Some(keep) = std::env::var_os("IMPORT_BENCH_WORKBOOK") {
        // For profiling: write the workbook where asked and stop.
        workbook(&example, Path::new(&keep));
        return;
    }
    let work = tempfile::tempdir().expect("a temp folder");
    let file: PathBuf = work.path().join("巡查-10000.xlsx");
    workbook(&example, &file);
    let size = std::fs::metadata(&file).expect("written").len();
    let mut best = Duration::MAX;
    let mut dry = Duration::MAX;
    for round in 0..3 {
        let town = work.path().join(format!("town{round}"));
        copy_dir(&example, &town);
        dry = dry.min(import(&town, &file, true));
        best = best.min(import(&town, &file, false));
        assert_eq!(written(&town), ROWS, "every row lands");
    }
    let python = (0..3).filter_map(|_| openpyxl(&file)).min();
    println!(
        "| import of a {ROWS}-row patrol workbook ({} KB) | {:.3} s |",
        size / 1024,
        best.as_secs_f64()
    );
    println!("| the same, --dry-run | {:.3} s |", dry.as_secs_f64());
    match python {
        Some(t) => println!(
            "| openpyxl read_only, reading the rows only | {:.3} s |",
            t.as_secs_f64()
        ),
        None => println!("| openpyxl | not installed (pip install openpyxl) |"),
    }
}
