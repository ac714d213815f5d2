//! Benchmark: time and peak memory of `grid` on every hostile input class of the "do no harm"
//! work, each run under `/usr/bin/time -v` on a fresh copy of example-town. Every class must
//! stay under 2 s and 200 MB. `cargo bench --bench hostile`.

#[path = "../tests/util/hostile.rs"]
mod hostile;
#[path = "../tests/util/mod.rs"]
mod util;

use std::path::Path;
use std::process::Command;

/// The limits every hostile input must stay under.
const MAX_SECONDS: f64 = 2.0;
const MAX_KB: u64 = 200 * 1024;

/// A fresh copy of example-town, changed by `setup`.
fn town(setup: impl FnOnce(&Path)) -> util::Town {
    let town = util::Town::copy();
    setup(town.path());
    town
}

/// Runs `grid args` under `/usr/bin/time -v`: wall seconds, peak KB and the exit code.
fn measure(args: &[&str]) -> (f64, u64, i32) {
    let out = Command::new("/usr/bin/time")
        .arg("-v")
        .arg(env!("CARGO_BIN_EXE_grid"))
        .args(args)
        .env("GRID_LANG", "en")
        .output()
        .expect("/usr/bin/time runs");
    let report = String::from_utf8_lossy(&out.stderr);
    let field = |name: &str| {
        report
            .lines()
            .find_map(|l| l.trim().strip_prefix(name))
            .map(str::trim)
            .unwrap_or("0")
            .to_string()
    };
    let wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss):");
    let seconds = wall.split(':').fold(0.0, |acc, part| {
        acc * 60.0 + part.parse::<f64>().unwrap_or(0.0)
    });
    let kb = field("Maximum resident set size (kbytes):")
        .parse()
        .unwrap_or(0);
    let code = field("Exit status:").parse().unwrap_or(-1);
    (seconds, kb, code)
}

fn main() {
    if !Path::new("/usr/bin/time").exists() {
        println!("skipped: /usr/bin/time is not installed (apt-get install time)");
        return;
    }
    let dir = tempfile::tempdir().expect("a temp folder");
    let d = dir.path();
    let file = |name: &str| d.join(name);
    hostile::xlsx_shared_string(&file("bomb.xlsx"), 1 << 20, 4096);
    hostile::ods_repeated_text(&file("bomb.ods"), 1 << 20, 99, 1000);
    hostile::xls_shared_string(&file("bomb.xls"), 32_000, 1000, 99);
    hostile::xls_shared_string(&file("many.xls"), 3_000, 1000, 99);
    hostile::ods_repeated_text(&file("many.ods"), 3_000, 99, 1000);
    let mut far = rust_xlsxwriter::Workbook::new();
    let ws = far.add_worksheet();
    ws.write_string(0, 0, "巡查日期").expect("a cell");
    ws.write_string(1_048_575, 16_383, "x").expect("a cell");
    far.save(file("far.xlsx")).expect("saved");
    let mut quote = String::from("巡查日期,网格员,开始时间,结束时间,发现问题数,备注\n");
    quote.push_str("2026-11-24,P0044,08:30,09:40,0,\"村口\n");
    for day in 1..=28 {
        for member in 44..=79 {
            quote.push_str(&format!(
                "2026-12-{day:02},P00{member},08:00,09:00,0,正常\n"
            ));
        }
    }
    std::fs::write(file("quote.csv"), quote).expect("written");

    let mut cases: Vec<(String, util::Town, Vec<String>)> = Vec::new();
    let import = |name: &str, source: &str| {
        let t = town(|_| {});
        let args = vec![
            "import".to_string(),
            d.join(source).display().to_string(),
            "--grid".to_string(),
            "W1-V01".to_string(),
        ];
        (name.to_string(), t, args)
    };
    for (name, source) in [
        ("xlsx: 1 MB shared string × 4,096 cells", "bomb.xlsx"),
        ("ods: 1 MB text × 99 × 1,000 cells", "bomb.ods"),
        ("xls: 32,000-char shared string × 99,000 cells", "bomb.xls"),
        ("xls: 3,000-char shared string × 99,000 cells", "many.xls"),
        ("ods: 3,000-char text × 99 × 1,000 cells", "many.ods"),
        ("xlsx: cells at A1 and XFD1048576", "far.xlsx"),
        ("csv: unbalanced quote before 1,008 rows", "quote.csv"),
    ] {
        cases.push(import(name, source));
    }
    let check = |name: &str, setup: &dyn Fn(&Path)| {
        let t = town(setup);
        let args = vec![
            "check".to_string(),
            "--as-of".to_string(),
            "2026-11-24".to_string(),
        ];
        (name.to_string(), t, args)
    };
    let case = "cases/2026/QS-2026-0900.yaml";
    cases.push(check("yaml: `- ` nested 15,000 deep", &|t| {
        std::fs::write(t.join(case), "- ".repeat(15_000) + "x\n").expect("written");
    }));
    cases.push(check("yaml: 40,000 keys", &|t| {
        std::fs::write(t.join(case), hostile::wide_yaml(40_000)).expect("written");
    }));
    cases.push(check("yaml: a case of 20,000 events", &|t| {
        std::fs::write(t.join(case), hostile::long_case(20_000)).expect("written");
    }));
    cases.push(check("csv: a 240 KB name in roster.csv", &|t| {
        let roster = std::fs::read_to_string(t.join("roster.csv")).expect("read");
        let line = roster.lines().nth(5).expect("a row").to_string();
        let mut fields: Vec<String> = line.split(',').map(str::to_string).collect();
        fields[1] = "王".repeat(80_000);
        std::fs::write(
            t.join("roster.csv"),
            roster.replacen(&line, &fields.join(","), 1),
        )
        .expect("written");
    }));
    cases.push(check("yaml: every policy hour set to 4294967295", &|t| {
        let text = std::fs::read_to_string(t.join("town.yaml")).expect("read");
        let text = [
            "response_hours: 48",
            "grace_hours: 24",
            "remedy_hours: 48",
            "keep_days: 365",
            "within_days: 7",
        ]
        .iter()
        .fold(text, |acc, old| {
            let key = old.split(':').next().unwrap_or("");
            acc.replacen(old, &format!("{key}: 4294967295"), 1)
        });
        std::fs::write(t.join("town.yaml"), text).expect("written");
    }));
    cases.push(check("calendar: every day of 2026 a holiday", &|t| {
        let mut text = String::from("2026:\n  holidays:\n");
        let mut day = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("a day");
        while day < chrono::NaiveDate::from_ymd_opt(2027, 1, 1).expect("a day") {
            text.push_str(&format!("  - {day}\n"));
            day = day.succ_opt().expect("a day");
        }
        text.push_str("  workdays: []\n");
        std::fs::write(t.join("calendar.yaml"), text).expect("written");
    }));
    cases.push(check("csv: two stray bytes in a UTF-8 month", &|t| {
        let path = t.join("patrols/2026-11.csv");
        let mut bytes = std::fs::read(&path).expect("read");
        let at = bytes.iter().position(|b| *b == b'\n').unwrap_or(0) + 1;
        bytes.splice(at..at, *b"\xff\xfe");
        std::fs::write(&path, bytes).expect("written");
    }));

    println!(
        "{:<48} {:>8} {:>10} {:>5}  verdict",
        "hostile input", "seconds", "peak MB", "exit"
    );
    let mut failed = 0;
    for (name, town, args) in &cases {
        let mut all: Vec<&str> = args.iter().map(String::as_str).collect();
        let repo = town.path().display().to_string();
        all.extend_from_slice(&["--repo", &repo]);
        let (seconds, kb, code) = measure(&all);
        let ok = seconds < MAX_SECONDS && kb < MAX_KB && code != 101 && code >= 0;
        failed += usize::from(!ok);
        println!(
            "{name:<48} {seconds:>8.2} {:>10.1} {code:>5}  {}",
            kb as f64 / 1024.0,
            if ok { "ok" } else { "OVER" }
        );
    }
    println!(
        "limits: {MAX_SECONDS} s, {} MB; {failed} over",
        MAX_KB / 1024
    );
}
