//! `grid audit`: what the history shows that the data alone cannot — signed rows edited later,
//! rows entered long after they claim to have been reported, deletions, data commits by
//! people who were not clerks that day, signs of a rewritten history. One walk over the whole
//! history, merged branches included; records compared by meaning (see [`rows`]).

use std::rc::Rc;

use chrono::{NaiveDate, TimeDelta};
use git2::Repository;

use crate::audit::compare::{Versions, entries, sides, text};
use crate::audit::history::{self, CommitInfo, FileChange, Step};
use crate::audit::rows::{self, Row, Version, delta};
use crate::layout::{DECISIONS, ROSTER};
use crate::model::choices::Role;
use crate::timefmt::{format_stamp, parse_date, parse_stamp};

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
    /// An entry of `findings/decisions.yaml` edited or removed after it was committed.
    DecisionChanged,
    /// An event added to a case file dated more than `policy.audit.backfill_hours` before the
    /// commit that added it.
    BackdatedEvent,
    /// A history rewritten: a commit whose author and committer dates lie far apart (a
    /// rebase, an amend, a forged date), or one dated before its parent.
    HistoryRewritten,
}

impl AuditKind {
    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            AuditKind::SignedRowEdited => "signed_row_edited",
            AuditKind::Backfilled => "backfilled",
            AuditKind::Deleted => "deleted",
            AuditKind::UnknownAuthor => "unknown_author",
            AuditKind::DecisionChanged => "decision_changed",
            AuditKind::BackdatedEvent => "backdated_event",
            AuditKind::HistoryRewritten => "history_rewritten",
        }
    }

    /// The Chinese name.
    pub fn zh(self) -> &'static str {
        match self {
            AuditKind::SignedRowEdited => "签字后被修改",
            AuditKind::Backfilled => "补录",
            AuditKind::Deleted => "删除",
            AuditKind::UnknownAuthor => "非专职人员提交",
            AuditKind::DecisionChanged => "处理决定被改动",
            AuditKind::BackdatedEvent => "倒签事件",
            AuditKind::HistoryRewritten => "历史被改写",
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
pub struct AuditPolicy {
    /// `policy.audit.backfill_hours`: how long after its report time a record may enter the
    /// history, and how far a commit's author and committer dates may lie apart.
    pub backfill_hours: u32,
    /// Only commits from this day on are reported (the whole history is still read).
    pub since: Option<NaiveDate>,
}

impl AuditPolicy {
    /// The hours of `span` when it is longer than `backfill_hours` allows, else `None`.
    fn beyond(&self, span: TimeDelta) -> Option<f64> {
        (span > TimeDelta::hours(i64::from(self.backfill_hours)))
            .then(|| span.num_minutes() as f64 / 60.0)
    }
}

fn is_data(path: &str) -> bool {
    rows::kind_of(path).is_some() || crate::layout::strip_extension(path, "yaml").is_some()
}

/// What the audit found, and how much history it read.
#[derive(Debug, Default)]
pub struct Audit {
    /// The items, in history order.
    pub items: Vec<AuditItem>,
    /// The commits read.
    pub commits: usize,
}

/// Audits the history of the repository for the town at `prefix` in it.
pub fn audit(repo: &Repository, prefix: &str, policy: &AuditPolicy) -> Result<Audit, git2::Error> {
    // One group of items per commit; the walk goes newest first, the items are told oldest
    // first.
    let mut groups: Vec<Vec<AuditItem>> = Vec::new();
    let mut commits = 0;
    let mut versions = Versions::new(repo);
    history::walk(repo, prefix, |step| {
        commits += 1;
        let mut found = Found::new();
        rewritten(step, policy, &mut found);
        let own: Vec<&FileChange> = step
            .changes
            .iter()
            .filter(|c| !step.took_from_other_side(c))
            .collect();
        if own.iter().any(|c| is_data(&c.path)) {
            author(step, &mut versions, &mut found);
        }
        for change in own {
            file_items(step, change, policy, &mut versions, &mut found);
        }
        if policy
            .since
            .is_none_or(|since| step.commit.time.date() >= since)
        {
            groups.push(
                found
                    .into_iter()
                    .map(|(kind, file, record, detail)| AuditItem {
                        kind,
                        commit: step.commit.clone(),
                        file,
                        record,
                        detail,
                    })
                    .collect(),
            );
        }
    })?;
    let items = groups.into_iter().rev().flatten().collect();
    Ok(Audit { items, commits })
}

type Found = Vec<(AuditKind, String, String, String)>;

/// The signs of a rewritten history: author and committer dates far apart (a rebase, an
/// amend, a forged date), a commit dated before its parent.
fn rewritten(step: &Step, policy: &AuditPolicy, found: &mut Found) {
    let c = &step.commit;
    let mut signs = Vec::new();
    if policy.beyond((c.time - c.authored).abs()).is_some() {
        signs.push(format!(
            "authored {} · committed {}",
            format_stamp(c.authored),
            format_stamp(c.time)
        ));
    }
    if let Some(parent) = step.parent_times.iter().filter(|p| **p > c.time).max() {
        signs.push(format!(
            "committed {} before its parent ({})",
            format_stamp(c.time),
            format_stamp(*parent)
        ));
    }
    if !signs.is_empty() {
        found.push((
            AuditKind::HistoryRewritten,
            String::new(),
            String::new(),
            signs.join("; "),
        ));
    }
}

/// Judges the author of a data commit against the roster as the history held it before the
/// commit (a commit cannot make its own author a clerk; the first commit is judged by its own
/// roster): a clerk's email, in an assignment that covers the commit's day.
fn author(step: &Step, versions: &mut Versions, found: &mut Found) {
    let Some(kind) = rows::kind_of(ROSTER) else {
        return;
    };
    let blob = if step.is_root() {
        step.changes
            .iter()
            .find(|c| c.path == ROSTER)
            .and_then(|c| c.new)
    } else {
        step.before(ROSTER)
    };
    let roster = versions.get(&kind, blob);
    let c = &step.commit;
    let email = c.email.to_lowercase();
    let day = c.time.date();
    let assignments: Vec<(&str, &str)> = roster
        .rows
        .values()
        .filter(|r| r.get(&kind, "role") == Role::Clerk.as_str())
        .filter(|r| r.get(&kind, "email").to_lowercase() == email && !email.is_empty())
        .map(|r| (r.get(&kind, "from"), r.get(&kind, "to")))
        .collect();
    let covers = |(from, to): &(&str, &str)| {
        parse_date(from).is_none_or(|f| f <= day) && parse_date(to).is_none_or(|t| day <= t)
    };
    if assignments.iter().any(covers) {
        return;
    }
    let mut detail = format!("{} <{}>", c.author, c.email);
    if let Some((from, to)) = assignments.first() {
        detail.push_str(&format!(
            " · clerk {}~{}",
            if from.is_empty() { "…" } else { from },
            if to.is_empty() { "…" } else { to }
        ));
    }
    found.push((
        AuditKind::UnknownAuthor,
        String::new(),
        String::new(),
        detail,
    ));
}

fn file_items(
    step: &Step,
    change: &FileChange,
    policy: &AuditPolicy,
    versions: &mut Versions,
    found: &mut Found,
) {
    if change.new.is_none() && crate::layout::is_case_path(&change.path) {
        let name = change.path.rsplit('/').next().unwrap_or("");
        let id = crate::layout::case_id_of(name).unwrap_or(name).to_string();
        found.push((AuditKind::Deleted, change.path.clone(), id, String::new()));
        return;
    }
    if change.path == DECISIONS {
        decision_items(versions, change, found);
        return;
    }
    if crate::layout::is_case_path(&change.path) && !step.is_root() {
        backdated_events(versions, step, change, policy, found);
        return;
    }
    let Some(kind) = rows::kind_of(&change.path) else {
        return;
    };
    let Ok((old, new)) = sides(&kind, change, versions) else {
        return;
    };
    if !old.readable || !new.readable {
        return;
    }
    let sides: Vec<Rc<Version>> = step
        .other_sides(&change.path)
        .into_iter()
        .map(|blob| versions.get(&kind, blob))
        .collect();
    // In a merge, a record as another side has it came from that side.
    let on_a_side = |row: &Row| {
        sides
            .iter()
            .any(|v| v.rows.get(&row.key).is_some_and(|r| r.values == row.values))
    };
    let gone_on_a_side = |row: &Row| sides.iter().any(|v| !v.rows.contains_key(&row.key));
    let d = delta(&old, &new);
    for (before, after) in d.edited {
        if on_a_side(after) {
            continue;
        }
        if kind.signed && !before.get(&kind, "signed_by").is_empty() {
            let detail = before.changes_to(&kind, after).join("; ");
            found.push((
                AuditKind::SignedRowEdited,
                change.path.clone(),
                after.key.clone(),
                detail,
            ));
        }
    }
    for row in d.removed {
        if !gone_on_a_side(row) {
            found.push((
                AuditKind::Deleted,
                change.path.clone(),
                row.key.clone(),
                String::new(),
            ));
        }
    }
    if step.is_root() {
        return;
    }
    let written = step.commit.authored;
    for row in d.added {
        if on_a_side(row) {
            continue;
        }
        let Some(reported) = parse_stamp(row.get(&kind, "reported_at")) else {
            continue;
        };
        if let Some(hours) = policy.beyond(written - reported) {
            let detail = format!(
                "reported_at {} · committed {} · {hours:.1} h",
                format_stamp(reported),
                format_stamp(written)
            );
            found.push((
                AuditKind::Backfilled,
                change.path.clone(),
                row.key.clone(),
                detail,
            ));
        }
    }
}

/// Decisions edited or removed: a decision, once committed, is the record of who decided
/// what; changing it afterwards is an item (a new decision is added, never edited in).
fn decision_items(versions: &mut Versions, change: &FileChange, found: &mut Found) {
    let old = versions.yaml(change.old);
    let new = versions.yaml(change.new);
    let new_entries = entries(&new, "decisions");
    for before in entries(&old, "decisions") {
        if new_entries.contains(before) {
            continue;
        }
        let finding = text(before, "finding");
        let after = new_entries.iter().find(|e| text(e, "finding") == finding);
        let detail = match after {
            Some(after) => {
                let mut out = Vec::new();
                crate::audit::log::yaml_changes("", before, after, &mut out);
                out.join("; ")
            }
            None => "removed".to_string(),
        };
        found.push((
            AuditKind::DecisionChanged,
            change.path.clone(),
            finding.to_string(),
            detail,
        ));
    }
}

/// Events a commit added to a case file dated long before the commit: a handling step
/// recorded as if it had happened earlier than anyone wrote it down.
fn backdated_events(
    versions: &mut Versions,
    step: &Step,
    change: &FileChange,
    policy: &AuditPolicy,
    found: &mut Found,
) {
    let old = versions.yaml(change.old);
    let new = versions.yaml(change.new);
    let before = entries(&old, "events");
    let written = step.commit.authored;
    for event in entries(&new, "events") {
        if before.contains(event) {
            continue;
        }
        let Some(at) = parse_stamp(text(event, "at")) else {
            continue;
        };
        if let Some(hours) = policy.beyond(written - at) {
            found.push((
                AuditKind::BackdatedEvent,
                change.path.clone(),
                text(&new, "id").to_string(),
                format!(
                    "{} at {} · committed {} · {hours:.1} h",
                    text(event, "action"),
                    format_stamp(at),
                    format_stamp(written),
                ),
            ));
        }
    }
}
