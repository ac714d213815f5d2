//! `grid audit`: the git history checked for edits after signing, backfills, deletions,
//! authors who are not clerks, and time going backwards.

use crate::audit::checks::{AuditItem, AuditPolicy, audit};
use crate::audit::repo;
use crate::cli::{AuditArgs, ListFormat};
use crate::commands::check::write_stdout;
use crate::commands::{Outcome, open};
use crate::context::Context;
use crate::error::Error;
use crate::model::choices::Role;
use crate::output::summary::stream_end;
use crate::output::{csv_text, table};
use crate::timefmt::format_stamp;

/// Runs `grid audit`: exit 1 when something was found.
pub fn run(ctx: &Context, args: &AuditArgs) -> Result<Outcome, Error> {
    let (root, _, town) = open(ctx, args.as_of)?;
    let lang = ctx.lang;
    let git = repo::open(&root).ok_or_else(|| {
        Error::Usage(
            lang.pick(
                "这个镇网格仓库不在 git 中",
                "this town repository is not in git",
            )
            .to_string(),
        )
    })?;
    let clerk_emails: Vec<String> = town
        .roster
        .assignments
        .iter()
        .filter(|a| a.role == Role::Clerk && !a.email.is_empty())
        .map(|a| a.email.to_lowercase())
        .collect();
    let policy = AuditPolicy {
        clerk_emails: &clerk_emails,
        backfill_hours: town.policy.audit.backfill_hours.0,
        since: args.since,
    };
    let mut items = audit(&git, &repo::prefix(&git, &root), &policy)
        .map_err(|e| Error::Usage(e.message().to_string()))?;
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
