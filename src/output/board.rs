//! The daily board (`grid board`): one self-contained HTML page — no script, no network, no
//! font or image from elsewhere — that opens from a USB stick in Edge, Chrome or 360: the
//! headline numbers, a tile per village coloured by what is open, the new and open lists as
//! the terminal shows them, patrol completion per village as an inline SVG bar chart, cases by
//! state, and the moment it is as of.

use std::fmt::Write;

use crate::i18n::Lang;
use crate::model::grid::GridKind;
use crate::output::html::escape;
use crate::output::triage::{Morning, by_grid, by_severity, grid_name, moment, run_line};
use crate::rules::completion::Completion;
use crate::rules::triage::{Counts, Standing, runs};

/// Open items from which a village's tile is red (fewer: yellow; none: green).
pub const RED_FROM: usize = 5;

const STYLE: &str = "body{font-family:'Microsoft YaHei','PingFang SC','Noto Sans CJK SC',sans-serif;margin:1.5em;background:#f6f7f9;color:#222}
h1{margin:0 0 .2em}h2{margin:1.2em 0 .4em;font-size:1.2em}.moment{color:#555}
.numbers{display:flex;gap:1em;flex-wrap:wrap}.number{background:#fff;border-radius:8px;padding:.6em 1.2em;box-shadow:0 1px 3px #0002}
.number b{display:block;font-size:2em}.tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(9em,1fr));gap:.5em}
.tile{border-radius:6px;padding:.5em;color:#fff}.tile small{display:block;opacity:.9}.green{background:#2e7d32}.yellow{background:#f9a825;color:#222}.red{background:#c62828}
ul{background:#fff;border-radius:8px;padding:.8em 2em;margin:0}li{margin:.15em 0}
table{border-collapse:collapse;background:#fff}td,th{border:1px solid #ccc;padding:.3em .8em}";

/// The page.
pub fn render(
    m: &Morning,
    completion: &[(String, Completion)],
    cases: &[(String, usize)],
    lang: Lang,
) -> String {
    let t = |zh: &'static str, en: &'static str| lang.pick(zh, en);
    let counts = Counts::of(m.items);
    let mut page = String::new();
    let title = format!("{} {}", m.town.info.name, t("网格化管理看板", "grid board"));
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title><style>{STYLE}</style></head><body>\n<h1>{}</h1><p class=\"moment\">{} {}</p>\n<div class=\"numbers\">",
        t("zh-CN", "en"),
        escape(&title),
        escape(&title),
        t("截至", "As of"),
        moment(m.now, lang)
    );
    for (id, label, n) in [
        ("errors", t("数据错误", "Data errors"), m.errors),
        ("open", t("逾期未办", "Open overdue"), counts.open),
        ("new", t("今日新增", "New"), counts.new),
        ("due-soon", t("预警", "Due soon"), counts.due_soon),
        ("done-late", t("逾期完成", "Done late"), counts.done_late),
    ] {
        let _ = write!(
            page,
            "<div class=\"number\" id=\"{id}\" data-count=\"{n}\"><b>{n}</b>{}</div>",
            escape(label)
        );
    }
    page.push_str("</div>\n");
    tiles(&mut page, m, lang);
    lists(&mut page, m, lang);
    chart(&mut page, completion, lang);
    let _ = write!(page, "<h2>{}</h2><table>", t("案件状态", "Cases by state"));
    for (state, n) in cases {
        let _ = write!(page, "<tr><td>{}</td><td>{n}</td></tr>", escape(state));
    }
    page.push_str("</table>\n</body></html>\n");
    page
}

/// A tile per village, coloured by its open items.
fn tiles(page: &mut String, m: &Morning, lang: Lang) {
    let _ = write!(
        page,
        "<h2>{}</h2><div class=\"tiles\">",
        lang.pick("各村", "Villages")
    );
    let per_grid = Counts::per_grid(m.items);
    for ix in m.town.grids.of_kind(GridKind::Village) {
        let grid = m.town.grids.get(ix);
        let counts = per_grid.get(&ix).cloned().unwrap_or_default();
        let colour = match counts.open {
            0 => "green",
            n if n < RED_FROM => "yellow",
            _ => "red",
        };
        let _ = write!(
            page,
            "<div class=\"tile {colour}\" data-grid=\"{}\" data-open=\"{}\">{}<small>{} {} · {} {}</small></div>",
            escape(m.town.grids.id(ix)),
            counts.open,
            escape(&grid.name),
            lang.pick("未办", "open"),
            counts.open,
            lang.pick("新增", "new"),
            counts.new
        );
    }
    page.push_str("</div>\n");
}

/// The new items, then the open ones per grid, as the terminal view words them.
fn lists(page: &mut String, m: &Morning, lang: Lang) {
    let new: Vec<_> = m
        .items
        .iter()
        .filter(|(_, s)| *s == Standing::New)
        .copied()
        .collect();
    let mut new_runs = runs(&new);
    by_severity(&mut new_runs);
    let _ = write!(
        page,
        "<h2>{}</h2><ul id=\"new-list\">",
        lang.pick("今日新增", "New")
    );
    for run in &new_runs {
        let grid = grid_name(m.town, run.first().instance.grid);
        let line = format!("{grid}  {}", run_line(m.town, run, m.now, lang));
        let _ = write!(page, "<li>{}</li>", escape(&line));
    }
    let open: Vec<_> = m
        .items
        .iter()
        .filter(|(_, s)| *s == Standing::Open)
        .copied()
        .collect();
    let _ = write!(
        page,
        "</ul><h2>{}</h2><ul id=\"open-list\">",
        lang.pick("未办（按网格）", "Still open, by grid")
    );
    for (grid, runs) in by_grid(&open) {
        let _ = write!(page, "<li><b>{}</b><ul>", escape(&grid_name(m.town, grid)));
        for run in &runs {
            let _ = write!(
                page,
                "<li>{}</li>",
                escape(&run_line(m.town, run, m.now, lang))
            );
        }
        page.push_str("</ul></li>");
    }
    page.push_str("</ul>\n");
}

/// Patrol completion per village as horizontal bars on a 0–100 % axis.
fn chart(page: &mut String, completion: &[(String, Completion)], lang: Lang) {
    const ROW: usize = 22;
    const LABEL: usize = 160;
    const BAR: usize = 400;
    let height = ROW * completion.len() + 30;
    let _ = write!(
        page,
        "<h2>{}</h2><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{height}\" role=\"img\">",
        lang.pick("巡查完成率", "Patrol completion"),
        LABEL + BAR + 60
    );
    for (i, (village, c)) in completion.iter().enumerate() {
        let y = i * ROW;
        let width = (c.rate() * BAR as f64).round();
        let _ = write!(
            page,
            "<text x=\"0\" y=\"{}\" font-size=\"12\">{}</text><rect x=\"{LABEL}\" y=\"{}\" width=\"{width}\" height=\"{}\" fill=\"#1565c0\"/><text x=\"{}\" y=\"{}\" font-size=\"12\">{:.1}%</text>",
            y + 15,
            escape(village),
            y + 4,
            ROW - 6,
            LABEL as f64 + width + 4.0,
            y + 15,
            c.rate() * 100.0
        );
    }
    let axis = ROW * completion.len() + 14;
    for pct in [0, 50, 100] {
        let x = LABEL + BAR * pct / 100;
        let _ = write!(
            page,
            "<line x1=\"{x}\" y1=\"0\" x2=\"{x}\" y2=\"{}\" stroke=\"#999\"/><text x=\"{x}\" y=\"{}\" font-size=\"11\" text-anchor=\"middle\">{pct}%</text>",
            axis - 10,
            axis + 10
        );
    }
    page.push_str("</svg>\n");
}
