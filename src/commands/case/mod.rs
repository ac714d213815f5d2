//! `grid case …`: one subcommand per event of a case's life, plus `new`, `show` and `list`.

mod event;
mod list;
mod new;
mod show;

use std::path::{Path, PathBuf};

use crate::cli::{CaseArgs, CaseCommand};
use crate::commands::Outcome;
use crate::context::Context;
use crate::error::Error;
use crate::load;
use crate::model::Town;
use crate::model::choices::Role;
use crate::model::people::PersonIx;

/// Runs `grid case …`.
pub fn run(ctx: &Context, args: &CaseArgs) -> Result<Outcome, Error> {
    match &args.command {
        CaseCommand::New(a) => new::run(ctx, a),
        CaseCommand::Show(a) => show::run(ctx, a),
        CaseCommand::List(a) => list::run(ctx, a),
        other => event::run(ctx, other),
    }
}

/// The repository and its town, loaded for a case command; refuses a repository whose
/// registers cannot be read.
fn open(ctx: &Context) -> Result<(PathBuf, load::Loaded, Town), Error> {
    let root = ctx.repo()?;
    let mut loaded = load::load(&root)?;
    let town = loaded.town.take().ok_or_else(|| {
        Error::Usage(
            ctx.lang
                .pick(
                    "仓库的基础文件有错误：请先运行 grid check",
                    "the repository's registers have errors: run `grid check` first",
                )
                .to_string(),
        )
    })?;
    Ok((root, loaded, town))
}

/// Who acts: `--by`, else the clerk whose roster email is the git `user.email`.
fn actor(ctx: &Context, root: &Path, town: &Town, by: Option<&str>) -> Result<String, Error> {
    if let Some(id) = by {
        return match town.people.ids.get(id) {
            Some(_) => Ok(id.to_string()),
            None => Err(Error::Usage(format!(
                "{}: {id}",
                ctx.lang.pick("未知人员", "unknown person")
            ))),
        };
    }
    let email = crate::gitinfo::user_email(root);
    let clerk: Option<PersonIx> = email.as_deref().and_then(|email| {
        town.roster
            .assignments
            .iter()
            .find(|a| a.role == Role::Clerk && a.email.eq_ignore_ascii_case(email))
            .map(|a| a.person)
    });
    match (clerk, email) {
        (Some(p), _) => Ok(town.people.id(p).to_string()),
        (None, Some(email)) => Err(Error::Usage(match ctx.lang {
            crate::i18n::Lang::Zh => format!(
                "请用 --by 指明经办人：git 邮箱 {email} 不是 roster.csv 中任何专职人员（clerk）的邮箱"
            ),
            crate::i18n::Lang::En => format!(
                "say who with --by: the git email {email} is no clerk's email in roster.csv"
            ),
        })),
        (None, None) => Err(Error::Usage(
            ctx.lang
                .pick(
                    "请用 --by 指明经办人（git 未设置 user.email）",
                    "say who with --by (git has no user.email)",
                )
                .to_string(),
        )),
    }
}
