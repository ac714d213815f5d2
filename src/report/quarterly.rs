//! The quarterly report (季度联查): joint-inspection coverage per work area, and the quarter's
//! totals.

use chrono::NaiveDate;

use crate::model::case::State;
use crate::model::choices::Role;
use crate::model::grid::GridKind;
use crate::report::book::{Book, Cell, Chart, ChartKind, Sheet, Value, Words};
use crate::report::common::Ctx;
use crate::report::headline;
use crate::rules::duties::{Duty, Status};

/// Builds the report of the quarter `[from, to]`.
pub fn build(ctx: &Ctx, from: NaiveDate, to: NaiveDate) -> Book {
    let town = ctx.town;
    let mut coverage = Sheet::new(
        ctx.w("联查覆盖", "Coverage"),
        vec![
            ctx.w("工作区", "Work area"),
            ctx.w("网格长", "Head"),
            ctx.w("联查日期", "Inspected"),
            ctx.w("覆盖村数", "Villages covered"),
            ctx.w("村数", "Villages"),
            ctx.w("覆盖率", "Coverage"),
            ctx.w("未覆盖", "Not covered"),
        ],
    );
    let (mut covered_all, mut villages_all) = (0, 0);
    let duties = ctx.duties(from, to);
    for area in town.grids.of_kind(GridKind::WorkArea) {
        // An area owes the quarter's inspection only when `grid check` says so: not when the
        // quarter's inspection window closed before the town's records begin.
        let owed = duties
            .iter()
            .find(|j| j.instance.duty == Duty::InspectionMissing && j.instance.grid == area);
        // Before its deadline an area not yet inspected is waiting, not failing: it is neither
        // 未联查 nor counted in the coverage.
        let waiting = owed.is_some_and(|j| matches!(j.status, Status::Pending | Status::DueSoon));
        let rows: Vec<_> = town
            .inspections
            .iter()
            .filter(|i| i.work_area == area && i.date >= from && i.date <= to)
            .collect();
        let villages: Vec<_> = town
            .grids
            .of_kind(GridKind::Village)
            .filter(|v| town.grids.get(*v).work_area == Some(area))
            .collect();
        let covered: Vec<_> = villages
            .iter()
            .filter(|v| rows.iter().any(|r| r.villages.contains(v)))
            .collect();
        let missing: Vec<&str> = villages
            .iter()
            .filter(|v| !covered.contains(v))
            .map(|v| town.grids.get(*v).name.as_str())
            .collect();
        let judged = owed.is_some() && !(waiting && rows.is_empty());
        if judged {
            covered_all += covered.len();
            villages_all += villages.len();
        }
        let dates: Vec<String> = rows.iter().map(|r| r.date.to_string()).collect();
        let rate = if villages.is_empty() {
            1.0
        } else {
            covered.len() as f64 / villages.len() as f64
        };
        let head = town
            .roster
            .holders(area, Role::WorkAreaHead, to.min(ctx.today()))
            .next();
        let not_judged = || {
            Cell::new(ctx.w(
                "不作评价（数据起始晚于联查期限）",
                "not judged (the records begin after the inspection window)",
            ))
        };
        coverage.rows.push(vec![
            Cell::new(ctx.grid(area)),
            Cell::new(ctx.person(head)),
            match (rows.as_slice(), owed.is_some()) {
                // One inspection (the rule): a date cell; several: their dates as text.
                ([one], _) => Cell::new(Value::Date(one.date)),
                ([_, _, ..], _) => Cell::new(dates.join(", ")),
                ([], true) if waiting => Cell::new(ctx.w("待联查", "not yet")),
                ([], true) => Cell::alarm(ctx.w("未联查", "none")),
                ([], false) => Cell::new(""),
            },
            Cell::new(covered.len()),
            Cell::new(villages.len()),
            match (judged, owed.is_some()) {
                (true, _) => Cell::new(Value::Percent(rate)),
                (false, true) => Cell::new(ctx.w("未到期限", "not yet due")),
                (false, false) => not_judged(),
            },
            if missing.is_empty() || !judged {
                Cell::new("")
            } else {
                Cell::alarm(missing.join("、"))
            },
        ]);
    }
    let rates = headline::rates(&duties);
    let (mut opened, mut closed) = (0, 0);
    for (_, case) in town
        .cases
        .iter()
        .filter(|(_, c)| c.discovered_at.date() >= from && c.discovered_at.date() <= to)
    {
        opened += 1;
        closed += usize::from(matches!(case.state(), State::Closed | State::Archived));
    }
    let mut totals = Sheet::new(
        ctx.w("季度汇总", "Quarter totals"),
        vec![ctx.w("项目", "Item"), ctx.w("数值", "Value")],
    );
    let pairs: Vec<(Words, Value)> = vec![
        (
            ctx.w("联查覆盖率", "Inspection coverage"),
            if villages_all == 0 {
                Value::Word(ctx.w("不作评价", "not judged"))
            } else {
                headline::share((covered_all, villages_all))
            },
        ),
        (
            ctx.w("巡查完成率", "Patrol completion"),
            headline::share(rates.patrols),
        ),
        (
            ctx.w("月排查开展率", "Sweeps held"),
            headline::share(rates.sweeps),
        ),
        (
            ctx.w("半月会议开展率", "Meetings held"),
            headline::share(rates.meetings),
        ),
        (ctx.w("新发现案件", "Cases opened"), opened.into()),
        (ctx.w("已结案", "Cases closed"), closed.into()),
    ];
    for (label, value) in &pairs {
        totals
            .rows
            .push(vec![Cell::new(label.clone()), Cell::new(value.clone())]);
    }
    let mut summary = pairs;
    summary.push((ctx.w("截至", "As of"), Value::Text(ctx.moment())));
    coverage.charts.push(Chart {
        title: ctx
            .t("各工作区联查覆盖率", "Inspection coverage by work area")
            .to_string(),
        kind: ChartKind::Column,
        categories: 0,
        values: 5,
    });
    Book {
        kind: "quarterly",
        title: format!(
            "{}{}",
            town.info.name,
            ctx.t("季度联查报告", " quarterly joint inspections")
        ),
        period: ctx.period(from, to),
        summary,
        sheets: vec![coverage, totals],
        public: false,
    }
}
