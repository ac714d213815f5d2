//! The weekly consultation agenda (周会商议程): cases escalated to the town and not yet
//! discussed, or discussed this week, with their age, what the village and the groups did,
//! and which need the county; whistles awaiting a county department's response.

use chrono::{Datelike, Days, NaiveDate};

use crate::model::case::{State, Target};
use crate::model::choices::Action;
use crate::report::book::{Book, Cell, Sheet, Value, Words};
use crate::report::common::Ctx;
use crate::rules::duties::{self, Status};

/// Builds the agenda of the ISO week starting on `monday`.
pub fn build(ctx: &Ctx, monday: NaiveDate) -> Book {
    let town = ctx.town;
    let sunday = monday + Days::new(6);
    let week_end = crate::rules::duties::end_of(sunday);
    let mut agenda = Sheet::new(
        ctx.w("会商议程", "Agenda"),
        vec![
            ctx.w("编号", "Case"),
            ctx.w("标题", "Title"),
            ctx.w("网格", "Grid"),
            ctx.w("事项", "Item"),
            ctx.w("上提时间", "Escalated"),
            ctx.w("已上提天数", "Days"),
            ctx.w("已办情况", "Done so far"),
            ctx.w("需县级", "Needs county"),
            ctx.w("会商", "Consulted"),
        ],
    );
    let mut whistles = Sheet::new(
        ctx.w("待响应吹哨", "Whistles"),
        vec![
            ctx.w("编号", "Case"),
            ctx.w("部门", "Department"),
            ctx.w("吹哨时间", "Whistled"),
            ctx.w("响应期限", "Due"),
            ctx.w("状态", "Status"),
        ],
    );
    let percent = town.policy.due_soon_percent.0;
    for (ix, case) in town.cases.iter() {
        let id = town.cases.ids.name(ix);
        let state = case.state();
        // The consultation and whistle duties of the case, as `grid duties` judges them.
        let mut owed = Vec::new();
        duties::cases::of_case(town, ix, case, &mut |i| owed.push(i));
        for (i, e) in case.events.iter().enumerate() {
            if e.at > ctx.now() || e.at >= week_end {
                continue;
            }
            match (e.action, e.to) {
                (Action::Escalated, Some(Target::Town)) => {
                    let Some(duty) = duties::cases::owed_by(town, id, e, &owed) else {
                        continue;
                    };
                    let consulted = duty.done.filter(|c| *c <= ctx.now());
                    let on_agenda = match consulted {
                        None => state.is_open(),
                        Some(c) => c.date() >= monday && c.date() <= sunday,
                    };
                    if !on_agenda {
                        continue;
                    }
                    let done = ctx.phrase(|lang| {
                        let done: Vec<String> = case.events[..i]
                            .iter()
                            .rev()
                            .take(3)
                            .map(|d| {
                                let action = lang.pick(d.action.zh(), d.action.as_str());
                                format!("{} {action}", d.at.format("%m-%d"))
                            })
                            .collect();
                        done.join("；")
                    });
                    let county =
                        case.item
                            .is_some_and(|it| !town.catalog.item(it).town_authority)
                            || case.events.iter().any(|x| {
                                x.action == Action::Escalated && x.to == Some(Target::County)
                            });
                    // The case waits from its escalation until it is discussed.
                    let waited_until = consulted.unwrap_or(ctx.now());
                    let age = Value::Days((waited_until - e.at).num_minutes() as f64 / 1440.0);
                    let late = duty.status(ctx.now(), percent).is_overdue();
                    agenda.rows.push(vec![
                        Cell::new(id),
                        Cell::new(case.title.as_str()),
                        Cell::new(case.grid.map(|g| ctx.grid(g)).unwrap_or_default()),
                        Cell::new(
                            case.item
                                .map(|it| town.catalog.item(it).name.clone())
                                .unwrap_or_default(),
                        ),
                        Cell::new(Value::Time(e.at)),
                        if late {
                            Cell::alarm(age)
                        } else {
                            Cell::new(age)
                        },
                        Cell::new(done),
                        if county {
                            Cell::new(ctx.w("是", "yes"))
                        } else {
                            Cell::new("")
                        },
                        match consulted {
                            Some(c) => Cell::new(Value::Date(c.date())),
                            None if late => Cell::alarm(ctx.w("未会商", "not yet")),
                            None => Cell::new(ctx.w("未会商", "not yet")),
                        },
                    ]);
                }
                (Action::Whistle, Some(Target::Department(dept))) if state != State::Rejected => {
                    let Some(duty) = duties::cases::owed_by(town, id, e, &owed) else {
                        continue;
                    };
                    let status = duty.status(ctx.now(), percent);
                    if matches!(status, Status::Done | Status::Late) {
                        continue;
                    }
                    let name = town
                        .enforcement
                        .departments
                        .get(dept.get())
                        .map_or_else(String::new, |d| d.name.clone());
                    let status = if status.is_overdue() {
                        Cell::alarm(ctx.w("逾期未响应", "overdue"))
                    } else {
                        Cell::new(ctx.w("等待响应", "waiting"))
                    };
                    whistles.rows.push(vec![
                        Cell::new(id),
                        Cell::new(name),
                        Cell::new(Value::Time(e.at)),
                        Cell::new(Value::Time(duty.due)),
                        status,
                    ]);
                }
                _ => {}
            }
        }
    }
    let week = monday.iso_week();
    Book {
        kind: "weekly",
        title: format!(
            "{}{}",
            town.info.name,
            ctx.t("周会商议程", " weekly consultation agenda")
        ),
        period: Words {
            text: format!("{}-W{:02} ({monday} ~ {sunday})", week.year(), week.week()),
            ..Words::period(monday, sunday)
        },
        summary: vec![
            (
                ctx.w("上会案件", "Cases on the agenda"),
                agenda.rows.len().into(),
            ),
            (
                ctx.w("超期未会商", "Escalated too long"),
                agenda.rows.iter().filter(|r| r[5].alarm).count().into(),
            ),
            (
                ctx.w("待响应吹哨", "Whistles awaiting response"),
                whistles.rows.len().into(),
            ),
            (ctx.w("截至", "As of"), Value::Text(ctx.moment())),
        ],
        sheets: vec![agenda, whistles],
        public: false,
    }
}
