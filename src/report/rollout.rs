//! The rollout of village centres (村级阵地建设): by batch, with what each centre still lacks.

use crate::model::choices::Role;
use crate::model::grid::GridKind;
use crate::report::book::{Book, Cell, Sheet, Value};
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
        ctx.t("阵地建设", "Centres"),
        &[
            ctx.t("村级网格", "Village"),
            ctx.t("批次", "Batch"),
            ctx.t("目标日期", "Target"),
            ctx.t("启用日期", "Opened"),
            ctx.t("标识", "Signage"),
            ctx.t("桌椅", "Furniture"),
            ctx.t("制度上墙", "Procedures"),
            ctx.t("值班表", "Duty roster"),
            ctx.t("状态", "Status"),
            ctx.t("网格长", "Head"),
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
            (true, _) => Cell::new(ctx.t("已建成", "complete")),
            (false, true) => Cell::alarm(ctx.t("逾期未建成", "overdue")),
            (false, false) => Cell::new(ctx.t("建设中", "in progress")),
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
        title: format!(
            "{}{}",
            town.info.name,
            ctx.t("村级阵地建设进度", " village centre rollout")
        ),
        period: ctx.moment(),
        summary: vec![
            (ctx.t("阵地总数", "Centres").to_string(), due.into()),
            (ctx.t("已建成", "Complete").to_string(), complete.into()),
            (ctx.t("逾期未建成", "Overdue").to_string(), late.into()),
        ],
        sheets: vec![sheet],
        public: false,
    }
}
