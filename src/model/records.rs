//! The daily work of the grid: patrols, sweeps, meetings, joint inspections, approvals, and
//! the decisions and import manifest that sit beside them.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use smallvec::SmallVec;

use crate::diagnostic::Span;
use crate::model::case::CaseIx;
use crate::model::choices::{MeetingKind, PatrolChannel, Verdict};
use crate::model::grid::GridIx;
use crate::model::ids::{IdTable, Ix};
use crate::model::people::PersonIx;
use crate::model::registry::ItemIx;

/// A short list of ids, stored inline when it is short.
pub type IdList<T> = SmallVec<[T; 4]>;

/// One member's patrol on one day.
#[derive(Clone, Debug)]
pub struct Patrol {
    /// The day.
    pub date: NaiveDate,
    /// The village.
    pub grid: GridIx,
    /// The base member.
    pub member: PersonIx,
    /// Start.
    pub start: Option<NaiveTime>,
    /// End.
    pub end: Option<NaiveTime>,
    /// Items checked.
    pub items: IdList<ItemIx>,
    /// Issues found.
    pub issues: u32,
    /// Cases opened from it.
    pub cases: IdList<CaseIx>,
    /// Who signed.
    pub signed_by: Option<PersonIx>,
    /// When signed.
    pub signed_at: Option<NaiveDateTime>,
    /// Who reported it to the centre.
    pub reported_by: Option<PersonIx>,
    /// When reported.
    pub reported_at: Option<NaiveDateTime>,
    /// How reported.
    pub channel: PatrolChannel,
    /// The row.
    pub span: Span,
}

/// A village's sweep on a sweep day.
#[derive(Clone, Debug)]
pub struct Sweep {
    /// The day.
    pub date: NaiveDate,
    /// The village.
    pub grid: GridIx,
    /// The organiser.
    pub organizer: Option<PersonIx>,
    /// Who took part.
    pub participants: Vec<PersonIx>,
    /// Who was absent, and why (empty: no reason given).
    pub absent: Vec<(PersonIx, String)>,
    /// Issues found.
    pub issues: u32,
    /// Cases opened.
    pub cases: IdList<CaseIx>,
    /// The row.
    pub span: Span,
}

/// A meeting: village half-month meeting, town consultation, joint-office meeting.
#[derive(Clone, Debug)]
pub struct Meeting {
    /// The day.
    pub date: NaiveDate,
    /// The kind.
    pub kind: MeetingKind,
    /// The grid (a village, or the town).
    pub grid: GridIx,
    /// The chair.
    pub chair: Option<PersonIx>,
    /// Who attended.
    pub attendees: Vec<PersonIx>,
    /// Cases discussed.
    pub cases: IdList<CaseIx>,
    /// Who signed the minutes.
    pub signed_by: Option<PersonIx>,
    /// Who reported them.
    pub reported_by: Option<PersonIx>,
    /// When reported.
    pub reported_at: Option<NaiveDateTime>,
    /// The row.
    pub span: Span,
}

/// A quarterly joint inspection of a work area.
#[derive(Clone, Debug)]
pub struct Inspection {
    /// The day.
    pub date: NaiveDate,
    /// The work area.
    pub work_area: GridIx,
    /// The lead.
    pub lead: Option<PersonIx>,
    /// Who took part.
    pub participants: Vec<PersonIx>,
    /// Villages covered.
    pub villages: Vec<GridIx>,
    /// Issues found.
    pub issues: u32,
    /// Cases opened.
    pub cases: IdList<CaseIx>,
    /// The row.
    pub span: Span,
}

/// The record that supervised an approval.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordRef {
    /// `patrol:DATE:PERSON`.
    Patrol(NaiveDate, PersonIx),
    /// `inspection:DATE:AREA`.
    Inspection(NaiveDate, GridIx),
    /// `case:ID`.
    Case(CaseIx),
}

/// An approval of the convenience service centre that the grid must follow up.
#[derive(Clone, Debug)]
pub struct Approval {
    /// The item.
    pub item: Option<ItemIx>,
    /// The village.
    pub village: Option<GridIx>,
    /// Approved on.
    pub approved_at: NaiveDate,
    /// Follow-up due by.
    pub follow_up_by: NaiveDate,
    /// The record that checked it.
    pub supervised_by: Option<RecordRef>,
    /// The row.
    pub span: Span,
}

/// Index of an approval.
pub type ApprovalIx = Ix<Approval>;

/// All approvals, by id.
#[derive(Debug, Default)]
pub struct Approvals {
    /// The ids.
    pub ids: IdTable<Approval>,
    /// The approvals, indexed by [`ApprovalIx`]; `None` where the row could not be read.
    pub list: Vec<Option<Approval>>,
}

impl Approvals {
    /// Every readable approval with its index.
    pub fn iter(&self) -> impl Iterator<Item = (ApprovalIx, &Approval)> {
        self.ids
            .iter()
            .zip(&self.list)
            .filter_map(|(ix, a)| a.as_ref().map(|a| (ix, a)))
    }
}

/// A decision of the supervision office on a finding.
#[derive(Clone, Debug)]
pub struct Decision {
    /// The finding id.
    pub finding: String,
    /// The decision.
    pub verdict: Verdict,
    /// Who decided.
    pub by: Option<PersonIx>,
    /// When.
    pub at: NaiveDateTime,
    /// Where it is written.
    pub span: Span,
}

/// One imported file, as listed in `imports/manifest.csv`.
#[derive(Clone, Debug)]
pub struct ImportRecord {
    /// SHA-256 of the file.
    pub sha256: String,
    /// The file's name.
    pub file: String,
    /// The row.
    pub span: Span,
}
