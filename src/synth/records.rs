//! The synthetic town's dated records: patrols, sweeps, meetings, inspections, approvals.
//! Whether a row has a gap (skipped, unsigned, late) is decided by hashing its key, so the
//! decision does not depend on the order rows are made in and other generators can ask it.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, TimeDelta};

use crate::format::{ApprovalRow, InspectionRow, MeetingRow, PatrolRow, SweepRow};
use crate::model::choices::MeetingKind;
use crate::synth::cases::Meetings;
use crate::synth::names::NamePool;
use crate::synth::rng::Rng;
use crate::synth::world::World;
use crate::timefmt::format_stamp;

/// Decides the gaps of rows, from the seed and a row's key.
#[derive(Debug, Clone, Copy)]
pub struct Gaps {
    seed: u64,
}

impl Gaps {
    /// Gaps for a seed.
    pub fn new(seed: u64) -> Gaps {
        Gaps { seed }
    }

    /// A number in `[0, 1)` for the key.
    fn roll(&self, what: u64, day: NaiveDate, who: usize) -> f64 {
        let key = self.seed
            ^ what.wrapping_mul(0x9E37_79B9)
            ^ (day.num_days_from_ce() as u64).wrapping_shl(20)
            ^ who as u64;
        let mut rng = Rng::new(key);
        (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// A number in `0..n` for the key.
    fn pick(&self, what: u64, day: NaiveDate, who: usize, n: u64) -> u64 {
        (self.roll(what, day, who) * n as f64) as u64
    }

    /// Whether member `who` of village `village` skipped the patrol of `day`.
    pub fn skipped(
        &self,
        world: &World,
        village: usize,
        member_rank: usize,
        who: usize,
        day: NaiveDate,
    ) -> bool {
        let streak = village % 9 == 3
            && member_rank == 2
            && (5..=9).any(|back| world.end.checked_sub_days(Days::new(back)) == Some(day));
        streak || self.roll(1, day, who) < 0.006
    }
}

fn at(day: NaiveDate, minutes: u64) -> NaiveDateTime {
    day.and_hms_opt(0, 0, 0).unwrap_or_default()
        + TimeDelta::minutes(i64::try_from(minutes).unwrap_or(0))
}

const PATROL_ITEMS: &[&str] = &[
    "AW01", "WJ01", "WJ03", "AQ02", "AQ03", "AQ04", "HB01", "HB03", "RJ01", "RJ03", "MS01", "NY01",
];

/// The patrol rows of one month, sorted by date and member.
pub fn patrols(
    world: &World,
    gaps: Gaps,
    month: (i32, u32),
    found: &HashMap<(NaiveDate, usize), Vec<String>>,
) -> Vec<PatrolRow> {
    let mut rows = Vec::new();
    for day in world.days().filter(|d| (d.year(), d.month()) == month) {
        for (v, village) in world.villages.iter().enumerate() {
            let head = world.id(village.head(day));
            let social = world.id(village.social(day));
            for (rank, member) in village.members.iter().enumerate() {
                if !member.active(day) {
                    continue;
                }
                let who = member.person;
                let cases = found.get(&(day, who));
                if cases.is_none() && gaps.skipped(world, v, rank, who, day) {
                    continue;
                }
                let start = 7 * 60 + gaps.pick(2, day, who, 150);
                let end = start + 40 + gaps.pick(3, day, who, 80);
                let first_item =
                    usize::try_from(gaps.pick(4, day, who, PATROL_ITEMS.len() as u64)).unwrap_or(0);
                let count = 1 + usize::try_from(gaps.pick(5, day, who, 3)).unwrap_or(0);
                let items: Vec<&str> = (0..count)
                    .map(|k| PATROL_ITEMS[(first_item + k * 5) % PATROL_ITEMS.len()])
                    .collect();
                let next = day.succ_opt().unwrap_or(day);
                let sign = gaps.roll(6, day, who);
                let signed = if sign < 0.003 {
                    None
                } else if sign < 0.008 {
                    Some(at(next, 10 * 60 + gaps.pick(7, day, who, 360)))
                } else {
                    Some(at(day, 18 * 60 + gaps.pick(7, day, who, 240)))
                };
                let report = gaps.roll(8, day, who);
                let reported_at = if report < 0.008 {
                    at(next, 9 * 60 + 30 + gaps.pick(9, day, who, 330))
                } else if report < 0.3 {
                    at(next, 7 * 60 + gaps.pick(9, day, who, 105))
                } else {
                    at(day, 19 * 60 + gaps.pick(9, day, who, 239))
                };
                // The plan's order: patrol, the head signs, the social member reports; a
                // late signature makes a late report (the village's exceptions are the late,
                // unsigned and missing patrols above, not reports ahead of the signature,
                // which the check warns about).
                let reported_at = match signed {
                    Some(s) if reported_at < s => {
                        s + TimeDelta::minutes(5 + gaps.pick(12, day, who, 40) as i64)
                    }
                    _ => reported_at,
                };
                let (signed_by, signed_at) = match signed {
                    Some(s) => (head.to_string(), format_stamp(s)),
                    None => (String::new(), String::new()),
                };
                let channel = match gaps.pick(10, day, who, 100) {
                    0..=89 => "wechat_group",
                    90..=96 => "app",
                    _ => "paper",
                };
                rows.push(PatrolRow {
                    date: day.to_string(),
                    grid: village.id.clone(),
                    member: world.id(who).to_string(),
                    start: format!("{:02}:{:02}", start / 60, start % 60),
                    end: format!("{:02}:{:02}", end / 60, end % 60),
                    items: items.join(";"),
                    issues: cases.map_or(0, Vec::len).to_string(),
                    cases: cases.map(|c| c.join(";")).unwrap_or_default(),
                    notes: if cases.is_some() {
                        "发现问题已现场上报".to_string()
                    } else {
                        String::new()
                    },
                    signed_by,
                    signed_at,
                    reported_by: social.to_string(),
                    reported_at: format_stamp(reported_at),
                    channel: channel.to_string(),
                });
            }
        }
    }
    rows.extend(enterprise_patrols(world, gaps, month));
    rows.sort_by(|a, b| (&a.date, &a.member, &a.grid).cmp(&(&b.date, &b.member, &b.grid)));
    rows
}

/// The enterprise grid heads' weekly patrols of their enterprises (企业网格): one on a working
/// day of each ISO week, a few weeks missed.
fn enterprise_patrols(world: &World, gaps: Gaps, month: (i32, u32)) -> Vec<PatrolRow> {
    let mut rows = Vec::new();
    for day in world.days().filter(|d| (d.year(), d.month()) == month) {
        let monday = day - Days::new(u64::from(day.weekday().num_days_from_monday()));
        for (k, e) in world.enterprises.iter().enumerate() {
            // A head of two enterprises patrols them on different days (a patrol row's key
            // is its day and its person).
            let weekday = (gaps.pick(40, monday, e.head, 5) + k as u64) % 5;
            if u64::from(day.weekday().num_days_from_monday()) != weekday
                || gaps.roll(41, monday, k) < 0.06
            {
                continue;
            }
            let head = world.id(e.head);
            let start = 14 * 60 + gaps.pick(42, day, k, 120);
            let end = start + 60 + gaps.pick(43, day, k, 60);
            rows.push(PatrolRow {
                date: day.to_string(),
                grid: e.id.clone(),
                member: head.to_string(),
                start: format!("{:02}:{:02}", start / 60, start % 60),
                end: format!("{:02}:{:02}", end / 60, end % 60),
                items: "AQ02;AQ03;HB01".to_string(),
                issues: "0".to_string(),
                cases: String::new(),
                notes: "企业网格巡查".to_string(),
                signed_by: String::new(),
                signed_at: String::new(),
                reported_by: head.to_string(),
                reported_at: format_stamp(at(day, end + 30 + gaps.pick(44, day, k, 90))),
                channel: "wechat_direct".to_string(),
            });
        }
    }
    rows
}

const ABSENCE_REASONS: &[&str] = &["外出务工", "病假", "参加县里培训", "家中有事请假"];

/// The sweep rows of the 1st and 15th, by month file.
pub fn sweeps(world: &World, gaps: Gaps) -> BTreeMap<(i32, u32), Vec<SweepRow>> {
    let mut files: BTreeMap<(i32, u32), Vec<SweepRow>> = BTreeMap::new();
    for day in world.days().filter(|d| d.day() == 1 || d.day() == 15) {
        for (v, village) in world.villages.iter().enumerate() {
            if gaps.roll(20, day, v) < 0.03 {
                continue;
            }
            let members: Vec<usize> = village.members_on(day).collect();
            let roll = gaps.roll(21, day, v);
            let absent_member = if roll < 0.15 {
                members
                    .get(usize::try_from(gaps.pick(22, day, v, members.len() as u64)).unwrap_or(0))
                    .copied()
            } else {
                None
            };
            let absent = match absent_member {
                Some(m) if roll < 0.03 => world.id(m).to_string(),
                Some(m) => format!(
                    "{}:{}",
                    world.id(m),
                    ABSENCE_REASONS[usize::try_from(gaps.pick(23, day, v, 4)).unwrap_or(0)]
                ),
                None => String::new(),
            };
            let participants: Vec<&str> = members
                .iter()
                .filter(|m| Some(**m) != absent_member)
                .map(|m| world.id(*m))
                .collect();
            files
                .entry((day.year(), day.month()))
                .or_default()
                .push(SweepRow {
                    date: day.to_string(),
                    grid: village.id.clone(),
                    organizer: world.id(village.head(day)).to_string(),
                    participants: participants.join(";"),
                    absent,
                    issues: gaps.pick(24, day, v, 4).to_string(),
                    cases: String::new(),
                    notes: String::new(),
                });
        }
    }
    for rows in files.values_mut() {
        rows.sort_by(|a, b| (&a.date, &a.grid).cmp(&(&b.date, &b.grid)));
    }
    files
}

/// The meeting rows — village half-month meetings, town consultations, joint-office
/// meetings — by month file.
pub fn meetings(
    world: &World,
    gaps: Gaps,
    cases: &Meetings,
) -> BTreeMap<(i32, u32), Vec<MeetingRow>> {
    let mut files: BTreeMap<(i32, u32), Vec<MeetingRow>> = BTreeMap::new();
    let mut add = |row: MeetingRow, day: NaiveDate| {
        files
            .entry((day.year(), day.month()))
            .or_default()
            .push(row)
    };
    for half_start in world.days().filter(|d| d.day() == 1 || d.day() == 16) {
        let len = if half_start.day() == 1 { 15 } else { 28 - 15 };
        for (v, village) in world.villages.iter().enumerate() {
            let roll = gaps.roll(30, half_start, v);
            if roll < 0.04 {
                continue;
            }
            let day = half_start + Days::new(gaps.pick(31, half_start, v, len));
            if day > world.end {
                continue;
            }
            let head = village.head(day);
            let social = village.social(day);
            // The two committees (两委) attend, and a few other members.
            let mut attendees = vec![world.id(head), world.id(social)];
            attendees.extend(village.committee_members_on(day).map(|m| world.id(m)));
            attendees.extend(village.members_on(day).take(4).map(|m| world.id(m)));
            attendees.sort();
            attendees.dedup();
            let late = gaps.roll(32, half_start, v) < 0.05;
            let reported = at(day, 18 * 60 + gaps.pick(33, half_start, v, 180))
                + TimeDelta::days(if late { 3 } else { 0 });
            add(
                MeetingRow {
                    date: day.to_string(),
                    kind: MeetingKind::VillageHalfMonth.as_str().to_string(),
                    grid: village.id.clone(),
                    chair: world.id(head).to_string(),
                    attendees: attendees.join(";"),
                    cases: String::new(),
                    decisions: "部署本半月巡查重点；通报上半月问题整改情况".to_string(),
                    signed_by: if (0.04..0.07).contains(&roll) {
                        String::new()
                    } else {
                        world.id(head).to_string()
                    },
                    reported_by: world.id(social).to_string(),
                    reported_at: format_stamp(reported),
                    notes: String::new(),
                },
                day,
            );
        }
    }
    let town_attendees: Vec<&str> = world
        .town_heads
        .iter()
        .chain(&world.deputies)
        .chain(world.units.iter().take(6).map(|(_, _, c)| c))
        .map(|p| world.id(*p))
        .collect();
    for day in &cases.consultations {
        add(
            MeetingRow {
                date: day.to_string(),
                kind: MeetingKind::TownConsultation.as_str().to_string(),
                grid: world.identity.id.clone(),
                chair: world.id(world.town_heads[1]).to_string(),
                attendees: town_attendees.join(";"),
                cases: cases
                    .consulted
                    .get(day)
                    .map(|c| c.join(";"))
                    .unwrap_or_default(),
                decisions: "研究村级上提事项，明确责任单位和办理时限".to_string(),
                signed_by: world.id(world.town_heads[0]).to_string(),
                reported_by: world.id(world.clerks[0]).to_string(),
                reported_at: format_stamp(at(*day, 17 * 60)),
                notes: String::new(),
            },
            *day,
        );
    }
    for (day, decided) in &cases.joint_offices {
        if *day > world.end {
            continue;
        }
        let attendees: Vec<&str> = world
            .deputies
            .iter()
            .chain(world.groups.iter().map(|g| &g.head))
            .map(|p| world.id(*p))
            .collect();
        add(
            MeetingRow {
                date: day.to_string(),
                kind: MeetingKind::JointOffice.as_str().to_string(),
                grid: world.identity.id.clone(),
                chair: world.id(world.deputies[0]).to_string(),
                attendees: attendees.join(";"),
                cases: decided.join(";"),
                decisions: "审议执法事项，作出处理决定".to_string(),
                signed_by: world.id(world.deputies[0]).to_string(),
                reported_by: world.id(world.clerks[1]).to_string(),
                reported_at: format_stamp(at(*day, 16 * 60)),
                notes: String::new(),
            },
            *day,
        );
    }
    for rows in files.values_mut() {
        rows.sort_by(|a, b| (&a.date, &a.kind, &a.grid).cmp(&(&b.date, &b.kind, &b.grid)));
    }
    files
}

/// The joint inspections of every quarter that starts inside the records, by quarter file.
/// Every third area leaves its last village out, and the fourth area skips the latest quarter.
pub fn inspections(world: &World) -> BTreeMap<(i32, u32), Vec<InspectionRow>> {
    let mut files: BTreeMap<(i32, u32), Vec<InspectionRow>> = BTreeMap::new();
    let quarters: Vec<NaiveDate> = world
        .days()
        .filter(|d| d.day() == 1 && (d.month() - 1) % 3 == 0)
        .collect();
    for (q, start) in quarters.iter().enumerate() {
        let latest = q + 1 == quarters.len();
        for (a, area) in world.areas.iter().enumerate() {
            if latest && a == 3 {
                continue;
            }
            let day = start
                .iter_days()
                .skip(a % 5)
                .find(|d| world.calendar.is_working_day(*d))
                .unwrap_or(*start);
            if day > world.end {
                continue;
            }
            let mut villages: Vec<&str> = area
                .villages
                .iter()
                .map(|v| world.villages[*v].id.as_str())
                .collect();
            if a % 3 == 1 && villages.len() > 1 {
                villages.pop();
            }
            let participants: Vec<&str> = area
                .heads
                .iter()
                .copied()
                .chain(area.villages.iter().map(|v| world.villages[*v].head(day)))
                .map(|p| world.id(p))
                .collect();
            files
                .entry((day.year(), (day.month() - 1) / 3 + 1))
                .or_default()
                .push(InspectionRow {
                    date: day.to_string(),
                    work_area: area.id.clone(),
                    lead: world.id(area.heads[0]).to_string(),
                    participants: participants.join(";"),
                    villages: villages.join(";"),
                    issues: (a % 4).to_string(),
                    cases: String::new(),
                    notes: "季度联查：安全生产、违法建设、人居环境".to_string(),
                });
        }
    }
    files
}

/// The approvals of the convenience service centre, by year file; most are supervised by a
/// patrol of the village some days later.
pub fn approvals(world: &World, gaps: Gaps, rng: &mut Rng) -> BTreeMap<i32, Vec<ApprovalRow>> {
    let mut files: BTreeMap<i32, Vec<ApprovalRow>> = BTreeMap::new();
    let mut names = NamePool::default();
    let mut numbers: BTreeMap<i32, u32> = BTreeMap::new();
    for day in world.days() {
        for (v, village) in world.villages.iter().enumerate() {
            if gaps.roll(40, day, v) >= 1.0 / 30.0 {
                continue;
            }
            let number = numbers.entry(day.year()).or_insert(0);
            *number += 1;
            let check_day = day + Days::new(3 + gaps.pick(41, day, v, 18));
            let members: Vec<(usize, usize)> = village
                .members
                .iter()
                .enumerate()
                .filter(|(_, t)| t.active(check_day))
                .map(|(rank, t)| (rank, t.person))
                .collect();
            let checker = members
                .iter()
                .find(|(rank, p)| !gaps.skipped(world, v, *rank, *p, check_day))
                .map(|(_, p)| *p);
            let supervised = match checker {
                Some(p) if check_day <= world.end && gaps.roll(42, day, v) >= 0.1 => {
                    format!("patrol:{check_day}:{}", world.id(p))
                }
                _ => String::new(),
            };
            files.entry(day.year()).or_default().push(ApprovalRow {
                id: format!("SP{}{:04}", day.year(), number),
                item: rng.pick(&["WJ03", "AQ04", "HB04"]).to_string(),
                village: village.id.clone(),
                applicant: names.person(rng),
                approved_at: day.to_string(),
                follow_up_by: (day + Days::new(30)).to_string(),
                supervised_by: supervised,
                notes: "农村宅基地建房审批".to_string(),
            });
        }
    }
    files
}
