//! Rendering findings: a table, CSV or JSON Lines.

use crate::i18n::Lang;
use crate::model::Town;
use crate::output::terminal::Terminal;
use crate::output::{csv_text, table};
use crate::rules::findings::{Finding, Kind};
use crate::timefmt::format_stamp;

fn headings(lang: Lang) -> [&'static str; 8] {
    [
        lang.pick("编号", "Finding"),
        lang.pick("类别", "Kind"),
        lang.pick("案件", "Case"),
        lang.pick("网格", "Grid"),
        lang.pick("人员", "Person"),
        lang.pick("金额", "Amount"),
        lang.pick("依据", "Grounds"),
        lang.pick("决定", "Decision"),
    ]
}

/// What the finding rests on, in words.
fn grounds(town: &Town, f: &Finding, lang: Lang) -> String {
    let at = format_stamp(f.at);
    match f.kind {
        Kind::Reward => match lang {
            Lang::Zh => format!("{} 首报（{}）", at, f.channel.zh()),
            Lang::En => format!("first report {at} ({})", f.channel),
        },
        _ => {
            let village = match (f.village_hours, lang) {
                (Some(h), Lang::Zh) => format!("村级 {h} 小时后上报"),
                (Some(h), Lang::En) => format!("village reported after {h} h"),
                (None, Lang::Zh) => "村级未上报".to_string(),
                (None, Lang::En) => "village never reported".to_string(),
            };
            let patrolled: Vec<&str> = f.patrolled.iter().map(|p| town.people.id(*p)).collect();
            let mut text = match lang {
                Lang::Zh => format!(
                    "{at} 经 {} 获知；{village}；当日巡查：{}",
                    f.channel.zh(),
                    patrolled.join("、")
                ),
                Lang::En => format!(
                    "learned {at} via {}; {village}; patrolled that day: {}",
                    f.channel,
                    patrolled.join(", ")
                ),
            };
            if let Some(r) = f.remedied_at {
                text.push_str(&match lang {
                    Lang::Zh => format!("；{} 自行整改", format_stamp(r)),
                    Lang::En => format!("; remedied {}", format_stamp(r)),
                });
            }
            text
        }
    }
}

fn row(town: &Town, f: &Finding, lang: Lang) -> Vec<String> {
    vec![
        f.id.clone(),
        lang.pick(f.kind.zh(), f.kind.as_str()).to_string(),
        town.cases.ids.name(f.case).to_string(),
        town.grids.id(f.grid).to_string(),
        f.person.map_or_else(String::new, |p| {
            format!("{} {}", town.people.id(p), town.people.get(p).name)
        }),
        f.amount.map_or_else(String::new, |a| a.to_string()),
        grounds(town, f, lang),
        f.decision.map_or_else(
            || lang.pick("待定", "pending").to_string(),
            |d| d.to_string(),
        ),
    ]
}

/// Findings as a table.
pub fn render_table(town: &Town, findings: &[Finding], lang: Lang, term: Terminal) -> String {
    let mut t = table::new(&headings(lang), term);
    for f in findings {
        t.add_row(row(town, f, lang));
    }
    format!("{t}\n")
}

/// Findings as CSV.
pub fn render_csv(town: &Town, findings: &[Finding], lang: Lang) -> String {
    csv_text(&headings(lang), findings.iter().map(|f| row(town, f, lang)))
}

/// One JSON object per finding (`"type":"finding"`).
pub fn render_json(town: &Town, f: &Finding) -> serde_json::Value {
    serde_json::json!({
        "type": "finding",
        "id": f.id,
        "kind": f.kind.as_str(),
        "case": town.cases.ids.name(f.case),
        "grid": town.grids.id(f.grid),
        "person": f.person.map(|p| town.people.id(p)),
        "amount": f.amount,
        "class": f.class.map(|c| c.as_str()),
        "channel": f.channel.as_str(),
        "at": format_stamp(f.at),
        "patrolled": f.patrolled.iter().map(|p| town.people.id(*p)).collect::<Vec<_>>(),
        "village_hours": f.village_hours,
        "remedied_at": f.remedied_at.map(format_stamp),
        "decision": f.decision.map(|d| d.as_str()),
    })
}
