//! The assessment (督考) of `policy.assessment`: per village, per work area and for the one
//! office and two centres, every rate with the points it earns, deductions for accountability
//! and bonuses for first reports, and a ranking.

use rustc_hash::FxHashMap;

use crate::format::AssessmentPolicy;
use crate::model::Town;
use crate::model::case::State;
use crate::model::choices::{Action, Role, Verdict};
use crate::model::grid::{GridIx, GridKind};
use crate::rules::duties::{self, Duty, Status, Window};
use crate::rules::findings::{self, Finding, Kind, is_outside};

/// A rate as the counts it comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Ratio {
    /// What went right (or, for rework and missed reports, what went wrong).
    pub num: u64,
    /// Out of how many.
    pub den: u64,
}

impl Ratio {
    /// The rate, `None` when there was nothing to count.
    pub fn value(self) -> Option<f64> {
        (self.den > 0).then(|| self.num as f64 / self.den as f64)
    }

    /// Counts one more, right or not.
    pub fn count(&mut self, good: bool) {
        self.den += 1;
        self.num += u64::from(good);
    }

    /// Adds another ratio's counts.
    pub fn add(&mut self, other: Ratio) {
        self.num += other.num;
        self.den += other.den;
    }
}

/// The rates of the assessment.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Rates {
    /// Patrol rows present / owed.
    pub patrol_completion: Ratio,
    /// Patrol reports and meeting minutes on time / done.
    pub on_time: Ratio,
    /// Sweeps and half-month meetings held / owed.
    pub attendance: Ratio,
    /// Cases resolved in time / due (按时处置率).
    pub case_on_time: Ratio,
    /// Cases closed / handled (结案率).
    pub closure: Ratio,
    /// Cases reopened / resolved (返工率; lower is better).
    pub rework: Ratio,
    /// Cases first learned from outside the grid / cases (漏报率; lower is better).
    pub missed_report: Ratio,
}

impl Rates {
    fn add(&mut self, o: &Rates) {
        self.patrol_completion.add(o.patrol_completion);
        self.on_time.add(o.on_time);
        self.attendance.add(o.attendance);
        self.case_on_time.add(o.case_on_time);
        self.closure.add(o.closure);
        self.rework.add(o.rework);
        self.missed_report.add(o.missed_report);
    }
}

/// A component of a score: its name, counts, rate and points.
#[derive(Clone, Debug, PartialEq)]
pub struct Component {
    /// Stable name (the weight's key in `policy.assessment.weights`).
    pub name: &'static str,
    /// The counts.
    pub ratio: Ratio,
    /// The rate (`None`: nothing to count (无数据), no points; its weight goes to the others).
    pub rate: Option<f64>,
    /// Points earned.
    pub points: f64,
}

/// The score of a village or work area.
#[derive(Clone, Debug, PartialEq)]
pub struct GridScore {
    /// The grid.
    pub grid: GridIx,
    /// The counts behind the rates.
    pub rates: Rates,
    /// Components with their points.
    pub components: Vec<Component>,
    /// Points deducted for accountability.
    pub deduction: f64,
    /// Points added for first reports.
    pub bonus: f64,
    /// The total.
    pub total: f64,
    /// 1 for the best.
    pub rank: usize,
}

/// Which of the one office and two centres.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Office {
    /// 网格化服务中心: reporting timeliness and data completeness.
    GridCenter,
    /// 便民服务中心: approval follow-up.
    ServiceCenter,
    /// 综合执法办公室: consultations, decisions and whistles on time.
    EnforcementOffice,
}

/// The score of an office: the mean of its rates, in points out of 100.
#[derive(Clone, Debug, PartialEq)]
pub struct OfficeScore {
    /// Which office.
    pub office: Office,
    /// Its rates.
    pub components: Vec<(&'static str, Ratio)>,
    /// 100 × the mean of the rates that have something to count.
    pub total: f64,
}

/// The whole assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    /// Villages, best first.
    pub villages: Vec<GridScore>,
    /// Work areas, best first.
    pub work_areas: Vec<GridScore>,
    /// The one office and two centres.
    pub offices: Vec<OfficeScore>,
}

/// Points for one village or area from its counts and its findings.
pub fn score(
    policy: &AssessmentPolicy,
    grid: GridIx,
    rates: Rates,
    accountability: f64,
    rewards: f64,
) -> GridScore {
    let w = &policy.weights;
    let parts = [
        (
            "patrol_completion",
            w.patrol_completion,
            rates.patrol_completion,
            false,
        ),
        ("on_time", w.on_time, rates.on_time, false),
        ("attendance", w.attendance, rates.attendance, false),
        ("case_on_time", w.case_on_time, rates.case_on_time, false),
        ("closure", w.closure, rates.closure, false),
        ("rework", w.rework, rates.rework, true),
        ("missed_report", w.missed_report, rates.missed_report, true),
    ];
    // A component with nothing to count (无数据) earns nothing; its weight is spread over the
    // components that have data, in proportion to their weights, so that silence is not
    // rewarded with full marks and a village with data is judged out of 100 all the same.
    let all_weight: f64 = parts.iter().map(|p| f64::from(p.1)).sum();
    let data_weight: f64 = parts
        .iter()
        .filter(|p| p.2.den > 0)
        .map(|p| f64::from(p.1))
        .sum();
    let scale = if data_weight > 0.0 {
        all_weight / data_weight
    } else {
        0.0
    };
    let components: Vec<Component> = parts
        .iter()
        .map(|&(name, weight, ratio, lower_is_better)| {
            let rate = ratio.value();
            let share = rate.map_or(0.0, |r| if lower_is_better { 1.0 - r } else { r });
            Component {
                name,
                ratio,
                rate,
                points: round(f64::from(weight) * scale * share),
            }
        })
        .collect();
    let deduction = round(f64::from(policy.accountability_deduction) * accountability);
    let bonus = round(f64::from(policy.reward_bonus) * rewards);
    let total = round(components.iter().map(|c| c.points).sum::<f64>() - deduction + bonus);
    GridScore {
        grid,
        rates,
        components,
        deduction,
        bonus,
        total,
        rank: 0,
    }
}

fn round(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// How much an accountability finding weighs after its decision: 1, ½ when reduced, 0 when
/// exempt or rejected.
fn accountability_weight(f: &Finding) -> f64 {
    match (f.kind, f.decision) {
        (_, Some(Verdict::Reject | Verdict::Exempt)) | (Kind::Exempt, None) => 0.0,
        (_, Some(Verdict::Reduce)) | (Kind::Reduced, None) => 0.5,
        _ => 1.0,
    }
}

/// Assesses the period `window` (cases discovered in it, duties owed in it).
pub fn assess(town: &Town, window: &Window) -> Assessment {
    let mut rates: FxHashMap<GridIx, Rates> = FxHashMap::default();
    let mut offices = [Ratio::default(); 7];
    let now = window.now;
    let percent = town.policy.due_soon_percent.0;
    duties::generate(town, window, &mut |i| {
        let status = i.status(now, percent);
        if matches!(status, Status::Pending | Status::DueSoon) {
            return;
        }
        // Case and approval deadlines count in the period they fall due in.
        let due_day = crate::rules::duties::day_of(i.due);
        if !i.duty.is_periodic() && (due_day < window.from || due_day > window.to) {
            return;
        }
        let done = matches!(status, Status::Done | Status::Late);
        let on_time = status == Status::Done;
        let village = town.grids.get(i.grid).kind == GridKind::Village;
        let r = rates.entry(i.grid).or_default();
        match i.duty {
            Duty::PatrolMissing => {
                r.patrol_completion.count(done);
                offices[2].count(done);
            }
            Duty::PatrolLate | Duty::MeetingUnsigned if done => r.on_time.count(on_time),
            Duty::SweepMissing | Duty::MeetingMissing => {
                r.attendance.count(done);
                offices[2].count(done);
            }
            Duty::CaseResolveLate if village => r.case_on_time.count(on_time),
            Duty::CaseAcceptLate => offices[0].count(on_time),
            Duty::ConsultationMissing => offices[1].count(done),
            Duty::ApprovalUnsupervised => offices[3].count(on_time),
            Duty::CaseNotConsulted => offices[4].count(on_time),
            Duty::WhistleUnanswered => offices[5].count(on_time),
            _ => {}
        }
        if i.duty == Duty::CaseResolveLate
            && let Some(case) = i
                .subject
                .as_deref()
                .and_then(|id| town.cases.ids.get(id))
                .and_then(|c| town.cases.get(c))
            && case.events.iter().any(|e| e.action == Action::Decided)
        {
            offices[6].count(on_time);
        }
    });
    let period = Some((window.from, window.to));
    let merged = findings::Merged::new(town);
    for (ix, case) in town.cases.iter() {
        let day = case.discovered_at.date();
        if day < window.from || day > window.to {
            continue;
        }
        let Some(grid) = case
            .grid
            .filter(|g| town.grids.get(*g).kind == GridKind::Village)
        else {
            continue;
        };
        let state = case.state();
        if matches!(state, State::Rejected | State::Duplicate) || case.duplicate_of.is_some() {
            continue;
        }
        let r = rates.entry(grid).or_default();
        r.closure
            .count(matches!(state, State::Closed | State::Archived));
        if case.events.iter().any(|e| e.action == Action::Resolved) {
            r.rework
                .count(case.events.iter().any(|e| e.action == Action::Reopened));
        }
        let first = merged.reports(town, ix, case).first().map(|r| r.channel);
        r.missed_report.count(first.is_some_and(is_outside));
    }
    let mut accountability: FxHashMap<GridIx, f64> = FxHashMap::default();
    let mut rewards: FxHashMap<GridIx, f64> = FxHashMap::default();
    for f in findings::findings(town, period, window.now) {
        match f.kind {
            Kind::Reward if f.decision != Some(Verdict::Reject) => {
                let member_of = f.person.and_then(|p| {
                    town.roster
                        .assignments
                        .iter()
                        .find(|a| {
                            a.person == p
                                && a.active_on(f.at.date())
                                && matches!(
                                    a.role,
                                    Role::VillageHead | Role::SocialMember | Role::BaseMember
                                )
                        })
                        .map(|a| a.grid)
                });
                if let Some(village) = member_of {
                    *rewards.entry(village).or_default() += 1.0;
                }
            }
            Kind::Reward => {}
            _ => *accountability.entry(f.grid).or_default() += accountability_weight(&f),
        }
    }
    let policy = &town.policy.assessment;
    let villages: Vec<GridScore> = town
        .grids
        .of_kind(GridKind::Village)
        .map(|v| {
            let r = rates.get(&v).copied().unwrap_or_default();
            score(
                policy,
                v,
                r,
                accountability.get(&v).copied().unwrap_or(0.0),
                rewards.get(&v).copied().unwrap_or(0.0),
            )
        })
        .collect();
    let work_areas = town
        .grids
        .of_kind(GridKind::WorkArea)
        .map(|area| {
            let mine: Vec<&GridScore> = villages
                .iter()
                .filter(|s| town.grids.get(s.grid).work_area == Some(area))
                .collect();
            let mut summed = Rates::default();
            for s in &mine {
                summed.add(&s.rates);
            }
            let n = mine.len().max(1) as f64;
            let deduction: f64 = mine
                .iter()
                .map(|s| accountability.get(&s.grid).copied().unwrap_or(0.0))
                .sum::<f64>()
                / n;
            let bonus: f64 = mine
                .iter()
                .map(|s| rewards.get(&s.grid).copied().unwrap_or(0.0))
                .sum::<f64>()
                / n;
            score(policy, area, summed, deduction, bonus)
        })
        .collect();
    let office = |office, parts: Vec<(&'static str, Ratio)>| {
        let values: Vec<f64> = parts.iter().filter_map(|(_, r)| r.value()).collect();
        let total = if values.is_empty() {
            100.0
        } else {
            round(100.0 * values.iter().sum::<f64>() / values.len() as f64)
        };
        OfficeScore {
            office,
            components: parts,
            total,
        }
    };
    Assessment {
        villages: ranked(villages),
        work_areas: ranked(work_areas),
        offices: vec![
            office(
                Office::GridCenter,
                vec![
                    ("acceptance_on_time", offices[0]),
                    ("consultations_held", offices[1]),
                    ("data_completeness", offices[2]),
                ],
            ),
            office(
                Office::ServiceCenter,
                vec![("approval_follow_up", offices[3])],
            ),
            office(
                Office::EnforcementOffice,
                vec![
                    ("consultation_on_time", offices[4]),
                    ("whistle_response", offices[5]),
                    ("decisions_resolved_on_time", offices[6]),
                ],
            ),
        ],
    }
}

fn ranked(mut scores: Vec<GridScore>) -> Vec<GridScore> {
    scores.sort_by(|a, b| b.total.total_cmp(&a.total).then(a.grid.cmp(&b.grid)));
    let mut rank = 0;
    let mut last = f64::NAN;
    for (i, s) in scores.iter_mut().enumerate() {
        if s.total != last {
            rank = i + 1;
            last = s.total;
        }
        s.rank = rank;
    }
    scores
}
