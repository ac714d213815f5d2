//! Git as the audit trail, on small repositories with scripted histories: each audit item
//! exactly, a clean history with none, `grid log` after `grid case … --commit`, the refusal
//! to write over uncommitted changes or in the middle of a merge, `grid init` and its hook.

mod util;

use std::process::Command;

use serde_json::Value;
use util::history::{CLERK, commit_all, repo};
use util::{Run, Town, grid, grid_in};

fn audit(town: &Town) -> (i32, Vec<Value>) {
    let run = grid(&[
        "audit",
        "--repo",
        town.path().to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    let mut lines = run.json();
    // The stream ends with its summary, clean or not.
    let summary = lines.pop().expect("a summary line");
    assert_eq!(summary["type"], "summary", "{summary}");
    assert_eq!(summary["items"], lines.len(), "{summary}");
    (run.code, lines)
}

const ROW: &str = "2026-11-20,W1-V01,P0044,";

#[test]
fn a_clean_history_has_nothing_to_report() {
    let town = repo();
    let text = town.read("patrols/2026-11.csv");
    let row = text
        .lines()
        .find(|l| l.starts_with("2026-11-23,W1-V01,P0044,"))
        .unwrap()
        .replace("2026-11-23", "2026-11-24");
    town.write("patrols/2026-11.csv", format!("{text}{row}\n"));
    commit_all(&town, "11月24日巡查", CLERK, "2026-11-25T09:00:00+08:00");
    assert_eq!(audit(&town), (0, Vec::new()));
}

#[test]
fn a_signed_row_edited_after_signing() {
    let town = repo();
    let line = town.find_row("patrols/2026-11.csv", |l| l.starts_with(ROW));
    town.set_field("patrols/2026-11.csv", line, "issues", "1");
    commit_all(&town, "改巡查", CLERK, "2026-11-25T09:00:00+08:00");
    let (code, items) = audit(&town);
    assert_eq!(code, 1);
    assert_eq!(items.len(), 1, "{items:#?}");
    let i = &items[0];
    assert_eq!(i["kind"], "signed_row_edited");
    assert_eq!(i["file"], "patrols/2026-11.csv");
    assert_eq!(i["record"], "patrol:2026-11-20:P0044");
    assert_eq!(i["detail"], "issues: 0 → 1");
    assert_eq!(i["email"], CLERK.1);
    assert_eq!(i["time"], "2026-11-25 09:00");
}

#[test]
fn a_row_entered_long_after_its_report_time() {
    let town = repo();
    let text = town.read("patrols/2026-11.csv");
    let row = "2026-11-24,W1-V01,P0044,08:00,09:00,RJ01,0,,,P0042,2026-11-24 19:00,P0043,2026-11-24 20:00,wechat_group";
    town.write("patrols/2026-11.csv", format!("{text}{row}\n"));
    commit_all(&town, "补录", CLERK, "2026-11-28T10:00:00+08:00");
    let (_, items) = audit(&town);
    assert_eq!(items.len(), 1, "{items:#?}");
    assert_eq!(items[0]["kind"], "backfilled");
    assert_eq!(items[0]["record"], "patrol:2026-11-24:P0044");
    assert!(
        items[0]["detail"].as_str().unwrap().ends_with("86.0 h"),
        "{}",
        items[0]["detail"]
    );
}

#[test]
fn deleted_rows_and_case_files() {
    let town = repo();
    let text = town.read("patrols/2026-11.csv");
    let kept: Vec<&str> = text.lines().filter(|l| !l.starts_with(ROW)).collect();
    town.write("patrols/2026-11.csv", kept.join("\n") + "\n");
    std::fs::remove_file(town.path().join("cases/2026/QS-2026-0067.yaml")).unwrap();
    commit_all(&town, "删除", CLERK, "2026-11-25T09:00:00+08:00");
    let (_, items) = audit(&town);
    let found: Vec<(&str, &str, &str)> = items
        .iter()
        .map(|i| {
            (
                i["kind"].as_str().unwrap(),
                i["file"].as_str().unwrap(),
                i["record"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        found,
        vec![
            ("deleted", "cases/2026/QS-2026-0067.yaml", "QS-2026-0067"),
            ("deleted", "patrols/2026-11.csv", "patrol:2026-11-20:P0044")
        ]
    );
}

#[test]
fn a_data_commit_by_someone_who_is_no_clerk() {
    let town = repo();
    let line = town.find_row("sweeps/2026-11.csv", |_| true);
    town.set_field("sweeps/2026-11.csv", line, "issues", "3");
    commit_all(
        &town,
        "外来修改",
        ("张三", "zhangsan@example.com"),
        "2026-11-25T09:00:00+08:00",
    );
    let (_, items) = audit(&town);
    assert_eq!(items.len(), 1, "{items:#?}");
    assert_eq!(items[0]["kind"], "unknown_author");
    assert_eq!(items[0]["email"], "zhangsan@example.com");
}

/// `grid log ID --format json` on a repository, with more arguments.
fn log_json(repo: &str, id: &str, more: &[&str]) -> Run {
    let mut args = vec!["log", id, "--repo", repo, "--format", "json"];
    args.extend_from_slice(more);
    grid(&args)
}

/// [`repo`], then a signed patrol row (P0044 on 11-20) edited by someone who is not a clerk,
/// committed on 2026-11-25 09:00.
fn edited_by_an_outsider() -> Town {
    let town = repo();
    let line = town.find_row("patrols/2026-11.csv", |l| l.starts_with(ROW));
    town.set_field("patrols/2026-11.csv", line, "issues", "2");
    commit_all(
        &town,
        "外来修改",
        ("张三", "zhangsan@example.com"),
        "2026-11-25T09:00:00+08:00",
    );
    town
}

#[test]
fn audit_and_log_as_of_a_moment_see_only_the_commits_made_by_then() {
    let town = edited_by_an_outsider();
    let repo_path = town.path().to_str().unwrap();
    let audit_as_of = |as_of: &str| {
        let run = grid(&[
            "audit", "--repo", repo_path, "--format", "json", "--as-of", as_of,
        ]);
        run.json()
            .into_iter()
            .filter(|v| v["type"] == "audit")
            .count()
    };
    assert_eq!(audit_as_of("2026-11-24"), 0);
    assert_eq!(audit_as_of("2026-11-25 08:59"), 0);
    assert!(audit_as_of("2026-11-25 09:00") >= 1);
    let log_as_of = |as_of: &str| {
        let run = log_json(repo_path, "patrol:2026-11-20:P0044", &["--as-of", as_of]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        run.items().len()
    };
    assert_eq!(log_as_of("2026-11-24"), 1);
    assert_eq!(log_as_of("2026-11-25"), 2);
}

/// `--format csv` on audit and log: one row per JSON item, the same commits in the same order.
#[test]
fn audit_and_log_as_csv_hold_the_json_items() {
    let town = edited_by_an_outsider();
    let repo_path = town.path().to_str().unwrap();
    // The commit column of a CSV run (English headings: the tests run with GRID_LANG=en).
    let commits_of_csv = |args: &[&str]| -> Vec<String> {
        let run = grid(args);
        assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
        let mut reader = csv::Reader::from_reader(run.stdout.as_bytes());
        let column = reader
            .headers()
            .unwrap()
            .iter()
            .position(|h| h == "Commit")
            .expect("a Commit column");
        reader
            .records()
            .map(|r| r.unwrap()[column].to_string())
            .collect()
    };
    let commits_of_json = |items: &[Value]| -> Vec<String> {
        items
            .iter()
            .map(|i| i["commit"].as_str().unwrap().to_string())
            .collect()
    };
    let (_, items) = audit(&town);
    assert!(!items.is_empty());
    assert_eq!(
        commits_of_csv(&["audit", "--repo", repo_path, "--format", "csv"]),
        commits_of_json(&items)
    );
    let key = "patrol:2026-11-20:P0044";
    let log = log_json(repo_path, key, &[]).items();
    assert_eq!(log.len(), 2);
    assert_eq!(
        commits_of_csv(&["log", key, "--repo", repo_path, "--format", "csv"]),
        commits_of_json(&log)
    );
}

#[test]
fn commit_times_that_go_backwards() {
    let town = repo();
    std::fs::write(town.path().join("README.txt"), "说明").unwrap();
    commit_all(&town, "说明", CLERK, "2026-11-20T09:00:00+08:00");
    let (_, items) = audit(&town);
    assert_eq!(items.len(), 1, "{items:#?}");
    assert_eq!(items[0]["kind"], "history_rewritten");
    assert_eq!(items[0]["time"], "2026-11-20 09:00");
}

fn case(town: &Town, args: &[&str]) -> Run {
    let mut all = vec!["case"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--repo", town.path().to_str().unwrap()]);
    grid(&all)
}

#[test]
fn log_follows_a_case_through_its_commits() {
    let town = repo();
    for args in [
        vec![
            "new",
            "--item",
            "WJ01",
            "--grid",
            "W1-V01",
            "--title",
            "前店村私搭乱建",
            "--reporter",
            "P0044",
            "--channel",
            "patrol",
            "--reported",
            "2026-11-24 08:40",
            "--commit",
        ],
        vec![
            "accept",
            "QS-2026-0068",
            "--at",
            "2026-11-24 09:00",
            "--commit",
        ],
        vec![
            "assign",
            "QS-2026-0068",
            "--to",
            "G-construction",
            "--at",
            "2026-11-24 09:30",
            "--commit",
        ],
    ] {
        let run = case(&town, &args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        assert!(run.stdout.contains("committed "), "{}", run.stdout);
    }
    let run = grid(&[
        "log",
        "QS-2026-0068",
        "--repo",
        town.path().to_str().unwrap(),
        "--format",
        "json",
    ]);
    let entries = run.items();
    let messages: Vec<&str> = entries
        .iter()
        .map(|e| e["message"].as_str().unwrap())
        .collect();
    assert_eq!(
        messages,
        [
            "grid case assign QS-2026-0068",
            "grid case accept QS-2026-0068",
            "grid case new QS-2026-0068"
        ]
    );
    assert_eq!(
        entries[0]["changes"],
        serde_json::json!([
            "events[1]: ∅ → at=2026-11-24 09:30, action=assigned, by=P0006, to=G-construction"
        ])
    );
    assert_eq!(entries[0]["email"], CLERK.1);
    let body = Command::new("git")
        .args(["log", "-1", "--format=%B"])
        .current_dir(town.path())
        .output()
        .unwrap();
    let body = String::from_utf8(body.stdout).unwrap();
    assert_eq!(
        body.trim_end(),
        "grid case assign QS-2026-0068\n\ncommand: case assign\ncase: QS-2026-0068\nat: 2026-11-24 09:30\nby: P0006\nfiles: cases/2026/QS-2026-0068.yaml"
    );
    let table = grid(&[
        "log",
        "QS-2026-0068",
        "--repo",
        town.path().to_str().unwrap(),
    ]);
    assert!(
        table.stdout.contains("grid case accept QS-2026-0068"),
        "{}",
        table.stdout
    );
}

#[test]
fn log_follows_a_record_and_a_person() {
    let town = repo();
    let line = town.find_row("patrols/2026-11.csv", |l| l.starts_with(ROW));
    town.set_field("patrols/2026-11.csv", line, "issues", "2");
    commit_all(&town, "更正问题数", CLERK, "2026-11-25T09:00:00+08:00");
    let repo_path = town.path().to_str().unwrap();
    let run = log_json(repo_path, "patrol:2026-11-20:P0044", &[]);
    let entries = run.items();
    assert_eq!(entries.len(), 2, "{entries:#?}");
    assert_eq!(
        entries[0]["changes"],
        serde_json::json!(["patrol:2026-11-20:P0044: issues: 0 → 2"])
    );
    assert_eq!(
        entries[1]["changes"],
        serde_json::json!(["+ patrol:2026-11-20:P0044"])
    );
    let person = grid(&["log", "P0044", "--repo", repo_path, "--format", "json"]);
    assert_eq!(
        person.items().len(),
        1,
        "only the commit that added its roster row"
    );
    let unknown = grid(&["log", "nonsense:1", "--repo", repo_path]);
    assert_eq!(unknown.code, 2);
}

#[test]
fn writing_refuses_uncommitted_changes_and_merges() {
    let town = repo();
    let file = "cases/2026/QS-2026-0062.yaml";
    town.write(
        file,
        town.read(file)
            .replace("title: 前店村私搭乱建", "title: 前店村私搭乱建（补充）"),
    );
    let run = case(
        &town,
        &[
            "resolve",
            "QS-2026-0062",
            "--at",
            "2026-11-24 10:00",
            "--by",
            "P0022",
        ],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("cases/2026/QS-2026-0062.yaml has uncommitted changes"),
        "{}",
        run.stderr
    );
    let run = case(
        &town,
        &[
            "resolve",
            "QS-2026-0062",
            "--at",
            "2026-11-24 10:00",
            "--by",
            "P0022",
            "--allow-dirty",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    commit_all(&town, "处置", CLERK, "2026-11-25T09:00:00+08:00");
    let head = Command::new("git")
        .args(["rev-parse", "HEAD"])
        .current_dir(town.path())
        .output()
        .unwrap();
    std::fs::write(town.path().join(".git/MERGE_HEAD"), head.stdout).unwrap();
    let run = case(
        &town,
        &[
            "check",
            "QS-2026-0062",
            "--at",
            "2026-11-25 10:00",
            "--by",
            "P0043",
            "--allow-dirty",
        ],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("in the middle of a merge"),
        "{}",
        run.stderr
    );
}

#[test]
fn init_makes_a_town_whose_hook_refuses_broken_data() {
    let dir = tempfile::tempdir().unwrap();
    let run = grid_in(dir.path(), &["init", "town"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let town = dir.path().join("town");
    for file in [
        "town.yaml",
        "roster.csv",
        "schemas/town.schema.json",
        ".gitignore",
        ".gitattributes",
        ".git/hooks/pre-commit",
    ] {
        assert!(town.join(file).exists(), "{file}");
    }
    assert!(
        std::fs::read_to_string(town.join("town.yaml"))
            .unwrap()
            .starts_with("# yaml-language-server: $schema=schemas/town.schema.json\n")
    );
    let check = grid_in(&town, &["check", "--format", "json"]);
    assert_eq!(check.code, 0, "{}", check.stdout);
    assert!(check.diagnostics().is_empty());
    let git = |args: &[&str]| clerk_git(&town, args);
    assert!(git(&["add", "-A"]).status.success());
    assert!(
        git(&["commit", "-q", "-m", "新建"]).status.success(),
        "a valid town commits"
    );
    std::fs::write(town.join("roster.csv"), "person,name\nP0001,王\n").unwrap();
    assert!(git(&["add", "-A"]).status.success());
    let refused = git(&["commit", "-q", "-m", "坏数据"]);
    assert!(
        !refused.status.success(),
        "the hook refuses a commit that breaks the data"
    );
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&refused.stdout),
        String::from_utf8_lossy(&refused.stderr)
    );
    assert!(said.contains("E0108"), "{said}");
    let again = grid_in(dir.path(), &["init", "town"]);
    assert_eq!(again.code, 2, "no second town over the first");
}

#[test]
fn init_example_writes_the_example_town() {
    let dir = tempfile::tempdir().unwrap();
    let run = grid_in(dir.path(), &["init", "qingshan", "--example"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let town = dir.path().join("qingshan");
    let ours = std::fs::read_to_string(town.join("cases/2026/QS-2026-0001.yaml")).unwrap();
    let theirs =
        std::fs::read_to_string(util::example_town().join("cases/2026/QS-2026-0001.yaml")).unwrap();
    assert_eq!(
        ours.replacen("../../../schemas/", "../../schemas/", 1),
        theirs.replacen("../../../schemas/", "../../schemas/", 1)
    );
    assert!(ours.starts_with("# yaml-language-server: $schema=../../schemas/case.schema.json"));
    assert!(town.join("schemas/case.schema.json").exists());
    let check = grid_in(
        &town,
        &["check", "--as-of", "2026-11-24", "--format", "json"],
    );
    assert_eq!(check.summary()["errors"], 0);
}

#[cfg(unix)]
#[test]
fn the_hook_lands_where_git_runs_it_and_keeps_the_hook_already_there() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(grid_in(dir.path(), &["init", "town"]).code, 0);
    let town = dir.path().join("town");
    let git = |args: &[&str]| clerk_git(&town, args);
    assert!(
        git(&["config", "core.hooksPath", ".githooks"])
            .status
            .success()
    );
    let hooks = town.join(".githooks");
    std::fs::create_dir_all(&hooks).unwrap();
    let theirs =
        "#!/bin/sh\necho their-hook-ran > \"$(git rev-parse --show-toplevel)/their-hook.txt\"\n";
    std::fs::write(hooks.join("pre-commit"), theirs).unwrap();
    std::fs::set_permissions(
        hooks.join("pre-commit"),
        std::fs::Permissions::from_mode(0o755),
    )
    .unwrap();
    let run = grid_in(&town, &["hook", "install"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains(".githooks/pre-commit"),
        "{}",
        run.stdout
    );
    assert_eq!(
        std::fs::read_to_string(hooks.join("pre-commit.before-grid")).unwrap(),
        theirs,
        "their hook is kept"
    );
    let again = grid_in(&town, &["hook", "install"]);
    assert_eq!(
        again.code, 0,
        "grid's own hook is replaced: {}",
        again.stderr
    );
    assert_eq!(
        std::fs::read_to_string(hooks.join("pre-commit.before-grid")).unwrap(),
        theirs
    );
    std::fs::write(town.join("roster.csv"), "person,name\nP0001,王\n").unwrap();
    assert!(git(&["add", "roster.csv"]).status.success());
    let refused = git(&["commit", "-q", "-m", "坏数据"]);
    assert!(
        !refused.status.success(),
        "grid's hook runs where git looks"
    );
    assert!(
        town.join("their-hook.txt").exists(),
        "and their hook ran first"
    );
}

/// Runs git in `dir` as the clerk `c <c@x>`.
fn clerk_git(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "c")
        .env("GIT_AUTHOR_EMAIL", "c@x")
        .env("GIT_COMMITTER_NAME", "c")
        .env("GIT_COMMITTER_EMAIL", "c@x")
        .output()
        .unwrap()
}
