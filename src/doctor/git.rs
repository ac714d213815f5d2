//! The doctor's git checks: the program, the repository, its hook and its ignore and
//! attribute files.

use std::path::Path;
use std::process::Command;

use git2::{AttrCheckFlags, Repository};

use crate::audit::repo;
use crate::commands::hook::hooks_dir;
use crate::commands::report::REPORTS_DIR;
use crate::doctor::{Finding, Health};
use crate::i18n::Lang;
use crate::starter::HOOK_MARK;
use crate::write::TEMP_PREFIX;

/// Whether git runs, and its version.
pub fn program(lang: Lang) -> Finding {
    let version = Command::new("git")
        .arg("--version")
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string());
    match version {
        // `git version 2.47.3` (on Windows `… .windows.1`): the number, said in `lang`.
        Some(v) => {
            let number = v.strip_prefix("git version ").unwrap_or(&v);
            let said = format!("{} {number}", lang.pick("版本", "version"));
            Finding::new("git", Health::Good, said, "")
        }
        None => Finding::new(
            "git",
            Health::Problem,
            lang.pick("找不到 git 程序", "git is not installed or not on PATH")
                .to_string(),
            lang.pick(
                "安装 Git（Windows 上为 Git for Windows），然后重新打开终端",
                "install Git (Git for Windows on Windows), then open a new terminal",
            ),
        ),
    }
}

/// The repository's git: in git at all, a full clone, the hook, `.gitignore`, `.gitattributes`.
pub fn repository(root: &Path, lang: Lang) -> Vec<Finding> {
    let Some(git) = repo::open(root) else {
        return vec![Finding::new(
            "git-repository",
            Health::Problem,
            lang.pick(
                "镇网格仓库不在 git 中：没有变更记录，审计无从谈起",
                "the town is not in git: no history, nothing to audit",
            )
            .to_string(),
            lang.pick(
                "git init，然后 grid hook install，再 git add . && git commit",
                "git init, then grid hook install, then git add . && git commit",
            ),
        )];
    };
    let prefix = repo::prefix(&git, root);
    let mut found = vec![shallow(&git, lang), hook(&git, lang)];
    found.push(ignored(&git, &prefix, lang));
    found.push(attributes(&git, &prefix, lang));
    found
}

fn shallow(git: &Repository, lang: Lang) -> Finding {
    match git.is_shallow() {
        false => Finding::new(
            "history",
            Health::Good,
            lang.pick("完整历史", "full history").to_string(),
            "",
        ),
        true => Finding::new(
            "history",
            Health::Problem,
            lang.pick(
                "浅克隆：grid log 与 grid audit 只看到部分历史",
                "a shallow clone: grid log and grid audit see only part of the history",
            )
            .to_string(),
            "git fetch --unshallow",
        ),
    }
}

fn hook(git: &Repository, lang: Lang) -> Finding {
    let path = hooks_dir(git).join("pre-commit");
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let runs = executable(&path);
    let trouble = match (text.contains(HOOK_MARK), runs) {
        (true, true) => {
            return Finding::new("hook", Health::Good, path.display().to_string(), "");
        }
        (true, false) => lang.pick(
            "不可执行，git 不会运行它",
            "not executable: git will not run it",
        ),
        (false, _) => lang.pick(
            "没有 grid 的提交前检查：有错误的数据也能提交",
            "grid's pre-commit check is not there: data with errors can be committed",
        ),
    };
    Finding::new(
        "hook",
        Health::Problem,
        format!("{}: {trouble}", path.display()),
        "grid hook install",
    )
}

#[cfg(unix)]
fn executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn executable(path: &Path) -> bool {
    path.is_file()
}

fn ignored(git: &Repository, prefix: &str, lang: Lang) -> Finding {
    let missing: Vec<String> = [
        format!("{REPORTS_DIR}/"),
        format!("{TEMP_PREFIX}*"),
        "*.rejected.csv".to_string(),
    ]
    .into_iter()
    .filter(|pattern| {
        let mut example = pattern.replace('*', "x");
        if example.ends_with('/') {
            example.push_str("x.xlsx");
        }
        let probe = format!("{prefix}{example}");
        !git.is_path_ignored(Path::new(&probe)).unwrap_or(false)
    })
    .collect();
    match missing.is_empty() {
        true => Finding::new("gitignore", Health::Good, ".gitignore".to_string(), ""),
        false => Finding::new(
            "gitignore",
            Health::Problem,
            format!(
                "{}: {}",
                lang.pick("git 没有忽略", "git does not ignore"),
                missing.join(", ")
            ),
            lang.pick(
                "把这几行加进仓库的 .gitignore（grid init 会写好）",
                "add these lines to the repository's .gitignore (grid init writes them)",
            ),
        ),
    }
}

fn attributes(git: &Repository, prefix: &str, lang: Lang) -> Finding {
    let probe = format!("{prefix}{}", crate::layout::TOWN);
    let eol = git
        .get_attr(Path::new(&probe), "eol", AttrCheckFlags::FILE_THEN_INDEX)
        .ok()
        .flatten()
        .map(str::to_string);
    match eol.as_deref() {
        Some("lf") => Finding::new(
            "gitattributes",
            Health::Good,
            ".gitattributes: eol=lf".to_string(),
            "",
        ),
        _ => Finding::new(
            "gitattributes",
            Health::Problem,
            lang.pick(
                "没有 .gitattributes：Windows 上的 git 可能把换行改成 CRLF，审计会把整文件看作改动",
                "no .gitattributes: git on Windows may turn line ends into CRLF, and the audit sees whole files changed",
            )
            .to_string(),
            lang.pick(
                "在仓库根目录加 .gitattributes，写入 `* text=auto eol=lf`（grid init 会写好）",
                "add a .gitattributes at the root with `* text=auto eol=lf` (grid init writes it)",
            ),
        ),
    }
}
