//! `grid county fetch`: each town kept at a git remote is cloned under `towns/<id>/`, or
//! brought up to date there, by the system `git` — the clerk's own credentials, proxies and SSH
//! keys; no TLS library of ours. A town that cannot be fetched is reported; the others go on.

use std::path::Path;
use std::process::Command;

/// How fetching one town went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fetched {
    /// Cloned for the first time.
    Cloned,
    /// Brought up to date (fast-forward).
    Updated,
    /// A folder, not a remote: nothing to fetch.
    Local,
    /// Git failed: its message.
    Failed(String),
}

/// Clones or fast-forwards the copy of `remote` at `dir`.
pub fn fetch(remote: &str, dir: &Path) -> Fetched {
    let run = |command: &mut Command| match command.output() {
        Ok(out) if out.status.success() => Ok(()),
        Ok(out) => Err(String::from_utf8_lossy(&out.stderr).trim().to_string()),
        Err(e) => Err(format!("git: {e}")),
    };
    let quiet = |command: &mut Command| {
        command
            .env("GIT_TERMINAL_PROMPT", "0")
            .stdin(std::process::Stdio::null());
    };
    if dir.join(".git").exists() {
        let mut pull = Command::new("git");
        pull.arg("-C")
            .arg(dir)
            .args(["pull", "--ff-only", "--quiet"]);
        quiet(&mut pull);
        return match run(&mut pull) {
            Ok(()) => Fetched::Updated,
            Err(e) => Fetched::Failed(e),
        };
    }
    if let Some(parent) = dir.parent()
        && let Err(e) = std::fs::create_dir_all(parent)
    {
        return Fetched::Failed(format!("{}: {e}", parent.display()));
    }
    let mut clone = Command::new("git");
    clone.args(["clone", "--quiet", remote]).arg(dir);
    quiet(&mut clone);
    match run(&mut clone) {
        Ok(()) => Fetched::Cloned,
        Err(e) => Fetched::Failed(e),
    }
}
