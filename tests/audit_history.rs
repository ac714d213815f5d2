//! The audit judged by meaning, on scripted histories: honest re-saves, re-sorts and column
//! swaps raise nothing; a real edit hidden in a column swap is found; authors are judged by
//! the roster of the history as of each commit; merged branches are judged commit by commit;
//! a rewritten history is named; a shallow clone is refused. Each test asserts the exact items.

mod util;

use util::history::{CLERK, commit_all, git, recommit, repo};
use util::{Town, grid};

const PATROLS: &str = "patrols/2026-11.csv";
const OUTSIDER: (&str, &str) = ("张三", "zhangsan@example.com");
const CLERK2: (&str, &str) = ("石志刚", "p0007@qingshan.gov.cn");

/// The audit's items as (kind, record, commit id).
fn items(town: &Town) -> Vec<(String, String, String)> {
    let run = grid(&[
        "audit",
        "--repo",
        town.path().to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    run.items()
        .iter()
        .map(|i| {
            let text = |k: &str| i[k].as_str().unwrap_or("").to_string();
            (text("kind"), text("record"), text("commit"))
        })
        .collect()
}

/// The id of HEAD.
fn head(town: &Town) -> String {
    let out = std::process::Command::new("git")
        .args(["rev-parse", "HEAD"])
        .current_dir(town.path())
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn item(kind: &str, record: &str, commit: &str) -> (String, String, String) {
    (kind.to_string(), record.to_string(), commit.to_string())
}

/// Rewrites the patrol file: `edit` gets the header and the data lines.
fn rewrite(town: &Town, edit: impl Fn(&str, Vec<&str>) -> String) {
    let text = town.read(PATROLS);
    let mut lines = text.lines();
    let header = lines.next().unwrap();
    town.write(PATROLS, edit(header, lines.collect()));
}

#[test]
fn a_resorted_file_raises_nothing() {
    let town = repo();
    rewrite(&town, |header, mut rows| {
        rows.sort_by(|a, b| b.cmp(a));
        format!("{header}\n{}\n", rows.join("\n"))
    });
    commit_all(&town, "排序", CLERK, "2026-11-25T09:00:00+08:00");
    assert_eq!(items(&town), vec![]);
}

#[test]
fn a_resave_with_bom_crlf_and_every_field_quoted_raises_nothing() {
    let town = repo();
    rewrite(&town, |header, rows| {
        let quote = |line: &str| {
            line.split(',')
                .map(|f| format!("\"{f}\""))
                .collect::<Vec<_>>()
                .join(",")
        };
        let body: Vec<String> = rows.iter().map(|l| quote(l)).collect();
        format!("\u{feff}{header}\r\n{}\r\n", body.join("\r\n"))
    });
    commit_all(&town, "WPS 另存", CLERK, "2026-11-25T09:00:00+08:00");
    assert_eq!(items(&town), vec![]);
}

/// Swaps the first two columns of every line; `patch` may then edit the result.
fn swap_columns(header: &str, rows: Vec<&str>) -> String {
    let swap = |line: &str| {
        let mut f: Vec<&str> = line.split(',').collect();
        f.swap(0, 2);
        f.join(",")
    };
    let body: Vec<String> = rows.iter().map(|l| swap(l)).collect();
    format!("{}\n{}\n", swap(header), body.join("\n"))
}

#[test]
fn a_column_swap_raises_nothing_and_hides_no_edit() {
    let town = repo();
    rewrite(&town, swap_columns);
    commit_all(&town, "调整列序", CLERK, "2026-11-25T09:00:00+08:00");
    assert_eq!(items(&town), vec![]);

    // A swap back, with one signed row edited in the same commit.
    rewrite(&town, |header, rows| {
        swap_columns(header, rows)
            .lines()
            .map(|line| match line.strip_prefix("2026-11-20,W1-V01,P0044,") {
                Some(rest) => {
                    let mut f: Vec<&str> = rest.split(',').collect();
                    f[3] = "9"; // issues
                    format!("2026-11-20,W1-V01,P0044,{}\n", f.join(","))
                }
                None => format!("{line}\n"),
            })
            .collect()
    });
    assert!(
        town.read(PATROLS).contains(",RJ"),
        "the swap back restored the layout"
    );
    commit_all(&town, "调回列序", CLERK, "2026-11-26T09:00:00+08:00");
    let found = items(&town);
    assert_eq!(
        found,
        vec![item(
            "signed_row_edited",
            "patrol:2026-11-20:P0044",
            &head(&town)
        )]
    );
}

#[test]
fn a_clerk_whose_assignment_ended_is_no_clerk_after_it() {
    let town = repo();
    town.replace(
        "roster.csv",
        "P0007,石志刚,15935240007,QS,clerk,网格化服务中心专职人员,,,",
        "P0007,石志刚,15935240007,QS,clerk,网格化服务中心专职人员,,2026-11-24,",
    );
    commit_all(&town, "石志刚调离", CLERK, "2026-11-24T12:00:00+08:00");
    let line = town.find_row("sweeps/2026-11.csv", |_| true);
    town.set_field("sweeps/2026-11.csv", line, "notes", "已调离人员提交");
    commit_all(&town, "排查", CLERK2, "2026-11-25T09:00:00+08:00");
    assert_eq!(items(&town), vec![item("unknown_author", "", &head(&town))]);
}

#[test]
fn an_outsider_cannot_make_himself_a_clerk() {
    let town = repo();
    let line = town.find_row("sweeps/2026-11.csv", |_| true);
    town.set_field("sweeps/2026-11.csv", line, "notes", "外来修改");
    commit_all(&town, "外来修改", OUTSIDER, "2026-11-25T09:00:00+08:00");
    let first = head(&town);
    let roster = town.read("roster.csv");
    town.write(
        "roster.csv",
        format!("{roster}P0999,张三,,QS,clerk,专职人员,,,,zhangsan@example.com\n"),
    );
    commit_all(
        &town,
        "自己加为专职人员",
        OUTSIDER,
        "2026-11-25T10:00:00+08:00",
    );
    let second = head(&town);
    // An uncommitted roster line changes nothing either.
    let roster = town.read("roster.csv");
    town.write(
        "roster.csv",
        roster.replace("zhangsan@example.com", "zhangsan@example.com\n"),
    );
    assert_eq!(
        items(&town),
        vec![
            item("unknown_author", "", &first),
            item("unknown_author", "", &second)
        ]
    );
}

/// Appends a patrol row of `member` on 11-25, reported at `reported`.
fn append_patrol(town: &Town, member: &str, reported: &str) {
    let text = town.read(PATROLS);
    let row = format!(
        "2026-11-25,W1-V01,{member},08:00,09:00,RJ01,0,,,P0042,{reported},P0043,{reported},wechat_group"
    );
    town.write(PATROLS, format!("{text}{row}\n"));
}

/// A branch `village` on which `who` adds P0045's patrol of 11-25 (reported 19:00, committed
/// 20:00); the work tree is back on the main branch.
fn village_branch(town: &Town, who: (&str, &str)) {
    git(
        town,
        &["checkout", "-q", "-b", "village"],
        who,
        "2026-11-25T08:00:00+08:00",
    );
    append_patrol(town, "P0045", "2026-11-25 19:00");
    commit_all(town, "前店村", who, "2026-11-25T20:00:00+08:00");
    git(
        town,
        &["checkout", "-q", "-"],
        CLERK,
        "2026-11-25T20:00:00+08:00",
    );
}

#[test]
fn an_honest_pull_merge_is_judged_by_the_branch_commits() {
    let town = repo();
    village_branch(&town, CLERK2);
    append_patrol(&town, "P0046", "2026-11-25 19:10");
    commit_all(&town, "后店村", CLERK, "2026-11-25T20:30:00+08:00");
    let ours = town.read(PATROLS);
    // The merge conflicts (both appended); the clerk keeps both rows, three days later.
    let merged = std::process::Command::new("git")
        .args(["merge", "-q", "village"])
        .current_dir(town.path())
        .env("GIT_AUTHOR_DATE", "2026-11-28T10:00:00+08:00")
        .env("GIT_COMMITTER_DATE", "2026-11-28T10:00:00+08:00")
        .output()
        .unwrap();
    assert!(!merged.status.success(), "the appends conflict");
    let theirs_row = "2026-11-25,W1-V01,P0045,08:00,09:00,RJ01,0,,,P0042,2026-11-25 19:00,P0043,2026-11-25 19:00,wechat_group";
    town.write(PATROLS, format!("{ours}{theirs_row}\n"));
    commit_all(&town, "合并", CLERK, "2026-11-28T10:00:00+08:00");
    assert_eq!(items(&town), vec![]);
}

#[test]
fn an_edit_on_a_branch_is_the_branch_commits() {
    let town = repo();
    git(
        &town,
        &["checkout", "-q", "-b", "village"],
        OUTSIDER,
        "2026-11-25T08:00:00+08:00",
    );
    let line = town.find_row(PATROLS, |l| l.starts_with("2026-11-20,W1-V01,P0044,"));
    town.set_field(PATROLS, line, "issues", "3");
    commit_all(&town, "改签字行", OUTSIDER, "2026-11-25T09:00:00+08:00");
    let edit = head(&town);
    git(
        &town,
        &["checkout", "-q", "-"],
        CLERK,
        "2026-11-25T10:00:00+08:00",
    );
    std::fs::write(town.path().join("说明.txt"), "x").unwrap();
    commit_all(&town, "说明", CLERK, "2026-11-25T10:00:00+08:00");
    git(
        &town,
        &["merge", "-q", "--no-edit", "village"],
        CLERK,
        "2026-11-25T11:00:00+08:00",
    );
    assert_eq!(
        items(&town),
        vec![
            item("unknown_author", "", &edit),
            item("signed_row_edited", "patrol:2026-11-20:P0044", &edit)
        ]
    );
}

#[test]
fn a_rebase_is_named_and_raises_no_backfill() {
    let town = repo();
    village_branch(&town, CLERK);
    std::fs::write(town.path().join("说明.txt"), "x").unwrap();
    commit_all(&town, "说明", CLERK, "2026-11-25T21:00:00+08:00");
    git(
        &town,
        &["checkout", "-q", "village"],
        CLERK,
        "2026-11-29T09:00:00+08:00",
    );
    // Rebased four days later: the committer date moves, the author date stays.
    recommit(&town, &["rebase", "-q", "-"], "2026-11-29T09:00:00+08:00");
    assert_eq!(
        items(&town),
        vec![item("history_rewritten", "", &head(&town))]
    );
}

#[test]
fn a_shallow_clone_is_refused() {
    let town = repo();
    std::fs::write(town.path().join("说明.txt"), "x").unwrap();
    commit_all(&town, "说明", CLERK, "2026-11-25T09:00:00+08:00");
    let clone = tempfile::tempdir().unwrap();
    let url = format!("file://{}", town.path().display());
    let out = std::process::Command::new("git")
        .args(["clone", "-q", "--depth", "1", &url, "shallow"])
        .current_dir(clone.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let repo = clone.path().join("shallow");
    for args in [&["audit"][..], &["log", "QS-2026-0001"]] {
        let mut all = args.to_vec();
        all.extend(["--repo", repo.to_str().unwrap()]);
        let run = grid(&all);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stdout);
        assert!(
            run.stderr.contains("git fetch --unshallow"),
            "{args:?}: {}",
            run.stderr
        );
    }
}

#[test]
fn log_summarises_a_resave_in_one_line() {
    let town = repo();
    rewrite(&town, |header, mut rows| {
        rows.reverse();
        format!("\u{feff}{header}\r\n{}\r\n", rows.join("\r\n"))
    });
    commit_all(&town, "另存", CLERK, "2026-11-25T09:00:00+08:00");
    let run = grid(&[
        "log",
        "patrol:2026-11-20:P0044",
        "--repo",
        town.path().to_str().unwrap(),
        "--format",
        "json",
    ]);
    let changes: Vec<serde_json::Value> =
        run.items().iter().map(|e| e["changes"].clone()).collect();
    assert_eq!(
        changes,
        vec![
            serde_json::json!(["re-saved the file, no change in meaning"]),
            serde_json::json!(["+ patrol:2026-11-20:P0044"])
        ]
    );
}

#[test]
fn a_changed_decision_and_a_backdated_event_are_items() {
    let town = repo();
    let decision = "decisions:\n- finding: first-report:QS-2026-0001\n  decision: approve\n  by: P0003\n  at: 2026-11-25 09:00\n";
    town.write("findings/decisions.yaml", decision);
    commit_all(&town, "决定", CLERK, "2026-11-25T09:00:00+08:00");
    town.write(
        "findings/decisions.yaml",
        decision.replace("decision: approve", "decision: reject"),
    );
    commit_all(&town, "改决定", CLERK, "2026-11-26T09:00:00+08:00");
    let changed = head(&town);
    // An event dated four days before the commit that adds it; one dated the same morning.
    let case = "cases/2026/QS-2026-0066.yaml";
    let text = town.read(case);
    town.write(
        case,
        format!(
            "{text}- at: 2026-11-23 09:00\n  action: note\n  by: P0006\n  note: 补记\n- at: 2026-11-27 08:00\n  action: note\n  by: P0006\n  note: 当天\n"
        ),
    );
    assert!(
        text.ends_with("  by: P0006\n"),
        "the events list ends the file"
    );
    commit_all(&town, "补记", CLERK, "2026-11-27T09:00:00+08:00");
    let backdated = head(&town);
    assert_eq!(
        items(&town),
        vec![
            item("decision_changed", "first-report:QS-2026-0001", &changed),
            item("backdated_event", "QS-2026-0066", &backdated)
        ]
    );
}

#[test]
fn a_clean_audit_says_what_it_checked() {
    let town = repo();
    let run = grid(&["audit", "--repo", town.path().to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let line = run.stdout.trim();
    assert!(line.starts_with("0 audit items: 1 commits"), "{line}");
    assert!(line.contains("docs/AUDIT.md"), "{line}");
    assert_eq!(run.stdout.lines().count(), 1);
}

/// `grid log ID` as JSON: each entry's changes.
fn log_changes(town: &Town, id: &str) -> (i32, Vec<serde_json::Value>, String) {
    let run = grid(&[
        "log",
        id,
        "--repo",
        town.path().to_str().unwrap(),
        "--format",
        "json",
    ]);
    let changes = if run.code == 0 {
        run.items().iter().map(|e| e["changes"].clone()).collect()
    } else {
        Vec::new()
    };
    (run.code, changes, run.stderr)
}

#[test]
fn log_finds_ids_that_live_only_in_the_history() {
    let town = repo();
    let roster = town.read("roster.csv");
    let kept: Vec<&str> = roster
        .lines()
        .filter(|l| !l.starts_with("P0050,"))
        .collect();
    assert!(kept.len() < roster.lines().count());
    town.write("roster.csv", kept.join("\n") + "\n");
    town.write(
        "findings/decisions.yaml",
        "decisions:\n- finding: reward-QS-2026-0001\n  decision: approve\n  by: P0003\n  at: 2026-11-25 09:00\n",
    );
    commit_all(&town, "调离并决定", CLERK, "2026-11-25T09:00:00+08:00");
    let (code, person, _) = log_changes(&town, "P0050");
    assert_eq!(code, 0);
    assert_eq!(person.len(), 2, "{person:?}");
    assert!(
        person[0][0]
            .as_str()
            .unwrap()
            .starts_with("- roster:P0050:"),
        "{person:?}"
    );
    assert!(
        person[1][0]
            .as_str()
            .unwrap()
            .starts_with("+ roster:P0050:"),
        "{person:?}"
    );
    let (code, decision, _) = log_changes(&town, "reward-QS-2026-0001");
    assert_eq!(code, 0);
    assert_eq!(decision.len(), 1, "{decision:?}");
    assert!(
        decision[0][0]
            .as_str()
            .unwrap()
            .contains("decision=approve"),
        "{decision:?}"
    );
    let (code, _, stderr) = log_changes(&town, "P9999");
    assert_eq!(code, 1);
    assert!(stderr.contains("no such id"), "{stderr}");
    // A finding the town computes, on which nobody has decided yet, is known: no commits.
    let (code, decided, stderr) = log_changes(&town, "accountability-QS-2026-0002");
    assert_eq!((code, decided.len()), (0, 0), "{stderr}");
}

#[test]
fn an_amend_days_later_is_named() {
    let town = repo();
    append_patrol(&town, "P0045", "2026-11-25 19:00");
    commit_all(&town, "前店村", CLERK, "2026-11-25T20:00:00+08:00");
    let line = town.find_row(PATROLS, |l| l.starts_with("2026-11-25,W1-V01,P0045,"));
    town.set_field(PATROLS, line, "issues", "1");
    git(&town, &["add", "-A"], CLERK, "2026-11-29T09:00:00+08:00");
    // `--amend` keeps the author date and sets a new committer date.
    recommit(
        &town,
        &["commit", "-q", "--amend", "--no-edit", "--no-verify"],
        "2026-11-29T09:00:00+08:00",
    );
    assert_eq!(
        items(&town),
        vec![item("history_rewritten", "", &head(&town))]
    );
}

/// The audit's whole JSON and the log of a row, as the repository holds them now.
fn audit_and_log(town: &Town) -> (String, String) {
    let dir = town.path().to_str().unwrap();
    let audit = grid(&["audit", "--repo", dir, "--format", "json"]);
    let log = grid(&[
        "log",
        "patrol:2026-11-20:P0044",
        "--repo",
        dir,
        "--format",
        "json",
    ]);
    assert!(log.code == 0, "{}", log.stderr);
    // The closing summary line carries the wall clock (`as_of`): a run that crosses a minute
    // would differ there alone (CI once did).
    let items = |out: &str| -> String {
        out.lines()
            .filter(|l| !l.contains("\"type\":\"summary\""))
            .map(|l| format!("{l}\n"))
            .collect()
    };
    (items(&audit.stdout), items(&log.stdout))
}

#[test]
fn a_packed_history_reads_as_the_loose_one() {
    // Versions read from git's packs (deltas of the newest version) must say exactly what the
    // loose objects say: appends, an edit in the middle, a deletion, a re-sort.
    let town = repo();
    for (n, day) in ["21", "22", "23"].iter().enumerate() {
        let text = town.read(PATROLS);
        let row = format!(
            "2026-11-25,W1-V0{},P0044,08:00,09:00,RJ01,0,,,P0042,2026-11-{day} 19:00,P0043,2026-11-{day} 19:00,wechat_group",
            n + 2
        );
        town.write(PATROLS, format!("{text}{row}\n"));
        commit_all(
            &town,
            "导入",
            CLERK,
            &format!("2026-11-2{}T09:00:00+08:00", 5 + n),
        );
    }
    rewrite(&town, |header, rows| {
        let kept: Vec<String> = rows
            .iter()
            .filter(|l| !l.starts_with("2026-11-19,W1-V01,P0045,"))
            .map(|l| match l.strip_prefix("2026-11-20,W1-V01,P0044,") {
                Some(rest) => format!("2026-11-20,W1-V01,P0044,{}", rest.replacen(",0,", ",7,", 1)),
                None => l.to_string(),
            })
            .collect();
        format!("{header}\n{}\n", kept.join("\n"))
    });
    commit_all(&town, "改", CLERK, "2026-11-28T09:00:00+08:00");
    rewrite(&town, |header, mut rows| {
        rows.sort_by(|a, b| b.cmp(a));
        format!("{header}\n{}\n", rows.join("\n"))
    });
    commit_all(&town, "排序", CLERK, "2026-11-29T09:00:00+08:00");
    let loose = audit_and_log(&town);
    let kinds: Vec<String> = items(&town).into_iter().map(|i| i.0).collect();
    for kind in ["backfilled", "signed_row_edited", "deleted"] {
        assert!(kinds.iter().any(|k| k == kind), "{kind} in {kinds:?}");
    }
    for repack in [
        &["gc", "-q"][..],
        &["repack", "-q", "-a", "-d", "-f", "--depth=2"],
    ] {
        git(&town, repack, CLERK, "2026-11-30T09:00:00+08:00");
        assert!(
            std::fs::read_dir(town.path().join(".git/objects/pack"))
                .unwrap()
                .any(|e| e.unwrap().path().extension().is_some_and(|x| x == "pack")),
            "packed"
        );
        assert_eq!(audit_and_log(&town), loose, "after git {repack:?}");
    }
}
