//! Committed files that are generated or documented must not go stale: schemas, completions
//! and the man page; example-town, which `grid synth` writes; the documentation of every
//! diagnostic code; the README's commands.

mod util;

use std::path::{Path, PathBuf};

use util::{example_town, grid};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out.sort();
    out
}

#[test]
fn schemas_completions_and_man_page_are_fresh() {
    let generated = grid::commands::generate_files::files();
    for (relative, text) in &generated {
        let on_disk = std::fs::read_to_string(root().join(relative)).unwrap_or_default();
        assert!(
            on_disk == *text,
            "{relative} is stale: run `cargo run -- generate-files`"
        );
    }
    for dir in ["schemas", "completions"] {
        for path in files_under(&root().join(dir)) {
            let relative = path
                .strip_prefix(root())
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            assert!(
                generated.iter().any(|(r, _)| *r == relative),
                "{relative} is not generated any more"
            );
        }
    }
}

#[test]
fn example_town_is_what_the_generator_writes() {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("town");
    let run = grid(&[
        "synth",
        "--villages",
        "20",
        "--days",
        "84",
        "--cases",
        "64",
        "--seed",
        "1",
        "--out",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let expected = files_under(&example_town());
    let written = files_under(&dir);
    let names = |files: &[PathBuf], base: &Path| -> Vec<PathBuf> {
        files
            .iter()
            .map(|f| f.strip_prefix(base).unwrap().to_path_buf())
            .collect()
    };
    assert_eq!(names(&written, &dir), names(&expected, &example_town()));
    for (a, b) in written.iter().zip(&expected) {
        assert!(
            std::fs::read(a).unwrap() == std::fs::read(b).unwrap(),
            "{} differs from the generator's output",
            b.display()
        );
    }
}

#[test]
fn example_yaml_files_name_an_existing_schema() {
    for path in files_under(&example_town()) {
        if path.extension().is_some_and(|e| e == "yaml") {
            let text = std::fs::read_to_string(&path).unwrap();
            let first = text.lines().next().unwrap();
            let schema = first
                .strip_prefix("# yaml-language-server: $schema=")
                .unwrap_or_else(|| panic!("{} has no schema line", path.display()));
            assert!(
                path.parent().unwrap().join(schema).is_file(),
                "{}: {schema} does not exist",
                path.display()
            );
        }
    }
}

#[test]
fn every_code_is_documented_and_tested() {
    let docs = std::fs::read_to_string(root().join("docs/DIAGNOSTICS.md")).unwrap();
    let tests = std::fs::read_to_string(root().join("tests/validation.rs")).unwrap();
    for code in grid::codes::Code::ALL {
        let code = code.as_str();
        assert!(
            docs.contains(&format!("## {code}")),
            "{code} is not in docs/DIAGNOSTICS.md"
        );
        assert!(
            tests.contains(&format!("fn {}_", code.to_lowercase())),
            "{code} has no test in tests/validation.rs"
        );
    }
}

#[test]
fn the_readme_commands_are_the_ones_that_work() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    assert!(readme.contains("cargo run --release -- check --repo example-town --as-of 2026-11-24"));
    assert!(readme.contains("\ncargo test\n"));
    let ci = std::fs::read_to_string(root().join(".ci/run")).unwrap();
    assert!(
        ci.contains("\ncargo test\n"),
        ".ci/run runs the README's test command"
    );
}

#[test]
fn the_readme_serves_a_newcomer() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    assert!(readme.contains("\ncargo install --locked --path .\n"));
    assert!(
        !readme.contains("cargo install --path"),
        "install without --locked"
    );
    for heading in ["## Install", "## On Windows", "## Troubleshooting"] {
        assert!(readme.contains(heading), "README lacks {heading}");
    }
    let troubleshooting = &readme[readme.find("## Troubleshooting").unwrap()..];
    assert!(troubleshooting.contains("grid doctor"));
    // Every visible subcommand is in the usage block.
    let usage = &readme[readme.find("## Using it").unwrap()..];
    let usage = &usage[..usage.find("\n```\n\n").unwrap()];
    let help = grid(&["--help"]).stdout;
    let commands = help
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter(|l| !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help");
    for command in commands {
        assert!(
            usage.contains(&format!("grid {command}")),
            "usage lacks grid {command}"
        );
    }
    for words in ["withdraw-disclosure", "--staged"] {
        assert!(usage.contains(words), "usage lacks {words}");
    }
    for file in ["LICENSE-MIT", "LICENSE-APACHE", "CHANGELOG.md"] {
        assert!(root().join(file).is_file(), "{file} is missing");
    }
}

/// No source file contains any of `banned`, each with why it must not.
fn src_lacks(banned: &[(&str, &str)]) {
    for path in files_under(&root().join("src")) {
        let text = std::fs::read_to_string(&path).unwrap();
        for (word, why) in banned {
            assert!(
                !text.contains(word),
                "{} contains {word}: {why}",
                path.display()
            );
        }
    }
}

#[test]
fn no_debugging_leftovers_in_src() {
    src_lacks(&[
        ("dbg!(", "debugging"),
        ("todo!(", "unfinished"),
        ("unimplemented!(", "unfinished"),
    ]);
}

#[test]
fn sources_cite_only_files_that_ship() {
    let outside = "a file that is not in the project (cite docs/)";
    src_lacks(&[
        ("DESIGN.md", outside),
        ("CRATE-NOTES.md", outside),
        ("STYLE.md", outside),
    ]);
}
