//! Findings (rewards, accountability, fault tolerance), decisions on them, and the assessment,
//! each rule and edge case asserted exactly on example-town or a copy of it.

mod util;

use serde_json::Value;
use util::{Run, Town, grid};

fn findings(town: &Town) -> Vec<Value> {
    let run = grid(&[
        "findings",
        "--repo",
        town.path().to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.json()
}

fn by_id(all: &[Value], id: &str) -> Option<Value> {
    all.iter().find(|f| f["id"] == id).cloned()
}

/// Writes a case file QS-2026-0900 with the given grid, item, reports and events.
fn case_file(town: &Town, grid: &str, item: &str, reports: &str, events: &str) {
    town.write(
        "cases/2026/QS-2026-0900.yaml",
        format!("id: QS-2026-0900\ntitle: 测试案件\nitem: {item}\ngrid: {grid}\ndiscovered_at: 2026-11-10 08:00\nreports:\n{reports}events:\n{events}"),
    );
}

const ACCEPT: &str = "- {at: 2026-11-10 12:00, action: accepted, by: P0006}\n";

fn clean(town: &Town) {
    let run = town.check();
    assert!(run.diagnostics().is_empty(), "{:#?}", run.diagnostics());
}

#[test]
fn example_town_has_every_kind() {
    let all = findings(&Town::copy());
    for kind in ["reward", "accountability", "exempt", "reduced"] {
        assert!(all.iter().any(|f| f["kind"] == kind), "no {kind}");
    }
}

#[test]
fn the_first_report_of_a_bottom_line_incident_is_rewarded() {
    let all = findings(&Town::copy());
    let f = by_id(&all, "reward-QS-2026-0001").unwrap();
    assert_eq!(f["kind"], "reward");
    assert_eq!(f["person"], "P0219");
    assert_eq!(f["amount"], 200);
    assert_eq!(f["class"], "security_stability");
    assert_eq!(f["channel"], "patrol");
    assert_eq!(f["at"], "2026-09-01 09:20");
    assert_eq!(f["decision"], Value::Null);
}

#[test]
fn reports_in_the_same_minute_go_to_the_grid() {
    let town = Town::copy();
    case_file(
        &town,
        "W1-V01",
        "WJ01",
        "- {at: 2026-11-10 08:30, by: '12345', channel: hotline_12345, ref: GD1}\n- {at: 2026-11-10 08:30, by: P0044, channel: wechat_group}\n",
        ACCEPT,
    );
    clean(&town);
    let all = findings(&town);
    let f = by_id(&all, "reward-QS-2026-0900").unwrap();
    assert_eq!(f["person"], "P0044");
    assert_eq!(f["amount"], 300);
    assert!(
        by_id(&all, "accountability-QS-2026-0900").is_none(),
        "the village reported at once"
    );
}

#[test]
fn a_villager_through_12345_earns_nothing_but_the_village_answers_for_it() {
    let town = Town::copy();
    case_file(
        &town,
        "W1-V01",
        "HB01",
        "- {at: 2026-11-10 08:30, by: '12345', channel: hotline_12345, ref: GD2}\n",
        ACCEPT,
    );
    let all = findings(&town);
    assert!(by_id(&all, "reward-QS-2026-0900").is_none());
    let f = by_id(&all, "accountability-QS-2026-0900").unwrap();
    assert_eq!(f["kind"], "accountability");
    assert_eq!(f["person"], "P0042", "the village head");
    assert_eq!(f["channel"], "hotline_12345");
    assert_eq!(f["village_hours"], Value::Null, "never");
    let patrolled: Vec<&str> = f["patrolled"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    let expected: Vec<String> = std::fs::read_to_string(town.path().join("patrols/2026-11.csv"))
        .unwrap()
        .lines()
        .filter(|l| l.starts_with("2026-11-10,W1-V01,"))
        .map(|l| l.split(',').nth(2).unwrap().to_string())
        .collect();
    assert_eq!(patrolled, expected);
}

#[test]
fn a_village_report_within_the_grace_hours_clears_it() {
    let town = Town::copy();
    let reports = "- {at: 2026-11-10 08:30, by: '12345', channel: hotline_12345, ref: GD3}\n- {at: 2026-11-11 07:59, by: P0043, channel: wechat_group}\n";
    case_file(&town, "W1-V01", "HB01", reports, ACCEPT);
    assert!(
        by_id(&findings(&town), "accountability-QS-2026-0900").is_none(),
        "23h59m after discovery"
    );
    let late = reports.replace("2026-11-11 07:59", "2026-11-11 08:01");
    case_file(&town, "W1-V01", "HB01", &late, ACCEPT);
    let f = by_id(&findings(&town), "accountability-QS-2026-0900").unwrap();
    assert_eq!(f["village_hours"], 24.0);
}

#[test]
fn a_duplicate_brings_its_reports_to_the_lead_and_earns_nothing() {
    let town = Town::copy();
    case_file(
        &town,
        "W3-V04",
        "AW01",
        "- {at: 2026-09-01 08:50, by: P0212, channel: wechat_direct}\n",
        "- {at: 2026-09-01 09:30, action: duplicate, by: P0006, of: QS-2026-0001}\n",
    );
    town.replace(
        "cases/2026/QS-2026-0900.yaml",
        "discovered_at: 2026-11-10 08:00\n",
        "discovered_at: 2026-09-01 08:19\nduplicate_of: QS-2026-0001\n",
    );
    clean(&town);
    let all = findings(&town);
    assert!(by_id(&all, "reward-QS-2026-0900").is_none());
    let f = by_id(&all, "reward-QS-2026-0001").unwrap();
    assert_eq!(f["person"], "P0212", "the duplicate's report came first");
    assert_eq!(f["channel"], "wechat_direct");
}

#[test]
fn an_enterprise_case_is_rewarded_but_no_village_answers_for_it() {
    let town = Town::copy();
    case_file(
        &town,
        "E01",
        "AQ01",
        "- {at: 2026-11-10 08:30, by: '12345', channel: hotline_12345, ref: GD4}\n",
        ACCEPT,
    );
    assert!(findings(&town).iter().all(|f| f["case"] != "QS-2026-0900"));
    case_file(
        &town,
        "E01",
        "AQ01",
        "- {at: 2026-11-10 08:30, by: P0003, channel: wechat_direct}\n",
        ACCEPT,
    );
    let f = by_id(&findings(&town), "reward-QS-2026-0900").unwrap();
    assert_eq!(f["grid"], "E01");
    assert_eq!(f["person"], "P0003");
}

#[test]
fn a_town_level_case_has_no_village_to_account() {
    let town = Town::copy();
    case_file(
        &town,
        "null",
        "YQ01",
        "- {at: 2026-11-10 08:30, by: 县融媒体中心, channel: media}\n",
        ACCEPT,
    );
    clean(&town);
    assert!(findings(&town).iter().all(|f| f["case"] != "QS-2026-0900"));
}

#[test]
fn reclassified_to_an_ordinary_item_the_reward_goes_and_its_decision_is_flagged() {
    let town = Town::copy();
    let run = grid(&[
        "decide",
        "reward-QS-2026-0001",
        "approve",
        "--note",
        "经督考办研究同意",
        "--by",
        "P0003",
        "--at",
        "2026-11-20 10:00",
        "--repo",
        town.path().to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    clean(&town);
    assert_eq!(
        by_id(&findings(&town), "reward-QS-2026-0001").unwrap()["decision"],
        "approve"
    );
    town.replace(
        "cases/2026/QS-2026-0001.yaml",
        "item: AW01\n",
        "item: RJ01\n",
    );
    assert!(by_id(&findings(&town), "reward-QS-2026-0001").is_none());
    let run: Run = town.check();
    let d = &run.diagnostics()[0];
    assert_eq!(
        (d.code.as_str(), d.file.as_str(), d.line),
        ("W0601", "findings/decisions.yaml", 3)
    );
}

#[test]
fn remedied_in_time_is_exempt_and_late_is_reduced() {
    let all = findings(&Town::copy());
    let exempt = by_id(&all, "accountability-QS-2026-0002").unwrap();
    assert_eq!(exempt["kind"], "exempt");
    assert_eq!(exempt["remedied_at"], "2026-09-02 17:04");
    let reduced = by_id(&all, "accountability-QS-2026-0012").unwrap();
    assert_eq!(reduced["kind"], "reduced");
    assert_eq!(
        reduced["remedied_at"], "2026-09-20 01:48",
        "102 hours after discovery: past the 48"
    );
}

#[test]
fn without_an_eliminated_impact_a_remedy_does_not_help() {
    let town = Town::copy();
    town.replace(
        "cases/2026/QS-2026-0002.yaml",
        "\nimpact: eliminated\n",
        "\nimpact: ongoing\n",
    );
    let f = by_id(&findings(&town), "accountability-QS-2026-0002").unwrap();
    assert_eq!(f["kind"], "accountability");
}

#[test]
fn decisions_are_checked_and_recorded() {
    let town = Town::copy();
    let repo = town.path().to_str().unwrap();
    let run = grid(&[
        "decide",
        "reward-QS-2026-0001",
        "exempt",
        "--note",
        "x",
        "--by",
        "P0003",
        "--repo",
        repo,
    ]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("a reward is approved or rejected"),
        "{}",
        run.stderr
    );
    let run = grid(&[
        "decide",
        "reward-QS-2099-0001",
        "approve",
        "--note",
        "x",
        "--by",
        "P0003",
        "--repo",
        repo,
    ]);
    assert_eq!(run.code, 2);
    // Only the supervision office decides: not the town head, not a village's base member.
    for by in ["P0001", "P0091"] {
        let run = grid(&[
            "decide",
            "accountability-QS-2026-0003",
            "reduce",
            "--note",
            "x",
            "--by",
            by,
            "--at",
            "2026-11-20 10:00",
            "--repo",
            repo,
        ]);
        assert_eq!(run.code, 2, "{by}");
        assert!(
            run.stderr.contains(&format!(
                "{by} is not a member of the supervision office (roster.csv role supervisor) on 2026-11-20"
            )),
            "{}",
            run.stderr
        );
    }
    assert!(!town.path().join("findings/decisions.yaml").exists());
    let run = grid(&[
        "decide",
        "accountability-QS-2026-0003",
        "reduce",
        "--note",
        "已整改，酌情减责",
        "--by",
        "P0003",
        "--at",
        "2026-11-20 10:00",
        "--repo",
        repo,
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = town.read("findings/decisions.yaml");
    assert!(text.ends_with("decisions:\n- finding: accountability-QS-2026-0003\n  decision: reduce\n  by: P0003\n  at: 2026-11-20 10:00\n  note: 已整改，酌情减责\n"), "{text}");
    clean(&town);
    assert_eq!(
        by_id(&findings(&town), "accountability-QS-2026-0003").unwrap()["decision"],
        "reduce"
    );
}

#[test]
fn a_village_score_is_its_parts() {
    let town = Town::copy();
    let run = grid(&[
        "score",
        "--repo",
        town.path().to_str().unwrap(),
        "--month",
        "2026-11",
        "--as-of",
        "2026-11-24",
        "--format",
        "json",
    ]);
    let weights = [
        ("patrol_completion", 30.0, false),
        ("on_time", 15.0, false),
        ("attendance", 15.0, false),
        ("case_on_time", 15.0, false),
        ("closure", 10.0, false),
        ("rework", 5.0, true),
        ("missed_report", 10.0, true),
    ];
    let villages: Vec<_> = run
        .json()
        .into_iter()
        .filter(|s| s["level"] == "village")
        .collect();
    let mut without_data = 0;
    for v in &villages {
        // A component with nothing to count earns nothing and its weight is spread over the
        // components with data (docs/FINDINGS.md).
        let with_data: f64 = weights
            .iter()
            .filter(|(name, _, _)| v["components"][name]["of"] != 0)
            .map(|(_, w, _)| w)
            .sum();
        let scale = 100.0 / with_data;
        let mut sum = 0.0;
        for (name, weight, lower_is_better) in weights {
            let c = &v["components"][name];
            let share = if c["of"] == 0 {
                without_data += 1;
                assert_eq!(c["rate"], serde_json::Value::Null, "{name}: {v}");
                0.0
            } else {
                let rate = c["count"].as_f64().unwrap() / c["of"].as_f64().unwrap();
                if lower_is_better { 1.0 - rate } else { rate }
            };
            let points = (weight * scale * share * 100.0).round() / 100.0;
            assert_eq!(c["points"].as_f64().unwrap(), points, "{name}: {v}");
            sum += points;
        }
        let total = ((sum - v["deduction"].as_f64().unwrap() + v["bonus"].as_f64().unwrap())
            * 100.0)
            .round()
            / 100.0;
        assert_eq!(v["score"].as_f64().unwrap(), total, "{v}");
    }
    assert_eq!(villages.len(), 20);
    assert!(
        without_data > 0,
        "some village has a component without data"
    );
    let score_of = |id: &str| villages.iter().find(|s| s["id"] == id).unwrap()["score"].clone();
    assert_eq!(score_of("W1-V01"), 83.51, "docs/FINDINGS.md, first example");
    assert_eq!(
        score_of("W3-V03"),
        87.32,
        "docs/FINDINGS.md, second example"
    );
    let v = villages.iter().find(|s| s["id"] == "W1-V01").unwrap();
    // The patrol rate from the files themselves: rows of W1-V01 for 1–23 November against
    // its base members (all active all month) × 23 days.
    let rows = town
        .read("patrols/2026-11.csv")
        .lines()
        .filter(|l| l.contains(",W1-V01,"))
        .count() as u64;
    let members = town
        .read("roster.csv")
        .lines()
        .filter(|l| l.contains(",W1-V01,base_member,"))
        .count() as u64;
    assert_eq!(v["components"]["patrol_completion"]["count"], rows);
    assert_eq!(v["components"]["patrol_completion"]["of"], members * 23);
    let bonus_expected = findings(&town)
        .iter()
        .filter(|f| {
            f["kind"] == "reward"
                && f["at"].as_str().unwrap().starts_with("2026-11")
                && f["grid"] == "W1-V01"
        })
        .count() as f64;
    assert_eq!(v["bonus"].as_f64().unwrap(), bonus_expected);
}

#[test]
fn rankings_are_ordered_and_offices_scored() {
    let run = grid(&[
        "score",
        "--repo",
        "example-town",
        "--quarter",
        "2026-Q4",
        "--as-of",
        "2026-11-24",
        "--format",
        "json",
    ]);
    let villages: Vec<Value> = run
        .json()
        .into_iter()
        .filter(|s| s["level"] == "village")
        .collect();
    assert_eq!(villages.len(), 20);
    assert_eq!(villages[0]["rank"], 1);
    assert!(
        villages
            .windows(2)
            .all(|w| w[0]["score"].as_f64() >= w[1]["score"].as_f64())
    );
    let offices: Vec<Value> = run
        .json()
        .into_iter()
        .filter(|s| s["level"] == "office")
        .collect();
    assert_eq!(
        offices
            .iter()
            .map(|o| o["id"].as_str().unwrap())
            .collect::<Vec<_>>(),
        ["grid_center", "service_center", "enforcement_office"]
    );
    let table = grid(&[
        "score",
        "--repo",
        "example-town",
        "--month",
        "2026-11",
        "--as-of",
        "2026-11-24",
        "--lang",
        "zh",
    ]);
    assert!(table.stdout.contains("村级网格排名") && table.stdout.contains("一办两中心"));
}

#[test]
fn a_reversed_range_is_refused_not_answered_with_nothing() {
    for command in ["findings", "score"] {
        let run = grid(&[
            command,
            "--repo",
            "example-town",
            "--from",
            "2026-11-30",
            "--to",
            "2026-11-01",
        ]);
        assert_eq!(run.code, 2, "{command}: {}", run.stdout);
        assert!(
            run.stderr
                .contains("--from 2026-11-30 is after --to 2026-11-01"),
            "{}",
            run.stderr
        );
        assert!(run.stdout.is_empty(), "{command} printed {}", run.stdout);
    }
}

#[test]
fn one_period_word_means_what_the_flags_mean() {
    let json = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend_from_slice(&["--repo", "example-town", "--format", "json"]);
        let run = grid(&all);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        run.stdout
    };
    for (word, flags) in [
        ("2026-11", vec!["--month", "2026-11"]),
        ("2026-Q4", vec!["--quarter", "2026-Q4"]),
        (
            "2026-11-01..2026-11-15",
            vec!["--from", "2026-11-01", "--to", "2026-11-15"],
        ),
    ] {
        for command in ["findings", "score"] {
            let mut with_flags = vec![command];
            with_flags.extend_from_slice(&flags);
            assert_eq!(
                json(&[command, word]),
                json(&with_flags),
                "{command} {word}"
            );
        }
    }
    let town = Town::copy();
    let repo = town.path().to_str().unwrap();
    let report = |args: &[&str]| {
        let mut all = vec!["report", "monthly"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--repo", repo, "--as-of", "2026-11-30", "--format", "json"]);
        let run = grid(&all);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        run.stdout
    };
    assert_eq!(report(&["2026-10"]), report(&["--month", "2026-10"]));
    let reversed = grid(&[
        "findings",
        "2026-11-15..2026-11-01",
        "--repo",
        "example-town",
    ]);
    assert_eq!(reversed.code, 2);
}
