//! Rendering cases: the timeline of `grid case show`, and the list of `grid case list` as a
//! table, CSV, JSON Lines or Open311 GeoReport v2 service requests.

use chrono::{NaiveDateTime, TimeDelta};
use comfy_table::Cell;

use crate::i18n::Lang;
use crate::model::Town;
use crate::model::case::{Case, CaseIx, Party, State, Target};
use crate::model::choices::Action;
use crate::output::terminal::Terminal;
use crate::output::{csv_text, table};
use crate::rules::duties::{Instance, Status};
use crate::timefmt::format_stamp;

/// A case picked for the list.
pub struct CaseRow<'t> {
    /// Its index.
    pub ix: CaseIx,
    /// The case.
    pub case: &'t Case,
    /// Its state.
    pub state: State,
    /// Whether a deadline of it is missed now.
    pub overdue: bool,
}

fn party(town: &Town, party: &Party) -> String {
    match party {
        Party::Person(p) => format!("{} {}", town.people.id(*p), town.people.get(*p).name),
        Party::Department(d) => town.enforcement.departments.get(d.get()).map_or_else(
            || town.enforcement.department_ids.name(*d).to_string(),
            |x| x.name.clone(),
        ),
        Party::Other(text) => text.to_string(),
    }
}

fn target(town: &Town, target: Target) -> String {
    match target {
        Target::Grid(g) => format!("{} {}", town.grids.id(g), town.grids.get(g).name),
        Target::Group(g) => town
            .enforcement
            .groups
            .get(g.get())
            .map_or_else(String::new, |x| x.name.clone()),
        Target::Unit(u) => town
            .info
            .units
            .list
            .get(u.get())
            .map_or_else(String::new, |x| x.name.clone()),
        Target::Department(d) => town
            .enforcement
            .departments
            .get(d.get())
            .map_or_else(String::new, |x| x.name.clone()),
        Target::Town => "镇 town".to_string(),
        Target::County => "县 county".to_string(),
    }
}

/// A duration as days, hours and minutes.
pub fn duration(span: TimeDelta, lang: Lang) -> String {
    let minutes = span.num_minutes().max(0);
    let (d, h, m) = (minutes / 1440, minutes % 1440 / 60, minutes % 60);
    match (lang, d) {
        (Lang::Zh, 0) if h == 0 => format!("{m}分"),
        (Lang::Zh, 0) => format!("{h}小时{m}分"),
        (Lang::En, 0) if h == 0 => format!("{m}m"),
        (Lang::Zh, _) => format!("{d}天{h}小时"),
        (Lang::En, 0) => format!("{h}h {m}m"),
        (Lang::En, _) => format!("{d}d {h}h"),
    }
}

fn action_name(action: Action, lang: Lang) -> &'static str {
    let zh = match action {
        Action::Accepted => "立案",
        Action::Rejected => "不予受理",
        Action::Duplicate => "重复并案",
        Action::Assigned => "派遣",
        Action::Escalated => "上提",
        Action::Consulted => "会商",
        Action::Decided => "联席决定",
        Action::Suspended => "挂起",
        Action::Resumed => "恢复",
        Action::Resolved => "处置完毕",
        Action::Reopened => "返工",
        Action::Checked => "核查回访",
        Action::Closed => "结案",
        Action::Disclosed => "公示归档",
        Action::Whistle => "吹哨",
        Action::Responded => "部门响应",
        Action::Remedied => "自行整改",
        Action::Urged => "督办",
        Action::Note => "备注",
    };
    lang.pick(zh, action.as_str())
}

/// The timeline and deadlines of one case.
pub fn render_show(
    town: &Town,
    id: &str,
    case: &Case,
    deadlines: &[Instance],
    now: NaiveDateTime,
    lang: Lang,
    term: Terminal,
) -> String {
    let mut out = format!("{id} {}\n", case.title);
    let item = case.item.map_or_else(String::new, |i| {
        format!(
            "{} {}（{}）",
            town.catalog.ids.name(i),
            town.catalog.item(i).name,
            town.catalog.class_of(i).name
        )
    });
    let grid = case.grid.map_or_else(
        || lang.pick("镇级", "town level").to_string(),
        |g| format!("{} {}", town.grids.id(g), town.grids.get(g).name),
    );
    let state = case.state();
    out.push_str(&format!(
        "{}: {item}  {}: {grid}  {}: {}\n{}: {}  {}: {}  {}: {}\n",
        lang.pick("事项", "item"),
        lang.pick("网格", "grid"),
        lang.pick("地点", "location"),
        case.location.as_deref().unwrap_or("-"),
        lang.pick("发现", "discovered"),
        format_stamp(case.discovered_at),
        lang.pick("状态", "state"),
        lang.pick(state.zh(), state.as_str()),
        lang.pick("影响", "impact"),
        lang.pick(case.impact.zh(), case.impact.as_str()),
    ));
    let mut steps: Vec<(NaiveDateTime, String, String, String)> = Vec::new();
    for r in &case.reports {
        let what = match lang {
            Lang::Zh => format!("上报（{}）", r.channel.zh()),
            Lang::En => format!("report ({})", r.channel),
        };
        steps.push((
            r.at,
            what,
            party(town, &r.by),
            r.reference.clone().unwrap_or_default(),
        ));
    }
    for e in &case.events {
        let x = &e.entry;
        let mut detail: Vec<String> = Vec::new();
        if let Some(t) = e.to {
            detail.push(format!("→ {}", target(town, t)));
        }
        detail.extend(
            x.meeting
                .map(|m| format!("{} {m}", lang.pick("会议", "meeting"))),
        );
        detail.extend(
            [&x.reason, &x.measures, &x.result, &x.decision_no, &x.note]
                .into_iter()
                .flatten()
                .cloned(),
        );
        detail.extend(x.of.clone().map(|o| format!("→ {o}")));
        detail.extend(x.card.map(|c| lang.pick(c.zh(), c.as_str()).to_string()));
        detail.extend(x.outcome.map(|o| lang.pick(o.zh(), o.as_str()).to_string()));
        steps.push((
            e.at,
            action_name(e.action, lang).to_string(),
            party(town, &e.by),
            detail.join("；"),
        ));
    }
    steps.sort_by_key(|s| s.0);
    let headings = [
        lang.pick("时间", "Time"),
        lang.pick("环节", "Step"),
        lang.pick("经办", "By"),
        lang.pick("内容", "Detail"),
        lang.pick("间隔", "After"),
    ];
    let mut t = table::new(&headings, term);
    let mut previous: Option<NaiveDateTime> = None;
    for (at, what, who, detail) in steps {
        let after = previous.map_or_else(String::new, |p| duration(at - p, lang));
        previous = Some(at);
        t.add_row(vec![format_stamp(at), what, who, detail, after]);
    }
    out.push_str(&t.to_string());
    out.push('\n');
    if !deadlines.is_empty() {
        let headings = [
            lang.pick("时限", "Deadline"),
            lang.pick("期限", "Due"),
            lang.pick("完成", "Done"),
            lang.pick("结果", "Result"),
        ];
        let mut t = table::new(&headings, term);
        for d in deadlines {
            let status = d.status(now, 80);
            let result = match status {
                Status::Done => lang.pick("按时", "met"),
                Status::Late => lang.pick("超时完成", "late"),
                Status::Missed => lang.pick("已超时", "missed"),
                Status::DueSoon => lang.pick("即将到期", "due soon"),
                Status::Pending => lang.pick("进行中", "running"),
                Status::Breach => lang.pick("不合规", "breach"),
            };
            let name = match d.duty.as_str() {
                "case_accept_late" => lang.pick("受理", "acceptance"),
                "case_resolve_late" => lang.pick("处置", "resolution"),
                "case_not_consulted" => lang.pick("会商", "consultation"),
                _ => lang.pick("吹哨响应", "whistle response"),
            };
            t.add_row(vec![
                name.to_string(),
                format_stamp(d.due),
                d.done.map(format_stamp).unwrap_or_default(),
                result.to_string(),
            ]);
        }
        out.push_str(&t.to_string());
        out.push('\n');
    }
    out
}

/// `grid case show --format json`: the case, its reports and events in time order, and its
/// deadlines judged at `now`, as one JSON object whose keys do not depend on the language.
pub fn render_show_json(
    town: &Town,
    id: &str,
    case: &Case,
    deadlines: &[Instance],
    now: NaiveDateTime,
) -> String {
    let party_id = |p: &Party| match p {
        Party::Person(p) => town.people.id(*p).to_string(),
        Party::Department(d) => town.enforcement.department_ids.name(*d).to_string(),
        Party::Other(text) => text.to_string(),
    };
    let mut steps: Vec<(NaiveDateTime, serde_json::Value)> = case
        .reports
        .iter()
        .map(|r| {
            let step = serde_json::json!({
                "at": format_stamp(r.at),
                "action": "report",
                "by": party_id(&r.by),
                "channel": r.channel.as_str(),
                "reference": r.reference,
            });
            (r.at, step)
        })
        .collect();
    steps.extend(case.events.iter().map(|e| {
        let step = serde_json::json!({
            "at": format_stamp(e.at),
            "action": e.action.as_str(),
            "by": e.entry.by,
            "to": e.entry.to,
        });
        (e.at, step)
    }));
    steps.sort_by_key(|s| s.0);
    let deadlines: Vec<serde_json::Value> = deadlines
        .iter()
        .map(|d| {
            serde_json::json!({
                "duty": d.duty.as_str(),
                "due": format_stamp(d.due),
                "done_at": d.done.map(format_stamp),
                "status": d.status(now, 80).as_str(),
            })
        })
        .collect();
    let value = serde_json::json!({
        "type": "case",
        "id": id,
        "title": case.title,
        "item": case.item.map(|i| town.catalog.ids.name(i)),
        "grid": case.grid.map(|g| town.grids.id(g)),
        "location": case.location,
        "discovered_at": format_stamp(case.discovered_at),
        "state": case.state().as_str(),
        "impact": case.impact.to_string(),
        "steps": steps.into_iter().map(|s| s.1).collect::<Vec<_>>(),
        "deadlines": deadlines,
    });
    format!("{value}\n")
}

fn fields(town: &Town, row: &CaseRow, lang: Lang) -> Vec<String> {
    let c = row.case;
    vec![
        town.cases.ids.name(row.ix).to_string(),
        c.title.clone(),
        c.grid
            .map_or_else(String::new, |g| town.grids.id(g).to_string()),
        c.item
            .map_or_else(String::new, |i| town.catalog.ids.name(i).to_string()),
        lang.pick(row.state.zh(), row.state.as_str()).to_string(),
        format_stamp(c.discovered_at),
        c.first_report().map_or_else(String::new, |r| {
            lang.pick(r.channel.zh(), r.channel.as_str()).to_string()
        }),
        if row.overdue {
            lang.pick("是", "yes")
        } else {
            ""
        }
        .to_string(),
    ]
}

fn headings(lang: Lang) -> [&'static str; 8] {
    [
        lang.pick("编号", "Case"),
        lang.pick("标题", "Title"),
        lang.pick("网格", "Grid"),
        lang.pick("事项", "Item"),
        lang.pick("状态", "State"),
        lang.pick("发现时间", "Discovered"),
        lang.pick("首报渠道", "First channel"),
        lang.pick("超时", "Overdue"),
    ]
}

/// The case list as a table.
pub fn render_table(town: &Town, rows: &[CaseRow], lang: Lang, term: Terminal) -> String {
    let mut t = table::new(&headings(lang), term);
    for row in rows {
        t.add_row(
            fields(town, row, lang)
                .into_iter()
                .map(Cell::new)
                .collect::<Vec<_>>(),
        );
    }
    format!("{t}\n")
}

/// The case list as CSV.
pub fn render_csv(town: &Town, rows: &[CaseRow], lang: Lang) -> String {
    csv_text(
        &headings(lang),
        rows.iter().map(|row| fields(town, row, lang)),
    )
}

/// The case list as JSON Lines (`"type":"case"`).
pub fn render_json(town: &Town, rows: &[CaseRow]) -> String {
    rows.iter()
        .map(|row| {
            let c = row.case;
            let value = serde_json::json!({
                "type": "case",
                "id": town.cases.ids.name(row.ix),
                "title": c.title,
                "grid": c.grid.map(|g| town.grids.id(g)),
                "item": c.item.map(|i| town.catalog.ids.name(i)),
                "state": row.state.as_str(),
                "discovered_at": format_stamp(c.discovered_at),
                "channel": c.first_report().map(|r| r.channel.as_str()),
                "overdue": row.overdue,
            });
            format!("{value}\n")
        })
        .collect()
}

fn iso(at: NaiveDateTime) -> String {
    format!("{}+08:00", at.format("%Y-%m-%dT%H:%M:%S"))
}

/// The case list as an array of Open311 GeoReport v2 service requests.
pub fn render_open311(town: &Town, rows: &[CaseRow], now: NaiveDateTime) -> String {
    let requests: Vec<serde_json::Value> = rows
        .iter()
        .map(|row| {
            let c = row.case;
            let last = c
                .events
                .iter()
                .map(|e| e.at)
                .chain(c.reports.iter().map(|r| r.at))
                .filter(|t| *t <= now)
                .max();
            let agency = c
                .events
                .iter()
                .rev()
                .find(|e| matches!(e.action, Action::Assigned | Action::Whistle))
                .and_then(|e| e.to)
                .map_or_else(
                    || town.info.offices.grid_center.clone(),
                    |t| target(town, t),
                );
            serde_json::json!({
                "service_request_id": town.cases.ids.name(row.ix),
                "status": if row.state.is_open() { "open" } else { "closed" },
                "status_notes": row.state.zh(),
                "service_name": c.item.map(|i| town.catalog.item(i).name.clone()),
                "service_code": c.item.map(|i| town.catalog.ids.name(i)),
                "description": c.title,
                "agency_responsible": agency,
                "requested_datetime": c.first_report().map(|r| iso(r.at)),
                "updated_datetime": last.map(iso),
                "address": c.location,
            })
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&requests).unwrap_or_default();
    text.push('\n');
    text
}
