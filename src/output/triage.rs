//! The morning view of `grid check`: a headline, what is new since the previous working day,
//! what is still open grouped by grid with runs collapsed, what is due soon, and one line of
//! what was done late — at most one screen, every line fitted to the terminal. Also the
//! per-grid table (`--by grid`) and the CSV of the items.

use std::collections::BTreeMap;

use anstyle::Style;
use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use unicode_width::UnicodeWidthStr;

use crate::i18n::Lang;
use crate::model::Town;
use crate::model::grid::GridIx;
use crate::output::duties::{duty_name, place};
use crate::output::table;
use crate::output::terminal::{RED, Terminal, YELLOW};
use crate::rules::duties::{Duty, Judged, end_of};
use crate::rules::triage::{Counts, Run, Standing, runs, severity};
use crate::source::Sources;
use crate::timefmt::format_stamp;

/// The most lines each part of the view shows; the rest is counted and `--all` shows it.
const NEW_LINES: usize = 8;
const OPEN_LINES: usize = 24;
const RUNS_PER_GRID: usize = 3;
const DUE_SOON_LINES: usize = 5;
/// The width lines are fitted to when the output is not a terminal.
const DEFAULT_WIDTH: usize = 80;

/// What the view is about.
pub struct Morning<'a> {
    /// The town.
    pub town: &'a Town,
    /// The items of the overdue list with their standing (already filtered).
    pub items: &'a [(&'a Judged, Standing)],
    /// The as-of moment.
    pub now: NaiveDateTime,
    /// New items became overdue after this moment: the previous working day's close, or the
    /// last recorded check.
    pub since: NaiveDateTime,
    /// Data errors found.
    pub errors: usize,
    /// Show every item done late, by line.
    pub show_late: bool,
}

pub(crate) fn grid_name(town: &Town, grid: GridIx) -> String {
    format!("{} {}", town.grids.id(grid), town.grids.get(grid).name)
}

fn md(day: NaiveDate) -> String {
    day.format("%m-%d").to_string()
}

/// The as-of moment for people: `2026-11-24 收工` for the close of a day, else the time.
pub fn moment(now: NaiveDateTime, lang: Lang) -> String {
    let day = now.date() - TimeDelta::days(1);
    match now == end_of(day) {
        true => format!("{day} {}", lang.pick("收工", "close")),
        false => format_stamp(now),
    }
}

/// One run as a line: who, what, when.
pub(crate) fn run_line(town: &Town, run: &Run, now: NaiveDateTime, lang: Lang) -> String {
    let instance = &run.first().instance;
    let who = instance
        .person
        .map(|p| format!("{} {}  ", town.people.id(p), town.people.get(p).name))
        .unwrap_or_default();
    let subject = match instance.subject_shown(lang) {
        s if s.is_empty() => s,
        s => format!("{s}  "),
    };
    let (first, last) = run.days();
    let when = match (run.items.len(), instance.duty.is_periodic()) {
        (1, true) => md(first),
        (n, true) => match lang {
            Lang::Zh => format!("{} 至 {}（{n} 天）", md(first), md(last)),
            Lang::En => format!("{} to {} ({n} days)", md(first), md(last)),
        },
        _ => {
            let late = run.items[run.items.len() - 1].instance.late_days(now);
            match (late > 0.0, lang) {
                (true, Lang::Zh) => format!("逾期 {late:.1} 天"),
                (true, Lang::En) => format!("{late:.1} days late"),
                (false, Lang::Zh) => format!("{} 到期", format_stamp(instance.due)),
                (false, Lang::En) => format!("due {}", format_stamp(instance.due)),
            }
        }
    };
    format!("{who}{}  {subject}{when}", duty_name(instance.duty, lang))
}

/// The runs of `items` per grid, each grid's most serious first, the grids with the most
/// serious item first and then by how many items they have.
pub(crate) fn by_grid<'a>(items: &[(&'a Judged, Standing)]) -> Vec<(GridIx, Vec<Run<'a>>)> {
    let mut per_grid: BTreeMap<GridIx, Vec<Run>> = BTreeMap::new();
    for run in runs(items) {
        per_grid
            .entry(run.first().instance.grid)
            .or_default()
            .push(run);
    }
    let mut grids: Vec<(GridIx, Vec<Run>)> = per_grid.into_iter().collect();
    for (_, runs) in &mut grids {
        by_severity(runs);
    }
    grids.sort_by_key(|(_, runs)| {
        let worst = severity(runs[0].first().instance.duty);
        let items: usize = runs.iter().map(|r| r.items.len()).sum();
        (worst, std::cmp::Reverse(items))
    });
    grids
}

/// Adds a line per run, grid first, up to `limit`; returns how many were left out.
fn list(lines: &mut Vec<String>, m: &Morning, runs: &[Run], limit: usize, lang: Lang) -> usize {
    for run in runs.iter().take(limit) {
        let grid = grid_name(m.town, run.first().instance.grid);
        lines.push(format!("  {grid}  {}", run_line(m.town, run, m.now, lang)));
    }
    runs.len().saturating_sub(limit)
}

/// Orders runs most serious first, then oldest first.
pub(crate) fn by_severity(runs: &mut [Run]) {
    runs.sort_by_key(|r| (severity(r.first().instance.duty), r.first().instance.due));
}

/// The morning view.
pub fn render(m: &Morning, lang: Lang, term: Terminal) -> String {
    let width = term.width.map_or(DEFAULT_WIDTH, usize::from);
    let mut lines: Vec<String> = Vec::new();
    let Counts {
        open,
        new,
        due_soon,
        done_late: late,
    } = Counts::of(m.items);
    let as_of = moment(m.now, lang);
    lines.push(match lang {
        Lang::Zh => format!("截至 {as_of}：数据错误 {}，预警 {due_soon}", m.errors),
        Lang::En => format!(
            "As of {as_of}: data errors {}, due soon {due_soon}",
            m.errors
        ),
    });
    lines.push(match lang {
        Lang::Zh => format!("逾期未办 {open}（其中新增 {new}），本期逾期完成 {late}"),
        Lang::En => format!("Open overdue {open} ({new} new), done late this period {late}"),
    });
    let pick = |wanted: Standing| -> Vec<(&Judged, Standing)> {
        m.items
            .iter()
            .filter(|(_, s)| *s == wanted)
            .map(|(j, s)| (*j, *s))
            .collect()
    };
    let mut more = 0;
    let mut titles: Vec<(String, Style)> = Vec::new();
    let mut title = |lines: &mut Vec<String>, text: String, style: Style| {
        lines.push(String::new());
        titles.push((text.clone(), style));
        lines.push(text);
    };
    let new_items = pick(Standing::New);
    if !new_items.is_empty() {
        let text = match lang {
            Lang::Zh => format!("新增（{}以来）", moment(m.since, lang)),
            Lang::En => format!("New since {}", moment(m.since, lang)),
        };
        title(&mut lines, text, RED);
        let mut new_runs = runs(&new_items);
        by_severity(&mut new_runs);
        more += list(&mut lines, m, &new_runs, NEW_LINES, lang);
    }
    let open_items = pick(Standing::Open);
    if !open_items.is_empty() {
        let text = lang
            .pick("未办（按网格）", "Still open, by grid")
            .to_string();
        title(&mut lines, text, RED);
        let grids = by_grid(&open_items);
        let mut used = 0;
        let mut rest = Vec::new();
        for (grid, runs) in &grids {
            let items: usize = runs.iter().map(|r| r.items.len()).sum();
            if used + 1 + runs.len().min(RUNS_PER_GRID) > OPEN_LINES {
                more += runs.len();
                rest.push(format!("{} {items}", m.town.grids.id(*grid)));
                continue;
            }
            lines.push(match lang {
                Lang::Zh => format!("{}  未办 {items}", grid_name(m.town, *grid)),
                Lang::En => format!("{}  open {items}", grid_name(m.town, *grid)),
            });
            for run in runs.iter().take(RUNS_PER_GRID) {
                lines.push(format!("    {}", run_line(m.town, run, m.now, lang)));
            }
            used += 1 + runs.len().min(RUNS_PER_GRID);
            more += runs.len().saturating_sub(RUNS_PER_GRID);
        }
        if !rest.is_empty() {
            lines.push(
                lang.pick("其余网格（未办项数）：", "Other grids (open items):")
                    .to_string(),
            );
            lines.extend(wrap(&rest, lang.pick("，", ", "), width));
        }
    }
    let soon = pick(Standing::DueSoon);
    if !soon.is_empty() {
        let text = lang.pick("预警（快到期）", "Due soon").to_string();
        title(&mut lines, text, YELLOW);
        more += list(&mut lines, m, &runs(&soon), DUE_SOON_LINES, lang);
    }
    let done_late = pick(Standing::DoneLate);
    if !done_late.is_empty() {
        lines.push(String::new());
        lines.extend(late_lines(m, &done_late, lang, width));
    }
    if more > 0 {
        lines.push(String::new());
        lines.push(match lang {
            Lang::Zh => format!("另有 {more} 行未列出：grid check --all 列出全部，或用 --grid、--duty、--person 缩小"),
            Lang::En => format!("{more} more lines not shown: grid check --all lists everything; --grid, --duty, --person narrow it"),
        });
    }
    let mut text = String::new();
    for line in lines {
        let shown = table::cut_to(&line, width);
        match titles.iter().find(|(title, _)| *title == line) {
            Some((_, style)) if term.color => {
                text.push_str(&format!(
                    "{}{shown}{}",
                    style.render(),
                    style.render_reset()
                ));
            }
            _ => text.push_str(&shown),
        }
        text.push('\n');
    }
    text
}

/// What was done late: one line of counts per duty kind, or (with `--late`) a line per run.
fn late_lines(
    m: &Morning,
    done_late: &[(&Judged, Standing)],
    lang: Lang,
    width: usize,
) -> Vec<String> {
    if m.show_late {
        let mut out = vec![
            lang.pick("本期逾期完成", "Done late this period")
                .to_string(),
        ];
        list(&mut out, m, &runs(done_late), usize::MAX, lang);
        return out;
    }
    let mut by_duty: BTreeMap<Duty, usize> = BTreeMap::new();
    for (j, _) in done_late {
        *by_duty.entry(j.instance.duty).or_default() += 1;
    }
    let parts: Vec<String> = by_duty
        .iter()
        .map(|(d, n)| format!("{} {n}", duty_name(*d, lang)))
        .collect();
    let mut out = vec![match lang {
        Lang::Zh => "本期逾期完成（--late 展开）：".to_string(),
        Lang::En => "Done late this period (--late lists them):".to_string(),
    }];
    out.extend(wrap(&parts, lang.pick("，", ", "), width));
    out
}

/// `parts` joined by `sep` on indented lines no wider than `width`.
fn wrap(parts: &[String], sep: &str, width: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut line = "  ".to_string();
    for part in parts {
        if line.trim().is_empty() {
            line.push_str(part);
        } else if line.width() + sep.width() + part.width() > width {
            out.push(std::mem::replace(&mut line, format!("  {part}")));
        } else {
            line.push_str(sep);
            line.push_str(part);
        }
    }
    out.push(line);
    out
}

/// The counts per grid (`--by grid`), with each grid's most serious open item.
pub fn render_by_grid(
    town: &Town,
    items: &[(&Judged, Standing)],
    now: NaiveDateTime,
    lang: Lang,
    term: Terminal,
) -> String {
    let open: Vec<(&Judged, Standing)> =
        items.iter().filter(|(_, s)| s.is_open()).copied().collect();
    let worst: BTreeMap<GridIx, String> = by_grid(&open)
        .into_iter()
        .map(|(grid, runs)| (grid, run_line(town, &runs[0], now, lang)))
        .collect();
    let headings = [
        lang.pick("网格", "Grid"),
        lang.pick("未办", "Open"),
        lang.pick("新增", "New"),
        lang.pick("预警", "Due soon"),
        lang.pick("逾期完成", "Done late"),
        lang.pick("最严重一项", "Most serious"),
    ];
    let mut t = table::new(&headings, term);
    let mut rows: Vec<(GridIx, Counts)> = Counts::per_grid(items).into_iter().collect();
    rows.sort_by_key(|(g, c)| (std::cmp::Reverse(c.open), std::cmp::Reverse(c.new), *g));
    for (grid, c) in rows {
        let worst = worst.get(&grid).cloned().unwrap_or_default();
        t.add_row(vec![
            grid_name(town, grid),
            c.open.to_string(),
            c.new.to_string(),
            c.due_soon.to_string(),
            c.done_late.to_string(),
            worst,
        ]);
    }
    t.to_string() + "\n"
}

/// The items as CSV, one row each, for Excel.
pub fn render_csv(
    town: &Town,
    sources: &Sources,
    items: &[(&Judged, Standing)],
    now: NaiveDateTime,
    lang: Lang,
) -> String {
    let headings = [
        lang.pick("网格", "grid"),
        lang.pick("事项", "duty"),
        lang.pick("责任人", "person"),
        lang.pick("对象", "subject"),
        lang.pick("期限", "due"),
        lang.pick("完成时间", "done_at"),
        lang.pick("逾期天数", "late_days"),
        lang.pick("状态", "standing"),
        lang.pick("文件", "file"),
        lang.pick("行", "line"),
    ];
    let rows = items.iter().map(|(j, s)| {
        let i = &j.instance;
        let (file, line) = place(sources, j);
        vec![
            town.grids.id(i.grid).to_string(),
            duty_name(i.duty, lang),
            i.person
                .map(|p| town.people.id(p).to_string())
                .unwrap_or_default(),
            i.subject.clone().unwrap_or_default(),
            format_stamp(i.due),
            i.done.map(format_stamp).unwrap_or_default(),
            format!("{:.1}", i.late_days(now)),
            lang.pick(s.zh(), s.as_str()).to_string(),
            file,
            line.map(|l| l.to_string()).unwrap_or_default(),
        ]
    });
    crate::output::csv_text(&headings, rows)
}
