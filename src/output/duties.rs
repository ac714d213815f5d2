//! Rendering duty instances: the overdue list of `grid check` and the calendar of
//! `grid duties`, as tables, JSON Lines or CSV.

use comfy_table::{Cell, Color};

use crate::i18n::{Lang, Text};
use crate::model::Town;
use crate::output::table;
use crate::output::terminal::Terminal;
use crate::rules::duties::{Duty, Judged, Place, Status};
use crate::rules::triage::Standing;
use crate::source::Sources;
use crate::timefmt::format_stamp;

fn person(town: &Town, judged: &Judged) -> String {
    judged
        .instance
        .person
        .map(|p| format!("{} {}", town.people.id(p), town.people.get(p).name))
        .unwrap_or_default()
}

fn grid(town: &Town, judged: &Judged) -> String {
    let g = judged.instance.grid;
    format!("{} {}", town.grids.id(g), town.grids.get(g).name)
}

/// The file and line of an instance (line `None` for a record that is missing).
pub fn place(sources: &Sources, judged: &Judged) -> (String, Option<u32>) {
    match &judged.instance.place {
        Place::At(span) => (
            sources.path(span.file).to_string(),
            (span.line > 0).then_some(span.line),
        ),
        Place::Missing(path) => (path.clone(), None),
    }
}

/// A duty kind's name for people: Chinese, or the English id in words (`case accept late`).
pub fn duty_name(duty: Duty, lang: Lang) -> String {
    match lang {
        Lang::Zh => duty.zh().to_string(),
        Lang::En => duty.as_str().replace('_', " "),
    }
}

fn status_name(status: Status, lang: Lang) -> &'static str {
    lang.pick(status.zh(), status.as_str())
}

fn status_cell(status: Status, text: &str, term: Terminal) -> Cell {
    let cell = Cell::new(text);
    match (term.color, status) {
        (true, Status::DueSoon) => cell.fg(Color::Yellow),
        (true, s) if s.is_overdue() => cell.fg(Color::Red),
        _ => cell,
    }
}

fn where_text(sources: &Sources, judged: &Judged) -> String {
    match place(sources, judged) {
        (file, Some(line)) => format!("{file}:{line}"),
        (file, None) => file,
    }
}

/// The overdue list as a table, grouped by grid and duty (the grid named once per group).
pub fn render_overdue_table<'a>(
    town: &Town,
    sources: &Sources,
    items: impl IntoIterator<Item = &'a Judged>,
    now: chrono::NaiveDateTime,
    lang: Lang,
    term: Terminal,
) -> String {
    let headings = [
        Text::Grid,
        Text::Duty,
        Text::Person,
        Text::Subject,
        Text::Due,
        Text::LateDays,
        Text::Status,
        Text::Where,
    ];
    let headings: Vec<&str> = headings.iter().map(|t| t.get(lang)).collect();
    let mut t = table::new(&headings, term);
    let mut previous = None;
    for j in items {
        let group = j.instance.grid;
        let grid_cell = if previous == Some(group) {
            String::new()
        } else {
            grid(town, j)
        };
        previous = Some(group);
        let late = if j.status == Status::DueSoon {
            String::new()
        } else {
            format!("{:.1}", j.instance.late_days(now))
        };
        t.add_row(vec![
            Cell::new(grid_cell),
            Cell::new(duty_name(j.instance.duty, lang)),
            Cell::new(person(town, j)),
            Cell::new(j.instance.subject_shown(lang)),
            Cell::new(format_stamp(j.instance.due)),
            Cell::new(late),
            status_cell(j.status, status_name(j.status, lang), term),
            Cell::new(where_text(sources, j)),
        ]);
    }
    t.to_string()
}

/// One JSON object per overdue or due-soon item (`"type":"overdue"`), with whether it is
/// new since the previous working day's close and whether it is still open.
pub fn render_overdue_json(
    town: &Town,
    sources: &Sources,
    j: &Judged,
    standing: Standing,
    now: chrono::NaiveDateTime,
) -> serde_json::Value {
    let (file, line) = place(sources, j);
    let status = if j.status == Status::DueSoon {
        "due_soon"
    } else {
        "overdue"
    };
    serde_json::json!({
        "type": "overdue",
        "duty": j.instance.duty.as_str(),
        "grid": town.grids.id(j.instance.grid),
        "person": j.instance.person.map(|p| town.people.id(p)),
        "subject": j.instance.subject,
        "due": format_stamp(j.instance.due),
        "done_at": j.instance.done.map(format_stamp),
        "late_days": j.instance.late_days(now),
        "status": status,
        "new": standing == Standing::New,
        "open": standing.is_open(),
        "file": file,
        "line": line,
    })
}

/// The calendar's columns.
const CALENDAR: [Text; 9] = [
    Text::Day,
    Text::Grid,
    Text::Duty,
    Text::Person,
    Text::Subject,
    Text::Due,
    Text::Done,
    Text::Status,
    Text::Where,
];

fn calendar_row(
    town: &Town,
    sources: &Sources,
    j: &Judged,
    now: chrono::NaiveDateTime,
    lang: Lang,
) -> Vec<String> {
    let (zh, en) = j.instance.duty.task();
    vec![
        j.instance.start.date().to_string(),
        town.grids.id(j.instance.grid).to_string(),
        lang.pick(zh, en).to_string(),
        person(town, j),
        j.instance.subject.clone().unwrap_or_default(),
        format_stamp(j.instance.due),
        j.instance.done.map(format_stamp).unwrap_or_default(),
        calendar_status(j, now, lang),
        where_text(sources, j),
    ]
}

/// A calendar row's status, with how late when it is: "逾期完成 0.2 天".
fn calendar_status(j: &Judged, now: chrono::NaiveDateTime, lang: Lang) -> String {
    let name = status_name(j.status, lang);
    match j.status {
        Status::Late | Status::Missed => {
            let days = j.instance.late_days(now);
            match lang {
                Lang::Zh => format!("{name} {days:.1} 天"),
                Lang::En => format!("{name} {days:.1} days"),
            }
        }
        _ => name.to_string(),
    }
}

/// The duty calendar as a table.
pub fn render_calendar_table(
    town: &Town,
    sources: &Sources,
    items: &[Judged],
    now: chrono::NaiveDateTime,
    lang: Lang,
    term: Terminal,
) -> String {
    let headings: Vec<&str> = CALENDAR.iter().map(|t| t.get(lang)).collect();
    let mut t = table::new(&headings, term);
    for j in items {
        let mut cells: Vec<Cell> = calendar_row(town, sources, j, now, lang)
            .into_iter()
            .map(Cell::new)
            .collect();
        cells[7] = status_cell(j.status, &calendar_status(j, now, lang), term);
        t.add_row(cells);
    }
    t.to_string()
}

/// The duty calendar as CSV (cells that could be read as formulas are prefixed with `'`).
pub fn render_calendar_csv(
    town: &Town,
    sources: &Sources,
    items: &[Judged],
    now: chrono::NaiveDateTime,
    lang: Lang,
) -> String {
    let headings: Vec<&str> = CALENDAR.iter().map(|t| t.get(lang)).collect();
    crate::output::csv_text(
        &headings,
        items
            .iter()
            .map(|j| calendar_row(town, sources, j, now, lang)),
    )
}

/// One JSON object per calendar entry (`"type":"duty"`).
pub fn render_calendar_json(town: &Town, sources: &Sources, j: &Judged) -> serde_json::Value {
    let (file, line) = place(sources, j);
    serde_json::json!({
        "type": "duty",
        "day": j.instance.start.date().to_string(),
        "duty": j.instance.duty.as_str(),
        "grid": town.grids.id(j.instance.grid),
        "person": j.instance.person.map(|p| town.people.id(p)),
        "subject": j.instance.subject,
        "due": format_stamp(j.instance.due),
        "done_at": j.instance.done.map(format_stamp),
        "status": j.status.as_str(),
        "file": file,
        "line": line,
    })
}
