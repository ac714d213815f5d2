//! `grid audit`: the git history checked for edits after signing, backfills, deletions,
//! authors who are not clerks, and time going backwards.

use crate::audit::checks::{AuditItem, AuditPolicy, audit};
use crate::audit::repo;
use crate::cli::{AuditArgs, ListFormat};
use crate::commands::check::write_stdout;
use crate::commands::{Outcome, open};
use crate::context::Context;
use crate::error::Error;
use crate::output::summary::stream_end;
use crate::output::{csv_text, table};
use crate::timefmt::format_stamp;
use git2::Repository;

/// Runs `grid audit`: exit 1 when something was found.
pub fn run(ctx: &Context, args: &AuditArgs) -> Result<Outcome, Error> {
    let (root, _, town) = open(ctx, args.as_of)?;
    let lang = ctx.lang;
    let git = history_of(&root, lang)?;
    let policy = AuditPolicy {
        backfill_hours: town.policy.audit.backfill_hours.0,
        since: args.since,
    };
    let found = audit(&git, &repo::prefix(&git, &root), &policy)
        .map_err(|e| Error::Usage(e.message().to_string()))?;
    let mut items = found.items;
    if let Some(as_of) = args.as_of {
        items.retain(|i| i.commit.time <= as_of.now);
    }
    let headings = [
        lang.pick("类别", "Kind"),
        lang.pick("提交", "Commit"),
        lang.pick("时间", "Time"),
        lang.pick("作者", "Author"),
        lang.pick("文件", "File"),
        lang.pick("记录", "Record"),
        lang.pick("详情", "Detail"),
    ];
    let cells = |i: &AuditItem, id: String| {
        vec![
            lang.pick(i.kind.zh(), i.kind.as_str()).to_string(),
            id,
            format_stamp(i.commit.time),
            format!("{} <{}>", i.commit.author, i.commit.email),
            i.file.clone(),
            i.record.clone(),
            i.detail.clone(),
        ]
    };
    let text = match args.format {
        ListFormat::Json => items
            .iter()
            .map(|i| {
                let value = serde_json::json!({
                    "type": "audit",
                    "kind": i.kind.as_str(),
                    "commit": i.commit.id.to_string(),
                    "time": format_stamp(i.commit.time),
                    "author": i.commit.author,
                    "email": i.commit.email,
                    "file": i.file,
                    "record": i.record,
                    "detail": i.detail,
                });
                format!("{value}\n")
            })
            .chain(std::iter::once(stream_end(
                "audit",
                items.len(),
                ctx.as_of(args.as_of).now,
            )))
            .collect(),
        ListFormat::Csv => csv_text(
            &headings,
            items.iter().map(|i| cells(i, i.commit.id.to_string())),
        ),
        ListFormat::Table => {
            let mut t = table::new(&headings, ctx.term);
            for i in &items {
                t.add_row(cells(i, i.commit.id.to_string()[..10].to_string()));
            }
            let summary = match lang {
                crate::i18n::Lang::Zh => format!("{} 项审计发现\n", items.len()),
                crate::i18n::Lang::En => format!("{} audit item(s)\n", items.len()),
            };
            let summary = if items.is_empty() {
                clean_line(lang, found.commits)
            } else {
                summary
            };
            if items.is_empty() {
                summary
            } else {
                format!("{t}\n{summary}")
            }
        }
    };
    write_stdout(&text)?;
    Ok(if items.is_empty() {
        Outcome::Clean
    } else {
        Outcome::Failed
    })
}

/// The git repository holding the town at `root`, with its whole history: a town not in git
/// is refused, and so is a shallow clone (what it lacks cannot be audited).
pub fn history_of(root: &std::path::Path, lang: crate::i18n::Lang) -> Result<Repository, Error> {
    let git = repo::open(root).ok_or_else(|| {
        Error::Usage(
            lang.pick(
                "这个镇网格仓库不在 git 中",
                "this town repository is not in git",
            )
            .to_string(),
        )
    })?;
    if git.is_shallow() {
        return Err(Error::Usage(
            lang.pick(
                "历史不完整（浅克隆），审计需要完整历史：git fetch --unshallow",
                "the history is shallow; audit needs the full history: git fetch --unshallow",
            )
            .to_string(),
        ));
    }
    Ok(git)
}

/// What a clean audit says: what it checked, over how much history, and what no audit of a
/// history can prove.
fn clean_line(lang: crate::i18n::Lang, commits: usize) -> String {
    match lang {
        crate::i18n::Lang::Zh => format!(
            "0 项审计发现：已检查 {commits} 个提交（含合并的分支）的签字后修改、补录、删除、\
             处理决定改动、倒签事件、非专职人员提交和改写历史的迹象；\
             无法证明的是保留日期的改写和冒用的作者名（见 docs/AUDIT.md）\n"
        ),
        crate::i18n::Lang::En => format!(
            "0 audit items: {commits} commits (merged branches included) checked for edits \
             after signing, backfills, deletions, changed decisions, backdated events, authors \
             who were not clerks and signs of a rewritten history; what no audit can prove is a \
             rewrite that keeps the dates, or a forged author name (see docs/AUDIT.md)\n"
        ),
    }
}
