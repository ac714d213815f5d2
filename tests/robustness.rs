//! Files a user can hand `grid`: other encodings load alike, and nothing — truncated, binary,
//! empty, hostile YAML — makes it panic. Each must end in a located diagnostic and exit 1.

mod util;

use util::Town;

fn gbk(text: &str) -> Vec<u8> {
    encoding_rs::GB18030.encode(text).0.into_owned()
}

#[test]
fn gbk_and_bom_rosters_load_like_utf8() {
    let plain = Town::copy();
    let expected = plain.check();
    assert_eq!(expected.code, 0);
    let roster = plain.read("roster.csv");
    assert!(roster.contains("杨金凤"));
    for bytes in [
        gbk(&roster),
        [&[0xEF, 0xBB, 0xBF][..], roster.as_bytes()].concat(),
    ] {
        let town = Town::copy();
        town.write("roster.csv", bytes);
        let run = town.check();
        assert_eq!(run.code, 0, "{}", run.stdout);
        assert_eq!(run.summary(), expected.summary());
    }
}

#[test]
fn diagnostics_in_a_gbk_file_show_its_line_in_utf8() {
    let town = Town::copy();
    let roster = town.read("roster.csv").replacen(
        "P0001,杨金凤,15133250001,QS,town_head",
        "P0001,杨金风,15133250001,QS,town_head",
        1,
    );
    town.write("roster.csv", gbk(&roster));
    let run = town.check_with(&[]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .contains("3 | P0001,杨金风,15133250001,QS,town_head"),
        "{}",
        run.stdout
    );
}

/// Every case here must produce diagnostics and exit 1, never a panic (exit 101) or abort.
fn assert_reported(town: &Town, what: &str) {
    let run = town.check();
    assert_eq!(
        run.code, 1,
        "{what}: exit {} {}{}",
        run.code, run.stdout, run.stderr
    );
    assert!(!run.stderr.contains("panicked"), "{what}: {}", run.stderr);
    assert!(!run.diagnostics().is_empty(), "{what}");
}

#[test]
fn truncated_empty_and_binary_files_are_reported() {
    let files = [
        "town.yaml",
        "catalog.yaml",
        "roster.csv",
        "grids/villages.yaml",
        "patrols/2026-11.csv",
        "cases/2026/QS-2026-0001.yaml",
        "calendar.yaml",
    ];
    for file in files {
        let original = std::fs::read(Town::copy().path().join(file)).unwrap();
        for (what, bytes) in [
            ("empty", Vec::new()),
            ("truncated", original[..original.len() / 3].to_vec()),
            (
                "binary",
                vec![0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF, 0xFE, 0x00],
            ),
            ("invalid UTF-8 and GBK", vec![0xFF; 64]),
        ] {
            let town = Town::copy();
            town.write(file, &bytes);
            let run = town.check();
            assert!(
                run.code == 1 || !run.diagnostics().is_empty(),
                "{file} {what}: exit {}\n{}{}",
                run.code,
                run.stdout,
                run.stderr
            );
            assert!(
                !run.stderr.contains("panicked"),
                "{file} {what}: {}",
                run.stderr
            );
        }
    }
}

#[test]
fn hostile_yaml_is_reported_not_obeyed() {
    let bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n";
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let deep_block: String = (0..5000)
        .map(|i| format!("{}k{i}:\n", " ".repeat(i)))
        .collect();
    for (file, text) in [
        ("calendar.yaml", bomb.to_string()),
        ("town.yaml", bomb.to_string()),
        ("cases/2026/QS-2026-0001.yaml", bomb.to_string()),
        ("calendar.yaml", deep.clone()),
        ("cases/2026/QS-2026-0001.yaml", deep),
        ("grids/villages.yaml", deep_block),
        ("town.yaml", "code: '1'\n\tname: x\n".to_string()),
        (
            "calendar.yaml",
            "2026: {holidays: []}\n2026: {holidays: []}\n".to_string(),
        ),
        (
            "calendar.yaml",
            "{2026: {holidays: []}, 2026: {workdays: []}}\n".to_string(),
        ),
        (
            "catalog.yaml",
            "---\nclasses: []\n---\nclasses: []\n".to_string(),
        ),
        ("enforcement.yaml", "groups: *nowhere\n".to_string()),
    ] {
        let town = Town::copy();
        town.write(file, &text);
        assert_reported(&town, &format!("{file}: {}", &text[..text.len().min(40)]));
    }
}

#[test]
fn duplicate_keys_in_flow_style_are_errors_not_last_wins() {
    let town = Town::copy();
    town.write(
        "calendar.yaml",
        "{2026: {holidays: [2026-10-01]}, 2026: {holidays: []}}\n",
    );
    let run = town.check();
    assert_eq!(run.code, 1);
    let codes: Vec<String> = run.diagnostics().into_iter().map(|d| d.code).collect();
    assert_eq!(codes, vec!["E0105"]);
}

#[test]
fn huge_csv_fields_and_odd_quotes_are_survived() {
    let town = Town::copy();
    let text = town.read("sweeps/2026-11.csv");
    let long = "x".repeat(1_000_000);
    town.write(
        "sweeps/2026-11.csv",
        format!("{text}2026-11-15,W1-V01,P0042,,,,,{long}\n2026-11-15,\"W1-V02,P0089,,,,,\n"),
    );
    assert_reported(&town, "odd quotes");
}
