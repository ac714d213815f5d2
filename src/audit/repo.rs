//! The git repository under a town: refusing to write into a repository in the middle of
//! something, or over uncommitted changes, and committing what a command wrote.

use std::path::{Path, PathBuf};

use git2::{Repository, RepositoryState, Status};

use crate::error::Error;
use crate::i18n::Lang;

/// The repository holding `root`, if `root` is inside one.
pub fn open(root: &Path) -> Option<Repository> {
    Repository::discover(root).ok()
}

fn git_error(lang: Lang, err: &git2::Error) -> Error {
    Error::Usage(format!(
        "{}: {}",
        lang.pick("git 出错", "git failed"),
        err.message()
    ))
}

/// The path of `file` relative to the repository's work tree.
fn relative(repo: &Repository, file: &Path) -> Option<PathBuf> {
    let workdir = repo.workdir()?.canonicalize().ok()?;
    let full = match file.canonicalize() {
        Ok(full) => full,
        Err(_) => file.parent()?.canonicalize().ok()?.join(file.file_name()?),
    };
    full.strip_prefix(workdir).ok().map(Path::to_path_buf)
}

/// Refuses to write when the repository is in the middle of a merge, rebase or other
/// operation, has conflicts, or has uncommitted changes in `files` (unless `allow_dirty`).
pub fn before_write(
    root: &Path,
    files: &[PathBuf],
    allow_dirty: bool,
    lang: Lang,
) -> Result<(), Error> {
    let Some(repo) = open(root) else {
        return Ok(());
    };
    if repo.state() != RepositoryState::Clean {
        return Err(Error::Usage(lang.pick("仓库正处于合并、变基或其他未完成的操作中，请先完成或中止", "the repository is in the middle of a merge, rebase or similar: finish or abort it first").to_string()));
    }
    if repo
        .index()
        .map_err(|e| git_error(lang, &e))?
        .has_conflicts()
    {
        return Err(Error::Usage(
            lang.pick(
                "仓库有未解决的冲突",
                "the repository has unresolved conflicts",
            )
            .to_string(),
        ));
    }
    if allow_dirty {
        return Ok(());
    }
    for file in files {
        let Some(rel) = relative(&repo, file) else {
            continue;
        };
        let status = match repo.status_file(&rel) {
            Ok(status) => status,
            Err(e) if e.code() == git2::ErrorCode::NotFound => continue,
            Err(e) => return Err(git_error(lang, &e)),
        };
        let changed = Status::WT_NEW
            | Status::WT_MODIFIED
            | Status::WT_DELETED
            | Status::WT_RENAMED
            | Status::INDEX_NEW
            | Status::INDEX_MODIFIED
            | Status::INDEX_DELETED
            | Status::INDEX_RENAMED;
        if status.intersects(changed) {
            let shown = rel.display();
            return Err(Error::Usage(match lang {
                Lang::Zh => {
                    format!("{shown} 有未提交的修改：请先提交（git commit），或加 --allow-dirty")
                }
                Lang::En => format!(
                    "{shown} has uncommitted changes: commit them first, or pass --allow-dirty"
                ),
            }));
        }
    }
    Ok(())
}

/// Commits `files` (added, changed or removed) with `message`, author and committer from the
/// git configuration. Returns the new commit's id.
pub fn commit(root: &Path, files: &[PathBuf], message: &str, lang: Lang) -> Result<String, Error> {
    let repo = open(root).ok_or_else(|| {
        Error::Usage(
            lang.pick(
                "--commit 需要一个 git 仓库（grid init 会创建）",
                "--commit needs a git repository (grid init makes one)",
            )
            .to_string(),
        )
    })?;
    let fail = |e: git2::Error| git_error(lang, &e);
    let mut index = repo.index().map_err(fail)?;
    for file in files {
        let Some(rel) = relative(&repo, file) else {
            continue;
        };
        if file.exists() {
            index.add_path(&rel).map_err(fail)?;
        } else {
            index.remove_path(&rel).map_err(fail)?;
        }
    }
    index.write().map_err(fail)?;
    let tree = repo
        .find_tree(index.write_tree().map_err(fail)?)
        .map_err(fail)?;
    let signature = repo.signature().map_err(|_| {
        Error::Usage(
            lang.pick(
                "git 未设置 user.name 和 user.email，无法提交",
                "git has no user.name and user.email: cannot commit",
            )
            .to_string(),
        )
    })?;
    let parent = repo.head().ok().and_then(|h| h.peel_to_commit().ok());
    let parents: Vec<&git2::Commit> = parent.iter().collect();
    let id = repo
        .commit(
            Some("HEAD"),
            &signature,
            &signature,
            message,
            &tree,
            &parents,
        )
        .map_err(fail)?;
    Ok(id.to_string())
}

/// The structured message of a commit made by `grid`: a summary line, then `key: value`
/// lines (command, source file and its sha256, counts, files).
pub fn message(summary: &str, fields: &[(&str, String)]) -> String {
    let mut text = format!("{summary}\n\n");
    for (key, value) in fields {
        text.push_str(&format!("{key}: {value}\n"));
    }
    text
}

/// Where the town's folder `root` sits in the repository's work tree: `""` at the top,
/// else `path/to/town/`.
pub fn prefix(repo: &Repository, root: &Path) -> String {
    match relative(repo, root) {
        Some(rel) if !rel.as_os_str().is_empty() => {
            format!("{}/", rel.to_string_lossy().replace('\\', "/"))
        }
        _ => String::new(),
    }
}

/// A copy of what is staged for the next commit under the town's folder, in a temporary
/// folder (for the pre-commit hook's check).
pub fn staged_copy(root: &Path, lang: Lang) -> Result<tempfile::TempDir, Error> {
    let repo = open(root).ok_or_else(|| {
        Error::Usage(
            lang.pick("--staged 需要 git 仓库", "--staged needs a git repository")
                .to_string(),
        )
    })?;
    let prefix = prefix(&repo, root);
    let index = repo.index().map_err(|e| git_error(lang, &e))?;
    let dir = tempfile::tempdir().map_err(|e| Error::io(std::env::temp_dir(), e))?;
    for entry in index.iter() {
        let path = String::from_utf8_lossy(&entry.path).into_owned();
        let Some(relative) = path.strip_prefix(&prefix) else {
            continue;
        };
        let blob = repo.find_blob(entry.id).map_err(|e| git_error(lang, &e))?;
        let target = dir.path().join(relative);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        std::fs::write(&target, blob.content()).map_err(|e| Error::io(&target, e))?;
    }
    Ok(dir)
}
