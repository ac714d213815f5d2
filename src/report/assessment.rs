//! The assessment workbook (督考评分): the scores of `grid score` with every component, and a
//! chart of the ranking.

use chrono::NaiveDate;

use crate::output::score::COMPONENTS;
use crate::report::book::{Book, Cell, Chart, ChartKind, Sheet, Value};
use crate::report::common::Ctx;
use crate::rules::assessment::{GridScore, Office, assess};
use crate::rules::duties::Window;

fn ranking(ctx: &Ctx, name: &str, scores: &[GridScore]) -> Sheet {
    let mut headings = vec![ctx.t("名次", "Rank"), ctx.t("网格", "Grid")];
    for (zh, en) in COMPONENTS {
        headings.push(ctx.lang.pick(zh, en));
    }
    headings.extend([
        ctx.t("问责扣分", "Deduction"),
        ctx.t("首报加分", "Bonus"),
        ctx.t("得分", "Score"),
    ]);
    let mut sheet = Sheet::new(name, &headings);
    for s in scores {
        let mut row = vec![
            Cell::new(Value::Int(s.rank as i64)),
            Cell::new(ctx.grid(s.grid)),
        ];
        row.extend(s.components.iter().map(|c| {
            Cell::new(c.rate.map_or_else(
                || Value::Text(ctx.t("无数据", "no data").to_string()),
                Value::Percent,
            ))
        }));
        row.extend([
            Cell::new(Value::Float(s.deduction)),
            Cell::new(Value::Float(s.bonus)),
            Cell::new(Value::Float(s.total)),
        ]);
        sheet.rows.push(row);
    }
    let score_col = headings.len() - 1;
    sheet.charts.push(Chart {
        title: format!("{name}{}", ctx.t("得分", " score")),
        kind: ChartKind::Bar,
        categories: 1,
        values: score_col,
    });
    sheet
}

/// Builds the assessment of `[from, to]`.
pub fn build(ctx: &Ctx, from: NaiveDate, to: NaiveDate) -> Book {
    let town = ctx.town;
    let a = assess(
        town,
        &Window {
            from,
            to: to.min(ctx.today()),
            now: ctx.now(),
        },
    );
    let mut offices = Sheet::new(
        ctx.t("一办两中心", "Offices"),
        &[
            ctx.t("单位", "Office"),
            ctx.t("指标", "Rate"),
            ctx.t("完成", "Done"),
            ctx.t("应完成", "Of"),
            ctx.t("比率", "Share"),
            ctx.t("得分", "Score"),
        ],
    );
    for o in &a.offices {
        let name = match o.office {
            Office::GridCenter => town.info.offices.grid_center.as_str(),
            Office::ServiceCenter => town.info.offices.service_center.as_str(),
            Office::EnforcementOffice => town.info.offices.enforcement_office.as_str(),
        };
        for (metric, r) in &o.components {
            offices.rows.push(vec![
                Cell::new(name),
                Cell::new(*metric),
                Cell::new(Value::Int(r.num as i64)),
                Cell::new(Value::Int(r.den as i64)),
                Cell::new(r.value().map_or(Value::Empty, Value::Percent)),
                Cell::new(Value::Float(o.total)),
            ]);
        }
    }
    let best = a
        .villages
        .first()
        .map(|s| ctx.grid(s.grid))
        .unwrap_or_default();
    let mut summary = vec![
        (
            ctx.t("参评村级网格", "Villages assessed").to_string(),
            a.villages.len().into(),
        ),
        (ctx.t("第一名", "First").to_string(), Value::Text(best)),
    ];
    for o in &a.offices {
        let label = match o.office {
            Office::GridCenter => ctx.t("网格化服务中心得分", "Grid centre score"),
            Office::ServiceCenter => ctx.t("便民服务中心得分", "Service centre score"),
            Office::EnforcementOffice => ctx.t("综合执法办公室得分", "Enforcement office score"),
        };
        summary.push((label.to_string(), Value::Float(o.total)));
    }
    summary.push((
        ctx.t("截至", "As of").to_string(),
        Value::Text(ctx.moment()),
    ));
    Book {
        title: format!(
            "{}{}",
            town.info.name,
            ctx.t("网格化督考评分", " assessment")
        ),
        period: ctx.period(from, to),
        summary,
        sheets: vec![
            ranking(ctx, ctx.t("村级网格排名", "Villages"), &a.villages),
            ranking(ctx, ctx.t("工作区排名", "Work areas"), &a.work_areas),
            offices,
        ],
        public: false,
    }
}
