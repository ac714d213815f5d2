//! `grid template`: the workbook a village fills, and its round trip through `grid import`.

mod util;

use std::io::Read;
use std::path::Path;

use calamine::{Data, Reader, SheetVisible};
use rust_xlsxwriter::{ExcelDateTime, Workbook};
use util::{Run, Town, grid};

fn run(town: &Town, args: &[&str]) -> Run {
    let mut all = args.to_vec();
    all.extend_from_slice(&["--repo", town.path().to_str().unwrap()]);
    grid(&all)
}

/// How a filled template was saved.
#[derive(Clone, Copy, PartialEq)]
enum Saved {
    /// By a writer like Excel: shared strings, ISO date formats.
    Excel,
    /// The way WPS 表格 saves: strings inline in the sheet (`t="inlineStr"`), dates in the
    /// East-Asian built-in format 31 (`yyyy"年"m"月"d"日"`) and times as numbers in format 20
    /// (`h:mm`).
    Wps,
}

/// What a clerk does: opens the template, fills the lines of `day` with a patrol, saves it.
/// The workbook is read back with calamine and written anew as `saved`, hidden sheets kept
/// hidden.
fn fill(template: &Path, filled: &Path, day: &str, saved: Saved) {
    let mut book = calamine::open_workbook_auto(template).unwrap();
    let sheets = book.sheets_metadata().to_vec();
    let mut out = Workbook::new();
    let date_format = match saved {
        Saved::Excel => rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd"),
        Saved::Wps => rust_xlsxwriter::Format::new().set_num_format_index(31),
    };
    let time_format = rust_xlsxwriter::Format::new().set_num_format_index(20);
    for sheet in sheets {
        let range = book.worksheet_range(&sheet.name).unwrap();
        let ws = match saved {
            Saved::Excel => out.add_worksheet(),
            Saved::Wps => out.add_worksheet_with_constant_memory().unwrap(),
        };
        ws.set_name(&sheet.name).unwrap();
        ws.set_hidden(sheet.visible != SheetVisible::Visible);
        let (top, left) = range.start().unwrap_or((0, 0));
        for (r, row) in range.rows().enumerate() {
            let r = top + r as u32;
            let this_day = matches!(&row[0], Data::DateTime(d) if d.as_datetime().unwrap().date().to_string() == day);
            let filled_in = sheet.name == "填报" && this_day;
            for (c, cell) in row.iter().enumerate() {
                let c = (left as usize + c) as u16;
                // The columns of start, end and issues are the clerk's on a filled line.
                if filled_in && [3, 4, 6].contains(&c) {
                    continue;
                }
                match cell {
                    Data::String(s) => ws.write_string(r, c, s).map(|_| ()).unwrap(),
                    Data::Float(f) => ws.write_number(r, c, *f).map(|_| ()).unwrap(),
                    Data::DateTime(d) => {
                        let day = d.as_datetime().unwrap().date();
                        let cell = ExcelDateTime::parse_from_str(&day.to_string()).unwrap();
                        ws.write_datetime_with_format(r, c, &cell, &date_format)
                            .map(|_| ())
                            .unwrap()
                    }
                    _ => {}
                }
            }
            if filled_in {
                match saved {
                    Saved::Excel => {
                        ws.write_string(r, 3, "08:00").unwrap();
                        ws.write_string(r, 4, "09:30").unwrap();
                    }
                    Saved::Wps => {
                        ws.write_number_with_format(r, 3, 8.0 / 24.0, &time_format)
                            .unwrap();
                        ws.write_number_with_format(r, 4, 9.5 / 24.0, &time_format)
                            .unwrap();
                    }
                }
                ws.write_number(r, 6, 0.0).unwrap();
            }
        }
    }
    out.save(filled).unwrap();
}

fn sheet_xml(path: &Path, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// `grid template patrol --grid W1-V01 --month 2026-11` into `path`.
fn patrol_template(town: &Town, path: &Path) {
    let made = run(
        town,
        &[
            "template",
            "patrol",
            "--grid",
            "W1-V01",
            "--month",
            "2026-11",
            "-o",
            path.to_str().unwrap(),
        ],
    );
    assert_eq!(made.code, 0, "{made:?}");
}

#[test]
fn a_filled_patrol_template_imports_and_the_town_checks_clean() {
    let town = Town::copy();
    let template = town.path().join("模板.xlsx");
    patrol_template(&town, &template);
    let filled = town.path().join("已填.xlsx");
    fill(&template, &filled, "2026-11-24", Saved::Excel);
    imports_as_filled(&town, &filled);
}

/// Imports `filled` (the patrol template of W1-V01 with the lines of 2026-11-24 filled) into
/// `town`, and asserts that exactly those eight patrols land, that the town checks clean and
/// that the same file again adds nothing.
fn imports_as_filled(town: &Town, filled: &Path) {
    let before = town.read("patrols/2026-11.csv");
    let imported = run(town, &["import", filled.to_str().unwrap()]);
    assert_eq!(imported.code, 0, "{imported:?}");
    // Only the filled lines land; the prefilled lines of the other days are not patrols.
    assert!(
        imported
            .stdout
            .contains("read 8, added 8, already there 0, rejected 0"),
        "{}",
        imported.stdout
    );
    let added: Vec<String> = town
        .read("patrols/2026-11.csv")
        .lines()
        .filter(|l| !before.contains(*l))
        .map(str::to_string)
        .collect();
    // W1-V01 has eight base members, P0044 to P0051.
    let expected: Vec<String> = (44..=51)
        .map(|n| format!("2026-11-24,W1-V01,P00{n},08:00,09:30,,0,,,,,,,"))
        .collect();
    assert_eq!(added, expected);
    // The rows already there keep their order: a diff shows only the new ones.
    let kept: String = town
        .read("patrols/2026-11.csv")
        .lines()
        .filter(|l| !expected.iter().any(|e| e == l))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(kept, before);
    let check = run(
        town,
        &["check", "--as-of", "2026-11-24", "--format", "json"],
    );
    assert_eq!(check.code, 0, "{}", check.stdout);
    assert!(
        check.json().iter().all(|v| v["severity"] != "error"),
        "{}",
        check.stdout
    );
    let again = run(town, &["import", filled.to_str().unwrap()]);
    assert!(again.stdout.contains("imported before"), "{}", again.stdout);
}

#[test]
fn a_template_saved_by_wps_imports_without_questions() {
    let town = Town::copy();
    let template = town.path().join("模板.xlsx");
    patrol_template(&town, &template);
    let filled = town.path().join("WPS已填.xlsx");
    fill(&template, &filled, "2026-11-24", Saved::Wps);
    // The file has what sets a WPS save apart, or the test would prove nothing.
    let xml = sheet_xml(&filled, "xl/worksheets/sheet1.xml");
    assert!(xml.contains("t=\"inlineStr\""), "no inline strings");
    assert!(
        sheet_xml(&filled, "xl/styles.xml").contains("numFmtId=\"31\""),
        "no built-in Chinese date format"
    );
    imports_as_filled(&town, &filled);
}

#[test]
fn a_template_saved_again_by_libreoffice_imports_without_questions() {
    if std::process::Command::new("soffice")
        .arg("--version")
        .output()
        .is_err()
    {
        println!("SKIPPED: LibreOffice (soffice) is not installed; .ci/run installs it");
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let template = work.path().join("模板.xlsx");
    patrol_template(&Town::copy(), &template);
    let filled = work.path().join("已填.xlsx");
    fill(&template, &filled, "2026-11-24", Saved::Excel);
    let profile = format!(
        "-env:UserInstallation=file://{}",
        work.path().join("profile").display()
    );
    for format in ["xlsx", "ods"] {
        let out = work.path().join(format!("calc-{format}"));
        let converted = std::process::Command::new("soffice")
            .args([&profile, "--headless", "--convert-to", format, "--outdir"])
            .arg(&out)
            .arg(&filled)
            .output()
            .unwrap();
        let saved = out.join(format!("已填.{format}"));
        assert!(saved.is_file(), "{converted:?}");
        imports_as_filled(&Town::copy(), &saved);
    }
}

#[test]
fn the_template_has_a_line_per_member_per_day_and_drop_downs() {
    let town = Town::copy();
    let template = town.path().join("t.xlsx");
    patrol_template(&town, &template);
    let mut book = calamine::open_workbook_auto(&template).unwrap();
    let names: Vec<(String, bool)> = book
        .sheets_metadata()
        .iter()
        .map(|s| (s.name.clone(), s.visible == SheetVisible::Visible))
        .collect();
    assert_eq!(
        names,
        [
            ("填报".to_string(), true),
            ("名单".to_string(), true),
            ("填写说明".to_string(), true),
            ("grid-template-patrol".to_string(), false)
        ]
    );
    let data = book.worksheet_range("填报").unwrap();
    assert_eq!(
        data.get_value((1, 0)),
        Some(&Data::String("日期（必填）".into()))
    );
    // Eight base members, thirty days, under a title and the headings.
    assert_eq!(data.height(), 2 + 8 * 30);
    assert!(matches!(data.get_value((2, 0)), Some(Data::DateTime(_))));
    assert_eq!(data.get_value((2, 2)), Some(&Data::String("周子涵".into())));
    let xml = sheet_xml(&template, "xl/worksheets/sheet1.xml");
    for list in ["名单!$A$2", "名单!$C$2", "名单!$F$2"] {
        assert!(xml.contains(list), "no drop-down from {list}");
    }
    assert!(xml.contains(r#"type="date""#) && xml.contains(r#"type="whole""#));
}

#[test]
fn an_empty_template_of_each_kind_maps_without_questions() {
    let town = Town::copy();
    for kind in [
        "patrol",
        "sweep",
        "meeting",
        "inspection",
        "roster",
        "approval",
        "work-order",
    ] {
        let path = town.path().join(format!("{kind}.xlsx"));
        let made = run(&town, &["template", kind, "-o", path.to_str().unwrap()]);
        assert_eq!(made.code, 0, "{made:?}");
        let explained = run(&town, &["import", path.to_str().unwrap(), "--explain"]);
        assert!(
            explained
                .stdout
                .contains(&format!("[填报]: {kind} (heading row 2)")),
            "{}",
            explained.stdout
        );
        assert!(!explained.stdout.contains("[名单]"), "{}", explained.stdout);
    }
}

#[test]
fn text_that_looks_like_a_formula_is_written_as_text() {
    let town = Town::copy();
    let evil = "=HYPERLINK(\"http://x.example\",\"点击\")";
    town.replace(
        "catalog.yaml",
        "name: 矛盾纠纷\n",
        &format!("name: '{}'\n", evil.replace('\'', "''")),
    );
    let path = town.path().join("模板.xlsx");
    patrol_template(&town, &path);
    let styles = sheet_xml(&path, "xl/styles.xml");
    let xfs = styles
        .split("<cellXfs")
        .nth(1)
        .unwrap()
        .split("</cellXfs>")
        .next()
        .unwrap();
    let quoted: Vec<usize> = xfs
        .split("<xf ")
        .skip(1)
        .enumerate()
        .filter(|(_, xf)| xf.contains("quotePrefix=\"1\""))
        .map(|(i, _)| i)
        .collect();
    let shared = sheet_xml(&path, "xl/sharedStrings.xml");
    let strings: Vec<String> = shared
        .split("<si>")
        .skip(1)
        .map(|si| {
            si.split('>')
                .nth(1)
                .unwrap_or("")
                .split('<')
                .next()
                .unwrap_or("")
                .replace("&quot;", "\"")
        })
        .collect();
    let evil_index = strings
        .iter()
        .position(|s| s == evil)
        .expect("the name is written");
    let mut found = 0;
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
    let sheets: Vec<String> = (0..zip.len())
        .map(|i| zip.by_index(i).unwrap().name().unwrap().to_string())
        .filter(|n| n.starts_with("xl/worksheets/sheet"))
        .collect();
    for sheet in sheets {
        let mut xml = String::new();
        zip.by_name(&sheet)
            .unwrap()
            .read_to_string(&mut xml)
            .unwrap();
        for cell in xml.split("<c ").skip(1) {
            if cell.contains("t=\"s\"") && cell.contains(&format!("<v>{evil_index}</v>")) {
                let style: usize = cell
                    .split("s=\"")
                    .nth(1)
                    .and_then(|s| s.split('"').next())
                    .and_then(|s| s.parse().ok())
                    .unwrap_or(0);
                assert!(quoted.contains(&style), "{sheet}: {cell}");
                found += 1;
            }
        }
    }
    assert!(found > 0, "the formula-like name is in a sheet");
}

#[test]
fn each_template_has_its_own_headings_and_lists_in_chinese() {
    let town = Town::copy();
    let path = town.path().join("work-order.xlsx");
    let made = run(
        &town,
        &["template", "work-order", "-o", path.to_str().unwrap()],
    );
    assert_eq!(made.code, 0, "{made:?}");
    let mut book = calamine::open_workbook_auto(&path).unwrap();
    let form = book.worksheet_range("填报").unwrap();
    let headings: Vec<String> = form
        .rows()
        .nth(1)
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(
        headings,
        [
            "工单编号（必填）",
            "关联工单编号",
            "来电时间（必填）",
            "诉求内容",
            "问题分类（必填）",
            "所属村",
            "事发地址"
        ],
        "no heading of another kind (职务, 审批事项)"
    );
    let lists = book.worksheet_range("名单").unwrap();
    let column = |title: &str| -> Vec<String> {
        let c = lists
            .rows()
            .next()
            .unwrap()
            .iter()
            .position(|h| matches!(h, Data::String(s) if s == title))
            .unwrap();
        lists
            .rows()
            .skip(1)
            .map(|r| r[c].to_string())
            .filter(|v| !v.is_empty())
            .collect()
    };
    assert_eq!(
        column("报送方式"),
        ["微信群", "微信私聊", "电话", "手机应用", "纸质"]
    );
    assert_eq!(column("会议类型"), ["半月会议", "会商", "联席会"]);
    assert!(column("角色").contains(&"基础网格员".to_string()));
}
