//! The Excel reports, opened with calamine: sheet names, headings, values that match
//! `grid findings`, `grid score` and the report's own JSON, masking, disclosure rules, and text
//! that stays text.

mod util;

use std::path::{Path, PathBuf};

use calamine::{Data, DataType, Reader, Xlsx, open_workbook};
use serde_json::Value;
use util::{Run, Town, grid};

fn report(town: &Town, args: &[&str], out: &str) -> (Run, PathBuf) {
    report_in("zh", town, args, out)
}

/// `report` in the language `lang`.
fn report_in(lang: &str, town: &Town, args: &[&str], out: &str) -> (Run, PathBuf) {
    let path = town.path().join(out);
    let mut all = vec!["report"];
    all.extend_from_slice(args);
    all.extend_from_slice(&[
        "--repo",
        town.path().to_str().unwrap(),
        "--as-of",
        "2026-11-24",
        "-o",
        path.to_str().unwrap(),
        "--lang",
        lang,
    ]);
    let run = grid(&all);
    assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    (run, path)
}

fn book(path: &Path) -> Xlsx<std::io::BufReader<std::fs::File>> {
    open_workbook(path).unwrap()
}

fn rows(path: &Path, sheet: &str) -> Vec<Vec<Data>> {
    let range = book(path).worksheet_range(sheet).unwrap();
    range.rows().map(|r| r.to_vec()).collect()
}

/// The text of one part of a workbook (`xl/styles.xml`).
fn part(path: &Path, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut text = String::new();
    std::io::Read::read_to_string(&mut zip.by_name(name).unwrap(), &mut text).unwrap();
    text
}

fn text(cell: &Data) -> String {
    match cell {
        Data::String(s) => s.clone(),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

#[test]
fn monthly_sheets_headings_and_values() {
    let town = Town::copy();
    let (_, path) = report(&town, &["monthly"], "m.xlsx");
    let names = book(&path).sheet_names();
    assert_eq!(
        names,
        [
            "概况",
            "巡查完成率",
            "工作区汇总",
            "巡查矩阵",
            "月排查",
            "半月会议",
            "案件",
            "案件状态",
            "首报渠道",
            "首报与问责",
            "逾期清单"
        ]
    );
    let completion = rows(&path, "巡查完成率");
    assert_eq!(
        completion[0].iter().map(text).collect::<Vec<_>>(),
        [
            "村级网格",
            "应报",
            "已报",
            "迟报",
            "缺报",
            "完成率",
            "未签字"
        ]
    );
    assert_eq!(completion.len(), 21, "a row per village");
    assert!(
        matches!(completion[1][1], Data::Float(_)),
        "numbers are numbers"
    );
    let cover = rows(&path, "概况");
    assert_eq!(text(&cover[0][0]), "青山镇网格化监管月报");
    assert!(
        cover
            .iter()
            .any(|r| text(&r[0]) == "期间" && text(&r[1]) == "2026-11-01 ~ 2026-11-15")
    );
    assert!(
        cover
            .iter()
            .any(|r| text(&r[0]) == "截至" && text(&r[1]) == "2026-11-24 24:00")
    );
    let findings = grid(&[
        "findings",
        "--repo",
        town.path().to_str().unwrap(),
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-15",
        "--format",
        "json",
    ]);
    assert_eq!(rows(&path, "首报与问责").len() - 1, findings.items().len());
    let cases = rows(&path, "案件");
    assert!(
        matches!(cases[1][6], Data::DateTime(_)),
        "dates are dates: {:?}",
        cases[1][6]
    );
}

#[test]
fn the_workbook_and_the_terminal_read_the_same_values() {
    let town = Town::copy();
    let (run, path) = report_in("en", &town, &["monthly", "--format", "json"], "m.xlsx");
    let json: Value = serde_json::from_str(&run.stdout).unwrap();
    let summary = json["summary"].as_object().unwrap();
    let cover = rows(&path, "Cover");
    // Each key figure of the cover, under the id its English label gives.
    let figures: Vec<&Vec<Data>> = cover
        .iter()
        .skip_while(|r| text(&r[0]) != "Commit")
        .skip(2)
        .take_while(|r| !text(&r[0]).is_empty())
        .collect();
    assert_eq!(figures.len(), summary.len(), "{figures:?}");
    for row in figures {
        let id = english_id(&text(&row[0]));
        let value = summary.get(&id).unwrap_or_else(|| panic!("{id}"));
        match value {
            Value::Number(n) => assert!(
                (row[1].as_f64().unwrap() - n.as_f64().unwrap()).abs() < 1e-9,
                "{id}"
            ),
            Value::String(s) if s.starts_with(['+', '-']) => {
                assert!(text(&row[1]).starts_with(s.as_str()), "{id}")
            }
            // Data as it is; the report's own words as their ids.
            Value::String(s) => {
                let shown = text(&row[1]);
                assert!(shown == *s || english_id(&shown) == *s, "{id}: {shown} {s}");
            }
            _ => {}
        }
    }
    let overdue = json["sheets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "overdue")
        .unwrap();
    assert_eq!(
        overdue["rows"].as_array().unwrap().len(),
        rows(&path, "Overdue").len() - 1
    );
}

/// The id JSON gives a report's English words: lower case, other characters one `_`.
fn english_id(words: &str) -> String {
    let parts: Vec<String> = words
        .replace('\'', "")
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
        .map(str::to_lowercase)
        .collect();
    parts.join("_")
}

#[test]
fn a_formula_in_a_title_arrives_as_text() {
    let town = Town::copy();
    town.replace(
        "cases/2026/QS-2026-0062.yaml",
        "title: 前店村私搭乱建\n",
        "title: '=HYPERLINK(\"http://x.example\",\"点我\")'\n",
    );
    let (_, path) = report(&town, &["monthly", "--month", "2026-11"], "m.xlsx");
    let cases = rows(&path, "案件");
    let row = cases
        .iter()
        .find(|r| text(&r[0]) == "QS-2026-0062")
        .unwrap();
    assert_eq!(
        row[1],
        Data::String("=HYPERLINK(\"http://x.example\",\"点我\")".to_string())
    );
    let formulas = book(&path).worksheet_formula("案件").unwrap();
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "no formula anywhere"
    );
    let csv = grid(&[
        "case",
        "list",
        "--repo",
        town.path().to_str().unwrap(),
        "--format",
        "csv",
    ]);
    assert!(
        csv.stdout.contains(",\"'=HYPERLINK("),
        "CSV cells get the OWASP prefix: {}",
        csv.stdout
    );
}

#[test]
fn assessment_matches_grid_score() {
    let town = Town::copy();
    let (_, path) = report(&town, &["assessment", "--month", "2026-11"], "a.xlsx");
    let score = grid(&[
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
    let ranking = rows(&path, "村级网格排名");
    assert_eq!(text(&ranking[0][1]), "网格");
    for s in score.json().iter().filter(|s| s["level"] == "village") {
        let row = ranking
            .iter()
            .find(|r| text(&r[1]).starts_with(s["id"].as_str().unwrap()))
            .unwrap();
        assert_eq!(
            row.last().unwrap().as_f64(),
            s["score"].as_f64(),
            "{}",
            s["id"]
        );
        assert_eq!(row[0].as_f64(), s["rank"].as_f64());
    }
}

#[test]
fn weekly_quarterly_and_rollout() {
    let town = Town::copy();
    let (_, weekly) = report(&town, &["weekly", "--week", "2026-W46"], "w.xlsx");
    assert_eq!(
        book(&weekly).sheet_names(),
        ["概况", "会商议程", "待响应吹哨"]
    );
    let (_, quarterly) = report(&town, &["quarterly", "--quarter", "2026-Q4"], "q.xlsx");
    let coverage = rows(&quarterly, "联查覆盖");
    let w4 = coverage
        .iter()
        .find(|r| text(&r[0]).starts_with("W4 "))
        .unwrap();
    assert_eq!(text(&w4[2]), "未联查", "the area that skipped the quarter");
    let w2 = coverage
        .iter()
        .find(|r| text(&r[0]).starts_with("W2 "))
        .unwrap();
    assert_eq!((w2[3].as_f64(), w2[4].as_f64()), (Some(4.0), Some(5.0)));
    let (_, rollout) = report(&town, &["rollout"], "r.xlsx");
    let centres = rows(&rollout, "阵地建设");
    let overdue: Vec<String> = centres
        .iter()
        .filter(|r| text(&r[8]) == "逾期未建成")
        .map(|r| text(&r[0]))
        .collect();
    let check = grid(&[
        "check",
        "--repo",
        town.path().to_str().unwrap(),
        "--as-of",
        "2026-11-24",
        "--format",
        "json",
    ]);
    let incomplete: Vec<String> = check
        .json()
        .into_iter()
        .filter(|v| v["duty"] == "center_incomplete" && v["status"] == "overdue")
        .map(|v| v["grid"].as_str().unwrap().to_string())
        .collect();
    let ids: Vec<&str> = overdue
        .iter()
        .map(|name| name.split(' ').next().unwrap())
        .collect();
    assert_eq!(ids, incomplete, "the rollout report and grid check agree");
    assert_eq!(overdue, ["W2-V01 东岗村"]);
}

/// Writes a decided, disclosed case with personal data in its party and measures.
fn disclosed_case(town: &Town, id: &str, extra: &str, measures: &str) {
    town.write(
        &format!("cases/2026/{id}.yaml"),
        format!(
            "id: {id}\ntitle: 前店村违法占地\nitem: WJ02\ngrid: W1-V01\ndiscovered_at: 2026-11-02 08:00\nimpact: eliminated\n{extra}reports:\n- {{at: 2026-11-02 08:30, by: P0044, channel: patrol}}\nevents:\n- {{at: 2026-11-02 09:00, action: accepted, by: P0006}}\n- {{at: 2026-11-04 10:00, action: decided, by: P0003, meeting: 2026-11-04, measures: '{measures}', decision_no: 青山执决〔2026〕201号, party: 王建国}}\n- {{at: 2026-11-05 10:00, action: resolved, by: P0022}}\n- {{at: 2026-11-06 10:00, action: checked, by: P0043}}\n- {{at: 2026-11-06 11:00, action: closed, by: P0006, outcome: fixed}}\n- {{at: 2026-11-07 10:00, action: disclosed, by: P0006}}\ndisclosure: {{public: true, published_at: 2026-11-07}}\n"
        ),
    );
}

#[test]
fn disclosure_masks_and_leaves_out_what_must_not_be_posted() {
    let town = Town::copy();
    disclosed_case(
        &town,
        "QS-2026-0901",
        "",
        "责令拆除，联系人13812345678，身份证370211199001011234",
    );
    disclosed_case(&town, "QS-2026-0902", "sensitive: minor\n", "责令改正");
    disclosed_case(&town, "QS-2026-0903", "confidential: true\n", "责令改正");
    disclosed_case(&town, "QS-2026-0904", "", "警告");
    disclosed_case(&town, "QS-2026-0905", "", "罚款");
    assert!(
        town.check().diagnostics().is_empty(),
        "{:#?}",
        town.check().diagnostics()
    );
    let run = grid(&[
        "case",
        "withdraw-disclosure",
        "QS-2026-0905",
        "--at",
        "2026-11-20 10:00",
        "--by",
        "P0006",
        "--repo",
        town.path().to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (_, path) = report(&town, &["disclosure", "--month", "2026-11"], "d.xlsx");
    let decisions = rows(&path, "执法决定公示");
    assert_eq!(
        decisions[0].iter().map(text).collect::<Vec<_>>(),
        [
            "决定书编号",
            "当事人",
            "违法事实",
            "处理措施",
            "执法主体",
            "日期"
        ]
    );
    let ours: Vec<&Vec<Data>> = decisions
        .iter()
        .filter(|r| text(&r[0]) == "青山执决〔2026〕201号")
        .collect();
    assert_eq!(
        ours.len(),
        1,
        "minor, confidential, a mere warning and the withdrawn one are left out"
    );
    assert_eq!(text(&ours[0][1]), "王*国");
    assert_eq!(
        text(&ours[0][3]),
        "责令拆除，联系人138****5678，身份证370211********1234"
    );
    let all: String = decisions
        .iter()
        .flatten()
        .map(text)
        .collect::<Vec<_>>()
        .join("|");
    for secret in [
        "王建国",
        "13812345678",
        "370211199001011234",
        "12345678",
        "19900101",
    ] {
        assert!(!all.contains(secret), "{secret} leaked");
    }
    let csv = std::fs::read_to_string(path.with_extension("csv")).unwrap();
    assert!(csv.contains("王*国") && !csv.contains("王建国") && !csv.contains("13812345678"));
    let html = std::fs::read_to_string(path.with_extension("html")).unwrap();
    assert!(html.contains("<table>") && html.contains("王*国") && !html.contains("王建国"));
}

#[test]
fn disclosures_expire() {
    let town = Town::copy();
    disclosed_case(&town, "QS-2026-0901", "", "责令拆除");
    town.replace(
        "town.yaml",
        "  disclosure:\n    keep_days: 365\n",
        "  disclosure:\n    keep_days: 10\n",
    );
    let (_, path) = report(&town, &["disclosure", "--month", "2026-11"], "d.xlsx");
    assert!(
        rows(&path, "执法决定公示")
            .iter()
            .all(|r| text(&r[0]) != "青山执决〔2026〕201号"),
        "published 11-07, kept 10 days, gone by 11-24"
    );
}

/// `-o` may name what is not a file: a device takes the bytes as they are (nothing is renamed
/// over it), and a folder is refused with its name.
#[cfg(unix)]
#[test]
fn output_to_a_device_is_written_and_to_a_folder_refused() {
    let town = Town::copy();
    let repo = town.path().to_str().unwrap();
    for args in [
        &["board", "-o", "/dev/null"][..],
        &["report", "monthly", "2026-11", "-o", "/dev/null"],
    ] {
        let mut all = args.to_vec();
        all.extend(["--repo", repo, "--as-of", "2026-11-24"]);
        let run = grid(&all);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    }
    let meta = std::fs::metadata("/dev/null").unwrap();
    assert!(!meta.is_file(), "/dev/null is still a device");
    let folder = town.path().join("a-folder.html");
    std::fs::create_dir(&folder).unwrap();
    let run = grid(&[
        "board",
        "-o",
        folder.to_str().unwrap(),
        "--repo",
        repo,
        "--as-of",
        "2026-11-24",
    ]);
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(run.stderr.contains("a-folder.html"), "{}", run.stderr);
}

/// The assessment workbook and `grid score` on the same as-of, read back: every village's and
/// work area's score and rank, and every office component's done/of and score, are equal — on
/// several as-of days, a moment within a day among them. (The workbook once judged the day
/// after the as-of day for one office: the close of 11-24 is the moment 11-25 00:00.)
#[test]
fn every_assessment_figure_is_the_one_grid_score_gives() {
    let town = Town::copy();
    let repo = town.path().to_str().unwrap();
    for (n, as_of) in [
        "2026-09-30",
        "2026-10-15",
        "2026-11-10",
        "2026-11-24",
        "2026-11-24 10:00",
    ]
    .into_iter()
    .enumerate()
    {
        let path = town.path().join(format!("a{n}.xlsx"));
        let out = path.to_str().unwrap();
        let made = grid(&[
            "report",
            "assessment",
            "--repo",
            repo,
            "--as-of",
            as_of,
            "-o",
            out,
            "--lang",
            "zh",
        ]);
        assert_eq!(made.code, 0, "{as_of}: {}", made.stderr);
        let score = grid(&[
            "score", "--repo", repo, "--as-of", as_of, "--format", "json",
        ]);
        let scores = score.json();
        for (level, sheet) in [("village", "村级网格排名"), ("work_area", "工作区排名")]
        {
            let ranking = rows(&path, sheet);
            let listed: Vec<_> = scores.iter().filter(|s| s["level"] == level).collect();
            assert_eq!(ranking.len() - 1, listed.len(), "{as_of} {sheet}");
            for s in listed {
                let id = s["id"].as_str().unwrap();
                let row = ranking
                    .iter()
                    .find(|r| text(&r[1]).split(' ').next() == Some(id))
                    .unwrap_or_else(|| panic!("{as_of}: {id} not in {sheet}"));
                assert_eq!(
                    row.last().unwrap().as_f64(),
                    s["score"].as_f64(),
                    "{as_of} {id}"
                );
                assert_eq!(row[0].as_f64(), s["rank"].as_f64(), "{as_of} {id}");
            }
        }
        let offices = rows(&path, "一办两中心");
        let mut compared = 0;
        for s in scores.iter().filter(|s| s["level"] == "office") {
            for (metric, c) in s["components"].as_object().unwrap() {
                let row = offices
                    .iter()
                    .find(|r| text(&r[1]) == *metric)
                    .unwrap_or_else(|| panic!("{as_of}: {metric} not in the workbook"));
                let figures = (row[2].as_f64(), row[3].as_f64(), row[5].as_f64());
                let expected = (c["done"].as_f64(), c["of"].as_f64(), s["score"].as_f64());
                assert_eq!(figures, expected, "{as_of} {metric}");
                compared += 1;
            }
        }
        assert!(compared >= 6, "{as_of}: {compared} office figures");
    }
}

/// The monthly workbook's overdue list (逾期清单) and its cover count are the overdue items of
/// `grid duties` for the same period and as-of: item for item, case and approval items bound to
/// the period by their due day (an October report once listed items due on 11-17 and 11-22).
#[test]
fn the_monthly_overdue_list_is_the_periods_as_grid_duties_gives_it() {
    let town = Town::copy();
    let repo = town.path().to_str().unwrap();
    for (month, half, from, to, as_of) in [
        ("2026-10", None, "2026-10-01", "2026-10-31", "2026-11-24"),
        (
            "2026-11",
            Some("1"),
            "2026-11-01",
            "2026-11-15",
            "2026-11-24",
        ),
        (
            "2026-11",
            Some("1"),
            "2026-11-01",
            "2026-11-15",
            "2026-11-10",
        ),
        (
            "2026-09",
            None,
            "2026-09-01",
            "2026-09-30",
            "2026-10-20 12:00",
        ),
    ] {
        let mut args = vec!["report", "monthly", month, "--repo", repo, "--as-of", as_of];
        if let Some(h) = half {
            args.extend(["--half", h]);
        }
        args.extend(["--format", "json", "--lang", "zh"]);
        let made = grid(&args);
        assert_eq!(made.code, 0, "{month} {as_of}: {}", made.stderr);
        let report = &made.json()[0];
        let sheet = report["sheets"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == "overdue")
            .unwrap();
        let listed = sheet["rows"].as_array().unwrap();
        assert_eq!(
            report["summary"]["overdue_items"],
            listed.len(),
            "{month} {as_of}"
        );
        let duties = grid(&[
            "duties", "--repo", repo, "--from", from, "--to", to, "--as-of", as_of, "--format",
            "json",
        ]);
        let overdue: Vec<_> = duties
            .items()
            .into_iter()
            .filter(|d| ["late", "missed", "breach"].contains(&d["status"].as_str().unwrap()))
            .collect();
        assert_eq!(listed.len(), overdue.len(), "{month} {as_of}");
        for row in listed {
            let at = row[6].as_str().unwrap_or("");
            if at.starts_with("cases/") || at.starts_with("approvals/") {
                // The due moment's day (the close of a day, 00:00, is the day before).
                let due = row[4].as_str().unwrap();
                let day = if due.ends_with(" 00:00") {
                    let d = chrono::NaiveDate::parse_from_str(&due[..10], "%Y-%m-%d").unwrap();
                    d.pred_opt().unwrap().to_string()
                } else {
                    due[..10].to_string()
                };
                assert!(
                    from <= day.as_str() && day.as_str() <= to,
                    "{month} {as_of}: {row:?} is due outside {from}~{to}"
                );
            }
        }
    }
}

/// Asserts that a cover's 巡查完成率, 月排查开展率 and 半月会议开展率 are those of `grid duties`
/// for the period and as-of: held (patrolled; swept on time; met on time or late) of those whose
/// deadline has come, 100 % when none has.
fn assert_headline_rates(cover: &Value, repo: &str, as_of: &str, from: &str, to: &str) {
    for (label, duty, held) in [
        (
            "patrol_completion",
            "patrol_missing",
            &["done", "late", "breach"][..],
        ),
        ("sweeps_held", "sweep_missing", &["done"][..]),
        ("meetings_held", "meeting_missing", &["done", "late"][..]),
    ] {
        let status = |d: &Value| d["status"].as_str().unwrap().to_string();
        let owed: Vec<Value> = grid(&[
            "duties", "--repo", repo, "--as-of", as_of, "--from", from, "--to", to, "--duty", duty,
            "--format", "json",
        ])
        .items()
        .into_iter()
        .filter(|d| !["pending", "due_soon"].contains(&status(d).as_str()))
        .collect();
        let count = owed
            .iter()
            .filter(|d| held.contains(&status(d).as_str()))
            .count();
        let rate = if owed.is_empty() {
            1.0
        } else {
            count as f64 / owed.len() as f64
        };
        assert!(
            (cover[label].as_f64().unwrap() - rate).abs() < 1e-9,
            "{as_of} {label}: {} vs {count}/{}",
            cover[label],
            owed.len()
        );
    }
}

/// The quarterly coverage judges what `grid check` judges: a quarter whose inspection window
/// closed before the town's records begin (example-town begins 2026-09-01; Q3's window is in
/// July) is not judged — no 0 %, no 未联查 — and its period says where the data begins; in Q4
/// an area is 未联查 exactly when `grid duties` has its inspection missing.
#[test]
fn the_quarterly_coverage_is_judged_as_grid_duties_judges_it() {
    let town = Town::copy();
    let repo = town.path().to_str().unwrap();
    let quarterly = |quarter: &str, as_of: &str| {
        let made = grid(&[
            "report",
            "quarterly",
            "--quarter",
            quarter,
            "--repo",
            repo,
            "--as-of",
            as_of,
            "--format",
            "json",
            "--lang",
            "zh",
        ]);
        assert_eq!(made.code, 0, "{}", made.stderr);
        made.json().remove(0)
    };
    let coverage = |report: &Value| report["sheets"][0]["rows"].as_array().unwrap().clone();
    let q3 = quarterly("2026-Q3", "2026-11-24");
    assert_eq!(q3["period"], "2026-07-01..2026-09-30");
    let table = grid(&[
        "report",
        "quarterly",
        "2026-Q3",
        "--repo",
        repo,
        "--as-of",
        "2026-11-24",
        "--lang",
        "zh",
    ]);
    assert!(
        table
            .stdout
            .contains("2026-07-01 ~ 2026-09-30（数据自 2026-09-01 起）"),
        "{}",
        table.stdout
    );
    for row in coverage(&q3) {
        assert_ne!(row[2], "none", "{row:?}");
        assert!(!row[5].is_number(), "Q3 is not judged: {row:?}");
    }
    assert_eq!(q3["summary"]["inspection_coverage"], "not_judged");
    for as_of in ["2026-10-05", "2026-10-20", "2026-11-10 12:00", "2026-11-24"] {
        let q4 = quarterly("2026-Q4", as_of);
        assert_eq!(q4["period"], "2026-10-01..2026-12-31");
        assert_headline_rates(&q4["summary"], repo, as_of, "2026-10-01", "2026-12-31");
        let duties = |duty: &str| {
            grid(&[
                "duties",
                "--repo",
                repo,
                "--from",
                "2026-10-01",
                "--to",
                "2026-12-31",
                "--as-of",
                as_of,
                "--duty",
                duty,
                "--format",
                "json",
            ])
            .items()
        };
        let inspections = duties("inspection_missing");
        let uncovered = duties("inspection_uncovered");
        let (mut covered_all, mut villages_all) = (0.0, 0.0);
        for row in coverage(&q4) {
            let area = row[0].as_str().unwrap().split(' ').next().unwrap();
            let duty = inspections.iter().find(|d| d["grid"] == area).unwrap();
            let villages = row[4].as_f64().unwrap();
            match duty["status"].as_str().unwrap() {
                "pending" | "due_soon" if duty["done_at"].is_null() => {
                    assert_eq!(row[2], "not_yet", "{as_of}: {row:?}");
                    assert!(
                        !row[5].is_number(),
                        "{as_of}: not judged before its deadline"
                    );
                    continue;
                }
                "missed" => {
                    assert_eq!(row[2], "none", "{as_of}: {row:?}");
                    assert_eq!(row[3], 0, "{as_of}: {row:?}");
                }
                _ => {
                    let open = uncovered
                        .iter()
                        .filter(|d| d["subject"] == area && d["done_at"].is_null())
                        .count() as f64;
                    assert_eq!(row[3].as_f64(), Some(villages - open), "{as_of}: {row:?}");
                }
            }
            let covered = row[3].as_f64().unwrap();
            assert!((row[5].as_f64().unwrap() - covered / villages).abs() < 1e-9);
            covered_all += covered;
            villages_all += villages;
        }
        match q4["summary"]["inspection_coverage"].as_f64() {
            Some(rate) => assert!((rate - covered_all / villages_all).abs() < 1e-9, "{as_of}"),
            None => assert_eq!(villages_all, 0.0, "{as_of}"),
        }
    }
    let late = quarterly("2026-Q4", "2026-11-24");
    let w4 = coverage(&late)
        .into_iter()
        .find(|r| r[0].as_str().unwrap().starts_with("W4"))
        .unwrap();
    assert_eq!(w4[2], "none", "example-town's W4 held no inspection in Q4");
}

/// The monthly cover's 按时处置率 and 超时处置案件 are `grid score`'s case_on_time for the same
/// month and as-of, summed over the villages: on time of due, and the rest handled late or not
/// at all (超时案件, the cases still open past their deadline, is another figure).
#[test]
fn the_monthly_cover_carries_case_timeliness_as_grid_score_counts_it() {
    let town = Town::copy();
    let repo = town.path().to_str().unwrap();
    let mut judged = 0;
    for (month, as_of) in [
        ("2026-10", "2026-11-24"),
        ("2026-11", "2026-11-24"),
        ("2026-10", "2026-10-20"),
        ("2026-09", "2026-11-24"),
    ] {
        let made = grid(&[
            "report", "monthly", month, "--repo", repo, "--as-of", as_of, "--format", "json",
            "--lang", "zh",
        ]);
        assert_eq!(made.code, 0, "{}", made.stderr);
        let cover = made.json()[0]["summary"].clone();
        let score = grid(&[
            "score", "--repo", repo, "--month", month, "--as-of", as_of, "--format", "json",
        ]);
        let (on_time, due) = score
            .json()
            .iter()
            .filter(|s| s["level"] == "village")
            .map(|s| &s["components"]["case_on_time"])
            .fold((0, 0), |(n, d), c| {
                (
                    n + c["count"].as_u64().unwrap(),
                    d + c["of"].as_u64().unwrap(),
                )
            });
        if due == 0 {
            assert_eq!(
                cover["cases_resolved_on_time"], "no_data",
                "{month} {as_of}"
            );
        } else {
            judged += 1;
            let rate = cover["cases_resolved_on_time"].as_f64().unwrap();
            assert!(
                (rate - on_time as f64 / due as f64).abs() < 1e-9,
                "{month} {as_of}"
            );
        }
        let late = cover["cases_resolved_late"].as_u64().unwrap();
        assert!(
            late <= due - on_time,
            "{month} {as_of}: {late} late of {due} - {on_time}"
        );
    }
    assert!(judged >= 2, "too few months with case deadlines to compare");
}

/// Counts are whole numbers in every workbook (the number format `0.##` showed `120.` in Excel
/// and WPS): no `0.##` anywhere, counts in the built-in format `0` (id 1), and the monthly
/// cover's 逾期事项 written as a whole number.
#[test]
fn counts_are_written_as_whole_numbers() {
    let town = Town::copy();
    for (kind, out) in [
        (&["monthly", "2026-11"][..], "m.xlsx"),
        (&["quarterly", "--quarter", "2026-Q4"][..], "q.xlsx"),
        (&["assessment", "--month", "2026-11"][..], "a.xlsx"),
    ] {
        let (_, path) = report(&town, kind, out);
        let styles = part(&path, "xl/styles.xml");
        assert!(!styles.contains("0.##"), "{out}: {styles}");
        assert!(
            styles.contains("numFmtId=\"1\""),
            "{out}: no whole-number format"
        );
    }
}

/// Each chart of a workbook: the sheet and column of its values, and its XML.
fn charts(path: &Path) -> Vec<(String, String)> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut found = Vec::new();
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).unwrap();
        if !file.name().unwrap().starts_with("xl/charts/chart") {
            continue;
        }
        let mut xml = String::new();
        std::io::Read::read_to_string(&mut file, &mut xml).unwrap();
        let values = xml
            .split("<c:val>")
            .nth(1)
            .and_then(|v| v.split("<c:f>").nth(1))
            .and_then(|v| v.split("</c:f>").next())
            .unwrap_or_default()
            .to_string();
        found.push((values, xml));
    }
    found
}

/// The `<c:valAx>` element of a chart.
fn value_axis(xml: &str) -> &str {
    let start = xml.find("<c:valAx>").expect("a value axis");
    let end = xml[start..].find("</c:valAx>").unwrap() + start;
    &xml[start..end]
}

#[test]
fn charts_do_not_mislead() {
    let town = Town::copy();
    let (_, monthly) = report(&town, &["monthly", "--month", "2026-11"], "m.xlsx");
    let (_, quarterly) = report(&town, &["quarterly", "2026-Q4"], "q.xlsx");
    let (_, assessment) = report(&town, &["assessment", "2026-11"], "a.xlsx");
    let mut all = charts(&monthly);
    all.extend(charts(&quarterly));
    all.extend(charts(&assessment));
    let find = |prefix: &str| {
        all.iter()
            .find(|(values, _)| values.starts_with(prefix))
            .unwrap_or_else(|| {
                panic!(
                    "no chart of {prefix}: {:?}",
                    all.iter().map(|a| &a.0).collect::<Vec<_>>()
                )
            })
            .1
            .as_str()
    };
    // Rates on a 0-100 % axis, labelled as percentages.
    for rates in ["巡查完成率!$F", "工作区汇总!$G", "联查覆盖!$F"] {
        let axis = value_axis(find(rates));
        assert!(axis.contains("formatCode=\"0%\""), "{rates}: {axis}");
        assert!(
            axis.contains("<c:min val=\"0\"/>") && axis.contains("<c:max val=\"1\"/>"),
            "{rates}: {axis}"
        );
    }
    // Bars read top-down in the table's order; the ranking's scores start at 0.
    for bars in ["巡查完成率!$F", "村级网格排名!"] {
        let xml = find(bars);
        assert!(xml.contains("<c:barDir val=\"bar\"/>"), "{bars}");
        let category = &xml[xml.find("<c:catAx>").unwrap()..];
        assert!(
            category.contains("<c:orientation val=\"maxMin\"/>"),
            "{bars}"
        );
        assert!(value_axis(xml).contains("<c:min val=\"0\"/>"), "{bars}");
    }
    // Every column and bar chart names its axes; a pie names its slices and has a legend.
    for (values, xml) in &all {
        if xml.contains("<c:pieChart>") {
            assert!(xml.contains("<c:showCatName val=\"1\"/>"), "{values}");
            assert!(xml.contains("<c:legend>"), "{values}");
        } else {
            assert_eq!(
                xml.matches("<c:title>").count(),
                3,
                "{values}: chart and two axis titles"
            );
        }
    }
    // Channels in Chinese, not codes.
    for row in rows(&monthly, "首报渠道").iter().skip(1) {
        let channel = text(&row[0]);
        assert!(
            !channel.is_empty()
                && !channel.contains('_')
                && !channel.chars().all(|c| c.is_ascii_lowercase()),
            "{channel}"
        );
    }
}

#[test]
fn the_quarterly_inspection_dates_are_date_cells() {
    let town = Town::copy();
    let (_, path) = report(&town, &["quarterly", "2026-Q4"], "q.xlsx");
    let rows = rows(&path, "联查覆盖");
    let dates: Vec<&Data> = rows
        .iter()
        .skip(1)
        .map(|r| &r[2])
        .filter(|c| !c.is_empty())
        .collect();
    assert!(!dates.is_empty());
    for cell in dates {
        assert!(
            matches!(cell, Data::DateTime(_))
                || text(cell).contains(", ")
                || text(cell) == "未联查",
            "{cell:?}"
        );
    }
}

#[test]
fn the_work_area_totals_are_the_sums_of_their_villages() {
    let town = Town::copy();
    let (_, path) = report(&town, &["monthly", "2026-11"], "m.xlsx");
    let number = |c: &Data| c.as_f64().unwrap_or_else(|| panic!("{c:?}"));
    let villages = rows(&path, "巡查完成率");
    let areas = rows(&path, "工作区汇总");
    assert_eq!(areas.len() - 1, 4, "four work areas");
    for column in 1..=4 {
        let by_village: f64 = villages.iter().skip(1).map(|r| number(&r[column])).sum();
        let by_area: f64 = areas.iter().skip(1).map(|r| number(&r[column + 1])).sum();
        assert_eq!(by_village, by_area, "column {column}");
    }
    let counted: f64 = areas.iter().skip(1).map(|r| number(&r[1])).sum();
    assert_eq!(
        counted as usize,
        villages.len() - 1,
        "every village in one area"
    );
}

#[test]
fn the_weekly_agenda_says_what_it_means() {
    let town = Town::copy();
    let mut consulted = 0;
    for week in ["2026-W44", "2026-W45", "2026-W46", "2026-W47"] {
        let (_, path) = report(&town, &["weekly", "--week", week], &format!("{week}.xlsx"));
        for row in rows(&path, "会商议程").iter().skip(1) {
            let steps = text(&row[6]);
            assert!(
                !steps.chars().any(|c| c.is_ascii_alphabetic()),
                "{week}: actions in Chinese: {steps}"
            );
            let escalated = row[4].as_datetime().expect("escalation time");
            let days = row[5].as_f64().expect("days as a number");
            match &row[8] {
                Data::DateTime(d) => {
                    // The age stops at the consultation.
                    consulted += 1;
                    let met = d.as_datetime().unwrap().date();
                    let most = (met.succ_opt().unwrap().and_hms_opt(0, 0, 0).unwrap() - escalated)
                        .num_minutes() as f64
                        / 1440.0;
                    let least = (met.and_hms_opt(0, 0, 0).unwrap() - escalated).num_minutes()
                        as f64
                        / 1440.0;
                    assert!(
                        days <= most + 1e-9 && days >= least - 1e-9,
                        "{week}: {days} not in {least}..{most}"
                    );
                }
                other => assert_eq!(
                    text(other),
                    "未会商",
                    "{week}: the 会商 column is never blank"
                ),
            }
        }
    }
    assert!(consulted >= 5, "the weeks hold consulted cases");
}

#[test]
fn a_delay_of_minutes_is_not_shown_as_zero() {
    let town = Town::copy();
    let (_, path) = report(&town, &["monthly", "2026-11"], "m.xlsx");
    let styles = part(&path, "xl/styles.xml");
    assert!(
        styles.contains("formatCode=\"[&lt;0.05]&quot;&lt;0.1&quot;;0.0\""),
        "{styles}"
    );
    let run = grid(&[
        "report",
        "monthly",
        "2026-11",
        "--repo",
        town.path().to_str().unwrap(),
        "--as-of",
        "2026-11-24",
        "--format",
        "csv",
        "--sheet",
        "逾期清单",
        "--lang",
        "zh",
        "-o",
        town.path().join("m2.xlsx").to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut reader = csv::Reader::from_reader(run.stdout.as_bytes());
    let at = reader
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == "逾期天数")
        .expect("a days column");
    for row in reader.records() {
        let days = row.unwrap()[at].to_string();
        assert!(
            days == "<0.1" || days.parse::<f64>().is_ok_and(|d| d >= 0.1),
            "{days}"
        );
    }
}

#[test]
fn sweeps_and_meetings_say_who_came_and_what_was_due() {
    let town = Town::copy();
    let (_, path) = report(&town, &["monthly", "2026-11"], "m.xlsx");
    let line = |sheet: &str, village: &str| -> Vec<Vec<String>> {
        rows(&path, sheet)
            .iter()
            .filter(|r| text(&r[0]).starts_with(village))
            .map(|r| r.iter().map(text).collect())
            .collect()
    };
    let sweeps = line("月排查", "W1-V01");
    assert_eq!(sweeps.len(), 2, "{sweeps:?}");
    // 11-15: eight expected, seven present, the excused absence named with its reason.
    assert_eq!(
        &sweeps[1][3..6],
        ["8", "7", "胡军（参加县里培训）"],
        "{sweeps:?}"
    );
    let meetings = line("半月会议", "W1-V01");
    assert_eq!(meetings.len(), 2, "{meetings:?}");
    assert_eq!(meetings[0][1], "11-01~11-15");
    assert_eq!(meetings[0][2], "半月会议", "labelled by what was due");
    assert_eq!(&meetings[0][4..6], ["P0042 徐凤英", "P0042 徐凤英"]);
    assert!(
        !meetings
            .iter()
            .any(|m| m.iter().any(|c| c.contains("缺失"))),
        "{meetings:?}"
    );
    // The meeting's own date, not the half's end.
    let held = rows(&path, "半月会议");
    let first = held
        .iter()
        .find(|r| text(&r[0]).starts_with("W1-V01"))
        .unwrap();
    assert_eq!(
        first[3]
            .as_datetime()
            .map(|d| d.date().to_string())
            .as_deref(),
        Some("2026-11-01")
    );
}

#[test]
fn the_findings_sheet_names_whom_and_what_grid_findings_names() {
    let town = Town::copy();
    let (_, path) = report(&town, &["monthly", "2026-11"], "m.xlsx");
    let sheet = rows(&path, "首报与问责");
    let json = grid(&[
        "findings",
        "--month",
        "2026-11",
        "--repo",
        town.path().to_str().unwrap(),
        "--as-of",
        "2026-11-24",
        "--format",
        "json",
    ]);
    let found: Vec<Value> = json
        .json()
        .into_iter()
        .filter(|v| v["type"] == "finding")
        .collect();
    assert_eq!(sheet.len() - 1, found.len());
    assert!(
        found.iter().any(|f| f["kind"] == "accountability"),
        "an accountability finding to compare"
    );
    for f in &found {
        let row = sheet
            .iter()
            .find(|r| text(&r[0]) == f["id"].as_str().unwrap())
            .unwrap_or_else(|| panic!("{} not in the sheet", f["id"]));
        assert!(
            text(&row[3]).starts_with(f["person"].as_str().unwrap()),
            "{f}"
        );
        let patrolled: Vec<String> = f["patrolled"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap().to_string())
            .collect();
        let named = text(&row[4]);
        for p in &patrolled {
            assert!(named.contains(p.as_str()), "{p} not named: {named}");
        }
        assert_eq!(named.matches('P').count(), patrolled.len(), "{named}");
        assert!(
            !text(&row[5]).is_empty() && !text(&row[5]).contains('_'),
            "channel in words: {}",
            text(&row[5])
        );
        let at = row[6]
            .as_datetime()
            .unwrap()
            .format("%Y-%m-%d %H:%M")
            .to_string();
        assert_eq!(at, f["at"].as_str().unwrap());
        match f["village_hours"].as_f64() {
            Some(h) => assert!((row[7].as_f64().unwrap() - h).abs() < 0.051, "{f}"),
            None if f["kind"] == "reward" => assert!(row[7].is_empty()),
            None => assert_eq!(text(&row[7]), "未报告"),
        }
    }
}

#[test]
fn unsigned_patrols_per_village_are_those_grid_duties_lists() {
    let town = Town::copy();
    let (_, path) = report(&town, &["monthly", "2026-11"], "m.xlsx");
    let repo = town.path().to_str().unwrap();
    let duties = grid(&[
        "duties",
        "--repo",
        repo,
        "--as-of",
        "2026-11-24",
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-30",
        "--duty",
        "patrol_unsigned",
        "--status",
        "open",
        "--format",
        "json",
    ]);
    let mut expected: std::collections::BTreeMap<String, f64> = Default::default();
    for item in duties.items() {
        *expected
            .entry(item["grid"].as_str().unwrap().to_string())
            .or_default() += 1.0;
    }
    assert!(expected.values().sum::<f64>() > 0.0);
    for row in rows(&path, "巡查完成率").iter().skip(1) {
        let village = text(&row[0]);
        let id = village.split(' ').next().unwrap();
        assert_eq!(
            row[6].as_f64(),
            Some(expected.get(id).copied().unwrap_or(0.0)),
            "{village}"
        );
    }
}

#[test]
fn month_over_month_is_the_difference_of_the_two_months_covers() {
    let town = Town::copy();
    let cover = |month: &str| -> Value {
        let (run, _) = report(
            &town,
            &["monthly", month, "--format", "json"],
            &format!("{month}.xlsx"),
        );
        serde_json::from_str::<Value>(&run.stdout).unwrap()["summary"].clone()
    };
    let (september, october, november) = (cover("2026-09"), cover("2026-10"), cover("2026-11"));
    for rate in ["patrol_completion", "sweeps_held", "meetings_held"] {
        let change = |now: &Value, before: &Value| {
            let points = (now[rate].as_f64().unwrap() - before[rate].as_f64().unwrap()) * 100.0;
            format!("{:+.1}", (points * 10.0).round() / 10.0)
        };
        let key = format!("{rate}_vs_previous");
        assert_eq!(
            september[&key], "no_earlier_data",
            "the data begin in September"
        );
        assert_eq!(
            october[&key].as_str().unwrap(),
            change(&october, &september),
            "{rate}"
        );
        assert_eq!(
            november[&key].as_str().unwrap(),
            change(&november, &october),
            "{rate}"
        );
    }
}

/// The weekly agenda and its cover are the consultation and whistle duties of `grid duties`,
/// on several as-of moments (the week is the as-of day's): a case is on the agenda when its
/// escalation to the town is not yet discussed and the case is open, or was discussed that
/// week; 超期未会商 counts the rows `grid duties` has late or missed; a whistle waits while its
/// duty is not done, 逾期未响应 exactly when missed, with the duty's deadline.
#[test]
fn the_weekly_agenda_is_the_consultation_duties_of_grid_duties() {
    let town = Town::copy();
    let repo = town.path().to_str().unwrap();
    let mut listed = 0;
    let mut waiting = 0;
    for as_of in [
        "2026-09-10",
        "2026-09-24 12:00",
        "2026-10-11 09:00",
        "2026-11-12",
        "2026-11-17 16:00",
        "2026-11-24",
    ] {
        let made = grid(&[
            "report", "weekly", "--repo", repo, "--as-of", as_of, "--format", "json", "--lang",
            "zh",
        ]);
        assert_eq!(made.code, 0, "{as_of}: {}", made.stderr);
        let report = made.json().remove(0);
        let period = report["period"].as_str().unwrap();
        let (monday, sunday) = (&period[..10], &period[12..]);
        let duties = |duty: &str| {
            grid(&[
                "duties",
                "--repo",
                repo,
                "--as-of",
                as_of,
                "--from",
                "2026-08-01",
                "--to",
                "2026-12-31",
                "--duty",
                duty,
                "--format",
                "json",
            ])
            .items()
        };
        let states: std::collections::HashMap<String, String> = grid(&[
            "case", "list", "--repo", repo, "--as-of", as_of, "--format", "json",
        ])
        .items()
        .into_iter()
        .map(|c| {
            (
                c["id"].as_str().unwrap().into(),
                c["state"].as_str().unwrap().into(),
            )
        })
        .collect();
        let open = |id: &str| {
            !["closed", "archived", "rejected", "duplicate"].contains(&states[id].as_str())
        };
        let within = |at: &str| monday <= &at[..10] && &at[..10] <= sunday;
        let expected: Vec<Value> = duties("case_not_consulted")
            .into_iter()
            .filter(|d| d["day"].as_str().unwrap() <= sunday)
            .filter(|d| match d["done_at"].as_str() {
                None => open(d["subject"].as_str().unwrap()),
                Some(at) => within(at),
            })
            .collect();
        let agenda = report["sheets"][0]["rows"].as_array().unwrap();
        let ids = |rows: Vec<&str>| {
            let mut rows: Vec<String> = rows.into_iter().map(str::to_string).collect();
            rows.sort();
            rows
        };
        assert_eq!(
            ids(agenda.iter().map(|r| r[0].as_str().unwrap()).collect()),
            ids(expected
                .iter()
                .map(|d| d["subject"].as_str().unwrap())
                .collect()),
            "{as_of}: the agenda"
        );
        let late = expected
            .iter()
            .filter(|d| ["late", "missed"].contains(&d["status"].as_str().unwrap()))
            .count();
        assert_eq!(
            report["summary"]["cases_on_the_agenda"],
            agenda.len(),
            "{as_of}"
        );
        assert_eq!(report["summary"]["escalated_too_long"], late, "{as_of}");
        let awaited: Vec<Value> = duties("whistle_unanswered")
            .into_iter()
            .filter(|d| d["day"].as_str().unwrap() <= sunday && d["done_at"].is_null())
            .filter(|d| {
                let id = d["subject"].as_str().unwrap().split(' ').next().unwrap();
                states[id] != "rejected"
            })
            .collect();
        let whistles = report["sheets"][1]["rows"].as_array().unwrap();
        assert_eq!(whistles.len(), awaited.len(), "{as_of}: whistles");
        assert_eq!(
            report["summary"]["whistles_awaiting_response"],
            whistles.len(),
            "{as_of}"
        );
        for d in &awaited {
            let id = d["subject"].as_str().unwrap().split(' ').next().unwrap();
            let row = whistles
                .iter()
                .find(|r| r[0] == id && r[3] == d["due"])
                .unwrap_or_else(|| panic!("{as_of}: {d} not on the agenda"));
            assert_eq!(
                row[4] == "overdue",
                d["status"] == "missed",
                "{as_of}: {row:?}"
            );
        }
        listed += agenda.len();
        waiting += whistles.len();
    }
    assert!(
        listed >= 5 && waiting >= 1,
        "{listed} agenda rows, {waiting} whistles"
    );
}

/// Every patrol, sweep, meeting and finding figure of the monthly workbook, read back from the
/// workbook, is what `grid duties` and `grid findings` give for the same period and as-of, on
/// four periods and moments: each village's 应报 / 已报 / 迟报 / 缺报 / 未签字, the cover's
/// rates and totals, the rewards and the accountability findings.
#[test]
fn every_monthly_figure_is_the_one_grid_duties_and_grid_findings_give() {
    let town = Town::copy();
    let repo = town.path().to_str().unwrap();
    for (n, (month, half, from, to, as_of)) in [
        ("2026-11", None, "2026-11-01", "2026-11-30", "2026-11-24"),
        (
            "2026-11",
            Some("1"),
            "2026-11-01",
            "2026-11-15",
            "2026-11-10 12:00",
        ),
        ("2026-10", None, "2026-10-01", "2026-10-31", "2026-11-24"),
        ("2026-09", None, "2026-09-01", "2026-09-30", "2026-09-20"),
    ]
    .into_iter()
    .enumerate()
    {
        let path = town.path().join(format!("m{n}.xlsx"));
        let mut args = vec!["report", "monthly", month, "--repo", repo, "--as-of", as_of];
        if let Some(h) = half {
            args.extend(["--half", h]);
        }
        args.extend([
            "--format",
            "json",
            "--lang",
            "zh",
            "-o",
            path.to_str().unwrap(),
        ]);
        let made = grid(&args);
        assert_eq!(made.code, 0, "{as_of}: {}", made.stderr);
        let cover = made.json()[0]["summary"].clone();
        let duties = |duty: &str| {
            grid(&[
                "duties", "--repo", repo, "--as-of", as_of, "--from", from, "--to", to, "--duty",
                duty, "--format", "json",
            ])
            .items()
        };
        // Per village: (owed, done, late, unsigned).
        let mut expected: std::collections::BTreeMap<String, [f64; 4]> = Default::default();
        let mut figure = |d: &Value, at: usize| {
            expected
                .entry(d["grid"].as_str().unwrap().to_string())
                .or_default()[at] += 1.0;
        };
        let status = |d: &Value| d["status"].as_str().unwrap().to_string();
        for d in duties("patrol_missing") {
            if !["pending", "due_soon"].contains(&status(&d).as_str()) {
                figure(&d, 0);
                if status(&d) != "missed" {
                    figure(&d, 1);
                }
            }
        }
        for d in duties("patrol_late") {
            if status(&d) == "late" {
                figure(&d, 2);
            }
        }
        for d in duties("patrol_unsigned") {
            if ["missed", "breach"].contains(&status(&d).as_str()) {
                figure(&d, 3);
            }
        }
        let sheet = rows(&path, "巡查完成率");
        assert_eq!(sheet.len() - 1, expected.len(), "{as_of}: villages");
        let (mut owed, mut done, mut late) = (0.0, 0.0, 0.0);
        for row in sheet.iter().skip(1) {
            let id = text(&row[0]).split(' ').next().unwrap().to_string();
            let [o, d, l, u] = expected[&id];
            let read: Vec<f64> = [1, 2, 3, 4, 6]
                .iter()
                .map(|&c| row[c].as_f64().unwrap())
                .collect();
            assert_eq!(read, [o, d, l, o - d, u], "{as_of} {id}");
            assert!(
                (row[5].as_f64().unwrap() - d / o).abs() < 1e-9,
                "{as_of} {id}"
            );
            (owed, done, late) = (owed + o, done + d, late + l);
        }
        assert_eq!(cover["patrols_owed"].as_f64(), Some(owed), "{as_of}");
        assert_eq!(
            cover["patrols_reported_late"].as_f64(),
            Some(late),
            "{as_of}"
        );
        assert!((cover["patrol_completion"].as_f64().unwrap() - done / owed).abs() < 1e-9);
        assert_headline_rates(&cover, repo, as_of, from, to);
        let found: Vec<Value> = grid(&[
            "findings", "--repo", repo, "--as-of", as_of, "--from", from, "--to", to, "--format",
            "json",
        ])
        .json()
        .into_iter()
        .filter(|f| f["type"] == "finding")
        .collect();
        let rewards: f64 = found
            .iter()
            .filter(|f| f["kind"] == "reward")
            .map(|f| f["amount"].as_f64().unwrap())
            .sum();
        let accountable = found.iter().filter(|f| f["kind"] != "reward").count();
        assert_eq!(cover["rewards_yuan"].as_f64(), Some(rewards), "{as_of}");
        assert_eq!(cover["accountability_findings"], accountable, "{as_of}");
        assert_eq!(rows(&path, "首报与问责").len() - 1, found.len(), "{as_of}");
    }
}

/// A town of 100 villages: its charts still name every village. Excel, WPS and LibreOffice
/// skip category names that do not fit, so the bar chart of villages is at least 20 px per
/// name at 8 pt, and the column chart of its 20 work areas at least 24 px per name, slanted.
#[test]
fn every_category_of_a_chart_is_named_however_many() {
    let dir = tempfile::tempdir().unwrap();
    let town = dir.path().join("town");
    util::synth(&town, 100, 20, 4, 5);
    let at_the_end = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend(["--repo", town.to_str().unwrap(), "--as-of", "2026-11-23"]);
        grid(&all)
    };
    // The generator's large towns are as clean as example-town (the deputies once headed so
    // many enterprises that one patrolled two on one day, a duplicate key).
    let errors: Vec<String> = at_the_end(&["check", "--format", "json"])
        .diagnostics()
        .into_iter()
        .filter(|d| d.code.starts_with('E'))
        .map(|d| d.code)
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let out = dir.path().join("m.xlsx");
    let run = at_the_end(&[
        "report",
        "monthly",
        "2026-11",
        "--lang",
        "zh",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(rows(&out, "巡查完成率").len() - 1, 100);
    assert_eq!(rows(&out, "工作区汇总").len() - 1, 20);
    let all = charts(&out);
    let category_axis = |prefix: &str| {
        let (_, xml) = all
            .iter()
            .find(|(values, _)| values.starts_with(prefix))
            .unwrap_or_else(|| panic!("a chart of {prefix}"));
        let start = xml.find("<c:catAx>").unwrap();
        xml[start..xml.find("</c:catAx>").unwrap()].to_string()
    };
    assert!(category_axis("巡查完成率!$F").contains("sz=\"800\""));
    assert!(
        category_axis("工作区汇总!").contains("rot=\"-2700000\""),
        "{}",
        category_axis("工作区汇总!")
    );
    let drawing = part(&out, "xl/drawings/drawing1.xml");
    // The chart's anchor: the rows it spans, each at least 20 px tall — one row per name.
    let row = |tag: &str| -> u32 {
        drawing
            .split(tag)
            .nth(1)
            .unwrap()
            .split("<xdr:row>")
            .nth(1)
            .unwrap()
            .split('<')
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    let spanned = row("<xdr:to>") - row("<xdr:from>");
    assert!(spanned >= 100, "{spanned} rows for 100 names");
}

/// `grid report X --format json` is data, not words: byte for byte the same under `--lang zh`
/// and `--lang en`, for every report, on moments where the month has sweeps with absences,
/// escalations waiting, findings and late cases (ids for the report's own words, never text
/// in the chosen language).
#[test]
fn report_json_is_the_same_in_every_language() {
    let town = Town::copy();
    let repo = town.path().to_str().unwrap();
    let out = town.path().join("out.xlsx");
    let out = out.to_str().unwrap();
    let mut compared = 0;
    for report in util::REPORTS {
        for as_of in ["2026-10-20", "2026-11-10 12:00", "2026-11-24"] {
            let json = |lang: &str| {
                let mut args = vec!["report", report, "--repo", repo, "--as-of", as_of];
                args.extend(["--format", "json", "--lang", lang, "-o", out]);
                let made = grid(&args);
                assert_eq!(made.code, 0, "{report} {as_of}: {}", made.stderr);
                made.stdout
            };
            let (zh, en) = (json("zh"), json("en"));
            assert_eq!(zh, en, "{report} as of {as_of}");
            let parsed: Value = serde_json::from_str(&zh).unwrap();
            assert_eq!(parsed["report"], *report);
            compared += 1;
        }
    }
    assert_eq!(compared, 18);
}
