//! Rendering the assessment: ranking tables of villages and work areas with every component,
//! the one office and two centres; CSV and JSON Lines.

use crate::i18n::Lang;
use crate::model::Town;
use crate::output::terminal::Terminal;
use crate::output::{csv_text, table};
use crate::rules::assessment::{Assessment, GridScore, Office, OfficeScore};

/// The names of the assessment's components, in Chinese and English, in the order of
/// [`crate::rules::assessment::Rates`].
pub const COMPONENTS: [(&str, &str); 7] = [
    ("巡查完成率", "patrol"),
    ("按时报送率", "on time"),
    ("排查会议", "attendance"),
    ("按时处置率", "case on time"),
    ("结案率", "closure"),
    ("返工率", "rework"),
    ("漏报率", "missed"),
];

/// A rate as a percentage; "无数据" (no data) where there was nothing to count.
fn percent(rate: Option<f64>, lang: Lang) -> String {
    rate.map_or_else(
        || lang.pick("无数据", "no data").to_string(),
        |r| format!("{:.1}%", r * 100.0),
    )
}

fn grid_headings(lang: Lang) -> Vec<String> {
    let mut h = vec![
        lang.pick("名次", "Rank").to_string(),
        lang.pick("网格", "Grid").to_string(),
    ];
    for (zh, en) in COMPONENTS {
        h.push(lang.pick(zh, en).to_string());
    }
    h.extend(
        [
            lang.pick("问责扣分", "Deduction"),
            lang.pick("首报加分", "Bonus"),
            lang.pick("得分", "Score"),
        ]
        .map(str::to_string),
    );
    h
}

fn grid_row(town: &Town, s: &GridScore, lang: Lang) -> Vec<String> {
    let mut row = vec![
        s.rank.to_string(),
        format!("{} {}", town.grids.id(s.grid), town.grids.get(s.grid).name),
    ];
    for c in &s.components {
        row.push(format!("{} ({:.1})", percent(c.rate, lang), c.points));
    }
    row.extend([
        format!("-{:.2}", s.deduction),
        format!("+{:.2}", s.bonus),
        format!("{:.2}", s.total),
    ]);
    row
}

fn office_name(office: Office, lang: Lang) -> &'static str {
    match office {
        Office::GridCenter => lang.pick("网格化服务中心", "grid service centre"),
        Office::ServiceCenter => lang.pick("便民服务中心", "convenience service centre"),
        Office::EnforcementOffice => lang.pick("综合执法办公室", "enforcement office"),
    }
}

fn office_row(s: &OfficeScore, lang: Lang) -> Vec<String> {
    let parts: Vec<String> = s
        .components
        .iter()
        .map(|(name, r)| format!("{name} {} ({}/{})", percent(r.value(), lang), r.num, r.den))
        .collect();
    vec![
        office_name(s.office, lang).to_string(),
        parts.join("; "),
        format!("{:.2}", s.total),
    ]
}

/// The assessment as three tables.
pub fn render_table(town: &Town, a: &Assessment, lang: Lang, term: Terminal) -> String {
    let headings = grid_headings(lang);
    let refs: Vec<&str> = headings.iter().map(String::as_str).collect();
    let mut out = String::new();
    for (title, scores) in [
        (lang.pick("村级网格排名", "Villages"), &a.villages),
        (lang.pick("工作区排名", "Work areas"), &a.work_areas),
    ] {
        let mut t = table::new(&refs, term);
        for s in scores {
            t.add_row(grid_row(town, s, lang));
        }
        out.push_str(&format!("{title}\n{t}\n"));
    }
    let mut t = table::new(
        &[
            lang.pick("一办两中心", "Office"),
            lang.pick("指标", "Rates"),
            lang.pick("得分", "Score"),
        ],
        term,
    );
    for s in &a.offices {
        t.add_row(office_row(s, lang));
    }
    out.push_str(&format!(
        "{}\n{t}\n",
        lang.pick("一办两中心", "One office and two centres")
    ));
    out
}

/// The village and work-area rankings as CSV, with a level column.
pub fn render_csv(town: &Town, a: &Assessment, lang: Lang) -> String {
    let mut headings = vec![lang.pick("层级", "Level").to_string()];
    headings.extend(grid_headings(lang));
    let rows = [("village", &a.villages), ("work_area", &a.work_areas)]
        .into_iter()
        .flat_map(|(level, scores)| {
            scores.iter().map(move |s| {
                let mut row = vec![level.to_string()];
                row.extend(grid_row(town, s, lang));
                row
            })
        });
    csv_text(&headings, rows)
}

/// One JSON object per village, work area and office (`"type":"score"`).
pub fn render_json(town: &Town, a: &Assessment) -> String {
    let mut out = String::new();
    for (level, scores) in [("village", &a.villages), ("work_area", &a.work_areas)] {
        for s in scores {
            let components: serde_json::Map<String, serde_json::Value> = s
                .components
                .iter()
                .map(|c| (c.name.to_string(), serde_json::json!({"rate": c.rate, "points": c.points, "count": c.ratio.num, "of": c.ratio.den})))
                .collect();
            let value = serde_json::json!({
                "type": "score",
                "level": level,
                "id": town.grids.id(s.grid),
                "name": town.grids.get(s.grid).name,
                "rank": s.rank,
                "score": s.total,
                "components": components,
                "deduction": s.deduction,
                "bonus": s.bonus,
            });
            out.push_str(&format!("{value}\n"));
        }
    }
    for s in &a.offices {
        let components: serde_json::Map<String, serde_json::Value> = s
            .components
            .iter()
            .map(|(name, r)| {
                (
                    name.to_string(),
                    serde_json::json!({"rate": r.value(), "done": r.num, "of": r.den}),
                )
            })
            .collect();
        let id = match s.office {
            Office::GridCenter => "grid_center",
            Office::ServiceCenter => "service_center",
            Office::EnforcementOffice => "enforcement_office",
        };
        out.push_str(&format!("{}\n", serde_json::json!({"type": "score", "level": "office", "id": id, "score": s.total, "components": components})));
    }
    out
}
