//! The county departments' to-do list (镇呼县应, 吹哨): every case a town escalated to the
//! county and every whistle to a county department, with its deadline and where it stands —
//! the `county_unanswered` and `whistle_unanswered` duties of the town, judged as
//! `grid duties` judges them.

use chrono::NaiveDateTime;

use crate::model::Town;
use crate::model::case::{Party, Target};
use crate::model::choices::Action;
use crate::rules::duties::{self, Status};

/// What the town asked of the county.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A case escalated to the county (镇呼县应).
    Escalation,
    /// A county department whistled in (吹哨).
    Whistle,
}

impl Kind {
    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Escalation => "escalation",
            Kind::Whistle => "whistle",
        }
    }

    /// The Chinese name.
    pub fn zh(self) -> &'static str {
        match self {
            Kind::Escalation => "镇呼县应",
            Kind::Whistle => "吹哨",
        }
    }
}

/// Where an item stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Answer {
    /// Answered by its deadline.
    OnTime,
    /// Answered after its deadline.
    Late,
    /// Not answered, not yet due.
    Open,
    /// Not answered, past its deadline.
    Overdue,
}

impl Answer {
    /// Every answer, in the order of the department figures.
    pub const ALL: [Answer; 4] = [Answer::OnTime, Answer::Late, Answer::Open, Answer::Overdue];

    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Answer::OnTime => "answered_on_time",
            Answer::Late => "answered_late",
            Answer::Open => "open",
            Answer::Overdue => "overdue",
        }
    }

    /// The Chinese name.
    pub fn zh(self) -> &'static str {
        match self {
            Answer::OnTime => "按时响应",
            Answer::Late => "超时响应",
            Answer::Open => "待响应",
            Answer::Overdue => "逾期未响应",
        }
    }

    fn of(status: Status) -> Answer {
        match status {
            Status::Done => Answer::OnTime,
            Status::Late => Answer::Late,
            Status::Missed | Status::Breach => Answer::Overdue,
            Status::Pending | Status::DueSoon => Answer::Open,
        }
    }
}

/// One thing a town asked of the county.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// The town's id.
    pub town: String,
    /// The case.
    pub case: String,
    /// Its title.
    pub title: String,
    /// Its grid (`W1-V01 前店村`).
    pub grid: String,
    /// Escalation or whistle.
    pub kind: Kind,
    /// The department's id: the one whistled, or for an escalation the one that answered
    /// (none while unanswered: the county grid centre has to assign it).
    pub department: Option<String>,
    /// When the town asked.
    pub sent: NaiveDateTime,
    /// The deadline (`response_hours` after it).
    pub due: NaiveDateTime,
    /// When it was answered, if it was.
    pub answered: Option<NaiveDateTime>,
    /// Where it stands.
    pub answer: Answer,
    /// The case file, relative to the town's repository.
    pub file: String,
}

/// The items of `town` (already cut at `now`).
pub fn of_town(
    town_id: &str,
    town: &Town,
    sources: &crate::source::Sources,
    now: NaiveDateTime,
) -> Vec<Item> {
    let percent = town.policy.due_soon_percent.0;
    let mut out = Vec::new();
    for (ix, case) in town.cases.iter() {
        let id = town.cases.ids.name(ix);
        let mut owed = Vec::new();
        duties::cases::of_case(town, ix, case, &mut |i| owed.push(i));
        for (i, e) in case.events.iter().enumerate() {
            let (kind, asked) = match (e.action, e.to) {
                (Action::Escalated, Some(Target::County)) => (Kind::Escalation, None),
                (Action::Whistle, Some(Target::Department(d))) => (Kind::Whistle, Some(d)),
                _ => continue,
            };
            let Some(instance) = duties::cases::owed_by(town, id, e, &owed) else {
                continue;
            };
            let department = asked.or_else(|| {
                case.events[i + 1..]
                    .iter()
                    .find_map(|l| match (l.action, &l.by) {
                        (Action::Responded, Party::Department(d)) => Some(*d),
                        _ => None,
                    })
            });
            out.push(Item {
                town: town_id.to_string(),
                case: id.to_string(),
                title: case.title.clone(),
                grid: case
                    .grid
                    .map(|g| format!("{} {}", town.grids.id(g), town.grids.get(g).name))
                    .unwrap_or_default(),
                kind,
                department: department.map(|d| town.enforcement.department_ids.name(d).to_string()),
                sent: e.at,
                due: instance.due,
                answered: instance.done.filter(|d| *d <= now),
                answer: Answer::of(instance.status(now, percent)),
                file: sources.path(case.span.file).to_string(),
            });
        }
    }
    out
}

/// A department's responsiveness: its items by where they stand.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Responsiveness {
    /// The department's id (`None`: escalations no department has answered yet).
    pub department: Option<String>,
    /// Items per [`Answer::ALL`].
    pub counts: [usize; 4],
}

/// Each department's figures, in the order of their ids (unassigned last).
pub fn by_department(items: &[Item]) -> Vec<Responsiveness> {
    let mut out: std::collections::BTreeMap<(bool, Option<String>), [usize; 4]> =
        std::collections::BTreeMap::new();
    for item in items {
        let slot = Answer::ALL
            .iter()
            .position(|a| *a == item.answer)
            .unwrap_or(0);
        out.entry((item.department.is_none(), item.department.clone()))
            .or_default()[slot] += 1;
    }
    out.into_iter()
        .map(|((_, department), counts)| Responsiveness { department, counts })
        .collect()
}
