//! The town summary as a terminal table or a JSON object.

use chrono::NaiveDate;

use crate::i18n::{Lang, Text};
use crate::output::table;
use crate::output::terminal::Terminal;
use crate::report::summary::Summary;

/// Counts of what `grid check` found.
#[derive(Debug, Clone, Copy, Default)]
pub struct Tally {
    /// Errors.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Overdue items (late, missed, breached).
    pub overdue: usize,
    /// Grids with overdue items.
    pub overdue_grids: usize,
    /// Items due soon.
    pub due_soon: usize,
    /// Whether duties were computed at all (not for `--staged`, nor when the town's own files
    /// have errors).
    pub duties_computed: bool,
}

/// The summary table.
pub fn render_table(s: &Summary, as_of: NaiveDate, lang: Lang, term: Terminal) -> String {
    let mut t = table::new(&[Text::Item.get(lang), Text::Count.get(lang)], term);
    let mut row = |label: String, value: String| {
        t.add_row(vec![label, value]);
    };
    row(Text::Town.get(lang).to_string(), s.town.clone());
    if let Some((from, to)) = s.period {
        row(
            Text::DataPeriod.get(lang).to_string(),
            format!("{from} ~ {to}"),
        );
    }
    row(Text::AsOf.get(lang).to_string(), as_of.to_string());
    for (text, n) in [
        (Text::WorkAreas, s.work_areas),
        (Text::Enterprises, s.enterprises),
        (Text::Villages, s.villages),
        (Text::People, s.people),
        (Text::Assignments, s.assignments),
        (Text::PatrolRows, s.patrols),
        (Text::SweepRows, s.sweeps),
        (Text::MeetingRows, s.meetings),
        (Text::InspectionRows, s.inspections),
        (Text::ApprovalRows, s.approvals),
        (Text::Cases, s.cases),
    ] {
        row(text.get(lang).to_string(), n.to_string());
    }
    for (state, n) in &s.cases_by_state {
        let name = lang.pick(state.zh(), state.as_str());
        row(format!("{}{name}", Text::CasesIn.get(lang)), n.to_string());
    }
    t.to_string()
}

/// The closing line: `2 error(s), 1 warning(s), 41 overdue in 9 grid(s), 5 due soon`, or that
/// all is well.
pub fn render_tally(tally: Tally, lang: Lang) -> String {
    let sep = lang.pick("，", ", ");
    let data = if tally.errors == 0 && tally.warnings == 0 {
        Text::Clean.get(lang).to_string()
    } else {
        format!(
            "{}{}{sep}{}{}",
            tally.errors,
            Text::ErrorsCount.get(lang),
            tally.warnings,
            Text::WarningsCount.get(lang)
        )
    };
    let duties = if tally.overdue == 0 {
        Text::NothingOverdue.get(lang).to_string()
    } else {
        let grids = match lang {
            Lang::Zh => format!("（涉及 {} 个网格）", tally.overdue_grids),
            Lang::En => format!(" in {} grid(s)", tally.overdue_grids),
        };
        format!("{}{}{grids}", tally.overdue, Text::OverdueCount.get(lang))
    };
    format!(
        "{data}{sep}{duties}{sep}{}{}",
        tally.due_soon,
        Text::DueSoonCount.get(lang)
    )
}

/// The closing line when the town could not be built: the data counts, and plainly that no
/// duty was computed and why — never "nothing overdue".
pub fn render_blocked(tally: Tally, blocked: &[String], lang: Lang) -> String {
    let files = match blocked.is_empty() {
        true => lang.pick("基础文件", "the town's files").to_string(),
        false => blocked.join(lang.pick("、", ", ")),
    };
    match lang {
        Lang::Zh => format!(
            "{}个错误，{}个警告；逾期事项未计算：{files} 有错误",
            tally.errors, tally.warnings
        ),
        Lang::En => format!(
            "{} error(s), {} warning(s); duties not computed: {files} has errors",
            tally.errors, tally.warnings
        ),
    }
}

/// The JSON summary when the town could not be built (`"duties_computed": false`).
pub fn render_blocked_json(
    as_of: NaiveDate,
    tally: Tally,
    blocked: &[String],
) -> serde_json::Value {
    serde_json::json!({
        "type": "summary",
        "as_of": as_of.to_string(),
        "errors": tally.errors,
        "warnings": tally.warnings,
        "duties_computed": false,
        "duties_blocked_by": blocked,
    })
}

/// The summary as a JSON object (`"type":"summary"`).
pub fn render_json(s: &Summary, as_of: NaiveDate, tally: Tally) -> serde_json::Value {
    let by_state: serde_json::Map<String, serde_json::Value> = s
        .cases_by_state
        .iter()
        .map(|(state, n)| (state.as_str().to_string(), (*n).into()))
        .collect();
    serde_json::json!({
        "type": "summary",
        "town": s.town,
        "as_of": as_of.to_string(),
        "period": s.period.map(|(a, b)| [a.to_string(), b.to_string()]),
        "errors": tally.errors,
        "warnings": tally.warnings,
        "overdue": tally.overdue,
        "overdue_grids": tally.overdue_grids,
        "due_soon": tally.due_soon,
        "duties_computed": tally.duties_computed,
        "work_areas": s.work_areas,
        "enterprises": s.enterprises,
        "villages": s.villages,
        "people": s.people,
        "assignments": s.assignments,
        "patrols": s.patrols,
        "sweeps": s.sweeps,
        "meetings": s.meetings,
        "inspections": s.inspections,
        "approvals": s.approvals,
        "cases": s.cases,
        "cases_by_state": by_state,
    })
}

/// The closing line of a JSON Lines stream of `command` (`grid duties`, `findings`, `score`,
/// `case list`, `log`): `{"type":"summary", …}` with how many items came before it and the
/// moment they were judged at, so that a reader knows the stream is whole.
pub fn stream_end(command: &str, items: usize, as_of: chrono::NaiveDateTime) -> String {
    let value = serde_json::json!({
        "type": "summary",
        "command": command,
        "items": items,
        "as_of": crate::timefmt::format_stamp(as_of),
    });
    format!("{value}\n")
}
