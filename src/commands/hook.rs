//! `grid hook install`: the pre-commit hook that runs `grid check --staged` and refuses a
//! commit that breaks the data.

use std::path::Path;

use crate::audit::repo;
use crate::cli::{HookArgs, HookCommand};
use crate::commands::Outcome;
use crate::commands::check::write_stdout;
use crate::context::Context;
use crate::error::Error;
use crate::i18n::Lang;
use crate::starter;

/// Installs the hook for the town at `root` where git will run it (`core.hooksPath`
/// honoured); a pre-commit hook that was there and is not grid's is kept and run first;
/// returns the hook's path.
pub fn install(root: &Path, lang: Lang) -> Result<std::path::PathBuf, Error> {
    let git = repo::open(root).ok_or_else(|| {
        Error::Usage(
            lang.pick(
                "这个镇网格仓库不在 git 中（先 git init）",
                "this town repository is not in git (git init first)",
            )
            .to_string(),
        )
    })?;
    let hooks = hooks_dir(&git);
    std::fs::create_dir_all(&hooks).map_err(|e| Error::io(&hooks, e))?;
    let fallback = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| "grid".to_string());
    let path = hooks.join("pre-commit");
    if let Ok(existing) = std::fs::read_to_string(&path)
        && !existing.contains(starter::HOOK_MARK)
    {
        let chained = hooks.join(starter::CHAINED_HOOK);
        if chained.exists() {
            return Err(Error::Usage(format!(
                "{}: {} {}",
                path.display(),
                lang.pick(
                    "已有一个 pre-commit 钩子，且已有",
                    "a pre-commit hook is already there, and so is"
                ),
                chained.display()
            )));
        }
        std::fs::rename(&path, &chained).map_err(|e| Error::io(&path, e))?;
    }
    std::fs::write(
        &path,
        starter::pre_commit_hook(&repo::prefix(&git, root), &fallback),
    )
    .map_err(|e| Error::io(&path, e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755))
            .map_err(|e| Error::io(&path, e))?;
    }
    Ok(path)
}

/// Where git runs hooks: `core.hooksPath` (relative to the work tree) when set, else
/// `.git/hooks`.
pub fn hooks_dir(git: &git2::Repository) -> std::path::PathBuf {
    let configured = git
        .config()
        .ok()
        .and_then(|c| c.get_path("core.hooksPath").ok());
    match configured {
        Some(dir) if dir.is_absolute() => dir,
        Some(dir) => git.workdir().unwrap_or(git.path()).join(dir),
        None => git.path().join("hooks"),
    }
}

/// Runs `grid hook …`.
pub fn run(ctx: &Context, args: &HookArgs) -> Result<Outcome, Error> {
    match args.command {
        HookCommand::Install => {
            let path = install(&ctx.repo()?, ctx.lang)?;
            write_stdout(&format!(
                "{} {}\n",
                ctx.lang.pick("已安装", "installed"),
                path.display()
            ))?;
        }
    }
    Ok(Outcome::Clean)
}
