//! `grid case …` on temp copies of example-town: every path of the state machine, refused
//! transitions, deadlines moved by suspensions, what the files look like afterwards, and a
//! crash between writing and renaming.

mod util;

use std::process::Command;

use util::{Run, Town, grid};

/// Runs `grid case <args> --repo <town>`.
fn case(town: &Town, args: &[&str]) -> Run {
    let mut all = vec!["case"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--repo", town.path().to_str().unwrap()]);
    grid(&all)
}

/// Runs a case command that must succeed, then `grid check`, which must stay clean.
fn step(town: &Town, args: &[&str]) {
    let run = case(town, args);
    assert_eq!(run.code, 0, "{args:?}: {}{}", run.stdout, run.stderr);
    let check = town.check();
    let problems: Vec<_> = check.diagnostics();
    assert!(problems.is_empty(), "after {args:?}: {problems:#?}");
}

/// Opens a new case on 2 November 2026 in W1-V01 and returns its id.
fn open_case(town: &Town, item: &str) -> String {
    let run = case(
        town,
        &[
            "new",
            "--item",
            item,
            "--grid",
            "W1-V01",
            "--title",
            "前店村河道旁违法搭建",
            "--location",
            "前店村三组",
            "--reporter",
            "P0044",
            "--channel",
            "wechat_direct",
            "--reported",
            "2026-11-02 08:40",
            "--discovered",
            "2026-11-02 08:10",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let id = run.stdout.split_whitespace().next().unwrap().to_string();
    assert_eq!(id, "QS-2026-0068", "the next number of the town's scheme");
    id
}

/// Opens a case (as [`open_case`]) and accepts it at `at`; its id.
fn accepted_case(town: &Town, item: &str, at: &str) -> String {
    let id = open_case(town, item);
    step(town, &["accept", &id, "--at", at, "--by", "P0006"]);
    id
}

/// Suspends a case at `at`, approved by the mayor, waiting for a gas safety test.
fn suspend(town: &Town, id: &str, at: &str) {
    step(
        town,
        &[
            "suspend",
            id,
            "--at",
            at,
            "--by",
            "P0006",
            "--approved-by",
            "P0002",
            "--reason",
            "等待燃气公司检测",
        ],
    );
}

fn state(town: &Town, id: &str) -> String {
    let run = case(town, &["list", "--format", "json"]);
    run.json().into_iter().find(|v| v["id"] == id).unwrap()["state"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn a_new_case_file_is_valid_and_numbered() {
    let town = Town::copy();
    let id = open_case(&town, "WJ01");
    let text = town.read("cases/2026/QS-2026-0068.yaml");
    assert!(
        text.starts_with(
            "# yaml-language-server: $schema=../../../schemas/case.schema.json\nid: QS-2026-0068\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("reports:\n- at: 2026-11-02 08:40\n  by: P0044\n  channel: wechat_direct\n"),
        "{text}"
    );
    assert_eq!(state(&town, &id), "reported");
    assert!(town.check().diagnostics().is_empty());
}

#[test]
fn the_normal_path_to_the_archive() {
    let town = Town::copy();
    let id = open_case(&town, "WJ01");
    for args in [
        vec!["accept", &id, "--at", "2026-11-02 09:00", "--by", "P0006"],
        vec![
            "assign",
            &id,
            "--at",
            "2026-11-02 09:30",
            "--by",
            "P0006",
            "--to",
            "G-construction",
        ],
        vec!["remedy", &id, "--at", "2026-11-02 15:00", "--by", "P0042"],
        vec!["resolve", &id, "--at", "2026-11-04 10:00", "--by", "P0022"],
        vec!["check", &id, "--at", "2026-11-05 09:00", "--by", "P0043"],
        vec![
            "close",
            &id,
            "--at",
            "2026-11-05 10:00",
            "--by",
            "P0006",
            "--outcome",
            "fixed",
        ],
        vec!["disclose", &id, "--at", "2026-11-06 10:00", "--by", "P0006"],
    ] {
        step(&town, &args);
    }
    assert_eq!(state(&town, &id), "archived");
    let text = town.read("cases/2026/QS-2026-0068.yaml");
    assert!(text.contains("\nimpact: eliminated\n"), "{text}");
    assert!(
        text.contains("disclosure:\n  public: true\n  published_at: 2026-11-06\n"),
        "{text}"
    );
    assert!(
        text.contains("- at: 2026-11-05 09:00\n  action: checked\n  by: P0043\n  callback: true\n"),
        "{text}"
    );
}

#[test]
fn rejected_is_final() {
    let town = Town::copy();
    let id = open_case(&town, "MS01");
    step(
        &town,
        &[
            "reject",
            &id,
            "--at",
            "2026-11-02 09:00",
            "--by",
            "P0006",
            "--reason",
            "不属于本镇事权范围",
        ],
    );
    let run = case(
        &town,
        &["accept", &id, "--at", "2026-11-02 10:00", "--by", "P0006"],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains(&format!(
            "case {id} is rejected: `accept` is not allowed now; allowed: note"
        )),
        "{}",
        run.stderr
    );
}

#[test]
fn a_duplicate_is_merged_into_its_lead() {
    let town = Town::copy();
    let id = open_case(&town, "WJ01");
    step(
        &town,
        &[
            "duplicate",
            &id,
            "--of",
            "QS-2026-0062",
            "--at",
            "2026-11-02 09:00",
            "--by",
            "P0006",
        ],
    );
    assert_eq!(state(&town, &id), "duplicate");
    assert!(
        town.read("cases/2026/QS-2026-0068.yaml")
            .contains("\nduplicate_of: QS-2026-0062\n")
    );
    let run = case(
        &town,
        &[
            "duplicate",
            "QS-2026-0062",
            "--of",
            "QS-2026-0062",
            "--by",
            "P0006",
        ],
    );
    assert_eq!(run.code, 2, "a case is no duplicate of itself");
}

#[test]
fn escalated_consulted_decided_whistled_and_answered() {
    let town = Town::copy();
    let id = open_case(&town, "WJ02");
    let accept = case(
        &town,
        &["accept", &id, "--at", "2026-11-02 09:00", "--by", "P0006"],
    );
    assert!(
        accept
            .stdout
            .contains("hint: WJ02 is outside the town's authority; whistle a county department in"),
        "{}",
        accept.stdout
    );
    for args in [
        vec![
            "assign",
            &id,
            "--at",
            "2026-11-02 09:30",
            "--by",
            "P0006",
            "--to",
            "W1-V01",
        ],
        vec![
            "escalate",
            &id,
            "--at",
            "2026-11-02 16:00",
            "--by",
            "P0006",
            "--to",
            "town",
        ],
        vec![
            "consult",
            &id,
            "--at",
            "2026-11-03 15:00",
            "--by",
            "P0002",
            "--meeting",
            "2026-11-03",
            "--result",
            "提请联席办公会",
        ],
        vec![
            "decide",
            &id,
            "--at",
            "2026-11-04 10:00",
            "--by",
            "P0003",
            "--meeting",
            "2026-11-04",
            "--measures",
            "责令限期拆除",
            "--decision-no",
            "青山执决〔2026〕099号",
            "--party",
            "王某某",
        ],
        vec![
            "escalate",
            &id,
            "--at",
            "2026-11-04 11:00",
            "--by",
            "P0006",
            "--to",
            "county",
        ],
        vec![
            "whistle",
            &id,
            "--at",
            "2026-11-04 11:30",
            "--by",
            "P0006",
            "--to",
            "county-zrzy",
        ],
        vec!["respond", &id, "--at", "2026-11-05 09:00"],
        vec![
            "urge",
            &id,
            "--at",
            "2026-11-06 09:00",
            "--by",
            "P0004",
            "--card",
            "yellow",
        ],
        vec![
            "note",
            &id,
            "县自然资源局已现场核实",
            "--at",
            "2026-11-06 10:00",
            "--by",
            "P0006",
        ],
    ] {
        step(&town, &args);
    }
    let text = town.read("cases/2026/QS-2026-0068.yaml");
    assert!(
        text.contains("  action: responded\n  by: county-zrzy\n"),
        "the department whistled is the default responder: {text}"
    );
    assert_eq!(state(&town, &id), "escalated");
    let run = grid(&[
        "check",
        "--repo",
        town.path().to_str().unwrap(),
        "--as-of",
        "2026-11-06",
        "--format",
        "json",
    ]);
    let whistles: Vec<_> = run
        .json()
        .into_iter()
        .filter(|v| {
            v["duty"] == "whistle_unanswered" && v["subject"].as_str().unwrap().starts_with(&id)
        })
        .collect();
    assert!(whistles.is_empty(), "answered in time: {whistles:?}");
}

#[test]
fn suspension_moves_the_deadline_by_the_paused_time() {
    let town = Town::copy();
    let id = accepted_case(&town, "AQ02", "2026-11-02 09:00");
    let due = |town: &Town| {
        let run = grid(&[
            "check",
            "--repo",
            town.path().to_str().unwrap(),
            "--as-of",
            "2026-11-30",
            "--format",
            "json",
        ]);
        run.json()
            .into_iter()
            .find(|v| v["duty"] == "case_resolve_late" && v["subject"] == id.as_str())
            .unwrap()["due"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(due(&town), "2026-11-04 09:00", "AQ02: two working days");
    suspend(&town, &id, "2026-11-03 10:00");
    let run = case(
        &town,
        &["resolve", &id, "--at", "2026-11-03 11:00", "--by", "P0025"],
    );
    assert_eq!(run.code, 2, "no resolution while suspended");
    step(
        &town,
        &["resume", &id, "--at", "2026-11-05 16:30", "--by", "P0006"],
    );
    assert_eq!(
        due(&town),
        "2026-11-06 15:30",
        "moved by the 2 days 6.5 hours paused"
    );
}

#[test]
fn a_suspension_over_a_weekend_costs_only_its_working_time() {
    let town = Town::copy();
    let id = accepted_case(&town, "AQ02", "2026-11-05 09:00");
    let due = || {
        let run = case(
            &town,
            &["show", &id, "--format", "json", "--as-of", "2026-11-30"],
        );
        run.json()[0]["deadlines"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["duty"] == "case_resolve_late")
            .unwrap()["due"]
            .clone()
    };
    assert_eq!(
        due(),
        "2026-11-09 09:00",
        "Thursday + 2 working days: Monday"
    );
    // Friday 10:00 → Monday 10:00: 14 hours of Friday and 10 of Monday, one working day.
    suspend(&town, &id, "2026-11-06 10:00");
    step(
        &town,
        &["resume", &id, "--at", "2026-11-09 10:00", "--by", "P0006"],
    );
    assert_eq!(
        due(),
        "2026-11-10 09:00",
        "one working day later, not 72 hours"
    );
}

#[test]
fn a_case_escalated_to_the_county_waits_for_its_answer() {
    let town = Town::copy();
    let id = accepted_case(&town, "WJ02", "2026-11-02 09:00");
    step(
        &town,
        &[
            "escalate",
            &id,
            "--at",
            "2026-11-02 16:00",
            "--by",
            "P0006",
            "--to",
            "county",
        ],
    );
    let item = |as_of: &str| {
        let repo = town.path().to_str().unwrap();
        let run = grid(&[
            "check", "--repo", repo, "--format", "json", "--as-of", as_of,
        ]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        run.json()
            .into_iter()
            .find(|v| v["duty"] == "county_unanswered" && v["subject"] == id.as_str())
    };
    let waiting = item("2026-11-04 15:59").expect("listed as due soon");
    assert_eq!(
        waiting["due"], "2026-11-04 16:00",
        "policy.whistle.response_hours"
    );
    assert_eq!(waiting["status"], "due_soon");
    let overdue = item("2026-11-04 16:00").expect("overdue at its deadline");
    assert_eq!(overdue["status"], "overdue");
    assert_eq!(overdue["person"], "P0006", "the clerk chases the county");
    // Any county department may answer the county's escalation.
    step(
        &town,
        &[
            "respond",
            &id,
            "--at",
            "2026-11-05 09:00",
            "--by",
            "county-zrzy",
        ],
    );
    let late = item("2026-11-30").expect("answered late");
    assert_eq!(late["done_at"], "2026-11-05 09:00");
    assert!(item("2026-11-04 15:00").is_none_or(|v| v["status"] != "overdue"));
}

#[test]
fn rework_after_a_failed_check() {
    let town = Town::copy();
    let id = open_case(&town, "RJ01");
    for args in [
        vec!["accept", &id, "--at", "2026-11-02 09:00", "--by", "P0006"],
        vec![
            "assign",
            &id,
            "--at",
            "2026-11-02 09:10",
            "--by",
            "P0006",
            "--to",
            "W1-V01",
        ],
        vec!["resolve", &id, "--at", "2026-11-03 09:00", "--by", "P0042"],
        vec![
            "reopen",
            &id,
            "--at",
            "2026-11-03 15:00",
            "--by",
            "P0043",
            "--reason",
            "垃圾未清运完毕",
        ],
        vec!["resolve", &id, "--at", "2026-11-04 09:00", "--by", "P0042"],
        vec![
            "check",
            &id,
            "--at",
            "2026-11-04 15:00",
            "--by",
            "P0043",
            "--no-callback",
        ],
        vec![
            "close",
            &id,
            "--at",
            "2026-11-04 16:00",
            "--by",
            "P0006",
            "--outcome",
            "unable",
            "--impact",
            "ongoing",
        ],
    ] {
        step(&town, &args);
    }
    assert_eq!(state(&town, &id), "closed");
    assert!(
        town.read("cases/2026/QS-2026-0068.yaml")
            .contains("\nimpact: ongoing\n")
    );
}

#[test]
fn refused_steps_say_why_and_write_nothing() {
    let town = Town::copy();
    let id = open_case(&town, "WJ01");
    let before = town.read("cases/2026/QS-2026-0068.yaml");
    for (args, why) in [
        (
            vec![
                "close",
                &id,
                "--by",
                "P0006",
                "--outcome",
                "fixed",
                "--at",
                "2026-11-02 09:00",
            ],
            "`close` is not allowed now; allowed: accept, reject, duplicate, whistle, respond, remedy, urge, note",
        ),
        (
            vec!["accept", &id, "--by", "P0006", "--at", "2026-11-01 09:00"],
            "is earlier than the discovery",
        ),
        (
            vec![
                "whistle",
                &id,
                "--by",
                "P0006",
                "--to",
                "G-construction",
                "--at",
                "2026-11-02 09:00",
            ],
            "a whistle goes to a county department",
        ),
        (
            vec!["accept", &id, "--by", "P9999", "--at", "2026-11-02 09:00"],
            "unknown person: P9999",
        ),
        (
            vec!["accept", "QS-2026-0999", "--by", "P0006"],
            "unknown case: QS-2026-0999",
        ),
    ] {
        let run = case(&town, &args);
        assert_eq!(run.code, 2, "{args:?}");
        assert!(run.stderr.contains(why), "{args:?}: {}", run.stderr);
    }
    assert_eq!(town.read("cases/2026/QS-2026-0068.yaml"), before);
    step(
        &town,
        &["accept", &id, "--at", "2026-11-02 10:00", "--by", "P0006"],
    );
    let accepted = town.read("cases/2026/QS-2026-0068.yaml");
    let run = case(
        &town,
        &[
            "assign",
            &id,
            "--at",
            "2026-11-02 09:59",
            "--by",
            "P0006",
            "--to",
            "W1-V01",
        ],
    );
    assert!(
        run.stderr
            .contains("2026-11-02 09:59 is earlier than the case's last event (2026-11-02 10:00)"),
        "{}",
        run.stderr
    );
    let run = case(
        &town,
        &[
            "assign",
            &id,
            "--at",
            "2026-11-02 11:00",
            "--by",
            "P0006",
            "--to",
            "nowhere",
        ],
    );
    assert!(run.stderr.contains("unknown assignee"), "{}", run.stderr);
    assert_eq!(town.read("cases/2026/QS-2026-0068.yaml"), accepted);
}

#[test]
fn untouched_parts_of_a_hand_edited_file_stay_as_they_were() {
    let town = Town::copy();
    let file = "cases/2026/QS-2026-0062.yaml";
    let original = town.read(file).replace(
        "title: 前店村私搭乱建\n",
        "title: 前店村私搭乱建   # 村民反映多次\n# 以下为办理记录\n",
    );
    town.write(file, &original);
    step(
        &town,
        &[
            "resolve",
            "QS-2026-0062",
            "--at",
            "2026-11-20 10:00",
            "--by",
            "P0022",
        ],
    );
    let after = town.read(file);
    assert!(after.starts_with(&original), "{after}");
    assert_eq!(
        &after[original.len()..],
        "- at: 2026-11-20 10:00\n  action: resolved\n  by: P0022\n"
    );
}

#[test]
fn a_crash_between_write_and_rename_leaves_the_old_file() {
    let town = Town::copy();
    let file = "cases/2026/QS-2026-0062.yaml";
    let before = town.read(file);
    let out = Command::new(env!("CARGO_BIN_EXE_grid"))
        .args([
            "case",
            "resolve",
            "QS-2026-0062",
            "--at",
            "2026-11-20 10:00",
            "--by",
            "P0022",
            "--repo",
            town.path().to_str().unwrap(),
        ])
        .env("GRID_FAULT_BEFORE_RENAME", "1")
        .output()
        .unwrap();
    assert!(!out.status.success(), "the process died");
    assert_eq!(
        town.read(file),
        before,
        "the case file is the old one, whole"
    );
    let leftovers: Vec<_> = std::fs::read_dir(town.path().join("cases/2026"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with(".grid-tmp-"))
        .collect();
    assert_eq!(
        leftovers.len(),
        1,
        "the half-done write is a hidden temporary file"
    );
    assert!(town.check().diagnostics().is_empty(), "check ignores it");
    step(
        &town,
        &[
            "resolve",
            "QS-2026-0062",
            "--at",
            "2026-11-20 10:00",
            "--by",
            "P0022",
        ],
    );
    assert!(
        std::fs::read_dir(town.path().join("cases/2026"))
            .unwrap()
            .all(|e| !e
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with(".grid-tmp-"))
    );
}

#[test]
fn the_clerk_is_known_by_the_git_email() {
    let town = Town::copy();
    let git = |args: &[&str]| {
        let ok = Command::new("git")
            .args(args)
            .current_dir(town.path())
            .output()
            .unwrap()
            .status
            .success();
        assert!(ok, "git {args:?}");
    };
    git(&["init", "-q"]);
    git(&["config", "user.name", "网格中心"]);
    git(&["config", "user.email", "p0007@qingshan.gov.cn"]);
    git(&["add", "-A"]);
    git(&["commit", "-q", "-m", "青山镇"]);
    let run = case(
        &town,
        &[
            "new",
            "--item",
            "WJ01",
            "--grid",
            "W1-V01",
            "--title",
            "前店村私搭乱建",
            "--reporter",
            "P0044",
            "--channel",
            "patrol",
            "--reported",
            "2026-11-02 08:40",
            "--commit",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    step(
        &town,
        &[
            "accept",
            "QS-2026-0068",
            "--at",
            "2026-11-02 09:00",
            "--commit",
        ],
    );
    assert!(
        town.read("cases/2026/QS-2026-0068.yaml")
            .contains("  action: accepted\n  by: P0007\n")
    );
    git(&["config", "user.email", "someone@example.com"]);
    let run = case(
        &town,
        &[
            "assign",
            "QS-2026-0068",
            "--to",
            "W1-V01",
            "--at",
            "2026-11-02 09:10",
        ],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains(
            "say who with --by: the git email someone@example.com is no clerk's email in roster.csv"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn a_case_can_follow_up_an_approval() {
    let town = Town::copy();
    let run = case(
        &town,
        &[
            "new",
            "--item",
            "WJ03",
            "--grid",
            "W1-V03",
            "--title",
            "审批后监管发现未批先建",
            "--reporter",
            "P0142",
            "--channel",
            "patrol",
            "--reported",
            "2026-09-14 09:00",
            "--approval",
            "SP20260001",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        town.read("cases/2026/QS-2026-0068.yaml")
            .contains("\napproval: SP20260001\n")
    );
    assert!(town.check().diagnostics().is_empty());
}

#[test]
fn show_tells_the_story_with_its_deadlines() {
    let run = grid(&[
        "case",
        "show",
        "QS-2026-0001",
        "--repo",
        "example-town",
        "--as-of",
        "2026-11-24",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for expected in [
        "QS-2026-0001 岔庄村矛盾纠纷",
        "report (patrol)",
        "reopened",
        "acceptance",
        "resolution",
    ] {
        assert!(run.stdout.contains(expected), "{expected}: {}", run.stdout);
    }
    let lines: Vec<&str> = run.stdout.lines().collect();
    let accepted = lines
        .iter()
        .find(|l| l.contains("2026-09-01 10:25"))
        .unwrap();
    assert!(
        accepted.contains("1h 5m"),
        "the time since the report: {accepted}"
    );
}

#[test]
fn list_filters_and_formats() {
    let all = grid(&[
        "case",
        "list",
        "--repo",
        "example-town",
        "--format",
        "json",
        "--as-of",
        "2026-11-24",
    ]);
    assert_eq!(all.items().len(), 67);
    let escalated = grid(&[
        "case",
        "list",
        "--repo",
        "example-town",
        "--format",
        "json",
        "--state",
        "escalated",
    ]);
    assert!(
        escalated.items().iter().all(|v| v["state"] == "escalated")
            && !escalated.items().is_empty()
    );
    let village = grid(&[
        "case",
        "list",
        "--repo",
        "example-town",
        "--format",
        "json",
        "--grid",
        "W1",
    ]);
    assert!(
        village
            .items()
            .iter()
            .all(|v| v["grid"].as_str().unwrap().starts_with("W1-"))
    );
    let hotline = grid(&[
        "case",
        "list",
        "--repo",
        "example-town",
        "--format",
        "json",
        "--channel",
        "hotline_12345",
    ]);
    assert!(
        hotline
            .items()
            .iter()
            .all(|v| v["channel"] == "hotline_12345")
            && !hotline.items().is_empty()
    );
    let overdue = grid(&[
        "case",
        "list",
        "--repo",
        "example-town",
        "--format",
        "json",
        "--overdue",
        "--as-of",
        "2026-11-24",
    ]);
    assert!(!overdue.items().is_empty() && overdue.items().iter().all(|v| v["overdue"] == true));
    let csv = grid(&[
        "case",
        "list",
        "--repo",
        "example-town",
        "--format",
        "csv",
        "--since",
        "2026-11-20",
    ]);
    assert!(
        csv.stdout
            .starts_with("\u{feff}Case,Title,Grid,Item,State,Discovered,First channel,Overdue\n"),
        "{}",
        csv.stdout
    );
    let open311 = grid(&[
        "case",
        "list",
        "--repo",
        "example-town",
        "--format",
        "open311",
        "--as-of",
        "2026-11-24",
    ]);
    let requests: serde_json::Value = serde_json::from_str(&open311.stdout).unwrap();
    let first = &requests.as_array().unwrap()[0];
    assert_eq!(first["service_request_id"], "QS-2026-0001");
    assert_eq!(first["status"], "closed");
    assert_eq!(first["service_code"], "AW01");
    assert_eq!(first["requested_datetime"], "2026-09-01T09:20:00+08:00");
    assert_eq!(first["agency_responsible"], "综合执法组");
    assert_eq!(first["address"], "岔庄村6组");
}

#[test]
fn nothing_is_recorded_in_the_future_and_no_note_is_empty() {
    let town = Town::copy();
    let id = open_case(&town, "MS01");
    let before = town.read(&format!("cases/2026/{id}.yaml"));
    let future = "2099-06-01 10:00";
    for args in [
        vec!["accept", &id, "--by", "P0006", "--at", future],
        vec!["note", &id, "巡查补记", "--by", "P0006", "--at", future],
        vec![
            "report",
            &id,
            "--reporter",
            "P0045",
            "--channel",
            "wechat_group",
            "--reported",
            future,
        ],
    ] {
        let run = case(&town, &args);
        assert_eq!(run.code, 2, "{args:?} accepted: {}", run.stdout);
        assert!(run.stderr.contains("in the future"), "{}", run.stderr);
    }
    let new = case(
        &town,
        &[
            "new",
            "--item",
            "MS01",
            "--grid",
            "W1-V01",
            "--title",
            "t",
            "--location",
            "l",
            "--reporter",
            "P0044",
            "--channel",
            "wechat_direct",
            "--reported",
            future,
        ],
    );
    assert_eq!(new.code, 2, "{}", new.stdout);
    for empty in ["", "   "] {
        let run = case(
            &town,
            &[
                "note",
                &id,
                empty,
                "--by",
                "P0006",
                "--at",
                "2026-11-03 09:00",
            ],
        );
        assert_eq!(run.code, 2, "an empty note was accepted");
        assert!(run.stderr.contains("empty"), "{}", run.stderr);
    }
    assert_eq!(
        town.read(&format!("cases/2026/{id}.yaml")),
        before,
        "nothing was written"
    );
    let decide = grid(&[
        "decide",
        "reward-QS-2026-0001",
        "approve",
        "--note",
        "ok",
        "--by",
        "P0006",
        "--at",
        future,
        "--repo",
        town.path().to_str().unwrap(),
    ]);
    assert_eq!(decide.code, 2, "{}", decide.stdout);
    assert!(decide.stderr.contains("in the future"), "{}", decide.stderr);
}

#[test]
fn handling_before_the_first_report_and_fixed_yet_ongoing_are_refused() {
    let town = Town::copy();
    let id = open_case(&town, "MS01");
    let early = case(
        &town,
        &["accept", &id, "--by", "P0006", "--at", "2026-11-02 08:30"],
    );
    assert_eq!(early.code, 2, "{}", early.stdout);
    assert!(
        early.stderr.contains("first report (2026-11-02 08:40)"),
        "{}",
        early.stderr
    );
    let checked = "QS-2026-0063";
    let before = town.read(&format!("cases/2026/{checked}.yaml"));
    let close = |impact| {
        vec![
            "close",
            checked,
            "--by",
            "P0006",
            "--at",
            "2026-11-24 10:00",
            "--outcome",
            "fixed",
            "--impact",
            impact,
        ]
    };
    let contradiction = case(&town, &close("ongoing"));
    assert_eq!(contradiction.code, 2, "{}", contradiction.stdout);
    assert!(
        contradiction
            .stderr
            .contains("cannot have an ongoing impact"),
        "{}",
        contradiction.stderr
    );
    assert_eq!(town.read(&format!("cases/2026/{checked}.yaml")), before);
    step(&town, &close("eliminated"));
}

#[test]
fn a_response_needs_a_whistle_to_answer() {
    let town = Town::copy();
    let id = open_case(&town, "MS01");
    step(
        &town,
        &["accept", &id, "--by", "P0006", "--at", "2026-11-02 09:00"],
    );
    let unasked = case(
        &town,
        &[
            "respond",
            &id,
            "--by",
            "county-zrzy",
            "--at",
            "2026-11-02 10:00",
        ],
    );
    assert_eq!(unasked.code, 2, "{}", unasked.stdout);
    assert!(
        unasked.stderr.contains("awaits an answer"),
        "{}",
        unasked.stderr
    );
    step(
        &town,
        &[
            "whistle",
            &id,
            "--by",
            "P0006",
            "--to",
            "county-zrzy",
            "--at",
            "2026-11-02 11:00",
        ],
    );
    step(
        &town,
        &[
            "respond",
            &id,
            "--by",
            "county-zrzy",
            "--at",
            "2026-11-02 15:00",
        ],
    );
    let twice = case(
        &town,
        &[
            "respond",
            &id,
            "--by",
            "county-zrzy",
            "--at",
            "2026-11-02 16:00",
        ],
    );
    assert_eq!(
        twice.code, 2,
        "a second response to one whistle: {}",
        twice.stdout
    );
}

/// The first line of a file.
fn first_line(path: &std::path::Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    text.lines().next().unwrap_or_default().to_string()
}

/// A case file `grid case new` writes names its schema where the town keeps it: beside the
/// town (example-town in the project, as its other case files do), or inside it (as a town
/// `grid init` made). It named `../../../schemas/` in every town.
#[test]
fn a_new_case_names_the_schema_where_the_town_keeps_it() {
    let beside = Town::copy();
    let id = open_case(&beside, "RJ01");
    assert_eq!(
        first_line(&beside.path().join(format!("cases/2026/{id}.yaml"))),
        first_line(&beside.path().join("cases/2026/QS-2026-0001.yaml"))
    );
    let inside = Town::copy();
    let schemas = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas");
    std::fs::create_dir(inside.path().join("schemas")).unwrap();
    for entry in std::fs::read_dir(schemas).unwrap() {
        let from = entry.unwrap().path();
        std::fs::copy(
            &from,
            inside
                .path()
                .join("schemas")
                .join(from.file_name().unwrap()),
        )
        .unwrap();
    }
    let id = open_case(&inside, "RJ01");
    let line = first_line(&inside.path().join(format!("cases/2026/{id}.yaml")));
    let named = line
        .strip_prefix("# yaml-language-server: $schema=")
        .unwrap_or_else(|| panic!("no schema line: {line}"));
    let schema = inside.path().join("cases/2026").join(named);
    assert!(schema.is_file(), "{line} names no file");
}
