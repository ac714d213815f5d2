//! Do no harm: hostile spreadsheets are refused quickly with their cell, stray bytes are
//! located instead of reinterpreted, a file is never rewritten (only lines are inserted), and
//! an unbalanced quote does not swallow a file.

mod util;

#[path = "util/hostile.rs"]
mod hostile;

use std::time::Instant;

use chrono::Datelike;

use util::{Run, Town, grid};

fn import(town: &Town, file: &std::path::Path) -> Run {
    grid(&[
        "import",
        file.to_str().unwrap(),
        "--repo",
        town.path().to_str().unwrap(),
        "--year",
        "2026",
    ])
}

/// Imports a village's CSV register of `W1-V01` holding `bytes`.
fn import_register(town: &Town, bytes: impl AsRef<[u8]>) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("登记表.csv");
    std::fs::write(&path, bytes).unwrap();
    grid(&[
        "import",
        path.to_str().unwrap(),
        "--grid",
        "W1-V01",
        "--repo",
        town.path().to_str().unwrap(),
    ])
}

/// Imports `file` into a copy of example-town and asserts it is refused quickly, naming
/// `expected`, with nothing written.
fn refused(file: &std::path::Path, expected: &str) {
    let town = Town::copy();
    let before = town.read("patrols/2026-11.csv");
    let started = Instant::now();
    let run = import(&town, file);
    assert!(
        started.elapsed().as_secs_f64() < 5.0,
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains(expected),
        "{}{}",
        run.stdout,
        run.stderr
    );
    assert_eq!(town.read("patrols/2026-11.csv"), before);
}

#[test]
fn a_shared_string_used_by_thousands_of_cells_is_refused_at_its_first_cell() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("bomb.xlsx");
    hostile::xlsx_shared_string(&xlsx, 1 << 20, 4096);
    assert!(std::fs::metadata(&xlsx).unwrap().len() < 40_000);
    refused(&xlsx, "A1: a cell of 1048576 characters");
    let xls = dir.path().join("bomb.xls");
    hostile::xls_shared_string(&xls, 32_000, 1000, 99);
    refused(&xls, "A1: a cell of 32000 characters");
    let ods = dir.path().join("bomb.ods");
    hostile::ods_repeated_text(&ods, 1 << 20, 99, 1000);
    assert!(std::fs::metadata(&ods).unwrap().len() < 40_000);
    refused(&ods, "A1: a cell of 1048576 characters");
}

#[test]
fn short_texts_repeated_past_the_total_bound_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let xls = dir.path().join("many.xls");
    hostile::xls_shared_string(&xls, 3_000, 1000, 99);
    refused(&xls, "MB of text: refused");
    let ods = dir.path().join("many.ods");
    hostile::ods_repeated_text(&ods, 3_000, 99, 1000);
    refused(&ods, "MB of text: refused");
}

#[test]
fn an_encrypted_workbook_is_called_encrypted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("加密.xlsx");
    hostile::encrypted_xlsx(&path);
    refused(&path, "password");
}

#[test]
fn a_utf16_csv_imports_like_utf8() {
    let town = Town::copy();
    let text = "巡查日期,网格员,开始时间,结束时间,发现问题数\n2026-11-24,P0044,08:30,09:40,0\n";
    let mut bytes = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    let run = import_register(&town, bytes);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        town.read("patrols/2026-11.csv")
            .contains("2026-11-24,W1-V01,P0044,08:30,09:40")
    );
}

#[test]
fn an_unbalanced_quote_is_an_error_at_its_line() {
    let town = Town::copy();
    let mut text = String::from("巡查日期,网格员,开始时间,结束时间,发现问题数,备注\n");
    text.push_str("2026-11-24,P0044,08:30,09:40,0,\"村口\n");
    for day in 1..=9 {
        for member in 44..=46 {
            text.push_str(&format!("2026-11-0{day},P00{member},08:00,09:00,0,正常\n"));
        }
    }
    let before = town.read("patrols/2026-11.csv");
    let run = import_register(&town, text);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        run.stdout
            .contains("line 2, column 32: a quote opens a field here and is never closed"),
        "{}",
        run.stdout
    );
    assert_eq!(town.read("patrols/2026-11.csv"), before);
}

/// Puts two stray bytes into the note of a row of `file`; returns the line and column.
fn stray_bytes(town: &Town, file: &str) -> (u64, u64) {
    let text = town.read(file);
    let line = text.lines().nth(5).unwrap();
    let column = line.chars().count() + 1;
    let mut bytes = Vec::new();
    for (i, l) in text.lines().enumerate() {
        bytes.extend_from_slice(l.as_bytes());
        if i == 5 {
            bytes.extend_from_slice(b"\xff\xfe");
        }
        bytes.push(b'\n');
    }
    town.write(file, bytes);
    (6, column as u64)
}

#[test]
fn stray_bytes_are_an_error_where_they_are_and_no_import_rewrites_the_file() {
    for file in ["patrols/2026-11.csv", "roster.csv"] {
        let town = Town::copy();
        let (line, column) = stray_bytes(&town, file);
        let before = std::fs::read(town.path().join(file)).unwrap();
        let diags = town.check().diagnostics();
        assert!(
            diags.iter().any(|d| d.code == "E0006"
                && d.file == file
                && d.line == line
                && d.column == column),
            "{diags:#?}"
        );
        let run = import_register(
            &town,
            "巡查日期,网格员,开始时间,结束时间,发现问题数\n2026-11-24,P0044,08:30,09:40,0\n",
        );
        assert_ne!(run.code, 0, "{}", run.stdout);
        assert_eq!(
            std::fs::read(town.path().join(file)).unwrap(),
            before,
            "{file} was rewritten"
        );
    }
}

#[test]
fn an_import_inserts_lines_and_keeps_every_other_byte() {
    let town = Town::copy();
    let file = "patrols/2026-11.csv";
    let lf = town.read(file);
    let crlf = lf.replace('\n', "\r\n");
    let (gbk, _, _) = encoding_rs::GB18030.encode(&crlf);
    town.write(file, gbk.as_ref());
    assert!(
        town.check().diagnostics().is_empty(),
        "{:#?}",
        town.check().diagnostics()
    );
    let run = import_register(
        &town,
        "巡查日期,网格员,开始时间,结束时间,发现问题数,备注\n2026-11-24,P0044,08:30,09:40,0,村口垃圾\n",
    );
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let after = std::fs::read(town.path().join(file)).unwrap();
    let (text, _, bad) = encoding_rs::GB18030.decode(&after);
    assert!(!bad, "still GB18030");
    let old: Vec<&str> = crlf.split_inclusive("\r\n").collect();
    let new: Vec<&str> = text.split_inclusive("\r\n").collect();
    assert_eq!(new.len(), old.len() + 1);
    let added: Vec<&&str> = new.iter().filter(|l| !old.contains(l)).collect();
    assert_eq!(added.len(), 1, "{added:?}");
    assert!(
        added[0].starts_with("2026-11-24,W1-V01,P0044,08:30,09:40,")
            && added[0].contains(",村口垃圾,")
            && added[0].ends_with("\r\n"),
        "{added:?}"
    );
    let without: Vec<&&str> = new.iter().filter(|l| *l != added[0]).collect();
    assert!(
        without.iter().zip(&old).all(|(a, b)| **a == *b),
        "old lines keep their order"
    );
    let kept: Vec<&&str> = new.iter().filter(|l| old.contains(l)).collect();
    assert_eq!(
        kept.len(),
        old.len(),
        "every old line is still there, byte for byte"
    );
    assert!(
        town.check().diagnostics().is_empty(),
        "{:#?}",
        town.check().diagnostics()
    );
}

/// Runs every reading command on the town; none may panic or run away.
fn every_command_survives(town: &Town) {
    let repo = town.path().to_str().unwrap();
    for args in [
        vec!["check", "--as-of", "2026-11-24"],
        vec!["duties", "--from", "2026-11-01", "--to", "2026-11-24"],
        vec!["findings", "--month", "2026-11"],
        vec!["score", "--month", "2026-11", "--as-of", "2026-11-24"],
        vec!["case", "list"],
    ] {
        let mut all = args.clone();
        all.extend_from_slice(&["--repo", repo]);
        let started = Instant::now();
        let run = grid(&all);
        assert!(
            run.code != 101 && !run.stderr.contains("panicked"),
            "{args:?}: {}",
            run.stderr
        );
        assert!(
            started.elapsed().as_secs_f64() < 10.0,
            "{args:?} took {:?}",
            started.elapsed()
        );
    }
    let out = town.path().join("w.xlsx");
    for kind in ["weekly", "disclosure", "monthly"] {
        let run = grid(&[
            "report",
            kind,
            "--repo",
            repo,
            "--as-of",
            "2026-11-24",
            "-o",
            out.to_str().unwrap(),
        ]);
        assert!(run.code != 101, "{kind}: {}", run.stderr);
    }
}

#[test]
fn huge_policy_numbers_are_located_errors_not_panics() {
    for (file, old) in [
        ("town.yaml", "response_hours: 48"),
        ("town.yaml", "within_days: 7"),
        ("town.yaml", "keep_days: 365"),
        ("town.yaml", "grace_hours: 24"),
        ("town.yaml", "remedy_hours: 48"),
        ("catalog.yaml", "accept_hours: 2\n"),
        ("catalog.yaml", "resolve_days: 5\n"),
    ] {
        let town = Town::copy();
        let key = old.split(':').next().unwrap();
        let text = town.read(file);
        let at = text.find(old).unwrap();
        let line = text[..at].matches('\n').count() as u64 + 1;
        town.write(
            file,
            text.replacen(old, &format!("{key}: 4294967295\n"), 1)
                .replace("\n\n", "\n"),
        );
        let diags = town.check().diagnostics();
        assert!(
            diags.iter().any(|d| d.code == "E0104"
                && d.file == file
                && d.line == line
                && d.message.contains("must be from 1 to")),
            "{key}: {diags:#?}"
        );
        every_command_survives(&town);
    }
}

#[test]
fn a_calendar_without_working_days_does_not_run_away() {
    let town = Town::copy();
    let mut holidays = String::from("2026:\n  holidays:\n");
    let mut day = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    while day.year() == 2026 {
        holidays.push_str(&format!("  - {day}\n"));
        day = day.succ_opt().unwrap();
    }
    holidays.push_str("  workdays: []\n");
    let header = town
        .read("calendar.yaml")
        .lines()
        .next()
        .unwrap()
        .to_string();
    town.write("calendar.yaml", format!("{header}\n{holidays}"));
    every_command_survives(&town);
}

#[test]
fn deep_wide_and_long_yaml_is_refused_or_read_in_linear_time() {
    for (name, text, expected) in [
        (
            "deep",
            "- ".repeat(15_000) + "x\n",
            Some("nested deeper than 64 levels"),
        ),
        (
            "deep flow",
            format!("a: {}{}\n", "[".repeat(15_000), "]".repeat(15_000)),
            Some("nested deeper than 64 levels"),
        ),
        (
            "wide",
            hostile::wide_yaml(40_000),
            Some("unknown field `extra`"),
        ),
        ("long", hostile::long_case(20_000), None),
    ] {
        let town = Town::copy();
        town.write("cases/2026/QS-2026-0900.yaml", &text);
        let started = Instant::now();
        let run = town.check();
        assert!(
            started.elapsed().as_secs_f64() < 5.0,
            "{name}: {:?}",
            started.elapsed()
        );
        assert_ne!(run.code, 101, "{name}: {}", run.stderr);
        let diags = run.diagnostics();
        let ours: Vec<_> = diags
            .iter()
            .filter(|d| d.file == "cases/2026/QS-2026-0900.yaml")
            .collect();
        match expected {
            Some(message) => assert!(
                ours.iter().any(|d| d.message.contains(message)),
                "{name}: {ours:#?}"
            ),
            None => assert!(ours.is_empty(), "{name}: {ours:#?}"),
        }
    }
}

#[test]
fn a_huge_value_is_refused_and_tables_stay_narrow() {
    let town = Town::copy();
    let roster = town.read("roster.csv");
    let line = roster.lines().nth(5).unwrap().to_string();
    let mut fields: Vec<&str> = line.split(',').collect();
    let name = "王".repeat(80_000);
    fields[1] = &name;
    town.write("roster.csv", roster.replacen(&line, &fields.join(","), 1));
    let run = town.check();
    assert!(
        run.diagnostics()
            .iter()
            .any(|d| d.code == "E0106" && d.file == "roster.csv" && d.line == 6),
        "{:#?}",
        run.diagnostics()
    );
    let case = town.read("cases/2026/QS-2026-0001.yaml");
    let title = case.lines().find(|l| l.starts_with("title: ")).unwrap();
    town.write(
        "cases/2026/QS-2026-0001.yaml",
        case.replacen(title, &format!("title: {}", "河".repeat(80_000)), 1),
    );
    let run = town.check_with(&["--as-of", "2026-11-24", "--format", "table"]);
    assert!(run.stdout.len() < 500_000, "{} bytes", run.stdout.len());
    assert!(
        run.stdout.lines().all(|l| l.chars().count() < 1_000),
        "a line of {} characters",
        run.stdout
            .lines()
            .map(|l| l.chars().count())
            .max()
            .unwrap_or(0)
    );
}

/// A register of `W1-V01` with one patrol row per member and day of `days` of December 2025
/// (days already past: an import refuses rows dated after today).
fn register(days: std::ops::RangeInclusive<u32>, members: std::ops::RangeInclusive<u32>) -> String {
    let mut text = String::from("巡查日期,网格员,开始时间,结束时间,发现问题数\n");
    for day in days {
        for member in members.clone() {
            text.push_str(&format!("2025-12-{day:02},P{member:04},08:00,09:00,0\n"));
        }
    }
    text
}

#[cfg(unix)]
#[test]
fn a_symlinked_folder_cannot_send_a_write_outside_the_repository() {
    let town = Town::copy();
    let outside = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(town.path().join("cases")).unwrap();
    let cases_2026 = town.path().join("cases/2026");
    let moved = town.path().join("cases-2026-real");
    std::fs::rename(&cases_2026, &moved).unwrap();
    std::os::unix::fs::symlink(outside.path(), &cases_2026).unwrap();
    for entry in std::fs::read_dir(&moved).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), outside.path().join(entry.file_name())).unwrap();
    }
    let before: Vec<_> = std::fs::read_dir(outside.path()).unwrap().collect();
    let run = grid(&[
        "case",
        "new",
        "--item",
        "WJ01",
        "--grid",
        "W1-V01",
        "--title",
        "违法搭建",
        "--reporter",
        "P0044",
        "--channel",
        "wechat_direct",
        "--reported",
        "2026-11-02 08:40",
        "--repo",
        town.path().to_str().unwrap(),
    ]);
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("is a symbolic link"), "{}", run.stderr);
    let after: Vec<_> = std::fs::read_dir(outside.path()).unwrap().collect();
    assert_eq!(before.len(), after.len(), "nothing was written outside");

    let town = Town::copy();
    let patrols = town.path().join("patrols");
    let real = town.path().join("patrols-real");
    std::fs::rename(&patrols, &real).unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), &patrols).unwrap();
    let run = import_register(&town, register(1..=1, 44..=44));
    assert_ne!(run.code, 0, "{}", run.stdout);
    assert!(
        std::fs::read_dir(elsewhere.path())
            .unwrap()
            .next()
            .is_none(),
        "nothing was written outside"
    );
}

#[test]
fn two_imports_at_once_both_land() {
    let town = Town::copy();
    let spawn = |text: String, name: &str| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_grid"))
            .args([
                "import",
                path.to_str().unwrap(),
                "--grid",
                "W1-V01",
                "--allow-dirty",
                "--repo",
            ])
            .arg(town.path())
            .env("GRID_LANG", "en")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        (dir, child)
    };
    let (_a, first) = spawn(register(1..=15, 44..=46), "a.csv");
    let (_b, second) = spawn(register(16..=31, 44..=46), "b.csv");
    for child in [first, second] {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let december = town.read("patrols/2025-12.csv");
    assert_eq!(december.lines().count(), 1 + 31 * 3, "{december}");
}

#[test]
fn a_second_writer_waits_then_names_the_first() {
    let town = Town::copy();
    let git = |args: &[&str]| {
        let ok = std::process::Command::new("git")
            .args(args)
            .current_dir(town.path())
            .output()
            .unwrap()
            .status
            .success();
        assert!(ok, "git {args:?}");
    };
    git(&["init", "-q"]);
    let lock = std::fs::File::create(town.path().join(".git/grid.lock")).unwrap();
    lock.lock().unwrap();
    std::fs::write(
        town.path().join(".git/grid.lock.holder"),
        "pid 4242, since 2026-11-30 09:00:00\n",
    )
    .unwrap();
    let before = town.read("patrols/2026-11.csv");
    let started = Instant::now();
    let run = import_register(&town, register(1..=1, 44..=44));
    assert!(
        started.elapsed().as_secs_f64() >= 4.0,
        "it waited a few seconds"
    );
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stderr
            .contains("another grid command is writing (pid 4242"),
        "{}",
        run.stderr
    );
    drop(lock);
    assert_eq!(town.read("patrols/2026-11.csv"), before);
    let run = import_register(&town, register(1..=1, 44..=44));
    assert_eq!(
        run.code, 0,
        "a lock no process holds is taken over: {}{}",
        run.stdout, run.stderr
    );
}

/// Imports two months at once (two files and the manifest) with a fault injected.
fn import_with_fault(town: &Town, fault: (&str, &str)) -> std::process::Output {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("两个月.csv");
    let mut text = register(1..=2, 44..=45);
    text.push_str("2026-11-30,P0044,08:00,09:00,0\n");
    std::fs::write(&path, text).unwrap();
    std::process::Command::new(env!("CARGO_BIN_EXE_grid"))
        .args([
            "import",
            path.to_str().unwrap(),
            "--grid",
            "W1-V01",
            "--repo",
        ])
        .arg(town.path())
        .env("GRID_LANG", "en")
        .env(fault.0, fault.1)
        .output()
        .unwrap()
}

fn snapshot(town: &Town) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    let mut dirs = vec![town.path().to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let entry = entry.unwrap();
            if entry.file_type().unwrap().is_dir() {
                dirs.push(entry.path());
            } else {
                files.push((
                    entry
                        .path()
                        .strip_prefix(town.path())
                        .unwrap()
                        .display()
                        .to_string(),
                    std::fs::read(entry.path()).unwrap(),
                ));
            }
        }
    }
    files.retain(|(name, _)| !name.starts_with(".grid.lock"));
    files.sort();
    files
}

#[test]
fn a_failure_part_way_leaves_every_file_as_it_was() {
    let town = Town::copy();
    let before = snapshot(&town);
    let out = import_with_fault(&town, ("GRID_FAULT_FAIL_RENAME", "2"));
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("injected failure"));
    assert!(
        snapshot(&town) == before,
        "every file as it was, no leftovers"
    );
}

#[test]
fn a_kill_part_way_is_undone_before_the_next_command_reads() {
    let town = Town::copy();
    let before = snapshot(&town);
    let out = import_with_fault(&town, ("GRID_FAULT_ABORT_AFTER_RENAMES", "1"));
    assert!(!out.status.success());
    assert!(
        snapshot(&town) != before,
        "killed after one of three renames"
    );
    let run = town.check();
    assert_ne!(run.code, 2, "{}", run.stderr);
    let after: Vec<_> = snapshot(&town)
        .into_iter()
        .filter(|(name, _)| !name.contains(".grid-tmp-"))
        .collect();
    assert!(after == before, "the next command put every file back");
    let run = import_register(&town, register(1..=1, 44..=44));
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        !snapshot(&town)
            .iter()
            .any(|(n, _)| n.contains(".grid-tmp-")),
        "leftovers removed"
    );
}

/// Rewrites an xlsx, applying `edit` to one of its parts.
fn patch_xlsx(path: &std::path::Path, part: &str, edit: impl Fn(String) -> String) {
    use std::io::{Read, Write};
    let bytes = std::fs::read(path).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).unwrap();
        if name == part {
            data = edit(String::from_utf8(data).unwrap()).into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&data).unwrap();
    }
    out.finish().unwrap();
}

#[test]
fn a_plain_number_is_no_date_and_the_1904_system_is_honoured() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let dir = tempfile::tempdir().unwrap();
    let general = dir.path().join("general.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    for (c, h) in ["巡查日期", "网格员", "开始时间", "结束时间"]
        .iter()
        .enumerate()
    {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    ws.write_number(1, 0, 46359.0).unwrap();
    ws.write_string(1, 1, "P0044").unwrap();
    ws.write_string(1, 2, "08:00").unwrap();
    ws.write_string(1, 3, "09:00").unwrap();
    wb.save(&general).unwrap();
    let town = Town::copy();
    let run = grid(&[
        "import",
        general.to_str().unwrap(),
        "--grid",
        "W1-V01",
        "--repo",
        town.path().to_str().unwrap(),
    ]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        run.stdout
            .contains("A2: 46359 is a plain number, not a date"),
        "{}",
        run.stdout
    );

    let dated = dir.path().join("1904.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    let day = ExcelDateTime::from_ymd(2026, 11, 24).unwrap();
    ws.write_datetime_with_format(0, 0, &day, &Format::new().set_num_format("yyyy-mm-dd"))
        .unwrap();
    wb.save(&dated).unwrap();
    patch_xlsx(&dated, "xl/workbook.xml", |xml| {
        xml.replacen("<workbookPr", "<workbookPr date1904=\"1\"", 1)
    });
    let book = grid::import::table::read(
        grid::import::sniff::Format::Xlsx,
        &std::fs::read(&dated).unwrap(),
    )
    .unwrap();
    let cell = &book.sheets[0].rows[0][0];
    assert_eq!(
        cell,
        &grid::import::table::Raw::Time(
            chrono::NaiveDate::from_ymd_opt(2030, 11, 25)
                .unwrap()
                .and_hms_opt(0, 0, 0)
                .unwrap()
        ),
        "serial 46350 in the 1904 system is four years and a day later"
    );
}

#[test]
fn files_the_fuzzer_found_are_refused_not_crashed_on() {
    // calamine slices an EXTERNSHEET record of this .xls without checking its length.
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    refused(
        &fixtures.join("fuzz-externsheet.xls"),
        "a damaged file: the spreadsheet reader could not make sense of it",
    );
}

#[test]
fn the_manifest_is_added_to_never_rewritten() {
    let town = Town::copy();
    let run = import_register(&town, register(1..=1, 44..=44));
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let manifest = town.read("imports/manifest.csv");
    let edited = manifest
        .replace("登记表.csv", "-登记表 (旧).csv")
        .replace('\n', "\r\n");
    town.write("imports/manifest.csv", &edited);
    let run = import_register(&town, register(2..=2, 44..=44));
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let after = town.read("imports/manifest.csv");
    assert!(after.starts_with(&edited), "the old bytes stay: {after}");
    assert_eq!(after.lines().count(), edited.lines().count() + 1);
    assert!(after.ends_with("\r\n") && !after.contains("'-"), "{after}");
}

#[test]
fn far_dates_neither_flood_nor_run_away() {
    let town = Town::copy();
    town.write(
        "sweeps/2026-12.csv",
        "date,grid,organizer,participants,absent,issues,cases,notes\n1001-01-01,W1-V01,P0042,P0044,,0,,\n",
    );
    let diags = town.check().diagnostics();
    assert!(
        diags
            .iter()
            .any(|d| d.file == "sweeps/2026-12.csv" && d.line == 2),
        "{diags:#?}"
    );
    assert!(
        diags.len() < 10,
        "no warning for each of a thousand years: {}",
        diags.len()
    );
    let started = Instant::now();
    let run = grid(&[
        "duties",
        "--from",
        "1970-01-01",
        "--to",
        "2099-12-31",
        "--format",
        "csv",
        "--repo",
        town.path().to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        started.elapsed().as_secs_f64() < 10.0,
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn the_text_bound_holds_for_the_whole_file_and_its_size_is_bounded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("many-sheets.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let text = hostile::filler(3_000);
    for _ in 0..25 {
        let ws = wb.add_worksheet();
        for r in 0..100 {
            for c in 0..10 {
                ws.write_string(r, c, &text).unwrap();
            }
        }
    }
    wb.save(&path).unwrap();
    refused(&path, "MB of text: refused");
    let huge = dir.path().join("huge.csv");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(65 * 1024 * 1024)
        .unwrap();
    refused(&huge, "more than the 64 MB a file may have");
}

#[test]
fn no_command_writes_a_value_the_loader_would_refuse() {
    let town = Town::copy();
    let file = "cases/2026/QS-2026-0001.yaml";
    let before = town.read(file);
    let long = "长".repeat(4_001);
    let run = grid(&[
        "case",
        "note",
        "QS-2026-0001",
        &long,
        "--by",
        "P0006",
        "--repo",
        town.path().to_str().unwrap(),
    ]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("4001 characters"), "{}", run.stderr);
    assert_eq!(town.read(file), before);
}
