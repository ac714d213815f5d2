//! The truncation oracle: what `grid` says as of a moment T on the whole repository is what it
//! says as of T on a copy from which everything recorded after T was taken out of the files.
//! Moments are drawn at random over example-town's span (seeded; `GRID_ORACLE_SEED` replays
//! one run, `GRID_ORACLE_MOMENTS` sets how many).

#[path = "util/cut.rs"]
mod cut;
mod util;

use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use util::{Run, grid_in};

/// The moments drawn when `GRID_ORACLE_MOMENTS` does not say.
const MOMENTS: u64 = 200;

/// A small seeded generator (splitmix64): the same seed draws the same moments.
struct Draw(u64);

impl Draw {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn stamp(at: NaiveDateTime) -> String {
    at.format("%Y-%m-%d %H:%M").to_string()
}

/// Records the supervision office's approval of a finding at a moment.
fn approve(town: &Path, finding: &str, at: &str) {
    let run = grid_in(
        town,
        &[
            "decide",
            finding,
            "approve",
            "--note",
            "督考办审定",
            "--by",
            "P0003",
            "--at",
            at,
        ],
    );
    assert_eq!(run.code, 0, "decide {finding}: {}", run.stderr);
}

/// The town the oracle reads: example-town with decisions of the supervision office recorded
/// at several moments, so that decisions are cut too.
fn full_town() -> util::Town {
    let town = util::Town::copy();
    let run = grid_in(
        town.path(),
        &["findings", "--format", "json", "--as-of", "2026-11-30"],
    );
    let findings: Vec<_> = run.json();
    assert!(
        findings.len() >= 4,
        "example-town has findings: {}",
        run.stdout
    );
    for (i, f) in findings.iter().take(6).enumerate() {
        let id = f["id"].as_str().unwrap();
        let at = format!("2026-11-{:02} 10:00", 20 + i);
        approve(town.path(), id, &at);
    }
    town
}

/// Every command compared at one moment: the ones that read the town as of a moment, in JSON.
fn commands(moment: &str, case: Option<&str>, report: usize, out: &Path) -> Vec<Vec<String>> {
    let mut all: Vec<Vec<&str>> = vec![
        vec!["check", "--format", "json", "--since", "2026-08-01"],
        vec!["duties", "--format", "json"],
        vec!["findings", "--format", "json"],
        vec!["score", "--format", "json"],
        vec!["case", "list", "--format", "json"],
    ];
    if let Some(id) = case {
        all.push(vec!["case", "show", id, "--format", "json"]);
    }
    let xlsx = out.join("r.xlsx");
    let xlsx = xlsx.to_str().unwrap();
    let reports: [&[&str]; 6] = [
        &["report", "monthly"],
        &["report", "weekly"],
        &["report", "quarterly"],
        &["report", "assessment"],
        &["report", "disclosure"],
        &["report", "rollout"],
    ];
    let mut r = reports[report % reports.len()].to_vec();
    r.extend(["--format", "json", "-o", xlsx]);
    all.push(r);
    all.into_iter()
        .map(|mut c| {
            c.extend(["--as-of", moment]);
            c.into_iter().map(str::to_string).collect()
        })
        .collect()
}

fn run(repo: &Path, command: &[String]) -> Run {
    let mut args: Vec<&str> = command.iter().map(String::as_str).collect();
    args.extend(["--repo", repo.to_str().unwrap()]);
    grid_in(repo, &args)
}

/// The ids of the cases `case list` shows as of a moment.
fn case_ids(list: &Run) -> Vec<String> {
    list.items()
        .iter()
        .filter_map(|v| v["id"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn as_of_a_moment_is_the_repository_cut_at_it() {
    let seed: u64 = std::env::var("GRID_ORACLE_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20261130);
    let moments: u64 = std::env::var("GRID_ORACLE_MOMENTS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(MOMENTS);
    let full = full_town();
    let start = NaiveDate::from_ymd_opt(2026, 8, 25)
        .unwrap()
        .and_hms_opt(0, 0, 0)
        .unwrap();
    let span_minutes = 100 * 24 * 60;
    let mut draw = Draw(seed);
    let picks: Vec<(NaiveDateTime, u64)> = (0..moments)
        .map(|_| {
            let at = start + TimeDelta::minutes(draw.below(span_minutes) as i64);
            (at, draw.next())
        })
        .collect();
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let failures: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = picks
            .chunks(picks.len().div_ceil(threads).max(1))
            .map(|chunk| {
                let full = full.path();
                scope.spawn(move || {
                    chunk
                        .iter()
                        .enumerate()
                        .filter_map(|(i, &(at, pick))| compare(full, at, pick, i).err())
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    assert!(
        failures.is_empty(),
        "seed {seed} ({} of {moments} moments differ; replay with GRID_ORACLE_SEED={seed}):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Compares every command at one moment; the first difference, described, as the error.
fn compare(full: &Path, at: NaiveDateTime, pick: u64, i: usize) -> Result<(), String> {
    let cut_dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    cut::cut_copy(full, cut_dir.path(), at);
    let moment = stamp(at);
    let list = run(full, &commands(&moment, None, 0, out.path())[4]);
    let ids = case_ids(&list);
    let case = (!ids.is_empty()).then(|| ids[(pick % ids.len() as u64) as usize].clone());
    for command in commands(
        &moment,
        case.as_deref(),
        (pick >> 8) as usize + i,
        out.path(),
    ) {
        let whole = run(full, &command);
        let cut = run(cut_dir.path(), &command);
        if whole.code == 2 {
            return Err(format!(
                "as of {moment}: `grid {}` could not run: {}",
                command.join(" "),
                whole.stderr.trim()
            ));
        }
        if (whole.code, &whole.stdout) != (cut.code, &cut.stdout) {
            let first = whole
                .stdout
                .lines()
                .zip(cut.stdout.lines())
                .find(|(a, b)| a != b)
                .map_or_else(
                    || {
                        format!(
                            "{} vs {} lines",
                            whole.stdout.lines().count(),
                            cut.stdout.lines().count()
                        )
                    },
                    |(a, b)| format!("whole: {a}\n  cut:   {b}"),
                );
            return Err(format!(
                "as of {moment}: `grid {}` differs (exit {} vs {}; {} / {})\n  {first}",
                command.join(" "),
                whole.code,
                cut.code,
                whole.stderr.trim(),
                cut.stderr.trim(),
            ));
        }
    }
    Ok(())
}

fn example(args: &[&str]) -> Run {
    let mut all = args.to_vec();
    all.extend(["--repo", "example-town"]);
    util::grid(&all)
}

#[test]
fn a_case_not_yet_reported_is_not_shown_or_listed() {
    let show = example(&["case", "show", "QS-2026-0066", "--as-of", "2026-11-01"]);
    assert_eq!(show.code, 2);
    assert!(
        show.stderr
            .contains("did not yet know of case QS-2026-0066"),
        "{}",
        show.stderr
    );
    let list = example(&["case", "list", "--format", "json", "--as-of", "2026-11-20"]);
    for case in list.items() {
        assert!(
            case["discovered_at"].as_str().unwrap() <= "2026-11-20 24:00",
            "{case}"
        );
    }
    let ids = case_ids(&list);
    assert!(!ids.contains(&"QS-2026-0066".to_string()), "{ids:?}");
    assert!(ids.len() >= 40, "{ids:?}");
}

#[test]
fn before_the_first_record_there_are_no_cases_and_nothing_done() {
    let run = example(&["check", "--format", "json", "--as-of", "2026-08-01"]);
    let summary = run.summary();
    assert_eq!(summary["cases"], 0, "{summary}");
    assert_eq!(
        summary["cases_by_state"],
        serde_json::json!({}),
        "{summary}"
    );
    assert_eq!(summary["patrols"], 0, "{summary}");
}

#[test]
fn nothing_is_done_after_the_moment() {
    let run = example(&[
        "check",
        "--format",
        "json",
        "--as-of",
        "2026-11-24 08:00",
        "--all",
    ]);
    let items = run.json();
    assert!(items.len() > 10);
    for item in &items {
        if let Some(done) = item["done_at"].as_str() {
            assert!(done <= "2026-11-24 08:00", "{item}");
        }
    }
}

#[test]
fn a_village_is_held_to_account_only_when_its_grace_hours_have_run_out() {
    // QS-2026-0003: discovered 2026-09-03 15:24 and first reported by the 12345 hotline; the
    // village never reported it; the grace is 24 hours.
    let id = "accountability-QS-2026-0003";
    let at = |as_of: &str| {
        let run = example(&["findings", "--format", "json", "--as-of", as_of]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        run.json().into_iter().any(|f| f["id"] == id)
    };
    let discovered =
        example(&["case", "show", "QS-2026-0003", "--format", "json"]).json()[0]["discovered_at"]
            .as_str()
            .unwrap()
            .to_string();
    let discovered = NaiveDateTime::parse_from_str(&discovered, "%Y-%m-%d %H:%M").unwrap();
    assert!(!at(&stamp(discovered + TimeDelta::hours(23))));
    assert!(at(&stamp(discovered + TimeDelta::hours(24))));
    assert!(at("2026-11-30"));
}

#[test]
fn a_decision_counts_from_the_moment_it_was_recorded() {
    let town = util::Town::copy();
    approve(town.path(), "reward-QS-2026-0001", "2026-11-25 10:00");
    let decision = |as_of: &str| {
        grid_in(
            town.path(),
            &["findings", "--format", "json", "--as-of", as_of],
        )
        .json()
        .into_iter()
        .find(|f| f["id"] == "reward-QS-2026-0001")
        .unwrap()["decision"]
            .clone()
    };
    assert_eq!(decision("2026-11-25 09:59"), serde_json::Value::Null);
    assert_eq!(decision("2026-11-25 10:00"), "approve");
}
