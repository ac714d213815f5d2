//! The monthly's sweeps and half-month meetings as the office reads them: for each sweep day
//! of each village who should have come, who came and who was absent and why; for each half
//! month what was due, when the meeting was held, who chaired, signed and reported it.

use crate::model::choices::{MeetingKind, Role};
use crate::report::book::{Cell, Sheet, Value};
use crate::report::common::Ctx;
use crate::rules::duties::{Duty, Judged, Status, half_month};

/// A duty's status as a cell: red when overdue.
fn status_cell(ctx: &Ctx, status: Status) -> Cell {
    let text = ctx.w(status.zh(), status.as_str());
    if status.is_overdue() {
        Cell::alarm(text)
    } else {
        Cell::new(text)
    }
}

/// The sweeps of the period.
pub fn sweeps(ctx: &Ctx, duties: &[Judged]) -> Sheet {
    let town = ctx.town;
    let mut sheet = Sheet::new(
        ctx.w("月排查", "Sweeps"),
        vec![
            ctx.w("村级网格", "Village"),
            ctx.w("排查日", "Day"),
            ctx.w("组织人", "Organiser"),
            ctx.w("应到", "Expected"),
            ctx.w("实到", "Present"),
            ctx.w("缺勤（事由）", "Absent (reason)"),
            ctx.w("状态", "Status"),
        ],
    );
    for j in duties
        .iter()
        .filter(|j| j.instance.duty == Duty::SweepMissing)
    {
        let (grid, day) = (j.instance.grid, j.instance.start.date());
        let row = town.sweeps.iter().find(|s| s.grid == grid && s.date == day);
        let expected = town.roster.holders(grid, Role::BaseMember, day).count();
        let name = |p| town.people.get(p).name.clone();
        let excused: Vec<String> = row.map_or_else(Vec::new, |r| {
            r.absent
                .iter()
                .map(|(p, why)| format!("{}（{why}）", name(*p)))
                .collect()
        });
        let unexcused: Vec<String> = duties
            .iter()
            .filter(|u| {
                u.instance.duty == Duty::SweepAbsentUnexcused
                    && u.instance.grid == grid
                    && u.instance.start.date() == day
            })
            .filter_map(|u| u.instance.person)
            .map(name)
            .collect();
        let any_unexcused = !unexcused.is_empty();
        let absent = ctx.phrase(|lang| {
            let without = unexcused
                .iter()
                .map(|n| format!("{n}（{}）", lang.pick("无故", "no reason")));
            let all: Vec<String> = excused.iter().cloned().chain(without).collect();
            all.join("、")
        });
        sheet.rows.push(vec![
            Cell::new(ctx.grid(grid)),
            Cell::new(Value::Date(day)),
            Cell::new(ctx.person(row.and_then(|r| r.organizer).or(j.instance.person))),
            Cell::new(expected),
            match row {
                Some(r) => Cell::new(r.participants.len()),
                None => Cell::new(""),
            },
            if any_unexcused {
                Cell::alarm(absent)
            } else {
                Cell::new(absent)
            },
            status_cell(ctx, j.status),
        ]);
    }
    sheet
}

/// The half-month meetings of the period.
pub fn meetings(ctx: &Ctx, duties: &[Judged]) -> Sheet {
    let town = ctx.town;
    let mut sheet = Sheet::new(
        ctx.w("半月会议", "Half-month meetings"),
        vec![
            ctx.w("村级网格", "Village"),
            ctx.w("半月", "Half month"),
            ctx.w("应开", "Due"),
            ctx.w("会议日期", "Held on"),
            ctx.w("主持", "Chair"),
            ctx.w("签字", "Signed by"),
            ctx.w("报送", "Reported"),
            ctx.w("状态", "Status"),
        ],
    );
    for j in duties
        .iter()
        .filter(|j| j.instance.duty == Duty::MeetingMissing)
    {
        let grid = j.instance.grid;
        let last_day = j.instance.due.date().pred_opt().unwrap_or_default();
        let (first, last) = half_month(last_day);
        let row = town.meetings.iter().find(|m| {
            m.kind == MeetingKind::VillageHalfMonth
                && m.grid == grid
                && m.date >= first
                && m.date <= last
        });
        let missing = |zh, en| Cell::alarm(ctx.w(zh, en));
        sheet.rows.push(vec![
            Cell::new(ctx.grid(grid)),
            Cell::new(format!(
                "{}~{}",
                first.format("%m-%d"),
                last.format("%m-%d")
            )),
            Cell::new(ctx.w("半月会议", "half-month meeting")),
            row.map_or(Cell::new(""), |m| Cell::new(Value::Date(m.date))),
            match row.and_then(|m| m.chair) {
                Some(chair) => Cell::new(ctx.person(Some(chair))),
                None => Cell::new(""),
            },
            match row {
                Some(m) if m.signed_by.is_some() => Cell::new(ctx.person(m.signed_by)),
                Some(_) => missing("未签字", "unsigned"),
                None => Cell::new(""),
            },
            match row {
                Some(m) => match m.reported_at {
                    Some(at) => Cell::new(Value::Time(at)),
                    None => missing("未报送", "not reported"),
                },
                None => Cell::new(""),
            },
            status_cell(ctx, j.status),
        ]);
    }
    sheet
}
