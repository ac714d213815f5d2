//! Findings of the supervision office (督考办), computed from the cases, never stored:
//! first-report rewards (首报激励), accountability for what the village grid missed (问责), and
//! fault tolerance for what it remedied in time (容错纠错). Each has a stable id, so that
//! decisions in `findings/decisions.yaml` stay attached as the data changes.

use crate::timefmt::hours_after;
use chrono::{NaiveDate, NaiveDateTime};
use rustc_hash::FxHashMap;

use crate::model::Town;
use crate::model::case::{Case, CaseIx, Party, Report, State};
use crate::model::choices::{Action, BottomLine, Channel, Impact, Role, Verdict};
use crate::model::grid::{GridIx, GridKind};
use crate::model::people::PersonIx;
use crate::model::records::Decision;

/// The kind of a finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// 首报激励.
    Reward,
    /// 问责.
    Accountability,
    /// 免责: remedied in time and the impact eliminated.
    Exempt,
    /// 减责: remedied, but late.
    Reduced,
}

impl Kind {
    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Reward => "reward",
            Kind::Accountability => "accountability",
            Kind::Exempt => "exempt",
            Kind::Reduced => "reduced",
        }
    }

    /// The Chinese name.
    pub fn zh(self) -> &'static str {
        match self {
            Kind::Reward => "首报激励",
            Kind::Accountability => "问责",
            Kind::Exempt => "免责",
            Kind::Reduced => "减责",
        }
    }
}

/// One finding.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// Stable id: `reward-<case>` or `accountability-<case>`.
    pub id: String,
    /// What it is.
    pub kind: Kind,
    /// The case.
    pub case: CaseIx,
    /// The grid of the case (the town grid for a town-level case).
    pub grid: GridIx,
    /// The reporter rewarded, or the village head held to account.
    pub person: Option<PersonIx>,
    /// The reward in yuan.
    pub amount: Option<u32>,
    /// The bottom-line class of a reward.
    pub class: Option<BottomLine>,
    /// The channel of the report the finding rests on (the rewarded one, or the outside one
    /// the town first learned from).
    pub channel: Channel,
    /// When that report came.
    pub at: NaiveDateTime,
    /// Accountability: the members who patrolled the village on the day of discovery.
    pub patrolled: Vec<PersonIx>,
    /// Accountability: hours from discovery to the village's first report, `None` for never.
    pub village_hours: Option<f64>,
    /// Fault tolerance: the village's remedy.
    pub remedied_at: Option<NaiveDateTime>,
    /// The supervision office's decision, if any (the last one written).
    pub decision: Option<Verdict>,
}

/// Channels through which a report reaches the centre directly.
fn is_direct(channel: Channel) -> bool {
    matches!(
        channel,
        Channel::Hotline | Channel::WechatDirect | Channel::WechatGroup | Channel::Patrol
    )
}

/// Channels through which the town learns of an incident from outside the grid.
pub fn is_outside(channel: Channel) -> bool {
    matches!(
        channel,
        Channel::Hotline12345
            | Channel::MassReport
            | Channel::DataAnalysis
            | Channel::CountyNotice
            | Channel::Media
    )
}

/// The duplicates merged into each lead case, found once.
pub struct Merged {
    by_lead: FxHashMap<CaseIx, Vec<CaseIx>>,
}

impl Merged {
    /// Indexes the duplicates of the town.
    pub fn new(town: &Town) -> Merged {
        let mut by_lead: FxHashMap<CaseIx, Vec<CaseIx>> = FxHashMap::default();
        for (ix, case) in town.cases.iter() {
            if let Some(lead) = case.duplicate_of {
                by_lead.entry(lead).or_default().push(ix);
            }
        }
        Merged { by_lead }
    }

    /// The reports of a case and of every duplicate merged into it, earliest first (file
    /// order among equal times).
    pub fn reports<'t>(&self, town: &'t Town, ix: CaseIx, case: &'t Case) -> Vec<&'t Report> {
        let mut reports: Vec<&Report> = case.reports.iter().collect();
        for dup in self.by_lead.get(&ix).into_iter().flatten() {
            reports.extend(
                town.cases
                    .get(*dup)
                    .into_iter()
                    .flat_map(|c| c.reports.iter()),
            );
        }
        reports.sort_by_key(|r| r.at);
        reports
    }
}

/// Whether `party` belongs to the village grid `grid` on the day of `at`.
fn of_village(town: &Town, party: &Party, grid: GridIx, at: NaiveDateTime) -> bool {
    let Party::Person(p) = party else {
        return false;
    };
    [Role::VillageHead, Role::SocialMember, Role::BaseMember]
        .into_iter()
        .any(|role| town.roster.holds(*p, grid, role, at.date()))
}

/// Every finding of the cases discovered in `[from, to]` (all cases when `None`), as it stands
/// at `now`: a village whose grace hours to report have not yet run out is not yet held to
/// account.
pub fn findings(
    town: &Town,
    period: Option<(chrono::NaiveDate, chrono::NaiveDate)>,
    now: NaiveDateTime,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let merged = Merged::new(town);
    for (ix, case) in town.cases.iter() {
        let day = case.discovered_at.date();
        if period.is_some_and(|(from, to)| day < from || day > to) {
            continue;
        }
        let state = case.state();
        if matches!(state, State::Rejected | State::Duplicate) || case.duplicate_of.is_some() {
            continue;
        }
        let reports = merged.reports(town, ix, case);
        let Some(first) = reports.first() else {
            continue;
        };
        let id = town.cases.ids.name(ix);
        let grid = case.grid.unwrap_or(town.info.grid);
        let blank = |kind, id: String, channel, at| Finding {
            id,
            kind,
            case: ix,
            grid,
            person: None,
            amount: None,
            class: None,
            channel,
            at,
            patrolled: Vec::new(),
            village_hours: None,
            remedied_at: None,
            decision: None,
        };
        if let Some(class) = case.item.and_then(|i| town.catalog.class_of(i).bottom_line) {
            // Among the reports of the earliest minute, a direct report by a person of the
            // roster comes first: the grid is not beaten by someone who called at the same time.
            let earliest: Vec<&&Report> = reports.iter().take_while(|r| r.at == first.at).collect();
            let winner = earliest
                .iter()
                .find(|r| is_direct(r.channel) && matches!(r.by, Party::Person(_)))
                .copied();
            if let Some(r) = winner
                && let Party::Person(p) = r.by
            {
                out.push(Finding {
                    person: Some(p),
                    amount: Some(town.policy.first_report.reward.amount(class)),
                    class: Some(class),
                    ..blank(Kind::Reward, format!("reward-{id}"), r.channel, r.at)
                });
            }
        }
        let in_village = case
            .grid
            .is_some_and(|g| town.grids.get(g).kind == GridKind::Village);
        let learned_outside = is_outside(first.channel)
            && !reports
                .iter()
                .take_while(|r| r.at == first.at)
                .any(|r| of_village(town, &r.by, grid, r.at));
        if !in_village || !learned_outside {
            continue;
        }
        let grace = town.policy.accountability.grace_hours.0;
        if now < hours_after(case.discovered_at, grace) {
            continue;
        }
        let village_report = reports.iter().find(|r| of_village(town, &r.by, grid, r.at));
        let reported_in_time =
            village_report.is_some_and(|r| r.at <= hours_after(case.discovered_at, grace));
        if reported_in_time {
            continue;
        }
        let hours = village_report.map(|r| {
            ((r.at - case.discovered_at).num_minutes() as f64 / 60.0 * 10.0).round() / 10.0
        });
        let remedy = case
            .events
            .iter()
            .find(|e| e.action == Action::Remedied && of_village(town, &e.by, grid, e.at));
        let eliminated =
            matches!(state, State::Closed | State::Archived) && case.impact == Impact::Eliminated;
        let window = town.policy.fault_tolerance.remedy_hours.0;
        let kind = match remedy {
            Some(r) if eliminated && r.at <= hours_after(case.discovered_at, window) => {
                Kind::Exempt
            }
            Some(_) if eliminated => Kind::Reduced,
            _ => Kind::Accountability,
        };
        let patrolled = {
            let date = case.discovered_at.date();
            let at = town.patrols.partition_point(|p| p.date < date);
            town.patrols[at..]
                .iter()
                .take_while(|p| p.date == date)
                .filter(|p| p.grid == grid)
                .map(|p| p.member)
                .collect()
        };
        out.push(Finding {
            person: town
                .roster
                .holders(grid, Role::VillageHead, case.discovered_at.date())
                .next(),
            patrolled,
            village_hours: hours,
            remedied_at: remedy.map(|r| r.at),
            ..blank(
                kind,
                format!("accountability-{id}"),
                first.channel,
                first.at,
            )
        });
    }
    attach_decisions(&mut out, &town.decisions);
    out
}

/// Attaches to each finding the last decision written for its id.
fn attach_decisions(findings: &mut [Finding], decisions: &[Decision]) {
    for f in findings {
        f.decision = decisions
            .iter()
            .rev()
            .find(|d| d.finding == f.id)
            .map(|d| d.verdict);
    }
}

/// Whether `person` may decide on findings on `day`: a member of the supervision office.
pub fn may_decide(town: &Town, person: crate::model::people::PersonIx, day: NaiveDate) -> bool {
    town.roster
        .holds(person, town.info.grid, Role::Supervisor, day)
}

/// Decisions taken by someone who was not a member of the supervision office that day.
pub fn deciders(town: &Town, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    for d in &town.decisions {
        if let Some(by) = d.by
            && !may_decide(town, by, d.at.date())
        {
            crate::diag!(out, E0602, d.span, town.people.id(by), d.at.date());
        }
    }
}

/// Warns about decisions whose finding no longer exists (the data changed under them).
pub fn orphan_decisions(town: &Town, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    if town.decisions.is_empty() {
        return;
    }
    let current = findings(town, None, NaiveDateTime::MAX);
    for d in &town.decisions {
        if !current.iter().any(|f| f.id == d.finding) {
            crate::diag!(out, W0601, d.span, &d.finding);
        }
    }
}
