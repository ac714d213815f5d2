//! The morning triage of `grid check`: one screen, new vs open vs done late, runs collapsed,
//! the filters, the per-grid counts and the CSV — each checked against the JSON items.

mod util;

use std::collections::BTreeMap;

use serde_json::Value;
use unicode_width::UnicodeWidthStr;
use util::{grid, grid_env};

const DAY: &str = "2026-11-24";

fn check(extra: &[&str]) -> util::Run {
    let mut args = vec!["check", "--repo", "example-town", "--as-of", DAY];
    args.extend_from_slice(extra);
    grid(&args)
}

/// The overdue items of `grid check --format json` with `extra` arguments.
fn items(extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["--format", "json"];
    args.extend_from_slice(extra);
    check(&args)
        .json()
        .into_iter()
        .filter(|v| v["type"] == "overdue")
        .collect()
}

fn key(v: &Value) -> String {
    format!(
        "{}|{}|{}|{}|{}",
        v["duty"], v["grid"], v["person"], v["subject"], v["due"]
    )
}

#[test]
fn the_morning_view_fits_one_screen_of_80_columns() {
    let run = grid_env(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")),
        &["check", "--repo", "example-town", "--as-of", DAY],
        &[("GRID_LANG", "zh")],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(lines.len() <= 60, "{} lines:\n{}", lines.len(), run.stdout);
    for line in &lines {
        assert!(line.width() <= 80, "{} columns: {line}", line.width());
    }
    let all = items(&[]);
    let count = |p: &dyn Fn(&Value) -> bool| all.iter().filter(|v| p(v)).count();
    let open = count(&|v| v["open"] == true);
    let new = count(&|v| v["new"] == true);
    let late = count(&|v| v["open"] == false && !v["done_at"].is_null());
    assert!(new > 0 && open > new && late > 0, "{new} {open} {late}");
    let headline = format!("逾期未办 {open}（其中新增 {new}），本期逾期完成 {late}");
    assert!(run.stdout.contains(&headline), "{headline}\n{}", run.stdout);
    // New items are listed under 新增 and not again under 未办.
    let new_part =
        &run.stdout[run.stdout.find("新增（").unwrap()..run.stdout.find("未办（").unwrap()];
    assert_eq!(new_part.lines().count() - 2, new, "{new_part}");
    assert!(run.stdout.contains("本期逾期完成（--late 展开）"));
}

#[test]
fn the_morning_view_stays_one_screen_on_any_morning() {
    let synthetic = tempfile::tempdir().unwrap();
    let longer = synthetic.path().join("town");
    let made = grid(&[
        "synth",
        "--villages",
        "20",
        "--days",
        "86",
        "--cases",
        "64",
        "--seed",
        "2",
        "--out",
        longer.to_str().unwrap(),
    ]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    let example = util::example_town();
    for (repo, day) in [
        (&example, "2026-11-25"),
        (&example, "2026-12-01"),
        (&example, "2026-12-15"),
        (&longer, "2026-11-26"),
    ] {
        let run = grid_env(
            &example,
            &["check", "--repo", repo.to_str().unwrap(), "--as-of", day],
            &[("GRID_LANG", "zh")],
        );
        let lines: Vec<&str> = run.stdout.lines().collect();
        assert!(
            lines.len() <= 60,
            "{day}: {} lines\n{}",
            lines.len(),
            run.stdout
        );
        assert!(
            lines.iter().all(|l| l.width() <= 80),
            "{day}:\n{}",
            run.stdout
        );
    }
}

#[test]
fn new_means_not_yet_overdue_at_the_previous_working_days_close() {
    let today = items(&[]);
    let yesterday: Vec<String> = grid(&[
        "check",
        "--repo",
        "example-town",
        "--as-of",
        "2026-11-23",
        "--format",
        "json",
    ])
    .json()
    .into_iter()
    .filter(|v| v["type"] == "overdue" && v["open"] == true)
    .map(|v| key(&v))
    .collect();
    for v in today.iter().filter(|v| v["open"] == true) {
        let was_open = yesterday.contains(&key(v));
        assert_eq!(v["new"] == true, !was_open, "{v}");
    }
}

#[test]
fn runs_of_missed_days_collapse_into_one_line() {
    let all = items(&["--duty", "patrol_missing", "--status", "open"]);
    let mut days: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for v in &all {
        let person = v["person"].as_str().unwrap().to_string();
        days.entry(person)
            .or_default()
            .push(v["due"].as_str().unwrap()[..10].to_string());
    }
    let (person, run) = days
        .iter()
        .filter_map(|(p, d)| {
            let mut best: Vec<chrono::NaiveDate> = Vec::new();
            let mut current: Vec<chrono::NaiveDate> = Vec::new();
            for day in d {
                let day = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
                if current.last().and_then(|l| l.succ_opt()) != Some(day) {
                    current.clear();
                }
                current.push(day);
                if current.len() > best.len() {
                    best = current.clone();
                }
            }
            (best.len() >= 2).then(|| (p.clone(), best))
        })
        .max_by_key(|(_, r)| r.len())
        .expect("some member missed two days running");
    // A patrol of day D is due the next morning: the run's days are the patrol days.
    let first = (run[0] - chrono::Days::new(1)).format("%m-%d");
    let last = (run[run.len() - 1] - chrono::Days::new(1)).format("%m-%d");
    let view = grid_env(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")),
        &[
            "check",
            "--repo",
            "example-town",
            "--as-of",
            DAY,
            "--person",
            &person,
        ],
        &[("GRID_LANG", "zh")],
    );
    let line = format!("{first} 至 {last}（{} 天）", run.len());
    assert!(view.stdout.contains(&line), "{line}\n{}", view.stdout);
}

/// Which JSON items a filter must keep.
type Keep = Box<dyn Fn(&Value) -> bool>;

#[test]
fn each_filter_keeps_exactly_the_matching_items() {
    let all = items(&[]);
    let enterprises: serde_yaml::Value = serde_yaml::from_str(
        &std::fs::read_to_string(util::example_town().join("grids/enterprises.yaml")).unwrap(),
    )
    .unwrap();
    let under_w2: Vec<String> = enterprises["enterprises"]
        .as_sequence()
        .unwrap()
        .iter()
        .filter(|e| e["work_area"] == "W2")
        .map(|e| e["id"].as_str().unwrap().to_string())
        .collect();
    assert!(!under_w2.is_empty());
    let in_w2 = move |v: &Value| {
        let grid = v["grid"].as_str().unwrap();
        grid == "W2" || grid.starts_with("W2-") || under_w2.iter().any(|e| e == grid)
    };
    let in_w2_too = in_w2.clone();
    let cases: Vec<(Vec<&str>, Keep)> = vec![
        (vec!["--grid", "W2"], Box::new(in_w2)),
        (vec!["--grid", "QS"], Box::new(|_| true)),
        (
            vec!["--grid", "W1-V01"],
            Box::new(|v| v["grid"] == "W1-V01"),
        ),
        (
            vec!["--duty", "patrol_missing"],
            Box::new(|v| v["duty"] == "patrol_missing"),
        ),
        (
            vec!["--duty", "patrol_missing", "--duty", "案件处置超时"],
            Box::new(|v| v["duty"] == "patrol_missing" || v["duty"] == "case_resolve_late"),
        ),
        (vec!["--status", "new"], Box::new(|v| v["new"] == true)),
        (vec!["--status", "open"], Box::new(|v| v["open"] == true)),
        (
            vec!["--status", "late"],
            Box::new(|v| v["open"] == false && !v["done_at"].is_null()),
        ),
        (
            vec!["--person", "P0006"],
            Box::new(|v| v["person"] == "P0006"),
        ),
        (
            vec!["--grid", "W2", "--status", "open"],
            Box::new(move |v| v["open"] == true && in_w2_too(v)),
        ),
    ];
    for (args, keep) in cases {
        let expected: Vec<String> = all.iter().filter(|v| keep(v)).map(key).collect();
        let got: Vec<String> = items(&args).iter().map(key).collect();
        assert!(!expected.is_empty(), "{args:?} keeps nothing");
        assert_eq!(got, expected, "{args:?}");
    }
    let bad = check(&["--duty", "patrolmissing"]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("patrol_missing"), "{}", bad.stderr);
    let unknown = check(&["--person", "P9999"]);
    assert_eq!(unknown.code, 2, "{}", unknown.stderr);
}

#[test]
fn counts_by_grid_equal_the_json_items() {
    let all = items(&[]);
    let run = check(&["--by", "grid"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut expected: BTreeMap<String, [usize; 4]> = BTreeMap::new();
    for v in &all {
        let counts = expected
            .entry(v["grid"].as_str().unwrap().to_string())
            .or_default();
        if v["open"] == true {
            counts[0] += 1;
        }
        if v["new"] == true {
            counts[1] += 1;
        }
        if v["status"] == "due_soon" {
            counts[2] += 1;
        }
        if v["open"] == false && !v["done_at"].is_null() {
            counts[3] += 1;
        }
    }
    let mut seen = 0;
    for line in run.stdout.lines() {
        let cells: Vec<&str> = line.split(['│', '┆']).map(str::trim).collect();
        if cells.len() < 7 {
            continue;
        }
        let Some(id) = cells[1].split_whitespace().next() else {
            continue;
        };
        if let Some(counts) = expected.get(id) {
            let shown: Vec<usize> = cells[2..6].iter().map(|c| c.parse().unwrap()).collect();
            assert_eq!(shown, counts.to_vec(), "{line}\n{}", run.stdout);
            seen += 1;
        }
    }
    assert_eq!(seen, expected.len(), "{}", run.stdout);
}

#[test]
fn csv_holds_the_same_items_as_json() {
    let all = items(&[]);
    let run = check(&["--format", "csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut reader = csv::Reader::from_reader(run.stdout.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), all.len());
    for (row, v) in rows.iter().zip(&all) {
        assert_eq!(&row[0], v["grid"].as_str().unwrap());
        assert_eq!(&row[4], v["due"].as_str().unwrap());
        let standing = match (
            v["new"] == true,
            v["open"] == true,
            v["status"] == "due_soon",
        ) {
            (true, _, _) => "new",
            (_, true, _) => "open",
            (_, _, true) => "due_soon",
            _ => "late",
        };
        assert_eq!(&row[7], standing, "{v}");
    }
}

#[test]
fn duties_say_what_each_row_is_and_when_it_was_really_done() {
    let duties = |extra: &[&str]| {
        let mut args = vec![
            "duties",
            "--repo",
            "example-town",
            "--as-of",
            DAY,
            "--from",
            "2026-11-01",
            "--to",
            DAY,
            "--format",
            "csv",
        ];
        args.extend_from_slice(extra);
        let run = grid_env(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")),
            &args,
            &[("GRID_LANG", "zh")],
        );
        assert_eq!(run.code, 0, "{}", run.stderr);
        let mut reader = csv::Reader::from_reader(run.stdout.as_bytes());
        reader.records().map(Result::unwrap).collect::<Vec<_>>()
    };
    let late = duties(&["--duty", "patrol_late", "--status", "late"]);
    assert!(!late.is_empty());
    for row in &late {
        assert_eq!(&row[2], "巡查上报", "{row:?}");
        assert!(
            row[7].starts_with("逾期完成 ") && row[7].ends_with(" 天"),
            "{row:?}"
        );
    }
    let patrols = duties(&["--grid", "W1-V01", "--duty", "日巡查缺报"]);
    let done: Vec<_> = patrols.iter().filter(|r| &r[7] == "按时完成").collect();
    assert!(!done.is_empty());
    let register =
        std::fs::read_to_string(util::example_town().join("patrols/2026-11.csv")).unwrap();
    for row in done.iter().take(20) {
        assert_eq!(&row[2], "日巡查", "{row:?}");
        let member = row[3].split_whitespace().next().unwrap();
        let line = register
            .lines()
            .find(|l| l.starts_with(&format!("{},W1-V01,{member},", &row[0])))
            .unwrap_or_else(|| panic!("no patrol row for {row:?}"));
        let end = line.split(',').nth(4).unwrap();
        assert_eq!(
            &row[6],
            &format!("{} {end}", &row[0]),
            "done when the patrol ended"
        );
    }
}

#[test]
fn a_recorded_check_is_what_new_is_measured_from() {
    let town = util::Town::copy();
    let check = |args: &[&str]| util::grid_in(town.path(), args);
    let morning = "2026-11-24 08:00";
    let first = check(&["check", "--as-of", morning, "--record", "--format", "json"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let second = check(&["check", "--as-of", DAY, "--record", "-q"]);
    assert_eq!(second.code, 0, "{}", second.stderr);
    let log = town.read(".grid/checks.csv");
    let rows: Vec<&str> = log.lines().collect();
    assert_eq!(rows[0], "at,errors,open,new,due_soon,done_late");
    assert_eq!(rows.len(), 3, "{log}");
    assert!(rows[1].starts_with("2026-11-24 08:00,0,"), "{log}");
    let at_morning: Vec<Value> = first
        .json()
        .into_iter()
        .filter(|v| v["type"] == "overdue")
        .collect();
    let open_then = at_morning.iter().filter(|v| v["open"] == true).count();
    assert_eq!(
        rows[1].split(',').nth(2),
        Some(open_then.to_string().as_str()),
        "{log}"
    );
    // New since the last recorded check (the close of the 24th): nothing is new at that
    // same moment.
    let since_last = check(&["check", "--as-of", DAY, "--since-check", "--format", "json"]);
    assert!(
        since_last.json().iter().all(|v| v["new"] != true),
        "new items at the moment of the last check"
    );
    // With only the morning's check recorded, new means not overdue at 08:00.
    town.write(".grid/checks.csv", format!("{}\n{}\n", rows[0], rows[1]));
    let open_at_8: Vec<String> = at_morning
        .iter()
        .filter(|v| v["open"] == true)
        .map(key)
        .collect();
    let evening = check(&["check", "--as-of", DAY, "--since-check", "--format", "json"]);
    let mut new = 0;
    for v in evening.json().iter().filter(|v| v["open"] == true) {
        assert_eq!(v["new"] == true, !open_at_8.contains(&key(v)), "{v}");
        new += usize::from(v["new"] == true);
    }
    assert!(new > 0, "something became overdue during the day");
    let view = check(&["check", "--as-of", DAY, "--since-check"]);
    assert!(
        view.stdout.contains("New since 2026-11-24 08:00"),
        "{}",
        view.stdout
    );
}

#[test]
fn the_staged_check_of_the_hook_validates_and_claims_nothing_about_duties() {
    let town = util::Town::copy();
    town.git(&["init", "-q"]);
    town.git(&["add", "."]);
    let run = util::grid_in(town.path(), &["check", "--staged", "--as-of", DAY]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stdout.contains("Open overdue"), "{}", run.stdout);
    assert!(run.stdout.contains("no problems found"), "{}", run.stdout);
}
