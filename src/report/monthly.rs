//! The half-month report for the supervision office (月报, on the 1st and the 15th): patrol
//! completion per village and the patrol matrix, sweeps, half-month meetings, the cases of the
//! period, the findings with their decisions, and the overdue list.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::model::case::State;
use crate::model::grid::GridKind;
use crate::report::book::{Book, Cell, Chart, ChartKind, Sheet, Value, Words};
use crate::report::common::Ctx;
use crate::report::{gatherings, headline};
use crate::rules::completion::{self, Completion};
use crate::rules::duties::{Duty, Judged, Place, Status};
use crate::rules::findings;

/// The half month before `day`: the 1st–15th or 16th–end that ended last.
pub fn last_half(day: NaiveDate) -> (NaiveDate, NaiveDate) {
    let previous = day.pred_opt().unwrap_or(day);
    let (first, last) = crate::rules::duties::half_month(previous);
    if last < day {
        (first, last)
    } else {
        crate::rules::duties::half_month(first.pred_opt().unwrap_or(first))
    }
}

fn mark(status: Status) -> Cell {
    match status {
        Status::Done => Cell::new("✓"),
        Status::Late => Cell::new("迟"),
        Status::Missed => Cell::alarm("✗"),
        Status::Breach => Cell::alarm("!"),
        Status::Pending | Status::DueSoon => Cell::new("…"),
    }
}

/// Patrol completion per work area: the sum of its villages, with a chart.
fn work_areas(ctx: &Ctx, duties: &[Judged]) -> Sheet {
    let town = ctx.town;
    let mut per_area: BTreeMap<String, (usize, Completion)> = BTreeMap::new();
    for (grid, c) in completion::patrols(duties) {
        let Some(area) = town.grids.get(grid).work_area else {
            continue;
        };
        let (villages, sum) = per_area.entry(ctx.grid(area)).or_default();
        *villages += 1;
        sum.owed += c.owed;
        sum.done += c.done;
        sum.late += c.late;
    }
    let mut sheet = Sheet::new(
        ctx.w("工作区汇总", "Work areas"),
        vec![
            ctx.w("工作区", "Work area"),
            ctx.w("村数", "Villages"),
            ctx.w("应报", "Owed"),
            ctx.w("已报", "Done"),
            ctx.w("迟报", "Late"),
            ctx.w("缺报", "Missing"),
            ctx.w("完成率", "Rate"),
        ],
    );
    for (area, (villages, c)) in &per_area {
        let missing = c.owed - c.done;
        sheet.rows.push(vec![
            Cell::new(area.as_str()),
            Cell::new(*villages),
            Cell::new(c.owed),
            Cell::new(c.done),
            Cell::new(c.late),
            if missing > 0 {
                Cell::alarm(missing)
            } else {
                Cell::new(missing)
            },
            Cell::new(Value::Percent(c.rate())),
        ]);
    }
    sheet.charts.push(Chart {
        title: ctx
            .t("各工作区巡查完成率", "Patrol completion by work area")
            .to_string(),
        kind: ChartKind::Column,
        categories: 0,
        values: 6,
    });
    sheet
}

/// Builds the report of `[from, to]`.
pub fn build(ctx: &Ctx, from: NaiveDate, to: NaiveDate) -> Book {
    let town = ctx.town;
    let duties = ctx.duties(from, to);
    let of = |duty: Duty| duties.iter().filter(move |j| j.instance.duty == duty);
    let mut sheets = Vec::new();

    // Patrol completion per village, and the matrix.
    let days: Vec<NaiveDate> = from.iter_days().take_while(|d| *d <= to).collect();
    let per_village: BTreeMap<String, Completion> = completion::patrols(&duties)
        .into_iter()
        .map(|(grid, c)| (ctx.grid(grid), c))
        .collect();
    let mut matrix: BTreeMap<(String, String), BTreeMap<NaiveDate, Status>> = BTreeMap::new();
    for j in of(Duty::PatrolMissing) {
        if matches!(j.status, Status::Pending | Status::DueSoon) {
            continue;
        }
        let village = ctx.grid(j.instance.grid);
        matrix
            .entry((village, ctx.person(j.instance.person)))
            .or_default()
            .insert(j.instance.start.date(), j.status);
    }
    for j in of(Duty::PatrolLate).filter(|j| j.status == Status::Late) {
        let member = j
            .instance
            .subject
            .as_deref()
            .and_then(|id| town.people.ids.get(id));
        if let Some(cell) = matrix
            .get_mut(&(ctx.grid(j.instance.grid), ctx.person(member)))
            .and_then(|m| m.get_mut(&j.instance.start.date()))
        {
            *cell = Status::Late;
        }
    }
    let mut completion = Sheet::new(
        ctx.w("巡查完成率", "Patrol completion"),
        vec![
            ctx.w("村级网格", "Village"),
            ctx.w("应报", "Owed"),
            ctx.w("已报", "Done"),
            ctx.w("迟报", "Late"),
            ctx.w("缺报", "Missing"),
            ctx.w("完成率", "Rate"),
            ctx.w("未签字", "Unsigned"),
        ],
    );
    // Patrol rows the village head has still not signed, past their deadline (signed late is
    // not unsigned).
    let mut unsigned: BTreeMap<String, usize> = BTreeMap::new();
    for j in
        of(Duty::PatrolUnsigned).filter(|j| matches!(j.status, Status::Missed | Status::Breach))
    {
        *unsigned.entry(ctx.grid(j.instance.grid)).or_default() += 1;
    }
    let mut late_all = 0;
    for (village, c) in &per_village {
        let Completion { owed, done, late } = c;
        late_all += late;
        let rate = c.rate();
        let missing = owed - done;
        let miss_cell = if missing > 0 {
            Cell::alarm(missing)
        } else {
            Cell::new(missing)
        };
        completion.rows.push(vec![
            Cell::new(village.as_str()),
            Cell::new(*owed),
            Cell::new(*done),
            Cell::new(*late),
            miss_cell,
            Cell::new(Value::Percent(rate)),
            match unsigned.get(village).copied().unwrap_or(0) {
                0 => Cell::new(0),
                n => Cell::alarm(n),
            },
        ]);
    }
    completion.charts.push(Chart {
        title: ctx
            .t("各村巡查完成率", "Patrol completion by village")
            .to_string(),
        kind: ChartKind::Bar,
        categories: 0,
        values: 5,
    });
    sheets.push(completion);
    sheets.push(work_areas(ctx, &duties));

    let mut headings = vec![ctx.w("村级网格", "Village"), ctx.w("网格员", "Member")];
    // Each day a narrow `11-01` over its marks; its id the whole date.
    headings.extend(
        days.iter()
            .map(|d| Words::phrase(d.format("%m-%d").to_string(), d.to_string())),
    );
    let mut grid_sheet = Sheet::new(ctx.w("巡查矩阵", "Patrol matrix"), headings);
    for ((village, member), marks) in &matrix {
        let mut row = vec![Cell::new(village.as_str()), Cell::new(member.as_str())];
        row.extend(
            days.iter()
                .map(|d| marks.get(d).map_or(Cell::new(""), |s| mark(*s))),
        );
        grid_sheet.rows.push(row);
    }
    sheets.push(grid_sheet);

    // Sweeps and meetings.
    sheets.push(gatherings::sweeps(ctx, &duties));
    sheets.push(gatherings::meetings(ctx, &duties));

    // Cases of the period.
    let mut cases = Sheet::new(
        ctx.w("案件", "Cases"),
        vec![
            ctx.w("编号", "Case"),
            ctx.w("标题", "Title"),
            ctx.w("网格", "Grid"),
            ctx.w("事项", "Item"),
            ctx.w("首报渠道", "First channel"),
            ctx.w("状态", "State"),
            ctx.w("发现时间", "Discovered"),
            ctx.w("超时", "Overdue"),
        ],
    );
    let mut by_state: BTreeMap<State, usize> = BTreeMap::new();
    let mut by_channel: BTreeMap<String, (Words, usize)> = BTreeMap::new();
    let (mut opened, mut closed, mut overdue_cases) = (0, 0, 0);
    for (ix, case) in town.cases.iter() {
        let day = case.discovered_at.date();
        if day < from || day > to {
            continue;
        }
        opened += 1;
        let state = case.state();
        closed += usize::from(matches!(state, State::Closed | State::Archived));
        *by_state.entry(state).or_default() += 1;
        let channel = case.first_report().map_or_else(Words::default, |r| {
            ctx.w(r.channel.zh(), r.channel.as_str())
        });
        by_channel
            .entry(channel.id.clone())
            .or_insert_with(|| (channel.clone(), 0))
            .1 += 1;
        let mut late = false;
        crate::rules::duties::cases::of_case(town, ix, case, &mut |i| {
            late |= i.status(ctx.now(), 100) == Status::Missed
        });
        overdue_cases += usize::from(late);
        cases.rows.push(vec![
            Cell::new(town.cases.ids.name(ix)),
            Cell::new(case.title.as_str()),
            Cell::new(case.grid.map(|g| ctx.grid(g)).unwrap_or_default()),
            Cell::new(
                case.item
                    .map(|i| format!("{} {}", town.catalog.ids.name(i), town.catalog.item(i).name))
                    .unwrap_or_default(),
            ),
            Cell::new(channel),
            Cell::new(ctx.w(state.zh(), state.as_str())),
            Cell::new(Value::Time(case.discovered_at)),
            if late {
                Cell::alarm(ctx.w("是", "yes"))
            } else {
                Cell::new("")
            },
        ]);
    }
    sheets.push(cases);
    let mut states = Sheet::new(
        ctx.w("案件状态", "Cases by state"),
        vec![ctx.w("状态", "State"), ctx.w("件数", "Cases")],
    );
    for (state, n) in &by_state {
        states.rows.push(vec![
            Cell::new(ctx.w(state.zh(), state.as_str())),
            Cell::new(*n),
        ]);
    }
    states.charts.push(Chart {
        title: ctx.t("案件状态", "Cases by state").to_string(),
        kind: ChartKind::Pie,
        categories: 0,
        values: 1,
    });
    sheets.push(states);
    let mut channels = Sheet::new(
        ctx.w("首报渠道", "First channels"),
        vec![ctx.w("渠道", "Channel"), ctx.w("件数", "Cases")],
    );
    for (channel, n) in by_channel.into_values() {
        channels.rows.push(vec![Cell::new(channel), Cell::new(n)]);
    }
    channels.charts.push(Chart {
        title: ctx.t("案件首报渠道", "Cases by first channel").to_string(),
        kind: ChartKind::Column,
        categories: 0,
        values: 1,
    });
    sheets.push(channels);

    // Findings and the overdue list.
    let found = findings::findings(town, Some((from, to)), ctx.now());
    let mut findings_sheet = Sheet::new(
        ctx.w("首报与问责", "Findings"),
        vec![
            ctx.w("编号", "Finding"),
            ctx.w("类别", "Kind"),
            ctx.w("网格", "Grid"),
            ctx.w("人员", "Person"),
            ctx.w("当日巡查人员", "Patrolled that day"),
            ctx.w("渠道", "Channel"),
            ctx.w("报告时间", "Reported at"),
            ctx.w("村级发现用时（小时）", "Village's hours"),
            ctx.w("金额", "Amount"),
            ctx.w("决定", "Decision"),
        ],
    );
    let mut reward_total = 0;
    for f in &found {
        reward_total += f.amount.unwrap_or(0);
        let patrolled: Vec<String> = f.patrolled.iter().map(|p| ctx.person(Some(*p))).collect();
        findings_sheet.rows.push(vec![
            Cell::new(f.id.as_str()),
            Cell::new(ctx.w(f.kind.zh(), f.kind.as_str())),
            Cell::new(ctx.grid(f.grid)),
            Cell::new(ctx.person(f.person)),
            Cell::new(patrolled.join("、")),
            Cell::new(ctx.w(f.channel.zh(), f.channel.as_str())),
            Cell::new(Value::Time(f.at)),
            match (f.kind, f.village_hours) {
                (_, Some(h)) => Cell::new(Value::Float((h * 10.0).round() / 10.0)),
                (findings::Kind::Reward, None) => Cell::new(""),
                (_, None) => Cell::alarm(ctx.w("未报告", "never")),
            },
            f.amount.map_or(Cell::new(Value::Empty), |a| {
                Cell::new(Value::Int(i64::from(a)))
            }),
            Cell::new(
                f.decision
                    .map_or_else(|| ctx.w("待定", "pending"), |d| ctx.w(d.zh(), d.as_str())),
            ),
        ]);
    }
    sheets.push(findings_sheet);
    let overdue: Vec<&Judged> = duties.iter().filter(|j| j.status.is_overdue()).collect();
    let mut list = Sheet::new(
        ctx.w("逾期清单", "Overdue"),
        vec![
            ctx.w("网格", "Grid"),
            ctx.w("事项", "Duty"),
            ctx.w("责任人", "Person"),
            ctx.w("对象", "Subject"),
            ctx.w("期限", "Due"),
            ctx.w("逾期天数", "Days late"),
            ctx.w("位置", "Where"),
        ],
    );
    for j in &overdue {
        let place = match &j.instance.place {
            Place::At(span) => format!("{}:{}", ctx.sources.path(span.file), span.line),
            Place::Missing(path) => path.clone(),
        };
        list.rows.push(vec![
            Cell::new(ctx.grid(j.instance.grid)),
            Cell::alarm(ctx.w(j.instance.duty.zh(), j.instance.duty.as_str())),
            Cell::new(ctx.person(j.instance.person)),
            Cell::new(j.instance.subject.clone().unwrap_or_default()),
            Cell::new(Value::Time(j.instance.due)),
            Cell::new(Value::Days(j.instance.late_days(ctx.now()))),
            Cell::new(place),
        ]);
    }
    sheets.push(list);

    // Case deadlines of villages due in the period, judged as `grid score` judges them.
    let resolved: Vec<&Judged> = duties
        .iter()
        .filter(|j| {
            j.instance.duty == Duty::CaseResolveLate
                && town.grids.get(j.instance.grid).kind == GridKind::Village
                && !matches!(j.status, Status::Pending | Status::DueSoon)
        })
        .collect();
    let resolved_on_time = resolved.iter().filter(|j| j.status == Status::Done).count();
    let resolved_late = resolved.iter().filter(|j| j.status == Status::Late).count();
    let villages = town.grids.count(GridKind::Village);
    let rate = |done: usize, owed: usize| headline::share((done, owed));
    let now = headline::rates(&duties);
    let (before_from, before_to) = headline::previous(from, to);
    let before = headline::rates(&ctx.duties(before_from, before_to));
    let compared = |label: Words| Words {
        id: format!("{}_vs_previous", label.id),
        text: format!("{}{}", label.text, ctx.t("环比", " vs previous")),
    };
    Book {
        kind: "monthly",
        title: format!(
            "{}{}",
            town.info.name,
            ctx.t("网格化监管月报", " grid supervision report")
        ),
        period: ctx.period(from, to),
        summary: vec![
            (ctx.w("村级网格", "Villages"), villages.into()),
            (ctx.w("巡查应报", "Patrols owed"), now.patrols.1.into()),
            (
                ctx.w("巡查完成率", "Patrol completion"),
                headline::share(now.patrols),
            ),
            (
                compared(ctx.w("巡查完成率", "Patrol completion")),
                headline::change(ctx, now.patrols, before.patrols),
            ),
            (ctx.w("巡查迟报", "Patrols reported late"), late_all.into()),
            (
                ctx.w("月排查开展率", "Sweeps held"),
                headline::share(now.sweeps),
            ),
            (
                compared(ctx.w("月排查开展率", "Sweeps held")),
                headline::change(ctx, now.sweeps, before.sweeps),
            ),
            (
                ctx.w("半月会议开展率", "Meetings held"),
                headline::share(now.meetings),
            ),
            (
                compared(ctx.w("半月会议开展率", "Meetings held")),
                headline::change(ctx, now.meetings, before.meetings),
            ),
            (ctx.w("新发现案件", "Cases opened"), opened.into()),
            (ctx.w("已结案", "Cases closed"), closed.into()),
            (ctx.w("超时案件", "Cases overdue"), overdue_cases.into()),
            (
                ctx.w("按时处置率", "Cases resolved on time"),
                if resolved.is_empty() {
                    Value::Word(ctx.w("无数据", "no data"))
                } else {
                    rate(resolved_on_time, resolved.len())
                },
            ),
            (
                ctx.w("超时处置案件", "Cases resolved late"),
                resolved_late.into(),
            ),
            (
                ctx.w("首报激励（元）", "Rewards (yuan)"),
                Value::Int(i64::from(reward_total)),
            ),
            (
                ctx.w("问责认定", "Accountability findings"),
                found
                    .iter()
                    .filter(|f| f.kind != findings::Kind::Reward)
                    .count()
                    .into(),
            ),
            (ctx.w("逾期事项", "Overdue items"), overdue.len().into()),
            (ctx.w("截至", "As of"), Value::Text(ctx.moment())),
        ],
        sheets,
        public: false,
    }
}

#[cfg(test)]
mod tests {
    use super::last_half;
    use crate::timefmt::parse_date;

    #[test]
    fn the_last_finished_half_month() {
        let d = |s| parse_date(s).unwrap();
        assert_eq!(
            last_half(d("2026-11-24")),
            (d("2026-11-01"), d("2026-11-15"))
        );
        assert_eq!(
            last_half(d("2026-11-16")),
            (d("2026-11-01"), d("2026-11-15"))
        );
        assert_eq!(
            last_half(d("2026-11-15")),
            (d("2026-10-16"), d("2026-10-31"))
        );
        assert_eq!(
            last_half(d("2026-12-01")),
            (d("2026-11-16"), d("2026-11-30"))
        );
    }
}
