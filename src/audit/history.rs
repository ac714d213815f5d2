//! Walking the history once: every commit reachable from HEAD, newest first, each with the
//! files it changed against its first parent (blob ids before and after) and its parents'
//! trees, so that a merge can tell what came from the other side.

use std::path::Path;

use chrono::{DateTime, NaiveDateTime, TimeDelta};
use git2::{Oid, Repository, Sort};
use rustc_hash::FxHashMap;

/// A commit of the history.
#[derive(Debug, Clone)]
pub struct CommitInfo {
    /// Its id.
    pub id: Oid,
    /// When it entered the history (committer date), in China Standard Time.
    pub time: NaiveDateTime,
    /// When its author says it was written (author date), in China Standard Time.
    pub authored: NaiveDateTime,
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

/// One commit of the walk: what it changed against its first parent, and its parents.
pub struct Step<'r> {
    /// The commit.
    pub commit: CommitInfo,
    /// The files it changed under the town's folder, against its first parent.
    pub changes: Vec<FileChange>,
    /// The town's folder in each parent (first parent first).
    pub parents: Vec<Option<git2::Tree<'r>>>,
    /// The committer dates of the parents.
    pub parent_times: Vec<NaiveDateTime>,
}

impl Step<'_> {
    /// The blob of `path` in each parent after the first (a merge's other sides).
    pub fn other_sides(&self, path: &str) -> Vec<Option<Oid>> {
        self.parents
            .iter()
            .skip(1)
            .map(|tree| blob_at(tree.as_ref(), path))
            .collect()
    }

    /// Whether a merge took `change`'s file as another side had it: the change was made, and
    /// is judged, in the commits of that side.
    pub fn took_from_other_side(&self, change: &FileChange) -> bool {
        self.other_sides(&change.path).contains(&change.new)
    }

    /// The blob of `path` in the first parent (for a root commit: none).
    pub fn before(&self, path: &str) -> Option<Oid> {
        blob_at(self.parents.first().and_then(Option::as_ref), path)
    }

    /// Whether the commit has no parent: the history's beginning.
    pub fn is_root(&self) -> bool {
        self.parents.is_empty()
    }
}

/// The blob at `path` in `tree`.
pub fn blob_at(tree: Option<&git2::Tree>, path: &str) -> Option<Oid> {
    let entry = tree?.get_path(Path::new(path)).ok()?;
    (entry.kind() == Some(git2::ObjectType::Blob)).then(|| entry.id())
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
        authored: cst(author.when().seconds()),
        author: author.name().unwrap_or("").to_string(),
        email: author.email().unwrap_or("").to_string(),
        summary: commit.summary().ok().flatten().unwrap_or("").to_string(),
    }
}

/// The town's folder (`prefix`, `""` at the root) in a commit's tree.
fn town_tree<'r>(
    repo: &'r Repository,
    commit: &git2::Commit<'r>,
    prefix: &str,
) -> Result<Option<git2::Tree<'r>>, git2::Error> {
    let root = commit.tree()?;
    if prefix.is_empty() {
        return Ok(Some(root));
    }
    match root.get_path(Path::new(prefix.trim_end_matches('/'))) {
        Ok(entry) => Ok(Some(repo.find_tree(entry.id())?)),
        Err(_) => Ok(None),
    }
}

/// The most bytes of objects libgit2 keeps cached during a walk.
const CACHE_BYTES: isize = 24 << 20;

/// Calls `each` for every commit reachable from HEAD — on every branch merged into it —
/// children before parents (newest first: git packs keep the newest version of a file whole
/// and older ones as deltas of it, so this order rebuilds each version from the one just
/// read), with the files it changed under the repository's `prefix`. Memory does not grow
/// with the number of commits: one commit's trees at a time.
pub fn walk(
    repo: &Repository,
    prefix: &str,
    mut each: impl FnMut(&Step),
) -> Result<(), git2::Error> {
    // Read objects without re-hashing each one: git itself does not verify on read either,
    // and the audit is about what the commits say, not about disk corruption.
    git2::opts::strict_hash_verification(false);
    // Keep big trees (a year of cases in one folder) and blobs (a month of patrols) in
    // libgit2's cache, so that each is inflated about once, within a fixed budget: memory does
    // not grow with the length of the history.
    // SAFETY: libgit2's global options are set here, before any object of the walk is read,
    // and no other thread uses libgit2 while `grid` runs.
    unsafe {
        let _ = git2::opts::set_cache_object_limit(git2::ObjectType::Tree, 8 << 20);
        let _ = git2::opts::set_cache_object_limit(git2::ObjectType::Blob, 8 << 20);
        let _ = git2::opts::set_cache_max_size(CACHE_BYTES);
    }
    let mut revwalk = repo.revwalk()?;
    if revwalk.push_head().is_err() {
        return Ok(());
    }
    revwalk.set_sorting(Sort::TOPOLOGICAL)?;
    // The next commit of the walk is nearly always this one's first parent: its tree is kept.
    let mut previous: Option<(Oid, Option<git2::Tree>)> = None;
    let mut trees = Trees::new(repo);
    for id in revwalk {
        let commit = repo.find_commit(id?)?;
        let tree = match previous.take() {
            Some((id, tree)) if id == commit.id() => tree,
            _ => town_tree(repo, &commit, prefix)?,
        };
        let mut parents = Vec::new();
        let mut parent_times = Vec::new();
        for parent in commit.parents() {
            parent_times.push(cst(parent.time().seconds()));
            parents.push(town_tree(repo, &parent, prefix)?);
        }
        let mut changes = Vec::new();
        let first = parents.first().and_then(Option::as_ref);
        compare(&mut trees, first, tree.as_ref(), "", &mut changes)?;
        trees.next_commit();
        if let Some(first) = commit.parent_ids().next() {
            previous = Some((first, parents.first().cloned().flatten()));
        }
        each(&Step {
            commit: info(&commit),
            changes,
            parents,
            parent_times,
        });
    }
    Ok(())
}

/// The folders read for the commit being compared and for the one before it: the folders a
/// commit compares against are nearly always those its predecessor read, and nothing older is
/// kept, so memory does not grow with the history.
struct Trees<'r> {
    repo: &'r Repository,
    previous: FxHashMap<Oid, git2::Tree<'r>>,
    current: FxHashMap<Oid, git2::Tree<'r>>,
}

impl<'r> Trees<'r> {
    fn new(repo: &'r Repository) -> Self {
        Trees {
            repo,
            previous: FxHashMap::default(),
            current: FxHashMap::default(),
        }
    }

    fn get(&mut self, id: Oid) -> Result<git2::Tree<'r>, git2::Error> {
        if let Some(tree) = self.current.get(&id) {
            return Ok(tree.clone());
        }
        let tree = match self.previous.get(&id) {
            Some(tree) => tree.clone(),
            None => self.repo.find_tree(id)?,
        };
        self.current.insert(id, tree.clone());
        Ok(tree)
    }

    fn next_commit(&mut self) {
        self.previous = std::mem::take(&mut self.current);
    }
}

/// Git's order of tree entries: by name, a folder compared as if its name ended in `/`.
fn git_order(a: &git2::TreeEntry, b: &git2::TreeEntry) -> std::cmp::Ordering {
    let (x, y) = (a.name_bytes(), b.name_bytes());
    let common = x.len().min(y.len());
    match x[..common].cmp(&y[..common]) {
        // The byte after the shared part: a folder's name goes on with `/`, a name that ends
        // sorts first. No allocation: this runs for every entry of every changed folder.
        std::cmp::Ordering::Equal => {
            let next = |name: &[u8], e: &git2::TreeEntry| {
                name.get(common)
                    .copied()
                    .or_else(|| is_tree(e).then_some(b'/'))
            };
            next(x, a).cmp(&next(y, b))
        }
        other => other,
    }
}

fn is_tree(e: &git2::TreeEntry) -> bool {
    e.kind() == Some(git2::ObjectType::Tree)
}

/// Lists the files that differ between two trees, walking only into folders whose ids differ
/// (git keeps entries sorted, so this is one merge pass per changed folder).
fn compare<'r>(
    trees: &mut Trees<'r>,
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

    let side = |trees: &mut Trees<'r>,
                e: &git2::TreeEntry,
                removed: bool,
                out: &mut Vec<FileChange>|
     -> Result<(), git2::Error> {
        if is_tree(e) {
            let t = trees.get(e.id())?;
            let dir = format!("{}/", path(e));
            if removed {
                compare(trees, Some(&t), None, &dir, out)
            } else {
                compare(trees, None, Some(&t), &dir, out)
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
                side(trees, &a, true, out)?;
                i += 1;
            }
            (None, Some(b)) => {
                side(trees, &b, false, out)?;
                j += 1;
            }
            (Some(a), Some(b)) => match git_order(&a, &b) {
                std::cmp::Ordering::Less => {
                    side(trees, &a, true, out)?;
                    i += 1;
                }
                std::cmp::Ordering::Greater => {
                    side(trees, &b, false, out)?;
                    j += 1;
                }
                std::cmp::Ordering::Equal => {
                    if a.id() != b.id() {
                        match (is_tree(&a), is_tree(&b)) {
                            (true, true) => {
                                let dir = format!("{}/", path(&a));
                                let (ta, tb) = (trees.get(a.id())?, trees.get(b.id())?);
                                compare(trees, Some(&ta), Some(&tb), &dir, out)?;
                            }
                            (false, false) => out.push(FileChange {
                                path: path(&b),
                                old: Some(a.id()),
                                new: Some(b.id()),
                            }),
                            _ => {
                                side(trees, &a, true, out)?;
                                side(trees, &b, false, out)?;
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
