//! The synthetic town's cases: every channel, every state, the escalations that feed the
//! weekly consultation and the joint-office meetings, and the gaps the findings rules look for
//! (12345 reports the village never made, late remedies, late resolutions).

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, TimeDelta};

use crate::format::{CaseFile, DisclosureEntry, EventEntry, ReportEntry};
use crate::model::choices::{Action, Card, Channel, Impact, Outcome};
use crate::synth::names::NamePool;
use crate::synth::rng::Rng;
use crate::synth::world::{DEPARTMENTS, World};
use crate::timefmt::Stamp;

/// A generated case and what other files need to know of it.
#[derive(Debug)]
pub struct CasePlan {
    /// The case file.
    pub file: CaseFile,
    /// The patrol that found it: day and member.
    pub patrol: Option<(NaiveDate, usize)>,
}

/// The most cases one weekly consultation takes up; the rest wait for the next one. A town of
/// hundreds of villages (the county-scale benchmark) would otherwise list more case numbers in
/// one meeting row than a CSV field may hold.
const AGENDA_LIMIT: usize = 120;

/// The meetings that cases went through.
#[derive(Debug, Default)]
pub struct Meetings {
    /// Weekly consultation days.
    pub consultations: Vec<NaiveDate>,
    /// Cases discussed per consultation day.
    pub consulted: BTreeMap<NaiveDate, Vec<String>>,
    /// Cases decided per joint-office day.
    pub joint_offices: BTreeMap<NaiveDate, Vec<String>>,
}

/// The weekly consultation days: Tuesday of each ISO week, or the week's next working day;
/// the week of the fifth Tuesday of the period is skipped (a realistic gap).
pub fn consultation_days(world: &World) -> Vec<NaiveDate> {
    let mut days = Vec::new();
    let mut week_start =
        world.start - Days::new(u64::from(world.start.weekday().num_days_from_monday()));
    let mut week = 0;
    while week_start <= world.end {
        let day = (1..5)
            .filter_map(|offset| week_start.checked_add_days(Days::new(offset)))
            .find(|d| world.calendar.is_working_day(*d));
        if let Some(day) = day
            && day >= world.start
            && day <= world.end
        {
            week += 1;
            if week != 5 {
                days.push(day);
            }
        }
        week_start = week_start + Days::new(7);
    }
    days
}

fn at(day: NaiveDate, hour: u32, minute: u32) -> NaiveDateTime {
    day.and_hms_opt(hour.min(23), minute.min(59), 0)
        .unwrap_or_default()
}

/// Where recent cases stop: before acceptance (`None`), or right after an action.
const STOPS: &[Option<Action>] = &[
    None,
    Some(Action::Accepted),
    Some(Action::Assigned),
    Some(Action::Escalated),
    Some(Action::Consulted),
    Some(Action::Decided),
    Some(Action::Suspended),
    Some(Action::Resolved),
    Some(Action::Reopened),
    Some(Action::Checked),
    Some(Action::Rejected),
];

const CHANNELS: &[(Channel, u32)] = &[
    (Channel::Patrol, 36),
    (Channel::WechatGroup, 12),
    (Channel::WechatDirect, 9),
    (Channel::Hotline, 5),
    (Channel::Hotline12345, 16),
    (Channel::MassReport, 6),
    (Channel::DataAnalysis, 5),
    (Channel::CountyNotice, 3),
    (Channel::Media, 3),
];

fn outsider(channel: Channel) -> &'static str {
    match channel {
        Channel::Hotline12345 => "12345",
        Channel::MassReport => "群众举报",
        Channel::DataAnalysis => "数据分析平台",
        Channel::CountyNotice => "县网格化服务中心",
        Channel::Media => "县融媒体中心",
        _ => "群众来电",
    }
}

struct Where {
    grid: Option<String>,
    village: Option<usize>,
    enterprise: Option<usize>,
}

/// Generates `count` cases.
pub fn generate(world: &World, count: u32, rng: &mut Rng) -> (Vec<CasePlan>, Meetings) {
    let mut meetings = Meetings {
        consultations: consultation_days(world),
        ..Meetings::default()
    };
    let horizon = at(world.end, 23, 59);
    let span = u64::from(world.days().count() as u32);
    let mut starts: Vec<NaiveDateTime> = (0..count)
        .map(|_| {
            let day = world.start + Days::new(rng.below(span));
            at(day, rng.range(6, 19) as u32, rng.range(0, 59) as u32)
        })
        .collect();
    starts.sort();
    let items: Vec<(&str, u32, u32, bool, bool)> = world
        .catalog
        .classes
        .iter()
        .flat_map(|c| {
            c.items.iter().map(move |i| {
                (
                    i.code.as_str(),
                    i.accept_hours,
                    i.resolve_days,
                    i.town_authority,
                    c.bottom_line.is_some(),
                )
            })
        })
        .collect();
    let item_weights: Vec<u32> = items.iter().map(|i| if i.4 { 3 } else { 5 }).collect();
    let mut numbers: BTreeMap<i32, u32> = BTreeMap::new();
    let mut plans: Vec<CasePlan> = Vec::new();
    let mut parties = NamePool::default();
    let recent = at(world.end, 0, 0) - TimeDelta::days(20);
    let mut recent_count = 0;
    let clerk = world.id(world.clerks[0]).to_string();
    let clerk2 = world.id(world.clerks[1]).to_string();
    for discovered in starts {
        let year = discovered.year();
        let number = numbers.entry(year).or_insert(0);
        *number += 1;
        let id = format!("{}-{year}-{number:04}", world.identity.id);
        let day = discovered.date();
        let roll = rng.below(100);
        let place = if roll < 88 {
            let v = usize::try_from(rng.below(world.villages.len() as u64)).unwrap_or(0);
            Where {
                grid: Some(world.villages[v].id.clone()),
                village: Some(v),
                enterprise: None,
            }
        } else if roll < 95 && !world.enterprises.is_empty() {
            let e = usize::try_from(rng.below(world.enterprises.len() as u64)).unwrap_or(0);
            Where {
                grid: Some(world.enterprises[e].id.clone()),
                village: None,
                enterprise: Some(e),
            }
        } else {
            Where {
                grid: None,
                village: None,
                enterprise: None,
            }
        };
        let (code, accept_hours, resolve_days, town_authority, bottom_line) =
            items[rng.weighted(&item_weights)];
        let channel = match (&place.village, place.enterprise) {
            (Some(_), _) => {
                CHANNELS[rng.weighted(&CHANNELS.iter().map(|c| c.1).collect::<Vec<_>>())].0
            }
            (None, Some(_)) if rng.chance(0.6) => Channel::Enterprise,
            _ => *rng.pick(&[
                Channel::Hotline12345,
                Channel::Media,
                Channel::CountyNotice,
                Channel::DataAnalysis,
            ]),
        };
        let mut discovered = discovered;
        let mut patrol = None;
        let first_by = match (channel, place.village, place.enterprise) {
            (Channel::Patrol, Some(v), _) => {
                let members: Vec<usize> = world.villages[v].members_on(day).collect();
                let m = *rng.pick(&members);
                patrol = Some((day, m));
                discovered = at(day, 8, rng.range(0, 40) as u32);
                world.id(m).to_string()
            }
            (Channel::WechatGroup | Channel::WechatDirect, Some(v), _) => {
                let members: Vec<usize> = world.villages[v].members_on(day).collect();
                let who = if rng.chance(0.5) {
                    world.villages[v].social(day)
                } else {
                    *rng.pick(&members)
                };
                world.id(who).to_string()
            }
            (Channel::Enterprise, _, Some(e)) => world.id(world.enterprises[e].head).to_string(),
            _ => outsider(channel).to_string(),
        };
        let first_at = discovered + TimeDelta::minutes(rng.range(10, 90));
        let mut reports = vec![ReportEntry {
            at: Stamp(first_at),
            by: first_by,
            channel,
            reference: (channel == Channel::Hotline12345)
                .then(|| format!("GD{}-{:04}", day.format("%Y%m%d"), rng.range(1, 300))),
        }];
        let outside_first = !matches!(
            channel,
            Channel::Patrol | Channel::WechatGroup | Channel::WechatDirect | Channel::Enterprise
        );
        // How the village answered an incident it did not report first: in time, late, never.
        let village_answer = rng.below(4);
        let mut remedy_hours = None;
        if let (true, Some(v)) = (outside_first, place.village) {
            let delay = match village_answer {
                0 | 1 => Some(rng.range(2, 20)),
                2 => Some(rng.range(30, 72)),
                _ => None,
            };
            if let Some(hours) = delay {
                reports.push(ReportEntry {
                    at: Stamp(discovered + TimeDelta::hours(hours)),
                    by: world.id(world.villages[v].social(day)).to_string(),
                    channel: Channel::WechatGroup,
                    reference: None,
                });
            }
            if village_answer >= 2 && rng.chance(0.6) {
                remedy_hours = Some(if rng.chance(0.5) {
                    rng.range(6, 40)
                } else {
                    rng.range(60, 120)
                });
            }
        }
        if rng.chance(0.08) {
            reports.push(ReportEntry {
                at: Stamp(first_at + TimeDelta::minutes(rng.range(20, 300))),
                by: "群众来电".to_string(),
                channel: Channel::Hotline,
                reference: None,
            });
        }
        reports.sort_by_key(|r| r.at);

        let mut events: Vec<EventEntry> = Vec::new();
        let mut disclosure = None;
        let mut impact = if bottom_line {
            Impact::Ongoing
        } else {
            Impact::None
        };
        let mut t = first_at + TimeDelta::minutes(rng.range(12, i64::from(accept_hours) * 75));
        // Recent cases stop at a stage of their life, in turn, so that every state is shown.
        let stop = (discovered >= recent).then(|| {
            recent_count += 1;
            STOPS[recent_count % STOPS.len()]
        });
        let push = |events: &mut Vec<EventEntry>, e: EventEntry| {
            if e.at.0 > horizon {
                return false;
            }
            let action = e.action;
            events.push(e);
            stop != Some(Some(action))
        };
        let path = rng.below(100);
        'life: {
            if stop == Some(None) {
                break 'life;
            }
            if (path < 4 && stop.is_none()) || stop == Some(Some(Action::Rejected)) {
                let mut e = EventEntry::new(t, Action::Rejected, &clerk);
                e.reason = Some("不属于本镇事权范围，已告知反映人".to_string());
                push(&mut events, e);
                break 'life;
            }
            if !push(&mut events, EventEntry::new(t, Action::Accepted, &clerk)) {
                break 'life;
            }
            t += TimeDelta::minutes(rng.range(15, 60));
            let group = world
                .groups
                .iter()
                .find(|g| g.classes.iter().any(|c| code.starts_with(c)));
            let mut e = EventEntry::new(t, Action::Assigned, &clerk);
            e.to = match (&place.grid, group) {
                (Some(g), _) if !bottom_line && rng.chance(0.5) => Some(g.clone()),
                (_, Some(g)) => Some(g.id.to_string()),
                (g, None) => g.clone(),
            };
            e.signed_for = Some(Stamp(t + TimeDelta::minutes(rng.range(10, 90))));
            if !push(&mut events, e) {
                break 'life;
            }
            if let Some(hours) = remedy_hours {
                let when = discovered + TimeDelta::hours(hours);
                if when > t
                    && let Some(v) = place.village
                {
                    let mut e = EventEntry::new(
                        when,
                        Action::Remedied,
                        world.id(world.villages[v].head(day)),
                    );
                    e.note = Some("村级网格自行组织整改".to_string());
                    if !push(&mut events, e) {
                        break 'life;
                    }
                    t = when;
                }
            }
            let forced = |actions: &[Action]| stop.flatten().is_some_and(|s| actions.contains(&s));
            let quick = forced(&[Action::Resolved, Action::Reopened, Action::Checked]);
            let escalate = (rng.chance(if bottom_line || !town_authority {
                0.5
            } else {
                0.15
            }) && !quick)
                || forced(&[Action::Escalated, Action::Consulted, Action::Decided]);
            if escalate {
                t += TimeDelta::hours(rng.range(20, 40));
                let mut e = EventEntry::new(t, Action::Escalated, &clerk);
                e.to = Some("town".to_string());
                e.note = Some("村级无法解决，提请镇级会商".to_string());
                if !push(&mut events, e) {
                    break 'life;
                }
                let Some(meeting) = meetings.consultations.iter().copied().find(|d| {
                    at(*d, 14, 0) > t
                        && meetings.consulted.get(d).map_or(0, Vec::len) < AGENDA_LIMIT
                }) else {
                    break 'life;
                };
                t = at(meeting, 15, rng.range(0, 50) as u32);
                let mut e = EventEntry::new(t, Action::Consulted, world.id(world.town_heads[1]));
                e.meeting = Some(meeting);
                e.result = Some("研究确定处置方案，明确责任单位".to_string());
                let go_on = push(&mut events, e);
                if events.last().is_some_and(|e| e.action == Action::Consulted) {
                    meetings
                        .consulted
                        .entry(meeting)
                        .or_default()
                        .push(id.clone());
                }
                if !go_on {
                    break 'life;
                }
                if !town_authority || rng.chance(0.4) || forced(&[Action::Decided]) {
                    let office = world
                        .calendar
                        .add_working_days(meeting, rng.range(1, 2) as u32);
                    t = at(office, 10, rng.range(0, 50) as u32);
                    let mut e = EventEntry::new(t, Action::Decided, world.id(world.deputies[0]));
                    e.meeting = Some(office);
                    e.measures = Some(
                        rng.pick(&[
                            "责令限期整改",
                            "责令限期拆除",
                            "责令停止违法行为并罚款",
                            "查封扣押相关设备",
                        ])
                        .to_string(),
                    );
                    e.decision_no = Some(format!(
                        "{}执决〔{year}〕{:03}号",
                        world.identity.short(),
                        *number
                    ));
                    e.party = Some(parties.person(rng));
                    let go_on = push(&mut events, e);
                    if events.last().is_some_and(|e| e.action == Action::Decided) {
                        meetings
                            .joint_offices
                            .entry(office)
                            .or_default()
                            .push(id.clone());
                    }
                    if !go_on {
                        break 'life;
                    }
                    if !town_authority {
                        let dept = DEPARTMENTS
                            [usize::try_from(rng.below(DEPARTMENTS.len() as u64)).unwrap_or(0)]
                        .0;
                        t += TimeDelta::hours(2);
                        let mut e = EventEntry::new(t, Action::Whistle, &clerk);
                        e.to = Some(dept.to_string());
                        if !push(&mut events, e) {
                            break 'life;
                        }
                        if rng.chance(0.85) {
                            t += TimeDelta::hours(rng.range(4, 60));
                            if !push(&mut events, EventEntry::new(t, Action::Responded, dept)) {
                                break 'life;
                            }
                        }
                    }
                }
                if world.county_escalations && !town_authority && rng.chance(0.5) {
                    t += TimeDelta::hours(rng.range(3, 30));
                    let mut e = EventEntry::new(t, Action::Escalated, &clerk);
                    e.to = Some("county".to_string());
                    e.note = Some("镇级无法处置，按程序上报县网格化中心".to_string());
                    if !push(&mut events, e) {
                        break 'life;
                    }
                    if rng.chance(0.8) {
                        let dept = DEPARTMENTS
                            [usize::try_from(rng.below(DEPARTMENTS.len() as u64)).unwrap_or(0)]
                        .0;
                        t += TimeDelta::hours(rng.range(4, 72));
                        if !push(&mut events, EventEntry::new(t, Action::Responded, dept)) {
                            break 'life;
                        }
                    }
                }
            }
            if rng.chance(0.05) || forced(&[Action::Suspended]) {
                t += TimeDelta::hours(rng.range(4, 30));
                let mut e = EventEntry::new(t, Action::Suspended, &clerk2);
                e.approved_by = Some(world.id(world.town_heads[1]).to_string());
                e.reason = Some("等待县级部门鉴定结果".to_string());
                if !push(&mut events, e) {
                    break 'life;
                }
                t += TimeDelta::days(rng.range(2, 6));
                if !push(&mut events, EventEntry::new(t, Action::Resumed, &clerk2)) {
                    break 'life;
                }
            }
            if rng.chance(0.06) {
                t += TimeDelta::hours(rng.range(20, 50));
                let mut e = EventEntry::new(t, Action::Urged, world.id(world.deputies[1]));
                e.card = Some(if rng.chance(0.8) {
                    Card::Yellow
                } else {
                    Card::Red
                });
                if !push(&mut events, e) {
                    break 'life;
                }
            }
            let factor = if stop.is_some() {
                0.1
            } else if rng.chance(0.12) {
                1.6
            } else {
                0.2 + rng.below(90) as f64 / 100.0
            };
            let due = world
                .calendar
                .add_working_days(t.date(), ((resolve_days as f64) * factor).ceil() as u32);
            t = at(due, rng.range(9, 17) as u32, rng.range(0, 59) as u32)
                .max(t + TimeDelta::hours(2));
            let handler = world.id(world.groups[0].head).to_string();
            if !push(&mut events, EventEntry::new(t, Action::Resolved, &handler)) {
                break 'life;
            }
            let checker = match place.village {
                Some(v) => world.id(world.villages[v].social(t.date())).to_string(),
                None => clerk.clone(),
            };
            if rng.chance(0.08) || forced(&[Action::Reopened]) {
                t += TimeDelta::hours(rng.range(18, 30));
                let mut e = EventEntry::new(t, Action::Reopened, &checker);
                e.reason = Some("核查未通过，整改不到位".to_string());
                if !push(&mut events, e) {
                    break 'life;
                }
                t += TimeDelta::days(rng.range(1, 3));
                if !push(&mut events, EventEntry::new(t, Action::Resolved, &handler)) {
                    break 'life;
                }
            }
            t += TimeDelta::hours(rng.range(18, 30));
            let mut e = EventEntry::new(t, Action::Checked, &checker);
            e.callback = Some(true);
            if !push(&mut events, e) {
                break 'life;
            }
            t += TimeDelta::minutes(rng.range(30, 120));
            let outcome = match rng.below(20) {
                0 => Outcome::Unable,
                1 => Outcome::NotResponsible,
                _ => Outcome::Fixed,
            };
            let closing_impact = if outcome == Outcome::Fixed {
                Impact::Eliminated
            } else {
                Impact::Ongoing
            };
            let mut e = EventEntry::new(t, Action::Closed, &clerk);
            e.outcome = Some(outcome);
            e.impact = Some(closing_impact);
            if !push(&mut events, e) {
                break 'life;
            }
            impact = closing_impact;
            if events.iter().any(|e| e.action == Action::Decided) {
                t += TimeDelta::days(2);
                if push(&mut events, EventEntry::new(t, Action::Disclosed, &clerk)) {
                    disclosure = Some(DisclosureEntry {
                        public: true,
                        published_at: Some(t.date()),
                        withdrawn_at: None,
                    });
                }
            }
        }
        let item_name = world
            .catalog
            .classes
            .iter()
            .flat_map(|c| &c.items)
            .find(|i| i.code == code)
            .map_or("", |i| i.name.as_str());
        let (title, location) = match (place.village, place.enterprise) {
            (Some(v), _) => {
                let name = &world.villages[v].name;
                (
                    format!("{name}{item_name}"),
                    format!("{name}{}组", rng.range(1, 6)),
                )
            }
            (None, Some(e)) => (
                format!("{}{item_name}", world.enterprises[e].name),
                world.enterprises[e].name.clone(),
            ),
            _ => (format!("镇域{item_name}"), "镇区".to_string()),
        };
        plans.push(CasePlan {
            file: CaseFile {
                id,
                title,
                item: code.to_string(),
                grid: place.grid,
                location: Some(location),
                discovered_at: Stamp(discovered),
                impact,
                duplicate_of: None,
                approval: None,
                sensitive: None,
                confidential: false,
                reports,
                events,
                disclosure,
            },
            patrol,
        });
        let lead = &plans[plans.len() - 1].file;
        if lead.grid.is_some() && stop.is_none() && path >= 4 && rng.chance(0.1) {
            let number = numbers.entry(year).or_insert(0);
            *number += 1;
            let id = format!("{}-{year}-{number:04}", world.identity.id);
            let copy = duplicate(lead, id, &clerk, horizon, rng);
            plans.push(CasePlan {
                file: copy,
                patrol: None,
            });
        }
    }
    (plans, meetings)
}

/// A later report of the same incident through 12345, filed as its own case and merged into
/// the lead case.
fn duplicate(
    lead: &CaseFile,
    id: String,
    clerk: &str,
    horizon: NaiveDateTime,
    rng: &mut Rng,
) -> CaseFile {
    let reported = lead.discovered_at.0 + TimeDelta::hours(rng.range(3, 10));
    let mut merge = EventEntry::new(
        reported + TimeDelta::minutes(rng.range(20, 90)),
        Action::Duplicate,
        clerk,
    );
    merge.of = Some(lead.id.clone());
    let merged = merge.at.0 <= horizon;
    CaseFile {
        id,
        title: format!("{}（12345重复反映）", lead.title),
        reports: vec![ReportEntry {
            at: Stamp(reported),
            by: "12345".to_string(),
            channel: Channel::Hotline12345,
            reference: Some(format!(
                "GD{}-{:04}",
                reported.format("%Y%m%d"),
                rng.range(300, 600)
            )),
        }],
        events: if merged { vec![merge] } else { Vec::new() },
        duplicate_of: merged.then(|| lead.id.clone()),
        disclosure: None,
        ..lead.clone()
    }
}
