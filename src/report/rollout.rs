//! The rollout of village centres (村级阵地建设): by batch, with what each centre still lacks.

use crate::model::choices::Role;
use crate::model::grid::GridKind;
use crate::report::book::{Book, Cell, Sheet, Value, Words};
use crate::report::common::Ctx;

/// Builds the rollout report.
pub fn build(ctx: &Ctx) -> Book {
    let town = ctx.town;
    let yes = |b: bool| {
        if b {
            Cell::new("✓")
        } else {
            Cell::alarm("✗")
        }
    };
    let mut sheet = Sheet::new(
        ctx.w("阵地建设", "Centres"),
        vec![
            ctx.w("村级网格", "Village"),
            ctx.w("批次", "Batch"),
            ctx.w("目标日期", "Target"),
            ctx.w("启用日期", "Opened"),
            ctx.w("标识", "Signage"),
            ctx.w("桌椅", "Furniture"),
            ctx.w("制度上墙", "Procedures"),
            ctx.w("值班表", "Duty roster"),
            ctx.w("状态", "Status"),
            ctx.w("网格长", "Head"),
        ],
    );
    let (mut complete, mut due, mut late) = (0, 0, 0);
    for village in town.grids.of_kind(GridKind::Village) {
        let Some(c) = &town.grids.get(village).center else {
            continue;
        };
        let target = match c.batch {
            1 => town.policy.rollout.batch_1_by,
            _ => town.policy.rollout.batch_2_by,
        };
        let done = c.opened.is_some() && c.signage && c.furniture && c.procedures && c.duty_roster;
        let overdue = !done && target.is_some_and(|t| t < ctx.today());
        complete += usize::from(done);
        due += 1;
        late += usize::from(overdue);
        let status = match (done, overdue) {
            (true, _) => Cell::new(ctx.w("已建成", "complete")),
            (false, true) => Cell::alarm(ctx.w("逾期未建成", "overdue")),
            (false, false) => Cell::new(ctx.w("建设中", "in progress")),
        };
        let head = town
            .roster
            .holders(village, Role::VillageHead, ctx.today())
            .next();
        sheet.rows.push(vec![
            Cell::new(ctx.grid(village)),
            Cell::new(Value::Int(i64::from(c.batch))),
            Cell::new(target.map_or(Value::Empty, Value::Date)),
            Cell::new(c.opened.map_or(Value::Empty, Value::Date)),
            yes(c.signage),
            yes(c.furniture),
            yes(c.procedures),
            yes(c.duty_roster),
            status,
            Cell::new(ctx.person(head)),
        ]);
    }
    sheet
        .rows
        .sort_by_key(|r| (r[1].value.text(), r[0].value.text()));
    Book {
        kind: "rollout",
        title: format!(
            "{}{}",
            town.info.name,
            ctx.t("村级阵地建设进度", " village centre rollout")
        ),
        period: Words::same(ctx.moment()),
        summary: vec![
            (ctx.w("阵地总数", "Centres"), due.into()),
            (ctx.w("已建成", "Complete"), complete.into()),
            (ctx.w("逾期未建成", "Overdue"), late.into()),
        ],
        sheets: vec![sheet],
        public: false,
    }
}
