//! `grid county`: a synthetic county of three towns (one with a data error, one whose
//! department id is not the county's), its towns' standing compared with what each town's own
//! commands say, the county departments' inbox compared with the towns' duties, fetching from
//! `file://` remotes, and a town that cannot be reached.

mod util;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;
use util::{Run, grid};

const AS_OF: &str = "2026-11-23";

/// A county of three towns (QS, HD, SM) of 8 villages and 60 days.
fn county() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("county");
    let made = grid(&[
        "synth",
        "--county",
        "3",
        "--villages",
        "8",
        "--days",
        "60",
        "--out",
        root.to_str().unwrap(),
    ]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    (dir, root)
}

/// `grid county …` in the county.
fn county_run(root: &Path, args: &[&str]) -> Run {
    let mut all = vec!["county"];
    all.extend_from_slice(args);
    all.extend([
        "--county",
        root.to_str().unwrap(),
        "--as-of",
        AS_OF,
        "--format",
        "json",
    ]);
    grid(&all)
}

/// A command of one town's own, as of the county's moment, in JSON.
fn town_run(town: &Path, args: &[&str]) -> Vec<Value> {
    let mut all = args.to_vec();
    all.extend([
        "--repo",
        town.to_str().unwrap(),
        "--as-of",
        AS_OF,
        "--format",
        "json",
    ]);
    grid(&all).json()
}

/// Replaces `from` by `to` in every file of `dir` (not .git).
fn replace_everywhere(dir: &Path, from: &str, to: &str) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.file_name().is_some_and(|n| n == ".git") {
            continue;
        }
        if path.is_dir() {
            replace_everywhere(&path, from, to);
        } else if let Ok(text) = std::fs::read_to_string(&path)
            && text.contains(from)
        {
            std::fs::write(&path, text.replace(from, to)).unwrap();
        }
    }
}

/// HD gets a patrol row by a person nobody knows; SM calls the county's 县公安局 county-ga.
fn spoil(root: &Path) {
    let patrols = root.join("towns/HD/patrols/2026-11.csv");
    let text = std::fs::read_to_string(&patrols).unwrap();
    std::fs::write(
        &patrols,
        format!("{text}2026-11-20,W1-V01,P9999,08:00,09:00,RJ01,0,,,,,,,wechat_group\n"),
    )
    .unwrap();
    replace_everywhere(&root.join("towns/SM"), "county-gaj", "county-ga");
}

#[test]
fn every_towns_row_is_what_its_own_commands_say() {
    let (_dir, root) = county();
    spoil(&root);
    let run = county_run(&root, &["check"]);
    assert_eq!(
        run.code, 1,
        "a town with data errors fails the check: {}",
        run.stderr
    );
    let out = run.json();
    let rows: Vec<&Value> = out.iter().filter(|v| v["type"] == "town").collect();
    assert_eq!(
        rows.iter()
            .map(|r| r["town"].as_str().unwrap())
            .collect::<Vec<_>>(),
        ["QS", "HD", "SM"]
    );
    for row in &rows {
        let id = row["town"].as_str().unwrap();
        let town = root.join("towns").join(id);
        let check = town_run(&town, &["check"]);
        let errors = check
            .iter()
            .filter(|v| v["type"] == "diagnostic" && v["severity"] == "error")
            .count();
        let warnings = check
            .iter()
            .filter(|v| v["type"] == "diagnostic" && v["severity"] == "warning")
            .count();
        let overdue: Vec<&Value> = check.iter().filter(|v| v["type"] == "overdue").collect();
        let open = overdue.iter().filter(|v| v["open"] == true).count();
        let new = overdue.iter().filter(|v| v["new"] == true).count();
        assert_eq!(row["errors"], errors, "{id}");
        assert_eq!(row["warnings"], warnings, "{id}");
        assert_eq!(row["overdue"], open, "{id}");
        assert_eq!(row["new"], new, "{id}");
        assert_eq!(row["readable"], "ok", "{id}");
        let mut sums = BTreeMap::<&str, (u64, u64)>::new();
        let scores = town_run(&town, &["score"]);
        for village in scores.iter().filter(|s| s["level"] == "village") {
            for component in ["patrol_completion", "case_on_time"] {
                let c = &village["components"][component];
                let sum = sums.entry(component).or_default();
                sum.0 += c["count"].as_u64().unwrap();
                sum.1 += c["of"].as_u64().unwrap();
            }
        }
        assert_eq!(
            (
                row["patrols_done"].as_u64().unwrap(),
                row["patrols_owed"].as_u64().unwrap()
            ),
            sums["patrol_completion"],
            "{id}"
        );
        assert_eq!(
            (
                row["cases_on_time"].as_u64().unwrap(),
                row["cases_due"].as_u64().unwrap()
            ),
            sums["case_on_time"],
            "{id}"
        );
        let found = town_run(&town, &["findings", "--month", "2026-11"]);
        let rewards = found
            .iter()
            .filter(|f| f["type"] == "finding" && f["kind"] == "reward")
            .count();
        let accountable = found
            .iter()
            .filter(|f| f["type"] == "finding" && f["kind"] != "reward")
            .count();
        assert_eq!(row["rewards"], rewards, "{id}");
        assert_eq!(row["accountability"], accountable, "{id}");
    }
    let hd = rows.iter().find(|r| r["town"] == "HD").unwrap();
    assert!(
        hd["errors"].as_u64().unwrap() >= 1,
        "HD's unknown patroller"
    );
    let sm = rows.iter().find(|r| r["town"] == "SM").unwrap();
    assert_eq!(sm["errors"], 0, "SM's own data are consistent");
    assert_eq!(sm["department_mismatches"], 1);
    let county_diagnostics: Vec<&Value> =
        out.iter().filter(|v| v["type"] == "diagnostic").collect();
    assert_eq!(county_diagnostics.len(), 1, "{county_diagnostics:?}");
    let d = county_diagnostics[0];
    assert_eq!(d["code"], "E1004");
    assert_eq!(d["file"], "towns/SM/enforcement.yaml");
    let enforcement = std::fs::read_to_string(root.join("towns/SM/enforcement.yaml")).unwrap();
    let line = d["line"].as_u64().unwrap() as usize;
    assert!(
        enforcement
            .lines()
            .nth(line - 1)
            .unwrap()
            .contains("county-ga"),
        "the line of the department: {}",
        enforcement.lines().nth(line - 1).unwrap()
    );
    let table = grid(&[
        "county",
        "check",
        "--county",
        root.to_str().unwrap(),
        "--as-of",
        AS_OF,
        "--lang",
        "zh",
    ]);
    assert!(
        table.stdout.contains("有数据错误：HD 河东镇"),
        "{}",
        table.stdout
    );
    assert!(table.stdout.contains("[E1004]"), "{}", table.stdout);
}

#[test]
fn the_inbox_is_every_escalation_and_whistle_as_the_towns_duties_judge_them() {
    let (_dir, root) = county();
    let run = county_run(&root, &["inbox"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = run.json();
    let items: Vec<&Value> = out.iter().filter(|v| v["type"] == "inbox").collect();
    let status = |duty_status: &str| match duty_status {
        "done" => "answered_on_time",
        "late" => "answered_late",
        "missed" => "overdue",
        _ => "open",
    };
    let mut expected = Vec::new();
    for id in ["QS", "HD", "SM"] {
        let town = root.join("towns").join(id);
        for (duty, kind) in [
            ("county_unanswered", "escalation"),
            ("whistle_unanswered", "whistle"),
        ] {
            let duties = town_run(
                &town,
                &[
                    "duties",
                    "--duty",
                    duty,
                    "--from",
                    "2026-08-01",
                    "--to",
                    "2026-12-31",
                ],
            );
            for d in duties.iter().filter(|d| d["type"] == "duty") {
                let case = d["subject"].as_str().unwrap().split(' ').next().unwrap();
                expected.push((
                    id.to_string(),
                    case.to_string(),
                    kind.to_string(),
                    d["due"].as_str().unwrap().to_string(),
                    status(d["status"].as_str().unwrap()).to_string(),
                ));
            }
        }
    }
    let mut listed: Vec<(String, String, String, String, String)> = items
        .iter()
        .map(|i| {
            let s = |k: &str| i[k].as_str().unwrap().to_string();
            (s("town"), s("case"), s("kind"), s("due"), s("status"))
        })
        .collect();
    expected.sort();
    listed.sort();
    assert_eq!(listed, expected);
    for kind in ["escalation", "whistle"] {
        for answer in ["answered_on_time", "answered_late", "overdue"] {
            assert!(
                listed.iter().any(|l| l.2 == kind && l.4 == answer),
                "the synthetic county has a {kind} {answer}"
            );
        }
    }
    // Each item names its case file, which holds the case.
    for i in &items {
        let file = root.join(i["file"].as_str().unwrap());
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            i["file"]
                .as_str()
                .unwrap()
                .starts_with(&format!("towns/{}/cases/", i["town"].as_str().unwrap()))
        );
        assert!(
            text.contains("action: responded") || i["answered"].is_null(),
            "{file:?}"
        );
    }
    // The department figures are the items counted per department; one department's inbox is
    // its items alone.
    for d in out.iter().filter(|v| v["type"] == "department") {
        let department = &d["department"];
        let mine: Vec<&&Value> = items
            .iter()
            .filter(|i| &i["department"] == department)
            .collect();
        for answer in ["answered_on_time", "answered_late", "open", "overdue"] {
            let n = mine.iter().filter(|i| i["status"] == answer).count();
            assert_eq!(d[answer], n, "{department} {answer}");
        }
        if let Some(id) = department.as_str() {
            let only = county_run(&root, &["inbox", "--department", id]);
            let theirs = only
                .json()
                .into_iter()
                .filter(|v| v["type"] == "inbox")
                .count();
            assert_eq!(theirs, mine.len(), "{id}");
        }
    }
}

/// A town kept at a `file://` remote is cloned by `grid county fetch`, then brought up to
/// date; a remote that cannot be reached is reported and the other towns are still checked.
#[test]
fn towns_are_fetched_from_their_remotes_and_an_unreachable_one_is_named() {
    let (dir, source) = county();
    let root = dir.path().join("county2");
    std::fs::create_dir_all(&root).unwrap();
    let remote = |id: &str| format!("file://{}", source.join("towns").join(id).display());
    std::fs::write(
        root.join("county.yaml"),
        format!(
            "code: '370211'\nname: 示例县\ntowns:\n- id: QS\n  name: 青山镇\n  repo: {}\n- id: HD\n  name: 河东镇\n  repo: {}\n- id: XX\n  name: 不存在镇\n  repo: file://{}/nowhere.git\ndepartments: []\n",
            remote("QS"),
            remote("HD"),
            dir.path().display()
        ),
    )
    .unwrap();
    let fetch = || {
        grid(&[
            "county",
            "fetch",
            "--county",
            root.to_str().unwrap(),
            "--lang",
            "en",
        ])
    };
    let fetched = fetch();
    assert_eq!(fetched.code, 1, "one town could not be fetched");
    assert!(
        fetched.stdout.contains("QS 青山镇  cloned"),
        "{}",
        fetched.stdout
    );
    assert!(
        fetched.stdout.contains("HD 河东镇  cloned"),
        "{}",
        fetched.stdout
    );
    assert!(
        fetched.stdout.contains("XX 不存在镇  could not fetch"),
        "{}",
        fetched.stdout
    );
    assert!(root.join("towns/QS/town.yaml").is_file());
    let check = county_run(&root, &["check"]);
    let rows: Vec<Value> = check
        .json()
        .into_iter()
        .filter(|v| v["type"] == "town")
        .collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0]["readable"], "ok");
    assert_eq!(rows[1]["readable"], "ok");
    assert_eq!(rows[2]["readable"], "missing");
    assert!(rows[0]["patrols_owed"].as_u64().unwrap() > 0);
    // A new commit at the remote arrives with the next fetch.
    let note = source.join("towns/QS/说明.txt");
    std::fs::write(&note, "县里同步测试\n").unwrap();
    for args in [
        &["add", "说明.txt"][..],
        &[
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@t",
            "commit",
            "-qm",
            "说明",
        ],
    ] {
        let ok = std::process::Command::new("git")
            .arg("-C")
            .arg(source.join("towns/QS"))
            .args(args)
            .status()
            .unwrap();
        assert!(ok.success());
    }
    let again = fetch();
    assert!(
        again.stdout.contains("QS 青山镇  up to date"),
        "{}",
        again.stdout
    );
    assert!(
        root.join("towns/QS/说明.txt").is_file(),
        "the new commit was pulled"
    );
}

/// A county.yaml that cannot be read stops the command with the file, line and what is wrong.
#[test]
fn an_unreadable_county_yaml_is_located() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("county.yaml"),
        "code: '370211'\nname: 示例县\ntowns:\n- id: QS\n  name: 青山镇\n  repository: towns/QS\n",
    )
    .unwrap();
    let run = grid(&[
        "county",
        "check",
        "--county",
        dir.path().to_str().unwrap(),
        "--lang",
        "en",
    ]);
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(run.stderr.contains("county.yaml:6:"), "{}", run.stderr);
    assert!(run.stderr.contains("repository"), "{}", run.stderr);
    let nowhere = grid(&["county", "check", "--county", "/", "--lang", "en"]);
    assert_eq!(nowhere.code, 2);
    assert!(nowhere.stderr.contains("county.yaml"), "{}", nowhere.stderr);
}

/// The county workbooks read back: every town's row and figures as `grid county check` gives
/// them, the ranking recomputed from those figures with county.yaml's weights, the inbox and
/// the departments' figures as `grid county inbox` gives them.
#[test]
fn the_county_workbooks_carry_what_the_county_commands_say() {
    use calamine::{Data, DataType, Reader};
    let (dir, root) = county();
    let check: Vec<Value> = county_run(&root, &["check"])
        .json()
        .into_iter()
        .filter(|v| v["type"] == "town")
        .collect();
    let inbox = county_run(&root, &["inbox"]).json();
    let sheet = |path: &Path, name: &str| -> Vec<Vec<Data>> {
        let mut book: calamine::Xlsx<_> = calamine::open_workbook(path).unwrap();
        book.worksheet_range(name)
            .unwrap()
            .rows()
            .map(|r| r.to_vec())
            .collect()
    };
    let text = |d: &Data| d.as_string().unwrap_or_else(|| d.to_string());
    let mut paths = BTreeMap::new();
    for kind in ["monthly", "assessment", "inbox"] {
        let path = dir.path().join(format!("{kind}.xlsx"));
        let made = grid(&[
            "county",
            "report",
            kind,
            "--county",
            root.to_str().unwrap(),
            "--as-of",
            AS_OF,
            "--lang",
            "zh",
            "-o",
            path.to_str().unwrap(),
        ]);
        assert_eq!(made.code, 0, "{kind}: {}", made.stderr);
        paths.insert(kind, path);
    }
    let monthly = &paths["monthly"];
    let towns = sheet(monthly, "各镇汇总");
    assert_eq!(towns.len() - 1, check.len());
    for (row, town) in towns.iter().skip(1).zip(&check) {
        assert!(text(&row[0]).starts_with(town["town"].as_str().unwrap()));
        assert_eq!(row[1].as_f64(), town["errors"].as_f64());
        assert_eq!(row[2].as_f64(), town["overdue"].as_f64());
        assert_eq!(row[4].as_f64(), town["patrol_completion"].as_f64());
    }
    let weights = [40.0, 40.0, 20.0];
    let ranking = sheet(&paths["assessment"], "各镇排名");
    assert_eq!(ranking.len() - 1, check.len());
    let mut last = f64::MAX;
    for (i, row) in ranking.iter().skip(1).enumerate() {
        let id = text(&row[1]).split(' ').next().unwrap().to_string();
        let town = check.iter().find(|t| t["town"] == id.as_str()).unwrap();
        let rates =
            ["patrol_completion", "case_on_time", "duty_timeliness"].map(|k| town[k].as_f64());
        let (points, weight) = rates
            .iter()
            .zip(weights)
            .filter_map(|(r, w)| r.map(|r| (r * w, w)))
            .fold((0.0, 0.0), |(p, s), (a, b)| (p + a, s + b));
        let score = (points / weight * 10_000.0).round() / 100.0;
        assert_eq!(row[0].as_f64(), Some(i as f64 + 1.0), "{id}");
        assert_eq!(row[5].as_f64(), Some(score), "{id}");
        assert!(score <= last, "best first");
        last = score;
    }
    let items: Vec<&Value> = inbox.iter().filter(|v| v["type"] == "inbox").collect();
    let departments: Vec<&Value> = inbox.iter().filter(|v| v["type"] == "department").collect();
    for path in [monthly, &paths["inbox"]] {
        assert_eq!(sheet(path, "县级待办").len() - 1, items.len());
        let figures = sheet(path, "部门响应");
        assert_eq!(figures.len() - 1, departments.len());
        for (row, d) in figures.iter().skip(1).zip(&departments) {
            let counts: Vec<f64> = (1..=4).map(|c| row[c].as_f64().unwrap()).collect();
            let expected: Vec<f64> = ["answered_on_time", "answered_late", "open", "overdue"]
                .iter()
                .map(|k| d[*k].as_f64().unwrap())
                .collect();
            assert_eq!(counts, expected, "{}", text(&row[0]));
        }
    }
    let cover = sheet(monthly, "概况");
    let all: String = cover
        .iter()
        .flatten()
        .map(text)
        .collect::<Vec<_>>()
        .join(" ");
    for words in ["示例县", "制表人", "审核人", "签发人", "2026-11-23 24:00"] {
        assert!(all.contains(words), "{words} not on the cover: {all}");
    }
}
