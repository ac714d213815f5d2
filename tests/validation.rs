//! One test per validation rule: each breaks a temp copy of example-town in one place and
//! asserts the exact code, file and line of the diagnostic (docs/DIAGNOSTICS.md lists them).

mod util;

use std::path::{Path, PathBuf};

use util::english::{english, ids};
use util::{Diag, Run, Town, grid, line_of};

const PATROLS: &str = "patrols/2026-11.csv";
const CASE: &str = "cases/2026/QS-2026-0001.yaml";

/// Asserts that the run failed or passed as the code's severity says and that it has a
/// diagnostic with `code` at `file:line` (and `column`, where given).
fn expect(run: &Run, code: &str, file: &str, line: u64, column: Option<u64>) -> Diag {
    let diags = run.diagnostics();
    let found = diags
        .iter()
        .find(|d| {
            d.code == code
                && d.file == file
                && d.line == line
                && column.is_none_or(|c| c == d.column)
        })
        .unwrap_or_else(|| panic!("no {code} at {file}:{line}:{column:?}; got {diags:#?}"))
        .clone();
    let expected_exit = if code.starts_with('E') { 1 } else { 0 };
    assert_eq!(run.code, expected_exit, "{}", run.stdout);
    found
}

/// Like [`expect`], and the diagnostic is the only one.
fn expect_only(run: &Run, code: &str, file: &str, line: u64, column: Option<u64>) -> Diag {
    let found = expect(run, code, file, line, column);
    assert_eq!(run.diagnostics().len(), 1, "{:#?}", run.diagnostics());
    found
}

/// `grid check --format json` on the broken copy; and the same check in Chinese, which must say
/// every diagnostic (message, hint and the arguments made of data or of what a library said)
/// without an English word outside ids, paths and quoted data.
fn check(town: &Town) -> Run {
    let zh = town.check_with(&["--lang", "zh", "--all"]);
    let said = format!("{}{}", zh.stdout, zh.stderr);
    let words = english(&said, ids());
    assert!(words.is_empty(), "English {words:?} in\n{said}");
    town.check()
}

fn first_patrol(town: &Town) -> u64 {
    town.find_row(PATROLS, |_| true)
}

// Files.

#[test]
fn e0001_unreadable_file() {
    let town = Town::copy();
    std::fs::create_dir_all(town.path().join("patrols/2026-12.csv")).unwrap();
    expect_only(&check(&town), "E0001", "patrols/2026-12.csv", 0, None);
}

#[test]
fn e0002_binary_file() {
    let town = Town::copy();
    town.write("sweeps/2026-12.csv", b"date,grid\x00\x01\x02");
    expect_only(&check(&town), "E0002", "sweeps/2026-12.csv", 0, None);
}

#[test]
fn e0006_stray_bytes_in_a_utf8_file() {
    let town = Town::copy();
    let mut bytes = town.read(PATROLS).into_bytes();
    let line = first_patrol(&town);
    let at = town
        .read(PATROLS)
        .lines()
        .take(line as usize)
        .map(|l| l.len() + 1)
        .sum::<usize>()
        - 1;
    bytes.splice(at..at, *b"\xff\xfe");
    town.write(PATROLS, bytes);
    let column = town
        .read_lossy(PATROLS)
        .lines()
        .nth(line as usize - 1)
        .unwrap()
        .chars()
        .count() as u64
        - 1;
    let run = check(&town);
    expect_only(&run, "E0006", PATROLS, line, Some(column));
    let overdue: Vec<_> = run
        .json()
        .into_iter()
        .filter(|v| v["type"] == "overdue" && v["file"] == PATROLS)
        .collect();
    assert!(
        overdue.is_empty(),
        "a month that cannot be read owes nothing it may hold: {overdue:#?}"
    );
}

#[test]
fn e0003_missing_required_file() {
    let town = Town::copy();
    std::fs::remove_file(town.path().join("catalog.yaml")).unwrap();
    expect_only(&check(&town), "E0003", "catalog.yaml", 0, None);
}

#[test]
fn w0004_unexpected_file() {
    let town = Town::copy();
    town.write("patrols/notes.txt", "todo");
    expect_only(&check(&town), "W0004", "patrols/notes.txt", 0, None);
}

#[test]
fn w0005_calendar_without_the_year() {
    let town = Town::copy();
    let text = town.read("calendar.yaml");
    let start = text.find("2026:").unwrap();
    town.write("calendar.yaml", &text[..start]);
    let d = expect_only(&check(&town), "W0005", "calendar.yaml", 0, None);
    assert!(d.message.contains("no entry for 2026"));
}

// YAML and CSV structure.

#[test]
fn e0101_yaml_syntax() {
    let town = Town::copy();
    let line = town.replace(
        "grids/villages.yaml",
        "  name: 前店村\n",
        "\tname: 前店村\n",
    );
    let d = expect_only(&check(&town), "E0101", "grids/villages.yaml", line, None);
    assert_eq!(
        d.message,
        "YAML syntax error: found a tab character that violates indentation, while scanning a plain scalar"
    );
}

#[test]
fn e0102_unknown_field() {
    let town = Town::copy();
    let line = town.replace(
        CASE,
        "title: 岔庄村矛盾纠纷\n",
        "title: 岔庄村矛盾纠纷\ncolour: red\n",
    );
    expect_only(&check(&town), "E0102", CASE, line + 1, Some(1));
}

/// Reading goes on past the first error: a repeated key, an unknown field and an invalid
/// action in one case file are three diagnostics of one run, each at its line, and setting
/// the first ones aside invents nothing more.
#[test]
fn every_error_of_a_yaml_file_is_reported_in_one_run() {
    let town = Town::copy();
    let title = town.replace(
        CASE,
        "title: 岔庄村矛盾纠纷\n",
        "title: 岔庄村矛盾纠纷\ntitle: 又一个标题\ncolour: red\n",
    );
    let action = town.replace(CASE, "  action: reopened\n", "  action: reopend\n");
    let run = check(&town);
    let found: Vec<_> = run
        .diagnostics()
        .into_iter()
        .map(|d| (d.code, d.file, d.line))
        .collect();
    let at = |code: &str, line| (code.to_string(), CASE.to_string(), line);
    assert_eq!(
        found,
        vec![
            at("E0105", title + 1),
            at("E0102", title + 2),
            at("E0104", action)
        ]
    );
    assert_eq!(run.code, 1);
}

/// What is set aside causes no error of its own: a bad value in a case's only event (the
/// list left empty) and a bad required value at the top are two diagnostics, no more.
#[test]
fn setting_an_error_aside_invents_no_other() {
    let town = Town::copy();
    let case = "cases/2026/QS-2026-0002.yaml";
    let text = town.read(case);
    let second_event = text.find("events:\n- ").unwrap() + "events:\n- ".len();
    let end = second_event + text[second_event..].find("\n- ").unwrap() + 1;
    let broken = text[..end]
        .replacen("  action: accepted\n", "  action: acepted\n", 1)
        .replacen("discovered_at: 2026-", "discovered_at: x2026-", 1);
    town.write(case, broken);
    let run = check(&town);
    let found: Vec<_> = run
        .diagnostics()
        .into_iter()
        .filter(|d| d.file == case)
        .map(|d| (d.code, d.line))
        .collect();
    assert_eq!(
        found,
        vec![("E0104".to_string(), 7), ("E0104".to_string(), 20)]
    );
}

#[test]
fn e0103_missing_field() {
    let town = Town::copy();
    let line = town.replace(CASE, "  action: accepted\n", "");
    expect_only(&check(&town), "E0103", CASE, line - 1, Some(3));
}

#[test]
fn e0104_invalid_value() {
    let town = Town::copy();
    let line = town.replace(
        "catalog.yaml",
        "    name: 秸秆焚烧\n    accept_hours: 1\n",
        "    name: 秸秆焚烧\n    accept_hours: soon\n",
    );
    let d = expect_only(&check(&town), "E0104", "catalog.yaml", line + 1, None);
    assert!(d.message.contains("accept_hours"), "{}", d.message);
}

#[test]
fn e0104_policy_out_of_range() {
    let town = Town::copy();
    let line = town.replace(
        "town.yaml",
        "  due_soon_percent: 80\n",
        "  due_soon_percent: 180\n",
    );
    let d = expect_only(&check(&town), "E0104", "town.yaml", line, Some(3));
    assert_eq!(
        d.message,
        "invalid value: due_soon_percent 180 must be from 1 to 100"
    );
}

#[test]
fn e0104_policy_sweep_day_that_is_no_day() {
    let town = Town::copy();
    let line = town.replace("town.yaml", "    - 15\n", "    - 32\n");
    expect(&check(&town), "E0104", "town.yaml", line - 2, Some(5));
}

#[test]
fn e0105_duplicate_key() {
    let town = Town::copy();
    let line = town.replace(
        "town.yaml",
        "county: 示例县\n",
        "county: 示例县\nname: 青山乡\n",
    );
    let d = expect_only(&check(&town), "E0105", "town.yaml", line + 1, Some(1));
    assert_eq!(d.message, "duplicate key `name` (first at line 3)");
}

/// A key repeated inside a case's event, below the places a clean case file is indexed by at
/// once, is still an error with both its places.
#[test]
fn e0105_duplicate_key_in_a_case_event() {
    let town = Town::copy();
    let line = town.replace(
        CASE,
        "  action: accepted\n  by: P0006\n",
        "  action: accepted\n  by: P0006\n  by: P0007\n",
    );
    let d = expect_only(&check(&town), "E0105", CASE, line + 2, Some(3));
    assert_eq!(
        d.message,
        format!("duplicate key `by` (first at line {})", line + 1)
    );
}

#[test]
fn e0105_duplicate_year_in_a_map() {
    let town = Town::copy();
    let text = town.read("calendar.yaml");
    town.write("calendar.yaml", format!("{text}2026:\n  holidays: []\n"));
    let line = text.lines().count() as u64 + 1;
    expect_only(&check(&town), "E0105", "calendar.yaml", line, Some(1));
}

#[test]
fn e0106_malformed_csv_row() {
    let town = Town::copy();
    let text = town.read("sweeps/2026-11.csv");
    town.write(
        "sweeps/2026-11.csv",
        text.replacen("2026-11-01,W1-V01,", "2026-11-01;W1-V01,", 1),
    );
    expect_only(&check(&town), "E0106", "sweeps/2026-11.csv", 2, None);
}

#[test]
fn e0107_unknown_column() {
    let town = Town::copy();
    town.replace("sweeps/2026-11.csv", ",notes\n", ",notes,weather\n");
    let run = check(&town);
    expect(&run, "E0107", "sweeps/2026-11.csv", 1, Some(9));
}

#[test]
fn e0108_missing_column() {
    let town = Town::copy();
    let text = town.read("inspections/2026-Q4.csv");
    let fixed: Vec<String> = text
        .lines()
        .map(|l| {
            l.splitn(3, ',')
                .enumerate()
                .filter(|(i, _)| *i != 1)
                .map(|(_, f)| f)
                .collect::<Vec<_>>()
                .join(",")
        })
        .collect();
    town.write("inspections/2026-Q4.csv", fixed.join("\n") + "\n");
    expect_only(&check(&town), "E0108", "inspections/2026-Q4.csv", 1, None);
}

#[test]
fn e0109_empty_required_value() {
    let town = Town::copy();
    let line = first_patrol(&town);
    town.set_field(PATROLS, line, "member", "");
    expect_only(&check(&town), "E0109", PATROLS, line, Some(3));
}

#[test]
fn e0110_invalid_id() {
    let town = Town::copy();
    let line = town.find_row("approvals/2026.csv", |_| true);
    town.set_field("approvals/2026.csv", line, "id", "SP 2026");
    expect_only(&check(&town), "E0110", "approvals/2026.csv", line, Some(1));
}

#[test]
fn e0111_invalid_date() {
    let town = Town::copy();
    let line = town.find_row("sweeps/2026-11.csv", |_| true);
    town.set_field("sweeps/2026-11.csv", line, "date", "2026/11/01");
    expect_only(&check(&town), "E0111", "sweeps/2026-11.csv", line, Some(1));
}

#[test]
fn e0112_invalid_time() {
    let town = Town::copy();
    let line = first_patrol(&town);
    town.set_field(PATROLS, line, "reported_at", "2026-11-01 晚上");
    expect_only(&check(&town), "E0112", PATROLS, line, Some(13));
}

#[test]
fn e0113_invalid_number() {
    let town = Town::copy();
    let line = first_patrol(&town);
    town.set_field(PATROLS, line, "issues", "three");
    expect_only(&check(&town), "E0113", PATROLS, line, Some(7));
}

#[test]
fn e0114_unknown_vocabulary_value() {
    let town = Town::copy();
    let line = first_patrol(&town);
    town.set_field(PATROLS, line, "channel", "telegram");
    let d = expect_only(&check(&town), "E0114", PATROLS, line, Some(14));
    assert!(
        d.message.contains("wechat_group, wechat_direct"),
        "{}",
        d.message
    );
}

#[test]
fn e0115_duplicate_record() {
    let town = Town::copy();
    let text = town.read(PATROLS);
    let row = text.lines().nth(1).unwrap().to_string();
    let lines = text.lines().count() as u64;
    town.write(PATROLS, format!("{text}{row}\n"));
    let d = expect_only(&check(&town), "E0115", PATROLS, lines + 1, None);
    assert!(d.message.contains("already at line 2"), "{}", d.message);
}

#[test]
fn e0116_duplicate_id() {
    let town = Town::copy();
    let line = town.replace("grids/villages.yaml", "- id: W1-V02\n", "- id: W1-V01\n");
    let run = check(&town);
    expect(&run, "E0116", "grids/villages.yaml", line, None);
}

#[test]
fn e0116_the_same_case_id_in_two_years() {
    let town = Town::copy();
    town.write("cases/2025/QS-2026-0001.yaml", town.read(CASE));
    let run = check(&town);
    let d = expect(&run, "E0116", "cases/2026/QS-2026-0001.yaml", 0, None);
    assert!(
        d.message.contains("cases/2025/QS-2026-0001.yaml"),
        "{}",
        d.message
    );
    assert_eq!(run.summary()["cases"], 67);
    let loaded = grid::load::load(town.path()).unwrap();
    let model = loaded.town.unwrap();
    for (ix, case) in model.cases.iter() {
        let file = loaded.sources.path(case.span.file);
        assert!(
            file.ends_with(&format!("/{}.yaml", model.cases.ids.name(ix))),
            "{file} read as {}",
            model.cases.ids.name(ix)
        );
    }
}

#[test]
fn e0117_record_in_the_wrong_file() {
    let town = Town::copy();
    let line = first_patrol(&town);
    town.set_field(PATROLS, line, "date", "2026-10-31");
    let d = expect(&check(&town), "E0117", PATROLS, line, Some(1));
    assert!(d.message.contains("patrols/2026-10.csv"), "{}", d.message);
}

// References.

#[test]
fn e0201_unknown_grid() {
    let town = Town::copy();
    let line = town.find_row("sweeps/2026-11.csv", |_| true);
    town.set_field("sweeps/2026-11.csv", line, "grid", "W9-V99");
    expect_only(&check(&town), "E0201", "sweeps/2026-11.csv", line, Some(2));
}

#[test]
fn e0202_unknown_item() {
    let town = Town::copy();
    let line = town.replace(CASE, "item: AW01\n", "item: ZZ99\n");
    expect_only(&check(&town), "E0202", CASE, line, Some(1));
}

#[test]
fn e0203_unknown_person() {
    let town = Town::copy();
    let line = first_patrol(&town);
    town.set_field(PATROLS, line, "member", "P0999");
    expect_only(&check(&town), "E0203", PATROLS, line, Some(3));
}

#[test]
fn e0203_unknown_person_in_a_case_event() {
    let town = Town::copy();
    let line = town.replace(
        CASE,
        "  action: accepted\n  by: P0006\n",
        "  action: accepted\n  by: P0999\n",
    );
    expect_only(&check(&town), "E0203", CASE, line + 1, Some(3));
}

#[test]
fn e0204_unknown_group() {
    let town = Town::copy();
    let line = town.replace("catalog.yaml", "  - code: AW01\n    name: 矛盾纠纷\n    accept_hours: 2\n    resolve_days: 5\n    group: G-general\n", "  - code: AW01\n    name: 矛盾纠纷\n    accept_hours: 2\n    resolve_days: 5\n    group: G-nobody\n");
    expect_only(&check(&town), "E0204", "catalog.yaml", line + 4, Some(5));
}

#[test]
fn e0205_whistle_to_something_that_is_not_a_department() {
    let town = Town::copy();
    let file = "cases/2026/QS-2026-0010.yaml";
    let line = town.replace(file, "  to: county-sthj\n", "  to: G-general\n");
    let run = check(&town);
    expect(&run, "E0205", file, line - 3, Some(1));
    // The department's response then answers no whistle: that is reported too, and nothing else.
    let codes: Vec<String> = run.diagnostics().into_iter().map(|d| d.code).collect();
    assert_eq!(codes, ["E0205", "E0513"], "{:#?}", run.diagnostics());
}

#[test]
fn e0206_unknown_case() {
    let town = Town::copy();
    let line = first_patrol(&town);
    town.set_field(PATROLS, line, "cases", "QS-2026-9999");
    expect_only(&check(&town), "E0206", PATROLS, line, Some(8));
}

#[test]
fn e0207_unknown_approval() {
    let town = Town::copy();
    let line = town.replace(CASE, "approval: null\n", "approval: SP20269999\n");
    expect_only(&check(&town), "E0207", CASE, line, Some(1));
}

#[test]
fn e0208_supervising_record_does_not_exist() {
    let town = Town::copy();
    let line = town.find_row("approvals/2026.csv", |l| l.contains("patrol:"));
    town.set_field(
        "approvals/2026.csv",
        line,
        "supervised_by",
        "patrol:2026-09-02:P0001",
    );
    expect_only(&check(&town), "E0208", "approvals/2026.csv", line, Some(7));
}

#[test]
fn e0209_grid_of_the_wrong_level() {
    let town = Town::copy();
    let line = first_patrol(&town);
    town.set_field(PATROLS, line, "grid", "W1");
    let d = expect_only(&check(&town), "E0209", PATROLS, line, Some(2));
    assert_eq!(
        d.message,
        "`W1` is a work-area grid; a village grid is expected here"
    );
}

#[test]
fn e0210_unknown_assignee() {
    let town = Town::copy();
    let line = town.replace(CASE, "  to: G-general\n", "  to: nowhere\n");
    expect_only(&check(&town), "E0210", CASE, line, Some(3));
}

// Roster.

#[test]
fn e0301_same_person_different_name() {
    let town = Town::copy();
    let line = town.replace(
        "roster.csv",
        "P0001,杨金凤,15133250001,QS,town_head",
        "P0001,杨金风,15133250001,QS,town_head",
    );
    let d = expect_only(&check(&town), "E0301", "roster.csv", line, Some(2));
    assert!(d.message.contains("at line 2"), "{}", d.message);
}

#[test]
fn e0302_two_village_heads() {
    let town = Town::copy();
    let text = town.read("roster.csv");
    town.write(
        "roster.csv",
        format!(
            "{text}P0044,周子涵,13775630044,W1-V01,village_head,村主任,2026-10-01,2026-10-10,,\n"
        ),
    );
    let line = text.lines().count() as u64 + 1;
    let d = expect_only(&check(&town), "E0302", "roster.csv", line, None);
    assert!(
        d.message
            .contains("W1-V01 has 2 village heads from 2026-10-01 to 2026-10-10"),
        "{}",
        d.message
    );
}

#[test]
fn e0303_no_social_member_for_a_while() {
    let town = Town::copy();
    let line = town.find_row("roster.csv", |l| l.starts_with("P0043,"));
    town.set_field("roster.csv", line, "to", "2026-11-10");
    let run = check(&town);
    let d = expect(&run, "E0303", "grids/villages.yaml", 3, None);
    assert!(
        d.message
            .contains("has 0 social-governance members from 2026-11-11 to 2026-11-23"),
        "{}",
        d.message
    );
}

#[test]
fn e0304_no_base_member() {
    let town = Town::copy();
    let text = town.read("roster.csv");
    let moved: Vec<String> = text
        .lines()
        .map(|l| {
            if l.contains(",W2-V01,base_member,") {
                l.replace(",W2-V01,", ",W2-V02,")
            } else {
                l.to_string()
            }
        })
        .collect();
    town.write("roster.csv", moved.join("\n") + "\n");
    let line = line_of(&town.read("grids/villages.yaml"), "- id: W2-V01");
    let run = check(&town);
    expect(&run, "E0304", "grids/villages.yaml", line, None);
}

#[test]
fn e0305_assignment_ends_before_it_starts() {
    let town = Town::copy();
    let line = town.find_row("roster.csv", |l| l.starts_with("P0045,"));
    town.set_field("roster.csv", line, "from", "2026-10-01");
    town.set_field("roster.csv", line, "to", "2026-09-01");
    let run = check(&town);
    expect(&run, "E0305", "roster.csv", line, Some(8));
}

#[test]
fn e0306_role_on_the_wrong_level() {
    let town = Town::copy();
    let line = town.find_row("roster.csv", |l| l.starts_with("P0034,"));
    town.set_field("roster.csv", line, "role", "village_head");
    let run = check(&town);
    expect(&run, "E0306", "roster.csv", line, Some(5));
}

#[test]
fn w0307_phone_that_is_no_phone() {
    let town = Town::copy();
    let line = town.find_row("roster.csv", |l| l.starts_with("P0044,"));
    town.set_field("roster.csv", line, "phone", "12345");
    expect_only(&check(&town), "W0307", "roster.csv", line, Some(3));
}

#[test]
fn w0308_work_area_without_head() {
    let town = Town::copy();
    for person in ["P0034,", "P0035,"] {
        let line = town.find_row("roster.csv", |l| l.starts_with(person));
        town.set_field("roster.csv", line, "to", "2026-08-31");
    }
    let run = check(&town);
    let d = expect(&run, "W0308", "grids/work-areas.yaml", 3, None);
    assert!(
        d.message
            .contains("W1 has no work-area head from 2026-09-01 to 2026-11-23"),
        "{}",
        d.message
    );
}

// Daily records.

#[test]
fn w0401_signed_by_someone_else() {
    let town = Town::copy();
    let line = first_patrol(&town);
    town.set_field(PATROLS, line, "signed_by", "P0043");
    let d = expect_only(&check(&town), "W0401", PATROLS, line, Some(10));
    assert_eq!(
        d.message,
        "signed by P0043, who is not W1-V01's village head on 2026-11-01 (P0042)"
    );
}

#[test]
fn w0402_reported_by_someone_else() {
    let town = Town::copy();
    let line = first_patrol(&town);
    town.set_field(PATROLS, line, "reported_by", "P0042");
    expect_only(&check(&town), "W0402", PATROLS, line, Some(12));
}

#[test]
fn w0403_patrol_by_someone_not_a_member_there() {
    let town = Town::copy();
    let line = first_patrol(&town);
    town.set_field(PATROLS, line, "member", "P0001");
    expect_only(&check(&town), "W0403", PATROLS, line, Some(3));
}

#[test]
fn e0404_times_out_of_order() {
    let town = Town::copy();
    let line = first_patrol(&town);
    town.set_field(PATROLS, line, "end", "06:00");
    let run = check(&town);
    let d = expect(&run, "E0404", PATROLS, line, Some(5));
    assert!(
        d.message
            .starts_with("times out of order: end (2026-11-01 06:00) is before start"),
        "{}",
        d.message
    );
}

#[test]
fn w0405_sweep_organised_by_someone_else() {
    let town = Town::copy();
    let line = town.find_row("sweeps/2026-11.csv", |_| true);
    town.set_field("sweeps/2026-11.csv", line, "organizer", "P0044");
    expect_only(&check(&town), "W0405", "sweeps/2026-11.csv", line, Some(3));
}

#[test]
fn w0406_sweep_on_another_day() {
    let town = Town::copy();
    let line = town.find_row("sweeps/2026-11.csv", |_| true);
    town.set_field("sweeps/2026-11.csv", line, "date", "2026-11-02");
    expect_only(&check(&town), "W0406", "sweeps/2026-11.csv", line, Some(1));
}

#[test]
fn w0407_inspection_led_by_someone_else() {
    let town = Town::copy();
    let line = town.find_row("inspections/2026-Q4.csv", |_| true);
    town.set_field("inspections/2026-Q4.csv", line, "lead", "P0042");
    expect_only(
        &check(&town),
        "W0407",
        "inspections/2026-Q4.csv",
        line,
        Some(3),
    );
}

#[test]
fn e0408_inspected_village_of_another_area() {
    let town = Town::copy();
    let line = town.find_row("inspections/2026-Q4.csv", |l| l.contains(",W1,"));
    town.set_field("inspections/2026-Q4.csv", line, "villages", "W1-V01;W2-V01");
    expect_only(
        &check(&town),
        "E0408",
        "inspections/2026-Q4.csv",
        line,
        Some(5),
    );
}

#[test]
fn e0409_absence_without_person() {
    let town = Town::copy();
    let line = town.find_row("sweeps/2026-11.csv", |_| true);
    town.set_field("sweeps/2026-11.csv", line, "absent", "张三 外出");
    expect_only(&check(&town), "E0409", "sweeps/2026-11.csv", line, Some(5));
}

#[test]
fn w0410_supervision_found_issues_nobody_followed() {
    let town = Town::copy();
    let patrol = town.find_row("patrols/2026-09.csv", |l| {
        l.starts_with("2026-09-14,W1-V03,P0142,")
    });
    town.set_field("patrols/2026-09.csv", patrol, "issues", "2");
    let line = town.find_row("approvals/2026.csv", |l| l.starts_with("SP20260001,"));
    let d = expect_only(&check(&town), "W0410", "approvals/2026.csv", line, Some(7));
    assert_eq!(
        d.message,
        "approval SP20260001: its supervision patrol:2026-09-14:P0142 found 2 issue(s), but no case follows it up"
    );
}

#[test]
fn w0411_reported_before_the_head_signed() {
    let town = Town::copy();
    let line = town.find_row(PATROLS, |l| l.starts_with("2026-11-01,W1-V01,P0044,"));
    town.set_field(PATROLS, line, "reported_at", "2026-11-01 21:00");
    let d = expect_only(&check(&town), "W0411", PATROLS, line, Some(13));
    assert_eq!(
        d.message,
        "reported (2026-11-01 21:00) before the village head signed (2026-11-01 21:21)"
    );
}

#[test]
fn w0412_sweep_member_neither_present_nor_absent() {
    let town = Town::copy();
    let file = "sweeps/2026-11.csv";
    let line = town.find_row(file, |l| l.starts_with("2026-11-01,W1-V01,"));
    town.set_field(
        file,
        line,
        "participants",
        "P0044;P0045;P0046;P0047;P0048;P0049",
    );
    let d = expect_only(&check(&town), "W0412", file, line, Some(4));
    assert_eq!(
        d.message,
        "W1-V01's base member(s) P0050, P0051 are neither among the participants nor listed absent"
    );
    // Absent with a reason is accounted for; so is absent without one (a duty, not this).
    town.set_field(file, line, "absent", "P0050:病假;P0051:外出务工");
    assert!(check(&town).diagnostics().is_empty());
}

#[test]
fn e0602_decided_by_someone_outside_the_supervision_office() {
    let town = Town::copy();
    town.write(
        "findings/decisions.yaml",
        "decisions:\n- finding: reward-QS-2026-0001\n  decision: approve\n  by: P0091\n  at: 2026-11-20 10:00\n  note: 同意\n",
    );
    let d = expect_only(&check(&town), "E0602", "findings/decisions.yaml", 2, None);
    assert_eq!(
        d.message,
        "P0091 is not a member of the supervision office (roster.csv role supervisor) on 2026-11-20 and cannot decide on findings"
    );
    town.replace("findings/decisions.yaml", "by: P0091", "by: P0008");
    assert!(check(&town).diagnostics().is_empty());
}

#[test]
fn w0413_a_follow_up_that_does_not_count() {
    // SP20260001: W1-V03, approved 2026-09-03, to be followed up by 2026-10-03.
    let file = "approvals/2026.csv";
    for (link, why) in [
        ("patrol:2026-09-01:P0142", "it was made before the approval"),
        ("patrol:2026-10-05:P0142", "it was made after follow_up_by"),
        (
            "patrol:2026-09-14:P0044",
            "it is not a record of the approval's village",
        ),
    ] {
        let town = Town::copy();
        let line = town.find_row(file, |l| l.starts_with("SP20260001,"));
        town.set_field(file, line, "supervised_by", link);
        let run = town.check_with(&["--format", "json", "--all"]);
        let d = expect_only(&run, "W0413", file, line, Some(7));
        assert_eq!(
            d.message,
            format!("approval SP20260001: the follow-up record {link} does not count: {why}")
        );
        // The duty stays open: the link did not follow the approval up.
        let duty = run
            .json()
            .into_iter()
            .find(|v| v["duty"] == "approval_unsupervised" && v["subject"] == "SP20260001")
            .unwrap_or_else(|| panic!("{link}: the follow-up is still owed"));
        assert_eq!(duty["done_at"], serde_json::Value::Null, "{link}");
    }
}

#[test]
fn w0414_a_meeting_without_who_must_attend() {
    let file = "meetings/2026-11.csv";
    // W1-V01's half-month meeting: the head and the committee posts (村委委员 P0044, 妇女主任
    // P0045, 治保主任 P0046) must attend; a village affairs supervisor need not.
    let town = Town::copy();
    let line = town.find_row(file, |l| {
        l.starts_with("2026-11-01,village_half_month,W1-V01,")
    });
    town.set_field(file, line, "attendees", "P0042;P0043;P0044;P0047");
    let d = expect_only(&check(&town), "W0414", file, line, Some(5));
    assert_eq!(
        d.message,
        "the half-month meeting misses who must attend: P0045 阎桂英, P0046 陈向阳"
    );
    town.set_field(file, line, "attendees", "P0042;P0043;P0044;P0045;P0046");
    let roster = town.read("roster.csv");
    town.write(
        "roster.csv",
        roster
            + "P0047,汪福生,15180690047,W1-V01,village_supervisor,村务监督委员会主任,,,wx_p0047,\n",
    );
    assert!(check(&town).diagnostics().is_empty());

    // The town consultation: the leader or a deputy, and the contact of a unit whose case is
    // discussed (QS-2026-0053, assigned to the police station 派出所, contact P0009).
    let town = Town::copy();
    town.replace(
        "cases/2026/QS-2026-0053.yaml",
        "  to: W1-V01\n",
        "  to: pcs\n",
    );
    let line = town.find_row(file, |l| l.starts_with("2026-11-03,town_consultation,"));
    town.set_field(file, line, "attendees", "P0006;P0008");
    let run = check(&town);
    let mut messages: Vec<String> = run
        .diagnostics()
        .into_iter()
        .filter(|d| d.code == "W0414")
        .map(|d| d.message)
        .collect();
    messages.sort();
    assert_eq!(
        messages,
        [
            "the consultation misses who must attend: P0009 吕家旺",
            "the consultation misses who must attend: the leadership group's leader or a deputy",
        ]
    );
}

#[test]
fn w0415_an_enterprise_patrol_by_someone_not_its_head() {
    let town = Town::copy();
    let line = town.find_row(PATROLS, |l| l.starts_with("2026-11-02,E01,P0003,"));
    town.set_field(PATROLS, line, "member", "P0004");
    town.set_field(PATROLS, line, "reported_by", "P0004");
    let d = expect_only(&check(&town), "W0415", PATROLS, line, Some(3));
    assert_eq!(
        d.message,
        "P0004 is not the head of enterprise grid E01 on 2026-11-02"
    );
}

// Cases.

#[test]
fn e0501_transition_not_allowed() {
    let town = Town::copy();
    let line = town.replace(
        CASE,
        "  action: accepted\n",
        "  action: closed\n  outcome: fixed\n",
    );
    let run = check(&town);
    let d = expect(&run, "E0501", CASE, line - 1, Some(1));
    assert_eq!(
        d.message,
        "`closed` is not allowed in state reported; allowed: accepted, rejected, duplicate, whistle, responded, remedied, urged, note"
    );
}

#[test]
fn e0502_events_out_of_order() {
    let town = Town::copy();
    let line = town.replace(CASE, "- at: 2026-09-01 11:15\n", "- at: 2026-09-01 10:00\n");
    expect_only(&check(&town), "E0502", CASE, line, Some(1));
}

#[test]
fn e0503_report_before_discovery() {
    let town = Town::copy();
    let line = town.replace(CASE, "- at: 2026-09-01 09:20\n", "- at: 2026-09-01 07:20\n");
    expect_only(&check(&town), "E0503", CASE, line, Some(1));
}

#[test]
fn e0504_case_id_off_scheme() {
    let town = Town::copy();
    let text = town.read(CASE).replace("id: QS-2026-0001", "id: QS-26-1");
    std::fs::remove_file(town.path().join(CASE)).unwrap();
    town.write("cases/2026/QS-26-1.yaml", &text);
    let run = check(&town);
    expect(&run, "E0504", "cases/2026/QS-26-1.yaml", 2, Some(1));
}

#[test]
fn e0505_duplicate_of_itself() {
    let town = Town::copy();
    let line = town.replace(CASE, "duplicate_of: null\n", "duplicate_of: QS-2026-0001\n");
    let _ = line;
    expect_only(&check(&town), "E0505", CASE, 2, Some(1));
}

#[test]
fn e0506_event_without_its_field() {
    let town = Town::copy();
    let line = town.replace(CASE, "  to: G-general\n", "");
    expect_only(&check(&town), "E0506", CASE, line - 3, Some(1));
}

#[test]
fn e0507_case_without_reports() {
    let town = Town::copy();
    town.replace(
        CASE,
        "reports:\n- at: 2026-09-01 09:20\n  by: P0219\n  channel: patrol\n",
        "reports: []\n",
    );
    expect_only(&check(&town), "E0507", CASE, 2, Some(1));
}

#[test]
fn w0508_consultation_that_never_met() {
    let town = Town::copy();
    let file = "cases/2026/QS-2026-0003.yaml";
    let line = town.replace(file, "  meeting: 2026-09-08\n", "  meeting: 2026-09-09\n");
    let run = check(&town);
    expect(&run, "W0508", file, line - 3, Some(1));
}

#[test]
fn w0510_enforcement_result_checked_outside_the_grid() {
    let town = Town::copy();
    let file = "cases/2026/QS-2026-0010.yaml";
    let line = town.replace(
        file,
        "  action: checked\n  by: P0210\n",
        "  action: checked\n  by: P0006\n",
    );
    let d = expect_only(&check(&town), "W0510", file, line - 1, Some(1));
    assert!(
        d.message
            .contains("checked by P0006, not by the grid of W3-V04"),
        "{}",
        d.message
    );
}

#[test]
fn w0601_decision_on_a_finding_that_is_gone() {
    let town = Town::copy();
    town.write("findings/decisions.yaml", "decisions:\n- {finding: reward-QS-2026-0003, decision: approve, by: P0003, at: 2026-11-20 10:00}\n");
    let d = expect_only(
        &check(&town),
        "W0601",
        "findings/decisions.yaml",
        2,
        Some(1),
    );
    assert!(d.message.contains("reward-QS-2026-0003"), "{}", d.message);
}

#[test]
fn e0509_grid_channel_without_a_person() {
    let town = Town::copy();
    let line = town.replace(CASE, "  by: P0219\n", "  by: county-zrzy\n");
    expect_only(&check(&town), "E0509", CASE, line - 1, Some(1));
}

#[test]
fn import_rules_are_checked_as_grid_import_reads_them() {
    let town = Town::copy();
    let rules = "rules:\n- kind: patrols\n- kind: patrol\n  headings:\n    巡逻日期: date\n    巡逻人: person\n- file: '[前店村'\n";
    town.write("imports/rules.yaml", rules);
    let run = check(&town);
    expect(&run, "E0114", "imports/rules.yaml", 2, None);
    let column = expect(&run, "E0107", "imports/rules.yaml", 6, None);
    assert!(column.message.contains("`person`"), "{}", column.message);
    expect(&run, "E0104", "imports/rules.yaml", 7, None);
    town.write("imports/rules.yaml", "rules:\n- kinds: patrol\n");
    expect_only(&check(&town), "E0102", "imports/rules.yaml", 2, None);
    town.write(
        "imports/rules.yaml",
        "rules:\n- file: 前店村*\n  kind: patrol\n  headings: {巡逻日期: date}\n",
    );
    assert_eq!(check(&town).diagnostics(), vec![]);
}

#[test]
fn e0511_an_event_before_the_first_report() {
    let town = Town::copy();
    let line = town.replace(
        CASE,
        "- at: 2026-09-01 10:25\n  action: accepted",
        "- at: 2026-09-01 09:10\n  action: accepted",
    );
    let d = expect_only(&check(&town), "E0511", CASE, line, Some(1));
    assert!(d.message.contains("2026-09-01 09:20"), "{}", d.message);
}

#[test]
fn e0512_closed_as_fixed_with_an_ongoing_impact() {
    let town = Town::copy();
    town.replace(
        CASE,
        "  outcome: fixed\n  impact: eliminated\n",
        "  outcome: fixed\n  impact: ongoing\n",
    );
    let line = line_of(&town.read(CASE), "- at: 2026-09-08 11:31");
    expect_only(&check(&town), "E0512", CASE, line, Some(1));
}

#[test]
fn e0513_a_response_nobody_asked_for() {
    let town = Town::copy();
    let line = town.replace(
        CASE,
        "  action: accepted\n  by: P0006\n",
        "  action: accepted\n  by: P0006\n- at: 2026-09-01 10:30\n  action: responded\n  by: county-zrzy\n",
    );
    let d = expect_only(&check(&town), "E0513", CASE, line + 2, Some(1));
    assert!(d.message.contains("county-zrzy"), "{}", d.message);
}

// Cells of an imported spreadsheet: `grid import --format json` names each refused cell with
// its code, and nothing is written.

/// Imports `contents` (written as `name` into `town`) with `--format json` and asserts that the
/// one refused cell is `cell` with `code` and that nothing was written; the run.
fn expect_refused(town: &Town, name: &str, contents: &[u8], cell: &str, code: &str) -> Run {
    let before = town.read("patrols/2026-11.csv");
    let src = town.path().join(name);
    std::fs::write(&src, contents).unwrap();
    let run = util::grid(&[
        "import",
        src.to_str().unwrap(),
        "--format",
        "json",
        "--repo",
        town.path().to_str().unwrap(),
    ]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert_eq!(run.summary()["written"], false, "{}", run.stdout);
    assert_eq!(town.read("patrols/2026-11.csv"), before);
    let refused: Vec<(String, String)> = run
        .json()
        .into_iter()
        .filter(|v| v["type"] == "refused")
        .map(|v| {
            let text = |k: &str| v[k].as_str().unwrap_or("").to_string();
            (text("cell"), text("code"))
        })
        .collect();
    assert_eq!(
        refused,
        [(cell.to_string(), code.to_string())],
        "{}",
        run.stdout
    );
    run
}

/// A patrol register of the given rows, as a CSV file's bytes.
fn patrol_csv(rows: &str) -> Vec<u8> {
    format!("巡查日期,村,巡查人,开始时间,结束时间,巡查事项,发现问题数,备注\n{rows}").into_bytes()
}

#[test]
fn e0901_a_name_two_people_share() {
    let town = Town::copy();
    let roster = town.read("roster.csv");
    town.write(
        "roster.csv",
        format!("{roster}P0999,周子涵,13912345678,W1-V02,base_member,,2026-09-01,,,\n"),
    );
    let rows = patrol_csv("2026-11-30,W1-V03,周子涵,08:00,09:00,RJ01,0,\n");
    let run = expect_refused(&town, "巡查.csv", &rows, "C2", "E0901");
    assert!(run.stdout.contains("P0044 (W1-V01)") && run.stdout.contains("P0999 (W1-V02)"));
}

#[test]
fn e0902_a_village_qualified_name_that_does_not_serve_there() {
    let rows = patrol_csv("2026-11-30,W1-V02,东岗村周子涵,08:00,09:00,RJ01,0,\n");
    expect_refused(&Town::copy(), "巡查.csv", &rows, "C2", "E0902");
}

#[test]
fn e0903_an_id_number_excel_stored_as_a_number() {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (c, h) in ["巡查日期", "村", "巡查人", "备注"].iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    for (c, v) in ["2026-11-30", "W1-V01", "周子涵"].iter().enumerate() {
        sheet.write_string(1, c as u16, *v).unwrap();
    }
    sheet.write_number(1, 3, 110_105_199_001_011_234.0).unwrap();
    let bytes = book.save_to_buffer().unwrap();
    expect_refused(&Town::copy(), "巡查.xlsx", &bytes, "D2", "E0903");
}

#[test]
fn e0904_a_date_typed_as_a_plain_number() {
    let rows = patrol_csv("46350,W1-V01,周子涵,08:00,09:00,RJ01,0,\n");
    expect_refused(&Town::copy(), "巡查.csv", &rows, "A2", "E0904");
}

#[test]
fn e0905_a_day_after_today() {
    let town = Town::copy();
    let rows = patrol_csv("2027-11-24,W1-V01,周子涵,08:00,09:00,RJ01,0,\n");
    expect_refused(&town, "巡查.csv", &rows, "A2", "E0905");
    assert!(!town.path().join("patrols/2027-11.csv").exists());
}

#[test]
fn e0906_a_row_that_contradicts_the_repository() {
    // patrols/2026-11.csv holds P0044's patrol of 11-01 with no issue found.
    let rows = patrol_csv("2026-11-01,W1-V01,P0044,08:24,09:48,RJ03;WJ03;HB03,5,\n");
    let run = expect_refused(&Town::copy(), "巡查.csv", &rows, "A2", "E0906");
    let file = run
        .json()
        .into_iter()
        .find(|v| v["type"] == "file")
        .unwrap();
    assert_eq!(
        (file["added"].as_u64(), file["rejected"].as_u64()),
        (Some(0), Some(1))
    );
}

#[test]
fn e0907_two_rows_of_one_import_for_the_same_record() {
    let rows = patrol_csv(
        "2026-11-30,W1-V01,周子涵,08:00,09:00,RJ01,0,\n2026-11-30,W1-V01,周子涵,08:00,09:00,RJ01,2,\n",
    );
    expect_refused(&Town::copy(), "巡查.csv", &rows, "A3", "E0907");
}

#[test]
fn e0908_a_repeat_call_before_the_order_it_repeats() {
    let orders = "工单编号,来电时间,诉求内容,问题分类,所属村,关联工单编号\n\
                  GD20261130-0001,2026-11-30 09:12,反映道路积水,垃圾乱堆乱放,前店村,\n\
                  GD20261130-0002,2026-11-29 08:00,再次反映道路积水,垃圾乱堆乱放,前店村,GD20261130-0001\n";
    let run = expect_refused(&Town::copy(), "工单.csv", orders.as_bytes(), "A3", "E0908");
    assert!(
        run.stdout.contains("is earlier than the discovery"),
        "{}",
        run.stdout
    );
}

#[test]
fn e0909_a_count_in_a_chat_message_that_is_no_count() {
    let chat = "周子涵 2026/11/30 8:40\n【日巡查】\n事项：正常\n问题：很多\n\
                阎桂英 2026/11/30 8:41\n好\n徐凤英 2026/11/30 8:42\n好\n";
    let run = expect_refused(&Town::copy(), "群聊.txt", chat.as_bytes(), "C4", "E0909");
    assert!(run.stdout.contains("\"line\":4"), "{}", run.stdout);
}

#[test]
fn e0910_a_chat_report_without_a_time() {
    let chat = "—— 2026年11月30日 ——\n周子涵：【上报】事项：私搭乱建\n阎桂英：好\n";
    expect_refused(&Town::copy(), "无时间.txt", chat.as_bytes(), "C2", "E0910");
}

#[test]
fn e0911_a_chat_report_that_names_no_item() {
    let chat = "周子涵 2026/11/30 8:40\n【上报】村口有情况\n阎桂英 2026/11/30 8:41\n好\n";
    expect_refused(&Town::copy(), "群聊.txt", chat.as_bytes(), "C2", "E0911");
}

#[test]
fn e0912_a_review_line_neither_adopted_nor_rejected() {
    let town = Town::copy();
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("待审核消息").unwrap();
    let line = [
        "群聊.txt:2",
        "2026-11-30 08:40:00",
        "周子涵",
        "村口有人在违建",
        "私搭乱建",
        "前店村",
        "",
        "微信群",
        "同意",
    ];
    for (c, text) in line.iter().enumerate() {
        ws.write_string(0, c as u16, format!("h{c}")).unwrap();
        ws.write_string(1, c as u16, *text).unwrap();
    }
    wb.add_worksheet()
        .set_name("grid-review-chat")
        .unwrap()
        .set_hidden(true);
    let bytes = wb.save_to_buffer().unwrap();
    expect_refused(&town, "审核.xlsx", &bytes, "I2", "E0912");
}

/// A county of one town (QS, 4 villages, 10 days): its root.
fn one_town_county(dir: &Path) -> PathBuf {
    let root = dir.join("county");
    let made = grid(&[
        "synth",
        "--county",
        "1",
        "--villages",
        "4",
        "--days",
        "10",
        "--out",
        root.to_str().unwrap(),
    ]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    root
}

/// `grid county check`'s diagnostics: (code, file, line).
fn county_diagnostics(root: &Path) -> Vec<(String, String, u64)> {
    let run = grid(&[
        "county",
        "check",
        "--county",
        root.to_str().unwrap(),
        "--as-of",
        "2026-11-23",
        "--format",
        "json",
    ]);
    run.json()
        .into_iter()
        .filter(|v| v["type"] == "diagnostic")
        .map(|v| {
            (
                v["code"].as_str().unwrap().to_string(),
                v["file"].as_str().unwrap().to_string(),
                v["line"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

/// Rewrites the department at `id` in the town QS's enforcement.yaml; its line.
fn edit_department(root: &Path, id: &str, to_id: &str, to_name: Option<&str>) -> u64 {
    let path = root.join("towns/QS/enforcement.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let line = text
        .lines()
        .position(|l| l == format!("- id: {id}"))
        .unwrap() as u64
        + 1;
    let mut edited = text.replace(&format!("- id: {id}\n"), &format!("- id: {to_id}\n"));
    if let Some(name) = to_name {
        let old = text.lines().nth(line as usize).unwrap().to_string();
        edited = edited.replacen(&old, &format!("  name: {name}"), 1);
    }
    std::fs::write(&path, edited).unwrap();
    line
}

#[test]
fn e1001_a_town_department_the_county_does_not_have() {
    let dir = tempfile::tempdir().unwrap();
    let root = one_town_county(dir.path());
    let line = edit_department(&root, "county-gaj", "county-wl", Some("县文化和旅游局"));
    assert_eq!(
        county_diagnostics(&root),
        [(
            "E1001".to_string(),
            "towns/QS/enforcement.yaml".to_string(),
            line
        )]
    );
}

#[test]
fn e1002_a_town_department_named_otherwise_than_the_county_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let root = one_town_county(dir.path());
    let line = edit_department(&root, "county-gaj", "county-gaj", Some("公安局"));
    assert_eq!(
        county_diagnostics(&root),
        [(
            "E1002".to_string(),
            "towns/QS/enforcement.yaml".to_string(),
            line
        )]
    );
}

#[test]
fn e1003_a_town_listed_twice_in_county_yaml() {
    let dir = tempfile::tempdir().unwrap();
    let root = one_town_county(dir.path());
    let path = root.join("county.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let text = text.replace(
        "  repo: towns/QS\n",
        "  repo: towns/QS\n- id: QS\n  name: 青山镇\n  repo: towns/QS\n",
    );
    std::fs::write(&path, &text).unwrap();
    let line = text
        .lines()
        .enumerate()
        .filter(|(_, l)| *l == "- id: QS")
        .nth(1)
        .unwrap()
        .0 as u64
        + 1;
    assert!(
        county_diagnostics(&root).contains(&("E1003".to_string(), "county.yaml".to_string(), line)),
        "{:?}",
        county_diagnostics(&root)
    );
}

#[test]
fn e1004_a_town_department_under_another_id() {
    let dir = tempfile::tempdir().unwrap();
    let root = one_town_county(dir.path());
    let line = edit_department(&root, "county-gaj", "county-ga", None);
    assert_eq!(
        county_diagnostics(&root),
        [(
            "E1004".to_string(),
            "towns/QS/enforcement.yaml".to_string(),
            line
        )]
    );
}
