//! A town as typed tables, one per kind, each row with the day that partitions it.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::Arc;

use arrow_array::ArrayRef;
use arrow_array::builder::{
    Date32Builder, Float64Builder, Int64Builder, StringBuilder, TimestampSecondBuilder,
};

use chrono::{Datelike, NaiveDate, NaiveDateTime};

use crate::cli::AsOf;
use crate::layout::Dated;

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

/// A cell; `None` is null. Text borrows the town's ids where it can: a year of a town is
/// hundreds of thousands of rows.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell<'a> {
    /// Text.
    Text(Option<Cow<'a, str>>),
    /// An integer.
    Int(Option<i64>),
    /// A float.
    Float(Option<f64>),
    /// A day.
    Date(Option<NaiveDate>),
    /// A moment.
    Time(Option<NaiveDateTime>),
}

/// A table of one kind, its rows kept column by column per month (Arrow builders): a year of
/// a town is hundreds of thousands of rows, never a vector of rows.
pub struct Table<'a> {
    /// The kind: the first folder of the export (`patrols`).
    pub kind: &'static str,
    /// Column names and types.
    pub columns: Vec<(&'static str, Type)>,
    /// Per (year, month): the columns' builders.
    pub parts: BTreeMap<(i32, u32), Vec<Builder>>,
    /// Rows pushed.
    pub rows: usize,
    text: std::marker::PhantomData<Cell<'a>>,
}

/// A column being built.
pub enum Builder {
    /// Text.
    Text(StringBuilder),
    /// Integers.
    Int(Int64Builder),
    /// Floats.
    Float(Float64Builder),
    /// Days since 1970-01-01.
    Date(Date32Builder),
    /// Seconds since 1970-01-01 00:00, China Standard Time as written.
    Time(TimestampSecondBuilder),
}

impl Builder {
    fn new(t: Type) -> Builder {
        match t {
            Type::Text => Builder::Text(StringBuilder::new()),
            Type::Int => Builder::Int(Int64Builder::new()),
            Type::Float => Builder::Float(Float64Builder::new()),
            Type::Date => Builder::Date(Date32Builder::new()),
            Type::Time => Builder::Time(TimestampSecondBuilder::new()),
        }
    }

    fn append(&mut self, cell: Cell<'_>) {
        match (self, cell) {
            (Builder::Text(b), Cell::Text(v)) => b.append_option(v),
            (Builder::Int(b), Cell::Int(v)) => b.append_option(v),
            (Builder::Float(b), Cell::Float(v)) => b.append_option(v),
            (Builder::Date(b), Cell::Date(v)) => b.append_option(v.map(days)),
            (Builder::Time(b), Cell::Time(v)) => {
                b.append_option(v.map(|t| t.and_utc().timestamp()))
            }
            (Builder::Text(b), _) => b.append_null(),
            (Builder::Int(b), _) => b.append_null(),
            (Builder::Float(b), _) => b.append_null(),
            (Builder::Date(b), _) => b.append_null(),
            (Builder::Time(b), _) => b.append_null(),
        }
    }

    /// The finished array.
    pub fn finish(&mut self) -> ArrayRef {
        match self {
            Builder::Text(b) => Arc::new(b.finish()),
            Builder::Int(b) => Arc::new(b.finish()),
            Builder::Float(b) => Arc::new(b.finish()),
            Builder::Date(b) => Arc::new(b.finish()),
            Builder::Time(b) => Arc::new(b.finish()),
        }
    }
}

fn days(d: NaiveDate) -> i32 {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
    i32::try_from((d - epoch).num_days()).unwrap_or(0)
}

impl<'a> Table<'a> {
    /// An empty table.
    pub fn new(kind: &'static str, columns: Vec<(&'static str, Type)>) -> Table<'a> {
        Table {
            kind,
            columns,
            parts: BTreeMap::new(),
            rows: 0,
            text: std::marker::PhantomData,
        }
    }

    /// Adds a row, partitioned by the month of `day`; its cells in the columns' order.
    pub fn push<const N: usize>(&mut self, day: NaiveDate, cells: [Cell<'a>; N]) {
        let columns = &self.columns;
        let part = self
            .parts
            .entry((day.year(), day.month()))
            .or_insert_with(|| columns.iter().map(|(_, t)| Builder::new(*t)).collect());
        for (builder, cell) in part.iter_mut().zip(cells) {
            builder.append(cell);
        }
        self.rows += 1;
    }
}

fn text<'a>(s: impl Into<Cow<'a, str>>) -> Cell<'a> {
    Cell::Text(Some(s.into()))
}

fn opt_text<'a>(s: Option<impl Into<Cow<'a, str>>>) -> Cell<'a> {
    Cell::Text(s.map(Into::into))
}

fn person(town: &Town, p: Option<PersonIx>) -> Cell<'_> {
    opt_text(p.map(|p| town.people.id(p)))
}

fn people<'a>(town: &'a Town, list: &[PersonIx]) -> Cell<'a> {
    let ids: Vec<&str> = list.iter().map(|p| town.people.id(*p)).collect();
    text(ids.join(";"))
}

fn cases<'a>(town: &'a Town, list: &[crate::model::case::CaseIx]) -> Cell<'a> {
    let ids: Vec<&str> = list.iter().map(|c| town.cases.ids.name(*c)).collect();
    text(ids.join(";"))
}

fn clock(t: Option<chrono::NaiveTime>) -> Cell<'static> {
    opt_text(t.map(|t| t.format("%H:%M").to_string()))
}

fn party<'a>(town: &'a Town, party: &'a Party) -> &'a str {
    match party {
        Party::Person(p) => town.people.id(*p),
        Party::Department(d) => town.enforcement.department_ids.name(*d),
        Party::Other(text) => text,
    }
}

fn target(town: &Town, target: Target) -> &str {
    match target {
        Target::Grid(g) => town.grids.id(g),
        Target::Group(g) => town.enforcement.group_ids.name(g),
        Target::Unit(u) => town.info.units.ids.name(u),
        Target::Department(d) => town.enforcement.department_ids.name(d),
        Target::Town => "town",
        Target::County => "county",
    }
}

/// Every table of `town`, its facts computed as of `as_of` (the town already cut at it): the
/// duties of the days from its first record to the as-of day (whose close is the moment
/// 00:00 of the next day: the day is taken from `as_of.date`, never from the moment).
pub fn tables(town: &Town, as_of: AsOf) -> Vec<Table<'_>> {
    let g = |ix| text(town.grids.id(ix));
    let mut out = Vec::new();
    let mut table = Table::new(
        Dated::Patrols.folder(),
        vec![
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
    );
    for p in town.patrols.iter() {
        let items: Vec<&str> = p.items.iter().map(|i| town.catalog.ids.name(*i)).collect();
        table.push(
            p.date,
            [
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
        );
    }
    out.push(table);
    let mut table = Table::new(
        Dated::Sweeps.folder(),
        vec![
            ("date", Type::Date),
            ("grid", Type::Text),
            ("organizer", Type::Text),
            ("participants", Type::Text),
            ("absent", Type::Text),
            ("issues", Type::Int),
            ("cases", Type::Text),
        ],
    );
    for s in town.sweeps.iter() {
        let absent: Vec<String> = s
            .absent
            .iter()
            .map(|(p, why)| format!("{}({why})", town.people.id(*p)))
            .collect();
        table.push(
            s.date,
            [
                Cell::Date(Some(s.date)),
                g(s.grid),
                person(town, s.organizer),
                people(town, &s.participants),
                text(absent.join(";")),
                Cell::Int(Some(i64::from(s.issues))),
                cases(town, &s.cases),
            ],
        );
    }
    out.push(table);
    let mut table = Table::new(
        Dated::Meetings.folder(),
        vec![
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
    );
    for m in town.meetings.iter() {
        table.push(
            m.date,
            [
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
        );
    }
    out.push(table);
    let mut table = Table::new(
        Dated::Inspections.folder(),
        vec![
            ("date", Type::Date),
            ("work_area", Type::Text),
            ("lead", Type::Text),
            ("participants", Type::Text),
            ("villages", Type::Text),
            ("issues", Type::Int),
            ("cases", Type::Text),
        ],
    );
    for i in town.inspections.iter() {
        let villages: Vec<&str> = i.villages.iter().map(|v| town.grids.id(*v)).collect();
        table.push(
            i.date,
            [
                Cell::Date(Some(i.date)),
                g(i.work_area),
                person(town, i.lead),
                people(town, &i.participants),
                text(villages.join(";")),
                Cell::Int(Some(i64::from(i.issues))),
                cases(town, &i.cases),
            ],
        );
    }
    out.push(table);
    let mut table = Table::new(
        Dated::Approvals.folder(),
        vec![
            ("id", Type::Text),
            ("item", Type::Text),
            ("village", Type::Text),
            ("approved_at", Type::Date),
            ("follow_up_by", Type::Date),
        ],
    );
    for (ix, a) in town.approvals.iter() {
        table.push(
            a.approved_at,
            [
                text(town.approvals.ids.name(ix)),
                opt_text(a.item.map(|i| town.catalog.ids.name(i))),
                opt_text(a.village.map(|v| town.grids.id(v))),
                Cell::Date(Some(a.approved_at)),
                Cell::Date(Some(a.follow_up_by)),
            ],
        );
    }
    out.push(table);
    let mut table = Table::new(
        "roster",
        vec![
            ("person", Type::Text),
            ("name", Type::Text),
            ("grid", Type::Text),
            ("role", Type::Text),
            ("title", Type::Text),
            ("from", Type::Date),
            ("to", Type::Date),
        ],
    );
    let first = town.data_period().map(|p| p.0);
    for a in town.roster.assignments.iter() {
        let since = a.from.or(first);
        table.push(
            since.unwrap_or(as_of.date),
            [
                text(town.people.id(a.person)),
                text(town.people.get(a.person).name.as_str()),
                g(a.grid),
                text(a.role.as_str()),
                text(a.title.as_str()),
                Cell::Date(a.from),
                Cell::Date(a.to),
            ],
        );
    }
    out.push(table);
    out.extend(case_tables(town));
    out.extend(facts(town, as_of));
    out
}

/// The cases (one row each) and their events.
fn case_tables(town: &Town) -> [Table<'_>; 2] {
    let mut cases = Table::new(
        crate::layout::CASES,
        vec![
            ("id", Type::Text),
            ("title", Type::Text),
            ("grid", Type::Text),
            ("item", Type::Text),
            ("discovered_at", Type::Time),
            ("first_channel", Type::Text),
            ("state", Type::Text),
        ],
    );
    let mut events = Table::new(
        "case_events",
        vec![
            ("case", Type::Text),
            ("at", Type::Time),
            ("action", Type::Text),
            ("by", Type::Text),
            ("to", Type::Text),
        ],
    );
    for (ix, case) in town.cases.iter() {
        let id = town.cases.ids.name(ix);
        cases.push(
            case.discovered_at.date(),
            [
                text(id),
                text(case.title.as_str()),
                opt_text(case.grid.map(|g| town.grids.id(g))),
                opt_text(case.item.map(|i| town.catalog.ids.name(i))),
                Cell::Time(Some(case.discovered_at)),
                opt_text(case.first_report().map(|r| r.channel.as_str())),
                text(case.state().as_str()),
            ],
        );
        for e in &case.events {
            events.push(
                e.at.date(),
                [
                    text(id),
                    Cell::Time(Some(e.at)),
                    text(e.action.as_str()),
                    text(party(town, &e.by)),
                    opt_text(e.to.map(|t| target(town, t))),
                ],
            );
        }
    }
    [cases, events]
}

/// The computed facts: every duty instance of the town's records with its status, the
/// findings, and each month's village and work-area scores.
fn facts(town: &Town, as_of: AsOf) -> [Table<'_>; 3] {
    let (today, now) = (as_of.date, as_of.now);
    let mut duty_table = Table::new(
        "duties",
        vec![
            ("duty", Type::Text),
            ("grid", Type::Text),
            ("person", Type::Text),
            ("subject", Type::Text),
            ("start", Type::Time),
            ("due", Type::Time),
            ("done", Type::Time),
            ("status", Type::Text),
        ],
    );
    let mut finding_table = Table::new(
        "findings",
        vec![
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
    );
    let mut scores = Table::new(
        "scores",
        vec![
            ("month", Type::Text),
            ("level", Type::Text),
            ("grid", Type::Text),
            ("score", Type::Float),
            ("rank", Type::Int),
            ("patrol_completion", Type::Float),
            ("case_on_time", Type::Float),
        ],
    );
    let Some((first, _)) = town.data_period() else {
        return [duty_table, finding_table, scores];
    };
    let window = Window {
        from: first,
        to: today,
        now,
    };
    duties::each_of_calendar(town, &window, &mut |j| {
        let i = j.instance;
        duty_table.push(
            i.start.date(),
            [
                text(i.duty.as_str()),
                text(town.grids.id(i.grid)),
                person(town, i.person),
                opt_text(i.subject),
                Cell::Time(Some(i.start)),
                Cell::Time(Some(i.due)),
                Cell::Time(i.done.filter(|d| *d <= now)),
                text(j.status.as_str()),
            ],
        );
    });
    for f in findings::findings(town, None, now) {
        finding_table.push(
            f.at.date(),
            [
                text(f.id),
                text(f.kind.as_str()),
                text(town.cases.ids.name(f.case)),
                text(town.grids.id(f.grid)),
                person(town, f.person),
                Cell::Int(f.amount.map(i64::from)),
                text(f.channel.as_str()),
                Cell::Time(Some(f.at)),
                opt_text(f.decision.map(|d| d.as_str())),
            ],
        );
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
                scores.push(
                    from,
                    [
                        text(format!("{}-{:02}", from.year(), from.month())),
                        text(level),
                        text(town.grids.id(s.grid)),
                        Cell::Float(Some(s.total)),
                        Cell::Int(i64::try_from(s.rank).ok()),
                        Cell::Float(s.rates.patrol_completion.value()),
                        Cell::Float(s.rates.case_on_time.value()),
                    ],
                );
            }
        }
        month = to.succ_opt().unwrap_or(to);
        if month <= from {
            break;
        }
    }
    [duty_table, finding_table, scores]
}
