//! Case files: one incident from its first report to its disclosure, and the state machine its
//! events must follow.

use chrono::NaiveDateTime;

use crate::diagnostic::Span;
use crate::format::{DisclosureEntry, EventEntry};
use crate::model::choices::{Action, Channel, Impact};
use crate::model::grid::GridIx;
use crate::model::ids::{IdTable, Ix};
use crate::model::people::PersonIx;
use crate::model::records::ApprovalIx;
use crate::model::registry::{DepartmentIx, GroupIx, ItemIx, UnitIx};

/// Someone who reports or acts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Party {
    /// A person of the roster.
    Person(PersonIx),
    /// A county department.
    Department(DepartmentIx),
    /// Anyone else, as written (`12345`, a citizen, a newspaper).
    Other(Box<str>),
}

/// Whom a case is assigned, escalated or whistled to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// A grid.
    Grid(GridIx),
    /// An enforcement work group.
    Group(GroupIx),
    /// A member unit.
    Unit(UnitIx),
    /// A county department.
    Department(DepartmentIx),
    /// The town (村呼镇应).
    Town,
    /// The county (镇呼县应).
    County,
}

/// A report of the incident.
#[derive(Clone, Debug)]
pub struct Report {
    /// When it reached the town.
    pub at: NaiveDateTime,
    /// Who.
    pub by: Party,
    /// How.
    pub channel: Channel,
    /// Reference such as a 12345 work-order number.
    pub reference: Option<String>,
    /// Where it is written.
    pub span: Span,
}

/// An event of the case's life, its references resolved.
#[derive(Clone, Debug)]
pub struct Event {
    /// When.
    pub at: NaiveDateTime,
    /// What.
    pub action: Action,
    /// Who.
    pub by: Party,
    /// Whom to.
    pub to: Option<Target>,
    /// The lead case of `duplicate`.
    pub of: Option<CaseIx>,
    /// Who approved a suspension.
    pub approved_by: Option<PersonIx>,
    /// Everything as written (reason, measures, meeting …).
    pub entry: EventEntry,
    /// Where it is written.
    pub span: Span,
}

/// A case file.
#[derive(Clone, Debug)]
pub struct Case {
    /// Title.
    pub title: String,
    /// The catalog item.
    pub item: Option<ItemIx>,
    /// Where it happened.
    pub grid: Option<GridIx>,
    /// Where exactly.
    pub location: Option<String>,
    /// When discovered.
    pub discovered_at: NaiveDateTime,
    /// What it left behind.
    pub impact: Impact,
    /// The lead case of a duplicate.
    pub duplicate_of: Option<CaseIx>,
    /// The approval it follows up.
    pub approval: Option<ApprovalIx>,
    /// Reports, in file order.
    pub reports: Vec<Report>,
    /// Events, in file order.
    pub events: Vec<Event>,
    /// Disclosure.
    pub disclosure: Option<DisclosureEntry>,
    /// `minor` where a minor is involved.
    pub sensitive: Option<String>,
    /// Never disclosed.
    pub confidential: bool,
    /// The file (line 1).
    pub span: Span,
}

/// Index of a case.
pub type CaseIx = Ix<Case>;

/// All cases, by id. Ids come from the file names, so a case that cannot be read still has one.
#[derive(Debug, Default)]
pub struct Cases {
    /// The ids.
    pub ids: IdTable<Case>,
    /// The cases, indexed by [`CaseIx`]; `None` where the file could not be read.
    pub list: Vec<Option<Case>>,
}

impl Cases {
    /// Every readable case with its index.
    pub fn iter(&self) -> impl Iterator<Item = (CaseIx, &Case)> {
        self.ids
            .iter()
            .zip(&self.list)
            .filter_map(|(ix, case)| case.as_ref().map(|c| (ix, c)))
    }

    /// The case behind an index, if it could be read.
    pub fn get(&self, ix: CaseIx) -> Option<&Case> {
        self.list.get(ix.get()).and_then(Option::as_ref)
    }
}

/// Whether a case closed with `outcome` while its impact is `impact` contradicts itself: fixed,
/// yet the impact goes on. The check (E0512) and `grid case close` both ask this.
pub fn fixed_but_ongoing(
    outcome: Option<crate::model::choices::Outcome>,
    impact: Option<crate::model::choices::Impact>,
) -> bool {
    outcome == Some(crate::model::choices::Outcome::Fixed)
        && impact == Some(crate::model::choices::Impact::Ongoing)
}

/// The county departments a case has whistled or escalated to and that have not answered yet:
/// a response needs a call to answer. The check (E0513) walks a case's events with it, and
/// `grid case respond` asks it of the case file.
#[derive(Debug)]
pub struct Awaiting<T> {
    departments: Vec<T>,
    county: usize,
}

impl<T: PartialEq> Default for Awaiting<T> {
    fn default() -> Self {
        Awaiting {
            departments: Vec::new(),
            county: 0,
        }
    }
}

impl<T: PartialEq> Awaiting<T> {
    /// A whistle or escalation to `department`.
    pub fn call(&mut self, department: T) {
        self.departments.push(department);
    }

    /// An escalation to the county as a whole (镇呼县应): any county department may answer.
    pub fn call_county(&mut self) {
        self.county += 1;
    }

    /// A response by `department`: whether a call was awaiting it (the call is then answered):
    /// one made to it, else one made to the county.
    pub fn answer(&mut self, department: &T) -> bool {
        if let Some(at) = self.departments.iter().position(|d| d == department) {
            self.departments.remove(at);
            return true;
        }
        if self.county > 0 {
            self.county -= 1;
            return true;
        }
        false
    }
}

/// The state of a case (docs/CASES.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum State {
    /// 上报.
    Reported,
    /// 不予受理 (terminal).
    Rejected,
    /// 重复 (terminal).
    Duplicate,
    /// 立案.
    Accepted,
    /// 派遣.
    Assigned,
    /// 上提.
    Escalated,
    /// 会商.
    Consulted,
    /// 决定.
    Decided,
    /// 挂起.
    Suspended,
    /// 处置完毕.
    Resolved,
    /// 核查通过 (awaiting closure).
    Checked,
    /// 返工.
    Reopened,
    /// 结案.
    Closed,
    /// 归档.
    Archived,
}

impl State {
    /// Every state, in the order of the life of a case.
    pub const ALL: &'static [State] = &[
        State::Reported,
        State::Accepted,
        State::Assigned,
        State::Escalated,
        State::Consulted,
        State::Decided,
        State::Suspended,
        State::Resolved,
        State::Checked,
        State::Reopened,
        State::Closed,
        State::Archived,
        State::Rejected,
        State::Duplicate,
    ];

    /// The stable English name.
    pub fn as_str(self) -> &'static str {
        match self {
            State::Reported => "reported",
            State::Rejected => "rejected",
            State::Duplicate => "duplicate",
            State::Accepted => "accepted",
            State::Assigned => "assigned",
            State::Escalated => "escalated",
            State::Consulted => "consulted",
            State::Decided => "decided",
            State::Suspended => "suspended",
            State::Resolved => "resolved",
            State::Checked => "checked",
            State::Reopened => "reopened",
            State::Closed => "closed",
            State::Archived => "archived",
        }
    }

    /// The Chinese name.
    pub fn zh(self) -> &'static str {
        match self {
            State::Reported => "上报",
            State::Rejected => "不予受理",
            State::Duplicate => "重复",
            State::Accepted => "立案",
            State::Assigned => "派遣",
            State::Escalated => "上提",
            State::Consulted => "会商",
            State::Decided => "决定",
            State::Suspended => "挂起",
            State::Resolved => "处置完毕",
            State::Checked => "核查通过",
            State::Reopened => "返工",
            State::Closed => "结案",
            State::Archived => "归档",
        }
    }

    /// Whether the case is still being handled (not rejected, merged, closed or archived).
    pub fn is_open(self) -> bool {
        !matches!(
            self,
            State::Rejected | State::Duplicate | State::Closed | State::Archived
        )
    }

    /// The actions that move a case on from this state (events allowed at any open point
    /// come on top, see [`Machine::allowed`]).
    fn moves(self) -> &'static [Action] {
        use Action::*;
        match self {
            State::Reported => &[Accepted, Rejected, Duplicate],
            State::Accepted | State::Reopened => {
                &[Assigned, Escalated, Decided, Suspended, Resolved]
            }
            State::Assigned | State::Decided => {
                &[Assigned, Escalated, Decided, Suspended, Resolved]
            }
            State::Escalated | State::Consulted => {
                &[Assigned, Escalated, Consulted, Decided, Suspended, Resolved]
            }
            State::Suspended => &[Resumed],
            State::Resolved => &[Checked, Reopened],
            State::Checked => &[Closed, Reopened],
            State::Closed => &[Disclosed],
            State::Rejected | State::Duplicate | State::Archived => &[],
        }
    }
}

/// Events that may come at any open point without changing the state.
const ANY_OPEN_TIME: &[Action] = &[
    Action::Whistle,
    Action::Responded,
    Action::Remedied,
    Action::Urged,
    Action::Note,
];

/// The state machine of one case, fed one event at a time.
#[derive(Clone, Debug)]
pub struct Machine {
    state: State,
    before_suspension: State,
}

impl Default for Machine {
    fn default() -> Self {
        Machine {
            state: State::Reported,
            before_suspension: State::Reported,
        }
    }
}

impl Machine {
    /// The current state.
    pub fn state(&self) -> State {
        self.state
    }

    /// The actions allowed now.
    pub fn allowed(&self) -> Vec<Action> {
        let mut allowed = self.state.moves().to_vec();
        if self.state.is_open() {
            allowed.extend_from_slice(ANY_OPEN_TIME);
        } else {
            allowed.push(Action::Note);
        }
        allowed
    }

    /// Applies an event; `Err` with the allowed actions when the state forbids it.
    pub fn apply(&mut self, action: Action) -> Result<State, Vec<Action>> {
        let allowed = self.allowed();
        if !allowed.contains(&action) {
            return Err(allowed);
        }
        self.state = match action {
            Action::Accepted => State::Accepted,
            Action::Rejected => State::Rejected,
            Action::Duplicate => State::Duplicate,
            Action::Assigned => State::Assigned,
            Action::Escalated => State::Escalated,
            Action::Consulted => State::Consulted,
            Action::Decided => State::Decided,
            Action::Suspended => {
                self.before_suspension = self.state;
                State::Suspended
            }
            Action::Resumed => self.before_suspension,
            Action::Resolved => State::Resolved,
            Action::Reopened => State::Reopened,
            Action::Checked => State::Checked,
            Action::Closed => State::Closed,
            Action::Disclosed => State::Archived,
            Action::Whistle
            | Action::Responded
            | Action::Remedied
            | Action::Urged
            | Action::Note => self.state,
        };
        Ok(self.state)
    }
}

impl Case {
    /// The state after all events, skipping those the machine refuses (validation reports them).
    pub fn state(&self) -> State {
        let mut machine = Machine::default();
        for event in &self.events {
            let _refused = machine.apply(event.action);
        }
        machine.state()
    }

    /// The first report, by time.
    pub fn first_report(&self) -> Option<&Report> {
        self.reports.iter().min_by_key(|r| r.at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_normal_path_closes_and_archives() {
        let mut m = Machine::default();
        for action in [
            Action::Accepted,
            Action::Assigned,
            Action::Escalated,
            Action::Consulted,
            Action::Decided,
            Action::Whistle,
            Action::Responded,
            Action::Resolved,
            Action::Checked,
            Action::Closed,
            Action::Disclosed,
        ] {
            m.apply(action).unwrap();
        }
        assert_eq!(m.state(), State::Archived);
    }

    #[test]
    fn suspension_returns_to_the_state_before() {
        let mut m = Machine::default();
        m.apply(Action::Accepted).unwrap();
        m.apply(Action::Escalated).unwrap();
        m.apply(Action::Suspended).unwrap();
        assert!(m.apply(Action::Resolved).is_err());
        assert_eq!(m.apply(Action::Resumed), Ok(State::Escalated));
    }

    #[test]
    fn refused_transitions_list_what_is_allowed() {
        let mut m = Machine::default();
        let allowed = m.apply(Action::Closed).unwrap_err();
        assert!(allowed.contains(&Action::Accepted));
        assert!(!allowed.contains(&Action::Closed));
        m.apply(Action::Rejected).unwrap();
        assert!(m.apply(Action::Remedied).is_err());
        assert!(m.apply(Action::Note).is_ok());
    }
}
