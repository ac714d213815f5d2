//! The duty engine: every duty of docs/DUTIES.md's table as instances with a start, a deadline and
//! when (if ever) it was done; from them, as of a moment, what is overdue, late or due soon.
//!
//! Each module below generates the instances of one kind of duty for a range of days. The
//! instances are streamed into a sink, so `grid check` keeps only what is wrong while
//! `grid duties` keeps the whole calendar. Generators look records up in sorted vectors or
//! per-grid indexes: cost grows with villages × days + rows, never with their product.

pub mod approvals;
pub mod cases;
mod centers;
mod meetings;

pub use meetings::half_month;
mod patrols;
mod periodic;

use chrono::{Days, NaiveDate, NaiveDateTime, TimeDelta};

use crate::diagnostic::Span;
use crate::model::Town;
use crate::model::grid::GridIx;
use crate::model::people::PersonIx;

/// What is owed, named by what it becomes when it is missed or late (the duty kinds of docs/DUTIES.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Duty {
    /// A base member's daily patrol row.
    PatrolMissing,
    /// The village head's sign-off of a patrol.
    PatrolUnsigned,
    /// A patrol signed by someone else than the head.
    PatrolWrongSigner,
    /// The social member's report of a patrol to the centre.
    PatrolLate,
    /// The sweep of a sweep day.
    SweepMissing,
    /// A member absent from a sweep without a reason.
    SweepAbsentUnexcused,
    /// The village half-month meeting.
    MeetingMissing,
    /// The minutes of a half-month meeting, signed and reported.
    MeetingUnsigned,
    /// A work area's quarterly joint inspection.
    InspectionMissing,
    /// A village the joint inspection of its area did not cover.
    InspectionUncovered,
    /// The weekly town consultation.
    ConsultationMissing,
    /// An escalated case discussed at a consultation.
    CaseNotConsulted,
    /// A report accepted (or rejected) in time.
    CaseAcceptLate,
    /// An accepted case resolved in time.
    CaseResolveLate,
    /// A county department's response to a whistle.
    WhistleUnanswered,
    /// The county's answer to a case escalated to it (镇呼县应).
    CountyUnanswered,
    /// An enterprise grid head's patrol of the enterprise in each cycle (企业网格巡查).
    EnterprisePatrolMissing,
    /// An approval followed up by the grid.
    ApprovalUnsupervised,
    /// A village centre complete by its batch's date.
    CenterIncomplete,
}

impl Duty {
    /// Every duty kind.
    pub const ALL: &'static [Duty] = &[
        Duty::PatrolMissing,
        Duty::PatrolUnsigned,
        Duty::PatrolWrongSigner,
        Duty::PatrolLate,
        Duty::SweepMissing,
        Duty::SweepAbsentUnexcused,
        Duty::MeetingMissing,
        Duty::MeetingUnsigned,
        Duty::InspectionMissing,
        Duty::InspectionUncovered,
        Duty::ConsultationMissing,
        Duty::CaseNotConsulted,
        Duty::CaseAcceptLate,
        Duty::CaseResolveLate,
        Duty::WhistleUnanswered,
        Duty::CountyUnanswered,
        Duty::EnterprisePatrolMissing,
        Duty::ApprovalUnsupervised,
        Duty::CenterIncomplete,
    ];

    /// The stable name of JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Duty::PatrolMissing => "patrol_missing",
            Duty::PatrolUnsigned => "patrol_unsigned",
            Duty::PatrolWrongSigner => "patrol_wrong_signer",
            Duty::PatrolLate => "patrol_late",
            Duty::SweepMissing => "sweep_missing",
            Duty::SweepAbsentUnexcused => "sweep_absent_unexcused",
            Duty::MeetingMissing => "meeting_missing",
            Duty::MeetingUnsigned => "meeting_unsigned",
            Duty::InspectionMissing => "inspection_missing",
            Duty::InspectionUncovered => "inspection_uncovered",
            Duty::ConsultationMissing => "consultation_missing",
            Duty::CaseNotConsulted => "case_not_consulted",
            Duty::CaseAcceptLate => "case_accept_late",
            Duty::CaseResolveLate => "case_resolve_late",
            Duty::WhistleUnanswered => "whistle_unanswered",
            Duty::CountyUnanswered => "county_unanswered",
            Duty::EnterprisePatrolMissing => "enterprise_patrol_missing",
            Duty::ApprovalUnsupervised => "approval_unsupervised",
            Duty::CenterIncomplete => "center_incomplete",
        }
    }

    /// The Chinese name.
    pub fn zh(self) -> &'static str {
        match self {
            Duty::PatrolMissing => "日巡查缺报",
            Duty::PatrolUnsigned => "巡查未签字",
            Duty::PatrolWrongSigner => "巡查非网格长签字",
            Duty::PatrolLate => "巡查迟报",
            Duty::SweepMissing => "月排查缺失",
            Duty::SweepAbsentUnexcused => "排查无故缺勤",
            Duty::MeetingMissing => "半月会议缺失",
            Duty::MeetingUnsigned => "会议纪实未签报",
            Duty::InspectionMissing => "季度联查缺失",
            Duty::InspectionUncovered => "联查未覆盖",
            Duty::ConsultationMissing => "周会商缺失",
            Duty::CaseNotConsulted => "上提案件未会商",
            Duty::CaseAcceptLate => "案件受理超时",
            Duty::CaseResolveLate => "案件处置超时",
            Duty::WhistleUnanswered => "吹哨未响应",
            Duty::CountyUnanswered => "镇呼县应未响应",
            Duty::EnterprisePatrolMissing => "企业网格巡查缺报",
            Duty::ApprovalUnsupervised => "审批后未监管",
            Duty::CenterIncomplete => "村级阵地未建成",
        }
    }

    /// What is owed, in Chinese and English: the task a calendar row stands for, whether it
    /// was done or not ("日巡查 … 按时完成", not "日巡查缺报 … 按时完成").
    pub fn task(self) -> (&'static str, &'static str) {
        match self {
            Duty::PatrolMissing => ("日巡查", "daily patrol"),
            Duty::PatrolUnsigned => ("巡查签字", "patrol sign-off"),
            Duty::PatrolWrongSigner => ("网格长签字", "sign-off by the head"),
            Duty::PatrolLate => ("巡查上报", "patrol report"),
            Duty::SweepMissing => ("月排查", "sweep"),
            Duty::SweepAbsentUnexcused => ("排查出勤", "sweep attendance"),
            Duty::MeetingMissing => ("半月会议", "half-month meeting"),
            Duty::MeetingUnsigned => ("会议纪实签报", "meeting minutes"),
            Duty::InspectionMissing => ("季度联查", "joint inspection"),
            Duty::InspectionUncovered => ("联查覆盖", "inspection coverage"),
            Duty::ConsultationMissing => ("周会商", "weekly consultation"),
            Duty::CaseNotConsulted => ("上提案件会商", "consulting an escalated case"),
            Duty::CaseAcceptLate => ("案件受理", "accepting a case"),
            Duty::CaseResolveLate => ("案件处置", "resolving a case"),
            Duty::WhistleUnanswered => ("吹哨响应", "answering a whistle"),
            Duty::CountyUnanswered => ("县级响应", "the county answering an escalation"),
            Duty::EnterprisePatrolMissing => ("企业网格巡查", "enterprise patrol"),
            Duty::ApprovalUnsupervised => ("审批后监管", "follow-up of an approval"),
            Duty::CenterIncomplete => ("村级阵地建设", "village centre"),
        }
    }

    /// Periodic duties (patrols, sweeps, meetings, inspections, consultations) belong to
    /// their period; the others stay open until done, however old.
    pub fn is_periodic(self) -> bool {
        !matches!(
            self,
            Duty::CaseNotConsulted
                | Duty::CaseAcceptLate
                | Duty::CaseResolveLate
                | Duty::WhistleUnanswered
                | Duty::CountyUnanswered
                | Duty::ApprovalUnsupervised
                | Duty::CenterIncomplete
        )
    }
}

/// Where the record to fix is, or the file a missing record belongs in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// A record that exists.
    At(Span),
    /// The file a missing record belongs in, relative to the repository root.
    Missing(String),
}

/// One duty owed: who owes what, by when, and whether it was done.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Instance {
    /// The duty.
    pub duty: Duty,
    /// The grid it belongs to.
    pub grid: GridIx,
    /// Who is responsible, as of the duty's day.
    pub person: Option<PersonIx>,
    /// What it concerns beyond grid and person (a case id, an approval, a village).
    pub subject: Option<String>,
    /// When its clock started.
    pub start: NaiveDateTime,
    /// Its deadline.
    pub due: NaiveDateTime,
    /// When it was done, if it was.
    pub done: Option<NaiveDateTime>,
    /// Done, but not as the rules want (signed by the wrong person, absent without reason).
    pub breach: bool,
    /// Where to look.
    pub place: Place,
}

/// Where an instance stands at a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// Done in time.
    Done,
    /// Not done, not yet due.
    Pending,
    /// Not done, most of its time used (预警).
    DueSoon,
    /// Done after its deadline.
    Late,
    /// Not done, deadline reached.
    Missed,
    /// Done against the rules.
    Breach,
}

impl Status {
    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Done => "done",
            Status::Pending => "pending",
            Status::DueSoon => "due_soon",
            Status::Late => "late",
            Status::Missed => "missed",
            Status::Breach => "breach",
        }
    }

    /// The Chinese name.
    pub fn zh(self) -> &'static str {
        match self {
            Status::Done => "按时完成",
            Status::Pending => "待办",
            Status::DueSoon => "预警",
            Status::Late => "逾期完成",
            Status::Missed => "逾期未办",
            Status::Breach => "不合规",
        }
    }

    /// Whether it belongs on the overdue list (red).
    pub fn is_overdue(self) -> bool {
        matches!(self, Status::Late | Status::Missed | Status::Breach)
    }
}

impl Instance {
    /// What the instance concerns, as a reader sees it: the subject's id, except that a
    /// centre's batch (`batch-1`) reads 第 1 批 or batch 1.
    pub fn subject_shown(&self, lang: crate::i18n::Lang) -> String {
        let subject = self.subject.as_deref().unwrap_or_default();
        match subject.strip_prefix(centers::BATCH) {
            Some(n) if self.duty == Duty::CenterIncomplete => lang
                .pick(&format!("第 {n} 批"), &format!("batch {n}"))
                .to_string(),
            _ => subject.to_string(),
        }
    }

    /// When it was done, as far as `now` knows: what is recorded for later has not happened
    /// yet.
    fn done_by(&self, now: NaiveDateTime) -> Option<NaiveDateTime> {
        self.done.filter(|done| *done <= now)
    }

    /// The status at `now`, with `due_soon_percent` of the time used counting as due soon.
    pub fn status(&self, now: NaiveDateTime, due_soon_percent: u32) -> Status {
        if self.breach && self.start <= now {
            return Status::Breach;
        }
        match self.done_by(now) {
            Some(done) if done > self.due => Status::Late,
            Some(_) => Status::Done,
            None if now >= self.due => Status::Missed,
            None => {
                let total = (self.due - self.start).num_seconds();
                let used = (now - self.start).num_seconds();
                if now >= self.start
                    && total > 0
                    && used * 100 >= total * i64::from(due_soon_percent)
                {
                    Status::DueSoon
                } else {
                    Status::Pending
                }
            }
        }
    }

    /// How late, in days: until it was done, or until `now`.
    pub fn late_days(&self, now: NaiveDateTime) -> f64 {
        let until = self.done_by(now).unwrap_or(now);
        let late = (until - self.due).num_minutes().max(0);
        (late as f64 / 1440.0 * 10.0).round() / 10.0
    }
}

/// The days and the moment duties are computed for.
#[derive(Clone, Copy, Debug)]
pub struct Window {
    /// The first day whose duties count.
    pub from: NaiveDate,
    /// The last day whose duties count.
    pub to: NaiveDate,
    /// "Now": what happened after it has not happened yet.
    pub now: NaiveDateTime,
}

impl Window {
    /// Every day of the window.
    pub fn days(&self) -> impl Iterator<Item = NaiveDate> + use<> {
        let to = self.to;
        self.from.iter_days().take_while(move |d| *d <= to)
    }
}

/// Midnight at the start of `day`.
pub fn start_of(day: NaiveDate) -> NaiveDateTime {
    day.and_hms_opt(0, 0, 0).unwrap_or_default()
}

/// Midnight at the end of `day`.
pub fn end_of(day: NaiveDate) -> NaiveDateTime {
    start_of(day) + TimeDelta::days(1)
}

/// The day a moment falls in, the close of a day counting as that day: 11-25 00:00 (the end
/// of 11-24, which `--as-of 2026-11-24` means) is 11-24; 11-24 10:00 is 11-24.
pub fn day_of(moment: NaiveDateTime) -> NaiveDate {
    (moment - TimeDelta::nanoseconds(1)).date()
}

/// The longest stretch of days periodic duties are generated for: ten years before the
/// window's end, and no further than a year after its moment.
pub const MAX_PERIODIC_DAYS: u64 = 3_660;

/// Streams every duty instance of the window into `sink`. Periodic duties start with the
/// town's records: a repository with none owes nothing for the days before it began. However
/// wide the window asked for, periodic duties span at most [`MAX_PERIODIC_DAYS`] and end a year
/// after the moment, so the work is bounded by design.
pub fn generate(town: &Town, window: &Window, sink: &mut dyn FnMut(Instance)) {
    if let Some(periodic) = periodic_window(town, window) {
        patrols::generate(town, &periodic, sink);
        periodic::sweeps(town, &periodic, sink);
        meetings::generate(town, &periodic, sink);
        periodic::inspections(town, &periodic, sink);
        periodic::consultations(town, &periodic, sink);
        periodic::enterprise_patrols(town, &periodic, sink);
    }
    cases::generate(town, window, sink);
    approvals::generate(town, window, sink);
    centers::generate(town, window, sink);
}

/// The days periodic duties are generated for within `window` (see [`generate`]); none for a
/// town without records.
fn periodic_window(town: &Town, window: &Window) -> Option<Window> {
    let (first, _) = town.data_period()?;
    let to = window.to.min(
        window
            .now
            .date()
            .checked_add_days(Days::new(366))
            .unwrap_or(window.to),
    );
    let earliest = to
        .checked_sub_days(Days::new(MAX_PERIODIC_DAYS))
        .unwrap_or(first);
    Some(Window {
        from: window.from.max(first).max(earliest),
        to,
        ..*window
    })
}

/// The patrol duties alone (patrol, sign-off, report) of the window with their status, for
/// figures that need nothing else (patrol completion on the board).
pub fn patrol_calendar(town: &Town, window: &Window) -> Vec<Judged> {
    let percent = town.policy.due_soon_percent.0;
    let mut out = Vec::new();
    if let Some(periodic) = periodic_window(town, window) {
        patrols::generate(town, &periodic, &mut |instance| {
            let status = instance.status(window.now, percent);
            out.push(Judged { instance, status });
        });
    }
    out
}

/// An instance with its status at the window's moment.
#[derive(Clone, Debug, PartialEq)]
pub struct Judged {
    /// The instance.
    pub instance: Instance,
    /// Its status.
    pub status: Status,
}

/// What is overdue (late, missed, breached) or due soon at the window's moment, sorted by
/// grid, duty and deadline. Periodic duties before `since`, and anything already done before
/// `since`, are left out; open case, approval and centre duties are listed however old.
pub fn overdue(town: &Town, window: &Window, since: NaiveDate) -> Vec<Judged> {
    let percent = town.policy.due_soon_percent.0;
    let since = start_of(since);
    let mut out = Vec::new();
    generate(town, window, &mut |instance| {
        let status = instance.status(window.now, percent);
        let wanted = status.is_overdue() || status == Status::DueSoon;
        let old = instance.due < since && (instance.duty.is_periodic() || instance.done.is_some());
        if wanted && !old {
            out.push(Judged { instance, status });
        }
    });
    sort(town, &mut out);
    out
}

/// Every instance of the window with its status (the duty calendar), sorted: the periodic
/// duties of its days, and the case, approval and centre duties due within it (an October
/// report does not list what falls due on 11-17).
pub fn calendar(town: &Town, window: &Window) -> Vec<Judged> {
    let mut out = Vec::new();
    each_of_calendar(town, window, &mut |judged| out.push(judged));
    sort(town, &mut out);
    out
}

/// The instances of [`calendar`], streamed unsorted into `sink` (for an export of a year,
/// which needs no order and no vector of them all).
pub fn each_of_calendar(town: &Town, window: &Window, sink: &mut dyn FnMut(Judged)) {
    let percent = town.policy.due_soon_percent.0;
    generate(town, window, &mut |instance| {
        let due = day_of(instance.due);
        if !instance.duty.is_periodic() && (due < window.from || due > window.to) {
            return;
        }
        let status = instance.status(window.now, percent);
        sink(Judged { instance, status });
    });
}

fn sort(town: &Town, items: &mut [Judged]) {
    // Borrowed keys: a county's year of duties sorts hundreds of thousands of items, and a key
    // that allocated per comparison cost more than building them.
    fn key<'a>(town: &'a Town, j: &'a Judged) -> (&'a str, Duty, NaiveDateTime, Option<&'a str>) {
        (
            town.grids.id(j.instance.grid),
            j.instance.duty,
            j.instance.due,
            j.instance.subject.as_deref(),
        )
    }
    items.sort_by(|a, b| {
        key(town, a)
            .cmp(&key(town, b))
            .then_with(|| a.instance.person.cmp(&b.instance.person))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timefmt::parse_stamp;

    fn instance(start: &str, due: &str, done: Option<&str>) -> Instance {
        Instance {
            duty: Duty::PatrolLate,
            grid: crate::model::ids::IdTable::<crate::model::grid::Grid>::default()
                .insert("G")
                .unwrap_or_else(|e| e),
            person: None,
            subject: None,
            start: parse_stamp(start).unwrap(),
            due: parse_stamp(due).unwrap(),
            done: done.and_then(parse_stamp),
            breach: false,
            place: Place::Missing(String::new()),
        }
    }

    #[test]
    fn status_follows_the_traffic_light() {
        let now = parse_stamp("2026-11-24 08:00").unwrap();
        let open = instance("2026-11-23 00:00", "2026-11-24 09:00", None);
        assert_eq!(open.status(now, 80), Status::DueSoon);
        assert_eq!(open.status(now, 99), Status::Pending);
        let missed = instance("2026-11-22 00:00", "2026-11-23 09:00", None);
        assert_eq!(missed.status(now, 80), Status::Missed);
        assert_eq!(missed.late_days(now), 1.0);
        let late = instance(
            "2026-11-22 00:00",
            "2026-11-23 09:00",
            Some("2026-11-23 21:00"),
        );
        assert_eq!(late.status(now, 80), Status::Late);
        assert_eq!(late.late_days(now), 0.5);
        let done = instance(
            "2026-11-22 00:00",
            "2026-11-23 09:00",
            Some("2026-11-23 08:00"),
        );
        assert_eq!(done.status(now, 80), Status::Done);
        let recorded_for_later = instance(
            "2026-11-23 00:00",
            "2026-11-24 09:00",
            Some("2026-11-24 08:30"),
        );
        assert_eq!(recorded_for_later.status(now, 80), Status::DueSoon);
    }
}
