//! `grid import` on messy files: title rows, two-row headings, dates typed four ways, names and
//! phones instead of ids, GBK, the same data as xlsx, xls and ods; re-imports, conflicts, bad
//! rows, hostile files, a crash midway, and the commit it makes.

mod util;

use std::path::{Path, PathBuf};
use std::process::Command;

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use util::{Run, Town, grid};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn import(town: &Town, args: &[&str]) -> Run {
    let mut all = vec!["import"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--repo", town.path().to_str().unwrap(), "--year", "2026"]);
    let run = grid(&all);
    // Nothing is said twice: each refusal, note and count once.
    let mut seen = std::collections::HashSet::new();
    for line in run.stdout.lines().filter(|l| !l.starts_with(' ')) {
        assert!(seen.insert(line), "said twice: {line}\n{}", run.stdout);
    }
    run
}

/// The rows an import of the messy patrol register must add.
const EXPECTED: [&str; 3] = [
    "2026-11-24,W1-V01,P0044,08:30,09:40,RJ01,0,,,P0042,,,2026-11-24 20:00,",
    "2026-11-24,W1-V01,P0045,08:00,09:00,WJ01,1,,村口垃圾堆放,P0042,,,2026-11-24 20:10,",
    "2026-11-24,W1-V01,P0046,08:00,09:30,,0,,,,,,,",
];

const MESSY_CSV: &str = "前店村网格员日巡查登记表,,,,,,,,
巡查日期,网格员,开始时间,结束时间,巡查事项,发现问题数,备注,签字人,报送时间
2026年11月24日,周子涵,上午8点30,9:40,RJ01,0,,徐凤英,2026/11/24 20:00
11月24日,18805680045,8:00,9:00,WJ01,1,村口垃圾堆放,P0042,2026-11-24 20:10
２０２６.１１.２４,P0046,８：００,９：３０,,0,,,
,,,,,,,,
";

fn added(town: &Town) -> Vec<String> {
    town.read("patrols/2026-11.csv")
        .lines()
        .filter(|l| l.starts_with("2026-11-24,"))
        .map(str::to_string)
        .collect()
}

/// Writes the messy register as xlsx: a merged title, two heading rows, date cells.
fn messy_xlsx(path: &Path) {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("十一月").unwrap();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let stamp = Format::new().set_num_format("yyyy-mm-dd hh:mm");
    ws.merge_range(0, 0, 0, 8, "前店村网格员日巡查登记表", &Format::new())
        .unwrap();
    for (c, h) in [
        "巡查日期",
        "网格员",
        "巡查时间",
        "巡查时间",
        "巡查事项",
        "发现问题数",
        "备注",
        "网格长",
        "报送",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string(1, c as u16, *h).unwrap();
    }
    for (c, h) in [
        "",
        "",
        "开始时间",
        "结束时间",
        "",
        "",
        "",
        "签字人",
        "报送时间",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string(2, c as u16, *h).unwrap();
    }
    let day = ExcelDateTime::from_ymd(2026, 11, 24).unwrap();
    let rows: [FixtureRow; 3] = [
        (
            "周子涵",
            "08:30",
            "9:40",
            "RJ01",
            0.0,
            "",
            "徐凤英",
            (20, 0),
        ),
        (
            "18805680045",
            "8:00",
            "9:00",
            "WJ01",
            1.0,
            "村口垃圾堆放",
            "P0042",
            (20, 10),
        ),
        ("P0046", "08:00", "09:30", "", 0.0, "", "", (0, 0)),
    ];
    for (i, (member, start, end, items, issues, notes, signer, (h, m))) in rows.iter().enumerate() {
        let r = 3 + i as u32;
        ws.write_datetime_with_format(r, 0, &day, &date).unwrap();
        ws.write_string(r, 1, *member).unwrap();
        ws.write_string(r, 2, *start).unwrap();
        ws.write_string(r, 3, *end).unwrap();
        ws.write_string(r, 4, *items).unwrap();
        ws.write_number(r, 5, *issues).unwrap();
        ws.write_string(r, 6, *notes).unwrap();
        ws.write_string(r, 7, *signer).unwrap();
        if *h > 0 {
            let t = ExcelDateTime::from_ymd(2026, 11, 24)
                .unwrap()
                .and_hms(*h, *m, 0)
                .unwrap();
            ws.write_datetime_with_format(r, 8, &t, &stamp).unwrap();
        }
    }
    let hidden = wb.add_worksheet();
    hidden.set_name("说明").unwrap();
    hidden.write_string(0, 0, "隐藏的说明页").unwrap();
    hidden.set_hidden(true);
    wb.save(path).unwrap();
}

#[test]
fn a_messy_csv_lands_as_clean_rows() {
    let town = Town::copy();
    let src = town.path().join("登记表.csv");
    std::fs::write(&src, MESSY_CSV).unwrap();
    let run = import(&town, &[src.to_str().unwrap(), "--grid", "W1-V01"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .contains("read 3, added 3, already there 0, rejected 0"),
        "{}",
        run.stdout
    );
    assert_eq!(added(&town), EXPECTED);
    assert!(town.check().diagnostics().is_empty());
    let again = import(&town, &[src.to_str().unwrap(), "--grid", "W1-V01"]);
    assert!(
        again.stdout.contains("imported before (same sha256)"),
        "{}",
        again.stdout
    );
    let manifest = town.read("imports/manifest.csv");
    assert_eq!(manifest.lines().count(), 2, "{manifest}");
    assert!(manifest.contains(",登记表.csv,patrol,"));
}

#[test]
fn gbk_xlsx_xls_and_ods_import_identically() {
    let gbk = encoding_rs::GB18030.encode(MESSY_CSV).0.into_owned();
    let xlsx = fixtures().join("patrol.xlsx");
    let mut sources: Vec<(String, PathBuf)> = vec![
        ("xlsx".into(), xlsx.clone()),
        ("xls".into(), fixtures().join("patrol.xls")),
        ("ods".into(), fixtures().join("patrol.ods")),
    ];
    let gbk_town = Town::copy();
    let gbk_path = gbk_town.path().join("gbk.csv");
    std::fs::write(&gbk_path, gbk).unwrap();
    sources.push(("gbk".into(), gbk_path));
    for (what, path) in sources {
        let town = Town::copy();
        let run = import(&town, &[path.to_str().unwrap(), "--grid", "W1-V01"]);
        assert_eq!(run.code, 0, "{what}: {}{}", run.stdout, run.stderr);
        assert_eq!(added(&town), EXPECTED, "{what}");
        if what == "xlsx" {
            assert!(
                run.stdout.contains("[说明]: hidden sheet, skipped"),
                "{}",
                run.stdout
            );
        }
    }
}

#[test]
fn the_xlsx_fixture_is_what_the_test_writes() {
    let dir = tempfile::tempdir().unwrap();
    let fresh = dir.path().join("patrol.xlsx");
    messy_xlsx(&fresh);
    let read = |p: &Path| {
        use calamine::Reader;
        let mut wb: calamine::Xlsx<_> = calamine::open_workbook(p).unwrap();
        wb.worksheet_range("十一月")
            .unwrap()
            .rows()
            .map(|r| r.iter().map(|c| c.to_string()).collect::<Vec<_>>())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        read(&fresh),
        read(&fixtures().join("patrol.xlsx")),
        "regenerate tests/fixtures/patrol.{{xlsx,xls,ods}}"
    );
}

/// member, start, end, items, issues, notes, signer, (signed hour, minute)
type FixtureRow<'a> = (
    &'a str,
    &'a str,
    &'a str,
    &'a str,
    f64,
    &'a str,
    &'a str,
    (u16, u8),
);

#[test]
fn a_conflicting_row_is_refused_with_its_cell_and_nothing_is_written() {
    let town = Town::copy();
    let before = town.read("patrols/2026-11.csv");
    let src = town.path().join("改.csv");
    std::fs::write(
        &src,
        "巡查日期,网格员,发现问题数\n2026-11-20,P0044,5\n2026-11-24,P0045,0\n",
    )
    .unwrap();
    let run = import(&town, &[src.to_str().unwrap(), "--grid", "W1-V01"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .contains("改.csv A2: contradicts the row already there: issues: 0 ≠ 5"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("nothing was written"));
    assert_eq!(town.read("patrols/2026-11.csv"), before);
}

#[test]
fn skip_bad_imports_the_good_rows_and_keeps_the_bad_beside_the_source() {
    let town = Town::copy();
    let src = town.path().join("坏.csv");
    std::fs::write(
        &src,
        "巡查日期,网格员\n2026-11-24,张无忌\n2026-11-24,P0044\n2611,P0045\n",
    )
    .unwrap();
    let dry = import(
        &town,
        &[
            src.to_str().unwrap(),
            "--grid",
            "W1-V01",
            "--skip-bad",
            "--dry-run",
        ],
    );
    assert!(
        dry.stdout.contains("dry run: nothing written"),
        "{}",
        dry.stdout
    );
    assert_eq!(added(&town).len(), 0);
    let run = import(
        &town,
        &[src.to_str().unwrap(), "--grid", "W1-V01", "--skip-bad"],
    );
    assert!(
        run.stdout.contains("坏.csv B2: unknown person `张无忌`"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("坏.csv A4: 2611 is a plain number, not a date"),
        "{}",
        run.stdout
    );
    assert_eq!(added(&town).len(), 1);
    let rejected = std::fs::read_to_string(town.path().join("坏.rejected.csv")).unwrap();
    assert_eq!(rejected.lines().count(), 3, "{rejected}");
}

#[test]
fn a_register_without_a_grid_column_takes_each_members_village() {
    let town = Town::copy();
    let src = town.path().join("无网格.csv");
    std::fs::write(
        &src,
        "巡查日期,网格员,开始时间\n2026-11-24,P0044,08:00\n2026-11-24,P0066,09:00\n",
    )
    .unwrap();
    let run = import(&town, &[src.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(run.stdout.contains("added 2"), "{}", run.stdout);
    let rows = town.read("patrols/2026-11.csv");
    // roster.csv: P0044 patrols 前店村 (W1-V01), P0066 W3-V01.
    assert!(rows.contains("2026-11-24,W1-V01,P0044,08:00,"), "{rows}");
    assert!(rows.contains("2026-11-24,W3-V01,P0066,09:00,"), "{rows}");
}

/// A 12345 export: a new work order, a repeat call on an earlier one (GD20261023-0092 is in
/// QS-2026-0042), and one already in a case.
const WORK_ORDERS: &str = "12345热线工单导出\n\
工单编号,来电时间,诉求内容,问题分类,所属村,事发地址,来电人,联系电话,关联工单编号\n\
GD20261124-0001,2026-11-24 09:12,反映前店村路边垃圾堆放,垃圾乱堆乱放,前店村,前店村二组路口,王某某,13800000000,\n\
GD20261124-0002,2026/11/24 10:30,再次反映,RJ01,W1-V01,,李某某,13900000000,GD20261023-0092\n\
GD20261023-0092,2026-10-23 08:00,已有工单,RJ01,W1-V01,,,,\n";

#[test]
fn work_orders_open_cases_or_add_reports_and_never_keep_the_caller() {
    let town = Town::copy();
    let src = town.path().join("工单.csv");
    std::fs::write(&src, WORK_ORDERS).unwrap();
    let run = import(&town, &[src.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(
        run.stdout
            .contains("read 3, added 2, already there 1, rejected 0"),
        "{}",
        run.stdout
    );
    let new_case = town.read("cases/2026/QS-2026-0068.yaml");
    assert_eq!(
        new_case,
        "# yaml-language-server: $schema=../../../schemas/case.schema.json\n\
         id: QS-2026-0068\ntitle: 反映前店村路边垃圾堆放\nitem: RJ01\ngrid: W1-V01\n\
         location: 前店村二组路口\ndiscovered_at: 2026-11-24 09:12\nimpact: none\n\
         duplicate_of: null\napproval: null\nreports:\n- at: 2026-11-24 09:12\n  by: '12345'\n\
         \x20 channel: hotline_12345\n  ref: GD20261124-0001\nevents: []\n"
    );
    let earlier = town.read("cases/2026/QS-2026-0042.yaml");
    assert!(
        earlier.contains("- at: 2026-11-24 10:30\n  by: '12345'\n  channel: hotline_12345\n  ref: GD20261124-0002\nevents:"),
        "{earlier}"
    );
    let everything = grid(&[
        "check",
        "--repo",
        town.path().to_str().unwrap(),
        "--as-of",
        "2026-11-24",
    ]);
    assert_eq!(everything.code, 0, "{}", everything.stdout);
    for file in [
        "cases/2026/QS-2026-0068.yaml",
        "cases/2026/QS-2026-0042.yaml",
        "imports/manifest.csv",
    ] {
        let text = town.read(file);
        assert!(
            !text.contains("王某某") && !text.contains("13800000000"),
            "{file} keeps the caller"
        );
    }
    // The same work orders sent again in another export: nothing new.
    let again = town.path().join("工单-重发.csv");
    std::fs::write(&again, format!("{WORK_ORDERS}\n")).unwrap();
    let run = import(&town, &[again.to_str().unwrap()]);
    assert!(
        run.stdout.contains("read 3, added 0, already there 3"),
        "{}",
        run.stdout
    );
    assert!(!town.path().join("cases/2026/QS-2026-0069.yaml").exists());
}

#[test]
fn a_villages_own_headings_are_mapped_by_the_rules_file() {
    let town = Town::copy();
    let src = town.path().join("前店村巡逻台账.csv");
    std::fs::write(
        &src,
        "巡逻日期,巡逻人员,起,止,情况\n2026-11-24,P0044,8:00,9:10,正常\n",
    )
    .unwrap();
    let without = import(&town, &[src.to_str().unwrap()]);
    assert!(
        without
            .stdout
            .contains("前店村巡逻台账.csv: cannot read this sheet"),
        "{}",
        without.stdout
    );
    assert_eq!(without.code, 1);
    town.write(
        "imports/rules.yaml",
        "rules:\n- file: 前店村*\n  kind: patrol\n  headings: {巡逻日期: date, 巡逻人员: member, 起: start, 止: end, 情况: notes}\n",
    );
    let explained = import(&town, &[src.to_str().unwrap(), "--explain"]);
    assert!(
        explained
            .stdout
            .contains("前店村巡逻台账.csv: rule 1 imports/rules.yaml"),
        "{}",
        explained.stdout
    );
    assert!(
        explained.stdout.contains("E 情况 → notes"),
        "{}",
        explained.stdout
    );
    let run = import(&town, &[src.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(
        town.read("patrols/2026-11.csv")
            .contains("2026-11-24,W1-V01,P0044,08:00,09:10,,,,正常,")
    );
    // A file the pattern does not name is not touched by the rule.
    let other = town.path().join("后店村巡逻台账.csv");
    std::fs::write(&other, "巡逻日期,巡逻人员\n2026-11-24,P0045\n").unwrap();
    assert!(
        import(&town, &[other.to_str().unwrap()])
            .stdout
            .contains("后店村巡逻台账.csv: cannot read this sheet")
    );
    town.write(
        "imports/rules.yaml",
        "rules:\n- kind: patrol\n  headings: {巡逻日期: day}\n",
    );
    let bad = import(&town, &[src.to_str().unwrap()]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr
            .contains("imports/rules.yaml: rule 1: `day` is not a column of patrol (date, grid,"),
        "{}",
        bad.stderr
    );
}

#[test]
fn a_large_import_off_a_terminal_prints_no_progress_bar() {
    let town = Town::copy();
    let members: Vec<String> = town
        .read("roster.csv")
        .lines()
        .filter(|l| l.contains(",base_member,"))
        // Members in office all along (no from/to): the rows are for past days.
        .filter(|l| l.split(',').nth(6) == Some("") && l.split(',').nth(7) == Some(""))
        .map(|l| l.split(',').next().unwrap().to_string())
        .collect();
    let mut csv = String::from("巡查日期,网格员\n");
    let first = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    for day in 0..(6_000 / members.len() + 1) {
        for m in &members {
            csv.push_str(&format!("{},{m}\n", first + chrono::Days::new(day as u64)));
        }
    }
    let src = town.path().join("大表.csv");
    std::fs::write(&src, csv).unwrap();
    let run = import(&town, &[src.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(run.stdout.contains("rejected 0"), "{}", run.stdout);
    assert_eq!(run.stderr, "");
}

#[test]
fn dates_without_a_year_take_the_year_of_the_title() {
    let town = Town::copy();
    let src = town.path().join("台账.csv");
    std::fs::write(
        &src,
        "前店村2025年12月巡查登记表\n巡查日期,网格员\n12月31日,P0044\n",
    )
    .unwrap();
    let run = grid(&[
        "import",
        src.to_str().unwrap(),
        "--repo",
        town.path().to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(
        town.read("patrols/2025-12.csv")
            .contains("2025-12-31,W1-V01,P0044,")
    );
}

/// example-town with P0999 周子涵 in W1-V02, namesake of P0044 in W1-V01.
fn town_with_a_namesake() -> Town {
    let town = Town::copy();
    let roster = town.read("roster.csv");
    town.write(
        "roster.csv",
        format!("{roster}P0999,周子涵,13900000999,W1-V02,base_member,村委委员,,,,\n"),
    );
    town
}

#[test]
fn ambiguous_names_list_the_candidates() {
    let town = town_with_a_namesake();
    let src = town.path().join("同名.csv");
    std::fs::write(&src, "巡查日期,网格员\n2026-11-24,周子涵\n").unwrap();
    let run = import(&town, &[src.to_str().unwrap()]);
    assert!(
        run.stdout
            .contains("`周子涵` is ambiguous: P0044 (W1-V01), P0999 (W1-V02)"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_name_is_looked_up_in_each_rows_own_village() {
    // Two members share a name; each row names its village. A value read once and reused for
    // later rows (they are) must not carry one village's person into another's row.
    let town = town_with_a_namesake();
    let src = town.path().join("同名两村.csv");
    // Enough rows that they are converted in runs on every core, the villages alternating.
    let mut text = String::from("巡查日期,村,网格员\n");
    let mut expected = Vec::new();
    for day in 1..=31 {
        for (village, person) in [("W1-V01", "P0044"), ("W1-V02", "P0999")] {
            text.push_str(&format!("2025-12-{day:02},{village},周子涵\n"));
            expected.push(format!("2025-12-{day:02},{village},{person},"));
        }
    }
    std::fs::write(&src, text).unwrap();
    let run = import(&town, &[src.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let written = town.read("patrols/2025-12.csv");
    for row in expected {
        assert!(written.contains(&row), "{row} in\n{written}");
    }
}

#[test]
fn hostile_files_are_refused_quickly() {
    let town = Town::copy();
    let dir = tempfile::tempdir().unwrap();
    let far = dir.path().join("far.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.write_string(0, 0, "巡查日期").unwrap();
    ws.write_string(1_048_575, 16_383, "x").unwrap();
    wb.save(&far).unwrap();
    assert!(std::fs::metadata(&far).unwrap().len() < 10_000);
    let started = std::time::Instant::now();
    let run = import(&town, &[far.to_str().unwrap()]);
    assert!(started.elapsed().as_secs() < 5);
    assert!(
        run.stdout.contains("XFD1048576 lies beyond"),
        "{}",
        run.stdout
    );
    let bomb = dir.path().join("bomb.xlsx");
    {
        let file = std::fs::File::create(&bomb).unwrap();
        let mut zip = zip::ZipWriter::new(file);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("xl/workbook.xml", options).unwrap();
        std::io::Write::write_all(&mut zip, b"<workbook/>").unwrap();
        zip.start_file("xl/worksheets/sheet1.xml", options).unwrap();
        std::io::Write::write_all(&mut zip, &vec![b' '; 40 * 1024 * 1024]).unwrap();
        zip.finish().unwrap();
    }
    let run = import(&town, &[bomb.to_str().unwrap()]);
    assert!(run.stdout.contains("zip bomb"), "{}", run.stdout);
    let html = dir.path().join("export.xls");
    std::fs::write(
        &html,
        "<html><table><tr><td>巡查日期</td></tr></table></html>",
    )
    .unwrap();
    let run = import(&town, &[html.to_str().unwrap()]);
    assert!(run.stdout.contains("a web page"), "{}", run.stdout);
    // calamine builds xls and ods sheets whole: far-apart cells are refused before it opens them.
    for (fixture, cell) in [("far.xls", "IV65536"), ("far.ods", "XFD1048576")] {
        let started = std::time::Instant::now();
        let run = import(&town, &[fixtures().join(fixture).to_str().unwrap()]);
        assert!(started.elapsed().as_secs() < 5);
        assert!(
            run.stdout.contains(&format!(
                "{fixture}: cannot import: a cell at {cell} lies beyond"
            )),
            "{}",
            run.stdout
        );
    }
    let ids = dir.path().join("ids.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    for (c, h) in ["编号", "姓名", "电话", "网格", "角色"].iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    ws.write_string(1, 0, "P0900").unwrap();
    ws.write_string(1, 1, "李四").unwrap();
    ws.write_number(1, 2, 370211199001011234.0).unwrap();
    ws.write_string(1, 3, "W1-V01").unwrap();
    ws.write_string(1, 4, "base_member").unwrap();
    wb.save(&ids).unwrap();
    let run = import(&town, &[ids.to_str().unwrap()]);
    assert!(
        run.stdout
            .contains("ids.xlsx [Sheet1] C2: the long number 370211199001011"),
        "{}",
        run.stdout
    );
    assert_eq!(run.code, 1);
}

#[test]
fn a_crash_midway_leaves_every_file_old() {
    let town = Town::copy();
    let before = town.read("patrols/2026-11.csv");
    let src = town.path().join("登记表.csv");
    std::fs::write(&src, MESSY_CSV).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_grid"))
        .args([
            "import",
            src.to_str().unwrap(),
            "--grid",
            "W1-V01",
            "--year",
            "2026",
            "--repo",
            town.path().to_str().unwrap(),
        ])
        .env("GRID_FAULT_BEFORE_RENAME", "1")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert_eq!(town.read("patrols/2026-11.csv"), before);
    assert!(!town.path().join("imports/manifest.csv").exists());
}

#[test]
fn commit_names_the_source_its_hash_and_counts() {
    let town = Town::copy();
    let git = |args: &[&str]| town.git(args);
    git(&["init", "-q"]);
    git(&["config", "user.name", "c"]);
    git(&["config", "user.email", "p0006@qingshan.gov.cn"]);
    git(&["add", "-A"]);
    git(&["commit", "-q", "-m", "base"]);
    let src = tempfile::tempdir().unwrap();
    let path = src.path().join("登记表.csv");
    std::fs::write(&path, MESSY_CSV).unwrap();
    let run = import(
        &town,
        &[path.to_str().unwrap(), "--grid", "W1-V01", "--commit"],
    );
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let body = git(&["log", "-1", "--format=%B"]);
    assert!(
        body.starts_with("grid import 登记表.csv\n\ncommand: import\nsource: 登记表.csv sha256:"),
        "{body}"
    );
    assert!(body.contains(" kind:patrol read:3 added:3 skipped:0 rejected:0\nfiles: imports/manifest.csv, patrols/2026-11.csv") || body.contains(" kind:patrol read:3 added:3 skipped:0 rejected:0\nfiles: patrols/2026-11.csv, imports/manifest.csv"), "{body}");
}

/// Writes the xlsx fixture (then `soffice --headless --convert-to xls|ods` makes the others).
#[test]
#[ignore = "regenerates tests/fixtures/patrol.xlsx"]
fn write_fixture() {
    messy_xlsx(&fixtures().join("patrol.xlsx"));
}

/// A register whose rows the checks of `grid check` refuse, each for its own reason: a member
/// of another village (W0403), start after end (E0404), a signer who is not the village head
/// (W0401), a year typed 2027; one good row.
const REFUSED_CSV: &str = "巡查日期,网格员,开始时间,结束时间,签字人
2026-11-30,P0044,08:00,09:00,P0042
2026-11-30,P0091,08:00,09:00,P0042
2026-11-30,P0045,10:00,09:00,P0042
2026-11-30,P0046,08:00,09:00,P0044
2027-11-30,P0047,08:00,09:00,P0042
";

/// The refusals an import of [`REFUSED_CSV`] must print, at the sheet's cells.
const REFUSED_AT: [&str; 4] = [
    "乱.csv B3: P0091 is not a base member of W1-V01 on 2026-11-30",
    "乱.csv D4: times out of order: end (2026-11-30 09:00) is before start (2026-11-30 10:00)",
    "乱.csv E5: signed by P0044, who is not W1-V01's village head on 2026-11-30 (P0042)",
    "乱.csv A6: the date 2027-11-30 is after today",
];

#[test]
fn rows_the_checks_refuse_are_refused_at_their_cells_and_nothing_is_written() {
    let town = Town::copy();
    let before = town.read("patrols/2026-11.csv");
    let src = town.path().join("乱.csv");
    std::fs::write(&src, REFUSED_CSV).unwrap();
    let run = import(&town, &[src.to_str().unwrap(), "--grid", "W1-V01"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    for line in REFUSED_AT {
        assert!(run.stdout.contains(line), "{line} in\n{}", run.stdout);
    }
    assert!(
        !run.stdout.contains("patrols/"),
        "no line of a repository file that was never written:\n{}",
        run.stdout
    );
    assert!(run.stdout.contains("added 1, already there 0, rejected 4"));
    assert!(run.stdout.contains("nothing was written"));
    assert_eq!(town.read("patrols/2026-11.csv"), before);
    assert!(!town.path().join("patrols/2027-11.csv").exists());
}

/// What `grid check` says of the town as of the end of 30 November (the imported rows' day):
/// each diagnostic's code and message, sorted (lines move when rows are inserted).
fn judged_after_the_rows(town: &Town) -> Vec<(String, String)> {
    let run = grid(&[
        "check",
        "--repo",
        town.path().to_str().unwrap(),
        "--as-of",
        "2026-11-30 23:59",
        "--format",
        "json",
    ]);
    let mut all: Vec<(String, String)> = run
        .diagnostics()
        .into_iter()
        .map(|d| (d.code, d.message))
        .collect();
    all.sort();
    all
}

#[test]
fn skip_bad_sets_aside_exactly_the_rows_the_checks_refuse() {
    let town = Town::copy();
    let check_before = judged_after_the_rows(&town);
    let src = town.path().join("乱.csv");
    std::fs::write(&src, REFUSED_CSV).unwrap();
    let run = import(
        &town,
        &[src.to_str().unwrap(), "--grid", "W1-V01", "--skip-bad"],
    );
    assert!(
        run.stdout.contains("added 1, already there 0, rejected 4"),
        "{}",
        run.stdout
    );
    let written: Vec<String> = town
        .read("patrols/2026-11.csv")
        .lines()
        .filter(|l| l.starts_with("2026-11-30,"))
        .map(str::to_string)
        .collect();
    assert_eq!(written.len(), 1, "{written:?}");
    assert!(written[0].starts_with("2026-11-30,W1-V01,P0044,08:00,09:00,"));
    assert!(!town.path().join("patrols/2027-11.csv").exists());
    let rejected = std::fs::read_to_string(town.path().join("乱.rejected.csv")).unwrap();
    for (cell, member) in [
        ("B3", "P0091"),
        ("D4", "P0045"),
        ("E5", "P0046"),
        ("A6", "P0047"),
    ] {
        assert!(
            rejected
                .lines()
                .any(|l| l.contains(member) && l.contains(&format!("{cell}: "))),
            "{cell} {member} in\n{rejected}"
        );
    }
    assert_eq!(rejected.lines().count(), 5, "{rejected}");
    // What was written raises nothing the town did not have before.
    assert_eq!(judged_after_the_rows(&town), check_before);
}

#[test]
fn every_summary_names_the_columns_it_did_not_import() {
    let town = Town::copy();
    let src = town.path().join("缺席.csv");
    std::fs::write(
        &src,
        "巡查日期,网格员,缺席人员及原因,天气\n2026-11-30,P0044,阎桂英（病假）,晴\n",
    )
    .unwrap();
    let run = import(
        &town,
        &[src.to_str().unwrap(), "--grid", "W1-V01", "--dry-run"],
    );
    assert!(
        run.stdout
            .contains("缺席.csv: columns not imported: 缺席人员及原因 (C), 天气 (D)"),
        "{}",
        run.stdout
    );
}

#[test]
fn free_text_is_kept_as_typed() {
    let town = Town::copy();
    let note = "村口，垃圾；已清理：好（２处）\u{3000}待复查";
    let src = town.path().join("备注.csv");
    std::fs::write(
        &src,
        format!("巡查日期,网格员,开始时间,备注\n２０２６-11-30,Ｐ0044,８：００,\"  {note} \"\n"),
    )
    .unwrap();
    let run = import(&town, &[src.to_str().unwrap(), "--grid", "W1-V01"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let text = town.read("patrols/2026-11.csv");
    let mut rows = csv::Reader::from_reader(text.as_bytes());
    let written: Vec<csv::StringRecord> = rows
        .records()
        .map(Result::unwrap)
        .filter(|r| &r[0] == "2026-11-30")
        .collect();
    assert_eq!(written.len(), 1);
    // Codes, dates and times are folded to ASCII; the note is not.
    assert_eq!(&written[0][2], "P0044");
    assert_eq!(&written[0][3], "08:00");
    assert_eq!(&written[0][8], note);
}

/// A register as village clerks lay it out: a date merged down over the day's rows, names
/// padded for alignment or written with the village, a totals row, a blank separator and a
/// signature line under the table.
fn merged_xlsx(path: &Path) {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("巡查").unwrap();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    for (c, h) in ["巡查日期", "网格员", "开始时间", "结束时间", "发现问题数"]
        .iter()
        .enumerate()
    {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    let days = [
        (1, 3, ExcelDateTime::from_ymd(2026, 11, 29).unwrap()),
        (4, 5, ExcelDateTime::from_ymd(2026, 11, 30).unwrap()),
    ];
    for (first, last, day) in &days {
        ws.merge_range(*first, 0, *last, 0, "", &date).unwrap();
        ws.write_datetime_with_format(*first, 0, day, &date)
            .unwrap();
    }
    let names = ["周子涵", "阎桂英", "杨　丽", "金  杰 ", "前店村-陈向阳"];
    for (i, name) in names.iter().enumerate() {
        let r = i as u32 + 1;
        ws.write_string(r, 1, *name).unwrap();
        ws.write_string(r, 2, "08:00").unwrap();
        ws.write_string(r, 3, "09:00").unwrap();
        ws.write_number(r, 4, 0.0).unwrap();
    }
    ws.write_string(6, 0, "合计").unwrap();
    ws.write_number(6, 4, 0.0).unwrap();
    ws.write_string(8, 0, "制表人：崔冬梅      审核人：徐凤英")
        .unwrap();
    wb.save(path).unwrap();
}

/// The rows [`merged_xlsx`] must add: every row dated, every name resolved.
const MERGED_EXPECTED: [&str; 5] = [
    "2026-11-29,W1-V01,P0044,08:00,09:00,,0,",
    "2026-11-29,W1-V01,P0045,08:00,09:00,,0,",
    "2026-11-29,W1-V01,P0048,08:00,09:00,,0,",
    "2026-11-30,W1-V01,P0046,08:00,09:00,,0,",
    "2026-11-30,W1-V01,P0049,08:00,09:00,,0,",
];

#[test]
#[ignore = "regenerates tests/fixtures/merged.xlsx (then convert it to .xls and .ods with LibreOffice)"]
fn write_merged_fixture() {
    merged_xlsx(&fixtures().join("merged.xlsx"));
}

#[test]
fn merged_dates_totals_and_padded_names_in_xlsx_xls_and_ods() {
    let dir = tempfile::tempdir().unwrap();
    let fresh = dir.path().join("merged.xlsx");
    merged_xlsx(&fresh);
    for path in [
        fresh,
        fixtures().join("merged.xls"),
        fixtures().join("merged.ods"),
    ] {
        let town = Town::copy();
        let run = import(&town, &[path.to_str().unwrap(), "--grid", "W1-V01"]);
        assert_eq!(run.code, 0, "{}: {}", path.display(), run.stdout);
        let mut rows: Vec<String> = town
            .read("patrols/2026-11.csv")
            .lines()
            .filter(|l| l.starts_with("2026-11-29,") || l.starts_with("2026-11-30,"))
            .map(|l| l.split(',').take(8).collect::<Vec<_>>().join(","))
            .collect();
        rows.sort();
        assert_eq!(rows, MERGED_EXPECTED, "{}", path.display());
        for (cell, word) in [("A7", "合计"), ("A9", "制表")] {
            assert!(
                run.stdout.contains(&format!("{cell}: a “{word}” row")),
                "{cell} in {}",
                run.stdout
            );
        }
        assert!(run.stdout.contains("read 5, added 5"), "{}", run.stdout);
    }
}

#[test]
fn a_name_written_with_its_village_is_that_villages_person() {
    let town = Town::copy();
    let src = town.path().join("村名.csv");
    std::fs::write(
        &src,
        "巡查日期,网格员\n2026-11-30,陈向阳（前店村）\n2026-11-30,前店村周子涵\n2026-11-30,东岗村周子涵\n",
    )
    .unwrap();
    let run = import(&town, &[src.to_str().unwrap(), "--skip-bad"]);
    let written: Vec<String> = town
        .read("patrols/2026-11.csv")
        .lines()
        .filter(|l| l.starts_with("2026-11-30,"))
        .map(|l| l.split(',').take(3).collect::<Vec<_>>().join(","))
        .collect();
    assert_eq!(
        written,
        ["2026-11-30,W1-V01,P0044", "2026-11-30,W1-V01,P0046"],
        "{}",
        run.stdout
    );
    // 周子涵 serves in 前店村, not 东岗村: refused at the cell, never guessed.
    assert!(
        run.stdout
            .contains("B4: `东岗村周子涵`: no one named 周子涵 serves in 东岗村"),
        "{}",
        run.stdout
    );
}

#[test]
fn chinese_names_of_values_and_items_are_read_and_unknown_ones_refused_at_their_cell() {
    let town = Town::copy();
    town.write(
        "imports/rules.yaml",
        "rules:\n  - values:\n      channel:\n        村群: wechat_group\n",
    );
    let src = town.path().join("中文.csv");
    std::fs::write(
        &src,
        "巡查日期,网格员,巡查事项,报送方式\n\
         2026-11-30,P0044,垃圾乱堆乱放、私搭乱建,微信群\n\
         2026-11-30,P0045,RJ01,村 群\n\
         2026-11-30,P0046,WJ01,微信私聊\n\
         2026-11-30,P0047,RJ01,飞鸽传书\n\
         2026-11-30,P0048,乱扔烟头,电话\n",
    )
    .unwrap();
    let run = import(
        &town,
        &[src.to_str().unwrap(), "--grid", "W1-V01", "--skip-bad"],
    );
    let written: Vec<String> = town
        .read("patrols/2026-11.csv")
        .lines()
        .filter(|l| l.starts_with("2026-11-30,"))
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            format!("{} {} {}", f[2], f[5], f[13])
        })
        .collect();
    assert_eq!(
        written,
        [
            "P0044 RJ01;WJ01 wechat_group",
            "P0045 RJ01 wechat_group",
            "P0046 WJ01 wechat_direct",
        ],
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("D5: `飞鸽传书` is not a valid `channel`; expected one of: 微信群 (wechat_group), 微信私聊 (wechat_direct)"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("C6: unknown catalog item `乱扔烟头`"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_meeting_kind_in_chinese_is_its_code() {
    let town = Town::copy();
    let src = town.path().join("会议.csv");
    std::fs::write(
        &src,
        "会议日期,会议类型,主持人,参会人员,签字人\n2026-11-30,半月会议,P0042,P0042;P0043,P0042\n",
    )
    .unwrap();
    let run = import(
        &town,
        &[src.to_str().unwrap(), "--grid", "W1-V01", "--dry-run"],
    );
    assert!(run.stdout.contains("added 1"), "{}", run.stdout);
    let rules = "rules:\n  - values:\n      channel:\n        村群: wechat_grou\n";
    town.write("imports/rules.yaml", rules);
    let diags = town.check().diagnostics();
    assert!(
        diags.iter().any(|d| d.code == "E0104"
            && d.file == "imports/rules.yaml"
            && d.line == 4
            && d.message
                .contains("`wechat_grou` is not a value of `channel`")),
        "{diags:#?}"
    );
}

#[test]
fn a_work_order_without_a_village_is_the_towns_and_an_unknown_class_is_refused_at_its_cell() {
    let town = Town::copy();
    let src = town.path().join("工单.csv");
    std::fs::write(
        &src,
        "工单编号,来电时间,诉求内容,问题分类,所属村,事发地址\n\
         GD20261130-0001,2026-11-30 09:12,反映镇区道路积水,垃圾乱堆乱放,,\n\
         GD20261130-0002,2026-11-30 10:00,反映噪音,噪音扰民,前店村,\n",
    )
    .unwrap();
    let run = import(&town, &[src.to_str().unwrap(), "--skip-bad"]);
    assert!(
        run.stdout.contains("D3: unknown catalog item `噪音扰民`"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("added 1"), "{}", run.stdout);
    let case = town.read("cases/2026/QS-2026-0068.yaml");
    assert!(case.contains("\ngrid: QS\n"), "{case}");
    assert!(case.contains("item: RJ01\n"), "{case}");
}

#[test]
fn an_unreadable_sheet_gives_a_rule_that_reads_it() {
    let town = Town::copy();
    let src = town.path().join("东村.csv");
    std::fs::write(
        &src,
        "巡逻日期,巡逻人员,起,止\n2026-11-30,P0044,08:00,09:00\n",
    )
    .unwrap();
    let run = import(&town, &[src.to_str().unwrap(), "--grid", "W1-V01"]);
    assert_eq!(run.code, 1);
    for line in [
        "东村.csv: cannot read this sheet",
        "  headings in row 1: 巡逻日期, 巡逻人员, 起, 止",
        "  recognised: —",
        "  required columns missing: date, member",
    ] {
        assert!(run.stdout.contains(line), "{line} in\n{}", run.stdout);
    }
    // The rule as printed, pasted into imports/rules.yaml, reads the sheet.
    let rule: String = run
        .stdout
        .lines()
        .skip_while(|l| l.trim() != "rules:")
        .take_while(|l| l.starts_with("    "))
        .map(|l| format!("{}\n", &l[4..]))
        .collect();
    assert!(
        rule.contains("headings: {巡逻日期: date, 巡逻人员: member}"),
        "{rule}"
    );
    town.write("imports/rules.yaml", &rule);
    let again = import(&town, &[src.to_str().unwrap(), "--grid", "W1-V01"]);
    assert_eq!(again.code, 0, "{rule}\n{}", again.stdout);
    assert!(again.stdout.contains("added 1"), "{}", again.stdout);
}

#[test]
fn the_absence_column_of_a_sweep_is_read_person_by_person() {
    let town = Town::copy();
    let src = town.path().join("排查.csv");
    std::fs::write(
        &src,
        "排查日期,组织人,参加人员,缺席人员及原因\n\
         2026-11-20,P0042,P0044、P0046,\"阎桂英（病假）、汪福生（外出，参加培训）\"\n\
         2026-11-21,P0042,P0044,阎桂英\n",
    )
    .unwrap();
    let run = import(
        &town,
        &[src.to_str().unwrap(), "--grid", "W1-V01", "--skip-bad"],
    );
    let row = town
        .read("sweeps/2026-11.csv")
        .lines()
        .find(|l| l.starts_with("2026-11-20,"))
        .map(str::to_string);
    assert_eq!(
        row.as_deref(),
        Some("2026-11-20,W1-V01,P0042,P0044;P0046,P0045:病假;P0047:外出，参加培训,,,"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("D3: absence `阎桂英` should read person:reason"),
        "{}",
        run.stdout
    );
    assert!(
        !run.stdout.contains("columns not imported"),
        "{}",
        run.stdout
    );
}

#[test]
fn two_rows_of_one_import_for_the_same_record_conflict_with_each_other() {
    let town = Town::copy();
    let src = town.path().join("重复.csv");
    std::fs::write(
        &src,
        "巡查日期,网格员,开始时间\n2026-11-30,P0044,07:00\n2026-11-30,周子涵,08:00\n",
    )
    .unwrap();
    let run = import(&town, &[src.to_str().unwrap(), "--grid", "W1-V01"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains(
            "重复.csv A3: contradicts an earlier row of this import for the same record: start: 07:00 ≠ 08:00"
        ),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("added 1, already there 0, rejected 1"));
}

#[test]
fn json_output_gives_each_files_counts_and_each_refused_cell_with_its_code() {
    let town = Town::copy();
    let good = town.path().join("好.csv");
    std::fs::write(
        &good,
        "巡查日期,村,巡查人,开始时间,结束时间,巡查事项,发现问题数,备注\n\
         2026-11-30,W1-V01,周子涵,08:00,09:00,RJ01,0,\n\
         2026-11-30,W1-V01,无此人,08:00,09:00,RJ01,0,\n\
         2026-11-30,W1-V01,阎桂英,8点,9点,RJ01,0,\n",
    )
    .unwrap();
    let broken = town.path().join("坏.xlsx");
    std::fs::write(&broken, b"PK\x03\x04 not really a workbook").unwrap();
    let run = import(
        &town,
        &[
            good.to_str().unwrap(),
            broken.to_str().unwrap(),
            "--skip-bad",
            "--format",
            "json",
        ],
    );
    assert_eq!(run.code, 1, "{}", run.stdout);
    let lines = run.json();
    let refused: Vec<_> = lines.iter().filter(|v| v["type"] == "refused").collect();
    assert_eq!(refused.len(), 1, "{}", run.stdout);
    assert_eq!(refused[0]["cell"], "C3");
    assert_eq!(refused[0]["row"], 3);
    assert_eq!(refused[0]["code"], "E0203");
    let files: Vec<_> = lines.iter().filter(|v| v["type"] == "file").collect();
    assert_eq!(files.len(), 2);
    assert_eq!(
        (
            &files[0]["read"],
            &files[0]["added"],
            &files[0]["skipped"],
            &files[0]["rejected"]
        ),
        (&3.into(), &2.into(), &0.into(), &1.into())
    );
    assert!(files[1]["unreadable"].is_string(), "{}", files[1]);
    let summary = lines.last().unwrap();
    assert_eq!(summary["type"], "summary");
    assert_eq!(summary["written"], true, "--skip-bad writes the good rows");
    assert_eq!(
        town.read("patrols/2026-11.csv")
            .lines()
            .filter(|l| l.starts_with("2026-11-30,W1-V01,"))
            .count(),
        2
    );
}
