//! `grid check` as a clerk runs it: on example-town, in both languages, in both formats, and
//! the exit codes.

mod util;

use std::path::Path;

use util::{Town, example_check_json, example_town, grid, grid_in};

#[test]
fn example_town_checks_clean() {
    let run = example_check_json();
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(run.diagnostics().is_empty());
    let summary = run.summary();
    assert_eq!(summary["errors"], 0);
    assert_eq!(summary["villages"], 20);
    assert_eq!(summary["work_areas"], 4);
    assert!(summary["patrols"].as_u64().unwrap() > 15_000);
    assert!(summary["cases"].as_u64().unwrap() >= 30);
    let assignments = summary["assignments"].as_u64().unwrap();
    assert!((200..=300).contains(&assignments), "{assignments}");
    assert_eq!(
        summary["period"],
        serde_json::json!(["2026-09-01", "2026-11-23"])
    );
}

#[test]
fn example_town_has_cases_in_every_state_and_channel() {
    let run = example_check_json();
    let states = run.summary()["cases_by_state"].clone();
    for state in [
        "reported",
        "accepted",
        "assigned",
        "escalated",
        "consulted",
        "decided",
        "suspended",
        "resolved",
        "checked",
        "reopened",
        "closed",
        "archived",
        "rejected",
        "duplicate",
    ] {
        assert!(
            states[state].as_u64().unwrap_or(0) > 0,
            "no case in state {state}: {states}"
        );
    }
    let mut cases = String::new();
    for entry in std::fs::read_dir(example_town().join("cases/2026")).unwrap() {
        cases.push_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    for channel in [
        "patrol",
        "wechat_group",
        "wechat_direct",
        "hotline",
        "hotline_12345",
        "mass_report",
        "data_analysis",
        "county_notice",
        "media",
        "enterprise",
    ] {
        assert!(
            cases.contains(&format!("channel: {channel}\n")),
            "no report on channel {channel}"
        );
    }
}

#[test]
fn the_morning_view_is_in_chinese_by_default_and_all_adds_the_summary() {
    // No language chosen, colour not refused: the defaults a clerk gets, piped.
    let defaults = [("LANG", ""), ("GRID_LANG", ""), ("NO_COLOR", "")];
    let check = |extra: &[&str]| {
        let mut args = vec!["check", "--repo", "example-town", "--as-of", "2026-11-24"];
        args.extend_from_slice(extra);
        util::grid_env(Path::new(env!("CARGO_MANIFEST_DIR")), &args, &defaults).stdout
    };
    let text = check(&[]);
    assert!(
        text.starts_with("截至 2026-11-24 收工：数据错误 0"),
        "{text}"
    );
    assert!(text.contains("未办（按网格）"), "{text}");
    assert!(text.contains("数据无误"));
    let all = check(&["--all"]);
    assert!(all.contains("村级网格") && all.contains("青山镇"), "{all}");
    assert!(!text.contains('\x1b'), "no colour when piped");
}

#[test]
fn the_repository_is_found_from_a_subfolder() {
    let run = grid_in(
        &example_town().join("patrols"),
        &["check", "--as-of", "2026-11-24", "-q"],
    );
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let last = run.stdout.trim_end().lines().last().unwrap();
    assert!(last.starts_with("no problems found, "), "{last}");
}

#[test]
fn a_missing_repository_is_exit_2_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let run = grid_in(dir.path(), &["check"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("no town.yaml"), "{}", run.stderr);
    let run = grid(&["check", "--repo", "no-such-folder"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("no-such-folder"), "{}", run.stderr);
}

#[test]
fn bad_arguments_are_exit_2() {
    let run = grid(&["check", "--as-of", "2026-13-01"]);
    assert_eq!(run.code, 2);
    let run = grid(&["check", "--format", "xml"]);
    assert_eq!(run.code, 2);
}

#[test]
fn errors_exit_1_and_render_like_a_compiler() {
    let town = Town::copy();
    let line = town.find_row("patrols/2026-11.csv", |_| true);
    town.set_field("patrols/2026-11.csv", line, "member", "P0999");
    let run = town.check_with(&[]);
    assert_eq!(run.code, 1);
    let expected = format!("patrols/2026-11.csv:{line}:3: error[E0203]: unknown person `P0999`\n");
    assert!(run.stdout.starts_with(&expected), "{}", run.stdout);
    let shown: Vec<&str> = run.stdout.lines().take(5).collect();
    assert!(
        shown[2].starts_with(&format!("{line} | 2026-11-01,W1-V01,P0999,")),
        "{shown:?}"
    );
    assert_eq!(
        shown[3].trim_end(),
        format!(
            "{} |                   ^^^^^",
            " ".repeat(line.to_string().len())
        )
    );
    assert!(
        shown[4].contains("hint: every person needs a row in roster.csv"),
        "{shown:?}"
    );
    let last = run.stdout.trim_end().lines().last().unwrap();
    assert!(last.starts_with("1 error(s), 0 warning(s), "), "{last}");
}

#[test]
fn warnings_fail_only_when_denied() {
    let town = Town::copy();
    let line = town.find_row("roster.csv", |l| l.starts_with("P0044,"));
    town.set_field("roster.csv", line, "phone", "12345");
    let run = town.check_with(&["--format", "json"]);
    assert_eq!(run.code, 0);
    assert_eq!(run.diagnostics().len(), 1);
    assert_eq!(run.diagnostics()[0].code, "W0307");
    let run = town.check_with(&["--deny", "warnings"]);
    assert_eq!(run.code, 1);
}

#[test]
fn json_lines_carry_the_design_fields_and_the_chosen_language() {
    let town = Town::copy();
    let line = town.find_row("patrols/2026-11.csv", |_| true);
    town.set_field("patrols/2026-11.csv", line, "member", "P0999");
    let run = town.check_with(&["--format", "json", "--lang", "zh"]);
    let first = &run.json()[0];
    assert_eq!(first["type"], "diagnostic");
    assert_eq!(first["code"], "E0203");
    assert_eq!(first["severity"], "error");
    assert_eq!(first["file"], "patrols/2026-11.csv");
    assert_eq!(first["line"], line);
    assert_eq!(first["column"], 3);
    assert_eq!(first["message"], "未知人员 `P0999`");
    assert!(first["hint"].as_str().unwrap().contains("roster.csv"));
    assert_eq!(run.json().last().unwrap()["type"], "summary");
}

#[test]
fn an_error_in_the_towns_own_files_says_duties_were_not_computed() {
    let town = util::Town::copy();
    town.replace("town.yaml", "\nname: 青山镇", "\nname: [oops");
    let table = util::grid_in(town.path(), &["check", "--as-of", "2026-11-24"]);
    assert_eq!(table.code, 1);
    let last = table.stdout.trim_end().lines().last().unwrap();
    assert!(
        last.contains("duties not computed: town.yaml has errors"),
        "{last}"
    );
    assert!(
        !table.stdout.contains("nothing overdue"),
        "{}",
        table.stdout
    );
    let json = util::grid_in(
        town.path(),
        &["check", "--as-of", "2026-11-24", "--format", "json"],
    );
    let summary = json.summary();
    assert_eq!(summary["duties_computed"], false, "{summary}");
    assert_eq!(
        summary["duties_blocked_by"],
        serde_json::json!(["town.yaml"])
    );
    assert_eq!(
        util::example_check_json().summary()["duties_computed"],
        true
    );
}

/// A register that cannot be read blocks the duties, not the reading of every other file:
/// their own errors are still reported, and nothing they refer to is called unknown.
#[test]
fn an_unreadable_register_leaves_every_other_file_validated() {
    let town = util::Town::copy();
    let catalog_line = town.replace(
        "catalog.yaml",
        "    name: 秸秆焚烧\n    accept_hours: 1\n",
        "    name: 秸秆焚烧\n    accept_hours: soon\n",
    ) + 1;
    let case = "cases/2026/QS-2026-0001.yaml";
    let action = town.replace(case, "  action: reopened\n", "  action: reopend\n");
    let patrols = "patrols/2026-11.csv";
    let row = town.find_row(patrols, |_| true);
    town.set_field(patrols, row, "date", "2026-11-31");
    let run = town.check();
    assert_eq!(run.code, 1);
    let found: Vec<_> = run
        .diagnostics()
        .into_iter()
        .map(|d| (d.code, d.file, d.line))
        .collect();
    let at = |code: &str, file: &str, line| (code.to_string(), file.to_string(), line);
    let mut expected = vec![
        at("E0104", "catalog.yaml", catalog_line),
        at("E0104", case, action),
        at("E0111", patrols, row),
    ];
    expected.sort();
    let mut found = found;
    found.sort();
    assert_eq!(found, expected);
    assert_eq!(
        run.summary()["duties_blocked_by"],
        serde_json::json!(["catalog.yaml"])
    );
}
