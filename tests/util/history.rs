//! Scripted git histories of example-town: a repository committed by a clerk, and git run
//! with fixed authors and dates.

use std::process::Command;

use super::Town;

/// The clerk P0006 as git knows him.
pub const CLERK: (&str, &str) = ("网格中心专职人员", "p0006@qingshan.gov.cn");

/// Runs git in the town with `env` set; it must succeed.
fn run_git(town: &Town, args: &[&str], env: &[(&str, &str)]) {
    let out = Command::new("git")
        .args(args)
        .current_dir(town.path())
        .envs(env.iter().copied())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Runs git in the town with author, committer and dates fixed.
pub fn git(town: &Town, args: &[&str], who: (&str, &str), when: &str) {
    run_git(
        town,
        args,
        &[
            ("GIT_AUTHOR_NAME", who.0),
            ("GIT_AUTHOR_EMAIL", who.1),
            ("GIT_COMMITTER_NAME", who.0),
            ("GIT_COMMITTER_EMAIL", who.1),
            ("GIT_AUTHOR_DATE", when),
            ("GIT_COMMITTER_DATE", when),
        ],
    );
}

/// Runs git as the clerk committing at `when`, leaving author dates as they are (a rebase, an
/// amend: what moves the committer date only).
pub fn recommit(town: &Town, args: &[&str], when: &str) {
    run_git(
        town,
        args,
        &[
            ("GIT_COMMITTER_NAME", CLERK.0),
            ("GIT_COMMITTER_EMAIL", CLERK.1),
            ("GIT_COMMITTER_DATE", when),
        ],
    );
}

/// Commits everything, by `who` at `when`.
pub fn commit_all(town: &Town, message: &str, who: (&str, &str), when: &str) {
    git(town, &["add", "-A"], who, when);
    git(
        town,
        &["commit", "-q", "--no-verify", "-m", message],
        who,
        when,
    );
}

/// example-town in git, committed once by a clerk on 24 November 2026.
pub fn repo() -> Town {
    let town = Town::copy();
    git(&town, &["init", "-q"], CLERK, "2026-11-24T10:00:00+08:00");
    git(
        &town,
        &["config", "user.name", CLERK.0],
        CLERK,
        "2026-11-24T10:00:00+08:00",
    );
    git(
        &town,
        &["config", "user.email", CLERK.1],
        CLERK,
        "2026-11-24T10:00:00+08:00",
    );
    commit_all(&town, "青山镇", CLERK, "2026-11-24T10:00:00+08:00");
    town
}
