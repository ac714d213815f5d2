//! A town as typed tables, one per kind, each row with the day that partitions it.

use chrono::{Datelike, NaiveDate, NaiveDateTime};

use crate::cli::AsOf;

use crate::model::Town;
use crate::model::case::{Party, Target};
use crate::model::people::PersonIx;
use crate::rules::assessment::assess;
use crate::rules::duties::{self, Window};
use crate::rules::findings;

/// The type of a column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Type {
    /// UTF-8 text.
    Text,
    /// A 64-bit integer.
    Int,
    /// A float.
    Float,
    /// A calendar day.
    Date,
    /// A moment, China Standard Time, without zone (timestamp in seconds).
    Time,
}

/// A cell; `None` is null.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Text.
    Text(Option<String>),
    /// An integer.
    Int(Option<i64>),
    /// A float.
    Float(Option<f64>),
    /// A day.
    Date(Option<NaiveDate>),
    /// A moment.
    Time(Option<NaiveDateTime>),
}

/// A table of one kind.
#[derive(Clone, Debug)]
pub struct Table {
    /// The kind: the first folder of the export (`patrols`).
    pub kind: &'static str,
    /// Column names and types.
    pub columns: Vec<(&'static str, Type)>,
    /// Rows, each with the day that partitions it (its year and month).
    pub rows: Vec<(NaiveDate, Vec<Cell>)>,
}

fn text(s: impl Into<String>) -> Cell {
    Cell::Text(Some(s.into()))
}

fn opt_text(s: Option<impl Into<String>>) -> Cell {
    Cell::Text(s.map(Into::into))
}

fn person(town: &Town, p: Option<PersonIx>) -> Cell {
    opt_text(p.map(|p| town.people.id(p)))
}

fn people(town: &Town, list: &[PersonIx]) -> Cell {
    let ids: Vec<&str> = list.iter().map(|p| town.people.id(*p)).collect();
    text(ids.join(";"))
}

fn cases(town: &Town, list: &[crate::model::case::CaseIx]) -> Cell {
    let ids: Vec<&str> = list.iter().map(|c| town.cases.ids.name(*c)).collect();
    text(ids.join(";"))
}

fn clock(t: Option<chrono::NaiveTime>) -> Cell {
    opt_text(t.map(|t| t.format("%H:%M").to_string()))
}

fn party(town: &Town, party: &Party) -> String {
    match party {
        Party::Person(p) => town.people.id(*p).to_string(),
        Party::Department(d) => town.enforcement.department_ids.name(*d).to_string(),
        Party::Other(text) => text.to_string(),
    }
}

fn target(town: &Town, target: Target) -> String {
    match target {
        Target::Grid(g) => town.grids.id(g).to_string(),
        Target::Group(g) => town.enforcement.group_ids.name(g).to_string(),
        Target::Unit(u) => town.info.units.ids.name(u).to_string(),
        Target::Department(d) => town.enforcement.department_ids.name(d).to_string(),
        Target::Town => "town".to_string(),
        Target::County => "county".to_string(),
    }
}

/// Every table of `town`, its facts computed as of `as_of` (the town already cut at it): the
/// duties of the days from its first record to the as-of day (whose close is the moment
/// 00:00 of the next day: the day is taken from `as_of.date`, never from the moment).
pub fn tables(town: &Town, as_of: AsOf) -> Vec<Table> {
    let g = |ix| text(town.grids.id(ix));
    let mut out = Vec::new();
    out.push(Table {
        kind: "patrols",
        columns: vec![
            ("date", Type::Date),
            ("grid", Type::Text),
            ("member", Type::Text),
            ("start", Type::Text),
            ("end", Type::Text),
            ("items", Type::Text),
            ("issues", Type::Int),
            ("cases", Type::Text),
            ("signed_by", Type::Text),
            ("signed_at", Type::Time),
            ("reported_by", Type::Text),
            ("reported_at", Type::Time),
            ("channel", Type::Text),
        ],
        rows: town
            .patrols
            .iter()
            .map(|p| {
                let items: Vec<&str> = p.items.iter().map(|i| town.catalog.ids.name(*i)).collect();
                (
                    p.date,
                    vec![
                        Cell::Date(Some(p.date)),
                        g(p.grid),
                        text(town.people.id(p.member)),
                        clock(p.start),
                        clock(p.end),
                        text(items.join(";")),
                        Cell::Int(Some(i64::from(p.issues))),
                        cases(town, &p.cases),
                        person(town, p.signed_by),
                        Cell::Time(p.signed_at),
                        person(town, p.reported_by),
                        Cell::Time(p.reported_at),
                        text(p.channel.as_str()),
                    ],
                )
            })
            .collect(),
    });
    out.push(Table {
        kind: "sweeps",
        columns: vec![
            ("date", Type::Date),
            ("grid", Type::Text),
            ("organizer", Type::Text),
            ("participants", Type::Text),
            ("absent", Type::Text),
            ("issues", Type::Int),
            ("cases", Type::Text),
        ],
        rows: town
            .sweeps
            .iter()
            .map(|s| {
                let absent: Vec<String> = s
                    .absent
                    .iter()
                    .map(|(p, why)| format!("{}({why})", town.people.id(*p)))
                    .collect();
                (
                    s.date,
                    vec![
                        Cell::Date(Some(s.date)),
                        g(s.grid),
                        person(town, s.organizer),
                        people(town, &s.participants),
                        text(absent.join(";")),
                        Cell::Int(Some(i64::from(s.issues))),
                        cases(town, &s.cases),
                    ],
                )
            })
            .collect(),
    });
    out.push(Table {
        kind: "meetings",
        columns: vec![
            ("date", Type::Date),
            ("kind", Type::Text),
            ("grid", Type::Text),
            ("chair", Type::Text),
            ("attendees", Type::Text),
            ("cases", Type::Text),
            ("signed_by", Type::Text),
            ("reported_by", Type::Text),
            ("reported_at", Type::Time),
        ],
        rows: town
            .meetings
            .iter()
            .map(|m| {
                (
                    m.date,
                    vec![
                        Cell::Date(Some(m.date)),
                        text(m.kind.as_str()),
                        g(m.grid),
                        person(town, m.chair),
                        people(town, &m.attendees),
                        cases(town, &m.cases),
                        person(town, m.signed_by),
                        person(town, m.reported_by),
                        Cell::Time(m.reported_at),
                    ],
                )
            })
            .collect(),
    });
    out.push(Table {
        kind: "inspections",
        columns: vec![
            ("date", Type::Date),
            ("work_area", Type::Text),
            ("lead", Type::Text),
            ("participants", Type::Text),
            ("villages", Type::Text),
            ("issues", Type::Int),
            ("cases", Type::Text),
        ],
        rows: town
            .inspections
            .iter()
            .map(|i| {
                let villages: Vec<&str> = i.villages.iter().map(|v| town.grids.id(*v)).collect();
                (
                    i.date,
                    vec![
                        Cell::Date(Some(i.date)),
                        g(i.work_area),
                        person(town, i.lead),
                        people(town, &i.participants),
                        text(villages.join(";")),
                        Cell::Int(Some(i64::from(i.issues))),
                        cases(town, &i.cases),
                    ],
                )
            })
            .collect(),
    });
    out.push(Table {
        kind: "approvals",
        columns: vec![
            ("id", Type::Text),
            ("item", Type::Text),
            ("village", Type::Text),
            ("approved_at", Type::Date),
            ("follow_up_by", Type::Date),
        ],
        rows: town
            .approvals
            .iter()
            .map(|(ix, a)| {
                (
                    a.approved_at,
                    vec![
                        text(town.approvals.ids.name(ix)),
                        opt_text(a.item.map(|i| town.catalog.ids.name(i))),
                        opt_text(a.village.map(|v| town.grids.id(v))),
                        Cell::Date(Some(a.approved_at)),
                        Cell::Date(Some(a.follow_up_by)),
                    ],
                )
            })
            .collect(),
    });
    out.push(Table {
        kind: "roster",
        columns: vec![
            ("person", Type::Text),
            ("name", Type::Text),
            ("grid", Type::Text),
            ("role", Type::Text),
            ("title", Type::Text),
            ("from", Type::Date),
            ("to", Type::Date),
        ],
        rows: town
            .roster
            .assignments
            .iter()
            .map(|a| {
                let since = a.from.or_else(|| town.data_period().map(|p| p.0));
                (
                    since.unwrap_or(as_of.date),
                    vec![
                        text(town.people.id(a.person)),
                        text(town.people.get(a.person).name.clone()),
                        g(a.grid),
                        text(a.role.as_str()),
                        text(a.title.clone()),
                        Cell::Date(a.from),
                        Cell::Date(a.to),
                    ],
                )
            })
            .collect(),
    });
    out.extend(case_tables(town));
    out.extend(facts(town, as_of));
    out
}

/// The cases (one row each) and their events.
fn case_tables(town: &Town) -> [Table; 2] {
    let mut cases = Table {
        kind: "cases",
        columns: vec![
            ("id", Type::Text),
            ("title", Type::Text),
            ("grid", Type::Text),
            ("item", Type::Text),
            ("discovered_at", Type::Time),
            ("first_channel", Type::Text),
            ("state", Type::Text),
        ],
        rows: Vec::new(),
    };
    let mut events = Table {
        kind: "case_events",
        columns: vec![
            ("case", Type::Text),
            ("at", Type::Time),
            ("action", Type::Text),
            ("by", Type::Text),
            ("to", Type::Text),
        ],
        rows: Vec::new(),
    };
    for (ix, case) in town.cases.iter() {
        let id = town.cases.ids.name(ix);
        cases.rows.push((
            case.discovered_at.date(),
            vec![
                text(id),
                text(case.title.clone()),
                opt_text(case.grid.map(|g| town.grids.id(g))),
                opt_text(case.item.map(|i| town.catalog.ids.name(i))),
                Cell::Time(Some(case.discovered_at)),
                opt_text(case.first_report().map(|r| r.channel.as_str())),
                text(case.state().as_str()),
            ],
        ));
        for e in &case.events {
            events.rows.push((
                e.at.date(),
                vec![
                    text(id),
                    Cell::Time(Some(e.at)),
                    text(e.action.as_str()),
                    text(party(town, &e.by)),
                    opt_text(e.to.map(|t| target(town, t))),
                ],
            ));
        }
    }
    [cases, events]
}

/// The computed facts: every duty instance of the town's records with its status, the
/// findings, and each month's village and work-area scores.
fn facts(town: &Town, as_of: AsOf) -> [Table; 3] {
    let (today, now) = (as_of.date, as_of.now);
    let mut duty_table = Table {
        kind: "duties",
        columns: vec![
            ("duty", Type::Text),
            ("grid", Type::Text),
            ("person", Type::Text),
            ("subject", Type::Text),
            ("start", Type::Time),
            ("due", Type::Time),
            ("done", Type::Time),
            ("status", Type::Text),
        ],
        rows: Vec::new(),
    };
    let mut finding_table = Table {
        kind: "findings",
        columns: vec![
            ("id", Type::Text),
            ("kind", Type::Text),
            ("case", Type::Text),
            ("grid", Type::Text),
            ("person", Type::Text),
            ("amount", Type::Int),
            ("channel", Type::Text),
            ("at", Type::Time),
            ("decision", Type::Text),
        ],
        rows: Vec::new(),
    };
    let mut scores = Table {
        kind: "scores",
        columns: vec![
            ("month", Type::Text),
            ("level", Type::Text),
            ("grid", Type::Text),
            ("score", Type::Float),
            ("rank", Type::Int),
            ("patrol_completion", Type::Float),
            ("case_on_time", Type::Float),
        ],
        rows: Vec::new(),
    };
    let Some((first, _)) = town.data_period() else {
        return [duty_table, finding_table, scores];
    };
    let window = Window {
        from: first,
        to: today,
        now,
    };
    for j in duties::calendar(town, &window) {
        let i = &j.instance;
        duty_table.rows.push((
            i.start.date(),
            vec![
                text(i.duty.as_str()),
                text(town.grids.id(i.grid)),
                person(town, i.person),
                opt_text(i.subject.clone()),
                Cell::Time(Some(i.start)),
                Cell::Time(Some(i.due)),
                Cell::Time(i.done.filter(|d| *d <= now)),
                text(j.status.as_str()),
            ],
        ));
    }
    for f in findings::findings(town, None, now) {
        finding_table.rows.push((
            f.at.date(),
            vec![
                text(f.id.clone()),
                text(f.kind.as_str()),
                text(town.cases.ids.name(f.case)),
                text(town.grids.id(f.grid)),
                person(town, f.person),
                Cell::Int(f.amount.map(i64::from)),
                text(f.channel.as_str()),
                Cell::Time(Some(f.at)),
                opt_text(f.decision.map(|d| d.as_str())),
            ],
        ));
    }
    let mut month = first.with_day(1).unwrap_or(first);
    while month <= today {
        let (from, to) = crate::period::month_of(month);
        let window = Window {
            from,
            to: to.min(today),
            now,
        };
        let assessment = assess(town, &window);
        for (level, list) in [
            ("village", &assessment.villages),
            ("work_area", &assessment.work_areas),
        ] {
            for s in list {
                scores.rows.push((
                    from,
                    vec![
                        text(format!("{}-{:02}", from.year(), from.month())),
                        text(level),
                        text(town.grids.id(s.grid)),
                        Cell::Float(Some(s.total)),
                        Cell::Int(i64::try_from(s.rank).ok()),
                        Cell::Float(s.rates.patrol_completion.value()),
                        Cell::Float(s.rates.case_on_time.value()),
                    ],
                ));
            }
        }
        month = to.succ_opt().unwrap_or(to);
        if month <= from {
            break;
        }
    }
    [duty_table, finding_table, scores]
}
