//! A newcomer's first hour: what a clerk installing and starting `grid` meets — version,
//! completions, man pages, `--repo`, reports kept out of git, files saved on Windows.

mod util;

use std::path::Path;
use std::process::Command;

use util::{Town, grid};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Whether a program runs here; when it does not, says plainly that the test is skipped.
fn have(program: &str, test: &str) -> bool {
    let found = Command::new(program).arg("--version").output().is_ok();
    if !found {
        eprintln!("SKIPPED {test}: `{program}` is not installed (.ci/run installs it)");
    }
    found
}

#[test]
fn version_names_the_release_commit_and_date() {
    let run = grid(&["--version"]);
    assert_eq!(run.code, 0);
    let line = run.stdout.trim();
    let release = format!("grid {}", env!("CARGO_PKG_VERSION"));
    let stamp = line
        .strip_prefix(&release)
        .unwrap_or_else(|| panic!("{line}"));
    let head = Command::new("git")
        .args(["log", "-1", "--format=%h %cs", "--abbrev=9"])
        .current_dir(root())
        .output();
    match head {
        Ok(out) if out.status.success() => {
            let head = String::from_utf8_lossy(&out.stdout).trim().to_string();
            assert_eq!(stamp, format!(" ({head})"), "{line}");
        }
        _ => assert_eq!(stamp, "", "built outside git: {line}"),
    }
}

#[test]
fn completions_never_offer_the_hidden_commands() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let run = grid(&["completions", shell]);
        assert_eq!(run.code, 0, "{shell}: {}", run.stderr);
        for hidden in ["synth", "generate-files"] {
            assert!(!run.stdout.contains(hidden), "{shell} offers {hidden}");
        }
        assert!(run.stdout.contains("withdraw-disclosure"), "{shell}");
    }
    let help = grid(&["--help"]);
    assert!(!help.stdout.contains("synth"), "{}", help.stdout);
    // The developers' commands still run, with their own errors.
    let dev = grid(&["synth", "--villages", "x", "--out", "/nonexistent"]);
    assert_eq!(dev.code, 2, "{}", dev.stderr);
    assert!(dev.stderr.contains("--villages"), "{}", dev.stderr);
}

#[test]
fn fish_offers_languages_not_file_names_after_lang() {
    if !have("fish", "fish_offers_languages_not_file_names_after_lang") {
        return;
    }
    let script = root().join("completions/grid.fish");
    for line in ["grid --lang ", "grid check --lang "] {
        let out = Command::new("fish")
            .arg("-c")
            .arg(format!(
                "source '{}'; complete -C '{line}'",
                script.display()
            ))
            .current_dir(root())
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        let mut offered: Vec<&str> = text
            .lines()
            .map(|l| l.split('\t').next().unwrap_or(""))
            .collect();
        offered.sort();
        assert_eq!(offered, ["en", "zh"], "after `{line}`: {text}");
    }
}

#[test]
fn man_pages_ship_every_page_they_name_and_the_sections_a_manual_has() {
    let dir = root().join("completions/man");
    let mut pages: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    pages.sort();
    assert!(pages.len() > 30, "{pages:?}");
    for page in &pages {
        let text = std::fs::read_to_string(dir.join(page)).unwrap();
        let mut rest = text.as_str();
        while let Some(at) = rest.find("(1)") {
            let name: String = rest[..at]
                .chars()
                .rev()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '\\')
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect::<String>()
                .replace("\\-", "-");
            if name.starts_with("grid") {
                assert!(
                    pages.contains(&format!("{name}.1")),
                    "{page} refers to {name}(1), which does not ship"
                );
            }
            rest = &rest[at + 3..];
        }
        assert!(!text.contains("synth"), "{page}");
    }
    let main = std::fs::read_to_string(dir.join("grid.1")).unwrap();
    for section in [
        ".SH NAME",
        ".SH SYNOPSIS",
        ".SH \"EXIT STATUS\"",
        ".SH ENVIRONMENT",
        ".SH EXAMPLES",
    ] {
        assert!(main.contains(section), "grid.1 lacks {section}");
    }
    for variable in [
        "GRID_REPO",
        "GRID_LANG",
        "LANG",
        "NO_COLOR",
        "CLICOLOR_FORCE",
    ] {
        assert!(
            main.contains(variable),
            "grid.1 does not explain {variable}"
        );
    }
    let name = main
        .lines()
        .skip_while(|l| *l != ".SH NAME")
        .nth(1)
        .unwrap();
    let about = name
        .strip_prefix("grid \\- ")
        .unwrap_or_else(|| panic!("{name}"));
    assert!(!about.starts_with("grid"), "NAME repeats itself: {name}");
}

#[test]
fn repo_given_as_a_subfolder_finds_the_town_above_it() {
    let run = grid(&[
        "check",
        "--repo",
        "example-town/patrols",
        "--as-of",
        "2026-11-24",
        "--format",
        "json",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.summary()["errors"], 0);
    let none = grid(&["check", "--repo", "tests/fixtures"]);
    assert_eq!(none.code, 2);
    assert!(none.stderr.contains("town.yaml"), "{}", none.stderr);
}

#[test]
fn reports_are_ignored_by_git_in_any_town_repository() {
    let town = Town::copy();
    // A town repository made by hand: no .gitignore of grid's.
    std::fs::remove_file(town.path().join(".gitignore")).unwrap();
    town.git(&["init", "-q"]);
    town.git(&["add", "."]);
    town.git(&["commit", "-q", "-m", "town"]);
    for kind in ["monthly", "disclosure"] {
        let run = util::grid_in(
            town.path(),
            &[
                "report",
                kind,
                "--month",
                "2026-11",
                "--as-of",
                "2026-11-30",
            ],
        );
        assert_eq!(run.code, 0, "{kind}: {}", run.stderr);
    }
    assert!(town.path().join("报表").read_dir().unwrap().count() >= 4);
    let status = town.git(&["status", "--porcelain", "--untracked-files=all"]);
    assert_eq!(status, "", "reports show in git status");
    // The project's own checkout ignores reports written into example-town.
    let ignored = Command::new("git")
        .args(["check-ignore", "-q", "example-town/报表/2026-11.xlsx"])
        .current_dir(root())
        .status();
    if let Ok(status) = ignored {
        assert!(status.success() || status.code() == Some(128), "{status}");
    }
}

#[test]
fn disclosure_csv_opens_in_excel_with_its_chinese_intact() {
    let town = Town::copy();
    let run = util::grid_in(
        town.path(),
        &[
            "report",
            "disclosure",
            "--month",
            "2026-11",
            "-o",
            "公示.xlsx",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let bytes = std::fs::read(town.path().join("公示.csv")).unwrap();
    assert!(bytes.starts_with("\u{feff}".as_bytes()), "no BOM");
}

#[test]
fn record_files_saved_with_upper_case_extensions_are_read() {
    let town = Town::copy();
    let before = town.check().summary();
    std::fs::rename(
        town.path().join("patrols/2026-11.csv"),
        town.path().join("patrols/2026-11.CSV"),
    )
    .unwrap();
    let case = std::fs::read_dir(town.path().join("cases/2026"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .next()
        .unwrap();
    std::fs::rename(&case, case.with_extension("YAML")).unwrap();
    let after = town.check();
    assert_eq!(after.summary(), before, "{}", after.stdout);
    assert!(after.diagnostics().is_empty(), "{:?}", after.diagnostics());
}

fn row_validator(kind: &str) -> jsonschema::Validator {
    let path = root().join(format!("schemas/{kind}-row.schema.json"));
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

/// Every row of a CSV file as a JSON object of its cells.
fn rows_of(path: &Path) -> Vec<serde_json::Value> {
    let mut reader = csv::Reader::from_path(path).unwrap();
    let headers = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|record| {
            let record = record.unwrap();
            serde_json::Value::Object(
                headers
                    .iter()
                    .zip(record.iter())
                    .map(|(h, v)| (h.to_string(), serde_json::Value::from(v)))
                    .collect(),
            )
        })
        .collect()
}

#[test]
fn row_schemas_accept_every_example_row_and_refuse_what_the_loader_refuses() {
    let town = util::example_town();
    let mut checked = 0;
    for (kind, folder) in [
        ("roster", ""),
        ("patrol", "patrols"),
        ("sweep", "sweeps"),
        ("meeting", "meetings"),
        ("inspection", "inspections"),
        ("approval", "approvals"),
    ] {
        let validator = row_validator(kind);
        let files: Vec<_> = if folder.is_empty() {
            vec![town.join("roster.csv")]
        } else {
            std::fs::read_dir(town.join(folder))
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect()
        };
        for file in files {
            for (i, row) in rows_of(&file).iter().enumerate() {
                let errors: Vec<String> =
                    validator.iter_errors(row).map(|e| e.to_string()).collect();
                assert!(
                    errors.is_empty(),
                    "{}:{}: {errors:?}",
                    file.display(),
                    i + 2
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 10_000, "{checked}");
    let patrol = row_validator("patrol");
    let good = serde_json::json!({"date": "2026-11-02", "grid": "W1-V01", "member": "P0042"});
    assert!(patrol.is_valid(&good));
    for (bad, why) in [
        (
            serde_json::json!({"date": "banana", "issues": "many"}),
            "no grid or member, a date and count that are not",
        ),
        (
            serde_json::json!({"date": "2026-11-02", "grid": "W1-V01"}),
            "no member",
        ),
        (
            serde_json::json!({"date": "2026-11-02", "grid": "W1-V01", "member": ""}),
            "empty member",
        ),
        (
            serde_json::json!({"date": "2026-11-02", "grid": "W1-V01", "member": "P0042", "start": "25:00"}),
            "no such time",
        ),
        (
            serde_json::json!({"date": "2026-11-02", "grid": "W1-V01", "member": "P0042", "channel": "wechat"}),
            "not a channel",
        ),
        (
            serde_json::json!({"date": "2026-11-02", "grid": "W1-V01", "member": "P0042", "colour": "red"}),
            "unknown column",
        ),
        (
            serde_json::json!({"date": "1900-01-01", "grid": "W1-V01", "member": "P0042"}),
            "year out of range",
        ),
    ] {
        assert!(!patrol.is_valid(&bad), "accepted ({why}): {bad}");
    }
    let roster = row_validator("roster");
    let row = serde_json::json!({"person": "P1", "name": "王", "grid": "QS", "role": "mayor"});
    assert!(!roster.is_valid(&row), "a role that does not exist");
}

#[test]
fn a_report_held_open_in_excel_is_retried_then_the_clerk_is_told_what_to_close() {
    let town = Town::copy();
    let args = [
        "report",
        "monthly",
        "--month",
        "2026-11",
        "-o",
        "十一月.xlsx",
    ];
    let brief = util::grid_env(town.path(), &args, &[("GRID_FAULT_HELD_OPEN", "3")]);
    assert_eq!(brief.code, 0, "{}", brief.stderr);
    let first = std::fs::read(town.path().join("十一月.xlsx")).unwrap();
    for (lang, says) in [
        ("en", "close it in Excel or WPS and run again"),
        ("zh", "请先在 Excel 或 WPS 中关闭 十一月.xlsx，然后重新运行"),
    ] {
        let held = util::grid_env(
            town.path(),
            &args,
            &[("GRID_FAULT_HELD_OPEN", "100"), ("GRID_LANG", lang)],
        );
        assert_eq!(held.code, 2, "{}", held.stderr);
        assert!(held.stderr.contains(says), "{lang}: {}", held.stderr);
        assert!(!held.stderr.contains("os error"), "{}", held.stderr);
        assert_eq!(
            std::fs::read(town.path().join("十一月.xlsx")).unwrap(),
            first
        );
    }
    let leftovers: Vec<_> = std::fs::read_dir(town.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".grid-tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// The widest line of `text` in terminal columns (CJK characters are two).
fn widest(text: &str) -> usize {
    use unicode_width::UnicodeWidthStr;
    text.lines().map(UnicodeWidthStr::width).max().unwrap_or(0)
}

#[test]
fn tables_fit_the_terminal_width() {
    let town = util::example_town();
    let repo = town.to_str().unwrap();
    for args in [
        &["check", "--repo", repo, "--as-of", "2026-11-24", "--all"][..],
        &[
            "check",
            "--repo",
            repo,
            "--as-of",
            "2026-11-24",
            "--by",
            "grid",
        ],
        &[
            "duties",
            "--repo",
            repo,
            "--as-of",
            "2026-11-24",
            "--from",
            "2026-11-20",
        ],
        &["score", "--repo", repo, "--month", "2026-11"],
        &["findings", "--repo", repo, "--month", "2026-11"],
        &["case", "list", "--repo", repo, "--as-of", "2026-11-24"],
    ] {
        let wide = util::grid_env(root(), args, &[("GRID_LANG", "zh")]);
        assert!(widest(&wide.stdout) > 80, "{args:?} is narrow anyway");
        let run = util::grid_env(root(), args, &[("COLUMNS", "80"), ("GRID_LANG", "zh")]);
        assert!(widest(&run.stdout) <= 80, "{args:?}:\n{}", run.stdout);
    }
}

#[test]
fn clicolor_force_colours_a_pipe_and_no_color_still_wins() {
    let args = ["check", "--repo", "example-town", "--as-of", "2026-11-24"];
    let plain = util::grid_env(root(), &args, &[("NO_COLOR", "")]);
    assert!(!plain.stdout.contains('\x1b'), "a pipe is not coloured");
    let forced = util::grid_env(root(), &args, &[("NO_COLOR", ""), ("CLICOLOR_FORCE", "1")]);
    assert!(forced.stdout.contains("\x1b["), "CLICOLOR_FORCE=1 colours");
    let zero = util::grid_env(root(), &args, &[("NO_COLOR", ""), ("CLICOLOR_FORCE", "0")]);
    assert!(!zero.stdout.contains('\x1b'), "CLICOLOR_FORCE=0 does not");
    let both = util::grid_env(root(), &args, &[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")]);
    assert!(!both.stdout.contains('\x1b'), "NO_COLOR wins");
    let flag = util::grid_env(
        root(),
        &[
            "--no-color",
            "check",
            "--repo",
            "example-town",
            "--as-of",
            "2026-11-24",
        ],
        &[("NO_COLOR", ""), ("CLICOLOR_FORCE", "1")],
    );
    assert!(!flag.stdout.contains('\x1b'), "--no-color wins");
}

#[test]
fn an_import_adds_to_the_month_file_saved_as_upper_case_csv() {
    let town = Town::copy();
    std::fs::rename(
        town.path().join("patrols/2026-11.csv"),
        town.path().join("patrols/2026-11.CSV"),
    )
    .unwrap();
    let before = town.read("patrols/2026-11.CSV").lines().count();
    let source = tempfile::tempdir().unwrap();
    let path = source.path().join("巡查.csv");
    std::fs::write(
        &path,
        "date,grid,member,start,end\n2026-11-30,W1-V01,P0044,08:00,09:00\n",
    )
    .unwrap();
    let run = util::grid_in(town.path(), &["import", path.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        !town.path().join("patrols/2026-11.csv").exists(),
        "a second file for the month"
    );
    assert_eq!(town.read("patrols/2026-11.CSV").lines().count(), before + 1);
}
