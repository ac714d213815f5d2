//! Walking the history once: the first-parent chain of commits, oldest first, each with the
//! files it changed (blob ids before and after), and the changed lines of a CSV file.

use std::path::Path;

use chrono::{DateTime, NaiveDateTime, TimeDelta};
use git2::{Oid, Repository, Sort};

/// A commit of the history.
#[derive(Debug, Clone)]
pub struct CommitInfo {
    /// Its id.
    pub id: Oid,
    /// Commit time, in China Standard Time.
    pub time: NaiveDateTime,
    /// Author name.
    pub author: String,
    /// Author email.
    pub email: String,
    /// The first line of the message.
    pub summary: String,
}

/// A file changed by a commit.
#[derive(Debug, Clone)]
pub struct FileChange {
    /// Path relative to the work tree, with `/`.
    pub path: String,
    /// The blob before (none: added).
    pub old: Option<Oid>,
    /// The blob after (none: deleted).
    pub new: Option<Oid>,
}

fn cst(seconds: i64) -> NaiveDateTime {
    DateTime::from_timestamp(seconds, 0).map_or_else(NaiveDateTime::default, |t| t.naive_utc())
        + TimeDelta::hours(8)
}

fn info(commit: &git2::Commit) -> CommitInfo {
    let author = commit.author();
    CommitInfo {
        id: commit.id(),
        time: cst(commit.time().seconds()),
        author: author.name().unwrap_or("").to_string(),
        email: author.email().unwrap_or("").to_string(),
        summary: commit.summary().ok().flatten().unwrap_or("").to_string(),
    }
}

/// Calls `each` for every commit of the first-parent history from the root to HEAD, with the
/// files it changed under the repository's `prefix` (the town's folder, `""` at the root).
pub fn walk(
    repo: &Repository,
    prefix: &str,
    mut each: impl FnMut(&CommitInfo, &[FileChange]),
) -> Result<(), git2::Error> {
    // Read objects without re-hashing each one: git itself does not verify on read either,
    // and the audit is about what the commits say, not about disk corruption.
    git2::opts::strict_hash_verification(false);
    // Keep big trees (a year of cases in one folder) and blobs (a month of patrols) in
    // libgit2's cache: each is then inflated once, not once per commit that looks at it.
    // SAFETY: libgit2's global options are set here, before any object of the walk is read,
    // and no other thread uses libgit2 while `grid` runs.
    unsafe {
        let _ = git2::opts::set_cache_object_limit(git2::ObjectType::Tree, 8 << 20);
        let _ = git2::opts::set_cache_object_limit(git2::ObjectType::Blob, 8 << 20);
        let _ = git2::opts::set_cache_max_size(1 << 30);
    }
    let mut revwalk = repo.revwalk()?;
    if revwalk.push_head().is_err() {
        return Ok(());
    }
    revwalk.simplify_first_parent()?;
    revwalk.set_sorting(Sort::TOPOLOGICAL | Sort::REVERSE)?;
    let mut previous: Option<git2::Tree> = None;
    for id in revwalk {
        let commit = repo.find_commit(id?)?;
        let root = commit.tree()?;
        let tree = if prefix.is_empty() {
            Some(root)
        } else {
            match root.get_path(Path::new(prefix.trim_end_matches('/'))) {
                Ok(entry) => Some(repo.find_tree(entry.id())?),
                Err(_) => None,
            }
        };
        let mut changes = Vec::new();
        compare(repo, previous.as_ref(), tree.as_ref(), "", &mut changes)?;
        each(&info(&commit), &changes);
        previous = tree;
    }
    Ok(())
}

/// Git's order of tree entries: by name, a folder compared as if its name ended in `/`.
fn git_order(a: &git2::TreeEntry, b: &git2::TreeEntry) -> std::cmp::Ordering {
    let key = |e: &git2::TreeEntry| {
        let mut name = e.name_bytes().to_vec();
        if e.kind() == Some(git2::ObjectType::Tree) {
            name.push(b'/');
        }
        name
    };
    let (x, y) = (a.name_bytes(), b.name_bytes());
    let common = x.len().min(y.len());
    match x[..common].cmp(&y[..common]) {
        std::cmp::Ordering::Equal => key(a).cmp(&key(b)),
        other => other,
    }
}

fn is_tree(e: &git2::TreeEntry) -> bool {
    e.kind() == Some(git2::ObjectType::Tree)
}

/// Lists the files that differ between two trees, walking only into folders whose ids differ
/// (git keeps entries sorted, so this is one merge pass per changed folder).
fn compare(
    repo: &Repository,
    old: Option<&git2::Tree>,
    new: Option<&git2::Tree>,
    base: &str,
    out: &mut Vec<FileChange>,
) -> Result<(), git2::Error> {
    if let (Some(a), Some(b)) = (old, new)
        && a.id() == b.id()
    {
        return Ok(());
    }
    let path = |e: &git2::TreeEntry| format!("{base}{}", String::from_utf8_lossy(e.name_bytes()));
    let subtree = |e: &git2::TreeEntry| repo.find_tree(e.id());
    let side = |e: &git2::TreeEntry,
                removed: bool,
                out: &mut Vec<FileChange>|
     -> Result<(), git2::Error> {
        if is_tree(e) {
            let t = subtree(e)?;
            let dir = format!("{}/", path(e));
            if removed {
                compare(repo, Some(&t), None, &dir, out)
            } else {
                compare(repo, None, Some(&t), &dir, out)
            }
        } else {
            out.push(FileChange {
                path: path(e),
                old: removed.then(|| e.id()),
                new: (!removed).then(|| e.id()),
            });
            Ok(())
        }
    };
    let (mut i, mut j) = (0, 0);
    loop {
        let a = old.and_then(|t| t.get(i));
        let b = new.and_then(|t| t.get(j));
        match (a, b) {
            (None, None) => break,
            (Some(a), None) => {
                side(&a, true, out)?;
                i += 1;
            }
            (None, Some(b)) => {
                side(&b, false, out)?;
                j += 1;
            }
            (Some(a), Some(b)) => match git_order(&a, &b) {
                std::cmp::Ordering::Less => {
                    side(&a, true, out)?;
                    i += 1;
                }
                std::cmp::Ordering::Greater => {
                    side(&b, false, out)?;
                    j += 1;
                }
                std::cmp::Ordering::Equal => {
                    if a.id() != b.id() {
                        match (is_tree(&a), is_tree(&b)) {
                            (true, true) => {
                                let dir = format!("{}/", path(&a));
                                compare(repo, Some(&subtree(&a)?), Some(&subtree(&b)?), &dir, out)?;
                            }
                            (false, false) => out.push(FileChange {
                                path: path(&b),
                                old: Some(a.id()),
                                new: Some(b.id()),
                            }),
                            _ => {
                                side(&a, true, out)?;
                                side(&b, false, out)?;
                            }
                        }
                    }
                    i += 1;
                    j += 1;
                }
            },
        }
    }
    Ok(())
}

/// The lines a change removed and added (without line ends), by libgit2's diff.
pub fn changed_lines(
    repo: &Repository,
    change: &FileChange,
) -> Result<(Vec<String>, Vec<String>), git2::Error> {
    let old = change.old.map(|id| repo.find_blob(id)).transpose()?;
    let new = change.new.map(|id| repo.find_blob(id)).transpose()?;
    let mut removed = Vec::new();
    let mut added = Vec::new();
    let mut on_line = |_: git2::DiffDelta, _: Option<git2::DiffHunk>, line: git2::DiffLine| {
        let text = String::from_utf8_lossy(line.content())
            .trim_end_matches(['\n', '\r'])
            .to_string();
        match line.origin() {
            '-' => removed.push(text),
            '+' => added.push(text),
            _ => {}
        }
        true
    };
    repo.diff_blobs(
        old.as_ref(),
        None,
        new.as_ref(),
        None,
        None,
        None,
        None,
        None,
        Some(&mut on_line),
    )?;
    Ok((removed, added))
}

/// The first line (the CSV header) of a blob.
pub fn first_line(repo: &Repository, id: Option<Oid>) -> String {
    id.and_then(|id| repo.find_blob(id).ok())
        .map(|b| {
            String::from_utf8_lossy(b.content())
                .lines()
                .next()
                .unwrap_or("")
                .trim_start_matches('\u{feff}')
                .to_string()
        })
        .unwrap_or_default()
}
