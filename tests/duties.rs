//! One test per duty kind: each builds the situation in a temp copy of example-town and asserts
//! the exact overdue item, with the edge cases of docs/DUTIES.md (holidays and make-up days in
//! working-day deadlines, month ends, a quarter window across the National Day holiday,
//! assignments that start or end mid-month, late but present reports, suspensions).

mod util;

use serde_json::Value;
use util::{Run, Town, example_check_json, grid};

const PATROLS: &str = "patrols/2026-11.csv";

/// The overdue and due-soon items of a `--format json` run.
fn items(run: &Run) -> Vec<Value> {
    run.json()
        .into_iter()
        .filter(|v| v["type"] == "overdue")
        .collect()
}

/// The items of one duty kind.
fn of(run: &Run, duty: &str) -> Vec<Value> {
    items(run)
        .into_iter()
        .filter(|v| v["duty"] == duty)
        .collect()
}

/// The one item of `duty` whose fields match `expected` (a JSON object of some fields).
fn find(run: &Run, duty: &str, expected: Value) -> Value {
    let matches: Vec<Value> = of(run, duty)
        .into_iter()
        .filter(|item| {
            expected
                .as_object()
                .unwrap()
                .iter()
                .all(|(k, v)| &item[k] == v)
        })
        .collect();
    assert_eq!(
        matches.len(),
        1,
        "{duty} {expected}: found {matches:#?} among {:#?}",
        of(run, duty)
    );
    matches[0].clone()
}

fn remove_line(town: &Town, file: &str, starts_with: &str) {
    let text = town.read(file);
    assert_eq!(
        text.lines().filter(|l| l.starts_with(starts_with)).count(),
        1,
        "{starts_with}"
    );
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with(starts_with))
        .collect();
    town.write(file, kept.join("\n") + "\n");
}

fn json(town: &Town, extra: &[&str]) -> Run {
    let mut args = vec!["--format", "json"];
    args.extend_from_slice(extra);
    let run = town.check_with(&args);
    assert_eq!(run.summary()["errors"], 0, "{}", run.stdout);
    run
}

#[test]
fn example_town_shows_many_kinds_each_pointing_at_its_file() {
    let run = example_check_json();
    let mut kinds: Vec<String> = items(&run)
        .iter()
        .map(|v| v["duty"].as_str().unwrap().to_string())
        .collect();
    kinds.sort();
    kinds.dedup();
    assert!(kinds.len() >= 6, "{kinds:?}");
    for item in items(&run) {
        let file = util::example_town().join(item["file"].as_str().unwrap());
        if let Some(line) = item["line"].as_u64() {
            let text = std::fs::read_to_string(&file).unwrap();
            assert!(text.lines().count() as u64 >= line, "{item}");
        } else {
            assert!(item["file"].as_str().unwrap().ends_with(".csv"), "{item}");
        }
    }
}

#[test]
fn patrol_missing() {
    let town = Town::copy();
    remove_line(&town, PATROLS, "2026-11-20,W1-V01,P0044,");
    let item = find(
        &json(&town, &[]),
        "patrol_missing",
        serde_json::json!({"person": "P0044"}),
    );
    assert_eq!(item["grid"], "W1-V01");
    assert_eq!(item["due"], "2026-11-21 09:00");
    assert_eq!(item["late_days"], 3.6);
    assert_eq!(item["status"], "overdue");
    assert_eq!(item["file"], PATROLS);
    assert_eq!(item["line"], Value::Null);
}

#[test]
fn patrol_missing_only_while_the_assignment_runs() {
    let town = Town::copy();
    let line = town.find_row("roster.csv", |l| l.starts_with("P0044,"));
    town.set_field("roster.csv", line, "to", "2026-11-15");
    let text = town.read(PATROLS);
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| {
            !(l.contains(",W1-V01,P0044,") && (l.starts_with("2026-11-14") || &l[8..10] >= "16"))
        })
        .collect();
    town.write(PATROLS, kept.join("\n") + "\n");
    let approvals = town.read("approvals/2026.csv");
    let unreferenced: Vec<String> = approvals
        .lines()
        .map(|l| {
            if l.contains(":P0044,") {
                l.replace(
                    &l[l.find("patrol:").unwrap()..l.find(":P0044,").unwrap() + 6],
                    "",
                )
            } else {
                l.to_string()
            }
        })
        .collect();
    town.write("approvals/2026.csv", unreferenced.join("\n") + "\n");
    let run = json(&town, &[]);
    let missing: Vec<Value> = of(&run, "patrol_missing")
        .into_iter()
        .filter(|v| v["person"] == "P0044")
        .collect();
    assert_eq!(missing.len(), 1, "{missing:#?}");
    assert_eq!(missing[0]["due"], "2026-11-15 09:00");
}

#[test]
fn a_member_who_joined_later_owes_nothing_before() {
    let town = Town::copy();
    let roster = town.read("roster.csv");
    let joined = roster
        .lines()
        .find(|l| l.contains(",base_member,") && l.split(',').nth(6).is_some_and(|f| !f.is_empty()))
        .expect("example-town has a member who joined during the period");
    let fields: Vec<&str> = joined.split(',').collect();
    let (person, village, from) = (fields[0], fields[3], fields[6]);
    let run = json(&town, &["--since", "2026-09-01"]);
    for item in of(&run, "patrol_missing")
        .into_iter()
        .filter(|v| v["person"] == person)
    {
        assert!(item["due"].as_str().unwrap() > from, "{item} before {from}");
    }
    let day_before = chrono::NaiveDate::parse_from_str(from, "%Y-%m-%d")
        .unwrap()
        .pred_opt()
        .unwrap()
        .to_string();
    let repo = town.path().to_str().unwrap();
    let before = grid(&[
        "duties",
        "--repo",
        repo,
        "--from",
        "2026-09-01",
        "--to",
        &day_before,
        "--grid",
        village,
        "--as-of",
        "2026-11-24",
        "--format",
        "json",
    ]);
    let entries = before.json();
    assert!(!entries.is_empty());
    assert!(
        entries.iter().all(|v| v["person"] != person),
        "{person} owes duties before {from}"
    );
    let after = grid(&[
        "duties",
        "--repo",
        repo,
        "--from",
        from,
        "--to",
        from,
        "--grid",
        village,
        "--as-of",
        "2026-11-24",
        "--format",
        "json",
    ]);
    assert!(
        after.json().iter().any(|v| v["person"] == person),
        "{person} owes duties from {from}"
    );
}

#[test]
fn patrol_late_but_present_is_late_not_missing() {
    let town = Town::copy();
    let line = town.find_row(PATROLS, |l| l.starts_with("2026-11-20,W1-V01,P0044,"));
    town.set_field(PATROLS, line, "reported_at", "2026-11-21 10:30");
    let run = json(&town, &[]);
    let item = find(
        &run,
        "patrol_late",
        serde_json::json!({"due": "2026-11-21 09:00", "grid": "W1-V01", "line": line}),
    );
    assert_eq!(item["person"], "P0043");
    assert_eq!(item["done_at"], "2026-11-21 10:30");
    assert_eq!(item["late_days"], 0.1);
    assert!(
        of(&run, "patrol_missing")
            .iter()
            .all(|v| v["person"] != "P0044" || v["due"] != "2026-11-21 09:00")
    );
}

#[test]
fn patrol_unsigned() {
    let town = Town::copy();
    let line = town.find_row(PATROLS, |l| l.starts_with("2026-11-20,W1-V01,P0044,"));
    town.set_field(PATROLS, line, "signed_by", "");
    town.set_field(PATROLS, line, "signed_at", "");
    let item = find(
        &json(&town, &[]),
        "patrol_unsigned",
        serde_json::json!({"line": line}),
    );
    assert_eq!(item["person"], "P0042");
    assert_eq!(item["due"], "2026-11-21 09:00");
    assert_eq!(item["done_at"], Value::Null);
}

#[test]
fn patrol_wrong_signer() {
    let town = Town::copy();
    let line = town.find_row(PATROLS, |l| l.starts_with("2026-11-20,W1-V01,P0044,"));
    town.set_field(PATROLS, line, "signed_by", "P0043");
    let run = json(&town, &[]);
    let item = find(
        &run,
        "patrol_wrong_signer",
        serde_json::json!({"line": line}),
    );
    assert_eq!(item["person"], "P0042");
    assert_eq!(item["status"], "overdue");
}

#[test]
fn a_report_due_within_the_hour_is_due_soon() {
    let town = Town::copy();
    remove_line(&town, PATROLS, "2026-11-23,W1-V01,P0044,");
    let repo = town.path().to_str().unwrap();
    let run = grid(&[
        "check",
        "--repo",
        repo,
        "--format",
        "json",
        "--as-of",
        "2026-11-24 08:00",
    ]);
    let item = find(
        &run,
        "patrol_missing",
        serde_json::json!({"person": "P0044", "due": "2026-11-24 09:00"}),
    );
    assert_eq!(item["status"], "due_soon");
    assert!(run.summary()["due_soon"].as_u64().unwrap() >= 1);
}

#[test]
fn strict_makes_overdue_items_fail() {
    let town = Town::copy();
    assert_eq!(town.check_with(&["-q"]).code, 0);
    assert_eq!(town.check_with(&["-q", "--strict"]).code, 1);
}

#[test]
fn sweep_missing() {
    let town = Town::copy();
    remove_line(&town, "sweeps/2026-11.csv", "2026-11-15,W1-V01,");
    let item = find(
        &json(&town, &[]),
        "sweep_missing",
        serde_json::json!({"grid": "W1-V01"}),
    );
    assert_eq!(item["person"], "P0042");
    assert_eq!(item["due"], "2026-11-16 00:00");
    assert_eq!(item["file"], "sweeps/2026-11.csv");
}

#[test]
fn sweep_absent_unexcused() {
    let town = Town::copy();
    let line = town.find_row("sweeps/2026-11.csv", |l| {
        l.starts_with("2026-11-15,W1-V01,")
    });
    town.set_field("sweeps/2026-11.csv", line, "absent", "P0044");
    let item = find(
        &json(&town, &[]),
        "sweep_absent_unexcused",
        serde_json::json!({"grid": "W1-V01"}),
    );
    assert_eq!(item["person"], "P0044");
    assert_eq!(item["line"], line);
}

#[test]
fn meeting_missing_in_the_first_half() {
    let town = Town::copy();
    remove_line(
        &town,
        "meetings/2026-11.csv",
        "2026-11-01,village_half_month,W1-V01,",
    );
    let item = find(
        &json(&town, &[]),
        "meeting_missing",
        serde_json::json!({"grid": "W1-V01"}),
    );
    assert_eq!(item["due"], "2026-11-16 00:00");
    assert_eq!(item["person"], "P0042");
}

#[test]
fn meeting_missing_at_a_month_end() {
    let town = Town::copy();
    let text = town.read("meetings/2026-10.csv");
    let row = text
        .lines()
        .find(|l| l.contains(",village_half_month,W1-V01,") && l[8..10] >= *"16")
        .unwrap()
        .to_string();
    remove_line(&town, "meetings/2026-10.csv", &row);
    let item = find(
        &json(&town, &[]),
        "meeting_missing",
        serde_json::json!({"grid": "W1-V01"}),
    );
    assert_eq!(item["due"], "2026-11-01 00:00");
}

#[test]
fn meeting_unsigned() {
    let town = Town::copy();
    let line = town.find_row("meetings/2026-11.csv", |l| {
        l.starts_with("2026-11-01,village_half_month,W1-V01,")
    });
    town.set_field("meetings/2026-11.csv", line, "signed_by", "");
    let item = find(
        &json(&town, &[]),
        "meeting_unsigned",
        serde_json::json!({"grid": "W1-V01"}),
    );
    assert_eq!(item["line"], line);
    assert_eq!(item["due"], "2026-11-16 00:00");
}

#[test]
fn inspection_missing_window_counts_working_days_across_the_national_day() {
    // Q4 2026 starts with the holiday of 1–7 October; its 15 working days are 8–9 October,
    // the make-up Saturday 10 October, and 12–27 October.
    let run = example_check_json();
    let item = find(
        &run,
        "inspection_missing",
        serde_json::json!({"grid": "W4"}),
    );
    assert_eq!(item["due"], "2026-10-28 00:00");
    assert_eq!(item["file"], "inspections/2026-Q4.csv");
    assert_eq!(item["line"], Value::Null);
}

#[test]
fn an_inspection_inside_the_window_fulfils_it() {
    let town = Town::copy();
    let text = town.read("inspections/2026-Q4.csv");
    town.write(
        "inspections/2026-Q4.csv",
        format!("{text}2026-10-27,W4,P0040,P0040,W4-V01;W4-V02;W4-V03;W4-V04;W4-V05,0,,\n"),
    );
    let run = json(&town, &[]);
    assert!(
        of(&run, "inspection_missing").is_empty(),
        "{:#?}",
        of(&run, "inspection_missing")
    );
}

#[test]
fn inspection_uncovered() {
    let run = example_check_json();
    let item = find(
        &run,
        "inspection_uncovered",
        serde_json::json!({"grid": "W2-V05"}),
    );
    assert_eq!(item["subject"], "W2");
    assert_eq!(item["person"], "P0036");
    assert_eq!(item["file"], "inspections/2026-Q4.csv");
}

#[test]
fn consultation_missing() {
    let town = Town::copy();
    let text = town.read("meetings/2026-11.csv");
    let row = text
        .lines()
        .find(|l| l.contains(",town_consultation,") && l.starts_with("2026-11-1"))
        .unwrap()
        .to_string();
    remove_line(&town, "meetings/2026-11.csv", &row);
    let item = find(
        &json(&town, &[]),
        "consultation_missing",
        serde_json::json!({"subject": "2026-W46"}),
    );
    assert_eq!(item["grid"], "QS");
    assert_eq!(item["due"], "2026-11-16 00:00");
    assert_eq!(item["person"], "P0006");
}

#[test]
fn case_not_consulted() {
    let town = Town::copy();
    let file = "cases/2026/QS-2026-0003.yaml";
    let text = town.read(file);
    let start = text
        .find("- at: 2026-09-08 15:01\n  action: consulted")
        .unwrap();
    let end = text[start..].find("- at: 2026-09-11").unwrap() + start;
    town.write(file, format!("{}{}", &text[..start], &text[end..]));
    let item = find(
        &json(&town, &[]),
        "case_not_consulted",
        serde_json::json!({"subject": "QS-2026-0003"}),
    );
    assert_eq!(item["due"], "2026-09-12 05:18");
    assert_eq!(item["status"], "overdue");
    assert_eq!(item["done_at"], Value::Null);
}

#[test]
fn case_accept_late() {
    let town = Town::copy();
    let file = "cases/2026/QS-2026-0001.yaml";
    town.replace(file, "- at: 2026-09-01 10:25\n", "- at: 2026-09-01 11:50\n");
    town.replace(file, "- at: 2026-09-01 11:15\n", "- at: 2026-09-01 12:15\n");
    let item = find(
        &json(&town, &["--since", "2026-09-01"]),
        "case_accept_late",
        serde_json::json!({"subject": "QS-2026-0001"}),
    );
    assert_eq!(item["due"], "2026-09-01 11:20");
    assert_eq!(item["done_at"], "2026-09-01 11:50");
    assert_eq!(item["person"], "P0006");
}

fn open_case(town: &Town, events: &str) {
    town.write(
        "cases/2026/QS-2026-0999.yaml",
        format!(
            "id: QS-2026-0999\ntitle: 前店村燃气隐患\nitem: AQ02\ngrid: W1-V01\ndiscovered_at: 2026-09-30 08:00\nreports:\n- {{at: 2026-09-30 08:30, by: P0044, channel: wechat_group}}\nevents:\n- {{at: 2026-09-30 09:00, action: accepted, by: P0006}}\n- {{at: 2026-09-30 09:10, action: assigned, by: P0006, to: G-safety}}\n{events}"
        ),
    );
}

#[test]
fn case_resolve_late_counts_working_days_around_holidays() {
    // AQ02 gives 2 working days; 1–7 October are the National Day holiday.
    let town = Town::copy();
    open_case(&town, "");
    let item = find(
        &json(&town, &[]),
        "case_resolve_late",
        serde_json::json!({"subject": "QS-2026-0999"}),
    );
    assert_eq!(item["due"], "2026-10-09 09:00");
    assert_eq!(item["person"], "P0025", "the head of G-safety");
    assert_eq!(item["grid"], "W1-V01");
}

#[test]
fn a_suspension_moves_the_resolution_deadline() {
    let town = Town::copy();
    open_case(
        &town,
        "- {at: 2026-10-08 09:00, action: suspended, by: P0006, approved_by: P0002, reason: 等待鉴定}\n- {at: 2026-10-10 09:00, action: resumed, by: P0006}\n",
    );
    let item = find(
        &json(&town, &[]),
        "case_resolve_late",
        serde_json::json!({"subject": "QS-2026-0999"}),
    );
    // Paused Thursday 09:00 → Saturday 09:00 (a make-up working day): two working days;
    // due Friday 09:00, it moves by two working days over Sunday to Monday 09:00 (48 clock
    // hours would land on Sunday).
    assert_eq!(item["due"], "2026-10-12 09:00");
}

#[test]
fn a_suspended_case_is_not_overdue() {
    let town = Town::copy();
    open_case(
        &town,
        "- {at: 2026-10-08 09:00, action: suspended, by: P0006, approved_by: P0002, reason: 等待鉴定}\n",
    );
    let run = json(&town, &[]);
    assert!(
        of(&run, "case_resolve_late")
            .iter()
            .all(|v| v["subject"] != "QS-2026-0999")
    );
}

#[test]
fn a_make_up_saturday_counts_as_a_working_day() {
    let town = Town::copy();
    open_case(&town, "");
    let file = "cases/2026/QS-2026-0999.yaml";
    let text = town
        .read(file)
        .replace("2026-09-30", "2026-10-09")
        .replace("item: AQ02", "item: HB01");
    town.write(file, text);
    let item = find(
        &json(&town, &[]),
        "case_resolve_late",
        serde_json::json!({"subject": "QS-2026-0999"}),
    );
    assert_eq!(
        item["due"], "2026-10-10 09:00",
        "HB01 gives 1 working day; 10 October 2026 is a make-up Saturday"
    );
}

#[test]
fn whistle_unanswered() {
    let town = Town::copy();
    let file = "cases/2026/QS-2026-0010.yaml";
    town.replace(
        file,
        "- at: 2026-09-17 08:36\n  action: responded\n  by: county-sthj\n",
        "",
    );
    let item = find(
        &json(&town, &[]),
        "whistle_unanswered",
        serde_json::json!({"subject": "QS-2026-0010 county-sthj"}),
    );
    assert_eq!(item["due"], "2026-09-18 12:36");
    assert_eq!(item["person"], Value::Null);
}

#[test]
fn enterprise_patrol_missing() {
    // E01's head P0003 patrols once a week (policy.enterprise.patrol_days: 7, ISO weeks);
    // example-town misses the week of 19 October.
    let run = example_check_json();
    let item = find(
        &run,
        "enterprise_patrol_missing",
        serde_json::json!({"subject": "2026-10-19~2026-10-25"}),
    );
    assert_eq!(item["grid"], "E01");
    assert_eq!(item["person"], "P0003");
    assert_eq!(item["due"], "2026-10-26 00:00");
    assert_eq!(item["file"], "patrols/2026-10.csv");
    // Taking away the week's patrol of E03 makes that week owed too; a cycle of 14 days
    // needs one patrol a fortnight, so the gap of one week is no longer missed.
    let town = Town::copy();
    let file = "patrols/2026-11.csv";
    let line = town.find_row(file, |l| l.starts_with("2026-11-05,E03,"));
    let text = town.read(file);
    let kept: Vec<&str> = text
        .lines()
        .enumerate()
        .filter(|(i, _)| *i as u64 + 1 != line)
        .map(|(_, l)| l)
        .collect();
    town.write(file, kept.join("\n") + "\n");
    let missed = |run: &Run| {
        of(run, "enterprise_patrol_missing")
            .into_iter()
            .map(|v| {
                format!(
                    "{} {}",
                    v["grid"].as_str().unwrap(),
                    v["subject"].as_str().unwrap()
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        missed(&json(&town, &[])),
        ["E01 2026-10-19~2026-10-25", "E03 2026-11-02~2026-11-08"]
    );
    town.replace("town.yaml", "patrol_days: 7", "patrol_days: 14");
    let fortnightly = missed(&json(&town, &[]));
    assert!(
        fortnightly.iter().all(|m| !m.starts_with("E03 2026-11-02")),
        "{fortnightly:?}"
    );
}

#[test]
fn approval_unsupervised() {
    let town = Town::copy();
    let line = town.find_row("approvals/2026.csv", |l| l.starts_with("SP20260001,"));
    town.set_field("approvals/2026.csv", line, "supervised_by", "");
    let item = find(
        &json(&town, &[]),
        "approval_unsupervised",
        serde_json::json!({"subject": "SP20260001"}),
    );
    assert_eq!(item["grid"], "W1-V03");
    assert_eq!(item["due"], "2026-10-04 00:00");
    assert_eq!(item["line"], line);
}

#[test]
fn center_incomplete() {
    let run = example_check_json();
    let item = find(
        &run,
        "center_incomplete",
        serde_json::json!({"grid": "W2-V01"}),
    );
    assert_eq!(item["due"], "2026-07-01 00:00");
    assert_eq!(item["subject"], "batch-1");
    assert_eq!(item["file"], "grids/villages.yaml");
}

#[test]
fn the_duty_calendar_lists_every_duty_of_a_day() {
    let run = grid(&[
        "duties",
        "--repo",
        "example-town",
        "--from",
        "2026-11-15",
        "--to",
        "2026-11-15",
        "--grid",
        "W1-V01",
        "--as-of",
        "2026-11-24",
        "--format",
        "json",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let entries = run.json();
    let patrols: Vec<&Value> = entries
        .iter()
        .filter(|v| v["duty"] == "patrol_missing" && v["day"] == "2026-11-15")
        .collect();
    let members = std::fs::read_to_string(util::example_town().join("roster.csv"))
        .unwrap()
        .lines()
        .filter(|l| l.contains(",W1-V01,base_member,"))
        .count();
    assert_eq!(patrols.len(), members);
    let sweep = entries
        .iter()
        .find(|v| v["duty"] == "sweep_missing")
        .unwrap();
    assert_eq!(sweep["status"], "done");
    let csv = grid(&[
        "duties",
        "--repo",
        "example-town",
        "--from",
        "2026-11-15",
        "--to",
        "2026-11-15",
        "--grid",
        "W1-V01",
        "--as-of",
        "2026-11-24",
        "--format",
        "csv",
        "--lang",
        "en",
    ]);
    assert!(
        csv.stdout
            .starts_with("\u{feff}Day,Grid,Duty,Person,Subject,Due,Done,Status,Where\n"),
        "{}",
        csv.stdout
    );
}

/// The statuses, as of `moment`, of example-town's `duty` items due at `due`.
fn statuses(moment: &str, duty: &str, due: &str) -> Vec<String> {
    let run = util::grid(&[
        "check",
        "--repo",
        "example-town",
        "--as-of",
        moment,
        "--format",
        "json",
        "--duty",
        duty,
    ]);
    items(&run)
        .into_iter()
        .filter(|v| v["due"] == due)
        .map(|v| v["status"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn at_the_close_of_a_day_what_was_due_by_its_end_is_overdue() {
    let check = |moment: &str| statuses(moment, "sweep_missing", "2026-12-02 00:00");
    let at_close = check("2026-12-01");
    assert!(!at_close.is_empty());
    assert!(at_close.iter().all(|s| s == "overdue"), "{at_close:?}");
    let a_minute_before = check("2026-12-01 23:59");
    assert!(
        a_minute_before.iter().all(|s| s == "due_soon"),
        "{a_minute_before:?}"
    );
}

#[test]
fn an_unfinished_centre_is_due_soon_before_its_batch_date() {
    let check = |moment: &str| statuses(moment, "center_incomplete", "2027-01-01 00:00");
    // Batch 2 (by 2026-12-31) runs from batch 1's date (2026-06-30): 80 % of it is used on
    // 2026-11-24; a month earlier nothing shows.
    let late_november = check("2026-11-24");
    assert!(
        !late_november.is_empty() && late_november.iter().all(|s| s == "due_soon"),
        "{late_november:?}"
    );
    assert!(check("2026-10-24").is_empty());
    assert!(check("2027-01-01").iter().all(|s| s == "overdue"));
}
