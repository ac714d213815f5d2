//! The assessment workbook (督考评分): the scores of `grid score` with every component, and a
//! chart of the ranking.

use chrono::NaiveDate;

use crate::output::score::COMPONENTS;
use crate::report::book::{Book, Cell, Chart, ChartKind, Sheet, Value, Words};
use crate::report::common::Ctx;
use crate::rules::assessment::{GridScore, Office, assess};
use crate::rules::duties::Window;

fn ranking(ctx: &Ctx, name: Words, scores: &[GridScore]) -> Sheet {
    let mut headings = vec![ctx.w("名次", "Rank"), ctx.w("网格", "Grid")];
    for (zh, en) in COMPONENTS {
        headings.push(ctx.w(zh, en));
    }
    headings.extend([
        ctx.w("问责扣分", "Deduction"),
        ctx.w("首报加分", "Bonus"),
        ctx.w("得分", "Score"),
    ]);
    let score_col = headings.len() - 1;
    let title = format!("{}{}", name.text, ctx.t("得分", " score"));
    let mut sheet = Sheet::new(name, headings);
    for s in scores {
        let mut row = vec![
            Cell::new(Value::Int(s.rank as i64)),
            Cell::new(ctx.grid(s.grid)),
        ];
        row.extend(s.components.iter().map(|c| {
            Cell::new(
                c.rate
                    .map_or_else(|| Value::Word(ctx.w("无数据", "no data")), Value::Percent),
            )
        }));
        row.extend([
            Cell::new(Value::Float(s.deduction)),
            Cell::new(Value::Float(s.bonus)),
            Cell::new(Value::Float(s.total)),
        ]);
        sheet.rows.push(row);
    }
    sheet.charts.push(Chart {
        title,
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
        ctx.w("一办两中心", "Offices"),
        vec![
            ctx.w("单位", "Office"),
            ctx.w("指标", "Rate"),
            ctx.w("完成", "Done"),
            ctx.w("应完成", "Of"),
            ctx.w("比率", "Share"),
            ctx.w("得分", "Score"),
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
            ctx.w("参评村级网格", "Villages assessed"),
            a.villages.len().into(),
        ),
        (ctx.w("第一名", "First"), Value::Text(best)),
    ];
    for o in &a.offices {
        let label = match o.office {
            Office::GridCenter => ctx.w("网格化服务中心得分", "Grid centre score"),
            Office::ServiceCenter => ctx.w("便民服务中心得分", "Service centre score"),
            Office::EnforcementOffice => ctx.w("综合执法办公室得分", "Enforcement office score"),
        };
        summary.push((label, Value::Float(o.total)));
    }
    summary.push((ctx.w("截至", "As of"), Value::Text(ctx.moment())));
    Book {
        kind: "assessment",
        title: format!(
            "{}{}",
            town.info.name,
            ctx.t("网格化督考评分", " assessment")
        ),
        period: ctx.period(from, to),
        summary,
        sheets: vec![
            ranking(ctx, ctx.w("村级网格排名", "Villages"), &a.villages),
            ranking(ctx, ctx.w("工作区排名", "Work areas"), &a.work_areas),
            offices,
        ],
        public: false,
    }
}
