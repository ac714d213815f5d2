//! `grid template wechat`: the message templates as the text of a group notice (群公告), each
//! with one example filled with the village's own names, so that what members post is what
//! `grid import` reads.

use crate::import::chat::template::Form;
use crate::model::Town;
use crate::model::choices::Role;
use crate::model::grid::{GridIx, GridKind};

/// The names the examples are written with, and the village's in their place.
fn names(town: &Town, grid: Option<GridIx>) -> Vec<(&'static str, String)> {
    let village = grid.or_else(|| {
        town.grids
            .ids
            .iter()
            .find(|g| town.grids.get(*g).kind == GridKind::Village)
    });
    let Some(village) = village else {
        return Vec::new();
    };
    let holders = |role: Role| -> Vec<String> {
        let mut people: Vec<String> = town
            .roster
            .of_grid(village)
            .filter(|a| a.role == role)
            .map(|a| town.people.get(a.person).name.clone())
            .collect();
        people.dedup();
        people
    };
    let base = holders(Role::BaseMember);
    let head = holders(Role::VillageHead);
    let mut out = vec![("前店村", town.grids.get(village).name.clone())];
    for (example, real) in [
        ("周子涵", base.first()),
        ("阎桂英", base.get(1)),
        ("杜丽", base.get(2)),
        ("王建国", head.first()),
    ] {
        if let Some(real) = real {
            out.push((example, real.clone()));
        }
    }
    out
}

/// The notice.
pub fn text(town: &Town, grid: Option<GridIx>) -> String {
    let names = names(town, grid);
    let fill = |text: &str| {
        names.iter().fold(text.to_string(), |t, (example, real)| {
            t.replace(example, real)
        })
    };
    let mut out = format!(
        "【{} 网格微信报送格式】\n\
         请按下面的格式发消息，第一行写【】里的类别，每项一行写“名称：内容”（也可写在一行，用空格或逗号隔开）。\n\
         日期可写 12月1日、12.1、今天；没有问题写“正常”；数量可写 2 或 两处。\n\
         消息的发送时间就是上报时间：发现问题请第一时间在群里按【上报】格式发送。\n",
        town.info.name
    );
    for form in Form::ALL {
        let fields: Vec<&str> = form.fields().iter().map(|(_, names)| names[0]).collect();
        out.push_str(&format!(
            "\n【{}】 {}：{}\n例：\n{}\n",
            form.tag(),
            what(form),
            fields.join("、"),
            fill(form.example())
        ));
    }
    out
}

fn what(form: Form) -> &'static str {
    match form {
        Form::Patrol => "每日巡查后发送",
        Form::Report => "发现问题立即发送",
        Form::Sweep => "每月1日、15日全面排查后发送",
        Form::Meeting => "半月会议后发送",
    }
}
