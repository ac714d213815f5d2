//! `grid doctor` on a healthy town and on a broken copy: every finding it must make, and none
//! it must not.

mod util;

use std::collections::BTreeMap;
use std::path::Path;

use util::{Run, Town, grid_env};

/// The findings of `grid doctor --format json`: id → (health, found, fix).
fn findings(run: &Run) -> BTreeMap<String, (String, String, String)> {
    run.json()
        .into_iter()
        .filter(|v| v["type"] == "check")
        .map(|v| {
            let text = |k: &str| v[k].as_str().unwrap_or_default().to_string();
            (text("id"), (text("health"), text("found"), text("fix")))
        })
        .collect()
}

fn doctor(dir: &Path, env: &[(&str, &str)]) -> Run {
    grid_env(dir, &["doctor", "--format", "json"], env)
}

#[test]
fn a_fresh_town_is_healthy() {
    let dir = tempfile::tempdir().unwrap();
    let town = dir.path().join("青山镇");
    let init = util::grid_in(dir.path(), &["init", town.to_str().unwrap(), "--example"]);
    assert_eq!(init.code, 0, "{}", init.stderr);
    let run = doctor(&town, &[]);
    let found = findings(&run);
    let problems: Vec<_> = found.iter().filter(|(_, f)| f.0 == "problem").collect();
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(run.code, 0, "{}", run.stdout);
    for id in [
        "git",
        "repository",
        "history",
        "hook",
        "gitignore",
        "gitattributes",
        "leftovers",
        "encoding",
        "terminal",
        "language",
    ] {
        assert!(found.contains_key(id), "no {id} finding: {found:?}");
    }
    assert_eq!(run.summary()["problems"], 0);
}

#[test]
fn a_broken_copy_gets_every_finding_with_its_fix_and_nothing_is_changed() {
    let town = Town::copy();
    town.git(&["init", "-q"]);
    std::fs::remove_file(town.path().join(".gitignore")).unwrap();
    std::fs::remove_file(town.path().join(".gitattributes")).unwrap();
    let utf8 = town.read("meetings/2026-10.csv");
    let (gbk, _, _) = encoding_rs::GB18030.encode(&utf8);
    town.write("meetings/2026-10.csv", &gbk);
    town.write("patrols/.grid-tmp-a1b2", "half");
    town.write(
        ".git/grid.lock.holder",
        "pid 4242, since 2026-11-30 09:00:00\n",
    );
    let journal = format!("{}\t\n", town.path().join("roster.csv").display());
    town.write(".git/grid-journal", &journal);
    let roster = town.read("roster.csv");

    let run = doctor(
        town.path(),
        &[
            ("GRID_LANG", ""),
            ("LANG", "en_US.UTF-8"),
            ("COLUMNS", "100"),
        ],
    );
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let found = findings(&run);
    let expect = |id: &str, health: &str, says: &str, fix: &str| {
        let (h, f, x) = found
            .get(id)
            .unwrap_or_else(|| panic!("no {id}: {found:?}"));
        assert_eq!(h, health, "{id}: {f}");
        assert!(f.contains(says), "{id}: {f}");
        assert!(x.contains(fix), "{id}: {x}");
    };
    expect("hook", "problem", "pre-commit", "grid hook install");
    expect("gitignore", "problem", "报表/", ".gitignore");
    expect("gitattributes", "problem", ".gitattributes", "eol=lf");
    expect(
        "encoding",
        "problem",
        "meetings/2026-10.csv (GB18030)",
        "UTF-8",
    );
    expect("leftovers", "problem", "patrols/.grid-tmp-a1b2", "");
    expect("lock", "problem", "pid 4242", "grid check");
    expect("history", "ok", "", "");
    expect("terminal", "note", "width 100", "");
    expect("language", "note", "English: LANG", "");
    assert_eq!(run.summary()["problems"], 6);
    // The doctor looks; it changes nothing, not even what a killed writer left.
    assert!(town.path().join(".git/grid-journal").exists());
    assert!(town.path().join("patrols/.grid-tmp-a1b2").exists());
    assert_eq!(town.read("roster.csv"), roster);

    let forced = doctor(town.path(), &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "")]);
    let (_, terminal, _) = &findings(&forced)["terminal"];
    assert!(
        terminal.contains("colours on (CLICOLOR_FORCE)"),
        "{terminal}"
    );
}

#[test]
fn a_shallow_clone_is_named_with_how_to_deepen_it() {
    let town = Town::copy();
    town.git(&["init", "-q"]);
    town.git(&["add", "."]);
    town.git(&["commit", "-q", "-m", "one"]);
    town.write("patrols/notes.txt", "x");
    town.git(&["add", "."]);
    town.git(&["commit", "-q", "-m", "two"]);
    let clones = tempfile::tempdir().unwrap();
    let url = format!("file://{}", town.path().display());
    let out = std::process::Command::new("git")
        .args(["clone", "-q", "--depth", "1", &url, "shallow"])
        .current_dir(clones.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let run = doctor(&clones.path().join("shallow"), &[]);
    let (health, found, fix) = &findings(&run)["history"];
    assert_eq!(health, "problem", "{found}");
    assert_eq!(fix, "git fetch --unshallow");
}

#[test]
fn outside_a_town_the_doctor_says_where_to_run_it() {
    let dir = tempfile::tempdir().unwrap();
    let run = doctor(dir.path(), &[]);
    assert_eq!(run.code, 1);
    let (health, found, fix) = &findings(&run)["repository"];
    assert_eq!(health, "problem");
    assert!(found.contains("town.yaml"), "{found}");
    assert!(fix.contains("--repo"), "{fix}");
    assert!(findings(&run).contains_key("git"));
}
