//! The same flags everywhere (docs/COMMANDS.md): every JSON stream ends with its summary,
//! `--grid` keeps a grid and what lies under it, a reversed period is refused, every command
//! that reads the town takes `--as-of`, and every CSV carries the mark Excel needs.

mod util;

use util::{Run, grid};

fn example(args: &[&str]) -> Run {
    let mut all = args.to_vec();
    all.extend(["--repo", "example-town"]);
    grid(&all)
}

#[test]
fn every_json_stream_ends_with_its_summary() {
    for command in [
        &["check"][..],
        &["duties"],
        &["findings"],
        &["score"],
        &["case", "list"],
        &["audit"],
    ] {
        let mut args = command.to_vec();
        args.extend(["--format", "json", "--as-of", "2026-11-24"]);
        let run = example(&args);
        // `audit` outside a git repository refuses to run; the rest run.
        if command == ["audit"] && run.code == 2 {
            continue;
        }
        let last = run
            .json()
            .pop()
            .unwrap_or_else(|| panic!("{command:?}: no output"));
        assert_eq!(last["type"], "summary", "{command:?}: {last}");
    }
    let duties = example(&["duties", "--format", "json", "--as-of", "2026-11-24"]);
    assert!(duties.items().len() > 100);
}

#[test]
fn every_csv_begins_with_the_mark_excel_needs_and_reads_back() {
    let out = tempfile::tempdir().unwrap();
    let workbook = out.path().join("m.xlsx");
    for command in [
        &["check"][..],
        &["duties"],
        &["findings"],
        &["score"],
        &["case", "list"],
        &["report", "monthly", "-o", workbook.to_str().unwrap()],
    ] {
        let mut args = command.to_vec();
        args.extend(["--format", "csv", "--as-of", "2026-11-24", "--lang", "zh"]);
        let run = example(&args);
        assert_eq!(run.code, 0, "{command:?}: {}", run.stderr);
        assert!(run.stdout.starts_with('\u{feff}'), "{command:?}: no BOM");
        assert_eq!(run.stdout.matches('\u{feff}').count(), 1, "{command:?}");
        // A program reads it as utf-8-sig: the csv crate drops the mark from the first heading.
        let mut reader = csv::Reader::from_reader(run.stdout.as_bytes());
        let first = reader.headers().unwrap().get(0).unwrap().to_string();
        assert!(
            !first.starts_with('\u{feff}') && !first.is_empty(),
            "{command:?}: {first:?}"
        );
    }
}

#[test]
fn grid_keeps_a_grid_and_what_lies_under_it() {
    let score = example(&[
        "score",
        "--format",
        "json",
        "--as-of",
        "2026-11-24",
        "--grid",
        "W1",
    ]);
    let ids: Vec<String> = score
        .items()
        .iter()
        .filter_map(|v| v["id"].as_str().map(str::to_string))
        .collect();
    assert!(!ids.is_empty());
    assert!(
        ids.iter().all(|id| id == "W1" || id.starts_with("W1-")),
        "{ids:?}"
    );
    assert!(ids.contains(&"W1".to_string()) && ids.contains(&"W1-V01".to_string()));
    let whole = example(&["score", "--format", "json", "--as-of", "2026-11-24"]);
    let rank = |run: &Run| {
        run.items()
            .into_iter()
            .find(|v| v["id"] == "W1-V01")
            .unwrap()["rank"]
            .clone()
    };
    assert_eq!(rank(&score), rank(&whole), "ranks stay the town's");

    let findings = example(&[
        "findings",
        "--format",
        "json",
        "--as-of",
        "2026-11-30",
        "--grid",
        "W2",
    ]);
    let items = findings.items();
    assert!(!items.is_empty());
    assert!(
        items
            .iter()
            .all(|f| f["grid"].as_str().unwrap().starts_with("W2-")),
        "{items:?}"
    );
    for command in [
        &["findings"][..],
        &["score"],
        &["duties"],
        &["case", "list"],
    ] {
        let mut args = command.to_vec();
        args.extend(["--grid", "X9"]);
        let run = example(&args);
        assert_eq!(run.code, 2, "{command:?}");
        assert!(
            run.stderr.contains("unknown grid: X9"),
            "{command:?}: {}",
            run.stderr
        );
    }
}

#[test]
fn a_reversed_period_is_refused() {
    for command in [
        &["duties", "--from", "2026-11-15", "--to", "2026-11-01"][..],
        &["findings", "2026-11-15..2026-11-01"],
        &["score", "2026-11-15..2026-11-01"],
        &["findings", "--from", "2026-11-15", "--to", "2026-11-01"],
        &["duties", "2026-11-15..2026-11-01"],
        &["report", "assessment", "2026-11-15..2026-11-01"], // refused before writing
    ] {
        let run = example(command);
        assert_eq!(run.code, 2, "{command:?}: {}", run.stdout);
        assert!(
            run.stderr.contains("2026-11-15 is after") && run.stderr.contains("2026-11-01"),
            "{command:?}: {}",
            run.stderr
        );
    }
}

/// One period syntax: the positional word, `--month`/`--quarter`/`--week` and `--from`/`--to`
/// name the same days and give the same output.
#[test]
fn every_spelling_of_a_period_gives_the_same_output() {
    // A copy: reports write their workbook into the repository.
    let town = util::Town::copy();
    let json = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend(["--as-of", "2026-11-24", "--format", "json"]);
        all.extend(["--repo", town.path().to_str().unwrap()]);
        let run = grid(&all);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        run.stdout
    };
    let groups: [&[&[&str]]; 4] = [
        &[
            &["duties", "2026-11"],
            &["duties", "--month", "2026-11"],
            &["duties", "--from", "2026-11-01", "--to", "2026-11-30"],
            &["duties", "2026-11-01..2026-11-30"],
        ],
        &[
            &["report", "quarterly", "2026-Q4"],
            &["report", "quarterly", "--quarter", "2026-Q4"],
        ],
        &[
            &["report", "weekly", "2026-W47"],
            &["report", "weekly", "--week", "2026-W47"],
        ],
        &[
            &["score", "2026-Q4"],
            &["score", "--quarter", "2026-Q4"],
            &["score", "--from", "2026-10-01", "--to", "2026-12-31"],
        ],
    ];
    for group in groups {
        let first = json(group[0]);
        assert!(first.len() > 200, "{:?}: {first}", group[0]);
        for other in &group[1..] {
            assert_eq!(json(other), first, "{other:?} differs from {:?}", group[0]);
        }
    }
    // Without a period, duties run from the first day of the half month to the as-of day.
    assert_eq!(
        json(&["duties"]),
        json(&["duties", "2026-11-16..2026-11-24"])
    );
}

#[test]
fn every_command_that_reads_the_town_takes_as_of() {
    let out = tempfile::tempdir().unwrap();
    let board = out.path().join("board.html");
    let board = board.to_str().unwrap();
    for command in [
        &["check"][..],
        &["duties"],
        &["findings"],
        &["score"],
        &["case", "list"],
        &["case", "show", "QS-2026-0001"],
        &["board", "-o", board],
    ] {
        let mut args = command.to_vec();
        args.extend(["--as-of", "2026-11-24 08:00"]);
        let run = example(&args);
        assert!(
            run.code == 0 || run.code == 1,
            "{command:?}: {}",
            run.stderr
        );
    }
    for command in [&["audit"][..], &["log", "QS-2026-0001"]] {
        let mut args = command.to_vec();
        args.extend(["--as-of", "2026-11-24"]);
        let run = example(&args);
        assert!(
            !run.stderr.contains("unexpected argument"),
            "{command:?}: {}",
            run.stderr
        );
    }
}
