//! `grid audit`: what the history shows that the data alone cannot — signed rows edited later,
//! rows entered long after they claim to have been reported, deletions, data commits by
//! people who are not clerks, commit times that go backwards. One walk over the history.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use git2::Repository;

use crate::audit::history::{self, CommitInfo, FileChange};
use crate::audit::rows::{self, Row};
use crate::timefmt::parse_stamp;

/// What an audit item is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum AuditKind {
    /// A signed patrol or meeting row changed after the commit that first held its signature.
    SignedRowEdited,
    /// A row first committed more than `policy.audit.backfill_hours` after its `reported_at`.
    Backfilled,
    /// A row or a case file deleted.
    Deleted,
    /// A data commit by an author whose email is no clerk's in `roster.csv`.
    UnknownAuthor,
    /// A commit dated earlier than the commit before it.
    TimeBackwards,
}

impl AuditKind {
    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            AuditKind::SignedRowEdited => "signed_row_edited",
            AuditKind::Backfilled => "backfilled",
            AuditKind::Deleted => "deleted",
            AuditKind::UnknownAuthor => "unknown_author",
            AuditKind::TimeBackwards => "time_backwards",
        }
    }

    /// The Chinese name.
    pub fn zh(self) -> &'static str {
        match self {
            AuditKind::SignedRowEdited => "签字后被修改",
            AuditKind::Backfilled => "补录",
            AuditKind::Deleted => "删除",
            AuditKind::UnknownAuthor => "非专职人员提交",
            AuditKind::TimeBackwards => "提交时间倒退",
        }
    }
}

/// One thing the audit found.
#[derive(Clone, Debug)]
pub struct AuditItem {
    /// What.
    pub kind: AuditKind,
    /// The commit.
    pub commit: CommitInfo,
    /// The file (empty for commit-level items).
    pub file: String,
    /// The record (a key such as `patrol:2026-11-20:P0044`, a case id), if any.
    pub record: String,
    /// The details: changed fields, hours late …
    pub detail: String,
}

/// What the audit needs to know of the town.
pub struct AuditPolicy<'a> {
    /// Git emails of the clerks, lower case.
    pub clerk_emails: &'a [String],
    /// `policy.audit.backfill_hours`.
    pub backfill_hours: u32,
    /// Only commits from this day on are reported (the whole history is still read).
    pub since: Option<NaiveDate>,
}

fn is_data(path: &str) -> bool {
    rows::kind_of(path).is_some() || crate::load::discover::strip_extension(path, "yaml").is_some()
}

/// Audits the history of the repository for the town at `prefix` in it.
pub fn audit(
    repo: &Repository,
    prefix: &str,
    policy: &AuditPolicy,
) -> Result<Vec<AuditItem>, git2::Error> {
    let mut items = Vec::new();
    let mut previous: Option<NaiveDateTime> = None;
    let mut first = true;
    let mut failure = None;
    history::walk(repo, prefix, |commit, changes| {
        let mut found = Vec::new();
        if previous.is_some_and(|p| commit.time < p) {
            found.push((
                AuditKind::TimeBackwards,
                String::new(),
                String::new(),
                format!("{} < {}", commit.time, previous.unwrap_or_default()),
            ));
        }
        previous = Some(commit.time);
        let touches_data = changes.iter().any(|c| is_data(&c.path));
        if touches_data && !policy.clerk_emails.contains(&commit.email.to_lowercase()) {
            found.push((
                AuditKind::UnknownAuthor,
                String::new(),
                String::new(),
                format!("{} <{}>", commit.author, commit.email),
            ));
        }
        for change in changes {
            if let Err(e) = file_items(repo, commit, change, policy, first, &mut found) {
                failure = Some(e);
            }
        }
        first = false;
        if policy.since.is_none_or(|since| commit.time.date() >= since) {
            items.extend(
                found
                    .into_iter()
                    .map(|(kind, file, record, detail)| AuditItem {
                        kind,
                        commit: commit.clone(),
                        file,
                        record,
                        detail,
                    }),
            );
        }
    })?;
    match failure {
        Some(e) => Err(e),
        None => Ok(items),
    }
}

type Found = Vec<(AuditKind, String, String, String)>;

fn file_items(
    repo: &Repository,
    commit: &CommitInfo,
    change: &FileChange,
    policy: &AuditPolicy,
    baseline: bool,
    found: &mut Found,
) -> Result<(), git2::Error> {
    if change.new.is_none() && change.path.starts_with("cases/") {
        let id = change
            .path
            .rsplit('/')
            .next()
            .unwrap_or("")
            .trim_end_matches(".yaml")
            .to_string();
        found.push((AuditKind::Deleted, change.path.clone(), id, String::new()));
        return Ok(());
    }
    let Some(kind) = rows::kind_of(&change.path) else {
        return Ok(());
    };
    let header_line = history::first_line(repo, change.new.or(change.old));
    let header = rows::fields(&header_line);
    let (removed, added) = history::changed_lines(repo, change)?;
    let old: HashMap<String, Row> = removed
        .iter()
        .filter_map(|l| Row::read(kind, &header, l))
        .map(|r| (r.key.clone(), r))
        .collect();
    let new: HashMap<String, Row> = added
        .iter()
        .filter_map(|l| Row::read(kind, &header, l))
        .map(|r| (r.key.clone(), r))
        .collect();
    let mut keys: Vec<&String> = old.keys().chain(new.keys()).collect();
    keys.sort();
    keys.dedup();
    for key in keys {
        match (old.get(key), new.get(key)) {
            (Some(before), Some(after)) => {
                if kind.signed && !before.get("signed_by").is_empty() {
                    let detail = before.changes_to(after).join("; ");
                    found.push((
                        AuditKind::SignedRowEdited,
                        change.path.clone(),
                        key.clone(),
                        detail,
                    ));
                }
            }
            (Some(_), None) => found.push((
                AuditKind::Deleted,
                change.path.clone(),
                key.clone(),
                String::new(),
            )),
            (None, Some(after)) => {
                let reported = parse_stamp(after.get("reported_at"));
                let late = reported.map(|r| commit.time - r);
                if !baseline
                    && let (Some(reported), Some(late)) = (reported, late)
                    && late > TimeDelta::hours(i64::from(policy.backfill_hours))
                {
                    let hours = late.num_minutes() as f64 / 60.0;
                    let detail = format!(
                        "reported_at {} · committed {} · {hours:.1} h",
                        crate::timefmt::format_stamp(reported),
                        crate::timefmt::format_stamp(commit.time)
                    );
                    found.push((
                        AuditKind::Backfilled,
                        change.path.clone(),
                        key.clone(),
                        detail,
                    ));
                }
            }
            (None, None) => {}
        }
    }
    Ok(())
}
