//! What the town knew at a moment. Every kind of record says when it became known
//! ([`Recorded::known_at`]); [`Town::cut`] takes away everything known only after a moment, so
//! that every command run `--as-of T` judges what a clerk could have known at T and nothing
//! else. The rules never look at the clock of a record to hide it: they are handed a town
//! from which it is gone.
//!
//! When a record became known:
//! - a patrol: when it was reported to the centre or signed, whichever came last; without
//!   either, when it ended; without an end time, at the close of its day;
//! - a meeting: when its minutes were reported; without that, at the close of its day;
//! - a sweep, a joint inspection, an approval: at the close of its day (they carry no time);
//! - a case: at its first report (its discovery when it has none); each report and event at
//!   its own time, an assignee's signature (`signed_for`) at its own time, publication and
//!   withdrawal of the disclosure at the close of their day;
//! - a decision of the supervision office: at its time.
//!
//! Links into what was taken away are taken away with it: a patrol row's case that was
//! reported only later, an approval's follow-up record made after the moment.
//! The roster is a plan with its own dates (`from`, `to`) and is judged by them, not cut.

use chrono::NaiveDateTime;
use rustc_hash::FxHashSet;

use crate::model::Town;
use crate::model::case::{Case, CaseIx, Cases, Event, Report};
use crate::model::ids::{IdTable, Ix};
use crate::model::records::{
    Approval, ApprovalIx, Approvals, Decision, IdList, Inspection, Meeting, Patrol, RecordRef,
    Sweep,
};
use crate::rules::duties::end_of;
use crate::source::FileId;

/// A record that became known to the town at a moment.
pub trait Recorded {
    /// When the town first knew of it.
    fn known_at(&self) -> NaiveDateTime;
}

impl Recorded for Patrol {
    fn known_at(&self) -> NaiveDateTime {
        match self.signed_at.max(self.reported_at) {
            Some(at) => at,
            None => self
                .end
                .map_or_else(|| end_of(self.date), |end| self.date.and_time(end)),
        }
    }
}

impl Recorded for Meeting {
    fn known_at(&self) -> NaiveDateTime {
        self.reported_at.unwrap_or_else(|| end_of(self.date))
    }
}

impl Recorded for Sweep {
    fn known_at(&self) -> NaiveDateTime {
        end_of(self.date)
    }
}

impl Recorded for Inspection {
    fn known_at(&self) -> NaiveDateTime {
        end_of(self.date)
    }
}

impl Recorded for Approval {
    fn known_at(&self) -> NaiveDateTime {
        end_of(self.approved_at)
    }
}

impl Recorded for Report {
    fn known_at(&self) -> NaiveDateTime {
        self.at
    }
}

impl Recorded for Event {
    fn known_at(&self) -> NaiveDateTime {
        self.at
    }
}

impl Recorded for Decision {
    fn known_at(&self) -> NaiveDateTime {
        self.at
    }
}

impl Recorded for Case {
    fn known_at(&self) -> NaiveDateTime {
        self.reports
            .iter()
            .map(|r| r.at)
            .min()
            .unwrap_or(self.discovered_at)
    }
}

/// Where the records taken away by [`Town::cut`] were written, so that what was said about
/// them (a diagnostic of a row recorded later) can be taken away too.
#[derive(Debug, Default)]
pub struct Taken {
    /// Rows and list entries, by file and line.
    pub lines: FxHashSet<(FileId, u32)>,
    /// Whole files (cases not yet known).
    pub files: FxHashSet<FileId>,
}

impl Taken {
    /// Whether a diagnostic at this place is about something taken away.
    pub fn covers(&self, file: FileId, line: u32) -> bool {
        self.files.contains(&file) || self.lines.contains(&(file, line))
    }

    fn keep<T: Recorded>(
        &mut self,
        record: &T,
        span: crate::diagnostic::Span,
        now: NaiveDateTime,
    ) -> bool {
        let known = record.known_at() <= now;
        if !known {
            self.lines.insert((span.file, span.line));
        }
        known
    }
}

impl Town {
    /// Takes away everything the town learnt after `now` (see the module documentation), and
    /// says where it was written.
    pub fn cut(&mut self, now: NaiveDateTime) -> Taken {
        let mut taken = Taken::default();
        let (cases, case_map) = cut_cases(std::mem::take(&mut self.cases), now, &mut taken);
        let (approvals, approval_map) =
            cut_approvals(std::mem::take(&mut self.approvals), now, &mut taken);
        self.cases = cases;
        self.approvals = approvals;
        let case = |ix: CaseIx| case_map.get(ix.get()).copied().flatten();
        let relink =
            |cases: &mut IdList<CaseIx>| *cases = cases.iter().filter_map(|&c| case(c)).collect();
        let gone_patrols: FxHashSet<_> = self
            .patrols
            .iter()
            .filter(|p| p.known_at() > now)
            .map(|p| (p.date, p.member))
            .collect();
        let gone_inspections: FxHashSet<_> = self
            .inspections
            .iter()
            .filter(|i| i.known_at() > now)
            .map(|i| (i.date, i.work_area))
            .collect();
        self.patrols.retain(|p| taken.keep(p, p.span, now));
        self.patrols.iter_mut().for_each(|p| relink(&mut p.cases));
        self.sweeps.retain(|s| taken.keep(s, s.span, now));
        self.sweeps.iter_mut().for_each(|s| relink(&mut s.cases));
        self.meetings.retain(|m| taken.keep(m, m.span, now));
        self.meetings.iter_mut().for_each(|m| relink(&mut m.cases));
        self.inspections.retain(|i| taken.keep(i, i.span, now));
        self.inspections
            .iter_mut()
            .for_each(|i| relink(&mut i.cases));
        self.decisions.retain(|d| taken.keep(d, d.span, now));
        for c in self.cases.list.iter_mut().flatten() {
            c.duplicate_of = c.duplicate_of.and_then(case);
            c.approval = c
                .approval
                .and_then(|a| approval_map.get(a.get()).copied().flatten());
            for e in &mut c.events {
                e.of = e.of.and_then(case);
            }
        }
        // A link into what was taken away is undone; a link to what never existed stays, to
        // be reported.
        for a in self.approvals.list.iter_mut().flatten() {
            a.supervised_by = a.supervised_by.and_then(|link| match link {
                RecordRef::Patrol(d, p) => (!gone_patrols.contains(&(d, p))).then_some(link),
                RecordRef::Inspection(d, w) => {
                    (!gone_inspections.contains(&(d, w))).then_some(link)
                }
                RecordRef::Case(c) => case(c).map(RecordRef::Case),
            });
        }
        taken
    }
}

/// The cases known at `now`, each as it stood then, and where each old index went.
fn cut_cases(cases: Cases, now: NaiveDateTime, taken: &mut Taken) -> (Cases, Vec<Option<CaseIx>>) {
    let (ids, list, map) = rebuild(cases.ids, cases.list, |case: &mut Case| {
        if case.known_at() > now {
            taken.files.insert(case.span.file);
            return false;
        }
        case.reports.retain(|r| taken.keep(r, r.span, now));
        case.events.retain(|e| taken.keep(e, e.span, now));
        for e in &mut case.events {
            if e.entry.signed_for.is_some_and(|s| s.0 > now) {
                e.entry.signed_for = None;
            }
        }
        if let Some(d) = &mut case.disclosure {
            if d.withdrawn_at.is_some_and(|w| end_of(w) > now) {
                d.withdrawn_at = None;
            }
            if d.published_at.is_some_and(|p| end_of(p) > now) {
                d.published_at = None;
                d.public = false;
            }
        }
        true
    });
    (Cases { ids, list }, map)
}

/// The approvals made by `now`, and where each old index went.
fn cut_approvals(
    approvals: Approvals,
    now: NaiveDateTime,
    taken: &mut Taken,
) -> (Approvals, Vec<Option<ApprovalIx>>) {
    let (ids, list, map) = rebuild(approvals.ids, approvals.list, |a: &mut Approval| {
        taken.keep(a, a.span, now)
    });
    (Approvals { ids, list }, map)
}

/// A table rebuilt from the entries `keep` keeps (an entry that could not be read is kept:
/// it cannot be placed in time), with the new index of each old one.
type Rebuilt<T> = (IdTable<T>, Vec<Option<T>>, Vec<Option<Ix<T>>>);

fn rebuild<T>(
    ids: IdTable<T>,
    list: Vec<Option<T>>,
    mut keep: impl FnMut(&mut T) -> bool,
) -> Rebuilt<T> {
    let mut kept_ids = IdTable::default();
    let mut kept = Vec::with_capacity(list.len());
    let mut map = Vec::with_capacity(list.len());
    let mut entries = list.into_iter();
    for ix in ids.iter() {
        let mut entry = entries.next().flatten();
        if entry.as_mut().is_some_and(|e| !keep(e)) {
            map.push(None);
            continue;
        }
        let new = kept_ids.insert(ids.name(ix)).ok();
        map.push(new);
        if new.is_some() {
            kept.push(entry);
        }
    }
    (kept_ids, kept, map)
}
